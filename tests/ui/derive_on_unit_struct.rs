use interior::Interior;

#[derive(Interior)]
struct Marker;

fn main() {}
