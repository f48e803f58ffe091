use std::path::PathBuf;

/// What can go wrong while embedding. Model errors are configuration errors (reported at
/// start); server errors are passing (the vectors are retried later).
#[derive(Debug, thiserror::Error)]
pub enum EmbedError {
    /// A model file is missing or malformed: names the file.
    #[error("model file {}: {message}", path.display())]
    Model { path: PathBuf, message: String },
    /// The embedding server is down, too slow, or answered something unusable.
    #[error("embedding server: {0}")]
    Server(String),
    /// The encoder failed on an input.
    #[error("encoder: {0}")]
    Encoder(String),
    /// Bad configuration (an URL that is not one, …).
    #[error("embedder configuration: {0}")]
    Config(String),
}
