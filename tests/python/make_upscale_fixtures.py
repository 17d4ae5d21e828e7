"""Writes small random-weight upscaling networks, an input and the reference
output computed by realesrgan_reference.py, in a raw form the C++ test reads:
  <dir>/<case>/weights.json  {"name": {"shape": [...], "offset": n}} (float32 elements)
  <dir>/<case>/weights.bin   float32 little-endian
  <dir>/<case>/input.bin, output.bin + shapes in case.json
usage: make_upscale_fixtures.py OUT_DIR
"""
import json
import os
import sys

import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import realesrgan_reference as ref  # noqa: E402


def rename(state, layout):
    if layout == "basicsr":
        return state
    out = {}
    for k, v in state.items():
        n = k
        if layout == "esrgan":
            n = n.replace("body.", "RRDB_trunk.", 1) if n.startswith("body.") else n
            n = n.replace(".rdb", ".RDB")
            n = {"conv_body": "trunk_conv", "conv_up1": "upconv1", "conv_up2": "upconv2",
                 "conv_hr": "HRconv"}.get(n.split(".")[0], n.split(".")[0]) + n[len(n.split(".")[0]):]
        elif layout == "esrgan-old-arch":
            nb = 1 + max(int(x.split(".")[1]) for x in state if x.startswith("body."))
            head, _, tail = n.partition(".")
            if head == "body":
                blk, rdb, conv, kind = tail.split(".")
                n = f"model.1.sub.{blk}.{rdb.upper()}.{conv}.0.{kind}"
            else:
                idx = {"conv_first": "model.0", "conv_body": f"model.1.sub.{nb}", "conv_up1": "model.3",
                       "conv_up2": "model.6", "conv_hr": "model.8", "conv_last": "model.10"}[head]
                n = f"{idx}.{tail}"
        out[n] = v
    return out


def write_case(root, name, model, layout, h, w, seed):
    torch.manual_seed(seed)
    d = os.path.join(root, name)
    os.makedirs(d, exist_ok=True)
    state = rename({k: v.detach().float().contiguous() for k, v in model.state_dict().items()}, layout)
    index, blobs, offset = {}, [], 0
    for k, v in state.items():
        index[k] = {"shape": list(v.shape), "offset": offset}
        blobs.append(v.numpy().tobytes())
        offset += v.numel()
    with open(os.path.join(d, "weights.json"), "w") as f:
        json.dump(index, f)
    with open(os.path.join(d, "weights.bin"), "wb") as f:
        f.write(b"".join(blobs))
    x = torch.rand(1, 3, h, w, generator=torch.Generator().manual_seed(seed + 1))
    with torch.no_grad():
        y = model.eval()(x)
    x.numpy().astype("<f4").tofile(os.path.join(d, "input.bin"))
    y.numpy().astype("<f4").tofile(os.path.join(d, "output.bin"))
    with open(os.path.join(d, "case.json"), "w") as f:
        json.dump({"input": list(x.shape), "output": list(y.shape)}, f)


def main():
    root = sys.argv[1]
    torch.set_num_threads(1)
    cases = [
        ("rrdb_x4", ref.RRDBNet(scale=4, nf=16, nb=2, gc=8), "basicsr", 12, 10),
        ("rrdb_x2", ref.RRDBNet(scale=2, nf=16, nb=2, gc=8), "basicsr", 12, 10),
        ("rrdb_x1", ref.RRDBNet(scale=1, nf=16, nb=1, gc=8), "basicsr", 12, 16),
        ("rrdb_x4_esrgan_names", ref.RRDBNet(scale=4, nf=16, nb=2, gc=8), "esrgan", 9, 7),
        ("rrdb_x4_old_arch", ref.RRDBNet(scale=4, nf=16, nb=3, gc=8), "esrgan-old-arch", 8, 8),
        ("srvgg_x4", ref.SRVGGNetCompact(nf=16, num_conv=4, upscale=4), "basicsr", 11, 13),
        ("srvgg_x2", ref.SRVGGNetCompact(nf=8, num_conv=2, upscale=2), "basicsr", 9, 9),
    ]
    for i, (name, model, layout, h, w) in enumerate(cases):
        write_case(root, name, ref.randomize(model, 100 + i), layout, h, w, 200 + i)


if __name__ == "__main__":
    main()
