#!/usr/bin/python3
"""Writes PyTorch checkpoint fixtures with the real torch.save, for
tests/weights/tst_pytorch_checkpoint.cpp and the fuzz seed corpus.

    make_checkpoints.py OUTDIR

For every fixture OUTDIR/<name> it also writes, per tensor, the bytes of
t.contiguous() (bit-exact, no conversion) to OUTDIR/<name>.tensors/<i>.bin
and describes everything in OUTDIR/manifest.json:
  {"<file>": {"format": "pytorch-zip", "wrapper_key": "params_ema",
              "stripped_prefix": "", "skipped_entries": 0,
              "tensors": [{"name", "dtype", "shape", "bytes", "shares_with"}]}}
Runs with Debian's /usr/bin/python3 (python3-torch).
"""
import collections
import io
import json
import os
import sys
import types
import zipfile

import numpy as np
import torch

DTYPE_NAMES = {
    torch.float32: "F32", torch.float16: "F16", torch.bfloat16: "BF16", torch.float64: "F64",
    torch.int64: "I64", torch.int32: "I32", torch.int16: "I16", torch.int8: "I8",
    torch.uint8: "U8", torch.bool: "BOOL",
}


def raw_bytes(t):
    t = t.detach().contiguous()
    if t.dtype == torch.bfloat16:
        t = t.view(torch.int16)
    return t.numpy().tobytes()


class SmallNet(torch.nn.Module):
    """conv + batch norm (with an int64 buffer) + linear, like real SR nets."""

    def __init__(self):
        super().__init__()
        self.conv_first = torch.nn.Conv2d(3, 4, 3, padding=1)
        self.bn = torch.nn.BatchNorm2d(4)
        self.head = torch.nn.Linear(4, 2)


class CompactNet(torch.nn.Module):
    """SRVGGNetCompact's layout (realesr-general-x4v3), shrunk: body.N conv/PReLU."""

    def __init__(self, feat=8, convs=1, scale=4):
        super().__init__()
        body = [torch.nn.Conv2d(3, feat, 3, padding=1), torch.nn.PReLU(feat)]
        for _ in range(convs):
            body += [torch.nn.Conv2d(feat, feat, 3, padding=1), torch.nn.PReLU(feat)]
        body.append(torch.nn.Conv2d(feat, 3 * scale * scale, 3, padding=1))
        self.body = torch.nn.ModuleList(body)


def small_state_dict(seed, dtype=torch.float32):
    torch.manual_seed(seed)
    net = SmallNet()
    with torch.no_grad():
        net.bn.running_mean.uniform_(-1, 1)
        net.bn.running_var.uniform_(0.5, 2)
        net.bn.num_batches_tracked.fill_(seed + 7)
    if dtype != torch.float32:
        net = net.to(dtype)
    return net.state_dict()


def views_dict():
    base = torch.arange(64, dtype=torch.float32).reshape(8, 8) * 0.5 - 3.25
    return collections.OrderedDict([
        ("base", base),
        ("row", base[2]),                 # storage offset 16
        ("transposed", base.t()),         # strides (1, 8)
        ("window", base[1:5, 2:7]),       # offset 10, strides (8, 1)
        ("strided", base[::2, ::3]),      # strides (16, 3)
        ("position_ids", torch.arange(5).expand((1, -1))),  # stride 0, as CLIP saves it
        ("scalar", torch.tensor(2.5, dtype=torch.float64)),
        ("empty", torch.zeros(0, 3)),
    ])


def integer_dict():
    g = torch.Generator().manual_seed(3)
    return collections.OrderedDict([
        ("i8", torch.randint(-128, 127, (5,), dtype=torch.int8, generator=g)),
        ("u8", torch.randint(0, 255, (2, 3), dtype=torch.uint8, generator=g)),
        ("i16", torch.randint(-30000, 30000, (4,), dtype=torch.int16, generator=g)),
        ("i32", torch.randint(-2**31, 2**31 - 1, (3,), dtype=torch.int32, generator=g)),
        ("i64", torch.tensor([-2**62, 5, 2**62 + 3])),
        ("bool", torch.tensor([True, False, True])),
        ("f64", torch.randn(3, dtype=torch.float64, generator=g)),
    ])


def fake_lightning_callback():
    """An instance whose class claims to be Lightning's ModelCheckpoint, so the
    pickle names that global exactly as SD .ckpt files do."""
    name = "pytorch_lightning.callbacks.model_checkpoint"
    for part in ["pytorch_lightning", "pytorch_lightning.callbacks", name]:
        sys.modules.setdefault(part, types.ModuleType(part))
    module = sys.modules[name]

    class ModelCheckpoint:
        def __init__(self):
            self.monitor = "val/loss"
            self.save_top_k = 1

    ModelCheckpoint.__module__ = name
    ModelCheckpoint.__qualname__ = "ModelCheckpoint"
    module.ModelCheckpoint = ModelCheckpoint
    return ModelCheckpoint()


def rezip_deflated(source, target):
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zout.writestr(info.filename, zin.read(info.filename))


def describe(obj):
    """The tensors a reader must find in obj, and how they share storage."""
    tensors = []
    first_by_storage = {}
    for name, t in obj.items():
        if not isinstance(t, torch.Tensor):
            continue
        key = t.storage().data_ptr()
        tensors.append({"name": name, "tensor": t, "shares_with": first_by_storage.get(key, "")})
        first_by_storage.setdefault(key, name)
    return tensors


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    manifest = {}

    def save(file, obj, tensors_of, wrapper="", prefix="", skipped=0, legacy=False, protocol=2, after=None):
        path = os.path.join(out, file)
        torch.save(obj, path, _use_new_zipfile_serialization=not legacy, pickle_protocol=protocol)
        if after:
            after(path)
        folder = path + ".tensors"
        os.makedirs(folder, exist_ok=True)
        entries = []
        for i, item in enumerate(describe(tensors_of)):
            t = item["tensor"]
            name = item["name"][len(prefix):]
            with open(os.path.join(folder, "%d.bin" % i), "wb") as f:
                f.write(raw_bytes(t))
            entries.append({"name": name, "dtype": DTYPE_NAMES[t.dtype], "shape": list(t.shape),
                            "bytes": os.path.join(file + ".tensors", "%d.bin" % i),
                            "shares_with": item["shares_with"][len(prefix):] if item["shares_with"] else ""})
        manifest[file] = {"format": "pytorch-legacy" if legacy else "pytorch-zip", "wrapper_key": wrapper,
                          "stripped_prefix": prefix, "skipped_entries": skipped, "tensors": entries}

    fp32 = small_state_dict(1)
    save("fp32.pth", fp32, fp32)
    fp16 = small_state_dict(2, torch.float16)
    save("fp16.pth", fp16, fp16)
    bf16 = small_state_dict(3, torch.bfloat16)
    save("bf16.pth", bf16, bf16)
    ema, params = small_state_dict(4), small_state_dict(5)
    save("params_ema.pth", {"params_ema": ema, "params": params}, ema, wrapper="params_ema")
    save("params.pth", {"params": params}, params, wrapper="params")
    views = views_dict()
    save("views.pth", views, views)
    save("views_legacy.pth", views, views, legacy=True)
    save("fp16_legacy.pth", fp16, fp16, legacy=True)
    save("integers.pth", integer_dict(), integer_dict())
    module = collections.OrderedDict(("module." + k, v) for k, v in small_state_dict(6).items())
    save("module_prefix.pth", module, module, prefix="module.")
    extras = collections.OrderedDict([("conv.weight", torch.randn(2, 2)), ("epoch", 3), ("note", "best")])
    save("extras.pth", extras, extras, skipped=2)
    weight = torch.nn.Parameter(torch.randn(3, 3))
    save("parameter.pth", {"w": weight}, {"w": weight})
    # An SD-style .ckpt: Lightning wrapper, numpy scalars, a callback object.
    sd = collections.OrderedDict([("model.diffusion_model.input_blocks.0.0.weight", torch.randn(4, 4, 3, 3)),
                                  ("first_stage_model.decoder.conv_in.bias", torch.randn(4).half())])
    ckpt = {"state_dict": sd, "global_step": np.int64(470000), "epoch": 6, "loss": np.float64(0.125),
            "callbacks": {"ModelCheckpoint": fake_lightning_callback()}}
    save("lightning.ckpt", ckpt, sd, wrapper="state_dict")
    # A training checkpoint: the weights under "model", Adam state next to them.
    torch.manual_seed(8)
    net = SmallNet()
    optimizer = torch.optim.Adam(net.parameters())
    net.head(torch.randn(1, 4)).sum().backward()
    optimizer.step()
    save("training.pth", {"model": net.state_dict(), "optimizer": optimizer.state_dict(), "iteration": 1},
         net.state_dict(), wrapper="model")
    save("protocol4.pth", fp32, fp32, protocol=4)
    torch.manual_seed(10)
    compact = CompactNet().state_dict()
    save("srvgg_x4.pth", {"params": compact}, compact, wrapper="params")
    deflated = small_state_dict(9)
    save("deflated.pth", deflated, deflated,
         after=lambda p: (rezip_deflated(p, p + ".tmp"), os.replace(p + ".tmp", p)))

    with open(os.path.join(out, "manifest.json"), "w") as f:
        json.dump(manifest, f, indent=1)


if __name__ == "__main__":
    main()
