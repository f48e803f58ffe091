//! The local encoder opened without making start-up wait for its weights: the model directory
//! is read and checked at once (so a broken file is still an error at start), and the weights
//! are read on a thread of their own. The first texts to embed wait for them.

use super::{CheckedModel, LocalEncoder};
use crate::embed::{Embed, EmbedError, Role};
use std::path::Path;
use std::sync::{Arc, OnceLock};
use std::time::Instant;

pub struct BackgroundEncoder {
    model_id: String,
    /// The encoder once its weights are read, or why they could not be.
    encoder: Arc<OnceLock<Result<LocalEncoder, String>>>,
}

impl BackgroundEncoder {
    /// Checks the model directory and starts reading the weights.
    pub fn open(dir: &Path) -> Result<BackgroundEncoder, EmbedError> {
        let checked = CheckedModel::read(dir)?;
        let model_id = checked.model_id().to_string();
        let encoder = Arc::new(OnceLock::new());
        let cell = encoder.clone();
        let path = dir.display().to_string();
        std::thread::Builder::new()
            .name("model-load".into())
            .spawn(move || {
                let started = Instant::now();
                let loaded = checked.load().map_err(|e| e.to_string());
                match &loaded {
                    Ok(_) => tracing::info!(
                        model = %path,
                        seconds = started.elapsed().as_secs_f64(),
                        "sentence encoder loaded"
                    ),
                    Err(e) => {
                        tracing::error!(error = %e, "the sentence encoder could not be loaded")
                    }
                }
                let _ = cell.set(loaded);
            })
            .map_err(|e| EmbedError::Encoder(format!("starting the model loader: {e}")))?;
        Ok(BackgroundEncoder { model_id, encoder })
    }

    /// Whether the weights have been read (successfully or not).
    pub fn is_loaded(&self) -> bool {
        self.encoder.get().is_some()
    }
}

impl Embed for BackgroundEncoder {
    fn model_id(&self) -> &str {
        &self.model_id
    }

    fn embed(&self, role: Role, texts: &[String]) -> Result<Vec<Vec<f32>>, EmbedError> {
        match self.encoder.wait() {
            Ok(encoder) => encoder.embed(role, texts),
            Err(e) => Err(EmbedError::Encoder(e.clone())),
        }
    }
}
