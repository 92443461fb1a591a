#!/usr/bin/env bash
# Empty-cache builds per JavaScript engine, side by side with Hugo: N generated memos (the shared
# corpus generator, seed 42), .quire-cache removed before every Quire run (as on a CI deploy from a
# fresh checkout), alternating quire, hugo, quire, hugo, ... and the median of the per-round
# Quire/Hugo wall-time ratios reported (bench/vs_hugo.py, SCENARIO=cold), once per engine:
#   v8       quire build . -q --js-engine v8
#   graaljs  quire build . -q --js-engine graaljs
# Then the example site from an empty cache with each engine (median of RUNS whole-process builds).
# Usage: bench/cold-engines.sh [N] [RUNS] [ENGINES]   (default 1000 5 v8,graaljs)
# Targets: <= 3x Hugo with V8, <= 12x with GraalJS alone; the example site < 1.5 s with V8.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
n=${1:-1000}
runs=${2:-5}
engines=${3:-v8,graaljs}
gen="${GEN_CORPUS:-$root/../shared/bench/gen_corpus.py}"
work=${WORK:-/tmp/quire-cold-engines}
mkdir -p "$work"
"$root/quire" --version >/dev/null   # builds the jar (and its class-data archive) if needed, outside the timing
quire_version="$("$root/quire" --version | awk '{print $2}')"
commit="$(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo '?')"
[ -z "$(git -C "$root" status --porcelain -- src pom.xml 2>/dev/null)" ] || commit="$commit+dirty"
command -v hugo >/dev/null 2>&1 || { echo "missing: hugo (Debian: apt-get install hugo)" >&2; exit 2; }
hugo_version="$(hugo version | awk '{print $2}' | cut -d+ -f1)"

if [ "${KEEP_CORPUS:-0}" != 1 ] || [ ! -d "$work/quire-$n" ]; then
  python3 "$gen" --n "$n" --out "$work/quire-$n" --flavor quire --seed "${SEED:-42}" --force
  python3 "$gen" --n "$n" --out "$work/hugo-$n" --flavor hugo --seed "${SEED:-42}" --force
fi
for engine in ${engines//,/ }; do
  echo "== $engine, $n memos, empty cache"
  python3 "$root/bench/vs_hugo.py" --n "$n" --runs "$runs" --scenarios cold \
    --quire-dir "$work/quire-$n" --hugo-dir "$work/hugo-$n" --quire-cmd "'$root/quire' build . -q --js-engine $engine" \
    --tsv "$work/cold-engines-$engine.tsv" --quire-version "$quire_version" --hugo-version "$hugo_version" --commit "$commit"
  # which engine ran, and where the time went, from one more build
  rm -rf "$work/quire-$n/.quire-cache" "$work/quire-$n/_site"
  (cd "$work/quire-$n" && "$root/quire" build . -q --timings --js-engine "$engine" | sed 's/^/    /')
done

median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
for engine in ${engines//,/ }; do
  for scenario in empty warm; do
    times=$(for _ in $(seq 1 "$runs"); do
      [ "$scenario" = empty ] && rm -rf "$work/example-cache"
      rm -rf "$work/example-out"
      start=$(date +%s.%N)
      "$root/quire" build "$root/example" -o "$work/example-out" --cache "$work/example-cache" -q --js-engine "$engine"
      echo "$(date +%s.%N) - $start" | bc
    done | median)
    printf 'example site, %-7s %s cache: %.2f s (median of %d)\n' "$engine" "$scenario" "$times" "$runs"
  done
done
