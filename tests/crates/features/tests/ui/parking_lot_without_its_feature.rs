use interior::Interior;

// This crate does not enable interior's `parking_lot` feature.
#[derive(Interior)]
struct Queue {
    #[sync]
    jobs: parking_lot::Mutex<Vec<u32>>,
}

fn main() {}
