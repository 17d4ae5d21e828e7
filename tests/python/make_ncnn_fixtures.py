#!/usr/bin/env python3
"""Writes small ncnn graphs (.param/.bin) with an input and the expected output,
one folder per case, for tests/nn/tst_ncnn_network.cpp.

The expected outputs are computed here independently of the C++ executor:
convolutions with PyTorch on explicitly padded inputs, transposed convolutions
by scattering with numpy loops from ncnn's weight layout, resizing with numpy
re-implementations of ncnn's index and coefficient rules (src/layer/interp.cpp),
and the element-wise layers with numpy formulas.

usage: make_ncnn_fixtures.py OUTDIR
Each case: OUTDIR/<case>/model.param, model.bin, input.bin, expected.bin (float32,
row-major [1, C, H, W]) and case.json {"input": shape, "output": shape}.
"""
import json
import os
import struct
import sys

import numpy as np
import torch
import torch.nn.functional as F

TAG_FP16 = 0x01306B47
rng = np.random.default_rng(20240611)


def fmt(v):
    return f"{v:e}" if isinstance(v, float) else str(int(v))


class Graph:
    def __init__(self):
        self.layers = []
        self.blobs = 0
        self.bin = bytearray()

    def add(self, kind, name, ins, outs, params=None):
        self.blobs += len(outs)
        self.layers.append((kind, name, ins, outs, params or {}))

    def tagged(self, array, fp16=False):
        a = np.asarray(array, np.float32).ravel()
        if fp16:
            data = a.astype("<f2").tobytes()
            self.bin += struct.pack("<I", TAG_FP16) + data + b"\0" * ((4 - len(data) % 4) % 4)
        else:
            self.bin += struct.pack("<I", 0) + a.astype("<f4").tobytes()

    def raw(self, array):
        self.bin += np.asarray(array, np.float32).ravel().astype("<f4").tobytes()

    def write(self, folder):
        os.makedirs(folder, exist_ok=True)
        lines = ["7767517", f"{len(self.layers)} {self.blobs}"]
        for kind, name, ins, outs, params in self.layers:
            parts = [kind, name, str(len(ins)), str(len(outs)), *ins, *outs]
            for key, value in params.items():
                if isinstance(value, (list, tuple)):
                    parts.append(f"{-23300 - key}={len(value)}," + ",".join(fmt(v) for v in value))
                else:
                    parts.append(f"{key}={fmt(value)}")
            lines.append(" ".join(parts))
        with open(os.path.join(folder, "model.param"), "w") as f:
            f.write("\n".join(lines) + "\n")
        with open(os.path.join(folder, "model.bin"), "wb") as f:
            f.write(bytes(self.bin))


def save(out_dir, name, graph, x, y):
    folder = os.path.join(out_dir, name)
    graph.write(folder)
    x = np.ascontiguousarray(x, np.float32)
    y = np.ascontiguousarray(y, np.float32)
    x.tofile(os.path.join(folder, "input.bin"))
    y.tofile(os.path.join(folder, "expected.bin"))
    with open(os.path.join(folder, "case.json"), "w") as f:
        json.dump({"input": list(x.shape), "output": list(y.shape)}, f)


def rand(*shape, low=-1.0, high=1.0):
    return rng.uniform(low, high, size=shape).astype(np.float32)


def activation(y, kind, params):
    if kind == 0:
        return y
    if kind == 1:
        return np.maximum(y, 0)
    if kind == 2:
        return np.where(y > 0, y, y * params[0])
    if kind == 3:
        return np.clip(y, params[0], params[1])
    if kind == 4:
        return 1 / (1 + np.exp(-y))
    if kind == 5:
        return y * np.tanh(np.log1p(np.exp(y)))
    if kind == 6:
        return y * np.clip(y * params[0] + params[1], 0, 1)
    raise ValueError(kind)


def conv_ref(x, w, b, stride=(1, 1), pads=(0, 0, 0, 0), dilation=(1, 1), group=1, pad_value=0.0):
    """pads = left, right, top, bottom; stride and dilation = (h, w)."""
    xt = F.pad(torch.from_numpy(x), pads, value=pad_value)
    bt = None if b is None else torch.from_numpy(b)
    return F.conv2d(xt, torch.from_numpy(w), bt, stride=stride, dilation=dilation, groups=group).numpy()


def deconv_ref(x, w_ncnn, b, group, out_ch, k, stride, dilation, pads, out_pad):
    """Scatters like ncnn's naive deconvolution: weight [g][out/g][in/g][kh][kw]."""
    n, cin, h, wd = x.shape
    kh, kw = k
    ext_h, ext_w = dilation[0] * (kh - 1) + 1, dilation[1] * (kw - 1) + 1
    oh = (h - 1) * stride[0] + ext_h + out_pad[1]
    ow = (wd - 1) * stride[1] + ext_w + out_pad[0]
    wt = w_ncnn.reshape(group, out_ch // group, cin // group, kh, kw)
    y = np.zeros((n, out_ch, oh, ow), np.float64)
    for g in range(group):
        for p in range(out_ch // group):
            for q in range(cin // group):
                for i in range(h):
                    for j in range(wd):
                        v = x[0, g * (cin // group) + q, i, j]
                        for ky in range(kh):
                            for kx in range(kw):
                                y[0, g * (out_ch // group) + p, i * stride[0] + ky * dilation[0],
                                  j * stride[1] + kx * dilation[1]] += v * wt[g, p, q, ky, kx]
    if b is not None:
        y += b.reshape(1, -1, 1, 1)
    left, right, top, bottom = pads
    return y[:, :, top:oh - bottom, left:ow - right].astype(np.float32)


def single_conv(name, kind="Convolution", cin=3, cout=4, k=3, h=7, w=9, params=None, act=0,
                act_params=(), bias=True, fp16=False, group=1):
    """One convolution after the Input; returns (graph, x, weight, bias)."""
    g = Graph()
    g.add("Input", "in", [], ["data"])
    weight = rand(cout, cin // group, k, k)
    b = rand(cout) if bias else None
    p = {0: cout, 1: k, 5: int(bias), 6: weight.size}
    if group != 1:
        p[7] = group
    p.update(params or {})
    if act:
        p[9] = act
        if act_params:
            p[10] = list(act_params)
    g.add(kind, "conv", ["data"], ["output"], p)
    g.tagged(weight, fp16)
    if bias:
        g.raw(b)
    return g, rand(1, cin, h, w), weight, b


def conv_cases(out):
    acts = {0: (), 1: (), 2: (0.2,), 3: (-0.25, 0.5), 4: (), 5: (), 6: (0.2, 0.5)}
    for act, params in acts.items():
        g, x, w, b = single_conv(f"act{act}", act=act, act_params=params)
        y = activation(conv_ref(x, w, b, pads=(0, 0, 0, 0)).astype(np.float64), act, params)
        save(out, f"conv_activation_{act}", g, x, y)
    # pad 1 on every side, fp16 weights (the storage of the upscayl models)
    g, x, w, b = single_conv("fp16", params={4: 1}, fp16=True)
    w16 = w.astype(np.float16).astype(np.float32)
    save(out, "conv_fp16_pad1", g, x, conv_ref(x, w16, b, pads=(1, 1, 1, 1)))
    # asymmetric pads (4 left, 15 right, 14 top, 16 bottom), stride 2, dilation 2, pad value
    g, x, w, b = single_conv("asym", h=11, w=12,
                             params={4: 1, 15: 2, 14: 0, 16: 3, 3: 2, 2: 2, 18: 0.5})
    save(out, "conv_asymmetric_pad_stride_dilation", g, x,
         conv_ref(x, w, b, stride=(2, 2), pads=(1, 2, 0, 3), dilation=(2, 2), pad_value=0.5))
    # ncnn "SAME_UPPER" (-233) and "SAME_LOWER" (-234) with stride 2 on an even size
    for key, pads in ((-233, (0, 1, 0, 1)), (-234, (1, 0, 1, 0))):
        g, x, w, b = single_conv("same", h=8, w=10, params={4: key, 3: 2})
        save(out, f"conv_same_{-key}", g, x, conv_ref(x, w, b, stride=(2, 2), pads=pads))
    # depthwise: 6 outputs from 6 inputs in 3 groups, no bias
    g, x, w, b = single_conv("dw", kind="ConvolutionDepthWise", cin=6, cout=6, group=3,
                             params={4: 1}, bias=False)
    save(out, "convdw_group3", g, x, conv_ref(x, w, None, pads=(1, 1, 1, 1), group=3))


def deconv_cases(out):
    for name, kind, cin, cout, group, extra, pads, out_pad in (
        ("deconv_stride2_pad_outpad", "Deconvolution", 3, 4, 1, {3: 2, 4: 1, 18: 1}, (1, 1, 1, 1), (1, 1)),
        ("deconvdw_group2", "DeconvolutionDepthWise", 4, 6, 2, {3: 2, 2: 2}, (0, 0, 0, 0), (0, 0)),
    ):
        g = Graph()
        g.add("Input", "in", [], ["data"])
        k = 3
        weight = rand(cout * (cin // group) * k * k)
        b = rand(cout)
        p = {0: cout, 1: k, 5: 1, 6: weight.size, 9: 2, 10: [0.1]}
        if group != 1:
            p[7] = group
        p.update(extra)
        g.add(kind, "deconv", ["data"], ["output"], p)
        g.tagged(weight)
        g.raw(b)
        x = rand(1, cin, 5, 4)
        stride = (p.get(13, p.get(3, 1)), p.get(3, 1))
        dil = (p.get(2, 1), p.get(2, 1))
        y = deconv_ref(x, weight, b, group, cout, (k, k), stride, dil, pads, out_pad)
        save(out, name, g, x, activation(y, 2, (0.1,)))


def unary_cases(out):
    x = rand(1, 3, 5, 6, low=-3, high=3)
    for name, kind, params, ref in (
        ("relu", "ReLU", {}, lambda v: np.maximum(v, 0)),
        ("leakyrelu", "ReLU", {0: 0.1}, lambda v: np.where(v > 0, v, 0.1 * v)),
        ("sigmoid", "Sigmoid", {}, lambda v: 1 / (1 + np.exp(-v))),
        ("clip", "Clip", {0: -0.5, 1: 1.5}, lambda v: np.clip(v, -0.5, 1.5)),
        ("tanh", "TanH", {}, np.tanh),
        ("swish", "Swish", {}, lambda v: v / (1 + np.exp(-v))),
        ("hardswish", "HardSwish", {0: 0.2, 1: 0.5}, lambda v: v * np.clip(0.2 * v + 0.5, 0, 1)),
    ):
        g = Graph()
        g.add("Input", "in", [], ["data"])
        g.add(kind, "act", ["data"], ["output"], params)
        save(out, f"unary_{name}", g, x, ref(x.astype(np.float64)))
    for name, slopes in (("prelu_per_channel", rand(3)), ("prelu_single", np.array([0.25], np.float32))):
        g = Graph()
        g.add("Input", "in", [], ["data"])
        g.add("PReLU", "prelu", ["data"], ["output"], {0: len(slopes)})
        g.raw(slopes)
        s = slopes.reshape(1, -1, 1, 1) if len(slopes) > 1 else slopes[0]
        save(out, f"unary_{name}", g, x, np.where(x > 0, x, x * s))


def split_branches(g, n):
    g.add("Split", "split", ["data"], [f"s{i}" for i in range(n)])
    # three different element-wise branches of the same input
    g.add("ReLU", "b0", ["s0"], ["r0"])
    g.add("Sigmoid", "b1", ["s1"], ["r1"])
    if n > 2:
        g.add("ReLU", "b2", ["s2"], ["r2"], {0: 0.5})
    return [f"r{i}" for i in range(n)]


def branch_values(x, n):
    v = [np.maximum(x, 0), 1 / (1 + np.exp(-x))]
    if n > 2:
        v.append(np.where(x > 0, x, 0.5 * x))
    return [a.astype(np.float64) for a in v]


def combine_cases(out):
    x = rand(1, 3, 4, 5, low=-2, high=2)
    for axis, np_axis in ((0, 1), (1, 2), (-1, 3)):
        g = Graph()
        g.add("Input", "in", [], ["data"])
        names = split_branches(g, 3)
        g.add("Concat", "cat", names, ["output"], {0: axis})
        save(out, f"concat_axis_{axis}", g, x, np.concatenate(branch_values(x, 3), axis=np_axis))
    for name, params, ref in (
        ("eltwise_prod", {0: 0}, lambda a, b, c: a * b * c),
        ("eltwise_sum", {0: 1}, lambda a, b, c: a + b + c),
        ("eltwise_sum_coeffs", {0: 1, 1: [0.2, 1.0, -0.5]}, lambda a, b, c: 0.2 * a + b - 0.5 * c),
        ("eltwise_max", {0: 2}, lambda a, b, c: np.maximum(np.maximum(a, b), c)),
    ):
        g = Graph()
        g.add("Input", "in", [], ["data"])
        names = split_branches(g, 3)
        g.add("Eltwise", "elt", names, ["output"], params)
        save(out, name, g, x, ref(*branch_values(x, 3)))
    a_b = branch_values(x, 2)
    for op, ref in enumerate((np.add, np.subtract, np.multiply, np.divide, np.maximum, np.minimum,
                              np.power, lambda a, b: b - a, lambda a, b: b / a,
                              lambda a, b: np.power(b, a), np.arctan2, lambda a, b: np.arctan2(b, a))):
        g = Graph()
        g.add("Input", "in", [], ["data"])
        g.add("Split", "split", ["data"], ["s0", "s1"])
        # two different positive operands keep POW and DIV defined and tell a-b from b-a
        g.add("Sigmoid", "pos0", ["s0"], ["p0"])
        g.add("TanH", "other", ["s1"], ["t1"])
        g.add("Sigmoid", "pos1", ["t1"], ["p1"])
        g.add("BinaryOp", "op", ["p0", "p1"], ["output"], {0: op})
        sig = 1 / (1 + np.exp(-x.astype(np.float64)))
        sig_tanh = 1 / (1 + np.exp(-np.tanh(x.astype(np.float64))))
        save(out, f"binary_{op}", g, x, ref(sig, sig_tanh))
        g = Graph()
        g.add("Input", "in", [], ["data"])
        g.add("Sigmoid", "pos", ["data"], ["p"])
        g.add("BinaryOp", "op", ["p"], ["output"], {0: op, 1: 1, 2: 1.5})
        save(out, f"binary_scalar_{op}", g, x, ref(sig, 1.5))
    # broadcasting a 3x1x1 blob (cropped from the input) over 3xHxW
    g = Graph()
    g.add("Input", "in", [], ["data"])
    g.add("Split", "split", ["data"], ["s0", "s1"])
    g.add("Crop", "corner", ["s1"], ["c"], {0: 2, 1: 1, 2: 0, 3: 1, 4: 1, 5: -233})
    g.add("BinaryOp", "mul", ["s0", "c"], ["output"], {0: 2})
    save(out, "binary_broadcast", g, x, x * x[:, :, 1:2, 2:3])


def nearest_index(size_in, size_out, fixed, scale):
    s = np.float32(size_in) / np.float32(size_out) if fixed else np.float32(1.0) / np.float32(scale)
    return np.minimum((np.arange(size_out, dtype=np.float32) * s).astype(np.int64), size_in - 1)


def linear_coeffs(size_in, size_out, align):
    scale = (size_in - 1) / (size_out - 1) if align else size_in / size_out
    idx, alpha = [], []
    for d in range(size_out):
        f = np.float32(d * scale) if align else np.float32((d + 0.5) * scale - 0.5)
        s = int(np.floor(f))
        f = np.float32(f - s)
        if s < 0:
            s, f = 0, 0.0
        if s >= size_in - 1:
            s, f = size_in - 2, 1.0
        idx.append(s)
        alpha.append((1 - f, f))
    return idx, alpha


def cubic_coeffs(size_in, size_out, align):
    """ncnn's cubic_coeffs: A = -0.75, edge taps folded onto the border pixels."""
    scale = (size_in - 1) / (size_out - 1) if align else size_in / size_out
    a = -0.75
    idx, coeffs = [], []
    for d in range(size_out):
        f = np.float32(d * scale) if align else np.float32((d + 0.5) * scale - 0.5)
        s = int(np.floor(f))
        f = float(np.float32(f - s))
        f0, f1, f2 = f + 1, f, 1 - f
        c0 = a * f0 ** 3 - 5 * a * f0 ** 2 + 8 * a * f0 - 4 * a
        c1 = (a + 2) * f1 ** 3 - (a + 3) * f1 ** 2 + 1
        c2 = (a + 2) * f2 ** 3 - (a + 3) * f2 ** 2 + 1
        c = [c0, c1, c2, 1 - c0 - c1 - c2]
        if s <= -1:
            s, c = 1, [1 - c[3], c[3], 0, 0]
        if s == 0:
            s, c = 1, [c[0] + c[1], c[2], c[3], 0]
        if s == size_in - 2:
            s, c = size_in - 3, [0, c[0], c[1], c[2] + c[3]]
        if s >= size_in - 1:
            s, c = size_in - 3, [0, 0, c[0], 1 - c[0]]
        idx.append(s)
        coeffs.append(c)
    return idx, coeffs


def resize_ref(x, oh, ow, mode, align):
    n, c, h, w = x.shape
    x = x.astype(np.float64)
    if mode == "bilinear":
        yi, ya = linear_coeffs(h, oh, align)
        xi, xa = linear_coeffs(w, ow, align)
        rows = np.stack([x[:, :, s, :] * a0 + x[:, :, s + 1, :] * a1 for s, (a0, a1) in zip(yi, ya)], 2)
        return np.stack([rows[:, :, :, s] * a0 + rows[:, :, :, s + 1] * a1 for s, (a0, a1) in zip(xi, xa)], 3)
    yi, yc = cubic_coeffs(h, oh, align)
    xi, xc = cubic_coeffs(w, ow, align)
    rows = np.stack([sum(x[:, :, s - 1 + t, :] * cf[t] for t in range(4)) for s, cf in zip(yi, yc)], 2)
    return np.stack([sum(rows[:, :, :, s - 1 + t] * cf[t] for t in range(4)) for s, cf in zip(xi, xc)], 3)


def interp_cases(out):
    x = rand(1, 3, 6, 8)
    for name, params in (
        ("interp_nearest_x2", {0: 1, 1: 2.0, 2: 2.0}),
        ("interp_nearest_x1_5", {0: 1, 1: 1.5, 2: 1.5}),
        ("interp_nearest_size", {0: 1, 3: 10, 4: 13}),
    ):
        g = Graph()
        g.add("Input", "in", [], ["data"])
        g.add("Interp", "resize", ["data"], ["output"], params)
        fixed = 3 in params
        oh = params[3] if fixed else int(np.float32(6) * np.float32(params[1]))
        ow = params[4] if fixed else int(np.float32(8) * np.float32(params[2]))
        rows = nearest_index(6, oh, fixed, params.get(1, 1.0))
        cols = nearest_index(8, ow, fixed, params.get(2, 1.0))
        save(out, name, g, x, x[:, :, rows][:, :, :, cols])
    for name, mode, params in (
        ("interp_bilinear_x2", "bilinear", {0: 2, 1: 2.0, 2: 2.0}),
        ("interp_bilinear_align_x3", "bilinear", {0: 2, 1: 3.0, 2: 3.0, 6: 1}),
        ("interp_bicubic_half", "bicubic", {0: 3, 1: 0.5, 2: 0.5}),
        ("interp_bicubic_x3_4", "bicubic", {0: 3, 1: 0.75, 2: 0.75}),
        ("interp_bicubic_align_x2", "bicubic", {0: 3, 1: 2.0, 2: 2.0, 6: 1}),
    ):
        g = Graph()
        g.add("Input", "in", [], ["data"])
        g.add("Interp", "resize", ["data"], ["output"], params)
        oh, ow = int(np.float32(6) * np.float32(params[1])), int(np.float32(8) * np.float32(params[2]))
        save(out, name, g, x, resize_ref(x, oh, ow, mode, params.get(6, 0) == 1))


def shuffle_crop_cases(out):
    r = 2
    x = rand(1, 12, 3, 4)
    for mode in (0, 1):
        g = Graph()
        g.add("Input", "in", [], ["data"])
        g.add("PixelShuffle", "shuffle", ["data"], ["output"], {0: r, 1: mode})
        c = 12 // (r * r)
        y = np.zeros((1, c, 3 * r, 4 * r), np.float32)
        for p in range(c):
            for i in range(r):
                for j in range(r):
                    q = p * r * r + i * r + j if mode == 0 else (i * r + j) * c + p
                    y[0, p, i::r, j::r] = x[0, q]
        save(out, f"pixelshuffle_mode{mode}", g, x, y)
    x = rand(1, 4, 7, 9)
    g = Graph()
    g.add("Input", "in", [], ["data"])
    g.add("Crop", "crop", ["data"], ["output"], {0: 2, 1: 1, 2: 1, 3: -233, 4: 4, 5: 2, 6: 3})
    save(out, "crop_offsets", g, x, x[:, 1:3, 1:5, 2:6])
    g = Graph()
    g.add("Input", "in", [], ["data"])
    g.add("Crop", "crop", ["data"], ["output"], {9: [1, -5], 10: [-1, -233], 11: [1, 2]})
    save(out, "crop_slices", g, x, x[:, :, 1:-1, -5:])
    g = Graph()
    g.add("Input", "in", [], ["data"])
    g.add("Split", "split", ["data"], ["s0", "s1"])
    g.add("Interp", "half", ["s1"], ["ref"], {0: 1, 3: 3, 4: 5})
    g.add("Crop", "crop", ["s0", "ref"], ["output"], {0: 1, 1: 2})
    save(out, "crop_reference", g, x, x[:, :, 2:5, 1:6])


def main():
    out = sys.argv[1]
    torch.manual_seed(0)
    conv_cases(out)
    deconv_cases(out)
    unary_cases(out)
    combine_cases(out)
    interp_cases(out)
    shuffle_crop_cases(out)


if __name__ == "__main__":
    main()
