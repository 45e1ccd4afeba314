//! `set(into)` and `replace(into)` (SPEC §10) in every mode, with other op options, and
//! `#[interior(into)]` as the default of every `set` and `replace`.

#![allow(missing_docs)]

use std::borrow::Cow;
use std::cell::{Cell, OnceCell, RefCell};
use std::sync::atomic::AtomicU64;
use std::sync::{Mutex, RwLock};

use interior::Interior;

#[derive(Interior, Default)]
struct Converting {
    #[cell(get, set(into), replace(into))]
    ratio: Cell<f64>,
    #[refcell(get, set(into), replace(into))]
    name: RefCell<String>,
    #[sync(get, set(into, rename = "store"), replace(into, vis = "pub"))]
    queue: Mutex<Vec<u8>>,
    #[sync(get, set(into))]
    label: RwLock<Cow<'static, str>>,
    #[sync(get, set(into), replace(into))]
    total: AtomicU64,
    #[once(get, set(into))]
    memo: OnceCell<String>,
}

#[test]
#[allow(clippy::float_cmp, reason = "the values are exact in binary")]
fn set_and_replace_take_into() {
    let s = Converting::default();
    s.set_ratio(3_u8);
    assert_eq!(s.replace_ratio(0.5_f32), 3.0);
    s.set_name("str");
    assert_eq!(s.replace_name('c'), "str");
    s.store(*b"ab");
    assert_eq!(s.replace_queue([1_u8].as_slice()), b"ab");
    s.set_label("borrowed");
    s.set_total(7_u8);
    assert_eq!(s.replace_total(8_u32), 7);
    assert_eq!(s.set_memo("first"), Ok(()));
    // The value given back is the converted one.
    assert_eq!(s.set_memo("second"), Err("second".to_owned()));
    assert_eq!(
        (
            s.ratio(),
            s.name(),
            s.queue(),
            s.label(),
            s.total(),
            s.memo().map(String::as_str)
        ),
        (
            0.5,
            "c".to_owned(),
            vec![1],
            Cow::Borrowed("borrowed"),
            8,
            Some("first")
        )
    );
}

#[derive(Interior, Default)]
#[interior(into)]
struct AllInto {
    #[cell(get, set, replace, update)]
    ratio: Cell<f64>,
    #[refcell(get, set)]
    name: RefCell<String>,
}

#[test]
#[allow(clippy::float_cmp, reason = "the values are exact in binary")]
fn struct_level_into_is_the_default_of_set_and_replace() {
    let s = AllInto::default();
    s.set_ratio(2_i32);
    assert_eq!(s.replace_ratio(1.5_f32), 2.0);
    assert_eq!(s.update_ratio(|r| r * 2.0), 3.0);
    s.set_name("from a str");
    assert_eq!((s.ratio(), s.name()), (3.0, "from a str".to_owned()));
}
