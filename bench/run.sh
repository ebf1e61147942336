#!/usr/bin/env bash
# The benchmark harness in one command: builds the harness and publishes the app (Release), then
# measures the webhook, the capture pipeline, call-back planning, the published process and the hot
# pure code on loopback (own Azurite, Graph emulator and app; nothing leaves this machine), prints
# the Markdown table and writes bench/results/latest.md and latest.json (git-ignored).
# Options go to the harness, e.g.: bench/run.sh --stages webhook --rates 200 --seconds 30
set -euo pipefail
cd "$(dirname "$0")/.."
started=$SECONDS

if ! npm ls --depth=0 >/dev/null 2>&1; then
  echo "==> npm ci (Azurite)"
  npm ci --no-audit --no-fund --loglevel=error
fi
echo "==> npm run build (the task pane the published app serves)"
npm run build --silent -w src/GraphCallback.TaskPane
echo "==> dotnet build (Release)"
dotnet build bench/GraphCallback.Benchmarks -c Release -nologo -v quiet
echo "==> dotnet publish src/GraphCallback.Functions -c Release"
dotnet publish src/GraphCallback.Functions -c Release -nologo -v quiet

dotnet bench/GraphCallback.Benchmarks/bin/Release/net10.0/GraphCallback.Benchmarks.dll \
  --commit "$(git rev-parse --short HEAD 2>/dev/null || echo unknown)" "$@"
echo "bench/run.sh took $((SECONDS - started)) s, build and publish included"
