#!/usr/bin/env bash
# Coverage-guided fuzzing of Quire's readers with Jazzer: the front-matter splitter and YAML,
# memo bodies (math, citations, wikilinks, callouts), references.bib, and the Jekyll and Hugo
# body converters. Every `mvn verify` replays the saved inputs beside each test; this fuzzes.
#   bench/fuzz.sh 30m [TEST ...]   fuzz each test for 30 minutes (a Jazzer duration: 90s, 2h, ...)
#   bench/fuzz.sh ci               a short run CI makes after the tests: a fixed seed and a fixed
#                                  number of inputs per test, so the same commit fuzzes the same inputs
# A finding (an exception, a stack overflow, an input that takes over a minute) is written beside its test as
# src/test/resources/dev/quire/<package>/<Test>Inputs/<method>/crash-…: from then on it is replayed
# by every `mvn verify`. Fix the reader, rename the file after what it shows, keep it.
# What the fuzzer learned (its corpus) stays in .cifuzz-corpus/ and seeds the next long run.
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
mode=${1:-10m}
shift || true
cd "$root"
# inputs per test in the CI run: the readers differ a thousandfold in speed (KaTeX runs per formula)
declare -A ci_runs=([FrontMatterFuzzTest]=20000 [BibTeXFuzzTest]=1500 [ImportFuzzTest]=1500 [MarkdownFuzzTest]=400)
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(FrontMatterFuzzTest BibTeXFuzzTest ImportFuzzTest MarkdownFuzzTest)
mkdir -p target/fuzz
mvn -B -o -q -Dstyle.color=never test-compile || exit 2
status=0
for target in "${targets[@]}"; do
  log="target/fuzz/$target.log"
  if [ "$mode" = ci ]; then
    # libFuzzer reads its own flags after Jazzer's: the last -max_total_time wins over the test's 5 minutes
    # a corpus of its own, empty at each start, so that the run depends on the commit alone
    rm -rf target/fuzz-ci
    limits=(-Djazzer.internal.basedir="$root/target/fuzz-ci" -Djazzer.internal.arg.1=-seed=20261201 -Djazzer.internal.arg.2=-runs="${ci_runs[$target]:-1000}"
            -Djazzer.internal.arg.3=-max_total_time=0 -Djazzer.internal.arg.4=-artifact_prefix="$root/target/fuzz/" -Djazzer.internal.arg.5=-timeout=60)
    echo "$target: ${ci_runs[$target]:-1000} inputs from a fixed seed (log in $log)"
  else
    seconds=$(java_duration="$mode" python3 -c 'import os,re; d=os.environ["java_duration"]; print(sum(int(n)*{"s":1,"m":60,"h":3600}[u] for n,u in re.findall(r"(\d+)\s*([smh])", d)))')
    limits=(-Djazzer.internal.arg.1=-max_total_time="$seconds" -Djazzer.internal.arg.2=-timeout=60)
    echo "$(date -u +%H:%M) $target: fuzzing for $mode (log in $log)"
  fi
  before=$(find src/test/resources/dev/quire target/fuzz -name 'crash-*' -o -name 'timeout-*' | sort)
  JAZZER_FUZZ=1 mvn -B -o -Dstyle.color=never surefire:test -Dtest="$target" -Djazzer.internal.arg.0=fuzz "${limits[@]}" \
      -DargLine="-Xmx1g -XX:-OmitStackTraceInFastThrow" -Dsurefire.failIfNoSpecifiedTests=false > "$log" 2>&1
  result=$?
  done_line=$(grep -a '^Done [0-9]* runs' "$log" | tail -1)
  cov=$(grep -aoE 'cov: [0-9]+ ft: [0-9]+ corp: [0-9]+' "$log" | tail -1)
  echo "  ${done_line:-no fuzzing summary}; ${cov:-no coverage line}"
  after=$(find src/test/resources/dev/quire target/fuzz -name 'crash-*' -o -name 'timeout-*' | sort)
  found=$(comm -13 <(echo "$before") <(echo "$after") | grep -v '^$' || true)
  if [ -n "$found" ] || [ $result -ne 0 ]; then
    status=1
    echo "  FOUND: ${found:-see $log}"
    grep -a -m1 -A8 'FuzzTestFindingException\|== Java Exception' "$log" | sed 's/^/  /'
  fi
done
exit $status
