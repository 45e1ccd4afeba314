//! A user crate under the strictest lints, with every mode, every op, every ordering and every
//! shape of field the derive accepts. It must build and pass clippy without a single warning.

#![deny(
    warnings,
    missing_docs,
    unused_qualifications,
    rust_2018_idioms,
    rust_2024_compatibility,
    unreachable_pub,
    unused_lifetimes,
    single_use_lifetimes,
    unused_results,
    trivial_casts,
    trivial_numeric_casts,
    let_underscore_drop,
    clippy::allow_attributes_without_reason,
    clippy::absolute_paths,
    clippy::all,
    clippy::pedantic,
    clippy::nursery
)]
#![forbid(unsafe_code)]

pub mod atomics;
pub mod cells;
pub mod locks;
pub mod odd_shapes;
pub mod once;
pub mod part2;
pub mod ports;
mod private;

pub use private::{private_structs_in_use, PublicWithPrivateFields};
