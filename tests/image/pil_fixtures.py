"""Fixtures and an independent reader for the core/image tests.

Run with Debian's Python (PIL 9.x): the files are written by PIL/libpng/
libjpeg/libwebp/libtiff, not by the code under test, and `info` reads our
outputs back with PIL. Subcommands:

  orientations SRC OUTDIR   SRC saved with EXIF orientation 1..8 as JPEG, PNG,
                            WebP and TIFF (o<N>.<ext>), plus PIL's upright
                            reading of each (o<N>.<ext>.upright.png)
  icc SRC OUTDIR            sRGB ICC profile from littlecms (srgb.icc) embedded
                            in PNG, JPEG, WebP and TIFF (icc.<ext>); large.icc
                            (over 65,519 bytes) in a JPEG (icc_large.jpg)
  text OUTDIR               PNG with tEXt "parameters", zTXt and UTF-8 iTXt
  foreign SRC OUTDIR        BMP, GIF, PPM, ICO, float TIFF, animated WebP,
                            gray+alpha PNG, 16-bit PNG and TIFF made by PIL
  info FILE                 JSON on stdout: format, mode, size, ICC (hex),
                            EXIF orientation, PNG text
"""
import json
import sys

import numpy as np
from PIL import Image, ImageCms, ImageOps

EXTS = {"jpg": "JPEG", "png": "PNG", "webp": "WEBP", "tif": "TIFF"}


def exif_bytes(orientation, little_endian):
    exif = Image.Exif()
    exif.endian = "<" if little_endian else ">"
    exif[0x0112] = orientation
    exif[0x0131] = "pil_fixtures"  # Software: some content besides orientation
    return exif.tobytes()


def orientations(src, out):
    im = Image.open(src).convert("RGB")
    for n in range(1, 9):
        for ext, fmt in EXTS.items():
            path = f"{out}/o{n}.{ext}"
            if fmt == "TIFF":
                im.save(path, format=fmt, tiffinfo={0x0112: n})
            else:
                extra = {"quality": 95} if fmt in ("JPEG", "WEBP") else {}
                im.save(path, format=fmt, exif=exif_bytes(n, n % 2 == 1), **extra)
            upright(path).convert("RGB").save(path + ".upright.png")


def upright(path):
    im = Image.open(path)
    if im.format == "TIFF":
        # PIL 9 turns TIFF images by their Orientation tag while loading.
        im.load()
        return im
    return ImageOps.exif_transpose(im)


def srgb_profile():
    return ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()


def icc(src, out):
    profile = srgb_profile()
    open(f"{out}/srgb.icc", "wb").write(profile)
    im = Image.open(src).convert("RGB")
    for ext, fmt in EXTS.items():
        im.save(f"{out}/icc.{ext}", format=fmt, icc_profile=profile)
    # A profile larger than one JPEG APP2 segment: the real sRGB profile with
    # its size field raised and a private tail; readers carry it as bytes.
    big = bytearray(profile) + bytes((i * 7) % 251 for i in range(150000))
    big[0:4] = len(big).to_bytes(4, "big")
    open(f"{out}/large.icc", "wb").write(bytes(big))
    im.save(f"{out}/icc_large.jpg", format="JPEG", icc_profile=bytes(big))


def text(out):
    from PIL import PngImagePlugin

    info = PngImagePlugin.PngInfo()
    info.add_text("parameters", "a photo of an astronaut, Steps: 20, Sampler: Euler a, Seed: 42")
    info.add_text("Comment", "compressed comment " * 20, zip=True)
    info.add_itxt("Beschreibung", "Größe: 4× — 東京", lang="de", tkey="Description")
    rgb = np.zeros((8, 8, 3), np.uint8)
    Image.fromarray(rgb).save(f"{out}/text.png", pnginfo=info)


def foreign(src, out):
    im = Image.open(src).convert("RGB")
    im.save(f"{out}/photo.bmp")
    im.convert("P").save(f"{out}/photo.gif")
    im.save(f"{out}/photo.ppm")
    im.resize((32, 32)).save(f"{out}/photo.ico")
    a = np.asarray(im.convert("L"), np.float32) / 255.0
    Image.fromarray(a, "F").save(f"{out}/float.tif")
    frames = [im.resize((16, 16)), im.resize((16, 16)).rotate(90)]
    frames[0].save(f"{out}/animated.webp", save_all=True, append_images=frames[1:], duration=100)
    gray = np.asarray(im.convert("L"))
    alpha = np.tile(np.arange(gray.shape[1], dtype=np.uint8), (gray.shape[0], 1))
    Image.fromarray(np.dstack([gray, alpha]), "LA").save(f"{out}/gray_alpha.png")
    g16 = gray.astype(np.uint16) * 256 + 7
    Image.fromarray(g16).save(f"{out}/gray16.png")
    Image.fromarray(g16).save(f"{out}/gray16.tif")


def info(path):
    im = Image.open(path)
    exif = im.getexif()
    out = {
        "format": im.format,
        "mode": im.mode,
        "width": im.size[0],
        "height": im.size[1],
        "icc": (im.info.get("icc_profile") or b"").hex(),
        "orientation": exif.get(0x0112),
        "software": exif.get(0x0131),
        "text": dict(getattr(im, "text", {}) or {}),
        "frames": getattr(im, "n_frames", 1),
    }
    im.load()  # decodes all data: CRC and structure errors surface here
    json.dump(out, sys.stdout)


def main():
    command, args = sys.argv[1], sys.argv[2:]
    {"orientations": orientations, "icc": icc, "text": text, "foreign": foreign,
     "info": info}[command](*args)


if __name__ == "__main__":
    main()
