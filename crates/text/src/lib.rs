//! Text handling shared by every layer: normalisation, Cyrillic/Latin transliteration, slugs,
//! and the per-language analysis search is built on (stop words, stemming, German compounds).

pub mod analyse;
pub mod decompound_de;
mod fnv;
pub mod lang;
pub mod matcher;
pub mod normalize;
pub mod snowball;
pub mod stem_bg;
pub mod stopwords;
pub mod translit;

pub use analyse::{
    AnalysedToken, Analysis, analyse, analyse_tokens, analyse_word, fold_tokens, fold_word,
};
pub use lang::Language;
pub use matcher::TermMatcher;
pub use normalize::{fold, slugify};
pub use translit::bg_to_latin;
