"""Writes the fixtures of tests/upscale/tst_neural_upscaler and the
benchmark: the real upscayl ncnn models converted to .pth (real torch.save),
.safetensors and raw float32, and reference outputs of realesrgan_reference's
enhance_array() on crops of real photos.

Each case is a folder <out>/<case>/ with input.raw and output.raw (the uint8
or uint16 pixels in OpenCV layout: rows, columns, channels BGR[A]) and
case.json (model, sizes, dtype, tile settings).

usage: make_upscale_references.py OUT_DIR TEST_DATA_DIR
"""
import json
import os
import sys

import numpy as np
import torch
from PIL import Image

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import ncnn_to_pytorch as conv  # noqa: E402
import realesrgan_reference as ref  # noqa: E402


def load_model(name, out):
    prefix = os.path.join(out, name)
    state = conv.load_ncnn_state(os.path.join(DATA, "upscayl", name + ".param"))
    tensors = {k: torch.from_numpy(v) for k, v in state.items()}
    torch.save({"params_ema": tensors}, prefix + ".pth")
    conv.write_safetensors(prefix + ".safetensors", state, "float32")
    conv.write_raw(prefix + ".raw", state)
    if name.endswith("x4plus"):
        model = ref.RRDBNet()
    else:
        model = ref.SRVGGNetCompact(num_conv=sum(1 for k in state if k.endswith(".bias")) - 2)
    model.load_state_dict(tensors)
    return model.eval()


def photo(name, box=None, mode="RGB"):
    img = Image.open(os.path.join(DATA, "photos", name)).convert(mode)
    if box:
        img = img.crop(box)
    a = np.asarray(img)
    return a[..., ::-1].copy() if a.ndim == 3 else a.copy()  # RGB -> BGR


def write_case(out, name, model_name, img, result, **settings):
    d = os.path.join(out, name)
    os.makedirs(d, exist_ok=True)
    np.ascontiguousarray(img).tofile(os.path.join(d, "input.raw"))
    np.ascontiguousarray(result).tofile(os.path.join(d, "output.raw"))
    meta = {"model": model_name, "height": img.shape[0], "width": img.shape[1],
            "channels": 1 if img.ndim == 2 else img.shape[2], "depth": 16 if img.dtype == np.uint16 else 8,
            "out_height": result.shape[0], "out_width": result.shape[1]}
    meta.update(settings)
    with open(os.path.join(d, "case.json"), "w") as f:
        json.dump(meta, f)


def main():
    global DATA
    out, DATA = sys.argv[1], sys.argv[2]
    os.makedirs(out, exist_ok=True)
    torch.set_num_threads(int(os.environ.get("OMP_NUM_THREADS", "2")))
    fast = load_model("realesrgan-x4fast", out)
    plus = load_model("realesrgan-x4plus", out)
    rng = np.random.default_rng(7)

    def case(name, model_name, model, img, tile=0, tile_pad=10, pre_pad=10, alpha="realesrgan"):
        res = ref.enhance_array(model, 4, img, tile=tile, tile_pad=tile_pad, pre_pad=pre_pad,
                                alpha_upsampler=alpha)
        if isinstance(res, tuple):
            res = res[0]
        write_case(out, name, model_name, img, res, tile=tile, tile_pad=tile_pad, pre_pad=pre_pad,
                   alpha=alpha)

    astronaut = photo("astronaut.png", (160, 40, 288, 168))  # the face, 128 x 128
    case("fast_astronaut", "realesrgan-x4fast", fast, astronaut)
    case("plus_astronaut", "realesrgan-x4plus", plus, photo("astronaut.png", (190, 60, 254, 124)))
    case("fast_chelsea_tiled", "realesrgan-x4fast", fast, photo("chelsea.png", (100, 50, 260, 170)),
         tile=48, tile_pad=10)
    coffee = photo("coffee.png", (200, 100, 296, 180)).astype(np.uint16) * 257
    coffee += rng.integers(0, 200, coffee.shape, dtype=np.uint16)  # real 16-bit content
    case("fast_coffee_16bit", "realesrgan-x4fast", fast, coffee)
    case("fast_camera_gray", "realesrgan-x4fast", fast, photo("camera.png", (200, 60, 296, 156), "L"))
    rgba = np.concatenate([astronaut[:80, :96], np.zeros((80, 96, 1), np.uint8)], axis=2)
    yy, xx = np.mgrid[0:80, 0:96]
    rgba[..., 3] = np.clip((xx * 3 + yy * 2) % 300, 0, 255)  # a ramp with a hard edge
    case("fast_rgba_model", "realesrgan-x4fast", fast, rgba)
    case("fast_rgba_lanczos", "realesrgan-x4fast", fast, rgba, alpha="none")
    case("fast_odd_37x23", "realesrgan-x4fast", fast, photo("rocket.jpg", (180, 200, 217, 223)))
    case("fast_tiny_1x1", "realesrgan-x4fast", fast, photo("coffee.png", (300, 200, 301, 201)))
    case("fast_tiny_3x2", "realesrgan-x4fast", fast, photo("coffee.png", (300, 200, 303, 202)))
    case("plus_tiny_3x2", "realesrgan-x4plus", plus, photo("coffee.png", (300, 200, 303, 202)))


if __name__ == "__main__":
    main()
