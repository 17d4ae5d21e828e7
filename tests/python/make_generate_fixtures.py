"""Writes the fixtures of tests/generate (the generation pipelines, through the
job and the CLI): tiny random-weight Stable Diffusion models saved as real
checkpoints in the real key layouts, a small CLIP vocabulary in the
transformers layout, and independent references.

  <dir>/tokenizer/{vocab.json, merges.txt}   a learned BPE vocabulary (TOKENS ids)
  <dir>/sd1/tiny-sd1.safetensors             single file, LDM names (SD 1.x)
  <dir>/sdxl/tiny-sdxl.safetensors           single file, sgm names (SDXL base)
  <dir>/sd1-diffusers/{unet,vae,text_encoder,tokenizer}/  the SD1 weights as diffusers
  <dir>/noise.json                           torch.randn(shape, Generator().manual_seed(seed))
  <dir>/hires_schedule.json                  A1111 hires second-pass sigmas per (steps, dn)

usage: make_generate_fixtures.py OUT_DIR [--schedule-only]
"""
import json
import os
import shutil
import struct
import sys

import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import clip_reference as clip_ref  # noqa: E402
import make_sd_fixtures as sdfix  # noqa: E402
import sd_reference as ref  # noqa: E402

CORPUS = ("a photo of a castle on a hill, masterpiece, best quality, portrait of a woman, "
          "a cat sitting on a red chair, blurry, ugly, lowres, bad hands, landscape, mountains, "
          "sunset over the sea, detailed face, astronaut in space ") * 3
# A VAE with four levels, so the latent is 1/8 of the image as in the real models.
TINY_VAE = dict(ch=32, ch_mult=(1, 1, 1, 1), num_res_blocks=1, z_channels=4, embed_dim=4)


def write_safetensors(path, tensors):
    header, blobs, offset = {}, [], 0
    for name, t in tensors.items():
        data = t.detach().contiguous().float().numpy().astype("<f4").tobytes()
        header[name] = {"dtype": "F32", "shape": list(t.shape), "data_offsets": [offset, offset + len(data)]}
        blobs.append(data)
        offset += len(data)
    text = json.dumps(header).encode()
    text += b" " * ((8 - len(text) % 8) % 8)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(struct.pack("<Q", len(text)) + text + b"".join(blobs))


def write_tokenizer(d):
    """vocab.json in CLIP's id order: byte symbols, the same with </w>, one
    entry per merge, then <|startoftext|> and <|endoftext|> (the largest id)."""
    os.makedirs(d, exist_ok=True)
    merges = clip_ref.learn_merges(CORPUS, 120)
    tokens = list(clip_ref.BYTE_CHARS) + [c + "</w>" for c in clip_ref.BYTE_CHARS]
    tokens += [a + b for a, b in merges] + ["<|startoftext|>", "<|endoftext|>"]
    vocab = {}
    for i, t in enumerate(tokens):
        vocab[t] = i
    with open(os.path.join(d, "vocab.json"), "w", encoding="utf-8") as f:
        json.dump(vocab, f, ensure_ascii=False)
    with open(os.path.join(d, "merges.txt"), "w", encoding="utf-8") as f:
        f.write("#version: 0.2 - Hires Studio generate fixtures\n" + "".join(f"{a} {b}\n" for a, b in merges))
    return max(vocab.values()) + 1


def clip_config(vocab):
    return dict(sdfix.TINY_CLIP, vocab=vocab)


def models(root, vocab):
    # SD 1.x single file, LDM names.
    clip = ref.randomize(ref.CLIPTextModel(**clip_config(vocab)), 210)
    unet = ref.randomize(sdfix.tiny_sd1_unet(clip_config(vocab)["width"]), 211)
    vae = ref.randomize(ref.AutoencoderKL(**TINY_VAE, scale=0.18215), 212)
    weights = {}
    weights.update(sdfix.prefixed("model.diffusion_model.", unet.state_dict()))
    weights.update(sdfix.prefixed("first_stage_model.", vae.state_dict()))
    weights.update(sdfix.prefixed("cond_stage_model.transformer.", clip.state_dict()))
    write_safetensors(os.path.join(root, "sd1", "tiny-sd1.safetensors"), weights)

    # The same weights as a diffusers folder with its own tokenizer.
    d = os.path.join(root, "sd1-diffusers")
    write_safetensors(os.path.join(d, "unet", "diffusion_pytorch_model.safetensors"),
                      sdfix.unet_to_diffusers(unet.state_dict(), 1))
    write_safetensors(os.path.join(d, "vae", "diffusion_pytorch_model.safetensors"),
                      sdfix.vae_to_diffusers(vae.state_dict(), len(TINY_VAE["ch_mult"])))
    write_safetensors(os.path.join(d, "text_encoder", "model.safetensors"), clip.state_dict())
    shutil.copytree(os.path.join(root, "tokenizer"), os.path.join(d, "tokenizer"))

    # SDXL base single file, sgm names.
    clip = ref.randomize(ref.CLIPTextModel(**clip_config(vocab)), 220)
    big = ref.randomize(ref.OpenCLIPText(**dict(sdfix.TINY_BIGG, vocab=vocab)), 221)
    context_dim = clip_config(vocab)["width"] + sdfix.TINY_BIGG["width"]
    unet = ref.randomize(sdfix.tiny_sdxl_unet(context_dim, sdfix.TINY_BIGG["proj"] + 6 * 256), 222)
    vae = ref.randomize(ref.AutoencoderKL(**TINY_VAE, scale=0.13025), 223)
    weights = {}
    weights.update(sdfix.prefixed("model.diffusion_model.", unet.state_dict()))
    weights.update(sdfix.prefixed("first_stage_model.", vae.state_dict()))
    weights.update(sdfix.prefixed("conditioner.embedders.0.transformer.", clip.state_dict()))
    weights.update(sdfix.prefixed("conditioner.embedders.1.model.", big.state_dict()))
    write_safetensors(os.path.join(root, "sdxl", "tiny-sdxl.safetensors"), weights)


def noise(root):
    cases = []
    for seed, shape in ((0, [1, 4, 8, 8]), (1234, [1, 4, 8, 12]), (4294967295, [1, 4, 16, 16]),
                        (2 ** 40 + 7, [1, 4, 8, 8])):
        values = torch.randn(shape, generator=torch.Generator().manual_seed(seed))
        cases.append({"seed": seed, "shape": shape, "values": values.flatten().tolist()})
    with open(os.path.join(root, "noise.json"), "w") as f:
        json.dump(cases, f)


def hires_schedule(root):
    """A1111 txt2img hires fix: sample_img2img(steps=req) -> t_enc = req - 1,
    total = int(req / min(dn, 0.999)) sigmas from k-diffusion get_sigmas
    (t = linspace(T-1, 0, total), log-sigma interpolation), sigmas[total - t_enc - 1:]."""
    betas = torch.linspace(0.00085 ** 0.5, 0.012 ** 0.5, 1000, dtype=torch.float64) ** 2
    alphas_cumprod = torch.cumprod(1 - betas, 0)
    sigmas_all = ((1 - alphas_cumprod) / alphas_cumprod) ** 0.5
    log_sigmas = sigmas_all.log()

    def t_to_sigma(t):
        low = t.floor().long()
        high = t.ceil().long()
        w = t.frac()
        return ((1 - w) * log_sigmas[low] + w * log_sigmas[high]).exp()

    def get_sigmas(n):
        t = torch.linspace(999, 0, n, dtype=torch.float64)
        return torch.cat([t_to_sigma(t), torch.zeros(1, dtype=torch.float64)])

    rows = []
    for steps in (1, 2, 5, 20, 25, 30):
        for dn in (0.05, 0.3, 0.5, 0.7, 0.75, 0.999, 1.0):
            # hires fix: sample_img2img(steps=req) -> exactly `steps` run.
            total = int(steps / min(dn, 0.999))
            t_enc = steps - 1
            run = get_sigmas(total)[total - t_enc - 1:]
            rows.append({"mode": "hires", "steps": steps, "dn": dn, "schedule": total,
                         "run": len(run) - 1, "start_sigma": float(run[0])})
            # plain img2img (img2img_fix_steps off): int(dn * steps) + 1 of `steps`.
            t_enc = int(min(dn, 0.999) * steps)
            run = get_sigmas(steps)[steps - t_enc - 1:]
            rows.append({"mode": "img2img", "steps": steps, "dn": dn, "schedule": steps,
                         "run": len(run) - 1, "start_sigma": float(run[0])})
    with open(os.path.join(root, "hires_schedule.json"), "w") as f:
        json.dump(rows, f)


def main():
    root = sys.argv[1]
    torch.set_num_threads(1)
    if "--schedule-only" in sys.argv:
        hires_schedule(root)
        return
    vocab = write_tokenizer(os.path.join(root, "tokenizer"))
    with torch.no_grad():
        models(root, vocab)
    noise(root)
    hires_schedule(root)


if __name__ == "__main__":
    main()
