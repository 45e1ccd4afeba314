#![doc = include_str!("../README.md")]
#![no_std]
#![forbid(unsafe_code)]
#![cfg_attr(docsrs, feature(doc_cfg))]

#[cfg(feature = "alloc")]
extern crate alloc;
#[cfg(feature = "std")]
extern crate std;

#[doc(hidden)]
#[path = "private/mod.rs"]
pub mod __private;
mod contract;
pub mod ext;

pub use contract::{ContractClass, FieldContract, Interior, Mechanism};

/// Derives `&self` accessors and their documented mutation contract for the fields of a
/// struct marked `#[cell]`, `#[refcell]`, `#[sync]` or `#[once]`, and implements
/// [`Interior`](trait@Interior) for it.
///
/// The attribute grammar, the generated methods and the compile errors are described in the
/// [crate documentation](crate).
#[cfg(feature = "derive")]
pub use interior_macros::Interior;
