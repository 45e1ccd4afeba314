use std::rc::Rc;

use arc_swap::ArcSwap;
use interior::Interior;

#[derive(Interior)]
struct Settings {
    // A snapshot never changes in place: no `with_mut`, no `get_mut`.
    #[sync(with_mut, get_mut)]
    config: ArcSwap<String>,
    // `set` takes `impl Into<Arc<T>>` already.
    #[sync(set(into))]
    name: ArcSwap<String>,
    // get_mut through an `Rc` of a tokio lock.
    #[sync(get_mut)]
    jobs: Rc<tokio::sync::Mutex<u8>>,
}

fn main() {}
