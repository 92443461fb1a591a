#!/usr/bin/env bash
# Whole-process builds of Quire beside Hugo on the same generated memos (the shared corpus
# generator, seed 42), alternating quire, hugo, quire, hugo, ... so that the machine's noise
# falls on both alike. Each round gives a Quire/Hugo wall-time ratio; the result is the median of
# those ratios (with its min and max), beside the medians of each tool's wall time, CPU time
# (user + sys) and peak RSS, taken from the build process's own rusage (bench/vs_hugo.py).
# Two scenarios (SCENARIO=warm or cold; default both):
#   warm  an author's second build: one untimed build fills .quire-cache, then only _site is
#         removed before every Quire run (public/ and resources/ before every Hugo run)
#   cold  .quire-cache is removed too, so GraalJS starts and every formula and code block is
#         rendered again; Hugo as for warm
# One untimed round of each tool comes first; then both outputs must have every memo's page
# (index.html), or nothing is timed. The commands: "$root/quire" build . -q (JVM flags from the
# launcher, plus QUIRE_JAVA_OPTS) and hugo --quiet, each inside its corpus folder.
# Usage: bench/vs-hugo.sh N [RUNS]   (N may be a list: 1000,5000; RUNS rounds, default 5)
# Needs python3; Hugo is skipped, with a message, when hugo is not on PATH (Debian: apt-get install hugo).
# WORK=/tmp/quire-vs-hugo holds the corpora (quire-N, hugo-N) and vs-hugo.tsv, to which one line
# per N and scenario is appended; KEEP_CORPUS=1 reuses existing corpora; SEED=42;
# GEN_CORPUS=PATH points at gen_corpus.py when it is not in ../shared/bench/.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ns=${1:?usage: bench/vs-hugo.sh N [RUNS]}
runs=${2:-5}
gen="${GEN_CORPUS:-$root/../shared/bench/gen_corpus.py}"
work=${WORK:-/tmp/quire-vs-hugo}
seed=${SEED:-42}
case "${SCENARIO:-both}" in
  both) scenarios=warm,cold ;;
  warm|cold) scenarios=$SCENARIO ;;
  *) echo "SCENARIO must be warm, cold or both" >&2; exit 2 ;;
esac
command -v python3 >/dev/null 2>&1 || { echo "missing: python3" >&2; exit 2; }
[ -f "$gen" ] || { echo "missing: $gen (set GEN_CORPUS)" >&2; exit 2; }
mkdir -p "$work"

"$root/quire" --version >/dev/null   # builds the jar (and its class-data archive) if needed, outside the timing
quire_version="$("$root/quire" --version | awk '{print $2}')"
commit="$(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo '?')"
[ -z "$(git -C "$root" status --porcelain -- src pom.xml 2>/dev/null)" ] || commit="$commit+dirty"
if command -v hugo >/dev/null 2>&1; then
  hugo_version="$(hugo version | awk '{print $2}' | cut -d+ -f1)"
else
  hugo_version=""
  echo "skip hugo: not on PATH (Debian: apt-get install hugo); timing Quire alone" >&2
fi

corpus() {   # corpus FLAVOR N
  local dir="$work/$1-$2"
  if [ "${KEEP_CORPUS:-0}" = 1 ] && [ -d "$dir" ]; then
    echo "reusing corpus $dir" >&2
  else
    python3 "$gen" --n "$2" --out "$dir" --flavor "$1" --seed "$seed" --force
  fi
}

for n in ${ns//,/ }; do
  corpus quire "$n"
  hugo_dir=-
  if [ -n "$hugo_version" ]; then corpus hugo "$n"; hugo_dir="$work/hugo-$n"; fi
  python3 "$root/bench/vs_hugo.py" --n "$n" --runs "$runs" --scenarios "$scenarios" \
    --quire-dir "$work/quire-$n" --hugo-dir "$hugo_dir" --quire-cmd "'$root/quire' build . -q" \
    --tsv "$work/vs-hugo.tsv" --quire-version "$quire_version" --hugo-version "${hugo_version:-}" --commit "$commit"
done
echo "results appended to $work/vs-hugo.tsv"
