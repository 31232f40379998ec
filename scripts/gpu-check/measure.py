#!/usr/bin/env python3
"""Starts llama-server with the argument list the app's supervisor builds (dumped by
`scripts/engine-args.ts`), then measures load time, the GPU layers it fitted, and 1 against 8
concurrent image requests. Prints and writes a JSON summary.

usage: measure.py --server BIN --args ARGS.json --model M --mmproj P --image JPG --request BODY.json --out OUT.json
"""
import argparse
import base64
import json
import os
import re
import secrets
import socket
import statistics
import subprocess
import threading
import time
import urllib.error
import urllib.request


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def http(url: str, body=None, key=None, timeout=120):
    req = urllib.request.Request(url, data=None if body is None else json.dumps(body).encode(), method="GET" if body is None else "POST")
    req.add_header("Content-Type", "application/json")
    if key:
        req.add_header("Authorization", f"Bearer {key}")
    try:
        with urllib.request.urlopen(req, timeout=timeout) as r:
            return r.status, json.loads(r.read() or b"{}")
    except urllib.error.HTTPError as e:
        return e.code, json.loads(e.read() or b"{}")


def main() -> None:
    ap = argparse.ArgumentParser()
    for a in ("server", "args", "model", "mmproj", "image", "request", "out"):
        ap.add_argument(f"--{a}", required=True)
    o = ap.parse_args()
    spec = json.load(open(o.args))
    port = free_port()
    subst = {"{MODEL}": o.model, "{MMPROJ}": o.mmproj, "{PORT}": str(port)}
    argv = [subst.get(a, a) for a in spec["args"]]
    key = secrets.token_hex(16)
    env = dict(os.environ, **{spec["keyEnv"]: key})
    log_path = os.path.join(os.path.dirname(o.out), "llama-server.log")
    log = open(log_path, "w")
    print("llama-server", " ".join(argv), flush=True)
    t0 = time.perf_counter()
    proc = subprocess.Popen([o.server, *argv], env=env, stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    ready = None
    while time.perf_counter() - t0 < 300:
        if proc.poll() is not None:
            break
        try:
            status, _ = http(f"{base}/health", timeout=2)
            if status == 200:
                ready = time.perf_counter() - t0
                break
        except (urllib.error.URLError, ConnectionError, OSError):
            pass
        time.sleep(0.02)
    result = {"argv": argv, "ready_s": ready, "exit": proc.poll()}
    try:
        if ready is None:
            raise SystemExit(f"server not ready: exit {proc.poll()}")
        _, props = http(f"{base}/props", key=key)
        result["props"] = {k: props.get(k) for k in ("total_slots", "modalities", "build_info")}
        body = json.load(open(o.request))
        jpeg = base64.b64encode(open(o.image, "rb").read()).decode()
        for m in body["messages"]:
            if isinstance(m["content"], list):
                for part in m["content"]:
                    if part.get("type") == "image_url":
                        part["image_url"]["url"] = f"data:image/jpeg;base64,{jpeg}"

        def one(results, i):
            t = time.perf_counter()
            status, r = http(f"{base}/v1/chat/completions", body=dict(body, seed=1000 + i), key=key, timeout=300)
            results[i] = {"status": status, "s": time.perf_counter() - t, "finish": (r.get("choices") or [{}])[0].get("finish_reason"),
                          "completion_tokens": (r.get("usage") or {}).get("completion_tokens"), "prompt_tokens": (r.get("usage") or {}).get("prompt_tokens"),
                          "error": (r.get("error") or {}).get("message")}

        one({}, 99)  # warm-up: first request pays CUDA graph and cache set-up
        singles = []
        for i in range(3):
            res = {}
            one(res, i)
            singles.append(res[i])
        result["single"] = singles
        for n in (8,):
            res = {}
            t = time.perf_counter()
            threads = [threading.Thread(target=one, args=(res, i)) for i in range(n)]
            for th in threads:
                th.start()
            for th in threads:
                th.join()
            wall = time.perf_counter() - t
            toks = sum(r["completion_tokens"] or 0 for r in res.values())
            result[f"concurrent_{n}"] = {"wall_s": wall, "requests": list(res.values()), "completion_tokens": toks,
                                         "tokens_per_s": toks / wall, "listings_per_s": n / wall}
        single_med = statistics.median(r["s"] for r in singles)
        single_toks = statistics.median(r["completion_tokens"] or 0 for r in singles)
        result["single_median_s"] = single_med
        result["single_tokens_per_s"] = single_toks / single_med
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()
        text = open(log_path, errors="replace").read()
        result["offload_lines"] = [l for l in text.splitlines() if re.search(r"offload|CUDA0|fit|n_slots|n_ctx_seq|VRAM|model buffer size", l)][:40]
        json.dump(result, open(o.out, "w"), indent=2)
        print(json.dumps({k: v for k, v in result.items() if k != "offload_lines"}, indent=2))
        print("\n".join(result["offload_lines"]))


if __name__ == "__main__":
    main()
