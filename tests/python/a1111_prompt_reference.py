"""Independent reference for the prompt weighting and chunking tests
(tests/diffusion/tst_prompt_chunker): AUTOMATIC1111's parse_prompt_attention
and tokenize_line semantics, written from their description, over the CLIP
reference tokenizer in clip_reference.py.

Usage: a1111_prompt_reference.py  < {"vocab": PATH, "pad": ID, "backtrack": N, "prompts": [...]}
Prints JSON: one entry per prompt, {"runs": [[text, weight], ...],
"chunks": [{"ids": [...], "multipliers": [...]}, ...], "token_count": N}
or {"error": "..."} when a weight is not a number.
"""
import json
import re
import sys

import clip_reference

ATTENTION = re.compile(r"""
\\\(|\\\)|\\\[|\\]|\\\\|\\|\(|\[|:\s*([+-]?[.\d]+)\s*\)|\)|]|[^\\()\[\]:]+|:
""".strip(), re.X)
BREAK = re.compile(r"\s*\bBREAK\b\s*", re.S)
CHUNK = 75


def parse_attention(text):
    runs = []
    round_open, square_open = [], []

    def scale_from(start, factor):
        for run in runs[start:]:
            run[1] *= factor

    for match in ATTENTION.finditer(text):
        piece, weight = match.group(0), match.group(1)
        if piece.startswith("\\"):
            runs.append([piece[1:], 1.0])
        elif piece == "(":
            round_open.append(len(runs))
        elif piece == "[":
            square_open.append(len(runs))
        elif weight is not None and round_open:
            scale_from(round_open.pop(), float(weight))
        elif piece == ")" and round_open:
            scale_from(round_open.pop(), 1.1)
        elif piece == "]" and square_open:
            scale_from(square_open.pop(), 1 / 1.1)
        else:
            for i, part in enumerate(BREAK.split(piece)):
                if i > 0:
                    runs.append(["BREAK", -1])
                runs.append([part, 1.0])
    for start in round_open:
        scale_from(start, 1.1)
    for start in square_open:
        scale_from(start, 1 / 1.1)
    if not runs:
        runs = [["", 1.0]]
    merged = [runs[0]]
    for run in runs[1:]:
        if run[1] == merged[-1][1]:
            merged[-1][0] += run[0]
        else:
            merged.append(run)
    return merged


def chunk_prompt(tokenizer, runs, pad, backtrack):
    bos = tokenizer.encoder["<|startoftext|>"]
    eos = tokenizer.encoder["<|endoftext|>"]
    comma = tokenizer.encoder.get(",</w>")
    chunks = []
    state = {"tokens": [], "mults": [], "count": 0, "comma": -1}

    def close(last=False):
        tokens, mults = state["tokens"], state["mults"]
        state["count"] += len(tokens) if last else CHUNK
        fill = CHUNK - len(tokens)
        if fill > 0:
            tokens = tokens + [eos] * fill
            mults = mults + [1.0] * fill
        chunks.append({"ids": [bos] + tokens + [eos], "multipliers": [1.0] + mults + [1.0]})
        state.update(tokens=[], mults=[], comma=-1)

    for text, weight in runs:
        if text == "BREAK" and weight == -1:
            close()
            continue
        for token in tokenizer.encode(text):
            if token == comma:
                state["comma"] = len(state["tokens"])
            elif (backtrack != 0 and len(state["tokens"]) == CHUNK and state["comma"] != -1
                  and len(state["tokens"]) - state["comma"] <= backtrack):
                cut = state["comma"] + 1
                moved = state["tokens"][cut:], state["mults"][cut:]
                state["tokens"], state["mults"] = state["tokens"][:cut], state["mults"][:cut]
                close()
                state["tokens"], state["mults"] = list(moved[0]), list(moved[1])
            if len(state["tokens"]) == CHUNK:
                close()
            state["tokens"].append(token)
            state["mults"].append(weight)
    if state["tokens"] or not chunks:
        close(last=True)
    if pad != eos:
        for chunk in chunks:
            first = chunk["ids"].index(eos)
            chunk["ids"][first + 1:] = [pad] * (len(chunk["ids"]) - first - 1)
    return chunks, state["count"]


def main():
    spec = json.loads(sys.stdin.read())
    tokenizer = clip_reference.Tokenizer(spec["vocab"])
    out = []
    for prompt in spec["prompts"]:
        try:
            runs = parse_attention(prompt)
        except ValueError as error:
            out.append({"error": str(error)})
            continue
        chunks, count = chunk_prompt(tokenizer, runs, spec["pad"], spec["backtrack"])
        out.append({"runs": runs, "chunks": chunks, "token_count": count})
    json.dump(out, sys.stdout)


if __name__ == "__main__":
    main()
