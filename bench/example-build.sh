#!/usr/bin/env bash
# Times full builds of the bundled example site (a new JVM each run), as a user runs them:
# with a warm cache (every formula and code block read from the cache, GraalJS never started)
# and with an empty one (GraalJS starts, KaTeX and highlight.js render everything).
# Needs hyperfine (Debian: apt-get install hyperfine).
# Usage: bench/example-build.sh [RUNS] [COLD_RUNS]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs=${1:-10}
cold_runs=${2:-3}
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
out="$work/site"
cache="$work/cache"
"$root/quire" --version >/dev/null   # builds the jar if needed, outside the timing
"$root/quire" build "$root/example" -o "$out" --cache "$cache" -q   # fills the cache
hyperfine --style basic --warmup 2 --runs "$runs" --prepare "rm -rf '$out'" \
  -n "warm cache" "'$root/quire' build '$root/example' -o '$out' --cache '$cache' -q"
hyperfine --style basic --runs "$cold_runs" --prepare "rm -rf '$out' '$cache'" \
  -n "empty cache" "'$root/quire' build '$root/example' -o '$out' --cache '$cache' -q"
