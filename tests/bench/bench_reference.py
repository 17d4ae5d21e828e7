"""PyTorch eager baseline for tests/bench/bench_upscale: times the
independent reference pipeline (realesrgan_reference.enhance_array, i.e.
RealESRGANer semantics in plain PyTorch, NCHW as Real-ESRGAN runs it) on the
same pixels, weights, tile size and thread count as our run.

usage: bench_reference.py MODEL.pth ARCH INPUT.raw HEIGHT WIDTH TILE THREADS REPEATS
  ARCH: x4plus | x4fast; INPUT.raw: uint8 BGR rows x columns x 3
prints one JSON line: {"seconds": [...]} (each repeat, model load excluded)
"""
import json
import os
import sys
import time

import numpy as np
import torch

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "python"))
import realesrgan_reference as ref  # noqa: E402


def main():
    pth, arch, raw, h, w, tile, threads, repeats = sys.argv[1:9]
    torch.set_num_threads(int(threads))
    state = torch.load(pth)["params_ema"]
    if arch == "x4plus":
        model = ref.RRDBNet()
    else:
        model = ref.SRVGGNetCompact(num_conv=sum(1 for k in state if k.endswith(".bias")) - 2)
    model.load_state_dict(state)
    model.eval()
    img = np.fromfile(raw, np.uint8).reshape(int(h), int(w), 3)
    times = []
    with torch.inference_mode():
        for _ in range(int(repeats)):
            start = time.perf_counter()
            ref.enhance_array(model, 4, img, tile=int(tile), tile_pad=10, pre_pad=10)
            times.append(time.perf_counter() - start)
    print(json.dumps({"seconds": times}))


if __name__ == "__main__":
    main()
