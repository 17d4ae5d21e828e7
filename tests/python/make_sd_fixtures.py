"""Writes the fixtures of tests/diffusion/tst_sd_networks.cpp and tst_sd_checkpoints.cpp:
tiny random-weight Stable Diffusion components, their inputs and the outputs
of the independent reference sd_reference.py, plus tiny checkpoints in the real
key layouts (single-file SD1 with old text keys, single-file SDXL, diffusers
SDXL and SD1 folders) and the key/shape inventories of the full-size models.

Raw layout (read by tests/support/raw_tensor_fixture.h):
  <dir>/<case>/weights.{json,bin}  the weights (float32), names as in the layout
  <dir>/<case>/io/weights.{json,bin}  inputs and reference outputs by name
  <dir>/inventory/<name>.json  {"key": [shape...]} of a full-size layout
usage: make_sd_fixtures.py OUT_DIR
"""
import json
import os
import re
import sys

import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import sd_reference as ref  # noqa: E402


def write_raw(d, tensors):
    os.makedirs(d, exist_ok=True)
    index, blobs, offset = {}, [], 0
    for k, v in tensors.items():
        v = v.detach().float().contiguous()
        index[k] = {"shape": list(v.shape), "offset": offset}
        blobs.append(v.numpy().astype("<f4").tobytes())
        offset += v.numel()
    with open(os.path.join(d, "weights.json"), "w") as f:
        json.dump(index, f)
    with open(os.path.join(d, "weights.bin"), "wb") as f:
        f.write(b"".join(blobs))


def write_case(root, name, weights, io):
    write_raw(os.path.join(root, name), weights)
    write_raw(os.path.join(root, name, "io"), io)


def rnd(seed, *shape):
    return torch.randn(*shape, generator=torch.Generator().manual_seed(seed))


def tokens(seed, batch, n, vocab, pad):
    """Start token, random words, end token (the largest id), then padding."""
    g = torch.Generator().manual_seed(seed)
    ids = torch.full((batch, n), pad, dtype=torch.long)
    for b in range(batch):
        length = 5 + 3 * b
        ids[b, 0] = vocab - 2
        ids[b, 1:length] = torch.randint(0, vocab - 2, (length - 1,), generator=g)
        ids[b, length] = vocab - 1
    return ids


# ------------------------------------------------------------- tiny configs
TINY_CLIP = dict(vocab=1000, width=64, layers=12, heads=1, mlp=128, positions=77, quick_gelu=True)
TINY_BIGG = dict(vocab=1000, width=128, layers=3, heads=2, mlp=256, positions=77, proj=64)
TINY_VAE = dict(ch=32, ch_mult=(1, 2), num_res_blocks=1, z_channels=4, embed_dim=4)


def tiny_sd1_unet(context):
    return ref.UNetModel(model_channels=32, channel_mult=(1, 2), num_res_blocks=1, attention_resolutions=(1,),
                         num_heads=8, context_dim=context)


def tiny_sdxl_unet(context, adm):
    return ref.UNetModel(model_channels=32, channel_mult=(1, 2, 4), num_res_blocks=2, attention_resolutions=(2, 4),
                         transformer_depth=[1, 1, 2], num_head_channels=64, context_dim=context, use_linear=True,
                         adm_in_channels=adm)


def components(root):
    torch.manual_seed(0)
    # attention kernel (with and without a causal mask)
    q, k, v = rnd(1, 2, 37, 32), rnd(2, 2, 37, 32), rnd(3, 2, 37, 32)
    kc, vc = rnd(4, 2, 11, 32), rnd(5, 2, 11, 32)
    write_case(root, "attention", {}, {
        "q": q, "k": k, "v": v, "kc": kc, "vc": vc,
        "self": ref.full_attention(q, k, v, 4),
        "causal": ref.full_attention(q, k, v, 4, ref.causal_mask(37)),
        "cross": ref.full_attention(q, kc, vc, 4)})

    rb = ref.randomize(ref.ResBlock(64, 128, 96), 10)
    x, emb = rnd(11, 2, 64, 8, 8), rnd(12, 2, 128)
    write_case(root, "resblock", rb.state_dict(), {"x": x, "emb": emb, "out": rb(x, emb)})

    tb = ref.randomize(ref.BasicTransformerBlock(64, 4, 16, 48), 20)
    x, ctx = rnd(21, 2, 20, 64), rnd(22, 2, 7, 48)
    write_case(root, "transformer_block", tb.state_dict(), {"x": x, "context": ctx, "out": tb(x, ctx)})

    for name, use_linear in (("spatial_transformer_conv", False), ("spatial_transformer_linear", True)):
        st = ref.randomize(ref.SpatialTransformer(64, 2, 32, 2, 48, use_linear), 30)
        x, ctx = rnd(31, 2, 64, 6, 5), rnd(32, 2, 7, 48)
        write_case(root, name, st.state_dict(), {"x": x, "context": ctx, "out": st(x, ctx)})

    u = ref.randomize(tiny_sd1_unet(48), 40)
    x, t, ctx = rnd(41, 2, 4, 16, 16), torch.tensor([981.0, 3.25]), rnd(42, 2, 9, 48)
    write_case(root, "unet_sd1", u.state_dict(), {"x": x, "t": t, "context": ctx, "out": u(x, t, ctx)})

    u = ref.randomize(tiny_sdxl_unet(48, 100), 50)
    x, t, ctx, y = rnd(51, 2, 4, 16, 12), torch.tensor([500.5, 17.0]), rnd(52, 2, 9, 48), rnd(53, 2, 100)
    write_case(root, "unet_sdxl", u.state_dict(), {"x": x, "t": t, "context": ctx, "y": y, "out": u(x, t, ctx, y)})

    vae = ref.randomize(ref.AutoencoderKL(**TINY_VAE, scale=0.13025), 60)
    img = torch.rand(1, 3, 24, 16, generator=torch.Generator().manual_seed(61)) * 2 - 1
    noise = torch.randn(1, 4, 12, 8, generator=torch.Generator().manual_seed(62))
    z = rnd(63, 1, 4, 12, 20)
    write_case(root, "vae", vae.state_dict(), {
        "image": img, "moments": vae.moments(img), "mean": vae.encode_mean(img),
        "sample": vae.encode_sample(img, noise), "z": z, "decoded": vae.decode(z)})

    clip = ref.randomize(ref.CLIPTextModel(**TINY_CLIP), 70)
    ids = tokens(71, 2, 77, 1000, 999)
    hidden, last = clip(ids)
    write_case(root, "clip", clip.state_dict(), {
        "ids": ids, "hidden0": hidden[0], "hidden11": hidden[11], "last": last,
        "skip2": clip.text_model.final_layer_norm(hidden[-2])})

    big = ref.randomize(ref.OpenCLIPText(**TINY_BIGG), 80)
    ids = tokens(81, 2, 77, 1000, 0)
    pen, last, pooled = big(ids)
    write_case(root, "open_clip", big.state_dict(), {"ids": ids, "penultimate": pen, "last": last,
                                                     "pooled": pooled})

    pooled = rnd(90, 2, 64)
    sizes = (768, 1024, 16, 32, 640, 512)
    write_case(root, "sdxl_vector", {}, {"pooled": pooled, "sizes": torch.tensor(sizes, dtype=torch.float32),
                                         "y": ref.sdxl_vector(pooled, sizes)})


# ------------------------------------------------------------- diffusers names (LDM -> diffusers)
def unet_to_diffusers(sd, num_res_blocks):
    per = num_res_blocks + 1
    res = {"in_layers.0": "norm1", "in_layers.2": "conv1", "emb_layers.1": "time_emb_proj",
           "out_layers.0": "norm2", "out_layers.3": "conv2", "skip_connection": "conv_shortcut"}
    top = {"time_embed.0": "time_embedding.linear_1", "time_embed.2": "time_embedding.linear_2",
           "label_emb.0.0": "add_embedding.linear_1", "label_emb.0.2": "add_embedding.linear_2",
           "input_blocks.0.0": "conv_in", "out.0": "conv_norm_out", "out.2": "conv_out"}

    def res_leaf(rest):
        for a, b in res.items():
            if rest.startswith(a + "."):
                return b + rest[len(a):]
        raise KeyError(rest)

    out = {}
    for k, v in sd.items():
        m = re.match(r"^(input_blocks|output_blocks|middle_block)\.(\d+)\.(?:(\d+)\.)?(.*)$", k)
        new = None
        for a, b in top.items():
            if k.startswith(a + "."):
                new = b + k[len(a):]
        if new is None and k.startswith("middle_block."):
            idx, rest = k.split(".", 2)[1:]
            new = f"mid_block.attentions.0.{rest}" if idx == "1" else f"mid_block.resnets.{int(idx) // 2}.{res_leaf(rest)}"
        elif new is None and m:
            kind, n, layer, rest = m.group(1), int(m.group(2)), int(m.group(3)), m.group(4)
            if kind == "input_blocks":
                level, j = (n - 1) // per, (n - 1) % per
                if j == num_res_blocks:
                    new = f"down_blocks.{level}.downsamplers.0.conv.{rest[len('op.'):]}"
                elif layer == 0:
                    new = f"down_blocks.{level}.resnets.{j}.{res_leaf(rest)}"
                else:
                    new = f"down_blocks.{level}.attentions.{j}.{rest}"
            else:
                level, j = n // per, n % per
                if layer == 0:
                    new = f"up_blocks.{level}.resnets.{j}.{res_leaf(rest)}"
                elif rest.startswith("conv."):
                    new = f"up_blocks.{level}.upsamplers.0.{rest}"
                else:
                    new = f"up_blocks.{level}.attentions.{j}.{rest}"
        out[new] = v
    return out


def vae_to_diffusers(sd, levels, old_attention=False):
    attn = ({"norm": "group_norm", "q": "query", "k": "key", "v": "value", "proj_out": "proj_attn"} if old_attention
            else {"norm": "group_norm", "q": "to_q", "k": "to_k", "v": "to_v", "proj_out": "to_out.0"})
    out = {}
    for k, v in sd.items():
        new = k
        m = re.match(r"^(encoder|decoder)\.(down|up)\.(\d+)\.(block\.(\d+)|downsample|upsample)\.(.*)$", k)
        if m:
            coder, level = m.group(1), int(m.group(3))
            blocks = "down_blocks" if coder == "encoder" else "up_blocks"
            level = level if coder == "encoder" else levels - 1 - level
            if m.group(5) is not None:
                leaf = m.group(6).replace("nin_shortcut", "conv_shortcut")
                new = f"{coder}.{blocks}.{level}.resnets.{m.group(5)}.{leaf}"
            else:
                sampler = "downsamplers" if m.group(4) == "downsample" else "upsamplers"
                new = f"{coder}.{blocks}.{level}.{sampler}.0.{m.group(6)}"
        m = re.match(r"^(encoder|decoder)\.mid\.(block_1|block_2|attn_1)\.([a-z_0-9]+)\.(weight|bias)$", k)
        if m:
            coder, part, leaf, kind = m.groups()
            if part == "attn_1":
                new = f"{coder}.mid_block.attentions.0.{attn[leaf]}.{kind}"
                if v.dim() == 4:
                    v = v[:, :, 0, 0]  # diffusers stores these as Linear
            else:
                leaf = leaf.replace("nin_shortcut", "conv_shortcut")
                new = f"{coder}.mid_block.resnets.{0 if part == 'block_1' else 1}.{leaf}.{kind}"
        new = new.replace("encoder.norm_out", "encoder.conv_norm_out").replace("decoder.norm_out", "decoder.conv_norm_out")
        out[new] = v
    return out


def open_clip_to_hf(sd):
    out = {}
    for k, v in sd.items():
        if k == "logit_scale":
            continue
        if k == "text_projection":
            out["text_projection.weight"] = v.t()
            continue
        m = re.match(r"^transformer\.resblocks\.(\d+)\.(.*)$", k)
        if m:
            base = f"text_model.encoder.layers.{m.group(1)}."
            rest = m.group(2)
            if rest.startswith("attn.in_proj_"):
                kind = rest[len("attn.in_proj_"):]
                for name, part in zip("qkv", v.chunk(3, dim=0)):
                    out[f"{base}self_attn.{name}_proj.{kind}"] = part
                continue
            for a, b in (("attn.out_proj", "self_attn.out_proj"), ("ln_1", "layer_norm1"), ("ln_2", "layer_norm2"),
                         ("mlp.c_fc", "mlp.fc1"), ("mlp.c_proj", "mlp.fc2")):
                if rest.startswith(a + "."):
                    out[base + b + rest[len(a):]] = v
            continue
        out[{"token_embedding.weight": "text_model.embeddings.token_embedding.weight",
             "positional_embedding": "text_model.embeddings.position_embedding.weight",
             "ln_final.weight": "text_model.final_layer_norm.weight",
             "ln_final.bias": "text_model.final_layer_norm.bias"}[k]] = v
    out["text_model.embeddings.position_ids"] = torch.arange(77).float()[None]
    return out


def prefixed(prefix, sd):
    return {prefix + k: v for k, v in sd.items()}


SCHEDULE_KEYS = ["betas", "alphas_cumprod", "alphas_cumprod_prev", "sqrt_alphas_cumprod",
                 "sqrt_one_minus_alphas_cumprod", "log_one_minus_alphas_cumprod", "sqrt_recip_alphas_cumprod",
                 "sqrt_recipm1_alphas_cumprod", "posterior_variance", "posterior_log_variance_clipped",
                 "posterior_mean_coef1", "posterior_mean_coef2"]


# ------------------------------------------------------------- tiny checkpoints, run end to end
def checkpoints(root):
    torch.manual_seed(1)
    latent = rnd(100, 1, 4, 8, 8)
    t = torch.tensor([421.75])

    # SD1 single file, old text keys (no "text_model."), garbage position_ids, schedule buffers.
    clip = ref.randomize(ref.CLIPTextModel(**TINY_CLIP), 110)
    unet = ref.randomize(tiny_sd1_unet(64), 111)
    vae = ref.randomize(ref.AutoencoderKL(**TINY_VAE, scale=0.18215), 112)
    ids = tokens(113, 1, 77, 1000, 999)
    ctx = clip(ids)[1]
    eps = unet(latent, t, ctx)
    image = vae.decode(eps)
    weights = {}
    weights.update(prefixed("model.diffusion_model.", unet.state_dict()))
    weights.update(prefixed("first_stage_model.", vae.state_dict()))
    text = {k[len("text_model."):]: v for k, v in clip.state_dict().items()}
    text["embeddings.position_ids"] = torch.full((1, 77), 76.99)  # stored as corrupt floats
    weights.update(prefixed("cond_stage_model.transformer.", text))
    weights.update({k: torch.linspace(0, 1, 1000) for k in SCHEDULE_KEYS})
    write_case(root, "ckpt_sd1", weights, {"ids": ids, "latent": latent, "t": t, "context": ctx, "eps": eps,
                                           "image": image})

    # SDXL single file and the same weights as a diffusers folder.
    clip = ref.randomize(ref.CLIPTextModel(**TINY_CLIP), 120)
    big = ref.randomize(ref.OpenCLIPText(**TINY_BIGG), 121)
    context_dim = TINY_CLIP["width"] + TINY_BIGG["width"]
    unet = ref.randomize(tiny_sdxl_unet(context_dim, TINY_BIGG["proj"] + 6 * 256), 122)
    vae = ref.randomize(ref.AutoencoderKL(**TINY_VAE, scale=0.13025), 123)
    ids_l, ids_g = tokens(124, 1, 77, 1000, 999), tokens(124, 1, 77, 1000, 0)
    hidden, _ = clip(ids_l)
    pen, _, pooled = big(ids_g)
    ctx = torch.cat([hidden[11], pen], dim=-1)
    sizes = (64, 64, 0, 0, 64, 64)
    y = ref.sdxl_vector(pooled, sizes)
    eps = unet(latent, t, ctx, y)
    image = vae.decode(eps)
    io = {"ids_l": ids_l, "ids_g": ids_g, "latent": latent, "t": t, "context": ctx, "y": y, "eps": eps,
          "image": image}
    weights = {}
    weights.update(prefixed("model.diffusion_model.", unet.state_dict()))
    weights.update(prefixed("first_stage_model.", vae.state_dict()))
    weights.update(prefixed("conditioner.embedders.0.transformer.", clip.state_dict()))
    weights.update(prefixed("conditioner.embedders.1.model.", big.state_dict()))
    write_case(root, "ckpt_sdxl", weights, io)
    d = os.path.join(root, "diffusers_sdxl")
    write_raw(os.path.join(d, "unet"), unet_to_diffusers(unet.state_dict(), 2))
    write_raw(os.path.join(d, "vae"), vae_to_diffusers(vae.state_dict(), 2))
    write_raw(os.path.join(d, "text_encoder"), clip.state_dict())
    write_raw(os.path.join(d, "text_encoder_2"), open_clip_to_hf(big.state_dict()))
    write_raw(os.path.join(d, "io"), io)

    # SD1 diffusers folder with the older VAE attention names.
    d = os.path.join(root, "diffusers_sd1")
    clip = ref.randomize(ref.CLIPTextModel(**TINY_CLIP), 130)
    unet = ref.randomize(tiny_sd1_unet(64), 131)
    vae = ref.randomize(ref.AutoencoderKL(**TINY_VAE, scale=0.18215), 132)
    ids = tokens(133, 1, 77, 1000, 999)
    ctx = clip(ids)[1]
    eps = unet(latent, t, ctx)
    write_raw(os.path.join(d, "unet"), unet_to_diffusers(unet.state_dict(), 1))
    write_raw(os.path.join(d, "vae"), vae_to_diffusers(vae.state_dict(), 2, old_attention=True))
    write_raw(os.path.join(d, "text_encoder"), clip.state_dict())
    write_raw(os.path.join(d, "io"), {"ids": ids, "latent": latent, "t": t, "context": ctx, "eps": eps,
                                      "image": vae.decode(eps)})


# ------------------------------------------------------------- full-size inventories
def inventories(root):
    d = os.path.join(root, "inventory")
    os.makedirs(d, exist_ok=True)

    def shapes(sd):
        return {k: list(v.shape) for k, v in sd.items()}

    with ref.meta_device():
        sd15 = (ref.sd15_unet(), ref.AutoencoderKL(), ref.CLIPTextModel())
        sdxl = (ref.sdxl_unet(), ref.AutoencoderKL(scale=0.13025), ref.CLIPTextModel(), ref.OpenCLIPText())
    counts = {}
    for name, m in (("sd15_unet", sd15[0]), ("vae", sd15[1]), ("clip_l", sd15[2]), ("sdxl_unet", sdxl[0]),
                    ("bigg", sdxl[3])):
        counts[name] = sum(p.numel() for p in m.parameters())
    single = {}
    single.update(prefixed("model.diffusion_model.", shapes(sd15[0].state_dict())))
    single.update(prefixed("first_stage_model.", shapes(sd15[1].state_dict())))
    single.update(prefixed("cond_stage_model.transformer.", shapes(sd15[2].state_dict())))
    single.update({k: [1000] for k in SCHEDULE_KEYS})
    single.update({"model_ema.decay": [], "model_ema.num_updates": []})
    xl = {}
    xl.update(prefixed("model.diffusion_model.", shapes(sdxl[0].state_dict())))
    xl.update(prefixed("first_stage_model.", shapes(sdxl[1].state_dict())))
    xl.update(prefixed("conditioner.embedders.0.transformer.", shapes(sdxl[2].state_dict())))
    xl.update(prefixed("conditioner.embedders.1.model.", shapes(sdxl[3].state_dict())))
    diffusers = {
        "unet": shapes(unet_to_diffusers(sdxl[0].state_dict(), 2)),
        "vae": shapes(vae_to_diffusers(sdxl[1].state_dict(), 4)),
        "text_encoder": shapes(sdxl[2].state_dict()),
        "text_encoder_2": shapes(open_clip_to_hf(sdxl[3].state_dict()))}
    for name, obj in (("sd15_single_file", single), ("sdxl_single_file", xl), ("sdxl_diffusers", diffusers),
                      ("parameter_counts", counts)):
        with open(os.path.join(d, name + ".json"), "w") as f:
            json.dump(obj, f)


def main():
    root = sys.argv[1]
    torch.set_num_threads(1)
    with torch.no_grad():
        components(root)
        checkpoints(root)
    inventories(root)


if __name__ == "__main__":
    main()
