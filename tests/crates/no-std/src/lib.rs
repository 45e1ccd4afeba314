//! A `#![no_std]` user crate: `interior` without its `std` feature, with every mode that core
//! provides (`Cell`, `RefCell`, `OnceCell`, the atomics), plain and behind `alloc`'s `Rc` and
//! `Arc`.

#![no_std]
#![deny(warnings, missing_docs)]
#![forbid(unsafe_code)]

extern crate alloc;

use alloc::rc::Rc;
use alloc::sync::Arc;
use alloc::vec::Vec;
use core::cell::{Cell, OnceCell, RefCell};
use core::sync::atomic::{AtomicBool, AtomicU32, AtomicUsize};

use interior::Interior;

/// A device driver's bookkeeping, kept without an allocator.
#[derive(Interior)]
#[interior(vis = "pub")]
pub struct Device {
    /// Interrupts seen so far.
    #[cell(get, set, replace, update, take, contract = "bookkeeping")]
    interrupts: Cell<u32>,
    /// The last frame received.
    #[refcell(with, with_mut, set, replace, get, take, borrow, borrow_mut)]
    frame: RefCell<[u8; 4]>,
    /// The device's identifier, read once.
    #[once(get, get_or_init, set, contract = "cache")]
    id: OnceCell<u16>,
    /// Bytes written, shared with an interrupt handler.
    #[sync(
        get,
        set,
        update,
        fetch_add,
        fetch_sub,
        compare_exchange,
        ordering = "relaxed"
    )]
    written: AtomicUsize,
    /// Whether the device is ready.
    #[sync(
        get,
        set,
        replace,
        fetch_or,
        fetch_and,
        fetch_xor,
        ordering = "acq_rel"
    )]
    ready: AtomicBool,
    /// Status register mirror.
    #[sync]
    status: core::sync::atomic::AtomicU32,
    /// The peak of the status register.
    #[sync(fetch_max, fetch_min)]
    peak: AtomicU32,
    /// A counter shared with other devices on this core.
    #[cell(get, set, update)]
    shared: Rc<Cell<u8>>,
    /// A queue shared with other devices on this core.
    #[refcell(with_mut, take)]
    queue: Rc<RefCell<Vec<u8>>>,
    /// A flag shared across cores.
    #[sync(get, set)]
    shared_flag: Arc<AtomicBool>,
    /// A lazily read calibration shared with other devices.
    #[once]
    calibration: Rc<OnceCell<u32>>,
}

impl Device {
    /// A device with everything zeroed.
    #[must_use]
    pub fn new() -> Self {
        Self {
            interrupts: Cell::new(0),
            frame: RefCell::new([0; 4]),
            id: OnceCell::new(),
            written: AtomicUsize::new(0),
            ready: AtomicBool::new(false),
            status: AtomicU32::new(0),
            peak: AtomicU32::new(0),
            shared: Rc::new(Cell::new(0)),
            queue: Rc::new(RefCell::new(Vec::new())),
            shared_flag: Arc::new(AtomicBool::new(false)),
            calibration: Rc::new(OnceCell::new()),
        }
    }
}

impl Default for Device {
    fn default() -> Self {
        Self::new()
    }
}

/// Drives every generated accessor once and returns a checksum of what it saw.
#[must_use]
pub fn exercise(device: &Device) -> usize {
    device.set_interrupts(1);
    let before = device.replace_interrupts(2);
    let after = device.update_interrupts(|n| n + 1);
    let taken = device.take_interrupts();
    let now = device.interrupts();

    device.set_frame([1, 2, 3, 4]);
    device.with_frame_mut(|frame| frame[0] = 9);
    let first = device.with_frame(|frame| frame[0]);
    let old = device.replace_frame([5; 4]);
    let copy = device.frame();
    let taken_frame = device.take_frame();
    device.borrow_frame_mut()[1] = 7;
    let second = device.borrow_frame()[1];

    let id = *device.id_or_init(|| 42);
    let again = device.set_id(7).unwrap_err();
    let seen = device.id().copied().unwrap_or_default();

    device.set_written(10);
    let added = device.fetch_add_written(5);
    let subbed = device.fetch_sub_written(1);
    let swapped = device.compare_exchange_written(14, 20).unwrap_or(0);
    let written = device.update_written(|n| n * 2);
    let loaded = device.written();

    device.set_ready(true);
    let was = device.replace_ready(false);
    let ored = device.fetch_or_ready(true);
    let anded = device.fetch_and_ready(true);
    let xored = device.fetch_xor_ready(true);
    let ready = device.ready();

    device.set_status(3);
    let status = device.update_status(|s| s << 1) + device.replace_status(0) + device.status();
    let max = device.fetch_max_peak(9);
    device.set_shared(1);
    let shared = device.update_shared(|s| s + 1) + device.shared();
    device.with_queue_mut(|q| q.push(shared));
    let queued = device.take_queue().len();
    device.set_shared_flag(true);
    let flag = device.shared_flag();
    let calibration =
        *device.calibration_or_init(|| 3) + device.calibration().copied().unwrap_or(0);
    let min = device.fetch_min_peak(4);

    usize::from(first)
        + usize::from(second)
        + usize::from(old[0])
        + usize::from(copy[0])
        + usize::from(taken_frame[1])
        + usize::from(id)
        + usize::from(again)
        + usize::from(seen)
        + [before, after, taken, now, status, max, min]
            .iter()
            .map(|&n| n as usize)
            .sum::<usize>()
        + added
        + subbed
        + swapped
        + written
        + loaded
        + usize::from(was)
        + usize::from(ored)
        + usize::from(anded)
        + usize::from(xored)
        + usize::from(ready)
        + queued
        + usize::from(flag)
        + calibration as usize
}
