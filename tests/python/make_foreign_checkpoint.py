"""Writes a valid PyTorch checkpoint of a network that is not an upscaler (a
small classifier), with the real torch.save, plus a truncated copy of it:
the "unknown architecture" and "corrupt file" cases of the fallback tests.

usage: make_foreign_checkpoint.py OUT_DIR   (writes classifier.pth, truncated.pth)
"""
import os
import sys

import torch


def main():
    out = sys.argv[1]
    model = torch.nn.Sequential(torch.nn.Conv2d(3, 8, 3), torch.nn.ReLU(), torch.nn.Flatten(),
                                torch.nn.Linear(8, 10))
    path = os.path.join(out, "classifier.pth")
    torch.save(model.state_dict(), path)
    data = open(path, "rb").read()
    with open(os.path.join(out, "truncated.pth"), "wb") as f:
        f.write(data[: len(data) // 2])


if __name__ == "__main__":
    main()
