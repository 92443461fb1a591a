#!/usr/bin/env bash
# Resident memory of `quire serve` under 10,000 requests over 200 connections, on the example
# site and on a generated corpus of N memos: with the launcher's heap ceiling, and with none
# (QUIRE_HEAP=off, the JVM's default of a quarter of the machine's memory).
# Usage: bench/serve-rss.sh [N]   (default N=1000). REQUESTS and CONNECTIONS tune the load;
# GEN_CORPUS=PATH points at gen_corpus.py when it is not in ../shared/bench/.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
gen="${GEN_CORPUS:-$root/../shared/bench/gen_corpus.py}"
n=${1:-1000}
work=${WORK:-/tmp/quire-rss-bench}
mkdir -p "$work"
"$root/quire" --version >/dev/null   # builds the jar when needed
rm -rf "$work/example" && cp -r "$root/example" "$work/example"
python3 "$gen" --n "$n" --out "$work/quire-$n" --flavor quire --force >/dev/null
for site in "$work/example" "$work/quire-$n"; do
  for heap in off auto; do
    printf '%s, heap %s: ' "$(basename "$site")" "$heap"
    QUIRE_HEAP=$heap python3 "$root/bench/serve_rss.py" "$site" -- "$root/quire" serve . --port "{port}"
  done
done
