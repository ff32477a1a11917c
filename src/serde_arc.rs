//! Serde for shared values (`Arc`) and maps of them without serde's `rc` feature, which
//! would rebuild every crate that depends on serde. A value shared several times is written
//! once per reference and read back unshared, which is all the build cache needs.

use std::collections::HashMap;
use std::hash::{BuildHasher, Hash};
use std::sync::Arc;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// For a field `Arc<T>`: `#[serde(with = "crate::serde_arc")]`.
pub fn serialize<T: Serialize + ?Sized, S: Serializer>(
    v: &Arc<T>,
    s: S,
) -> Result<S::Ok, S::Error> {
    (**v).serialize(s)
}

/// Reads an `Arc<T>` written by [`serialize`].
pub fn deserialize<'de, T: ?Sized, D: Deserializer<'de>>(d: D) -> Result<Arc<T>, D::Error>
where
    Box<T>: Deserialize<'de>,
{
    Box::<T>::deserialize(d).map(Arc::from)
}

/// For a field `HashMap<K, Arc<V>>`: `#[serde(with = "crate::serde_arc::map")]`.
pub mod map {
    use super::*;

    /// Writes the map as a sequence of (key, value).
    pub fn serialize<K, V, H, S>(m: &HashMap<K, Arc<V>, H>, s: S) -> Result<S::Ok, S::Error>
    where
        K: Serialize,
        V: Serialize + ?Sized,
        S: Serializer,
    {
        s.collect_seq(m.iter().map(|(k, v)| (k, &**v)))
    }

    /// Reads a map written by [`serialize`].
    pub fn deserialize<'de, K, V, H, D>(d: D) -> Result<HashMap<K, Arc<V>, H>, D::Error>
    where
        K: Deserialize<'de> + Eq + Hash,
        V: ?Sized,
        Box<V>: Deserialize<'de>,
        H: BuildHasher + Default,
        D: Deserializer<'de>,
    {
        let pairs = Vec::<(K, Box<V>)>::deserialize(d)?;
        Ok(pairs.into_iter().map(|(k, v)| (k, Arc::from(v))).collect())
    }
}
