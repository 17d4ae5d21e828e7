#!/usr/bin/env python3
"""Writes real model files the way their publishers do, for the loader and
model-library tests:

  upscalers/srvgg_x2.pth          torch.save({'params': state_dict}), zip format
  upscalers/rrdb_x4_legacy.pth    torch.save({'params_ema': ...}), legacy (non-zip) format
  refs/<name>/input.bin, output.bin, case.json   reference outputs (tests/python/realesrgan_reference.py)
  others/sd15_tiny.safetensors    keys of a Stable Diffusion 1.x checkpoint (tiny tensors)
  others/sdxl_tiny.safetensors    keys of an SDXL checkpoint
  others/gfpgan_tiny.pth          keys of a GFPGAN v1 clean model
  others/unrelated.pth            a state dict of no known architecture

usage: make_model_files.py OUTDIR
"""
import json
import os
import struct
import sys

import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import realesrgan_reference as ref  # noqa: E402


def write_reference(root, name, model, h, w, seed):
    d = os.path.join(root, "refs", name)
    os.makedirs(d, exist_ok=True)
    x = torch.rand(1, 3, h, w, generator=torch.Generator().manual_seed(seed))
    with torch.no_grad():
        y = model.eval()(x)
    x.numpy().astype("<f4").tofile(os.path.join(d, "input.bin"))
    y.numpy().astype("<f4").tofile(os.path.join(d, "output.bin"))
    with open(os.path.join(d, "case.json"), "w") as f:
        json.dump({"input": list(x.shape), "output": list(y.shape)}, f)


def write_safetensors(path, tensors):
    header, blobs, offset = {}, [], 0
    for name, t in tensors.items():
        data = t.contiguous().numpy().astype("<f4").tobytes()
        header[name] = {"dtype": "F32", "shape": list(t.shape), "data_offsets": [offset, offset + len(data)]}
        blobs.append(data)
        offset += len(data)
    text = json.dumps(header).encode()
    text += b" " * ((8 - len(text) % 8) % 8)
    with open(path, "wb") as f:
        f.write(struct.pack("<Q", len(text)) + text + b"".join(blobs))


def main():
    root = sys.argv[1]
    torch.set_num_threads(1)
    for sub in ("upscalers", "others"):
        os.makedirs(os.path.join(root, sub), exist_ok=True)
    srvgg = ref.randomize(ref.SRVGGNetCompact(nf=16, num_conv=2, upscale=2), 11)
    torch.save({"params": srvgg.state_dict()}, os.path.join(root, "upscalers", "srvgg_x2.pth"))
    write_reference(root, "srvgg_x2", srvgg, 9, 11, 12)
    rrdb = ref.randomize(ref.RRDBNet(scale=4, nf=16, nb=1, gc=8), 21)
    torch.save({"params_ema": rrdb.state_dict()}, os.path.join(root, "upscalers", "rrdb_x4_legacy.pth"),
               _use_new_zipfile_serialization=False)
    write_reference(root, "rrdb_x4_legacy", rrdb, 8, 6, 22)

    small = lambda *s: torch.rand(*s)  # noqa: E731
    write_safetensors(os.path.join(root, "others", "sd15_tiny.safetensors"), {
        "model.diffusion_model.input_blocks.0.0.weight": small(4, 4, 3, 3),
        "first_stage_model.decoder.conv_in.weight": small(4, 4, 3, 3),
        "cond_stage_model.transformer.text_model.embeddings.token_embedding.weight": small(8, 4),
    })
    write_safetensors(os.path.join(root, "others", "sdxl_tiny.safetensors"), {
        "model.diffusion_model.input_blocks.0.0.weight": small(4, 4, 3, 3),
        "conditioner.embedders.0.transformer.text_model.final_layer_norm.weight": small(4),
        "conditioner.embedders.1.model.ln_final.weight": small(4),
    })
    torch.save({"params_ema": {
        "conv_body_first.weight": small(4, 3, 1, 1),
        "stylegan_decoder.constant_input.weight": small(1, 4, 4, 4),
    }}, os.path.join(root, "others", "gfpgan_tiny.pth"))
    torch.save({"encoder.weight": small(4, 4), "decoder.bias": small(4)},
               os.path.join(root, "others", "unrelated.pth"))


if __name__ == "__main__":
    main()
