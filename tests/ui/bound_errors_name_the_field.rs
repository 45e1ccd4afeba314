use std::cell::{Cell, RefCell};
use std::sync::Mutex;
use std::time::Instant;

use interior::Interior;

struct Socket;

// Two structs with a field of the same name, a raw identifier and a tuple field: each error
// names the op and the field as the user wrote it (a tuple field by its `rename`).
#[derive(Interior)]
struct Greeter {
    #[cell(get)]
    label: Cell<String>,
    #[refcell(get)]
    r#type: RefCell<Socket>,
}

#[derive(Interior)]
struct Badge {
    #[sync(take)]
    label: Mutex<Instant>,
}

#[derive(Interior)]
struct Pair(#[cell(rename = "left", take)] Cell<Instant>);

fn main() {}
