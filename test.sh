#!/usr/bin/env bash
# Installs what the tests need on a fresh machine, runs every suite, and ends with one summary
# line ("N passed, N failed, N skipped"). Exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")"

echo "==> npm ci"
npm ci --no-audit --no-fund --loglevel=error

echo "==> dotnet build"
dotnet restore GraphCallback.sln
dotnet build GraphCallback.sln --no-restore -c Release -warnaserror

echo "==> dotnet test"
log=$(mktemp)
status=0
dotnet test GraphCallback.sln --no-build -c Release 2>&1 | tee "$log" || status=$?

# Sum the per-assembly results so the last line is the whole run's summary.
read -r passed failed skipped < <(
  grep -E '^(Passed|Failed)!' "$log" | sed -E 's/.*Failed: *([0-9]+), Passed: *([0-9]+), Skipped: *([0-9]+).*/\2 \1 \3/' |
    awk '{p+=$1; f+=$2; s+=$3} END {print p+0, f+0, s+0}'
)
rm -f "$log"
if [ "$passed" -eq 0 ]; then
  echo "no tests ran"
  status=1
fi
echo "$passed passed, $failed failed, $skipped skipped"
exit "$status"
