"""Independent PyTorch reference of the Stable Diffusion networks, written from
the published equations and module structure (CompVis ldm openaimodel.py /
attention.py / model.py, Stability-AI sgm, openai CLIP, open_clip, HF
CLIPTextModel). Plain eager PyTorch: full (unsliced) attention, default NCHW
layout. Module attribute names follow upstream so state_dict() keys equal the
checkpoints' keys.

Build on the meta device (no memory) with `with meta_device(): ...` to list
the full-size key/shape inventories.
"""
import contextlib
import math

import torch
import torch.nn as nn
import torch.nn.functional as F

_FACTORY = {}


@contextlib.contextmanager
def meta_device():
    _FACTORY["device"] = "meta"
    try:
        yield
    finally:
        _FACTORY.pop("device", None)


def linear(i, o, bias=True):
    return nn.Linear(i, o, bias=bias, **_FACTORY)


def conv(i, o, k, stride=1, padding=0):
    return nn.Conv2d(i, o, k, stride=stride, padding=padding, **_FACTORY)


def group_norm(c, eps):
    return nn.GroupNorm(32, c, eps=eps, affine=True, **_FACTORY)


def layer_norm(c):
    return nn.LayerNorm(c, **_FACTORY)


def parameter(*shape):
    return nn.Parameter(torch.empty(shape, **_FACTORY))


# ---------------------------------------------------------------- UNet pieces

def timestep_embedding(t, dim, max_period=10000):
    half = dim // 2
    freqs = torch.exp(-math.log(max_period) * torch.arange(half, dtype=torch.float32) / half)
    args = t[:, None].float() * freqs[None]
    emb = torch.cat([torch.cos(args), torch.sin(args)], dim=-1)
    if dim % 2:
        emb = torch.cat([emb, torch.zeros_like(emb[:, :1])], dim=-1)
    return emb


class GroupNorm32(nn.GroupNorm):
    def forward(self, x):
        return super().forward(x.float()).type(x.dtype)


def normalization(c):
    return GroupNorm32(32, c, eps=1e-5, **_FACTORY)


# Multiply-add count of the attention products (benchmarks add it to the conv/linear count).
ATTENTION_FLOPS = [0]


def full_attention(q, k, v, heads, mask=None):
    """q: [B, N, H*D], k, v: [B, M, H*D] -> [B, N, H*D]; the whole score matrix at once."""
    b, n, hd = q.shape
    d = hd // heads
    ATTENTION_FLOPS[0] += 4 * b * n * k.shape[1] * hd
    q = q.reshape(b, n, heads, d).permute(0, 2, 1, 3)
    k = k.reshape(b, k.shape[1], heads, d).permute(0, 2, 1, 3)
    v = v.reshape(b, v.shape[1], heads, d).permute(0, 2, 1, 3)
    s = torch.einsum("bhnd,bhmd->bhnm", q, k) * (d ** -0.5)
    if mask is not None:
        s = s + mask
    o = torch.einsum("bhnm,bhmd->bhnd", s.softmax(dim=-1), v)
    return o.permute(0, 2, 1, 3).reshape(b, n, hd)


class CrossAttention(nn.Module):
    def __init__(self, query_dim, context_dim, heads, dim_head):
        super().__init__()
        inner = heads * dim_head
        self.heads = heads
        self.to_q = linear(query_dim, inner, bias=False)
        self.to_k = linear(context_dim, inner, bias=False)
        self.to_v = linear(context_dim, inner, bias=False)
        self.to_out = nn.Sequential(linear(inner, query_dim), nn.Dropout(0.0))

    def forward(self, x, context=None):
        context = x if context is None else context
        return self.to_out(full_attention(self.to_q(x), self.to_k(context), self.to_v(context), self.heads))


class GEGLU(nn.Module):
    def __init__(self, dim_in, dim_out):
        super().__init__()
        self.proj = linear(dim_in, dim_out * 2)

    def forward(self, x):
        x, gate = self.proj(x).chunk(2, dim=-1)
        return x * F.gelu(gate)


class FeedForward(nn.Module):
    def __init__(self, dim):
        super().__init__()
        self.net = nn.Sequential(GEGLU(dim, 4 * dim), nn.Dropout(0.0), linear(4 * dim, dim))

    def forward(self, x):
        return self.net(x)


class BasicTransformerBlock(nn.Module):
    def __init__(self, dim, heads, dim_head, context_dim):
        super().__init__()
        self.attn1 = CrossAttention(dim, dim, heads, dim_head)
        self.ff = FeedForward(dim)
        self.attn2 = CrossAttention(dim, context_dim, heads, dim_head)
        self.norm1 = layer_norm(dim)
        self.norm2 = layer_norm(dim)
        self.norm3 = layer_norm(dim)

    def forward(self, x, context):
        x = self.attn1(self.norm1(x)) + x
        x = self.attn2(self.norm2(x), context) + x
        return self.ff(self.norm3(x)) + x


class SpatialTransformer(nn.Module):
    def __init__(self, channels, heads, dim_head, depth, context_dim, use_linear):
        super().__init__()
        inner = heads * dim_head
        self.use_linear = use_linear
        self.norm = group_norm(channels, 1e-6)
        self.proj_in = linear(channels, inner) if use_linear else conv(channels, inner, 1)
        self.transformer_blocks = nn.ModuleList(
            [BasicTransformerBlock(inner, heads, dim_head, context_dim) for _ in range(depth)])
        self.proj_out = linear(inner, channels) if use_linear else conv(inner, channels, 1)

    def forward(self, x, context):
        b, c, h, w = x.shape
        x_in = x
        x = self.norm(x)
        if not self.use_linear:
            x = self.proj_in(x)
        x = x.permute(0, 2, 3, 1).reshape(b, h * w, -1)
        if self.use_linear:
            x = self.proj_in(x)
        for block in self.transformer_blocks:
            x = block(x, context)
        if self.use_linear:
            x = self.proj_out(x)
        x = x.reshape(b, h, w, -1).permute(0, 3, 1, 2)
        if not self.use_linear:
            x = self.proj_out(x)
        return x + x_in


class ResBlock(nn.Module):
    def __init__(self, channels, emb_channels, out_channels):
        super().__init__()
        self.in_layers = nn.Sequential(normalization(channels), nn.SiLU(), conv(channels, out_channels, 3, padding=1))
        self.emb_layers = nn.Sequential(nn.SiLU(), linear(emb_channels, out_channels))
        self.out_layers = nn.Sequential(normalization(out_channels), nn.SiLU(), nn.Dropout(0.0),
                                        conv(out_channels, out_channels, 3, padding=1))
        self.skip_connection = nn.Identity() if channels == out_channels else conv(channels, out_channels, 1)

    def forward(self, x, emb):
        h = self.in_layers(x)
        h = h + self.emb_layers(emb).type(h.dtype)[..., None, None]
        return self.skip_connection(x) + self.out_layers(h)


class Downsample(nn.Module):
    def __init__(self, channels):
        super().__init__()
        self.op = conv(channels, channels, 3, stride=2, padding=1)

    def forward(self, x):
        return self.op(x)


class Upsample(nn.Module):
    def __init__(self, channels):
        super().__init__()
        self.conv = conv(channels, channels, 3, padding=1)

    def forward(self, x):
        return self.conv(F.interpolate(x, scale_factor=2, mode="nearest"))


class TimestepEmbedSequential(nn.Sequential):
    def forward(self, x, emb, context):
        for layer in self:
            if isinstance(layer, ResBlock):
                x = layer(x, emb)
            elif isinstance(layer, SpatialTransformer):
                x = layer(x, context)
            else:
                x = layer(x)
        return x


class UNetModel(nn.Module):
    def __init__(self, in_channels=4, out_channels=4, model_channels=320, channel_mult=(1, 2, 4, 4),
                 num_res_blocks=2, attention_resolutions=(4, 2, 1), transformer_depth=1,
                 num_heads=8, num_head_channels=-1, context_dim=768, use_linear=False,
                 adm_in_channels=None, transformer_depth_middle=None):
        super().__init__()
        if isinstance(transformer_depth, int):
            transformer_depth = [transformer_depth] * len(channel_mult)
        if transformer_depth_middle is None:
            transformer_depth_middle = transformer_depth[-1]
        self.model_channels = model_channels
        ted = model_channels * 4
        self.time_embed = nn.Sequential(linear(model_channels, ted), nn.SiLU(), linear(ted, ted))
        if adm_in_channels:
            self.label_emb = nn.Sequential(nn.Sequential(linear(adm_in_channels, ted), nn.SiLU(), linear(ted, ted)))

        def heads_of(ch):
            if num_head_channels == -1:
                return num_heads, ch // num_heads
            return ch // num_head_channels, num_head_channels

        def st(ch, depth):
            h, d = heads_of(ch)
            return SpatialTransformer(ch, h, d, depth, context_dim, use_linear)

        self.input_blocks = nn.ModuleList([TimestepEmbedSequential(conv(in_channels, model_channels, 3, padding=1))])
        chans = [model_channels]
        ch, ds = model_channels, 1
        for level, mult in enumerate(channel_mult):
            for _ in range(num_res_blocks):
                layers = [ResBlock(ch, ted, mult * model_channels)]
                ch = mult * model_channels
                if ds in attention_resolutions:
                    layers.append(st(ch, transformer_depth[level]))
                self.input_blocks.append(TimestepEmbedSequential(*layers))
                chans.append(ch)
            if level != len(channel_mult) - 1:
                self.input_blocks.append(TimestepEmbedSequential(Downsample(ch)))
                chans.append(ch)
                ds *= 2
        self.middle_block = TimestepEmbedSequential(ResBlock(ch, ted, ch), st(ch, transformer_depth_middle),
                                                    ResBlock(ch, ted, ch))
        self.output_blocks = nn.ModuleList([])
        for level, mult in list(enumerate(channel_mult))[::-1]:
            for i in range(num_res_blocks + 1):
                layers = [ResBlock(ch + chans.pop(), ted, model_channels * mult)]
                ch = model_channels * mult
                if ds in attention_resolutions:
                    layers.append(st(ch, transformer_depth[level]))
                if level and i == num_res_blocks:
                    layers.append(Upsample(ch))
                    ds //= 2
                self.output_blocks.append(TimestepEmbedSequential(*layers))
        self.out = nn.Sequential(normalization(ch), nn.SiLU(), conv(model_channels, out_channels, 3, padding=1))

    def forward(self, x, timesteps, context, y=None):
        emb = self.time_embed(timestep_embedding(timesteps, self.model_channels))
        if hasattr(self, "label_emb"):
            emb = emb + self.label_emb(y)
        hs = []
        h = x
        for block in self.input_blocks:
            h = block(h, emb, context)
            hs.append(h)
        h = self.middle_block(h, emb, context)
        for block in self.output_blocks:
            h = block(torch.cat([h, hs.pop()], dim=1), emb, context)
        return self.out(h)


def sd15_unet():
    return UNetModel()


def sdxl_unet():
    return UNetModel(channel_mult=(1, 2, 4), attention_resolutions=(4, 2), transformer_depth=[1, 2, 10],
                     num_head_channels=64, context_dim=2048, use_linear=True, adm_in_channels=2816)


# ---------------------------------------------------------------- VAE

def vae_norm(c):
    return group_norm(c, 1e-6)


class ResnetBlock(nn.Module):
    def __init__(self, cin, cout):
        super().__init__()
        self.norm1 = vae_norm(cin)
        self.conv1 = conv(cin, cout, 3, padding=1)
        self.norm2 = vae_norm(cout)
        self.conv2 = conv(cout, cout, 3, padding=1)
        if cin != cout:
            self.nin_shortcut = conv(cin, cout, 1)

    def forward(self, x):
        h = self.conv1(F.silu(self.norm1(x)))
        h = self.conv2(F.silu(self.norm2(h)))
        return (self.nin_shortcut(x) if hasattr(self, "nin_shortcut") else x) + h


class AttnBlock(nn.Module):
    def __init__(self, c):
        super().__init__()
        self.norm = vae_norm(c)
        self.q, self.k, self.v, self.proj_out = (conv(c, c, 1) for _ in range(4))

    def forward(self, x):
        h = self.norm(x)
        q, k, v = self.q(h), self.k(h), self.v(h)
        b, c, hh, ww = q.shape
        ATTENTION_FLOPS[0] += 4 * b * (hh * ww) ** 2 * c
        q = q.reshape(b, c, hh * ww).permute(0, 2, 1)
        k = k.reshape(b, c, hh * ww)
        w_ = torch.bmm(q, k) * (c ** -0.5)
        w_ = w_.softmax(dim=2)
        h_ = torch.bmm(v.reshape(b, c, hh * ww), w_.permute(0, 2, 1)).reshape(b, c, hh, ww)
        return x + self.proj_out(h_)


class VaeDownsample(nn.Module):
    def __init__(self, c):
        super().__init__()
        self.conv = conv(c, c, 3, stride=2)

    def forward(self, x):
        return self.conv(F.pad(x, (0, 1, 0, 1), mode="constant", value=0))


class Encoder(nn.Module):
    def __init__(self, ch=128, ch_mult=(1, 2, 4, 4), num_res_blocks=2, in_channels=3, z_channels=4):
        super().__init__()
        self.conv_in = conv(in_channels, ch, 3, padding=1)
        in_mult = (1,) + tuple(ch_mult)
        self.down = nn.ModuleList()
        for i, mult in enumerate(ch_mult):
            level = nn.Module()
            bi, bo = ch * in_mult[i], ch * mult
            level.block = nn.ModuleList()
            for _ in range(num_res_blocks):
                level.block.append(ResnetBlock(bi, bo))
                bi = bo
            if i != len(ch_mult) - 1:
                level.downsample = VaeDownsample(bi)
            self.down.append(level)
        self.mid = nn.Module()
        self.mid.block_1 = ResnetBlock(bi, bi)
        self.mid.attn_1 = AttnBlock(bi)
        self.mid.block_2 = ResnetBlock(bi, bi)
        self.norm_out = vae_norm(bi)
        self.conv_out = conv(bi, 2 * z_channels, 3, padding=1)

    def forward(self, x):
        h = self.conv_in(x)
        for level in self.down:
            for block in level.block:
                h = block(h)
            if hasattr(level, "downsample"):
                h = level.downsample(h)
        h = self.mid.block_2(self.mid.attn_1(self.mid.block_1(h)))
        return self.conv_out(F.silu(self.norm_out(h)))


class Decoder(nn.Module):
    def __init__(self, ch=128, ch_mult=(1, 2, 4, 4), num_res_blocks=2, out_channels=3, z_channels=4):
        super().__init__()
        bi = ch * ch_mult[-1]
        self.conv_in = conv(z_channels, bi, 3, padding=1)
        self.mid = nn.Module()
        self.mid.block_1 = ResnetBlock(bi, bi)
        self.mid.attn_1 = AttnBlock(bi)
        self.mid.block_2 = ResnetBlock(bi, bi)
        self.up = nn.ModuleList()
        for i in reversed(range(len(ch_mult))):
            level = nn.Module()
            level.block = nn.ModuleList()
            bo = ch * ch_mult[i]
            for _ in range(num_res_blocks + 1):
                level.block.append(ResnetBlock(bi, bo))
                bi = bo
            if i != 0:
                level.upsample = Upsample(bi)
            self.up.insert(0, level)
        self.norm_out = vae_norm(bi)
        self.conv_out = conv(bi, out_channels, 3, padding=1)

    def forward(self, z):
        h = self.conv_in(z)
        h = self.mid.block_2(self.mid.attn_1(self.mid.block_1(h)))
        for i in reversed(range(len(self.up))):
            for block in self.up[i].block:
                h = block(h)
            if i != 0:
                h = self.up[i].upsample(h)
        return self.conv_out(F.silu(self.norm_out(h)))


class AutoencoderKL(nn.Module):
    def __init__(self, ch=128, ch_mult=(1, 2, 4, 4), num_res_blocks=2, z_channels=4, embed_dim=4, scale=0.18215):
        super().__init__()
        self.encoder = Encoder(ch, ch_mult, num_res_blocks, 3, z_channels)
        self.decoder = Decoder(ch, ch_mult, num_res_blocks, 3, z_channels)
        self.quant_conv = conv(2 * z_channels, 2 * embed_dim, 1)
        self.post_quant_conv = conv(embed_dim, z_channels, 1)
        self.scale = scale

    def moments(self, x):
        return self.quant_conv(self.encoder(x))

    def encode_mean(self, x):
        mean, _ = self.moments(x).chunk(2, dim=1)
        return mean * self.scale

    def encode_sample(self, x, noise):
        mean, logvar = self.moments(x).chunk(2, dim=1)
        std = torch.exp(0.5 * torch.clamp(logvar, -30.0, 20.0))
        return (mean + std * noise) * self.scale

    def decode(self, z):
        return self.decoder(self.post_quant_conv(z / self.scale))


# ---------------------------------------------------------------- text encoders

def causal_mask(n):
    return torch.full((n, n), float("-inf")).triu(1)


class CLIPAttention(nn.Module):
    def __init__(self, width, heads):
        super().__init__()
        self.heads = heads
        self.q_proj, self.k_proj, self.v_proj, self.out_proj = (linear(width, width) for _ in range(4))

    def forward(self, x, mask):
        return self.out_proj(full_attention(self.q_proj(x), self.k_proj(x), self.v_proj(x), self.heads, mask))


class CLIPMLP(nn.Module):
    def __init__(self, width, mlp, quick_gelu):
        super().__init__()
        self.fc1 = linear(width, mlp)
        self.fc2 = linear(mlp, width)
        self.quick_gelu = quick_gelu

    def forward(self, x):
        h = self.fc1(x)
        h = h * torch.sigmoid(1.702 * h) if self.quick_gelu else F.gelu(h)
        return self.fc2(h)


class CLIPEncoderLayer(nn.Module):
    def __init__(self, width, heads, mlp, quick_gelu):
        super().__init__()
        self.self_attn = CLIPAttention(width, heads)
        self.layer_norm1 = layer_norm(width)
        self.mlp = CLIPMLP(width, mlp, quick_gelu)
        self.layer_norm2 = layer_norm(width)

    def forward(self, x, mask):
        x = x + self.self_attn(self.layer_norm1(x), mask)
        return x + self.mlp(self.layer_norm2(x))


class CLIPTextTransformer(nn.Module):
    def __init__(self, vocab, width, layers, heads, mlp, positions, quick_gelu):
        super().__init__()
        self.embeddings = nn.Module()
        self.embeddings.token_embedding = nn.Embedding(vocab, width, **_FACTORY)
        self.embeddings.position_embedding = nn.Embedding(positions, width, **_FACTORY)
        self.embeddings.register_buffer("position_ids", torch.arange(positions, **_FACTORY).expand((1, -1)))
        self.encoder = nn.Module()
        self.encoder.layers = nn.ModuleList([CLIPEncoderLayer(width, heads, mlp, quick_gelu) for _ in range(layers)])
        self.final_layer_norm = layer_norm(width)


class CLIPTextModel(nn.Module):
    """HF transformers naming (text_model.*); returns (hidden_states tuple, last_hidden_state)."""

    def __init__(self, vocab=49408, width=768, layers=12, heads=12, mlp=3072, positions=77, quick_gelu=True):
        super().__init__()
        self.text_model = CLIPTextTransformer(vocab, width, layers, heads, mlp, positions, quick_gelu)

    def forward(self, ids):
        tm = self.text_model
        n = ids.shape[1]
        x = tm.embeddings.token_embedding(ids) + tm.embeddings.position_embedding(torch.arange(n))[None]
        hidden = [x]
        mask = causal_mask(n)
        for layer in tm.encoder.layers:
            x = layer(x, mask)
            hidden.append(x)
        return hidden, tm.final_layer_norm(x)


class OpenCLIPResidualAttentionBlock(nn.Module):
    def __init__(self, width, heads, mlp):
        super().__init__()
        self.ln_1 = layer_norm(width)
        self.attn = nn.MultiheadAttention(width, heads, **_FACTORY)
        self.ln_2 = layer_norm(width)
        self.mlp = nn.Sequential()
        self.mlp.add_module("c_fc", linear(width, mlp))
        self.mlp.add_module("gelu", nn.GELU())
        self.mlp.add_module("c_proj", linear(mlp, width))

    def forward(self, x, mask):  # x: [N, B, W] (sequence first, as open_clip's nn.MultiheadAttention)
        h = self.ln_1(x)
        x = x + self.attn(h, h, h, need_weights=False, attn_mask=mask)[0]
        return x + self.mlp(self.ln_2(x))


class OpenCLIPText(nn.Module):
    """open_clip text tower naming; forward -> (penultimate, last, pooled)."""

    def __init__(self, vocab=49408, width=1280, layers=32, heads=20, mlp=5120, positions=77, proj=1280):
        super().__init__()
        self.token_embedding = nn.Embedding(vocab, width, **_FACTORY)
        self.positional_embedding = parameter(positions, width)
        self.transformer = nn.Module()
        self.transformer.resblocks = nn.ModuleList(
            [OpenCLIPResidualAttentionBlock(width, heads, mlp) for _ in range(layers)])
        self.ln_final = layer_norm(width)
        self.text_projection = parameter(width, proj)
        self.logit_scale = parameter()

    def forward(self, ids):
        n = ids.shape[1]
        x = (self.token_embedding(ids) + self.positional_embedding[:n]).permute(1, 0, 2)
        mask = causal_mask(n)
        penultimate = None
        for i, block in enumerate(self.transformer.resblocks):
            if i == len(self.transformer.resblocks) - 1:
                penultimate = x
            x = block(x, mask)
        x = x.permute(1, 0, 2)
        pooled = self.ln_final(x)[torch.arange(x.shape[0]), ids.argmax(dim=-1)] @ self.text_projection
        return penultimate.permute(1, 0, 2), x, pooled


def sdxl_vector(pooled, sizes):
    """sgm: pooled text embedding, then a 256-wide embedding of each size value."""
    embs = [timestep_embedding(torch.tensor([float(v)]), 256) for v in sizes]
    e = torch.cat(embs, dim=-1).expand(pooled.shape[0], -1)
    return torch.cat([pooled, e], dim=-1)


# ---------------------------------------------------------------- utilities

def randomize(model, seed, std=None):
    """Deterministic random weights; norm weights near 1 so activations stay O(1)."""
    g = torch.Generator().manual_seed(seed)
    with torch.no_grad():
        for name, p in model.named_parameters():
            if name.endswith("logit_scale"):
                p.fill_(math.log(100.0))
            elif "norm" in name or any(part.startswith("ln_") for part in name.split(".")):
                p.copy_((1.0 if name.endswith("weight") else 0.0) + 0.1 * torch.randn(p.shape, generator=g))
            elif p.dim() == 1:
                p.copy_(0.1 * torch.randn(p.shape, generator=g))
            elif "embedding" in name:
                p.copy_(torch.randn(p.shape, generator=g) * (std or 0.5))
            else:
                fan_in = p[0].numel()
                p.copy_(torch.randn(p.shape, generator=g) * (std or 1.0 / math.sqrt(fan_in)))
    return model.eval()
