//! The traits through which `#[sync]` reaches a lock or an atomic that it does not read as
//! std's, `parking_lot`'s or `portable_atomic`'s: a type alias, a path of another crate
//! (`lock::Mutex<T>`), or your own type. They are stable API: implement them for a newtype and
//! mark its field `#[sync(kind = "mutex")]` (or `"rwlock"`, `"atomic"`).
//!
//! ```
//! use interior::ext::MutexLike;
//! use interior::Interior;
//!
//! /// A lock wrapper of one's own, as a connection pool might keep.
//! pub struct Locked<T>(std::sync::Mutex<T>);
//!
//! impl<T> MutexLike for Locked<T> {
//!     type Value = T;
//!     type Guard<'a> = std::sync::MutexGuard<'a, T> where T: 'a;
//!     const THREAD_SAFE: bool = true;
//!     fn lock(&self) -> Result<Self::Guard<'_>, Self::Guard<'_>> {
//!         self.0.lock().map_err(std::sync::PoisonError::into_inner)
//!     }
//! }
//!
//! #[derive(Interior)]
//! struct Pool {
//!     #[sync(kind = "mutex", get, with_mut)]
//!     idle: Locked<Vec<u32>>,
//! }
//!
//! let pool = Pool { idle: Locked(std::sync::Mutex::new(vec![1])) };
//! pool.with_idle_mut(|idle| idle.push(2));
//! assert_eq!(pool.idle(), [1, 2]);
//! assert!(Pool::FIELDS[0].thread_safe);
//! # use interior::Interior as _;
//! ```
//!
//! The runtime implements them for std's `Mutex`, `RwLock` and atomics (also `AtomicPtr`),
//! `parking_lot`'s locks (feature `parking_lot`), `portable_atomic`'s atomics (feature
//! `portable-atomic`), and an `Rc` or `Arc` of any of them (an `Rc` is never thread-safe).
//! Generated signatures of such fields name the traits' associated types
//! (`<Locked<Vec<u32>> as MutexLike>::Guard<'_>`).

mod atomics;
#[cfg(feature = "std")]
mod locks;

pub use atomics::{AtomicBits, AtomicInteger, AtomicLike};
#[cfg(feature = "std")]
pub use locks::{MutexLike, RwLockLike};
