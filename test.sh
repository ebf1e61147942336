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

# Every test runs on the suite's clock (tests/GraphCallback.Testing/SuiteClock.cs): it starts at
# GRAPHCALLBACK_TEST_NOW (ISO 8601) or at the fixed default, Tuesday 1 December 2026 10:00 in London,
# and then runs at real speed. The whole suite runs at that instant; then the tests that depend on
# the time of day, the weekday or DST (trait Clock=Calendar) run again at each instant below.
# With GRAPHCALLBACK_TEST_NOW set, only that instant is run: the way to reproduce one of them.
calendar=(
  2026-12-04T02:07:00Z # a Friday, 02:07 UTC: the night before a weekend
  2026-12-05T12:00:00Z # a Saturday, 12:00 UTC
  2026-03-29T00:30:00Z # the European DST change: Sunday 29 March 2026, 00:30 UTC
  2026-03-08T06:30:00Z # the US DST change: Sunday 8 March 2026, 06:30 UTC (01:30 in New York)
  2026-12-06T21:00:00Z # Monday 7 December 2026, 08:00 in Sydney
)
if [ -n "${GRAPHCALLBACK_TEST_NOW:-}" ]; then calendar=(); fi

rm -f artifacts/reliability/figures.md
log=$(mktemp)
status=0
echo "==> dotnet test at ${GRAPHCALLBACK_TEST_NOW:-the default instant}"
dotnet test GraphCallback.sln --no-build -c Release 2>&1 | tee "$log" || status=$?
# Only the test projects that hold such tests, so the calendar pass loads nothing else. One
# instant after another: side by side, on two cores, the end-to-end tests' waits stretch and a
# debounce test once saw a stale plan (CallBackBlockTests), so the pass stays sequential.
mapfile -t calendar_projects < <(grep -rl --include='*.cs' '\[CalendarDependent\]' tests | cut -d/ -f2 | sort -u)
for instant in "${calendar[@]}"; do
  for project in "${calendar_projects[@]}"; do
    echo "==> $project: calendar-dependent tests at $instant"
    GRAPHCALLBACK_TEST_NOW="$instant" dotnet test "tests/$project" --no-build -c Release --filter Clock=Calendar 2>&1 | tee -a "$log" || status=$?
  done
done

# Sum the per-assembly results of every run so the last line is the whole run's summary.
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
# The reliability suite's figures (tests/GraphCallback.Reliability.Tests), whether it passed or not.
if [ -f artifacts/reliability/figures.md ]; then
  echo "==> reliability suite figures"
  cat artifacts/reliability/figures.md
fi
echo "$passed passed, $failed failed, $skipped skipped"
exit "$status"
