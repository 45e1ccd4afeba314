use std::sync::Mutex;

use interior::Interior;

#[derive(Interior)]
struct Config {
    #[once]
    path: Mutex<String>,
}

fn main() {}
