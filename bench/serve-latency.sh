#!/usr/bin/env bash
# Edit-to-reload latency of `quire serve` (file written → reload event on the page's event
# stream) on the example site and on a generated corpus, beside `hugo server` (file written →
# LiveReload message) on the same corpus. Usage: bench/serve-latency.sh [N]   (default N=4000)
# Needs python3 and, for the peer, hugo on PATH. EDITS=30 WARMUP=5 QUIET=1.0 tune the runs;
# GEN_CORPUS=PATH points at gen_corpus.py when it is not in ../shared/bench/.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
gen="${GEN_CORPUS:-$root/../shared/bench/gen_corpus.py}"
n=${1:-4000}
work=${WORK:-/tmp/quire-serve-bench}
mkdir -p "$work"
"$root/quire" --version >/dev/null   # builds the jar when needed
quire=("$root/quire" serve . --port "{port}")

rm -rf "$work/example" && cp -r "$root/example" "$work/example"
python3 "$root/bench/serve_latency.py" quire "$work/example" "memos/*.md" -- "${quire[@]}"

python3 "$gen" --n "$n" --out "$work/quire-$n" --flavor quire --force >/dev/null
python3 "$root/bench/serve_latency.py" quire "$work/quire-$n" "memos/*.md" -- "${quire[@]}"

if command -v hugo >/dev/null 2>&1; then
  python3 "$gen" --n "$n" --out "$work/hugo-$n" --flavor hugo --force >/dev/null
  echo "hugo $(hugo version | awk '{print $2}')" >&2
  python3 "$root/bench/serve_latency.py" hugo "$work/hugo-$n" "content/posts/*.md" -- \
    hugo server --bind 127.0.0.1 --port "{port}"
else
  echo "skip hugo: not on PATH" >&2
fi
