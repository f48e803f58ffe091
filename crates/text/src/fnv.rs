//! FNV-1a hashing for the small in-memory word sets: analysis looks words up millions of times
//! when indexing, and the default (DoS-resistant) hasher costs more than the lookup. The sets
//! hold our own fixed lists, so hash flooding is not a concern.

use std::hash::{BuildHasherDefault, Hasher};

#[derive(Default)]
pub(crate) struct Fnv(u64);

impl Hasher for Fnv {
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &b in bytes {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

pub(crate) type FnvBuild = BuildHasherDefault<Fnv>;
pub(crate) type FnvHashSet<T> = std::collections::HashSet<T, FnvBuild>;
