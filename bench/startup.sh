#!/usr/bin/env bash
# Start-up of this checkout's Quire beside an earlier one, whole processes through each one's own
# launcher (so each with its own class-data archive and JVM flags): `quire --version`, the example
# site with a warm cache, and N generated memos with a warm cache (the shared corpus generator).
# The two are alternated: ROUNDS rounds, each one hyperfine run of the old then the new per case,
# so the machine's noise falls on both alike. Prints, per case, the median wall time and the
# median CPU time (user + sys) of every run of each, and the new/old ratio of the median walls.
# Output folders are removed before every timed build; caches are the two Quires' own, filled by
# one untimed build each.
#
# Usage: bench/startup.sh OLD [ROUNDS] [N]   (ROUNDS default 5, 4 runs each; N default 1000)
#   OLD: a folder holding an earlier launcher and jar, as OLD/quire and OLD/target/quire.jar,
#   made for instance from a checkout of the earlier commit:
#     mkdir -p /tmp/old/target && cp quire /tmp/old/ && cp target/quire.jar /tmp/old/target/
#   (the example site is copied beside it when missing: its launcher trains its archive on it)
# Needs hyperfine and python3. WORK=/tmp/quire-startup holds caches, outputs and the corpus;
# GEN_CORPUS=PATH points at gen_corpus.py when it is not in ../shared/bench/.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
old="$(cd "${1:?usage: bench/startup.sh OLD [ROUNDS] [N]}" && pwd)"
rounds=${2:-5}
n=${3:-1000}
runs=4
gen="${GEN_CORPUS:-$root/../shared/bench/gen_corpus.py}"
work=${WORK:-/tmp/quire-startup}
for tool in hyperfine python3; do
  command -v "$tool" >/dev/null 2>&1 || { echo "missing: $tool" >&2; exit 2; }
done
[ -x "$old/quire" ] && [ -f "$old/target/quire.jar" ] || { echo "$old needs quire and target/quire.jar" >&2; exit 2; }
[ -f "$gen" ] || { echo "missing: $gen (set GEN_CORPUS)" >&2; exit 2; }
[ -d "$old/example" ] || { mkdir -p "$old/example" && cp -r "$root/example/quire.yml" "$root/example/memos" "$root/example/references.bib" "$old/example/"; }
mkdir -p "$work"
corpus="$work/memos-$n"
[ -d "$corpus/memos" ] || python3 "$gen" --n "$n" --out "$corpus" --flavor quire --force >/dev/null

# untimed: jars and archives made, caches filled
for side in old new; do
  q="$old/quire"; [ "$side" = new ] && q="$root/quire"
  "$q" --version >/dev/null
  "$q" build "$root/example" -o "$work/example-$side" --cache "$work/cache-example-$side" -q 2>/dev/null
  "$q" build "$corpus" -o "$work/corpus-$side" --cache "$work/cache-corpus-$side" -q 2>/dev/null
done

cases=(version example corpus)
command_for() { # case side
  local q="$old/quire"; [ "$2" = new ] && q="$root/quire"
  case "$1" in
    version) echo "'$q' --version" ;;
    example) echo "'$q' build '$root/example' -o '$work/example-$2' --cache '$work/cache-example-$2' -q" ;;
    corpus) echo "'$q' build '$corpus' -o '$work/corpus-$2' --cache '$work/cache-corpus-$2' -q" ;;
  esac
}
rm -f "$work"/round-*.json
for r in $(seq "$rounds"); do
  for c in "${cases[@]}"; do
    hyperfine --style none --runs "$runs" --export-json "$work/round-$r-$c.json" \
      --prepare "rm -rf '$work/example-old' '$work/example-new' '$work/corpus-old' '$work/corpus-new'" \
      -n "$c old" "$(command_for "$c" old)" -n "$c new" "$(command_for "$c" new)" >/dev/null 2>&1
  done
  echo "round $r of $rounds done" >&2
done

python3 - "$work" "$rounds" "$n" <<'EOF'
import json, statistics, sys
work, rounds, n = sys.argv[1], int(sys.argv[2]), sys.argv[3]
labels = {"version": "quire --version", "example": "example site, warm cache", "corpus": f"{n} memos, warm cache"}
print(f"{'case':28} {'old wall':>9} {'new wall':>9} {'new/old':>8} {'old CPU':>9} {'new CPU':>9}")
for case in ("version", "example", "corpus"):
    wall = {"old": [], "new": []}; cpu = {"old": [], "new": []}
    for r in range(1, rounds + 1):
        for res in json.load(open(f"{work}/round-{r}-{case}.json"))["results"]:
            side = res["command"].split()[-1]
            wall[side] += res["times"]
            cpu[side] += [u + s for u, s in zip(res["user"], res["system"])] if "user" in res and isinstance(res["user"], list) \
                else [res["user"] + res["system"]] * len(res["times"])
    mw = {k: statistics.median(v) for k, v in wall.items()}
    mc = {k: statistics.median(v) for k, v in cpu.items()}
    print(f"{labels[case]:28} {mw['old']:8.3f}s {mw['new']:8.3f}s {mw['new'] / mw['old']:8.2f} {mc['old']:8.3f}s {mc['new']:8.3f}s")
print(f"(medians of {len(wall['old'])} runs each, alternating in {rounds} rounds)")
EOF
