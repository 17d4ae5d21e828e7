"""Independent reference for the CLIP tokenizer tests (tests/diffusion/tst_clip_tokenizer).

A plain Python implementation of openai/CLIP's simple_tokenizer algorithm as
published (byte->unicode map, cleaning, the `regex` split pattern, BPE merges by
rank, id derivation), written from its description. ftfy is not available
here, so fix_text() below applies the same character-level subset of ftfy that
the C++ side documents (ligatures, width forms, curly quotes, control
characters, NFC); everything after it is the published algorithm.

Usage:
  clip_reference.py make-vocab OUTDIR            (corpus on stdin)
  clip_reference.py encode PATH                  (JSON list of strings on stdin)
  clip_reference.py unescape                     (JSON list of strings on stdin)
PATH is a .txt/.txt.gz merges file (openai layout) or a folder with
vocab.json + merges.txt (transformers layout). encode prints JSON:
{"ids": [[...], ...], "clean": ["...", ...]}; unescape prints the JSON list of
html.unescape() results.
"""
import gzip
import html
import json
import os
import re
import sys
import unicodedata

import regex

MAX_MERGES = 49152 - 256 - 2
SPLIT = regex.compile(
    r"""<\|startoftext\|>|<\|endoftext\|>|'s|'t|'re|'ve|'m|'ll|'d|[\p{L}]+|[\p{N}]|[^\s\p{L}\p{N}]+""",
    regex.IGNORECASE)


def byte_symbols():
    """bytes_to_unicode(): printable bytes keep their character, the others
    get U+0100 onwards in increasing byte order. Returned in vocabulary order."""
    printable = (list(range(ord("!"), ord("~") + 1)) + list(range(0xA1, 0xAC + 1))
                 + list(range(0xAE, 0xFF + 1)))
    order = list(printable)
    chars = [chr(b) for b in printable]
    extra = 0
    for b in range(256):
        if b not in printable:
            order.append(b)
            chars.append(chr(256 + extra))
            extra += 1
    return order, chars


BYTE_ORDER, BYTE_CHARS = byte_symbols()
BYTE_TO_CHAR = dict(zip(BYTE_ORDER, BYTE_CHARS))


def fix_text(text):
    ligatures = {0x132: "IJ", 0x133: "ij", 0xFB00: "ff", 0xFB01: "fi", 0xFB02: "fl",
                 0xFB03: "ffi", 0xFB04: "ffl", 0xFB05: "\u017ft", 0xFB06: "st"}
    out = []
    for ch in text:
        c = ord(ch)
        removed = (c <= 0x08 or c == 0x0B or 0x0E <= c <= 0x1F or c == 0x7F
                   or 0x206A <= c <= 0x206F or c == 0xFEFF or 0xFFF9 <= c <= 0xFFFC
                   or 0x1D173 <= c <= 0x1D17A or 0xE0000 <= c <= 0xE007F)
        if removed:
            continue
        if c in ligatures:
            out.append(ligatures[c])
        elif c == 0x3000:
            out.append(" ")
        elif 0xFF01 <= c <= 0xFFEF:
            out.append(unicodedata.normalize("NFKC", ch))
        elif 0x2018 <= c <= 0x201B:
            out.append("'")
        elif 0x201C <= c <= 0x201F:
            out.append('"')
        else:
            out.append(ch)
    return unicodedata.normalize("NFC", "".join(out))


def clean(text):
    text = fix_text(text)
    text = html.unescape(html.unescape(text)).strip()
    text = re.sub(r"\s+", " ", text).strip()
    return text.lower()


def merge_pair(word, pair):
    """Every occurrence of `pair` in `word`, left to right, joined into one symbol."""
    merged, i = [], 0
    while i < len(word):
        if i + 1 < len(word) and (word[i], word[i + 1]) == pair:
            merged.append(word[i] + word[i + 1])
            i += 2
        else:
            merged.append(word[i])
            i += 1
    return merged


def split_merge_lines(lines):
    return [tuple(line.split()) for line in lines[1:MAX_MERGES + 1]]


class Tokenizer:
    def __init__(self, path):
        if os.path.isdir(path):
            with open(os.path.join(path, "vocab.json"), encoding="utf-8") as f:
                self.encoder = json.load(f)
            with open(os.path.join(path, "merges.txt"), encoding="utf-8") as f:
                merges = split_merge_lines(f.read().strip().split("\n"))
        else:
            raw = open(path, "rb").read()
            if raw[:2] == b"\x1f\x8b":
                raw = gzip.decompress(raw)
            merges = split_merge_lines(raw.decode("utf-8").split("\n"))
            vocab = list(BYTE_CHARS) + [c + "</w>" for c in BYTE_CHARS]
            vocab += ["".join(m) for m in merges]
            vocab += ["<|startoftext|>", "<|endoftext|>"]
            self.encoder = {token: i for i, token in enumerate(vocab)}
        self.ranks = {m: i for i, m in enumerate(merges)}
        self.cache = {}

    def bpe(self, token):
        if token in ("<|startoftext|>", "<|endoftext|>"):
            return [token]
        if token in self.cache:
            return self.cache[token]
        word = list(token[:-1]) + [token[-1] + "</w>"]
        while len(word) > 1:
            pairs = [(word[i], word[i + 1]) for i in range(len(word) - 1)]
            best = min(pairs, key=lambda p: self.ranks.get(p, float("inf")))
            if best not in self.ranks:
                break
            word = merge_pair(word, best)
        self.cache[token] = word
        return word

    def encode(self, text):
        ids = []
        for token in SPLIT.findall(clean(text)):
            symbols = "".join(BYTE_TO_CHAR[b] for b in token.encode("utf-8"))
            ids.extend(self.encoder[piece] for piece in self.bpe(symbols))
        return ids


def learn_merges(corpus, count):
    """A small BPE training run: repeatedly merge the most frequent pair
    (ties: the smallest pair), so the test vocabulary looks like a real one."""
    words = {}
    for token in SPLIT.findall(clean(corpus)):
        symbols = [BYTE_TO_CHAR[b] for b in token.encode("utf-8")]
        symbols[-1] += "</w>"
        key = tuple(symbols)
        words[key] = words.get(key, 0) + 1
    merges = []
    for _ in range(count):
        counts = {}
        for word, n in words.items():
            for pair in zip(word, word[1:]):
                counts[pair] = counts.get(pair, 0) + n
        if not counts:
            break
        best = min(counts, key=lambda p: (-counts[p], p))
        merges.append(best)
        joined = {}
        for word, n in words.items():
            out = tuple(merge_pair(word, best))
            joined[out] = joined.get(out, 0) + n
        words = joined
    return merges


def make_vocab(outdir, corpus):
    """Writes small/ (learned merges only, trailing newline), full.txt and
    full.txt.gz (learned merges padded with byte-pair merges to past the
    48,894 cap, so the specials land on 49406/49407), and hf/ (full size,
    transformers layout, ids permuted to prove they are read from vocab.json)."""
    learned = learn_merges(corpus, 400)
    header = "#version: 0.2 - Hires Studio test vocabulary"
    with open(os.path.join(outdir, "small.txt"), "w", encoding="utf-8") as f:
        f.write(header + "\n" + "".join(f"{a} {b}\n" for a, b in learned))

    seen = set(learned)
    filler = []
    targets = BYTE_CHARS + [c + "</w>" for c in BYTE_CHARS]
    for a in BYTE_CHARS:
        for b in targets:
            if len(learned) + len(filler) >= MAX_MERGES + 200:
                break
            if (a, b) not in seen:
                filler.append((a, b))
    merges = learned + filler
    text = header + "\n" + "\n".join(f"{a} {b}" for a, b in merges) + "\n"
    with open(os.path.join(outdir, "full.txt"), "w", encoding="utf-8") as f:
        f.write(text)
    with gzip.open(os.path.join(outdir, "full.txt.gz"), "wb") as f:
        f.write(text.encode("utf-8"))

    os.makedirs(os.path.join(outdir, "hf"), exist_ok=True)
    full = Tokenizer(os.path.join(outdir, "full.txt"))
    size = max(full.encoder.values()) + 1
    permuted = {token: (i * 7919) % size for token, i in full.encoder.items()}
    with open(os.path.join(outdir, "hf", "vocab.json"), "w", encoding="utf-8") as f:
        json.dump(permuted, f, ensure_ascii=False)
    with open(os.path.join(outdir, "hf", "merges.txt"), "w", encoding="utf-8") as f:
        f.write(text)


def main():
    if sys.argv[1] == "make-vocab":
        make_vocab(sys.argv[2], sys.stdin.read())
    elif sys.argv[1] == "encode":
        tokenizer = Tokenizer(sys.argv[2])
        texts = json.loads(sys.stdin.read())
        json.dump({"ids": [tokenizer.encode(t) for t in texts],
                   "clean": [clean(t) for t in texts]}, sys.stdout)
    elif sys.argv[1] == "unescape":
        json.dump([html.unescape(t) for t in json.loads(sys.stdin.read())], sys.stdout)
    else:
        sys.exit("unknown command " + sys.argv[1])


if __name__ == "__main__":
    main()
