use interior::Interior;
use tokio::sync::Mutex;

#[derive(Interior)]
struct Service {
    // A tokio lock imported by its bare name reads as std's: it needs `#[sync(async)]`.
    #[sync]
    jobs: Mutex<Vec<u32>>,
}

fn main() {}
