"""Converts a real Real-ESRGAN ncnn model (.param + .bin, as shipped by
upscayl) into the PyTorch state dict of the same network, under BasicSR's
names, and writes it in three forms:

  OUT.pth          torch.save({"params_ema": state})  (the real torch.save)
  OUT.safetensors  written here byte by byte (the safetensors package is not
                   installed): u64 header size, JSON header padded with spaces
                   to 8 bytes, then the tensors back to back
  OUT.raw/         weights.json + weights.bin (float32), the raw fixture form
                   tests/support/raw_tensor_fixture.h reads

The mapping is by convolution order (reference-facts section 4): ncnn stores
each Convolution as a tagged weight buffer ([out][in][kh][kw], same as
PyTorch) then an untagged fp32 bias; each PReLU as untagged fp32 slopes.

usage: ncnn_to_pytorch.py MODEL.param OUT_PREFIX [--dtype float32|float16]
"""
import json
import os
import struct
import sys

import numpy as np
import torch

FP16_TAG = 0x01306B47


def parse_param(path):
    with open(path) as f:
        lines = [ln.split() for ln in f if ln.strip()]
    if lines[0] != ["7767517"]:
        raise ValueError(f"{path}: not an ncnn param file (magic)")
    layers = []
    for tok in lines[2:]:
        kind, name, n_in, n_out = tok[0], tok[1], int(tok[2]), int(tok[3])
        params = {}
        for kv in tok[4 + n_in + n_out:]:
            k, v = kv.split("=", 1)
            params[int(k)] = v
        layers.append((kind, name, params))
    return layers


def aligned(n):
    return (n + 3) // 4 * 4


def read_weights(layers, bin_path):
    data = open(bin_path, "rb").read()
    pos = 0
    convs, prelus = [], []

    def take_fp32(n):
        nonlocal pos
        arr = np.frombuffer(data, "<f4", n, pos).copy()
        pos += 4 * n
        return arr

    for kind, name, p in layers:
        if kind == "Convolution":
            out_ch, k = int(p[0]), int(p[1])
            size = int(p[6])
            tag = struct.unpack_from("<I", data, pos)[0]
            pos += 4
            if tag == FP16_TAG:
                w = np.frombuffer(data, "<f2", size, pos).astype(np.float32)
                pos += aligned(size * 2)
            elif tag == 0:
                w = take_fp32(size)
            else:
                raise ValueError(f"{name}: unsupported weight tag {tag:#x}")
            in_ch = size // (out_ch * k * k)
            bias = take_fp32(out_ch) if int(p.get(5, "0")) else np.zeros(out_ch, np.float32)
            convs.append((w.reshape(out_ch, in_ch, k, k), bias))
        elif kind == "PReLU":
            prelus.append(take_fp32(int(p[0])))
    if pos != len(data):
        raise ValueError(f"{bin_path}: {len(data) - pos} bytes left over")
    return convs, prelus


def to_state_dict(convs, prelus):
    state = {}
    if prelus:  # SRVGGNetCompact: body.{2i} convs, body.{2i+1} PReLU slopes
        for i, (w, b) in enumerate(convs):
            state[f"body.{2 * i}.weight"] = w
            state[f"body.{2 * i}.bias"] = b
            if i < len(prelus):
                state[f"body.{2 * i + 1}.weight"] = prelus[i]
        return state
    nb = (len(convs) - 6) // 15  # RRDBNet: first, 15 per block, body, up1, up2, hr, last
    names = ["conv_first"]
    names += [f"body.{i}.rdb{j}.conv{c}" for i in range(nb) for j in (1, 2, 3) for c in range(1, 6)]
    names += ["conv_body", "conv_up1", "conv_up2", "conv_hr", "conv_last"]
    assert len(names) == len(convs), (len(names), len(convs))
    for n, (w, b) in zip(names, convs):
        state[n + ".weight"] = w
        state[n + ".bias"] = b
    return state


def write_safetensors(path, state, dtype):
    header, blobs, offset = {}, [], 0
    code = {"float32": "F32", "float16": "F16"}[dtype]
    for k, v in state.items():
        raw = v.astype(dtype).tobytes()
        header[k] = {"dtype": code, "shape": list(v.shape), "data_offsets": [offset, offset + len(raw)]}
        blobs.append(raw)
        offset += len(raw)
    text = json.dumps(header, separators=(",", ":")).encode()
    text += b" " * ((8 - len(text) % 8) % 8)
    with open(path, "wb") as f:
        f.write(struct.pack("<Q", len(text)))
        f.write(text)
        f.write(b"".join(blobs))


def write_raw(folder, state):
    os.makedirs(folder, exist_ok=True)
    index, blobs, offset = {}, [], 0
    for k, v in state.items():
        index[k] = {"shape": list(v.shape), "offset": offset}
        blobs.append(v.astype("<f4").tobytes())
        offset += v.size
    with open(os.path.join(folder, "weights.json"), "w") as f:
        json.dump(index, f)
    with open(os.path.join(folder, "weights.bin"), "wb") as f:
        f.write(b"".join(blobs))


def load_ncnn_state(param_path):
    layers = parse_param(param_path)
    convs, prelus = read_weights(layers, param_path[: -len(".param")] + ".bin")
    return to_state_dict(convs, prelus)


def main():
    param, prefix = sys.argv[1], sys.argv[2]
    dtype = sys.argv[4] if len(sys.argv) > 4 and sys.argv[3] == "--dtype" else "float32"
    state = load_ncnn_state(param)
    tensors = {k: torch.from_numpy(v.astype(dtype)) for k, v in state.items()}
    torch.save({"params_ema": tensors}, prefix + ".pth")
    write_safetensors(prefix + ".safetensors", state, dtype)
    write_raw(prefix + ".raw", state)


if __name__ == "__main__":
    main()
