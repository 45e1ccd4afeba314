//! `#[sync]` on the atomics, with every op under every ordering.

use std::sync::atomic::{
    AtomicBool, AtomicI16, AtomicI32, AtomicI64, AtomicI8, AtomicIsize, AtomicU16, AtomicU32,
    AtomicU64, AtomicU8, AtomicUsize,
};
use std::sync::Arc;

use interior::Interior;

/// Every atomic op under each ordering, and every atomic type with its default ops.
#[derive(Interior, Default)]
#[interior(vis = "pub", ordering = "relaxed", thread_safe)]
pub struct Stats {
    /// Every integer op, sequentially consistent.
    #[sync(
        get,
        set,
        replace,
        update,
        compare_exchange,
        fetch_add,
        fetch_sub,
        fetch_max,
        fetch_min,
        fetch_and,
        fetch_or,
        fetch_xor,
        ordering = "seq_cst",
        contract = "bookkeeping"
    )]
    hits: AtomicU64,
    /// Every integer op, acquire/release.
    #[sync(
        get,
        set,
        replace,
        update,
        compare_exchange,
        fetch_add,
        fetch_sub,
        fetch_max,
        fetch_min,
        fetch_and,
        fetch_or,
        fetch_xor,
        ordering = "acq_rel"
    )]
    balance: AtomicI32,
    /// Every integer op, relaxed (the struct's ordering), shared through an `Arc`.
    #[sync(
        get,
        set,
        replace,
        update,
        compare_exchange,
        fetch_add,
        fetch_sub,
        fetch_max,
        fetch_min,
        fetch_and,
        fetch_or,
        fetch_xor
    )]
    shared: Arc<AtomicUsize>,
    /// Every `AtomicBool` op, acquire/release.
    #[sync(
        get,
        set,
        replace,
        update,
        compare_exchange,
        fetch_and,
        fetch_or,
        fetch_xor,
        ordering = "acq_rel"
    )]
    open: AtomicBool,
    /// Every `AtomicBool` op, sequentially consistent.
    #[sync(
        get,
        set,
        replace,
        update,
        compare_exchange,
        fetch_and,
        fetch_or,
        fetch_xor,
        ordering = "seq_cst"
    )]
    closed: AtomicBool,
    /// Default ops.
    #[sync]
    a: AtomicI8,
    /// Default ops.
    #[sync]
    b: AtomicI16,
    /// Default ops.
    #[sync]
    c: AtomicI64,
    /// Default ops.
    #[sync]
    d: AtomicIsize,
    /// Default ops.
    #[sync]
    e: AtomicU8,
    /// Default ops.
    #[sync]
    f: AtomicU16,
    /// Default ops.
    #[sync]
    g: AtomicU32,
}

/// Calls every method of [`Stats`].
#[must_use]
pub fn exercise() -> u64 {
    let s = Stats::default();
    s.set_hits(1);
    let mut n = s.hits() + s.replace_hits(2) + s.update_hits(|h| h + 1);
    n += s.compare_exchange_hits(3, 4).unwrap_or_else(|found| found);
    n += s.fetch_add_hits(1) + s.fetch_sub_hits(1) + s.fetch_max_hits(9) + s.fetch_min_hits(2);
    n += s.fetch_and_hits(3) + s.fetch_or_hits(4) + s.fetch_xor_hits(1);

    s.set_balance(1);
    let mut i = s.balance() + s.replace_balance(2) + s.update_balance(|b| b - 1);
    i += s
        .compare_exchange_balance(1, 4)
        .unwrap_or_else(|found| found);
    i += s.fetch_add_balance(1) + s.fetch_sub_balance(1);
    i += s.fetch_max_balance(9) + s.fetch_min_balance(2);
    i += s.fetch_and_balance(3) + s.fetch_or_balance(4) + s.fetch_xor_balance(1);

    s.set_shared(1);
    let mut u = s.shared() + s.replace_shared(2) + s.update_shared(|v| v + 1);
    u += s
        .compare_exchange_shared(3, 4)
        .unwrap_or_else(|found| found);
    u += s.fetch_add_shared(1) + s.fetch_sub_shared(1);
    u += s.fetch_max_shared(9) + s.fetch_min_shared(2);
    u += s.fetch_and_shared(3) + s.fetch_or_shared(4) + s.fetch_xor_shared(1);

    s.set_open(true);
    let mut flags = [
        s.open(),
        s.replace_open(false),
        s.update_open(|o| !o),
        s.compare_exchange_open(true, false).is_ok(),
        s.fetch_and_open(true),
        s.fetch_or_open(true),
        s.fetch_xor_open(true),
    ];
    s.set_closed(true);
    flags[0] ^= s.closed();
    flags[1] ^= s.replace_closed(false);
    flags[2] ^= s.update_closed(|c| !c);
    flags[3] ^= s.compare_exchange_closed(true, false).is_ok();
    flags[4] ^= s.fetch_and_closed(true);
    flags[5] ^= s.fetch_or_closed(true);
    flags[6] ^= s.fetch_xor_closed(true);

    s.set_a(1);
    s.set_b(1);
    s.set_c(1);
    s.set_d(1);
    s.set_e(1);
    s.set_f(1);
    s.set_g(1);
    let small = i64::from(s.a() + s.replace_a(2) + s.update_a(|v| v + 1))
        + i64::from(s.b() + s.replace_b(2) + s.update_b(|v| v + 1))
        + (s.c() + s.replace_c(2) + s.update_c(|v| v + 1))
        + i64::from(u8::try_from(s.d() + s.replace_d(2) + s.update_d(|v| v + 1)).unwrap_or(0))
        + i64::from(s.e() + s.replace_e(2) + s.update_e(|v| v + 1))
        + i64::from(s.f() + s.replace_f(2) + s.update_f(|v| v + 1))
        + i64::from(s.g() + s.replace_g(2) + s.update_g(|v| v + 1));

    n + u64::try_from(i).unwrap_or(0)
        + u64::try_from(u).unwrap_or(0)
        + u64::try_from(small).unwrap_or(0)
        + flags.iter().map(|&f| u64::from(f)).sum::<u64>()
}
