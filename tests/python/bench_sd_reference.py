"""PyTorch eager side of tests/bench/bench_sd_networks.cpp: the reference
networks of sd_reference.py at full size, filled with the same deterministic
weights as the C++ side, timed on the same inputs with the same thread count.

usage: bench_sd_reference.py MODEL(sd15|sdxl) DIR THREADS WARMUP
DIR holds inputs/ (x, t, context, y, z) and ours/ (our outputs) as raw float32
(weights.json + weights.bin); prints one JSON line with the measurements.
"""
import json
import math
import os
import sys
import time

import numpy as np
import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import sd_reference as ref  # noqa: E402


def read_raw(d):
    with open(os.path.join(d, "weights.json")) as f:
        index = json.load(f)
    data = np.fromfile(os.path.join(d, "weights.bin"), dtype="<f4")
    out = {}
    for k, e in index.items():
        n = int(np.prod(e["shape"])) if e["shape"] else 1
        out[k] = torch.from_numpy(data[e["offset"]:e["offset"] + n].copy()).reshape(e["shape"])
    return out


def fill_deterministic(model):
    """The rule of the C++ side: sorted names; 1-D weights 1, biases 0; other
    tensors N(0, 1/fan_in) from a generator seeded with 1234 + index."""
    with torch.no_grad():
        for i, (name, p) in enumerate(sorted(model.named_parameters(), key=lambda kv: kv[0])):
            if p.dim() == 1:
                p.fill_(1.0 if name.endswith(".weight") else 0.0)
            else:
                g = torch.Generator().manual_seed(1234 + i)
                p.normal_(0.0, 1.0 / math.sqrt(p[0].numel()), generator=g)


def reset_peak():
    with open("/proc/self/clear_refs", "w") as f:
        f.write("5")


def peak_mb():
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024.0
    return 0.0


def count_flops(model):
    counter = [0]

    def conv_hook(m, inp, out):
        counter[0] += 2 * out.numel() * (m.in_channels // m.groups) * m.kernel_size[0] * m.kernel_size[1]

    def linear_hook(m, inp, out):
        counter[0] += 2 * out.numel() * m.in_features

    handles = []
    for m in model.modules():
        if isinstance(m, torch.nn.Conv2d):
            handles.append(m.register_forward_hook(conv_hook))
        elif isinstance(m, torch.nn.Linear):
            handles.append(m.register_forward_hook(linear_hook))
    return counter, handles


def measure(model, run, warmup, ours):
    counter, handles = count_flops(model)
    ref.ATTENTION_FLOPS[0] = 0
    for _ in range(warmup):
        run()
    reset_peak()
    counter[0] = 0
    ref.ATTENTION_FLOPS[0] = 0
    start = time.perf_counter()
    out = run()
    seconds = time.perf_counter() - start
    for h in handles:
        h.remove()
    diff = ((out - ours).abs().max() / out.abs().max()).item()
    return {"s": seconds, "flops": counter[0] + ref.ATTENTION_FLOPS[0], "hwm_mb": peak_mb(), "rel_diff": diff}


def build(factory):
    with ref.meta_device():
        model = factory()
    model = model.to_empty(device="cpu")
    fill_deterministic(model)
    return model.eval()


def main():
    model_name, d, threads, warmup = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
    torch.set_num_threads(threads)
    inputs = read_raw(os.path.join(d, "inputs"))
    ours = read_raw(os.path.join(d, "ours"))
    result = {"threads": threads}
    with torch.inference_mode():
        start = time.perf_counter()
        unet = build(ref.sd15_unet if model_name == "sd15" else ref.sdxl_unet)
        result["unet_init_s"] = time.perf_counter() - start
        y = inputs.get("y")
        result["unet"] = measure(unet, lambda: unet(inputs["x"], inputs["t"], inputs["context"], y), warmup,
                                 ours["unet"])
        del unet
        scale = 0.18215 if model_name == "sd15" else 0.13025
        vae = build(lambda: ref.AutoencoderKL(scale=scale))
        result["vae"] = measure(vae, lambda: vae.decode(inputs["z"]), warmup, ours["vae"])
    print(json.dumps(result))


if __name__ == "__main__":
    main()
