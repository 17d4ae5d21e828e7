"""Independent reference for the noise schedule, seeded noise and sampler
tests (tests/diffusion/tst_noise_schedule, tst_latent_noise, tst_samplers).

Written from the published equations (CompVis ddpm.py/ddim.py,
crowsonkb/k-diffusion sampling.py and external.py, AUTOMATIC1111
setup_img2img_steps), in float64, with torch only for its CPU generator and
linspace. A toy analytic network stands in for the UNet; the C++ test
defines the same one.

Usage: k_diffusion_reference.py MODE < JSON spec; prints JSON.
  schedule: {"steps": [n...], "sigmas": [s...], "ts": [t...]}
  randn:    [{"seed": s, "shape": [...], "draws": k}, ...] -> per spec, base64 float32 bytes per draw
  sample:   [spec, ...], see sample() below
"""
import base64
import json
import math
import sys

import numpy as np
import torch

T = 1000


def alphas_cumprod():
    betas = torch.linspace(0.00085 ** 0.5, 0.012 ** 0.5, T, dtype=torch.float64) ** 2
    return np.cumprod(1.0 - betas.numpy(), axis=0)


AC = alphas_cumprod()
SIGMAS = np.sqrt((1.0 - AC) / AC)
LOG_SIGMAS = np.log(SIGMAS)


def sigma_to_t(sigma):
    log_sigma = math.log(sigma) if sigma > 0 else -math.inf
    at_or_below = np.nonzero(LOG_SIGMAS <= log_sigma)[0]
    low = min(at_or_below[-1] if len(at_or_below) else 0, T - 2)
    w = (LOG_SIGMAS[low] - log_sigma) / (LOG_SIGMAS[low] - LOG_SIGMAS[low + 1])
    w = min(max(w, 0.0), 1.0)
    return (1 - w) * low + w * (low + 1)


def t_to_sigma(t):
    low, high = math.floor(t), math.ceil(t)
    w = t - low
    return math.exp((1 - w) * LOG_SIGMAS[low] + w * LOG_SIGMAS[high])


def default_sigmas(n):
    ts = torch.linspace(T - 1, 0, n, dtype=torch.float64).tolist()
    return [t_to_sigma(t) for t in ts] + [0.0]


def karras_sigmas(n, rho=7.0):
    lo, hi = SIGMAS[0] ** (1 / rho), SIGMAS[-1] ** (1 / rho)
    ramp = torch.linspace(0, 1, n, dtype=torch.float64).tolist()
    return [(hi + r * (lo - hi)) ** rho for r in ramp] + [0.0]


def ddim_timesteps(n):
    return [min(t + 1, T - 1) for t in range(0, T, max(1, T // n))]


# ---- the toy network shared with tst_samplers.cpp --------------------------
# out[b] = x_in[b] * (a + k * t[b]) + 0.05 * sin(0.01 * t[b]) * P, with
# P = arange(numel)/numel - 0.5 over one image; rows of the uncond half of a
# guided batch use (0.2, 0.0007), the others (0.3, 0.0005).

def pattern(shape):
    numel = int(np.prod(shape[1:]))
    return (torch.arange(numel, dtype=torch.float64) / numel - 0.5).reshape(shape[1:])


def network(x_in, t, uncond_rows):
    out = torch.empty_like(x_in)
    p = pattern(x_in.shape)
    for b in range(x_in.shape[0]):
        a, k = (0.2, 0.0007) if b in uncond_rows else (0.3, 0.0005)
        out[b] = x_in[b] * (a + k * t[b]) + 0.05 * math.sin(0.01 * t[b]) * p
    return out


def denoise(x, sigma, spec):
    """k-diffusion CompVis(V)Denoiser, with A1111's CFG when spec["cfg"]."""
    batch = x.shape[0]
    guided = spec["cfg"] is not None
    xs = torch.cat([x, x]) if guided else x
    uncond_rows = set(range(batch, 2 * batch)) if guided else set()
    t = [sigma_to_t(sigma)] * xs.shape[0]
    c_in = 1 / math.sqrt(sigma ** 2 + 1)
    out = network(xs * c_in, t, uncond_rows)
    if spec["prediction"] == "v":
        d = out * (-sigma / math.sqrt(sigma ** 2 + 1)) + xs * (1 / (sigma ** 2 + 1))
    else:
        d = xs + out * -sigma
    if not guided:
        return d
    cond, uncond = d[:batch], d[batch:]
    return uncond + (cond - uncond) * spec["cfg"]


def eps_vp(x_vp, t_index, spec):
    """CompVis DDIM's view: eps (or eps from v) of the VP latent at integer t."""
    batch = x_vp.shape[0]
    guided = spec["cfg"] is not None
    xs = torch.cat([x_vp, x_vp]) if guided else x_vp
    uncond_rows = set(range(batch, 2 * batch)) if guided else set()
    out = network(xs, [float(t_index)] * xs.shape[0], uncond_rows)
    if spec["prediction"] == "v":
        a = AC[t_index]
        out = math.sqrt(a) * out + math.sqrt(1 - a) * xs
    if not guided:
        return out
    cond, uncond = out[:batch], out[batch:]
    return uncond + (cond - uncond) * spec["cfg"]


def img2img_steps(steps, dn, exact):
    if exact:
        return int(steps / min(dn, 0.999)), steps - 1
    return steps, int(min(dn, 0.999) * steps)


def k_sample(spec, x, sigmas, gen, shape):
    trajectory = []
    old = None
    for i in range(len(sigmas) - 1):
        s, s_next = sigmas[i], sigmas[i + 1]
        d = denoise(x, s, spec)
        name = spec["sampler"]
        if name == "euler":
            x = x + (x - d) / s * (s_next - s)
        elif name == "euler_a":
            up = min(s_next, math.sqrt(s_next ** 2 * (s ** 2 - s_next ** 2) / s ** 2))
            down = math.sqrt(s_next ** 2 - up ** 2)
            x = x + (x - d) / s * (down - s)
            if s_next > 0:
                x = x + torch.randn(shape, generator=gen).double() * up
        else:  # dpmpp_2m, dpmpp_2m_karras
            t, t_next = -math.log(s), (math.inf if s_next == 0 else -math.log(s_next))
            h = t_next - t
            if old is None or s_next == 0:
                x = (math.exp(-t_next) / math.exp(-t)) * x - math.expm1(-h) * d
            else:
                r = (t - (-math.log(sigmas[i - 1]))) / h
                dd = (1 + 1 / (2 * r)) * d - (1 / (2 * r)) * old
                x = (math.exp(-t_next) / math.exp(-t)) * x - math.expm1(-h) * dd
            old = d
        trajectory.append(x.clone())
    return x, trajectory


def ddim_sample(spec, noise, init, steps, t_enc):
    """CompVis DDIMSampler, eta 0, in VP space; trajectory reported in sigma
    (VE) space, x_ve = x_vp / sqrt(alpha_prev)."""
    ts = ddim_timesteps(steps)
    prev = [AC[0]] + [AC[t] for t in ts[:-1]]
    last = len(ts) - 1 if init is None else min(t_enc, len(ts) - 1)
    if init is None:
        x = noise
    else:
        a = AC[ts[last]]
        x = math.sqrt(a) * init + math.sqrt(1 - a) * noise
    trajectory = []
    for i in range(last, -1, -1):
        a, a_prev = AC[ts[i]], prev[i]
        e = eps_vp(x, ts[i], spec)
        pred_x0 = (x - math.sqrt(1 - a) * e) / math.sqrt(a)
        x = math.sqrt(a_prev) * pred_x0 + math.sqrt(1 - a_prev) * e
        trajectory.append(x / math.sqrt(a_prev))
    return x, trajectory


def sample(spec):
    """spec: sampler, steps, seed, shape, prediction ("eps"|"v"), cfg (scale or
    null), img2img (null or {"dn": float, "exact": bool}). The init latent of
    img2img is 0.5 * sin(arange(numel)) over the shape."""
    shape = spec["shape"]
    gen = torch.Generator().manual_seed(spec["seed"])
    noise = torch.randn(shape, generator=gen).double()
    init = None
    if spec["img2img"] is not None:
        numel = int(np.prod(shape))
        init = (0.5 * torch.sin(torch.arange(numel, dtype=torch.float64))).reshape(shape)
    steps, t_enc = spec["steps"], None
    if init is not None:
        steps, t_enc = img2img_steps(spec["steps"], spec["img2img"]["dn"], spec["img2img"]["exact"])

    if spec["sampler"] == "ddim":
        x, trajectory = ddim_sample(spec, noise, init, steps, t_enc)
    else:
        sigmas = karras_sigmas(steps) if spec["sampler"] == "dpmpp_2m_karras" else default_sigmas(steps)
        if init is None:
            x = noise * sigmas[0]
        else:
            sigmas = sigmas[steps - t_enc - 1:]
            x = init + noise * sigmas[0]
        x, trajectory = k_sample(spec, x, sigmas, gen, shape)
    encode = lambda t: base64.b64encode(t.contiguous().numpy().tobytes()).decode()
    return {"final": encode(x), "trajectory": [encode(t) for t in trajectory]}


def main():
    mode = sys.argv[1]
    spec = json.loads(sys.stdin.read())
    if mode == "schedule":
        out = {
            "alphas_cumprod": AC.tolist(),
            "default": {str(n): default_sigmas(n) for n in spec["steps"]},
            "karras": {str(n): karras_sigmas(n) for n in spec["steps"]},
            "ddim": {str(n): ddim_timesteps(n) for n in spec["steps"]},
            "sigma_to_t": [sigma_to_t(s) for s in spec["sigmas"]],
            "t_to_sigma": [t_to_sigma(t) for t in spec["ts"]],
        }
    elif mode == "randn":
        out = []
        for case in spec:
            gen = torch.Generator().manual_seed(case["seed"])
            out.append([base64.b64encode(torch.randn(case["shape"], generator=gen).numpy().tobytes()).decode()
                        for _ in range(case["draws"])])
    elif mode == "sample":
        out = [sample(case) for case in spec]
    else:
        sys.exit("unknown mode " + mode)
    json.dump(out, sys.stdout)


if __name__ == "__main__":
    main()
