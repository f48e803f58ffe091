//! Weights kept 8-bit in memory: blocks of [`BLOCK`] values along a row share one scale (the
//! largest magnitude maps to ±127), as in ggml's Q8_0. multilingual-e5-small's weights come
//! from 4-bit blocks of the same size, which 8 bits hold to within 1/254 of the block's largest
//! value; f32 would take four times the memory (the word embeddings alone 384 MB).

use super::kernels::NR;

/// Values per quantisation block.
pub const BLOCK: usize = 32;

/// Quantises `src` (a whole number of blocks) into `q`, one scale per block into `scales`.
fn quantise(src: &[f32], q: &mut [i8], scales: &mut [f32]) {
    for ((src, q), scale) in src
        .chunks_exact(BLOCK)
        .zip(q.chunks_exact_mut(BLOCK))
        .zip(scales.iter_mut())
    {
        let max = src.iter().fold(0f32, |m, x| m.max(x.abs()));
        *scale = max / 127.0;
        let inv = if max > 0.0 { 127.0 / max } else { 0.0 };
        for (q, x) in q.iter_mut().zip(src) {
            // Adding 1.5 · 2²³ rounds to the nearest integer in the low bits (a float-to-integer
            // cast would stay scalar); |x · inv| ≤ 127, so the low byte is the value.
            *q = ((x * inv + 12_582_912.0).to_bits() as u8) as i8;
        }
    }
}

/// A matrix read by rows (the word embeddings): row-major values, one scale per block.
pub struct Q8Rows {
    cols: usize,
    q: Vec<i8>,
    scales: Vec<f32>,
}

impl Q8Rows {
    /// An empty matrix of `cols` columns (a whole number of blocks) with room for `rows` rows.
    pub fn with_capacity(rows: usize, cols: usize) -> Q8Rows {
        assert!(cols.is_multiple_of(BLOCK));
        Q8Rows {
            cols,
            q: Vec::with_capacity(rows * cols),
            scales: Vec::with_capacity(rows * cols / BLOCK),
        }
    }

    /// Appends the rows of `src` (row-major, `cols` wide).
    pub fn push_rows(&mut self, src: &[f32]) {
        let (q0, s0) = (self.q.len(), self.scales.len());
        self.q.resize(q0 + src.len(), 0);
        self.scales.resize(s0 + src.len() / BLOCK, 0.0);
        quantise(src, &mut self.q[q0..], &mut self.scales[s0..]);
    }

    pub fn rows(&self) -> usize {
        self.q.len() / self.cols
    }

    /// Row `i`, dequantised, added to `out`.
    pub fn add_row_to(&self, i: usize, out: &mut [f32]) {
        let q = &self.q[i * self.cols..][..self.cols];
        let scales = &self.scales[i * self.cols / BLOCK..][..self.cols / BLOCK];
        for ((out, q), scale) in out
            .chunks_exact_mut(BLOCK)
            .zip(q.chunks_exact(BLOCK))
            .zip(scales)
        {
            for (o, q) in out.iter_mut().zip(q) {
                *o = f32::from(*q).mul_add(*scale, *o);
            }
        }
    }
}

/// The weight matrix of a linear layer (`n` outputs × `k` inputs), stored in the panel order
/// that the matrix product reads ([`super::kernels::matmul`]): panels of [`NR`] outputs, within
/// them input by input, so that dequantising is one pass over contiguous memory.
pub struct Q8Panels {
    n: usize,
    k: usize,
    /// `[n / NR][k][NR]`
    q: Vec<i8>,
    /// `[n / NR][k / BLOCK][NR]`
    scales: Vec<f32>,
}

impl Q8Panels {
    /// From a row-major `n × k` matrix; `n` a multiple of [`NR`], `k` of [`BLOCK`].
    pub fn new(w: &[f32], n: usize, k: usize) -> Q8Panels {
        assert!(n.is_multiple_of(NR) && k.is_multiple_of(BLOCK) && w.len() == n * k);
        let mut rows = vec![0i8; n * k];
        let mut row_scales = vec![0f32; n * k / BLOCK];
        quantise(w, &mut rows, &mut row_scales);
        let (kb, mut q, mut scales) = (k / BLOCK, vec![0i8; n * k], vec![0f32; n * k / BLOCK]);
        for j in 0..n {
            let (panel, c) = (j / NR, j % NR);
            for kk in 0..k {
                q[(panel * k + kk) * NR + c] = rows[j * k + kk];
            }
            for b in 0..kb {
                scales[(panel * kb + b) * NR + c] = row_scales[j * kb + b];
            }
        }
        Q8Panels { n, k, q, scales }
    }

    pub fn inputs(&self) -> usize {
        self.k
    }

    pub fn outputs(&self) -> usize {
        self.n
    }

    /// Panel `p` (outputs `p·NR..(p + 1)·NR`) as f32, input by input, into `out` (`k` rows).
    /// Kept out of line: inlined into the matrix product, it was vectorised across inputs.
    #[inline(never)]
    pub fn panel(&self, p: usize, out: &mut [[f32; NR]]) {
        let (q, _) = self.q[p * self.k * NR..][..self.k * NR].as_chunks::<NR>();
        let kb = self.k / BLOCK;
        let (scales, _) = self.scales[p * kb * NR..][..kb * NR].as_chunks::<NR>();
        for (i, (out, q)) in out.iter_mut().zip(q).enumerate() {
            let scale = &scales[i / BLOCK];
            *out = std::array::from_fn(|c| f32::from(q[c]) * scale[c]);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quantised_weights_come_back_within_half_a_step() {
        let (n, k) = (2 * NR, 3 * BLOCK);
        let w: Vec<f32> = (0..n * k)
            .map(|i| ((i * 37) % 101) as f32 / 50.0 - 1.0)
            .collect();
        let panels = Q8Panels::new(&w, n, k);
        let mut out = vec![[0f32; NR]; k];
        let mut rows = Q8Rows::with_capacity(n, k);
        rows.push_rows(&w[..k]);
        rows.push_rows(&w[k..]);
        assert_eq!(rows.rows(), n);
        for j in 0..n {
            let mut row = vec![0f32; k];
            rows.add_row_to(j, &mut row);
            panels.panel(j / NR, &mut out);
            for kk in 0..k {
                let x = w[j * k + kk];
                let got = out[kk][j % NR];
                assert!((got - x).abs() <= 0.5 / 127.0 + 1e-6, "{got} vs {x}");
                assert_eq!(row[kk], got);
            }
        }
    }
}
