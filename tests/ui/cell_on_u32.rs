use interior::Interior;

#[derive(Interior)]
struct Counter {
    #[cell]
    hits: u32,
}

fn main() {}
