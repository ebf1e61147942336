#!/usr/bin/env bash
# Installs what the tests need on a fresh machine, runs every suite, and ends with one summary
# line ("N passed, N failed, N skipped"). Exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")"

# The task pane's browser tests drive Debian's Chromium (playwright-core downloads no browser here).
if [ ! -x /usr/bin/chromium ]; then
  echo "==> apt-get install chromium"
  apt-get update -qq
  apt-get install -y -qq chromium chromium-driver >/dev/null
fi

echo "==> npm ci"
npm ci --no-audit --no-fund --loglevel=error

# The app's end-to-end tests serve the built pane, so it is built before them.
echo "==> task pane: type check and build"
npm run build --silent -w src/GraphCallback.TaskPane

echo "==> task pane: unit and manifest tests (Vitest)"
vitest_report=$(mktemp)
vitest_status=0
npm test --silent -w src/GraphCallback.TaskPane -- --reporter=default --reporter=json --outputFile.json="$vitest_report" || vitest_status=$?
read -r vitest_passed vitest_failed vitest_skipped < <(
  node -e 'const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")); console.log(r.numPassedTests, r.numFailedTests, r.numPendingTests + r.numTodoTests)' "$vitest_report" 2>/dev/null || echo "0 1 0"
)
rm -f "$vitest_report"

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
passed=$((passed + vitest_passed)); failed=$((failed + vitest_failed)); skipped=$((skipped + vitest_skipped))
if [ "$vitest_status" -ne 0 ]; then status=1; fi
if [ "$passed" -eq 0 ]; then
  echo "no tests ran"
  status=1
fi
echo "$passed passed, $failed failed, $skipped skipped"
exit "$status"
