//! The BERT encoder's forward pass (post-LN, exact GELU, mean pooling) over the sequences of a
//! batch packed one after another (no padding: attention stays within each sequence), with the
//! weights of the matrix products and the word embeddings kept 8-bit in memory.

use super::config::BertConfig;
use super::kernels::{self, NR};
use super::quant::{BLOCK, Q8Panels, Q8Rows};
use super::safetensors::SafeTensors;
use crate::embed::EmbedError;
use std::path::Path;

/// Word-embedding rows converted per read: a few MB at a time instead of the whole table.
const EMBEDDING_ROWS_PER_READ: usize = 4096;

struct Linear {
    weight: Q8Panels,
    bias: Vec<f32>,
}

struct LayerNorm {
    weight: Vec<f32>,
    bias: Vec<f32>,
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
    word: Q8Rows,
    /// `max_positions × hidden`
    position: Vec<f32>,
    /// The embedding of token type 0 (the only one a single-sentence input has).
    token_type: Vec<f32>,
    norm: LayerNorm,
    layers: Vec<Layer>,
    heads: usize,
    eps: f32,
    pub(super) hidden: usize,
    pub(super) max_positions: usize,
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

/// The sizes the kernels work with: whole quantisation blocks and output panels.
pub(super) fn supports(config_path: &Path, c: &BertConfig) -> Result<(), EmbedError> {
    let unit = BLOCK.max(NR);
    let head = c.hidden_size / c.num_attention_heads;
    if !c.hidden_size.is_multiple_of(unit)
        || !c.intermediate_size.is_multiple_of(unit)
        || !head.is_multiple_of(NR)
    {
        return Err(EmbedError::Model {
            path: config_path.to_path_buf(),
            message: format!(
                "hidden_size {}, intermediate_size {} and the size of a head ({head}) must be \
                 multiples of {unit}",
                c.hidden_size, c.intermediate_size
            ),
        });
    }
    Ok(())
}

impl Bert {
    /// Checks the weights file without reading the weights: a safetensors header naming every
    /// tensor the configuration needs, in its shape and a float type, inside the file.
    pub(super) fn check(path: &Path, c: &BertConfig) -> Result<(), EmbedError> {
        let st = SafeTensors::open(path)?;
        for (name, shape) in required(c) {
            st.tensor(&name, &shape)?;
        }
        Ok(())
    }

    pub(super) fn load(path: &Path, c: &BertConfig) -> Result<Bert, EmbedError> {
        let mut st = SafeTensors::open(path)?;
        let (h, ff) = (c.hidden_size, c.intermediate_size);
        let word = {
            let t = st.tensor("embeddings.word_embeddings.weight", &[c.vocab_size, h])?;
            let mut word = Q8Rows::with_capacity(c.vocab_size, h);
            let mut rows = Vec::new();
            for first in (0..c.vocab_size).step_by(EMBEDDING_ROWS_PER_READ) {
                let n = EMBEDDING_ROWS_PER_READ.min(c.vocab_size - first);
                st.read_rows(&t, first, n, &mut rows)?;
                word.push_rows(&rows);
            }
            word
        };
        let position = st.read(
            "embeddings.position_embeddings.weight",
            &[c.max_position_embeddings, h],
        )?;
        let mut token_type = st.read(
            "embeddings.token_type_embeddings.weight",
            &[c.type_vocab_size, h],
        )?;
        token_type.truncate(h);
        let norm = |st: &mut SafeTensors, prefix: &str| -> Result<LayerNorm, EmbedError> {
            Ok(LayerNorm {
                weight: st.read(&format!("{prefix}.weight"), &[h])?,
                bias: st.read(&format!("{prefix}.bias"), &[h])?,
            })
        };
        let embedding_norm = norm(&mut st, "embeddings.LayerNorm")?;
        // One linear layer from the weights (out × in) and biases of the prefixes, stacked.
        let linear = |st: &mut SafeTensors,
                      prefixes: &[String],
                      out: usize,
                      inp: usize|
         -> Result<Linear, EmbedError> {
            let mut w = Vec::with_capacity(prefixes.len() * out * inp);
            let mut bias = Vec::with_capacity(prefixes.len() * out);
            for p in prefixes {
                w.extend(st.read(&format!("{p}.weight"), &[out, inp])?);
                bias.extend(st.read(&format!("{p}.bias"), &[out])?);
            }
            Ok(Linear {
                weight: Q8Panels::new(&w, prefixes.len() * out, inp),
                bias,
            })
        };
        let mut layers = Vec::with_capacity(c.num_hidden_layers);
        for l in 0..c.num_hidden_layers {
            let p = |s: &str| format!("encoder.layer.{l}.{s}");
            let qkv = ["query", "key", "value"].map(|s| p(&format!("attention.self.{s}")));
            layers.push(Layer {
                qkv: linear(&mut st, &qkv, h, h)?,
                attention_out: linear(&mut st, &[p("attention.output.dense")], h, h)?,
                attention_norm: norm(&mut st, &p("attention.output.LayerNorm"))?,
                intermediate: linear(&mut st, &[p("intermediate.dense")], ff, h)?,
                output: linear(&mut st, &[p("output.dense")], h, ff)?,
                output_norm: norm(&mut st, &p("output.LayerNorm"))?,
            });
        }
        Ok(Bert {
            word,
            position,
            token_type,
            norm: embedding_norm,
            layers,
            heads: c.num_attention_heads,
            eps: c.layer_norm_eps as f32,
            hidden: h,
            max_positions: c.max_position_embeddings,
        })
    }

    /// Mean-pooled (not normalised) hidden states of each sequence. Every sequence is a whole
    /// model input (with its special tokens) of 1 to `max_positions` tokens.
    pub(super) fn mean_pooled(&self, seqs: &[&[u32]]) -> Result<Vec<Vec<f32>>, String> {
        let h = self.hidden;
        let tokens: usize = seqs.iter().map(|s| s.len()).sum();
        let mut x = vec![0f32; tokens * h];
        let mut rows = x.chunks_exact_mut(h);
        for seq in seqs {
            if seq.is_empty() || seq.len() > self.max_positions {
                return Err(format!("a window of {} tokens", seq.len()));
            }
            for (pos, &id) in seq.iter().enumerate() {
                let row = rows.next().expect("a row per token");
                if id as usize >= self.word.rows() {
                    return Err(format!("token id {id} outside the vocabulary"));
                }
                row.copy_from_slice(&self.position[pos * h..][..h]);
                kernels::axpy(row, 1.0, &self.token_type);
                self.word.add_row_to(id as usize, row);
                kernels::add_layer_norm(row, &[], &self.norm.weight, &self.norm.bias, self.eps);
            }
        }
        let ff = self
            .layers
            .first()
            .map_or(0, |l| l.intermediate.weight.outputs());
        let mut qkv = vec![0f32; tokens * 3 * h];
        let mut ctx = vec![0f32; tokens * h];
        let mut sum = vec![0f32; tokens * h];
        let mut mid = vec![0f32; tokens * ff];
        let mut panel = Vec::new();
        let mut attention = Attention::default();
        for layer in &self.layers {
            layer.qkv.forward(&x, &mut qkv, &mut panel);
            let mut start = 0;
            for seq in seqs {
                let (q, c) = (&qkv[start * 3 * h..], &mut ctx[start * h..]);
                attention.forward(q, seq.len(), h, self.heads, c);
                start += seq.len();
            }
            layer.attention_out.forward(&ctx, &mut sum, &mut panel);
            layer.attention_norm.add_to(&mut x, &sum, self.eps);
            layer.intermediate.forward(&x, &mut mid, &mut panel);
            kernels::gelu(&mut mid);
            layer.output.forward(&mid, &mut sum, &mut panel);
            layer.output_norm.add_to(&mut x, &sum, self.eps);
        }
        let mut pooled = Vec::with_capacity(seqs.len());
        let mut rows = x.chunks_exact(h);
        for seq in seqs {
            let mut sum = vec![0f32; h];
            for row in rows.by_ref().take(seq.len()) {
                kernels::axpy(&mut sum, 1.0, row);
            }
            let inv = 1.0 / seq.len() as f32;
            sum.iter_mut().for_each(|v| *v *= inv);
            pooled.push(sum);
        }
        Ok(pooled)
    }
}

impl Linear {
    /// `out = x · Wᵀ + b`; `panel` is scratch for a panel of dequantised weights.
    fn forward(&self, x: &[f32], out: &mut [f32], panel: &mut Vec<[f32; NR]>) {
        let w = &self.weight;
        kernels::matmul(x, w.inputs(), &self.bias, out, panel, |p, buf| {
            w.panel(p, buf)
        });
    }
}

impl LayerNorm {
    /// Each row of `x` becomes `layer_norm(x + y)`.
    #[inline(never)]
    fn add_to(&self, x: &mut [f32], y: &[f32], eps: f32) {
        let h = self.weight.len();
        for (x, y) in x.chunks_exact_mut(h).zip(y.chunks_exact(h)) {
            kernels::add_layer_norm(x, y, &self.weight, &self.bias, eps);
        }
    }
}

/// Scratch space of the attention of one sequence and head. Both products (queries by keys,
/// weights by values) go through the matrix product's kernel, the keys and values laid out as
/// its panels; the sequence is padded to a whole number of panels with keys whose weight is 0.
#[derive(Default)]
struct Attention {
    /// The head's queries, scaled, `len × d`.
    queries: Vec<f32>,
    /// Panels of [`NR`] keys: `[padded / NR][d][NR]`.
    keys: Vec<[f32; NR]>,
    /// Panels of [`NR`] value components: `[d / NR][padded][NR]`.
    values: Vec<[f32; NR]>,
    /// `len × padded`
    weights: Vec<f32>,
    /// `len × d`
    out: Vec<f32>,
    zeros: Vec<f32>,
}

impl Attention {
    /// Self-attention of one sequence of `len` tokens: `qkv` holds its rows (query, key and value
    /// of each token, `3 × h` wide), `ctx` receives the heads' outputs side by side.
    #[inline(never)]
    fn forward(&mut self, qkv: &[f32], len: usize, h: usize, heads: usize, ctx: &mut [f32]) {
        let d = h / heads;
        let scale = 1.0 / (d as f32).sqrt();
        let padded = len.div_ceil(NR) * NR;
        self.queries.resize(len * d, 0.0);
        self.keys.resize(padded / NR * d, [0.0; NR]);
        self.values.resize(d / NR * padded, [0.0; NR]);
        self.weights.resize(len * padded, 0.0);
        self.out.resize(len * d, 0.0);
        self.zeros.resize(padded.max(d), 0.0);
        let rows = || qkv.chunks_exact(3 * h).take(len);
        for head in 0..heads {
            let at = head * d;
            self.keys.fill([0.0; NR]);
            self.values.fill([0.0; NR]);
            for (s, row) in rows().enumerate() {
                for (q, x) in self.queries[s * d..][..d].iter_mut().zip(&row[at..][..d]) {
                    *q = x * scale;
                }
                let keys = &mut self.keys[s / NR * d..][..d];
                for (e, k) in row[h + at..][..d].iter().enumerate() {
                    keys[e][s % NR] = *k;
                }
                for (e, v) in row[2 * h + at..][..d].iter().enumerate() {
                    self.values[e / NR * padded + s][e % NR] = *v;
                }
            }
            kernels::matmul_packed(
                &self.queries,
                d,
                &self.keys,
                &self.zeros[..padded],
                &mut self.weights,
            );
            for w in self.weights.chunks_exact_mut(padded) {
                let (scores, padding) = w.split_at_mut(len);
                kernels::softmax(scores);
                padding.fill(0.0);
            }
            kernels::matmul_packed(
                &self.weights,
                padded,
                &self.values,
                &self.zeros[..d],
                &mut self.out,
            );
            for (out, ctx) in self.out.chunks_exact(d).zip(ctx.chunks_exact_mut(h)) {
                ctx[at..][..d].copy_from_slice(out);
            }
        }
    }
}
