#!/usr/bin/env bash
# Bytes one search query downloads on a generated site of N memos (default 10,000): generates the
# corpus with the shared generator, builds it with ./quire, then replays typical queries the way
# assets/search.js fetches files (bench/search_bytes.py). Usage: bench/search-bytes.sh [N]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
n=${1:-10000}
gen="${GEN_CORPUS:-$root/../shared/bench/gen_corpus.py}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 "$gen" --n "$n" --out "$work/site" --flavor quire >/dev/null
"$root/quire" build "$work/site" -q
echo "site: $n memos; search index: $(find "$work/site/_site/search" -type f | wc -l) files," \
  "$(du -sk "$work/site/_site/search" | cut -f1) KB on disk"
python3 "$root/bench/search_bytes.py" "$work/site/_site" \
  "variance" "posterior calibration" "bootstrap" "robust hierarchical estimator" "calib" \
  "heavy-tailed quantile" "lorem" "a b testing"
