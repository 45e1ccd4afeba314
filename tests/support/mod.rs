//! Shared by the behaviour suites: run a closure that is expected to panic, quietly, and report
//! the panic's message and the location it names.

use std::cell::RefCell;
use std::panic::{self, AssertUnwindSafe};
use std::sync::{Mutex, PoisonError};

/// What a caught panic said and where it pointed.
#[derive(Debug)]
pub struct Caught {
    pub message: String,
    pub file: String,
    pub line: u32,
}

thread_local! {
    static LOCATION: RefCell<Option<(String, u32)>> = const { RefCell::new(None) };
}

/// Serialises hook swaps between the tests of one binary, which run on parallel threads.
static HOOK: Mutex<()> = Mutex::new(());

/// Runs `f` with a panic hook that records the panic location instead of printing it; `Err`
/// when `f` panicked. Panics on other threads inside `f` are silenced too.
pub fn catch_panic<R>(f: impl FnOnce() -> R) -> Result<R, Caught> {
    let _serial = HOOK.lock().unwrap_or_else(PoisonError::into_inner);
    let previous = panic::take_hook();
    panic::set_hook(Box::new(|info| {
        let location = info.location().map(|l| (l.file().to_owned(), l.line()));
        LOCATION.with(|slot| *slot.borrow_mut() = location);
    }));
    let result = panic::catch_unwind(AssertUnwindSafe(f));
    panic::set_hook(previous);
    result.map_err(|payload| {
        let message = if let Some(s) = payload.downcast_ref::<String>() {
            s.clone()
        } else if let Some(s) = payload.downcast_ref::<&str>() {
            (*s).to_owned()
        } else {
            String::from("<non-string payload>")
        };
        let (file, line) = LOCATION
            .with(|slot| slot.borrow_mut().take())
            .expect("the panic hook ran on this thread");
        Caught {
            message,
            file,
            line,
        }
    })
}
