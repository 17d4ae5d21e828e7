"""PyTorch eager side of tests/bench/bench_sd_networks.cpp: the reference
networks of sd_reference.py at full size, on the very bytes of the C++ side's
weights, timed on the same inputs with the same thread count.

usage: bench_sd_reference.py MODEL(sd15|sdxl) DIR THREADS
DIR holds unet/ and vae/ (the weights, memory-mapped shared: one copy in RAM
for both processes), inputs/ (x, t, context, y, z) and ours/ (our outputs),
each as raw float32 (weights.json + weights.bin).

A server, so that the C++ side can interleave its runs with ours under a
changing machine load: prints {"ready": ...} once the networks are built, then
answers each line on stdin ("unet" or "vae") by running that network once and
printing one JSON line {"s", "hwm_mb", "flops", "rel_diff"}; stops at EOF.
"""
import json
import os
import sys
import time

import numpy as np
import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import sd_reference as ref  # noqa: E402


def read_index(d):
    with open(os.path.join(d, "weights.json")) as f:
        return json.load(f)


def read_raw(d):
    data = np.fromfile(os.path.join(d, "weights.bin"), dtype="<f4")
    out = {}
    for k, e in read_index(d).items():
        n = int(np.prod(e["shape"])) if e["shape"] else 1
        out[k] = torch.from_numpy(data[e["offset"]:e["offset"] + n].copy()).reshape(e["shape"])
    return out


def map_weights(model, d):
    """Replaces every (meta) parameter with a view of the shared mapping of d."""
    index = read_index(d)
    total = os.path.getsize(os.path.join(d, "weights.bin")) // 4
    blob = torch.from_file(os.path.join(d, "weights.bin"), shared=True, size=total, dtype=torch.float32)
    names = dict(model.named_parameters())
    if set(names) != set(index):
        raise SystemExit("weights do not match the reference: %s" % sorted(set(names) ^ set(index))[:5])
    for name, e in index.items():
        n = int(np.prod(e["shape"])) if e["shape"] else 1
        owner_name, _, leaf = name.rpartition(".")
        owner = model.get_submodule(owner_name) if owner_name else model
        view = blob[e["offset"]:e["offset"] + n].view(e["shape"])
        setattr(owner, leaf, torch.nn.Parameter(view, requires_grad=False))
    return model.eval()


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
    """Multiply-adds x 2 of every convolution and linear layer, from their
    output sizes, plus the attention products sd_reference counts."""
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


def measure(model, run, ours):
    counter, handles = count_flops(model)
    ref.ATTENTION_FLOPS[0] = 0
    reset_peak()
    start = time.perf_counter()
    out = run()
    seconds = time.perf_counter() - start
    for h in handles:
        h.remove()
    diff = ((out - ours).abs().max() / out.abs().max()).item()
    return {"s": seconds, "flops": counter[0] + ref.ATTENTION_FLOPS[0], "hwm_mb": peak_mb(), "rel_diff": diff}


def main():
    model_name, d, threads = sys.argv[1], sys.argv[2], int(sys.argv[3])
    torch.set_num_threads(threads)
    inputs = read_raw(os.path.join(d, "inputs"))
    scale = 0.18215 if model_name == "sd15" else 0.13025
    with torch.inference_mode():
        with ref.meta_device():
            unet = ref.sd15_unet() if model_name == "sd15" else ref.sdxl_unet()
            vae = ref.AutoencoderKL(scale=scale)
        map_weights(unet, os.path.join(d, "unet"))
        map_weights(vae, os.path.join(d, "vae"))
        print(json.dumps({"ready": True, "threads": torch.get_num_threads()}), flush=True)
        y = inputs.get("y")
        runs = {
            "unet": (unet, lambda: unet(inputs["x"], inputs["t"], inputs["context"], y)),
            "vae": (vae, lambda: vae.decode(inputs["z"])),
        }
        for line in sys.stdin:
            what = line.strip()
            if what not in runs:
                continue
            model, run = runs[what]
            ours = read_raw(os.path.join(d, "ours"))[what]
            print(json.dumps(measure(model, run, ours)), flush=True)


if __name__ == "__main__":
    main()
