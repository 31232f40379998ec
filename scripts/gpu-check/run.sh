#!/usr/bin/env bash
# The GPU check, run on a lent GPU machine (python3, nvcc, cmake, ninja; no Node.js) from the repo
# root, after `npx tsx scripts/gpu-check/prepare.ts` filled .device/ here. Builds llama-server with
# the exact cmake options the app's build script chose for CUDA, generates a random model of
# LLaVA-1.5-7B's shapes meanwhile, and measures it with the argument list the app's supervisor
# builds. Results go to $OUT. SERVER=path skips the build; SMALL=1 makes a small model (dry runs).
set -uo pipefail
OUT=${OUT:-/tmp/gpu-check-out}
mkdir -p "$OUT"
exec > >(tee "$OUT/run.log") 2>&1
D=.device
command -v nvidia-smi >/dev/null && nvidia-smi --query-gpu=name,memory.total,memory.used,driver_version --format=csv
command -v nvcc >/dev/null && nvcc --version | tail -1

src=/tmp/llama-src
rm -rf "$src" && git clone -q "$D/gitRelease.bundle" "$src"
start=$(date +%s)
(PYTHONPATH="$src/gguf-py" python3 scripts/gpu-check/make_random_vlm.py /tmp/model ${SMALL:+--small} > "$OUT/model.log" 2>&1; echo "model_seconds=$(( $(date +%s) - start ))" >> "$OUT/model.log") &
gen=$!

server=${SERVER:-}
if [ -z "$server" ]; then
  mapfile -t configure < <(python3 -c 'import json; print("\n".join(json.load(open(".device/plan.json"))["configure"]))')
  echo "cmake options: ${configure[*]}"
  cmake -S "$src" -B /tmp/build -G Ninja "${configure[@]}" > "$OUT/configure.log" 2>&1 || { tail -30 "$OUT/configure.log"; exit 1; }
  echo "configure_seconds=$(( $(date +%s) - start ))"
  cmake --build /tmp/build --target llama-server -j "$(nproc)" > "$OUT/build.log" 2>&1 || { tail -40 "$OUT/build.log"; exit 1; }
  echo "build_seconds=$(( $(date +%s) - start ))" | tee "$OUT/build-time.txt"
  server=/tmp/build/bin/llama-server
fi
"$server" --version 2>&1 | tail -2
wait "$gen"; cat "$OUT/model.log"

python3 scripts/gpu-check/measure.py --server "$server" --args "$D/server-args.json" \
  --model /tmp/model/model.gguf --mmproj /tmp/model/mmproj.gguf --image "$D/product.jpg" \
  --request "$D/request.json" --out "$OUT/gpu-check.json"
command -v nvidia-smi >/dev/null && nvidia-smi --query-gpu=memory.used --format=csv
echo "total_seconds=$(( $(date +%s) - start ))"
