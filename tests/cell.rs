//! Run-time behaviour of `#[cell]`: every op, renames, visibility, generics, raw identifiers,
//! shared `Rc<Cell<T>>` and type aliases.

#![allow(missing_docs)]

use std::cell::Cell;
use std::rc::Rc;

use interior::Interior;

#[derive(Interior)]
struct Defaults {
    #[cell]
    hits: Cell<u64>,
}

#[test]
fn default_ops_get_set_replace_update() {
    let s = Defaults { hits: Cell::new(3) };
    assert_eq!(s.hits(), 3);
    s.set_hits(7);
    assert_eq!(s.hits(), 7);
    assert_eq!(s.replace_hits(11), 7);
    assert_eq!(s.hits(), 11);
    // `update` returns the new value, not the old one.
    assert_eq!(s.update_hits(|v| v * 2), 22);
    assert_eq!(s.hits(), 22);
    assert_eq!(s.hits.get(), 22);
}

#[derive(Interior)]
struct Explicit {
    #[cell(take, set)]
    name: Cell<Option<&'static str>>,
    #[cell(get, take)]
    count: Cell<i32>,
}

#[test]
fn explicit_op_lists() {
    let s = Explicit {
        name: Cell::new(None),
        count: Cell::new(-4),
    };
    s.set_name(Some("a"));
    assert_eq!(s.take_name(), Some("a"));
    assert_eq!(s.take_name(), None);
    assert_eq!(s.count(), -4);
    assert_eq!(s.take_count(), -4);
    assert_eq!(s.count(), 0);
}

#[derive(Interior)]
struct Renamed {
    #[cell(rename = "total")]
    t: Cell<u32>,
    #[cell(
        get(rename = "peek"),
        set(rename = "store"),
        replace,
        update(rename = "bump")
    )]
    level: Cell<u8>,
    #[cell(rename = "loop", take)]
    keyword: Cell<u16>,
}

#[test]
fn rename_and_per_op_rename() {
    let s = Renamed {
        t: Cell::new(1),
        level: Cell::new(2),
        keyword: Cell::new(9),
    };
    assert_eq!(s.total(), 1);
    s.set_total(5);
    assert_eq!(s.replace_total(6), 5);
    assert_eq!(s.update_total(|v| v + 1), 7);
    assert_eq!(s.t.get(), 7);

    assert_eq!(s.peek(), 2);
    s.store(3);
    assert_eq!(s.replace_level(4), 3);
    assert_eq!(s.bump(|v| v * 10), 40);
    assert_eq!(s.peek(), 40);

    // A keyword base becomes a raw identifier; prefixed names are plain.
    assert_eq!(s.take_loop(), 9);
    assert_eq!(s.keyword.get(), 0);
}

mod visibility {
    use std::cell::Cell;

    use interior::Interior;

    #[derive(Interior)]
    #[interior(vis = "pub(crate)")]
    pub struct Public {
        #[cell]
        crate_wide: Cell<i64>,
        #[cell(vis = "pub", get, set)]
        everyone: Cell<i64>,
        #[cell(get(vis = "pub(super)"), set)]
        split: Cell<i64>,
    }

    impl Public {
        pub fn new() -> Self {
            Public {
                crate_wide: Cell::new(1),
                everyone: Cell::new(2),
                split: Cell::new(3),
            }
        }
    }
}

#[test]
fn vis_struct_field_and_op_level() {
    let s = visibility::Public::new();
    assert_eq!(s.crate_wide(), 1);
    s.set_crate_wide(10);
    assert_eq!(s.update_crate_wide(|v| v + 1), 11);
    assert_eq!(s.everyone(), 2);
    s.set_everyone(20);
    assert_eq!(s.everyone(), 20);
    assert_eq!(s.split(), 3);
    s.set_split(30);
    assert_eq!(s.split(), 30);
}

#[derive(Interior)]
struct Pair(
    #[cell(rename = "left")] Cell<i32>,
    String,
    #[cell(rename = "right", get, take)] Cell<i32>,
);

#[test]
fn tuple_struct_with_rename() {
    let p = Pair(Cell::new(1), "unmarked".to_owned(), Cell::new(2));
    assert_eq!(p.left(), 1);
    p.set_left(3);
    assert_eq!(p.replace_left(4), 3);
    assert_eq!(p.update_left(|v| -v), -4);
    assert_eq!(p.0.get(), -4);
    assert_eq!(p.right(), 2);
    assert_eq!(p.take_right(), 2);
    assert_eq!(p.2.get(), 0);
    assert_eq!(p.1, "unmarked");
}

#[derive(Interior)]
struct Generic<T> {
    #[cell(get, set, replace, update, take)]
    value: Cell<T>,
}

#[derive(Interior)]
struct GenericNoCopy<T> {
    #[cell(set, replace)]
    value: Cell<T>,
}

#[test]
fn generic_bounds_are_per_method() {
    let g = Generic {
        value: Cell::new(1.5_f64),
    };
    assert!((g.value() - 1.5).abs() < f64::EPSILON);
    g.set_value(2.0);
    assert!((g.update_value(|v| v * 4.0) - 8.0).abs() < f64::EPSILON);
    assert!((g.take_value() - 8.0).abs() < f64::EPSILON);
    assert!(g.value().abs() < f64::EPSILON);

    // `Generic<String>` is a fine type: `get`'s `T: Copy` sits on the method, not the impl, so
    // `set`, `replace` and `take` stay callable.
    let s = Generic {
        value: Cell::new(String::from("a")),
    };
    assert_eq!(s.replace_value("b".into()), "a");
    assert_eq!(s.take_value(), "b");

    let n = GenericNoCopy {
        value: Cell::new(vec![1, 2]),
    };
    n.set_value(vec![3]);
    assert_eq!(n.replace_value(vec![4, 5]), vec![3]);
    assert_eq!(n.value.take(), vec![4, 5]);
}

#[derive(Interior)]
struct Raw {
    #[cell]
    r#type: Cell<char>,
    #[cell(take)]
    r#match: Cell<u8>,
}

#[test]
fn raw_identifier_field() {
    let r = Raw {
        r#type: Cell::new('a'),
        r#match: Cell::new(5),
    };
    assert_eq!(r.r#type(), 'a');
    r.set_type('b');
    assert_eq!(r.replace_type('c'), 'b');
    assert_eq!(r.update_type(|c| c.to_ascii_uppercase()), 'C');
    assert_eq!(r.r#type.get(), 'C');
    assert_eq!(r.take_match(), 5);
    assert_eq!(r.r#match.get(), 0);
}

#[derive(Interior)]
struct Shared {
    #[cell(get, set, replace, update, take)]
    count: Rc<Cell<u32>>,
}

#[test]
fn rc_cell_is_looked_through_and_shared() {
    let a = Shared {
        count: Rc::new(Cell::new(0)),
    };
    let b = Shared {
        count: Rc::clone(&a.count),
    };
    a.set_count(4);
    assert_eq!(b.count(), 4);
    assert_eq!(b.update_count(|v| v + 1), 5);
    assert_eq!(a.count(), 5);
    assert_eq!(a.replace_count(9), 5);
    assert_eq!(b.take_count(), 9);
    assert_eq!(a.count(), 0);
}

type Counter = Cell<u64>;

#[derive(Interior)]
struct Aliased {
    #[cell(get, set, replace, update, take)]
    counter: Counter,
    #[cell(set, replace)]
    shared: Rc<Counter>,
}

#[test]
fn type_alias() {
    let s = Aliased {
        counter: Counter::new(1),
        shared: Rc::new(Counter::new(2)),
    };
    assert_eq!(s.counter(), 1);
    s.set_counter(2);
    assert_eq!(s.replace_counter(3), 2);
    assert_eq!(s.update_counter(|v| v * 3), 9);
    assert_eq!(s.take_counter(), 9);
    assert_eq!(s.counter(), 0);
    s.set_shared(7);
    assert_eq!(s.replace_shared(8), 7);
    assert_eq!(s.shared.get(), 8);
    assert_eq!(Aliased::FIELDS.len(), 2);
}
