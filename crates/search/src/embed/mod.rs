//! Embedders: turn profile texts into L2-normalised sentence vectors for the matcher.
//!
//! Three kinds, chosen in configuration ([`EmbedderConfig`]):
//! - `local`: multilingual-e5-small run in-process, read from a directory in the
//!   Hugging Face layout (`config.json`, `tokenizer.json`, `model.safetensors`);
//! - `openai`: any OpenAI-compatible `POST /v1/embeddings` server;
//! - `none`: no vectors; the matcher uses lexical and sector evidence only.
//!
//! Embedding is blocking CPU or network work: call it from a blocking thread.

mod error;
pub mod local;
pub mod openai;

pub use error::EmbedError;

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

/// e5 models are trained with a prefix telling queries from passages. Matching compares
/// profiles with profiles (a symmetric task), for which e5 uses the query prefix on both sides.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Query,
    Passage,
}

impl Role {
    pub fn prefix(self) -> &'static str {
        match self {
            Role::Query => "query: ",
            Role::Passage => "passage: ",
        }
    }
}

/// Something that embeds texts. Implementations are thread-safe and blocking.
pub trait Embed: Send + Sync {
    /// Names the model and its settings. Vectors stored under another id are recomputed.
    fn model_id(&self) -> &str;
    /// Embeds each text (the role's prefix is added here, not by the caller): one
    /// L2-normalised vector per text, in order, all of the same length.
    fn embed(&self, role: Role, texts: &[String]) -> Result<Vec<Vec<f32>>, EmbedError>;
}

/// A shared embedder.
pub type Embedder = Arc<dyn Embed>;

/// Which embedder to use.
#[derive(Debug, Clone, PartialEq)]
pub enum EmbedderConfig {
    /// No vectors: lexical and sector evidence only.
    None,
    /// In-process encoder over a Hugging Face-layout model directory.
    Local { model_dir: PathBuf },
    /// An OpenAI-compatible embeddings server.
    OpenAi(openai::OpenAiConfig),
}

/// Opens the configured embedder; `None` for [`EmbedderConfig::None`]. A local model directory
/// that is missing or malformed is an error naming the file; its weights are then read in the
/// background (the first texts to embed wait for them), so that start-up does not.
pub fn open(config: &EmbedderConfig) -> Result<Option<Embedder>, EmbedError> {
    Ok(match config {
        EmbedderConfig::None => None,
        EmbedderConfig::Local { model_dir } => {
            Some(Arc::new(local::BackgroundEncoder::open(model_dir)?))
        }
        EmbedderConfig::OpenAi(c) => Some(Arc::new(openai::OpenAiEmbedder::new(c.clone())?)),
    })
}

/// L2-normalises a vector in place (a zero vector stays zero).
pub fn normalise(v: &mut [f32]) {
    let norm = v.iter().map(|x| x * x).sum::<f32>().sqrt();
    if norm > 0.0 {
        v.iter_mut().for_each(|x| *x /= norm);
    }
}

/// Cosine similarity of two vectors.
pub fn cosine(a: &[f32], b: &[f32]) -> f32 {
    let dot: f32 = a.iter().zip(b).map(|(x, y)| x * y).sum();
    let na = a.iter().map(|x| x * x).sum::<f32>().sqrt();
    let nb = b.iter().map(|x| x * x).sum::<f32>().sqrt();
    if na == 0.0 || nb == 0.0 {
        0.0
    } else {
        dot / (na * nb)
    }
}

/// A default timeout for one request to an embedding server.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(30);
