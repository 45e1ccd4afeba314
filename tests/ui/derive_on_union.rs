use interior::Interior;

#[derive(Interior)]
union Bits {
    int: u32,
    float: f32,
}

fn main() {}
