"""Independent PyTorch reference for GFPGANv1Clean (GFPGAN v1.4).

Written from the published architecture (TencentARC/GFPGAN
gfpgan/archs/gfpganv1_clean_arch.py and stylegan2_clean_arch.py, as described
in docs/reference-facts.md section 6) with the upstream state-dict names, so
that its state_dict() *is* the key/shape inventory of GFPGANv1.4.pth.
Structured differently from our libtorch network on purpose: modulated
convolutions run one sample at a time (no grouped convolution), SFT is applied
by slicing, the latent is indexed from a precomputed plan.

Noise: upstream draws fresh noise on every call (randomize_noise=True). Like
our C++ network we use the stored buffers `stylegan_decoder.noises.noise{i}`
(upstream's randomize_noise=False path), which makes the output deterministic.

Runs with Debian's python3-torch; no GFPGAN or basicsr needed.
"""
import math

import torch
import torch.nn as nn
import torch.nn.functional as F


def channel_table(narrow, channel_multiplier):
    """StyleGAN2 channel width per resolution (the U-Net uses narrow * 0.5)."""
    cm = channel_multiplier
    base = {4: 512, 8: 512, 16: 512, 32: 512, 64: 256 * cm, 128: 128 * cm, 256: 64 * cm,
            512: 32 * cm, 1024: 16 * cm}
    return {r: int(c * narrow) for r, c in base.items()}


def lrelu(x):
    return F.leaky_relu(x, 0.2)


def resize2(x, factor):
    return F.interpolate(x, scale_factor=factor, mode="bilinear", align_corners=False)


class ResBlock(nn.Module):
    def __init__(self, cin, cout, factor):
        super().__init__()
        self.factor = factor
        self.conv1 = nn.Conv2d(cin, cin, 3, 1, 1)
        self.conv2 = nn.Conv2d(cin, cout, 3, 1, 1)
        self.skip = nn.Conv2d(cin, cout, 1, bias=False)

    def forward(self, x):
        main = lrelu(self.conv2(resize2(lrelu(self.conv1(x)), self.factor)))
        return main + self.skip(resize2(x, self.factor))


class ModulatedConv(nn.Module):
    def __init__(self, cin, cout, k, style_dim, demodulate, upsample):
        super().__init__()
        self.k, self.demodulate, self.upsample = k, demodulate, upsample
        self.modulation = nn.Linear(style_dim, cin)
        self.weight = nn.Parameter(torch.randn(1, cout, cin, k, k) / math.sqrt(cin * k * k))

    def forward(self, x, style):
        if self.upsample:
            x = resize2(x, 2)
        s = self.modulation(style)  # [B, cin]
        outs = []
        for b in range(x.shape[0]):
            w = self.weight[0] * s[b].view(1, -1, 1, 1)  # [cout, cin, k, k]
            if self.demodulate:
                w = w / torch.sqrt(w.pow(2).sum(dim=(1, 2, 3), keepdim=True) + 1e-8)
            outs.append(F.conv2d(x[b:b + 1], w, padding=self.k // 2))
        return torch.cat(outs, 0)


class StyleConv(nn.Module):
    def __init__(self, cin, cout, style_dim, upsample):
        super().__init__()
        self.modulated_conv = ModulatedConv(cin, cout, 3, style_dim, True, upsample)
        self.weight = nn.Parameter(torch.zeros(1))  # noise strength
        self.bias = nn.Parameter(torch.zeros(1, cout, 1, 1))

    def forward(self, x, style, noise):
        y = self.modulated_conv(x, style) * math.sqrt(2.0)
        return lrelu(y + self.weight * noise + self.bias)


class ToRGB(nn.Module):
    def __init__(self, cin, style_dim, upsample):
        super().__init__()
        self.upsample = upsample
        self.modulated_conv = ModulatedConv(cin, 3, 1, style_dim, False, False)
        self.bias = nn.Parameter(torch.zeros(1, 3, 1, 1))

    def forward(self, x, style, skip):
        y = self.modulated_conv(x, style) + self.bias
        if skip is not None:
            y = y + (resize2(skip, 2) if self.upsample else skip)
        return y


class ConstantInput(nn.Module):
    def __init__(self, channels):
        super().__init__()
        self.weight = nn.Parameter(torch.randn(1, channels, 4, 4))


class Decoder(nn.Module):
    """StyleGAN2GeneratorCSFT with input_is_latent=True (style_mlp kept only for its keys)."""

    def __init__(self, out_size, style_dim, num_mlp, channel_multiplier, narrow, sft_half):
        super().__init__()
        ch = channel_table(narrow, channel_multiplier)
        self.log_size = int(math.log2(out_size))
        self.sft_half = sft_half
        mlp = [nn.Identity()]  # NormStyleCode has no weights: index 0
        for _ in range(num_mlp):
            mlp += [nn.Linear(style_dim, style_dim), nn.LeakyReLU(0.2)]
        self.style_mlp = nn.Sequential(*mlp)
        self.constant_input = ConstantInput(ch[4])
        self.style_conv1 = StyleConv(ch[4], ch[4], style_dim, False)
        self.to_rgb1 = ToRGB(ch[4], style_dim, False)
        self.style_convs = nn.ModuleList()
        self.to_rgbs = nn.ModuleList()
        cin = ch[4]
        for level in range(3, self.log_size + 1):
            cout = ch[2 ** level]
            self.style_convs.append(StyleConv(cin, cout, style_dim, True))
            self.style_convs.append(StyleConv(cout, cout, style_dim, False))
            self.to_rgbs.append(ToRGB(cout, style_dim, True))
            cin = cout
        self.noises = nn.Module()
        for i in range((self.log_size - 2) * 2 + 1):
            r = 2 ** ((i + 5) // 2)
            self.noises.register_buffer(f"noise{i}", torch.randn(1, 1, r, r))

    def forward(self, latent, conditions):
        noise = lambda i: getattr(self.noises, f"noise{i}")
        x = self.constant_input.weight.expand(latent.shape[0], -1, -1, -1)
        x = self.style_conv1(x, latent[:, 0], noise(0))
        rgb = self.to_rgb1(x, latent[:, 1], None)
        for level in range(self.log_size - 2):
            up, same = self.style_convs[2 * level], self.style_convs[2 * level + 1]
            li = 1 + 2 * level
            x = up(x, latent[:, li], noise(li))
            if 2 * level + 1 < len(conditions):
                scale, shift = conditions[2 * level], conditions[2 * level + 1]
                if self.sft_half:
                    h = x.shape[1] // 2
                    x = torch.cat([x[:, :h], x[:, h:] * scale + shift], 1)
                else:
                    x = x * scale + shift
            x = same(x, latent[:, li + 1], noise(li + 1))
            rgb = self.to_rgbs[level](x, latent[:, li + 2], rgb)
        return rgb


class GFPGANv1Clean(nn.Module):
    def __init__(self, out_size=512, num_style_feat=512, channel_multiplier=2, num_mlp=8,
                 different_w=True, narrow=1, sft_half=True):
        super().__init__()
        self.log_size = int(math.log2(out_size))
        self.style_dim = num_style_feat
        self.different_w = different_w
        unet = channel_table(narrow * 0.5, channel_multiplier)
        self.conv_body_first = nn.Conv2d(3, unet[out_size], 1)
        self.conv_body_down = nn.ModuleList()
        cin = unet[out_size]
        for level in range(self.log_size, 2, -1):
            self.conv_body_down.append(ResBlock(cin, unet[2 ** (level - 1)], 0.5))
            cin = unet[2 ** (level - 1)]
        self.final_conv = nn.Conv2d(cin, unet[4], 3, 1, 1)
        self.conv_body_up = nn.ModuleList()
        self.toRGB = nn.ModuleList()
        self.condition_scale = nn.ModuleList()
        self.condition_shift = nn.ModuleList()
        cin = unet[4]
        for level in range(3, self.log_size + 1):
            c = unet[2 ** level]
            self.conv_body_up.append(ResBlock(cin, c, 2))
            self.toRGB.append(nn.Conv2d(c, 3, 1))
            sft_out = c if sft_half else 2 * c
            for holder in (self.condition_scale, self.condition_shift):
                holder.append(nn.Sequential(nn.Conv2d(c, c, 3, 1, 1), nn.LeakyReLU(0.2),
                                            nn.Conv2d(c, sft_out, 3, 1, 1)))
            cin = c
        self.num_latent = self.log_size * 2 - 2
        self.final_linear = nn.Linear(unet[4] * 16, (self.num_latent if different_w else 1) * num_style_feat)
        self.stylegan_decoder = Decoder(out_size, num_style_feat, num_mlp, channel_multiplier, narrow,
                                        sft_half)

    def forward(self, x):
        """x: [B, 3, S, S] RGB in [-1, 1] -> restored [B, 3, S, S] (not clamped)."""
        feat = lrelu(self.conv_body_first(x))
        skips = []
        for block in self.conv_body_down:
            feat = block(feat)
            skips.append(feat)
        feat = lrelu(self.final_conv(feat))
        code = self.final_linear(feat.flatten(1))
        if self.different_w:
            latent = code.view(x.shape[0], self.num_latent, self.style_dim)
        else:
            latent = code.view(x.shape[0], 1, self.style_dim).expand(-1, self.num_latent, -1)
        conditions = []
        for i, block in enumerate(self.conv_body_up):
            feat = block(feat + skips[-1 - i])
            conditions += [self.condition_scale[i](feat), self.condition_shift[i](feat)]
        return self.stylegan_decoder(latent, conditions)


def randomize(model, seed):
    """Weights of a sensible scale (so that every path, the noise included, matters)."""
    g = torch.Generator().manual_seed(seed)
    with torch.no_grad():
        for name, p in list(model.named_parameters()) + list(model.named_buffers()):
            r = torch.randn(p.shape, generator=g)
            if name.endswith("modulation.bias"):
                p.copy_(1 + 0.1 * r)
            elif p.dim() > 1 and ".noises." not in name and "constant_input" not in name:
                fan_in = p[0].numel() if p.dim() != 5 else p[0, 0].numel()
                p.copy_(r / math.sqrt(fan_in))
            elif ".noises." in name or "constant_input" in name:
                p.copy_(r)
            else:
                p.copy_(0.1 * r)
    return model
