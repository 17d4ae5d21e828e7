"""Independent PyTorch reference for the upscaling networks.

Written from the published architecture descriptions (BasicSR RRDBNet,
Real-ESRGAN SRVGGNetCompact, RealESRGANer's pre-pad / tile / crop pipeline);
used by the tests to check our libtorch implementation and by the benchmark
as the "PyTorch eager" baseline. Runs with Debian's python3-torch.
"""
import math

import torch
import torch.nn as nn
import torch.nn.functional as F


class DenseBlock(nn.Module):
    def __init__(self, nf, gc):
        super().__init__()
        self.conv1 = nn.Conv2d(nf, gc, 3, 1, 1)
        self.conv2 = nn.Conv2d(nf + gc, gc, 3, 1, 1)
        self.conv3 = nn.Conv2d(nf + 2 * gc, gc, 3, 1, 1)
        self.conv4 = nn.Conv2d(nf + 3 * gc, gc, 3, 1, 1)
        self.conv5 = nn.Conv2d(nf + 4 * gc, nf, 3, 1, 1)

    def forward(self, x):
        a = lambda t: F.leaky_relu(t, 0.2)
        x1 = a(self.conv1(x))
        x2 = a(self.conv2(torch.cat((x, x1), 1)))
        x3 = a(self.conv3(torch.cat((x, x1, x2), 1)))
        x4 = a(self.conv4(torch.cat((x, x1, x2, x3), 1)))
        x5 = self.conv5(torch.cat((x, x1, x2, x3, x4), 1))
        return x + 0.2 * x5


class RRDBBlock(nn.Module):
    def __init__(self, nf, gc):
        super().__init__()
        self.rdb1 = DenseBlock(nf, gc)
        self.rdb2 = DenseBlock(nf, gc)
        self.rdb3 = DenseBlock(nf, gc)

    def forward(self, x):
        return x + 0.2 * self.rdb3(self.rdb2(self.rdb1(x)))


class RRDBNet(nn.Module):
    def __init__(self, in_ch=3, out_ch=3, scale=4, nf=64, nb=23, gc=32):
        super().__init__()
        self.scale = scale
        factor = {4: 1, 2: 4, 1: 16}[scale]
        self.conv_first = nn.Conv2d(in_ch * factor, nf, 3, 1, 1)
        self.body = nn.Sequential(*[RRDBBlock(nf, gc) for _ in range(nb)])
        self.conv_body = nn.Conv2d(nf, nf, 3, 1, 1)
        self.conv_up1 = nn.Conv2d(nf, nf, 3, 1, 1)
        self.conv_up2 = nn.Conv2d(nf, nf, 3, 1, 1)
        self.conv_hr = nn.Conv2d(nf, nf, 3, 1, 1)
        self.conv_last = nn.Conv2d(nf, out_ch, 3, 1, 1)

    def forward(self, x):
        if self.scale == 2:
            x = F.pixel_unshuffle(x, 2)
        elif self.scale == 1:
            x = F.pixel_unshuffle(x, 4)
        feat = self.conv_first(x)
        feat = feat + self.conv_body(self.body(feat))
        a = lambda t: F.leaky_relu(t, 0.2)
        feat = a(self.conv_up1(F.interpolate(feat, scale_factor=2, mode="nearest")))
        feat = a(self.conv_up2(F.interpolate(feat, scale_factor=2, mode="nearest")))
        return self.conv_last(a(self.conv_hr(feat)))


class SRVGGNetCompact(nn.Module):
    def __init__(self, in_ch=3, out_ch=3, nf=64, num_conv=16, upscale=4):
        super().__init__()
        self.upscale = upscale
        layers = [nn.Conv2d(in_ch, nf, 3, 1, 1), nn.PReLU(num_parameters=nf)]
        for _ in range(num_conv):
            layers += [nn.Conv2d(nf, nf, 3, 1, 1), nn.PReLU(num_parameters=nf)]
        layers.append(nn.Conv2d(nf, out_ch * upscale * upscale, 3, 1, 1))
        self.body = nn.ModuleList(layers)

    def forward(self, x):
        out = x
        for layer in self.body:
            out = layer(out)
        out = F.pixel_shuffle(out, self.upscale)
        return out + F.interpolate(x, scale_factor=self.upscale, mode="nearest")


def randomize(model, seed):
    """Deterministic weights with a realistic spread (small, so deep nets stay finite)."""
    g = torch.Generator().manual_seed(seed)
    with torch.no_grad():
        for m in model.modules():
            if isinstance(m, nn.Conv2d):
                fan_in = m.weight.shape[1] * 9
                m.weight.copy_(torch.randn(m.weight.shape, generator=g) * (0.5 / math.sqrt(fan_in)))
                m.bias.copy_(torch.randn(m.bias.shape, generator=g) * 0.01)
            elif isinstance(m, nn.PReLU):
                m.weight.copy_(torch.rand(m.weight.shape, generator=g) * 0.3)
    return model


def enhance(model, scale, img, tile=0, tile_pad=10, pre_pad=10, mod_scale=1):
    """RealESRGANer-style pipeline on an RGB [1, C, H, W] tensor in [0, 1]:
    right/bottom reflect pre-pad, reflect mod-pad, optional tiles with clamped
    overlap and hard paste, crop, clamp. Returns [1, C, H*s, W*s]."""
    h0, w0 = img.shape[2], img.shape[3]
    x = img
    if pre_pad:
        x = F.pad(x, (0, pre_pad, 0, pre_pad), "reflect")
    mh = mw = 0
    if mod_scale > 1:
        mh = (mod_scale - x.shape[2] % mod_scale) % mod_scale
        mw = (mod_scale - x.shape[3] % mod_scale) % mod_scale
        x = F.pad(x, (0, mw, 0, mh), "reflect")
    if tile <= 0:
        out = model(x)
    else:
        b, c, h, w = x.shape
        out = x.new_zeros((b, c, h * scale, w * scale))
        for ty in range(math.ceil(h / tile)):
            for tx in range(math.ceil(w / tile)):
                x0, y0 = tx * tile, ty * tile
                x1, y1 = min(x0 + tile, w), min(y0 + tile, h)
                px0, py0 = max(x0 - tile_pad, 0), max(y0 - tile_pad, 0)
                px1, py1 = min(x1 + tile_pad, w), min(y1 + tile_pad, h)
                res = model(x[:, :, py0:py1, px0:px1])
                oy, ox = (y0 - py0) * scale, (x0 - px0) * scale
                out[:, :, y0 * scale:y1 * scale, x0 * scale:x1 * scale] = \
                    res[:, :, oy:oy + (y1 - y0) * scale, ox:ox + (x1 - x0) * scale]
    out = out[:, :, : h0 * scale, : w0 * scale]
    return out.clamp(0, 1)


def reflect_pad(x, right, bottom):
    """Right/bottom reflect padding of [N, C, H, W] by any amount (numpy's
    'reflect' repeats the reflection when the pad exceeds the side; equal to
    F.pad(..., 'reflect') whenever that is defined)."""
    import numpy as np
    a = np.pad(x.numpy(), ((0, 0), (0, 0), (0, bottom), (0, right)), mode="reflect")
    return torch.from_numpy(np.ascontiguousarray(a))


def enhance_array(model, scale, img, tile=0, tile_pad=10, pre_pad=10, mod_scale=1,
                  alpha_upsampler="realesrgan"):
    """RealESRGANer.enhance() at the network scale on an OpenCV-layout numpy
    array: (H, W) gray, (H, W, 3) BGR or (H, W, 4) BGRA, uint8 or uint16.
    Gray goes through the net as RGB and comes back by BT.601 luma; alpha goes
    through the net (gray -> RGB -> luma) unless alpha_upsampler is 'none', in
    which case it is returned unscaled for the caller. The bit depth comes from
    the dtype (RealESRGANer guesses it from max > 256)."""
    import numpy as np
    max_range = 65535.0 if img.dtype == np.uint16 else 255.0

    def run(rgb):  # float32 (H, W, 3) RGB in [0, 1] -> (H*s, W*s, 3)
        x = torch.from_numpy(np.ascontiguousarray(rgb.transpose(2, 0, 1)))[None]
        h0, w0 = x.shape[2], x.shape[3]
        x = reflect_pad(x, pre_pad, pre_pad)
        if mod_scale > 1:
            mh = (mod_scale - x.shape[2] % mod_scale) % mod_scale
            mw = (mod_scale - x.shape[3] % mod_scale) % mod_scale
            x = reflect_pad(x, mw, mh)
        with torch.no_grad():
            out = enhance(model, scale, x, tile=tile, tile_pad=tile_pad, pre_pad=0)
        return out[0, :, : h0 * scale, : w0 * scale].permute(1, 2, 0).numpy()

    def luma(rgb):
        return 0.299 * rgb[..., 0] + 0.587 * rgb[..., 1] + 0.114 * rgb[..., 2]

    def to_int(v):
        return np.clip(np.round(v * max_range), 0, max_range).astype(img.dtype)

    f = img.astype(np.float32) / max_range
    if f.ndim == 2:
        return to_int(luma(run(np.repeat(f[..., None], 3, axis=2))))
    out = to_int(run(f[..., 2::-1]))[..., ::-1]
    if f.shape[2] == 4:
        if alpha_upsampler == "none":
            return np.ascontiguousarray(out), img[..., 3]
        a = to_int(luma(run(np.repeat(f[..., 3:4], 3, axis=2))))
        return np.ascontiguousarray(np.concatenate([out, a[..., None]], axis=2))
    return np.ascontiguousarray(out)
