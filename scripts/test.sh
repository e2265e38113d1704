#!/usr/bin/env bash
# The one test command: restores tools, builds, checks migrations, installs Chromium when missing, starts a
# throwaway PostgreSQL, runs every test (integration tests on SQLite and on PostgreSQL), stops PostgreSQL
# and prints "N passed, N failed, N skipped". Exits non-zero when anything failed.
set -uo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
out="$root/test-output"
rm -rf "$out" && mkdir -p "$out"
started=$(date +%s)

step() { printf '\n== %s\n' "$*"; }
die() { echo "test.sh: $*" >&2; exit 1; }

step "tools and build"
dotnet tool restore >/dev/null || die "dotnet tool restore failed"
dotnet build CaseTrak.slnx -c Debug -nologo -v q 2>&1 | tail -n 3
[ "${PIPESTATUS[0]}" -eq 0 ] || die "build failed"

step "migrations are up to date with the model"
for p in Sqlite Postgres; do
  dotnet ef migrations has-pending-model-changes --no-build --project "src/CaseTrak.Migrations.$p" >"$out/pending-$p.log" 2>&1 \
    || { cat "$out/pending-$p.log"; die "the $p migrations do not match the model: add a migration"; }
done

step "browser and fonts"
# Chromium for the browser tests; DejaVu for the PDF bills (PDFsharp embeds it; Linux has no font API it can use).
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium chromium-driver)
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || missing+=(fonts-dejavu-core)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = "0" ]; then
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null) || die "could not install ${missing[*]}"
  else
    die "missing: sudo apt-get install ${missing[*]}"
  fi
fi
chromium --version 2>/dev/null | head -n 1

step "PostgreSQL"
# shellcheck source=scripts/pg.sh
source scripts/pg.sh
pg_start || die "could not start PostgreSQL"
trap pg_stop EXIT

total_passed=0; total_failed=0; total_skipped=0
run() { # name, project, extra env...
  local name="$1" project="$2"; shift 2
  step "$name"
  env "$@" CASETRAK_TEST_OUTPUT="$out/$name" dotnet test --project "$project" --no-build >"$out/$name.log" 2>&1
  local code=$?
  grep -E "^\s+(failed|error) |^\s+\[FAIL\]|^failed |Assert\.|Exception" "$out/$name.log" | head -n 60
  local t f s p
  t=$(awk '/^  total:/ {print $2}' "$out/$name.log" | tail -n 1); f=$(awk '/^  failed:/ {print $2}' "$out/$name.log" | tail -n 1)
  p=$(awk '/^  succeeded:/ {print $2}' "$out/$name.log" | tail -n 1); s=$(awk '/^  skipped:/ {print $2}' "$out/$name.log" | tail -n 1)
  if [ -z "$t" ]; then
    tail -n 40 "$out/$name.log"; echo "$name: no summary (exit $code)"; total_failed=$((total_failed + 1)); return
  fi
  [ "$code" -ne 0 ] && [ "${f:-0}" -eq 0 ] && { tail -n 30 "$out/$name.log"; f=1; }
  echo "$name: passed $p, failed $f, skipped $s"
  total_passed=$((total_passed + p)); total_failed=$((total_failed + f)); total_skipped=$((total_skipped + s))
}

run unit tests/CaseTrak.UnitTests
run integration-sqlite tests/CaseTrak.IntegrationTests CASETRAK_TEST_PROVIDER=Sqlite
run integration-postgres tests/CaseTrak.IntegrationTests CASETRAK_TEST_PROVIDER=Postgres
run browser tests/CaseTrak.BrowserTests CASETRAK_TEST_PROVIDER=Sqlite

pg_stop; trap - EXIT

# The benchmark harness end to end at the smallest size (its own PostgreSQL, seeding, app, load): a smoke test
# that it works, never a verdict — our shared machines are too noisy for timing gates (PERFORMANCE.md).
step "bench smoke (profile S, scenario 2)"
if dotnet bench/CaseTrak.Bench/bin/Debug/net10.0/CaseTrak.Bench.dll --profile S --scenarios 2 --rounds 1 --warmup 1 --measure 2 \
     --results "$out/bench" >"$out/bench.log" 2>&1 && ls "$out"/bench/*-S.json >/dev/null 2>&1; then
  grep -E "^\| 2 " "$out/bench.log" | head -n 1
  echo "bench: passed 1"; total_passed=$((total_passed + 1))
else
  tail -n 30 "$out/bench.log"; echo "bench: failed"; total_failed=$((total_failed + 1))
fi
echo
echo "wall time: $(( $(date +%s) - started )) s; logs and screenshots in test-output/"
echo "$total_passed passed, $total_failed failed, $total_skipped skipped"
[ "$total_failed" -eq 0 ]
