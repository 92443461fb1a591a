#!/usr/bin/env bash
# A longer fuzzing run than the test suite's: the *FuzzTest classes (front matter and YAML,
# memo bodies with math, citations, wikilinks and callouts, references.bib, the Jekyll and Hugo
# body converters) with TRIES inputs per reader, for each of ROUNDS fresh seeds. A crash or a
# hang fails the run and prints the seed and the input; add it to the reader's test as a case.
# Usage: bench/fuzz.sh [TRIES] [ROUNDS]     (default 5000 inputs per reader, 1 round)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
tries=${1:-5000}
rounds=${2:-1}
cd "$root"
for ((r = 0; r < rounds; r++)); do
  seed=$(( $(date +%s%N) % 1000000007 ))
  echo "round $((r + 1)) of $rounds: seed $seed, $tries inputs per reader"
  start=$(date +%s)
  mvn -B -o -q -Dstyle.color=never test -Dtest='*FuzzTest' -Dsurefire.failIfNoSpecifiedTests=false \
      -Dquire.fuzz.tries="$tries" -Dquire.fuzz.seed="$seed"
  echo "  passed in $(( $(date +%s) - start )) s"
done
