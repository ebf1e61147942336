#!/usr/bin/env bash
# Runs GraphCallback locally on its embedded defaults: Azurite on its default ports (data under
# .azurite/), then the app on http://localhost:7071. Ctrl+C stops everything this script started.
set -euo pipefail
cd "$(dirname "$0")"

APP_URL=${APP_URL:-http://localhost:7071}

# Install only what is missing, so a second run starts fast.
if ! npm ls --depth=0 >/dev/null 2>&1; then
  echo "==> npm ci"
  npm ci --no-audit --no-fund --loglevel=error
fi
echo "==> dotnet build"
dotnet build src/GraphCallback.Functions -c Release -nologo -v quiet

pids=()
cleanup() {
  trap - EXIT INT TERM
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
trap cleanup EXIT INT TERM

wait_for_port() {
  local port=$1 name=$2
  for _ in $(seq 1 120); do
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then return 0; fi
    sleep 0.5
  done
  echo "$name did not start on port $port" >&2
  exit 1
}

echo "==> Azurite (Table 10002, Queue 10001, Blob 10000)"
mkdir -p .azurite
node node_modules/azurite/dist/src/azurite.js --location .azurite --skipApiVersionCheck --loose --disableTelemetry --silent &
pids+=($!)
wait_for_port 10002 Azurite

echo "==> GraphCallback on $APP_URL"
dotnet run --project src/GraphCallback.Functions -c Release --no-build --no-launch-profile --urls "$APP_URL" &
pids+=($!)
wait_for_port "${APP_URL##*:}" GraphCallback

cat <<INFO

GraphCallback is running.
  App:        $APP_URL
  Health:     $APP_URL/health   (ready: $APP_URL/health/ready)
  Azurite:    http://127.0.0.1:10002 (tables), http://127.0.0.1:10001 (queues)
Press Ctrl+C to stop.
INFO
wait -n "${pids[@]}"
