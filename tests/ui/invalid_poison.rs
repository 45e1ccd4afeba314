use std::sync::Mutex;

use interior::Interior;

#[derive(Interior)]
#[interior(poison = "ignore")]
struct Queue {
    #[sync]
    jobs: Mutex<Vec<String>>,
}

fn main() {}
