#!/usr/bin/python3
"""A short, bounded load run against `hires-studio serve` on loopback.

Starts the server on a free port, then for DURATION seconds runs WORKERS
client threads that each send a mix of requests (health, progress, upscalers,
small LANCZOS upscales, malformed JSON, a missing route) while HELD idle
connections stay open. Prints requests by status, transport errors, latency
percentiles and the server's resident memory before and after.

    tests/tools/server_load.py build/bin/hires-studio [--duration 20] [--workers 8] [--held 32]
"""
import argparse
import base64
import http.client
import json
import re
import socket
import subprocess
import sys
import threading
import time
import zlib
import struct


def png(w, h):
    raw = b"".join(b"\x00" + bytes((x * 7 + y * 3) % 256 for x in range(w * 3)) for y in range(h))
    def chunk(kind, data):
        c = kind + data
        return struct.pack(">I", len(data)) + c + struct.pack(">I", zlib.crc32(c) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def rss_kib(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("executable")
    ap.add_argument("--duration", type=float, default=20)
    ap.add_argument("--workers", type=int, default=8)
    ap.add_argument("--held", type=int, default=32)
    args = ap.parse_args()

    server = subprocess.Popen([args.executable, "serve", "--port", "0", "--max-queue", "4"],
                              stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    port = None
    for line in server.stdout:
        m = re.search(r"Serving on http://127\.0\.0\.1:(\d+)", line)
        if m:
            port = int(m.group(1))
            break
    if not port:
        print("server did not start", file=sys.stderr)
        return 1

    upscale = json.dumps({"image": base64.b64encode(png(64, 48)).decode(), "upscaler": "lanczos",
                          "scale": 2}).encode()
    mix = [("GET", "/health", None), ("GET", "/sdapi/v1/progress", None),
           ("GET", "/sdapi/v1/upscalers", None), ("POST", "/upscale", upscale),
           ("POST", "/upscale", upscale), ("POST", "/upscale", b"{\"image\": "),
           ("GET", "/missing", None)]

    # Warm up once (first LANCZOS run, model scan), then measure memory.
    c = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    c.request("POST", "/upscale", upscale, {"Content-Type": "application/json"})
    c.getresponse().read()
    c.close()
    before = rss_kib(server.pid)

    held = []
    for _ in range(args.held):
        s = socket.create_connection(("127.0.0.1", port))
        held.append(s)

    lock = threading.Lock()
    statuses = {}
    errors = []
    latencies = []
    stop = time.monotonic() + args.duration

    def worker(n):
        i = n
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        while time.monotonic() < stop:
            method, path, body = mix[i % len(mix)]
            i += 1
            t0 = time.monotonic()
            try:
                headers = {"Content-Type": "application/json"} if body else {}
                conn.request(method, path, body, headers)
                r = conn.getresponse()
                r.read()
                status = r.status
                if r.getheader("Connection", "").lower() == "close":
                    conn.close()
                    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
            except Exception as e:  # noqa: BLE001 - counted and reported
                with lock:
                    errors.append(type(e).__name__)
                conn.close()
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
                continue
            with lock:
                statuses[status] = statuses.get(status, 0) + 1
                latencies.append(time.monotonic() - t0)
        conn.close()

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(args.workers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for s in held:
        s.close()
    time.sleep(1)
    after = rss_kib(server.pid)
    c = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    c.request("GET", "/health")
    alive = c.getresponse().status
    server.terminate()
    server.wait(30)

    latencies.sort()
    pct = lambda p: latencies[min(len(latencies) - 1, int(p * len(latencies)))] * 1000
    total = sum(statuses.values())
    print(f"duration {args.duration:.0f} s, {args.workers} client threads, "
          f"{args.held} idle connections held")
    print(f"requests answered: {total} ({total / args.duration:.0f}/s); by status: "
          + ", ".join(f"{k}: {v}" for k, v in sorted(statuses.items())))
    print(f"transport errors: {len(errors)} {sorted(set(errors))}")
    print(f"latency ms: p50 {pct(0.5):.1f}, p95 {pct(0.95):.1f}, max {latencies[-1] * 1000:.1f}")
    print(f"server RSS: {before / 1024:.1f} MiB before, {after / 1024:.1f} MiB after")
    print(f"health after the run: {alive}; exit code {server.returncode}")
    return 0 if alive == 200 and not errors else 1


if __name__ == "__main__":
    sys.exit(main())
