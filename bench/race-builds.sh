#!/usr/bin/env bash
# Two builds of one site into one output folder at once (an editor's build-on-save beside a
# terminal), TRIES times, the second started up to a second after the first; after each, the
# output folder is compared with a build made alone. Prints each try's exit codes and file count,
# and how many tries left an output folder that differs. Every try must end identical.
# Usage: bench/race-builds.sh SITE [TRIES] [JAR]   (default 5 tries, target/quire.jar)
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
site=$1
tries=${2:-5}
jar=${3:-$root/target/quire.jar}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
java -jar "$jar" build "$site" -o "$work/alone" -q > /dev/null 2>&1 || { echo "the site does not build alone"; exit 2; }
echo "built alone: $(find "$work/alone" -type f | wc -l) files"
bad=0
for ((t = 1; t <= tries; t++)); do
  rm -rf "$work/out"
  java -jar "$jar" build "$site" -o "$work/out" -q > "$work/first.log" 2>&1 & first=$!
  sleep "0.$((RANDOM % 10))"
  java -jar "$jar" build "$site" -o "$work/out" -q > "$work/second.log" 2>&1 & second=$!
  wait $first; a=$?
  wait $second; b=$?
  files=$(find "$work/out" -type f 2>/dev/null | wc -l)
  if diff -rq "$work/alone" "$work/out" > "$work/diff" 2>&1; then verdict=identical; else verdict="DIFFERS ($(wc -l < "$work/diff") files)"; bad=$((bad + 1)); fi
  echo "try $t: exit codes $a and $b, $files files, $verdict"
done
echo "$bad of $tries tries left an output folder that differs from a build made alone"
[ "$bad" -eq 0 ]
