//! `config.json` of a BERT-family model in the Hugging Face layout: the sizes the encoder needs.

use crate::embed::EmbedError;
use serde::Deserialize;
use std::path::Path;

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct BertConfig {
    pub hidden_size: usize,
    pub num_hidden_layers: usize,
    pub num_attention_heads: usize,
    pub intermediate_size: usize,
    pub vocab_size: usize,
    pub max_position_embeddings: usize,
    #[serde(default = "two")]
    pub type_vocab_size: usize,
    #[serde(default = "eps")]
    pub layer_norm_eps: f64,
    #[serde(default = "gelu")]
    pub hidden_act: String,
    #[serde(default)]
    pub model_type: String,
}

fn two() -> usize {
    2
}
fn eps() -> f64 {
    1e-12
}
fn gelu() -> String {
    "gelu".into()
}

impl BertConfig {
    pub fn read(path: &Path) -> Result<BertConfig, EmbedError> {
        let bad = |message: String| EmbedError::Model {
            path: path.to_path_buf(),
            message,
        };
        let text = std::fs::read_to_string(path).map_err(|e| bad(e.to_string()))?;
        let config: BertConfig = serde_json::from_str(&text)
            .map_err(|e| bad(format!("not a model configuration: {e}")))?;
        if !matches!(config.model_type.as_str(), "" | "bert" | "xlm-roberta") {
            return Err(bad(format!(
                "model_type {:?} is not a BERT-family encoder",
                config.model_type
            )));
        }
        if config.hidden_act != "gelu" {
            return Err(bad(format!(
                "hidden_act {:?} is not supported (gelu expected)",
                config.hidden_act
            )));
        }
        if config.num_attention_heads == 0
            || !config
                .hidden_size
                .is_multiple_of(config.num_attention_heads)
            || config.num_hidden_layers == 0
            || config.max_position_embeddings < 3
        {
            return Err(bad(
                "inconsistent sizes (hidden size, heads, layers, positions)".into(),
            ));
        }
        Ok(config)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bad_configuration_names_the_file_and_the_reason() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("config.json");
        std::fs::write(&path, "{\"hidden_size\": 384}").unwrap();
        let e = BertConfig::read(&path).unwrap_err().to_string();
        assert!(
            e.contains("config.json") && e.contains("num_hidden_layers"),
            "{e}"
        );
        std::fs::write(
            &path,
            r#"{"hidden_size":384,"num_hidden_layers":12,"num_attention_heads":12,"intermediate_size":1536,"vocab_size":10,"max_position_embeddings":512,"hidden_act":"relu"}"#,
        )
        .unwrap();
        let e = BertConfig::read(&path).unwrap_err().to_string();
        assert!(e.contains("relu"), "{e}");
        let e = BertConfig::read(&dir.path().join("missing.json"))
            .unwrap_err()
            .to_string();
        assert!(e.contains("missing.json"), "{e}");
    }
}
