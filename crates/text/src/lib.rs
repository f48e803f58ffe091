//! Text handling shared by every layer: normalisation, Cyrillic/Latin transliteration, slugs.

pub mod normalize;
pub mod translit;

pub use normalize::{fold, slugify};
pub use translit::bg_to_latin;
