#!/usr/bin/python3
"""Seed corpora for the fuzz targets in tests/fuzz, from the test fixtures.

    make_fuzz_seeds.py OUTDIR

OUTDIR/pytorch:     the torch.save fixtures of make_checkpoints.py, their
                    data.pkl pickles on their own, and the hostile corpus of
                    make_malicious.py (without its 400 MB zip bomb)
OUTDIR/safetensors: the same tensors written as .safetensors
OUTDIR/ncnn:        small .param/.bin pairs packed as "<param>\\0<bin>"
Runs with Debian's /usr/bin/python3 (python3-torch).
"""
import json
import os
import shutil
import struct
import subprocess
import sys
import tempfile
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))


def safetensors_bytes(tensors, metadata=None):
    """tensors: name -> (manifest entry, contiguous bytes)"""
    header, data = {}, b""
    for name, (info, raw) in tensors.items():
        header[name] = {"dtype": info["dtype"], "shape": info["shape"],
                        "data_offsets": [len(data), len(data) + len(raw)]}
        data += raw
    if metadata:
        header["__metadata__"] = metadata
    text = json.dumps(header, separators=(",", ":")).encode()
    text += b" " * (-len(text) % 8)
    return struct.pack("<Q", len(text)) + text + data


def ncnn_pairs():
    conv = ("7767517\n5 6\nInput in 0 1 data\n"
            "Convolution conv0 1 1 data c0 0=2 1=3 4=1 5=1 6=36 9=2 -23310=1,2.000000e-01\n"
            "PReLU prelu0 1 1 c0 p0 0=2\nSplit split 1 2 p0 s0 s1\nBinaryOp add 2 1 s0 s1 out 0=0\n")
    conv_bin = struct.pack("<I", 0x01306B47) + struct.pack("<36e", *range(36)) + struct.pack("<4f", .5, -.5, .25, .125)
    tags = ("7767517\n5 5\nInput in 0 1 d\nConvolution a 1 1 d a 0=2 1=1 6=2\n"
            "Convolution b 1 1 a b 0=2 1=1 6=2\nConvolution c 1 1 b c 0=2 1=1 6=2\n"
            "Convolution e 1 1 c e 0=2 1=1 6=2\n")
    tags_bin = (struct.pack("<I2f", 0, 1.5, -1.5) + struct.pack("<I", 0x000D4B38) + b"\x05\xfb\x00\x00"
                + struct.pack("<I2f", 0x0002C056, 3, 4) + struct.pack("<I", 0x101)
                + struct.pack("<256f", *[i * .5 for i in range(256)]) + b"\x02\x09\x00\x00")
    layers = ("7767517\n6 6\nInput in 0 1 d\nInnerProduct fc 1 1 d f 0=3 1=1 2=6\nBatchNorm bn 1 1 f b 0=3\n"
              "Scale sc 1 1 b s 0=3 1=1\nConvolutionDepthWise dw 1 1 s w 0=4 1=3 5=0 6=36 7=4\n"
              "Interp up 1 1 w u 0=1 1=2.0 2=2.0\n")
    layers_bin = struct.pack("<I", 0) + bytes(36) + bytes(48 + 24) + struct.pack("<I", 0) + bytes(144)
    return {"conv_prelu": (conv, conv_bin), "storage_tags": (tags, tags_bin), "other_layers": (layers, layers_bin)}


def main():
    out = sys.argv[1]
    for kind in ("pytorch", "safetensors", "ncnn"):
        os.makedirs(os.path.join(out, kind), exist_ok=True)
    with tempfile.TemporaryDirectory() as work:
        subprocess.run([sys.executable, os.path.join(HERE, "make_checkpoints.py"), work], check=True)
        subprocess.run([sys.executable, os.path.join(HERE, "make_malicious.py"), os.path.join(work, "hostile"),
                        os.path.join(work, "CANARY"), "--no-zip-bomb"], check=True, stdout=subprocess.DEVNULL)
        with open(os.path.join(work, "manifest.json")) as f:
            manifest = json.load(f)
        for name in sorted(os.listdir(work)):
            path = os.path.join(work, name)
            if not name.endswith((".pth", ".ckpt")):
                continue
            shutil.copy(path, os.path.join(out, "pytorch", name))
            if zipfile.is_zipfile(path):
                with zipfile.ZipFile(path) as z:
                    pickle = next(n for n in z.namelist() if n.endswith("/data.pkl"))
                    with open(os.path.join(out, "pytorch", name + ".data.pkl"), "wb") as f:
                        f.write(z.read(pickle))
            tensors = {t["name"]: (t, open(os.path.join(work, t["bytes"]), "rb").read())
                       for t in manifest[name]["tensors"]}
            with open(os.path.join(out, "safetensors", name + ".safetensors"), "wb") as f:
                f.write(safetensors_bytes(tensors, {"source": name}))
        hostile = os.path.join(work, "hostile")
        for name in sorted(os.listdir(hostile)):
            if name != "zip_bomb.pth" and name != "manifest.json":
                shutil.copy(os.path.join(hostile, name), os.path.join(out, "pytorch", "hostile_" + name))
    for name, (param, binary) in ncnn_pairs().items():
        with open(os.path.join(out, "ncnn", name), "wb") as f:
            f.write(param.encode() + b"\0" + binary)


if __name__ == "__main__":
    main()
