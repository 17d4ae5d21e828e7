"""Fixtures for the GFPGAN tests, from our independent reference (gfpgan_reference.py).

usage:
  make_gfpgan_fixtures.py inventory OUT_DIR
      OUT_DIR/inventory.json: [[name, shape], ...] of GFPGANv1.4.pth's params_ema
      (out_size 512, num_style_feat 512, channel_multiplier 2, narrow 1, sft_half)
  make_gfpgan_fixtures.py checkpoint OUT_DIR [--forward]
      OUT_DIR/gfpgan_random.pth: torch.save({"params_ema": random weights}) with that
      inventory; with --forward also input.bin / output.bin (float32, [1, 3, 512, 512])
  make_gfpgan_fixtures.py reduced OUT_DIR
      OUT_DIR/<case>/{weights.json, weights.bin, input.bin, output.bin, case.json}
      for small configurations (the raw layout of tests/support/raw_tensor_fixture.h)
  make_gfpgan_fixtures.py all OUT_DIR
      inventory, reduced and checkpoint --forward in one run (OUT_DIR, OUT_DIR/reduced,
      OUT_DIR/checkpoint)
  make_gfpgan_fixtures.py model-files OUT_DIR
      files a model folder may hold: gfpgan_small.pth (a small clean GFPGAN, params_ema),
      gfpgan_v1_original.pth (names of GFPGAN v1's original layout, not loadable) and
      face_detection_yunet_2022mar.onnx / other.onnx (real ONNX files of a tiny network:
      YuNet by name only)
  make_gfpgan_fixtures.py bench REPEATS
      prints the median seconds of one full-size forward pass of the reference
"""
import json
import os
import statistics
import sys
import time

import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gfpgan_reference as ref  # noqa: E402

FULL = dict(out_size=512, num_style_feat=512, channel_multiplier=2, different_w=True, narrow=1,
            sft_half=True)
REDUCED = {
    "s64_sft_half": dict(out_size=64, num_style_feat=32, channel_multiplier=2, different_w=True,
                         narrow=0.0625, sft_half=True),
    "s32_full_sft_single_w": dict(out_size=32, num_style_feat=16, channel_multiplier=1,
                                  different_w=False, narrow=0.03125, sft_half=False),
}


def write_raw(d, model, x):
    os.makedirs(d, exist_ok=True)
    index, blobs, offset = {}, [], 0
    for k, v in model.state_dict().items():
        v = v.detach().float().contiguous()
        index[k] = {"shape": list(v.shape), "offset": offset}
        blobs.append(v.numpy().tobytes())
        offset += v.numel()
    with open(os.path.join(d, "weights.json"), "w") as f:
        json.dump(index, f)
    with open(os.path.join(d, "weights.bin"), "wb") as f:
        f.write(b"".join(blobs))
    with torch.no_grad():
        y = model.eval()(x)
    x.numpy().astype("<f4").tofile(os.path.join(d, "input.bin"))
    y.numpy().astype("<f4").tofile(os.path.join(d, "output.bin"))
    return y


def main():
    mode, target = sys.argv[1], sys.argv[2]
    torch.set_num_threads(max(1, int(os.environ.get("OMP_NUM_THREADS", "2"))))
    if mode == "all":
        run("inventory", target)
        run("reduced", os.path.join(target, "reduced"))
        run("checkpoint", os.path.join(target, "checkpoint"), forward=True)
    else:
        run(mode, target, forward="--forward" in sys.argv)


def run(mode, target, forward=False):
    if mode == "inventory":
        model = ref.GFPGANv1Clean(**FULL)
        inv = [[k, list(v.shape)] for k, v in model.state_dict().items()]
        os.makedirs(target, exist_ok=True)
        with open(os.path.join(target, "inventory.json"), "w") as f:
            json.dump(inv, f)
    elif mode == "checkpoint":
        model = ref.randomize(ref.GFPGANv1Clean(**FULL), 7)
        os.makedirs(target, exist_ok=True)
        state = {k: v.detach().contiguous() for k, v in model.state_dict().items()}
        torch.save({"params_ema": state}, os.path.join(target, "gfpgan_random.pth"))
        if forward:
            x = torch.rand(1, 3, 512, 512, generator=torch.Generator().manual_seed(11)) * 2 - 1
            with torch.no_grad():
                y = model.eval()(x)
            x.numpy().astype("<f4").tofile(os.path.join(target, "input.bin"))
            y.numpy().astype("<f4").tofile(os.path.join(target, "output.bin"))
    elif mode == "reduced":
        for i, (name, cfg) in enumerate(REDUCED.items()):
            model = ref.randomize(ref.GFPGANv1Clean(**cfg), 100 + i)
            s = cfg["out_size"]
            x = torch.rand(2, 3, s, s, generator=torch.Generator().manual_seed(200 + i)) * 2 - 1
            y = write_raw(os.path.join(target, name), model, x)
            with open(os.path.join(target, name, "case.json"), "w") as f:
                json.dump({"config": cfg, "input": list(x.shape), "output": list(y.shape)}, f)
    elif mode == "model-files":
        os.makedirs(target, exist_ok=True)
        model = ref.randomize(ref.GFPGANv1Clean(**REDUCED["s64_sft_half"]), 5)
        state = {k: v.detach().contiguous() for k, v in model.state_dict().items()}
        torch.save({"params_ema": state}, os.path.join(target, "gfpgan_small.pth"))
        rand = torch.rand
        torch.save({"params_ema": {
            "conv_body_first.0.weight": rand(32, 3, 1, 1),
            "conv_body_first.1.bias": rand(32),
            "conv_body_down.0.conv1.0.weight": rand(32, 32, 3, 3),
            "stylegan_decoder.constant_input.weight": rand(1, 512, 4, 4),
        }}, os.path.join(target, "gfpgan_v1_original.pth"))
        for name in ("face_detection_yunet_2022mar.onnx", "other.onnx"):
            torch.onnx.export(torch.nn.Conv2d(3, 4, 3), torch.zeros(1, 3, 8, 8),
                              os.path.join(target, name))
    elif mode == "bench":
        model = ref.randomize(ref.GFPGANv1Clean(**FULL), 7).eval()
        x = torch.rand(1, 3, 512, 512) * 2 - 1
        times = []
        with torch.no_grad():
            model(x)  # warm-up
            for _ in range(int(target)):
                t = time.perf_counter()
                model(x)
                times.append(time.perf_counter() - t)
        print(statistics.median(times))
    else:
        raise SystemExit("unknown mode " + mode)


if __name__ == "__main__":
    main()
