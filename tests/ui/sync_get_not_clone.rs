use std::fs::File;
use std::sync::Mutex;

use interior::Interior;

#[derive(Interior)]
struct Logger {
    #[sync(get, with_mut)]
    file: Mutex<File>,
}

fn main() {}
