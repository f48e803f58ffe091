//! A safetensors file read tensor by tensor: the header once, then each tensor with a seek and
//! a read of its bytes (in row chunks for the large ones), converted to f32. Reading the whole
//! file at once would hold every weight in its file type and again in memory's.

use crate::embed::EmbedError;
use std::collections::HashMap;
use std::fs::File;
use std::io::{Read, Seek, SeekFrom};
use std::path::{Path, PathBuf};

/// A header larger than this is not a model's.
const MAX_HEADER: u64 = 100 << 20;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum DType {
    F32,
    F16,
    BF16,
}

impl DType {
    fn size(self) -> usize {
        match self {
            DType::F32 => 4,
            DType::F16 | DType::BF16 => 2,
        }
    }
}

/// One tensor's entry in the header.
#[derive(Debug, Clone)]
pub struct Tensor {
    /// The file's name for a type the encoder does not read (such as the I64 `position_ids`
    /// that some checkpoints carry) is an error only when the tensor is needed.
    dtype: Result<DType, String>,
    shape: Vec<usize>,
    /// Byte offset of the data in the file.
    start: u64,
}

impl Tensor {
    /// Values per row (the last dimension).
    fn row_len(&self) -> usize {
        self.shape.last().copied().unwrap_or(1)
    }
}

#[derive(serde::Deserialize)]
struct HeaderEntry {
    dtype: String,
    shape: Vec<usize>,
    data_offsets: [u64; 2],
}

pub struct SafeTensors {
    path: PathBuf,
    file: File,
    tensors: HashMap<String, Tensor>,
}

impl SafeTensors {
    /// Opens the file and reads its header; every entry must be of a floating-point type the
    /// encoder reads, and lie inside the file.
    pub fn open(path: &Path) -> Result<SafeTensors, EmbedError> {
        let bad = |message: String| EmbedError::Model {
            path: path.to_path_buf(),
            message,
        };
        let not_safetensors = |why: String| bad(format!("not a readable safetensors file: {why}"));
        let mut file = File::open(path).map_err(|e| bad(e.to_string()))?;
        let size = file.metadata().map_err(|e| bad(e.to_string()))?.len();
        let mut len = [0u8; 8];
        file.read_exact(&mut len)
            .map_err(|_| not_safetensors("shorter than a header".into()))?;
        let len = u64::from_le_bytes(len);
        if len > MAX_HEADER || 8 + len > size {
            return Err(not_safetensors(format!("a header of {len} bytes")));
        }
        let mut header = vec![0u8; len as usize];
        file.read_exact(&mut header)
            .map_err(|e| not_safetensors(e.to_string()))?;
        let mut entries: HashMap<String, serde_json::Value> =
            serde_json::from_slice(&header).map_err(|e| not_safetensors(format!("header: {e}")))?;
        entries.remove("__metadata__");
        let data = size - 8 - len;
        let mut tensors = HashMap::with_capacity(entries.len());
        for (name, entry) in entries {
            let entry: HeaderEntry = serde_json::from_value(entry)
                .map_err(|e| not_safetensors(format!("tensor {name}: {e}")))?;
            let [start, end] = entry.data_offsets;
            if start > end || end > data {
                return Err(not_safetensors(format!(
                    "tensor {name} lies outside the file"
                )));
            }
            let dtype = match entry.dtype.as_str() {
                "F32" => Ok(DType::F32),
                "F16" => Ok(DType::F16),
                "BF16" => Ok(DType::BF16),
                other => Err(other.to_string()),
            };
            let count: usize = entry.shape.iter().product();
            if let Ok(dtype) = dtype
                && count as u64 * dtype.size() as u64 != end - start
            {
                return Err(not_safetensors(format!(
                    "tensor {name} has {} bytes for shape {:?}",
                    end - start,
                    entry.shape
                )));
            }
            let tensor = Tensor {
                dtype,
                shape: entry.shape,
                start: 8 + len + start,
            };
            tensors.insert(name, tensor);
        }
        Ok(SafeTensors {
            path: path.to_path_buf(),
            file,
            tensors,
        })
    }

    fn bad(&self, message: String) -> EmbedError {
        EmbedError::Model {
            path: self.path.clone(),
            message,
        }
    }

    /// The tensor of the given standard name (or with the `bert.` prefix that some checkpoints
    /// carry), which must have the given shape.
    pub fn tensor(&self, name: &str, shape: &[usize]) -> Result<Tensor, EmbedError> {
        let t = self
            .tensors
            .get(name)
            .or_else(|| self.tensors.get(&format!("bert.{name}")))
            .ok_or_else(|| self.bad(format!("tensor {name} is missing")))?;
        if t.shape != shape {
            return Err(self.bad(format!(
                "tensor {name} has shape {:?}, the configuration says {shape:?}",
                t.shape
            )));
        }
        if let Err(other) = &t.dtype {
            return Err(self.bad(format!("tensor {name} is {other}, not F32, F16 or BF16")));
        }
        Ok(t.clone())
    }

    /// A whole tensor as f32.
    pub fn read(&mut self, name: &str, shape: &[usize]) -> Result<Vec<f32>, EmbedError> {
        let t = self.tensor(name, shape)?;
        let mut out = Vec::new();
        let rows = t.shape.iter().product::<usize>() / t.row_len().max(1);
        self.read_rows(&t, 0, rows, &mut out)?;
        Ok(out)
    }

    /// Rows `first..first + rows` of a tensor (along its first dimension) as f32, into `out`.
    pub fn read_rows(
        &mut self,
        t: &Tensor,
        first: usize,
        rows: usize,
        out: &mut Vec<f32>,
    ) -> Result<(), EmbedError> {
        let dtype = t
            .dtype
            .clone()
            .map_err(|other| self.bad(format!("a tensor of {other}")))?;
        let n = rows * t.row_len();
        let size = dtype.size();
        let mut bytes = vec![0u8; n * size];
        let offset = t.start + (first * t.row_len() * size) as u64;
        self.file
            .seek(SeekFrom::Start(offset))
            .and_then(|_| self.file.read_exact(&mut bytes))
            .map_err(|e| self.bad(format!("reading the weights: {e}")))?;
        out.clear();
        out.reserve(n);
        match dtype {
            DType::F32 => out.extend(
                bytes
                    .as_chunks::<4>()
                    .0
                    .iter()
                    .map(|b| f32::from_le_bytes(*b)),
            ),
            DType::F16 => out.extend(
                bytes
                    .as_chunks::<2>()
                    .0
                    .iter()
                    .map(|b| f16_to_f32(u16::from_le_bytes(*b))),
            ),
            DType::BF16 => out.extend(
                bytes
                    .as_chunks::<2>()
                    .0
                    .iter()
                    .map(|b| f32::from_bits(u32::from(u16::from_le_bytes(*b)) << 16)),
            ),
        }
        Ok(())
    }
}

/// IEEE half to single precision, exactly: the exponent and mantissa shifted into place and
/// rescaled by 2¹¹² (which also turns half subnormals into the right normal floats), infinities
/// and NaNs kept.
fn f16_to_f32(h: u16) -> f32 {
    let sign = u32::from(h & 0x8000) << 16;
    let rest = u32::from(h & 0x7fff);
    let magnitude = if rest >= 0x7c00 {
        f32::from_bits(0x7f80_0000 | (rest & 0x3ff) << 13)
    } else {
        f32::from_bits(rest << 13) * f32::from_bits(0x7780_0000)
    };
    f32::from_bits(magnitude.to_bits() | sign)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn halves_convert_exactly() {
        assert_eq!(f16_to_f32(0x3c00), 1.0);
        assert_eq!(f16_to_f32(0xc000), -2.0);
        assert_eq!(f16_to_f32(0x7bff), 65504.0);
        assert_eq!(f16_to_f32(0x0001), 2f32.powi(-24));
        assert_eq!(f16_to_f32(0x03ff), 1023.0 * 2f32.powi(-24));
        assert_eq!(f16_to_f32(0x3555), 0.333_251_95);
        assert_eq!(f16_to_f32(0x7c00), f32::INFINITY);
        assert!(f16_to_f32(0x7e00).is_nan());
        assert_eq!(f16_to_f32(0x8000).to_bits(), (-0.0f32).to_bits());
    }

    #[test]
    fn tensors_are_read_by_rows_in_any_float_type() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("model.safetensors");
        let header = br#"{"__metadata__":{"format":"pt"},"a":{"dtype":"F16","shape":[3,2],"data_offsets":[0,12]},"b":{"dtype":"F32","shape":[2],"data_offsets":[12,20]},"c":{"dtype":"BF16","shape":[1],"data_offsets":[20,22]}}"#;
        let mut file = (header.len() as u64).to_le_bytes().to_vec();
        file.extend_from_slice(header);
        for h in [0x3c00u16, 0x4000, 0x4200, 0x4400, 0x4500, 0x4600] {
            file.extend_from_slice(&h.to_le_bytes());
        }
        for f in [0.5f32, -1.5] {
            file.extend_from_slice(&f.to_le_bytes());
        }
        file.extend_from_slice(&0x4040u16.to_le_bytes());
        std::fs::write(&path, &file).unwrap();
        let mut st = SafeTensors::open(&path).unwrap();
        let a = st.tensor("a", &[3, 2]).unwrap();
        let mut rows = Vec::new();
        st.read_rows(&a, 1, 2, &mut rows).unwrap();
        assert_eq!(rows, [3.0, 4.0, 5.0, 6.0]);
        assert_eq!(st.read("b", &[2]).unwrap(), [0.5, -1.5]);
        assert_eq!(st.read("c", &[1]).unwrap(), [3.0]);
        let e = st.read("b", &[3]).unwrap_err().to_string();
        assert!(
            e.contains("model.safetensors") && e.contains("shape"),
            "{e}"
        );
        let e = st.read("d", &[1]).unwrap_err().to_string();
        assert!(e.contains("tensor d is missing"), "{e}");
    }
}
