#!/usr/bin/env bash
# Times a cold full build of the bundled example site (a new JVM each run), as a user runs it.
# Needs hyperfine (Debian: apt-get install hyperfine). Usage: bench/example-build.sh [RUNS]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs=${1:-10}
out="$(mktemp -d)/site"
"$root/quire" --version >/dev/null   # builds the jar if needed, outside the timing
hyperfine --style basic --warmup 2 --runs "$runs" --prepare "rm -rf '$out'" \
  "'$root/quire' build '$root/example' -o '$out' -q"
