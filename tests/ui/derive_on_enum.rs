use interior::Interior;

#[derive(Interior)]
enum Status {
    Idle,
    Busy(u32),
}

fn main() {}
