//! Serde for arrays of whole numbers as one run of bytes in binary formats (the build cache's
//! postcard), the way they lie in memory, little-endian. Postcard writes a `[u8]` as a seq,
//! one `visit` call per byte, and a `[u64]` of hashes as varints of 9–10 bytes each: reading
//! story grouping's term counts and the search documents' words back that way was ~12% of
//! the instructions of a CLI build after one edit at 10,000 articles. Readable formats
//! (JSON) still see a plain list.
//!
//! Use on a `Box<[T]>` or `Vec<T>` field: `#[serde(with = "crate::serde_packed::u64s")]`.

use std::fmt;
use std::marker::PhantomData;

use serde::de::{Error, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A whole number as its little-endian bytes.
pub trait Word: Copy + Serialize + for<'de> Deserialize<'de> {
    /// Bytes per number.
    const SIZE: usize;
    /// Appends the number's bytes to `out`.
    fn put(self, out: &mut Vec<u8>);
    /// The number of `SIZE` bytes.
    fn take(bytes: &[u8]) -> Self;
}

macro_rules! word {
    ($t:ty) => {
        impl Word for $t {
            const SIZE: usize = std::mem::size_of::<$t>();
            fn put(self, out: &mut Vec<u8>) {
                out.extend_from_slice(&self.to_le_bytes());
            }
            fn take(bytes: &[u8]) -> Self {
                <$t>::from_le_bytes(bytes.try_into().expect("SIZE bytes"))
            }
        }
    };
}

word!(u8);
word!(u16);
word!(u64);

fn serialize<T: Word, S: Serializer>(v: &[T], s: S) -> Result<S::Ok, S::Error> {
    if s.is_human_readable() {
        return s.collect_seq(v);
    }
    let mut out = Vec::with_capacity(v.len() * T::SIZE);
    for &w in v {
        w.put(&mut out);
    }
    s.serialize_bytes(&out)
}

struct Words<T>(PhantomData<T>);

impl<'de, T: Word> Visitor<'de> for Words<T> {
    type Value = Vec<T>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "bytes of {}-byte numbers", T::SIZE)
    }

    fn visit_bytes<E: Error>(self, bytes: &[u8]) -> Result<Vec<T>, E> {
        if !bytes.len().is_multiple_of(T::SIZE) {
            return Err(E::invalid_length(bytes.len(), &self));
        }
        Ok(bytes.chunks_exact(T::SIZE).map(T::take).collect())
    }
}

fn deserialize<'de, T: Word, D: Deserializer<'de>>(d: D) -> Result<Vec<T>, D::Error> {
    if d.is_human_readable() {
        Vec::<T>::deserialize(d)
    } else {
        d.deserialize_bytes(Words(PhantomData))
    }
}

macro_rules! module {
    ($name:ident, $t:ty, $what:literal) => {
        #[doc = $what]
        pub mod $name {
            use super::*;

            /// Writes the numbers as one run of bytes (a list in readable formats).
            pub fn serialize<C: AsRef<[$t]>, S: Serializer>(
                v: &C,
                s: S,
            ) -> Result<S::Ok, S::Error> {
                super::serialize(v.as_ref(), s)
            }

            /// Reads numbers written by [`serialize`].
            pub fn deserialize<'de, C: From<Vec<$t>>, D: Deserializer<'de>>(
                d: D,
            ) -> Result<C, D::Error> {
                super::deserialize::<$t, D>(d).map(C::from)
            }
        }
    };
}

/// For a field of bytes (`Box<[u8]>`, `Vec<u8>`).
pub mod bytes {
    use super::*;

    /// Writes the bytes as they are (a list in readable formats).
    pub fn serialize<C: AsRef<[u8]>, S: Serializer>(v: &C, s: S) -> Result<S::Ok, S::Error> {
        if s.is_human_readable() {
            s.collect_seq(v.as_ref())
        } else {
            s.serialize_bytes(v.as_ref())
        }
    }

    /// Reads bytes written by [`serialize`].
    pub fn deserialize<'de, C: From<Vec<u8>>, D: Deserializer<'de>>(d: D) -> Result<C, D::Error> {
        super::deserialize::<u8, D>(d).map(C::from)
    }
}
module!(u16s, u16, "For a field of `u16`s.");
module!(
    u64s,
    u64,
    "For a field of `u64`s (hashes, which as varints take 9–10 bytes each)."
);

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, PartialEq, Serialize, Deserialize)]
    struct Sample {
        #[serde(with = "u64s")]
        terms: Box<[u64]>,
        #[serde(with = "u16s")]
        tf: Vec<u16>,
        #[serde(with = "bytes")]
        raw: Box<[u8]>,
        after: u32,
    }

    fn sample() -> Sample {
        Sample {
            terms: vec![0, 1, u64::MAX, 0x0123_4567_89ab_cdef].into(),
            tf: vec![1, 2, 65535],
            raw: vec![0, 200, 7].into(),
            after: 9,
        }
    }

    #[test]
    fn binary_round_trip_as_fixed_width_bytes() {
        let s = sample();
        let bytes = postcard::to_stdvec(&s).unwrap();
        // Length prefixes plus 8, 2 and 1 bytes a number, and the trailing field.
        assert_eq!(bytes.len(), 1 + 32 + 1 + 6 + 1 + 3 + 1);
        assert_eq!(postcard::from_bytes::<Sample>(&bytes).unwrap(), s);
    }

    #[test]
    fn bytes_are_written_as_postcard_wrote_a_seq_of_u8() {
        // So caches written before this module are read the same.
        let raw: Box<[u8]> = vec![1, 2, 255].into();
        #[derive(Serialize)]
        struct Packed(#[serde(with = "bytes")] Box<[u8]>);
        assert_eq!(
            postcard::to_stdvec(&Packed(raw.clone())).unwrap(),
            postcard::to_stdvec(&raw).unwrap()
        );
    }

    #[test]
    fn readable_formats_see_lists() {
        let s = sample();
        let json = serde_json::to_string(&s).unwrap();
        assert!(
            json.contains("[0,1,18446744073709551615,81985529216486895]"),
            "{json}"
        );
        assert_eq!(serde_json::from_str::<Sample>(&json).unwrap(), s);
    }

    #[test]
    fn a_length_not_a_multiple_of_the_width_is_an_error() {
        #[derive(Serialize)]
        struct Raw(#[serde(with = "bytes")] Vec<u8>);
        #[derive(Debug, Deserialize)]
        struct Wide(#[serde(with = "u64s")] Vec<u64>);
        let bytes = postcard::to_stdvec(&Raw(vec![1; 12])).unwrap();
        assert!(postcard::from_bytes::<Wide>(&bytes).map(|w| w.0).is_err());
    }
}
