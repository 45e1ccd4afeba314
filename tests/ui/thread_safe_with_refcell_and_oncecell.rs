use std::cell::{OnceCell, RefCell};
use std::sync::Mutex;

use interior::Interior;

#[derive(Interior)]
#[interior(thread_safe)]
struct Service {
    #[sync]
    jobs: Mutex<Vec<String>>,
    #[refcell]
    log: RefCell<Vec<String>>,
    #[once]
    config: OnceCell<String>,
}

fn main() {}
