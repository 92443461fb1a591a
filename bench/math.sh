#!/usr/bin/env bash
# Formulas per second: a generated site of memos full of distinct formulas (taken from the
# math corpus in src/test/resources/math/corpus.tex) is built with an empty cache ("cold":
# GraalJS starts and KaTeX renders every formula) and again with the cache it left ("cached":
# every formula is read back, GraalJS is not started). The rate is formulas divided by the time
# of the build's "memos" stage (--timings), the median of RUNS builds each.
# Usage: bench/math.sh [FORMULAS] [RUNS]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
formulas=${1:-400}
runs=${2:-3}
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
site="$work/site"
mkdir -p "$site/memos"
cat > "$site/quire.yml" <<'YAML'
title: Math benchmark
math:
  macros: {"\\R": "\\mathbb{R}", "\\E": "\\mathbb{E}", "\\norm": "\\left\\lVert #1 \\right\\rVert",
           "\\KL": "\\operatorname{KL}", "\\argmin": "\\operatorname*{arg\\,min}"}
YAML

# the corpus's formulas, one per line (blank lines separate them there; '%' lines are comments)
mapfile -t corpus < <(grep -v '^%' "$root/src/test/resources/math/corpus.tex" \
  | awk 'BEGIN { RS = "" } { gsub(/\n/, " "); print }' | grep -v '\\tag')
per_memo=20
memos=$(( (formulas + per_memo - 1) / per_memo ))
n=0
for m in $(seq 1 "$memos"); do
  file="$site/memos/2026-01-$(printf '%02d' $(( (m - 1) % 28 + 1 )))-memo-$m.md"
  printf -- '---\ntitle: Memo %d\ndate: 2026-01-01\n---\n' "$m" > "$file"
  for _ in $(seq 1 "$per_memo"); do
    [ "$n" -ge "$formulas" ] && break
    tex="${corpus[$(( n % ${#corpus[@]} ))]}"
    # "+ n" makes every formula distinct, so none is rendered from another's cache entry
    printf '\n$$\n%s + %d\n$$\n' "$tex" "$n" >> "$file"
    n=$(( n + 1 ))
  done
done

"$root/quire" --version >/dev/null   # builds the jar if needed, outside the timing
stage_ms() { "$root/quire" build "$site" -o "$work/out" --cache "$work/cache" --timings -q | awk '$1 == "memos" { print $2 }'; }
median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

cold=$(for _ in $(seq 1 "$runs"); do rm -rf "$work/cache"; stage_ms; done | median)
cached=$(for _ in $(seq 1 "$runs"); do stage_ms; done | median)
printf '%d formulas in %d memos\n' "$n" "$memos"
awk -v n="$n" -v c="$cold" -v w="$cached" 'BEGIN {
  printf "cold (empty cache, GraalJS started): %7d ms  %8.1f formulas/s\n", c, n / (c / 1000)
  printf "cached (GraalJS not started):        %7d ms  %8.1f formulas/s\n", w, n / (w / 1000)
}'
