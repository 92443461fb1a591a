#!/usr/bin/env bash
# Coverage-guided fuzzing of Quire's readers with Jazzer, longer than the test suite's replay of
# the saved inputs: the front-matter splitter and YAML, memo bodies (math, citations, wikilinks,
# callouts), references.bib, and the Jekyll and Hugo body converters, DURATION each.
# A finding (an exception, a stack overflow, a hang) is written beside its test as
# src/test/resources/dev/quire/<package>/<Test>Inputs/<method>/crash-…: from then on it is
# replayed by every `mvn verify`. Fix the reader, rename the file after what it shows, keep it.
# What the fuzzer learned (its corpus) stays in .cifuzz-corpus/ and seeds the next run.
# A fuzz test runs at most 5 minutes per JVM (Jazzer's default), so the script runs ROUNDS rounds
# over the tests, each continuing from the corpus the last one left.
# Usage: bench/fuzz.sh [ROUNDS] [TEST ...]   (default 1 round: 5 minutes each; bench/fuzz.sh 12 MarkdownFuzzTest: an hour)
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
rounds=${1:-1}
shift || true
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(FrontMatterFuzzTest MarkdownFuzzTest BibTeXFuzzTest ImportFuzzTest)
cd "$root"
mkdir -p target/fuzz
mvn -B -o -q -Dstyle.color=never test-compile || exit 2
status=0
for ((round = 1; round <= rounds; round++)); do
  for target in "${targets[@]}"; do
    log="target/fuzz/$target-$round.log"
    echo "$(date -u +%H:%M) round $round of $rounds, $target (log in $log)"
    before=$(find src/test/resources/dev/quire -name 'crash-*' -o -name 'timeout-*' | sort)
    JAZZER_FUZZ=1 mvn -B -o -Dstyle.color=never surefire:test -Dtest="$target" \
        -DargLine="-Xmx1g -XX:-OmitStackTraceInFastThrow" -Dsurefire.failIfNoSpecifiedTests=false > "$log" 2>&1
    result=$?
    done_line=$(grep -a '^Done [0-9]* runs' "$log" | tail -1)
    cov=$(grep -aoE 'cov: [0-9]+ ft: [0-9]+ corp: [0-9]+' "$log" | tail -1)
    echo "  ${done_line:-no fuzzing summary}; ${cov:-no coverage line}"
    after=$(find src/test/resources/dev/quire -name 'crash-*' -o -name 'timeout-*' | sort)
    found=$(comm -13 <(echo "$before") <(echo "$after") | grep -v '^$' || true)
    if [ -n "$found" ] || [ $result -ne 0 ]; then
      status=1
      echo "  FOUND: ${found:-see $log}"
      grep -a -m1 -A6 'FuzzTestFindingException\|== Java Exception' "$log" | sed 's/^/  /'
    fi
  done
done
exit $status
