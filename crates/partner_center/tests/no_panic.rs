//! Whatever the bytes, the reader answers with lines or an error, never a panic: random
//! bytes, and the fixtures with bytes changed, cut or repeated. (The cargo-fuzz target in
//! fuzz/ does the same for as long as it is given.)

use ardoise_partner_center::{microsoft_cost, PcReader, Seats, Totals};
use ardoise_words::Lang;
use proptest::prelude::*;

const FIXTURES: [&[u8]; 4] = [
    include_bytes!("fixtures/new-commerce-invoice.csv"),
    include_bytes!("fixtures/new-commerce-invoice-fr.csv"),
    include_bytes!("fixtures/daily-rated-usage.csv"),
    include_bytes!("fixtures/legacy-license-based.csv"),
];

/// Reads everything, through the rules too; the count of lines read.
fn read_all(bytes: &[u8]) -> usize {
    let mut reader = match PcReader::new(bytes) {
        Ok(r) => r,
        Err(e) => {
            let _ = (e.message(Lang::Fr), e.message(Lang::En));
            return 0;
        }
    };
    let (mut seats, mut totals, mut n) = (Seats::new(), Totals::default(), 0);
    for line in reader.by_ref() {
        match line {
            Ok(line) => {
                let _ = microsoft_cost(&line);
                seats.add(&line);
                totals.add(&line);
                n += 1;
            }
            Err(e) => {
                let _ = (e.message(Lang::Fr), e.message(Lang::En));
                break;
            }
        }
    }
    assert!(reader.next().is_none(), "nothing after the end or an error");
    let _ = seats.finish();
    n
}

#[derive(Debug, Clone)]
enum Edit {
    Set(usize, u8),
    Cut(usize),
    Insert(usize, Vec<u8>),
    Repeat(usize, usize),
}

fn edit() -> impl Strategy<Value = Edit> {
    let special = prop::sample::select(vec![
        b'"', b',', b';', b'\n', b'\r', b'.', b'-', b'/', b'E', b'e', 0xC3, 0xE9, 0xFF, 0, b'9',
    ]);
    prop_oneof![
        (any::<usize>(), special).prop_map(|(i, b)| Edit::Set(i, b)),
        any::<usize>().prop_map(Edit::Cut),
        (any::<usize>(), prop::collection::vec(any::<u8>(), 0..12))
            .prop_map(|(i, v)| Edit::Insert(i, v)),
        (any::<usize>(), 1usize..400).prop_map(|(i, n)| Edit::Repeat(i, n)),
    ]
}

fn apply(mut bytes: Vec<u8>, edits: &[Edit]) -> Vec<u8> {
    for e in edits {
        let len = bytes.len().max(1);
        match e {
            Edit::Set(i, b) if !bytes.is_empty() => bytes[i % len] = *b,
            Edit::Set(..) => {}
            Edit::Cut(i) => bytes.truncate(i % len),
            Edit::Insert(i, v) => {
                let at = i % len.min(bytes.len() + 1);
                bytes.splice(at..at, v.iter().copied());
            }
            Edit::Repeat(i, n) => {
                let at = i % len.min(bytes.len() + 1);
                let end = (at + n).min(bytes.len());
                let piece = bytes[at..end].to_vec();
                bytes.splice(at..at, piece);
            }
        }
    }
    bytes
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn random_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..2000)) {
        read_all(&bytes);
    }

    #[test]
    fn edited_fixtures_never_panic(
        which in 0usize..4, edits in prop::collection::vec(edit(), 1..6),
    ) {
        read_all(&apply(FIXTURES[which].to_vec(), &edits));
    }
}

#[test]
fn the_fixtures_themselves_read_whole() {
    assert_eq!(read_all(FIXTURES[0]), 16);
    assert_eq!(read_all(FIXTURES[1]), 16);
    assert_eq!(read_all(FIXTURES[2]), 4);
    assert_eq!(read_all(FIXTURES[3]), 7);
}
