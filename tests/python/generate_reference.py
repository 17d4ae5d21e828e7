"""Independent reference for tests/generate: a txt2img run of the tiny SD 1.x
checkpoint written by make_generate_fixtures.py, the way diffusers /
AUTOMATIC1111 (CPU random source) run it, from the published equations:

  tokens: BOS + BPE ids + EOS, padded with EOS to 77 (CLIP-L)
  context: CLIP last_hidden_state (CLIP skip 1), negative prompt likewise
  noise: torch.randn([1, 4, H/8, W/8], generator=torch.Generator().manual_seed(seed))
  sigmas: k-diffusion get_sigmas(steps) on SD's scaled-linear schedule
  Euler: x = noise * sigma_0; D = x - eps(x / sqrt(sigma^2 + 1), t(sigma)) * sigma;
         CFG in denoised space; x += (x - D) / sigma * (sigma_next - sigma)
  image: VAE decode of x / 0.18215, uint8(255 * clamp((x + 1) / 2)) truncated

usage: generate_reference.py FIXTURE_DIR PROMPT NEGATIVE SEED STEPS CFG WIDTH HEIGHT OUT.raw
Writes H*W*3 RGB bytes to OUT.raw.
"""
import json
import os
import struct
import sys

import numpy as np
import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import clip_reference as clip_ref  # noqa: E402
import k_diffusion_reference as kd  # noqa: E402
import make_generate_fixtures as fixtures  # noqa: E402
import make_sd_fixtures as sdfix  # noqa: E402
import sd_reference as ref  # noqa: E402


def read_safetensors(path):
    with open(path, "rb") as f:
        n = struct.unpack("<Q", f.read(8))[0]
        header = json.loads(f.read(n))
        data = f.read()
    out = {}
    for name, info in header.items():
        if name == "__metadata__":
            continue
        a, b = info["data_offsets"]
        out[name] = torch.from_numpy(np.frombuffer(data[a:b], dtype="<f4").copy()).reshape(info["shape"])
    return out


def part(weights, prefix):
    return {k[len(prefix):]: v for k, v in weights.items() if k.startswith(prefix)}


def tokens(tokenizer, text):
    bos, eos = tokenizer.encoder["<|startoftext|>"], tokenizer.encoder["<|endoftext|>"]
    ids = [bos] + tokenizer.encode(text)[:75] + [eos]
    return torch.tensor([ids + [eos] * (77 - len(ids))])


def main():
    root, prompt, negative = sys.argv[1], sys.argv[2], sys.argv[3]
    seed, steps, cfg = int(sys.argv[4]), int(sys.argv[5]), float(sys.argv[6])
    width, height, out = int(sys.argv[7]), int(sys.argv[8]), sys.argv[9]
    torch.set_num_threads(1)
    tokenizer = clip_ref.Tokenizer(os.path.join(root, "tokenizer"))
    vocab = max(tokenizer.encoder.values()) + 1
    weights = read_safetensors(os.path.join(root, "sd1", "tiny-sd1.safetensors"))
    clip = ref.CLIPTextModel(**fixtures.clip_config(vocab))
    clip.load_state_dict(part(weights, "cond_stage_model.transformer."))
    unet = sdfix.tiny_sd1_unet(fixtures.clip_config(vocab)["width"])
    unet.load_state_dict(part(weights, "model.diffusion_model."))
    vae = ref.AutoencoderKL(**fixtures.TINY_VAE, scale=0.18215)
    vae.load_state_dict(part(weights, "first_stage_model."))

    with torch.no_grad():
        cond = clip(tokens(tokenizer, prompt))[1]
        uncond = clip(tokens(tokenizer, negative))[1]
        context = torch.cat([cond, uncond])
        x = torch.randn([1, 4, height // 8, width // 8], generator=torch.Generator().manual_seed(seed))
        sigmas = kd.default_sigmas(steps)
        x = x * sigmas[0]
        for sigma, sigma_next in zip(sigmas[:-1], sigmas[1:]):
            t = torch.tensor([kd.sigma_to_t(sigma)] * 2, dtype=torch.float32)
            x_in = torch.cat([x, x]) / (sigma ** 2 + 1) ** 0.5
            eps = unet(x_in, t, context)
            denoised = torch.cat([x, x]) - eps * sigma
            d_cond, d_uncond = denoised[:1], denoised[1:]
            d = d_uncond + (d_cond - d_uncond) * cfg
            x = x + (x - d) / sigma * (sigma_next - sigma)
        image = vae.decode(x)
        pixels = (255.0 * ((image + 1) / 2).clamp(0, 1))[0].permute(1, 2, 0).numpy().astype(np.uint8)
    with open(out, "wb") as f:
        f.write(pixels.tobytes())


if __name__ == "__main__":
    main()
