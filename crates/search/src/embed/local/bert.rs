//! The BERT encoder's forward pass (post-LN, exact GELU, mean pooling), with the weights of the
//! matrix products and the word embeddings kept quantised in memory (candle's quantized
//! tensors): 8-bit blocks hold the 4-bit source weights of multilingual-e5-small exactly and
//! keep the encoder's resident memory a fraction of f32's.

use super::config::BertConfig;
use crate::embed::EmbedError;
use candle_core::quantized::{GgmlDType, QMatMul, QTensor};
use candle_core::{D, DType, Device, Module, Tensor};
use std::collections::HashMap;
use std::path::Path;

/// How the weights of the matrix products are held in memory.
pub(super) const WEIGHTS: GgmlDType = GgmlDType::Q8_0;

struct Linear {
    weight: QMatMul,
    bias: Tensor,
}

impl Linear {
    fn forward(&self, x: &Tensor) -> candle_core::Result<Tensor> {
        self.weight.forward(x)?.broadcast_add(&self.bias)
    }
}

struct LayerNorm {
    weight: Tensor,
    bias: Tensor,
    eps: f32,
}

impl LayerNorm {
    fn forward(&self, x: &Tensor) -> candle_core::Result<Tensor> {
        candle_nn::ops::layer_norm(x, &self.weight, &self.bias, self.eps)
    }
}

struct Layer {
    qkv: Linear,
    attention_out: Linear,
    attention_norm: LayerNorm,
    intermediate: Linear,
    output: Linear,
    output_norm: LayerNorm,
}

pub(super) struct Bert {
    word: QTensor,
    position: Tensor,
    token_type: Tensor,
    norm: LayerNorm,
    layers: Vec<Layer>,
    heads: usize,
    head_dim: usize,
    pub(super) hidden: usize,
    pub(super) max_positions: usize,
}

/// The tensors of a safetensors file, found by their standard names with or without the
/// `bert.` prefix that some checkpoints carry.
struct Weights<'a> {
    tensors: HashMap<String, Tensor>,
    path: &'a Path,
}

impl Weights<'_> {
    fn get(&self, name: &str, shape: &[usize]) -> Result<Tensor, EmbedError> {
        let t = self
            .tensors
            .get(name)
            .or_else(|| self.tensors.get(&format!("bert.{name}")))
            .ok_or_else(|| self.bad(format!("tensor {name} is missing")))?;
        if t.dims() != shape {
            return Err(self.bad(format!(
                "tensor {name} has shape {:?}, the configuration says {shape:?}",
                t.dims()
            )));
        }
        t.to_dtype(DType::F32).map_err(|e| self.bad(e.to_string()))
    }

    fn bad(&self, message: String) -> EmbedError {
        EmbedError::Model {
            path: self.path.to_path_buf(),
            message,
        }
    }

    fn quantize(&self, t: &Tensor, dtype: GgmlDType) -> Result<QTensor, EmbedError> {
        QTensor::quantize(t, dtype).map_err(|e| self.bad(format!("quantising: {e}")))
    }

    fn norm(&self, prefix: &str, h: usize, eps: f64) -> Result<LayerNorm, EmbedError> {
        Ok(LayerNorm {
            weight: self.get(&format!("{prefix}.weight"), &[h])?,
            bias: self.get(&format!("{prefix}.bias"), &[h])?,
            eps: eps as f32,
        })
    }

    /// One linear layer from the weights (out × in) and biases of the given prefixes, stacked.
    fn linear(&self, prefixes: &[String], out: usize, inp: usize) -> Result<Linear, EmbedError> {
        let mut ws = Vec::new();
        let mut bs = Vec::new();
        for p in prefixes {
            ws.push(self.get(&format!("{p}.weight"), &[out, inp])?);
            bs.push(self.get(&format!("{p}.bias"), &[out])?);
        }
        let cat = |ts: &[Tensor]| Tensor::cat(ts, 0).map_err(|e| self.bad(e.to_string()));
        let weight = self.quantize(&cat(&ws)?, WEIGHTS)?;
        Ok(Linear {
            weight: QMatMul::from_qtensor(weight).map_err(|e| self.bad(e.to_string()))?,
            bias: cat(&bs)?,
        })
    }
}

/// Every tensor the model needs, with its shape, by its standard name.
fn required(c: &BertConfig) -> Vec<(String, Vec<usize>)> {
    let (h, ff) = (c.hidden_size, c.intermediate_size);
    let mut out = vec![
        (
            "embeddings.word_embeddings.weight".to_string(),
            vec![c.vocab_size, h],
        ),
        (
            "embeddings.position_embeddings.weight".into(),
            vec![c.max_position_embeddings, h],
        ),
        (
            "embeddings.token_type_embeddings.weight".into(),
            vec![c.type_vocab_size, h],
        ),
        ("embeddings.LayerNorm.weight".into(), vec![h]),
        ("embeddings.LayerNorm.bias".into(), vec![h]),
    ];
    for l in 0..c.num_hidden_layers {
        let linears = [
            ("attention.self.query", h, h),
            ("attention.self.key", h, h),
            ("attention.self.value", h, h),
            ("attention.output.dense", h, h),
            ("intermediate.dense", ff, h),
            ("output.dense", h, ff),
        ];
        for (name, o, i) in linears {
            out.push((format!("encoder.layer.{l}.{name}.weight"), vec![o, i]));
            out.push((format!("encoder.layer.{l}.{name}.bias"), vec![o]));
        }
        for norm in ["attention.output.LayerNorm", "output.LayerNorm"] {
            out.push((format!("encoder.layer.{l}.{norm}.weight"), vec![h]));
            out.push((format!("encoder.layer.{l}.{norm}.bias"), vec![h]));
        }
    }
    out
}

/// One tensor's entry in a safetensors header.
#[derive(serde::Deserialize)]
struct HeaderEntry {
    shape: Vec<usize>,
    data_offsets: [u64; 2],
}

impl Bert {
    /// Checks the weights file without reading the weights: a safetensors header naming every
    /// tensor the configuration needs, in its shape, with the data inside the file.
    pub(super) fn check(path: &Path, c: &BertConfig) -> Result<(), EmbedError> {
        use std::io::Read;
        let bad = |message: String| EmbedError::Model {
            path: path.to_path_buf(),
            message,
        };
        let not_safetensors = |why: String| bad(format!("not a readable safetensors file: {why}"));
        let mut file = std::fs::File::open(path).map_err(|e| bad(e.to_string()))?;
        let size = file.metadata().map_err(|e| bad(e.to_string()))?.len();
        let mut len = [0u8; 8];
        file.read_exact(&mut len)
            .map_err(|_| not_safetensors("shorter than a header".into()))?;
        let len = u64::from_le_bytes(len);
        if len > 100 << 20 || 8 + len > size {
            return Err(not_safetensors(format!("a header of {len} bytes")));
        }
        let mut header = vec![0u8; len as usize];
        file.read_exact(&mut header)
            .map_err(|e| not_safetensors(e.to_string()))?;
        let mut entries: HashMap<String, serde_json::Value> =
            serde_json::from_slice(&header).map_err(|e| not_safetensors(format!("header: {e}")))?;
        entries.remove("__metadata__");
        let data = size - 8 - len;
        for (name, shape) in required(c) {
            let entry = entries
                .get(&name)
                .or_else(|| entries.get(&format!("bert.{name}")))
                .ok_or_else(|| bad(format!("tensor {name} is missing")))?;
            let entry: HeaderEntry = serde_json::from_value(entry.clone())
                .map_err(|e| not_safetensors(format!("tensor {name}: {e}")))?;
            if entry.shape != shape {
                return Err(bad(format!(
                    "tensor {name} has shape {:?}, the configuration says {shape:?}",
                    entry.shape
                )));
            }
            if entry.data_offsets[0] > entry.data_offsets[1] || entry.data_offsets[1] > data {
                return Err(not_safetensors(format!(
                    "tensor {name} lies outside the file"
                )));
            }
        }
        Ok(())
    }

    pub(super) fn load(path: &Path, c: &BertConfig) -> Result<Bert, EmbedError> {
        let bad = |message: String| EmbedError::Model {
            path: path.to_path_buf(),
            message,
        };
        let tensors = candle_core::safetensors::load(path, &Device::Cpu)
            .map_err(|e| bad(format!("not a readable safetensors file: {e}")))?;
        let w = Weights { tensors, path };
        let (h, ff) = (c.hidden_size, c.intermediate_size);
        let word = w.get("embeddings.word_embeddings.weight", &[c.vocab_size, h])?;
        let word = w.quantize(&word, GgmlDType::Q8_0)?;
        let position = w.get(
            "embeddings.position_embeddings.weight",
            &[c.max_position_embeddings, h],
        )?;
        let token_type = w
            .get(
                "embeddings.token_type_embeddings.weight",
                &[c.type_vocab_size, h],
            )?
            .get(0)
            .map_err(|e| bad(e.to_string()))?;
        let norm = w.norm("embeddings.LayerNorm", h, c.layer_norm_eps)?;
        let mut layers = Vec::with_capacity(c.num_hidden_layers);
        for l in 0..c.num_hidden_layers {
            let p = |s: &str| format!("encoder.layer.{l}.{s}");
            layers.push(Layer {
                qkv: w.linear(
                    &[
                        p("attention.self.query"),
                        p("attention.self.key"),
                        p("attention.self.value"),
                    ],
                    h,
                    h,
                )?,
                attention_out: w.linear(&[p("attention.output.dense")], h, h)?,
                attention_norm: w.norm(&p("attention.output.LayerNorm"), h, c.layer_norm_eps)?,
                intermediate: w.linear(&[p("intermediate.dense")], ff, h)?,
                output: w.linear(&[p("output.dense")], h, ff)?,
                output_norm: w.norm(&p("output.LayerNorm"), h, c.layer_norm_eps)?,
            });
        }
        Ok(Bert {
            word,
            position,
            token_type,
            norm,
            layers,
            heads: c.num_attention_heads,
            head_dim: h / c.num_attention_heads,
            hidden: h,
            max_positions: c.max_position_embeddings,
        })
    }

    /// Mean-pooled (not normalised) hidden states of each sequence, padded into one batch.
    /// Every sequence is a whole model input (with its special tokens) of at most
    /// `max_positions` tokens.
    pub(super) fn mean_pooled(&self, seqs: &[&[u32]]) -> candle_core::Result<Vec<Vec<f32>>> {
        let b = seqs.len();
        let t = seqs.iter().map(|s| s.len()).max().unwrap_or(0);
        if b == 0 || t == 0 {
            return Ok(vec![]);
        }
        let mut ids = vec![0u32; b * t];
        let mut mask = vec![0f32; b * t];
        for (i, s) in seqs.iter().enumerate() {
            ids[i * t..i * t + s.len()].copy_from_slice(s);
            mask[i * t..i * t + s.len()].fill(1.0);
        }
        let dev = Device::Cpu;
        let ids = Tensor::from_vec(ids, b * t, &dev)?;
        let mask = Tensor::from_vec(mask, (b, t), &dev)?;
        let x = self
            .word
            .embedding(&ids)?
            .reshape((b, t, self.hidden))?
            .broadcast_add(&self.position.narrow(0, 0, t)?)?
            .broadcast_add(&self.token_type)?;
        let mut x = self.norm.forward(&x)?;
        // Padding gets no attention: a large negative bias before the softmax.
        let bias = ((mask.ones_like()? - &mask)? * -1e9f64)?.reshape((b, 1, 1, t))?;
        let scale = 1.0 / (self.head_dim as f64).sqrt();
        for layer in &self.layers {
            let qkv = layer
                .qkv
                .forward(&x)?
                .reshape((b, t, 3, self.heads, self.head_dim))?
                .permute((2, 0, 3, 1, 4))?;
            let q = (qkv.get(0)?.contiguous()? * scale)?;
            let k = qkv.get(1)?.contiguous()?;
            let v = qkv.get(2)?.contiguous()?;
            let att = q.matmul(&k.t()?)?.broadcast_add(&bias)?;
            let att = candle_nn::ops::softmax_last_dim(&att)?;
            let ctx = att
                .matmul(&v)?
                .transpose(1, 2)?
                .reshape((b, t, self.hidden))?;
            x = layer
                .attention_norm
                .forward(&(layer.attention_out.forward(&ctx)? + &x)?)?;
            let h = layer.intermediate.forward(&x)?.gelu_erf()?;
            x = layer
                .output_norm
                .forward(&(layer.output.forward(&h)? + &x)?)?;
        }
        let summed = x.broadcast_mul(&mask.unsqueeze(2)?)?.sum(1)?;
        let counts = mask.sum_keepdim(D::Minus1)?;
        summed.broadcast_div(&counts)?.to_vec2::<f32>()
    }
}
