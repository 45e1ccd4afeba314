use std::cell::RefCell;
use std::net::TcpStream;

use interior::Interior;

#[derive(Interior)]
struct Client {
    #[refcell(get, with)]
    stream: RefCell<TcpStream>,
}

fn main() {}
