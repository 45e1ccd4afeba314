//! `#[once]` on `OnceCell` and `OnceLock`, plain and shared.

use std::cell::OnceCell;
use std::rc::Rc;
use std::sync::{Arc, OnceLock};

use interior::Interior;

/// Every `#[once]` op on `OnceCell`, plain and in an `Rc`.
#[derive(Interior, Default)]
#[interior(vis = "pub")]
pub struct Memo {
    /// The rendered form, computed on first use.
    #[once(get, get_or_init, set, contract = "cache")]
    rendered: OnceCell<String>,
    /// A value shared with other owners.
    #[once(get, get_or_init, set)]
    shared: Rc<OnceCell<u32>>,
}

/// Every `#[once]` op on `OnceLock`, plain and in an `Arc`.
#[derive(Interior, Default)]
#[interior(vis = "pub", thread_safe)]
pub struct Global {
    /// The configuration, loaded once.
    #[once(get, get_or_init, set, contract = "cache")]
    config: OnceLock<String>,
    /// A value shared across threads.
    #[once(get, get_or_init, set)]
    shared: Arc<OnceLock<u32>>,
}

/// Calls every method of [`Memo`] and [`Global`].
#[must_use]
pub fn exercise() -> usize {
    let m = Memo::default();
    let mut n = m.rendered().map_or(0, String::len);
    n += m.rendered_or_init(|| "x".to_owned()).len();
    n += m
        .set_rendered("y".to_owned())
        .map_or_else(|s| s.len(), |()| 0);
    n += m.shared().copied().unwrap_or_default() as usize;
    n += *m.shared_or_init(|| 1) as usize;
    n += m.set_shared(2).map_or_else(|v| v as usize, |()| 0);

    let g = Global::default();
    n += g.config().map_or(0, String::len);
    n += g.config_or_init(|| "x".to_owned()).len();
    n += g
        .set_config("y".to_owned())
        .map_or_else(|s| s.len(), |()| 0);
    n += g.shared().copied().unwrap_or_default() as usize;
    n += *g.shared_or_init(|| 1) as usize;
    n + g.set_shared(2).map_or_else(|v| v as usize, |()| 0)
}
