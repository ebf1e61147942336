#!/usr/bin/env bash
# Runs GraphCallback locally on its embedded defaults, with no tenant needed: Azurite on its
# default ports (data under .azurite/, emptied at every start), the Graph emulator with its demo
# scenario on http://localhost:5080 (Entra ID endpoints on https://localhost:5081), and the app on
# http://localhost:7071, configured only through the same settings a deployment uses. It then
# connects the three demo users, so their voicemails are follow-ups within a minute. The task pane
# is served at http://localhost:7071/pane/ (a plain browser: sign in as a demo user).
# Ctrl+C stops everything this script started.
# Every start is the same fresh demo: the emulator keeps its mailboxes, To Do lists and calendars in
# memory and starts empty, so .azurite/ is deleted first. Data kept from an earlier run would point
# at lists, events and subscriptions the new emulator does not have (no call-back blocks, a missing
# To Do list, every demo call a second time), so keeping it is not offered: --keep-data is refused.
set -euo pipefail
cd "$(dirname "$0")"

for arg in "$@"; do
  case "$arg" in
    --keep-data)
      echo "run.sh: --keep-data is not supported: the Graph emulator keeps nothing between runs (it starts" >&2
      echo "empty with the demo scenario each time), so Azurite's data from an earlier run would not match it." >&2
      echo "Every start resets .azurite/ instead." >&2
      exit 2 ;;
    *)
      echo "run.sh: unknown argument '$arg' (run.sh takes none)" >&2
      exit 2 ;;
  esac
done

APP_URL=http://localhost:7071
GRAPH_URL=http://localhost:5080
ENTRA_URL=https://localhost:5081
DEMO_TENANT=6c1a3e0b-2f4d-4a8e-9b7c-1d2e3f4a5b6c
DEMO_USERS=(3f2b1c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d 9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d 1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e)

# A port already taken means something (an earlier run?) is still serving it: waiting on it would
# talk to that instead of what this run starts.
for port in 10000 10001 10002 5080 5081 7071; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    echo "Port $port is already in use (an earlier ./run.sh still running?); stop it first." >&2
    exit 1
  fi
done

# Install only what is missing, so a second run starts fast.
if ! npm ls --depth=0 >/dev/null 2>&1; then
  echo "==> npm ci"
  npm ci --no-audit --no-fund --loglevel=error
fi
echo "==> task pane build"
npm run build --silent -w src/GraphCallback.TaskPane
echo "==> dotnet build"
dotnet build src/GraphCallback.Functions -c Release -nologo -v quiet
dotnet build src/GraphCallback.GraphEmulator -c Release -nologo -v quiet

pids=()
cleanup() {
  trap - EXIT INT TERM
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
trap cleanup EXIT INT TERM

wait_for_port() {
  local port=$1 name=$2
  for _ in $(seq 1 240); do
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then return 0; fi
    sleep 0.5
  done
  echo "$name did not start on port $port" >&2
  exit 1
}

echo "==> resetting Azurite's data (.azurite/): the Graph emulator starts empty, so this run starts fresh too"
rm -rf .azurite
mkdir -p .azurite .emulator
echo "==> Azurite (Table 10002, Queue 10001, Blob 10000)"
node node_modules/azurite/dist/src/azurite.js --location .azurite --skipApiVersionCheck --loose --disableTelemetry --silent &
pids+=($!)
wait_for_port 10002 Azurite

echo "==> Graph emulator with the demo scenario on $GRAPH_URL"
dotnet src/GraphCallback.GraphEmulator/bin/Release/net10.0/GraphCallback.GraphEmulator.dll \
  --urls "$GRAPH_URL;$ENTRA_URL" --scenario demo \
  --Emulator:CertificatePath .emulator/localhost.pem --Logging:LogLevel:Default Warning &
pids+=($!)
wait_for_port 5080 "Graph emulator"

# The app's settings, exactly as app settings in Azure would carry them, pointed at the emulator.
export Graph__BaseUrl="$GRAPH_URL/v1.0"
export AzureAd__Instance="$ENTRA_URL/"
export AzureAd__ClientId=7d3c9f1e-2b4a-4c6d-8e0f-1a2b3c4d5e6f
export AzureAd__ClientSecret=demo-secret-not-for-production
export AzureAd__DisableInstanceDiscovery=true
export Network__TrustedCertificatePath="$PWD/.emulator/localhost.pem"
export Webhook__PublicBaseUrl="$APP_URL/"
export TaskPane__ContentPath="$PWD/src/GraphCallback.TaskPane/dist"
export CallBackBlocks__Debounce=00:00:10 # the demo books its call-back blocks seconds after connecting
APP=src/GraphCallback.Functions/bin/Release/net10.0/GraphCallback.Functions.dll

echo "==> GraphCallback on $APP_URL"
dotnet "$APP" --urls "$APP_URL" &
pids+=($!)
wait_for_port 7071 GraphCallback

echo "==> connecting the demo users"
connect_args=()
for user in "${DEMO_USERS[@]}"; do connect_args+=(--user "$user"); done
dotnet "$APP" connect --tenant "$DEMO_TENANT" "${connect_args[@]}"

cat <<INFO

GraphCallback is running.
  App:            $APP_URL   (health: $APP_URL/health, ready: $APP_URL/health/ready)
  Graph emulator: $GRAPH_URL/v1.0   (control API: $GRAPH_URL/_emulator/)
  Azurite:        http://127.0.0.1:10002 (tables), http://127.0.0.1:10001 (queues)
See who to call back: open the task pane in a browser and sign in as a demo user (Megan, Alex, Lidia):
  $APP_URL/pane/
  The emulator signs in over HTTPS with a certificate it made at start-up: first open
  $ENTRA_URL/organizations/v2.0/.well-known/openid-configuration once and accept it.
Leave a voicemail for Megan and watch it become a follow-up:
  curl -s -X POST $GRAPH_URL/_emulator/users/megan@contoso.example/voicemails -H 'Content-Type: application/json' \\
    -d '{"callerNumber":"+44 20 7946 0456","callerName":"New caller","durationSeconds":20,"transcript":"Please call me back."}'
Press Ctrl+C to stop.
INFO
wait -n "${pids[@]}"
