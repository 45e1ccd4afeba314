//! `#[sync]` on std's and `parking_lot`'s `Mutex` and `RwLock`, with every op and both poison
//! policies.

use std::sync::{Arc, Mutex, RwLock};

use interior::Interior;

/// Every op of std's `Mutex` and `RwLock`, under both poison policies.
#[derive(Interior, Default)]
#[interior(vis = "pub", poison = "recover", thread_safe)]
pub struct StdLocks {
    /// Pending jobs.
    #[sync(with, with_mut, set, replace, get, take, lock, poison = "panic")]
    jobs: Mutex<Vec<u32>>,
    /// Jobs shared with the workers.
    #[sync(with, with_mut, set, replace, get, take, lock)]
    shared_jobs: Arc<Mutex<Vec<u32>>>,
    /// The current configuration.
    #[sync(
        with,
        with_mut,
        set,
        replace,
        get,
        take,
        read,
        write,
        contract = "state"
    )]
    config: RwLock<String>,
    /// Configuration shared with the workers.
    #[sync(with, with_mut, set, replace, get, take, read, write, poison = "panic")]
    shared_config: Arc<RwLock<String>>,
}

/// Every op of `parking_lot`'s `Mutex` and `RwLock`.
#[derive(Interior, Default)]
#[interior(vis = "pub", thread_safe)]
pub struct ParkingLotLocks {
    /// Pending jobs.
    #[sync(with, with_mut, set, replace, get, take, lock)]
    jobs: parking_lot::Mutex<Vec<u32>>,
    /// Jobs shared with the workers.
    #[sync(with, with_mut, set, replace, get, take, lock)]
    shared_jobs: Arc<parking_lot::Mutex<Vec<u32>>>,
    /// The current configuration.
    #[sync(with, with_mut, set, replace, get, take, read, write)]
    config: parking_lot::RwLock<String>,
    /// Configuration shared with the workers.
    #[sync(with, with_mut, set, replace, get, take, read, write)]
    shared_config: Arc<parking_lot::RwLock<String>>,
}

/// Calls every method of [`StdLocks`] and [`ParkingLotLocks`].
#[must_use]
pub fn exercise() -> usize {
    let s = StdLocks::default();
    s.set_jobs(vec![1]);
    s.with_jobs_mut(|j| j.push(2));
    let mut n = s.with_jobs(Vec::len) + s.replace_jobs(Vec::new()).len();
    n += s.jobs().len() + s.take_jobs().len();
    s.lock_jobs().push(3);
    s.set_shared_jobs(vec![1]);
    s.with_shared_jobs_mut(|j| j.push(2));
    n += s.with_shared_jobs(Vec::len) + s.replace_shared_jobs(Vec::new()).len();
    n += s.shared_jobs().len() + s.take_shared_jobs().len();
    s.lock_shared_jobs().push(3);
    s.set_config("a".to_owned());
    s.with_config_mut(|c| c.push('b'));
    n += s.with_config(String::len) + s.replace_config(String::new()).len();
    n += s.config().len() + s.take_config().len();
    s.write_config().push('c');
    n += s.read_config().len();
    s.set_shared_config("a".to_owned());
    s.with_shared_config_mut(|c| c.push('b'));
    n += s.with_shared_config(String::len) + s.replace_shared_config(String::new()).len();
    n += s.shared_config().len() + s.take_shared_config().len();
    s.write_shared_config().push('c');
    n += s.read_shared_config().len();

    let p = ParkingLotLocks::default();
    p.set_jobs(vec![1]);
    p.with_jobs_mut(|j| j.push(2));
    n += p.with_jobs(Vec::len) + p.replace_jobs(Vec::new()).len();
    n += p.jobs().len() + p.take_jobs().len();
    p.lock_jobs().push(3);
    p.set_shared_jobs(vec![1]);
    p.with_shared_jobs_mut(|j| j.push(2));
    n += p.with_shared_jobs(Vec::len) + p.replace_shared_jobs(Vec::new()).len();
    n += p.shared_jobs().len() + p.take_shared_jobs().len();
    p.lock_shared_jobs().push(3);
    p.set_config("a".to_owned());
    p.with_config_mut(|c| c.push('b'));
    n += p.with_config(String::len) + p.replace_config(String::new()).len();
    n += p.config().len() + p.take_config().len();
    p.write_config().push('c');
    n += p.read_config().len();
    p.set_shared_config("a".to_owned());
    p.with_shared_config_mut(|c| c.push('b'));
    n += p.with_shared_config(String::len) + p.replace_shared_config(String::new()).len();
    n += p.shared_config().len() + p.take_shared_config().len();
    p.write_shared_config().push('c');
    n += p.read_shared_config().len();
    n
}
