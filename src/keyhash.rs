//! The hasher behind page keys and search document keys: a key is a stable hash of
//! everything an output file is made from, so an unchanged key means an unchanged file.

use xxhash_rust::xxh3::Xxh3;

/// Feeds a hasher with length-prefixed fields, so `("ab","c")` and `("a","bc")` differ.
pub struct KeyHasher(Xxh3);

impl KeyHasher {
    /// A hasher seeded with `seed` (a parent key, or 0).
    pub fn new(seed: u64) -> Self {
        let mut h = Xxh3::new();
        h.update(&seed.to_le_bytes());
        KeyHasher(h)
    }
    /// Adds a string, length first.
    pub fn str(&mut self, s: &str) -> &mut Self {
        self.0.update(&(s.len() as u64).to_le_bytes());
        self.0.update(s.as_bytes());
        self
    }
    /// Adds a number.
    pub fn num(&mut self, n: u64) -> &mut Self {
        self.0.update(&n.to_le_bytes());
        self
    }
    /// The key.
    pub fn finish(&self) -> u64 {
        self.0.digest()
    }
}

/// Lets derived `Hash` impls (the page enum) feed the key without formatting strings.
impl std::hash::Hasher for KeyHasher {
    fn finish(&self) -> u64 {
        self.0.digest()
    }
    fn write(&mut self, bytes: &[u8]) {
        self.0.update(bytes);
    }
}
