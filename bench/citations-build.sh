#!/usr/bin/env bash
# What citations cost a build: N generated memos (default 1,000) built as they are, then with
# example/references.bib and four citations appended to every memo (bracketed, several keys,
# a locator, a narrative one), so every memo gets formatted citations and a reference list.
# Needs python3 and hyperfine (Debian: apt-get install hyperfine). Usage: bench/citations-build.sh [N] [RUNS]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
n=${1:-1000}
runs=${2:-5}
gen="${GEN_CORPUS:-$root/../shared/bench/gen_corpus.py}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 "$gen" --n "$n" --out "$work/plain" --flavor quire >/dev/null
cp -r "$work/plain" "$work/cited"
cp "$root/example/references.bib" "$work/cited/references.bib"
python3 - "$work/cited" "$root/example/references.bib" <<'PY'
import pathlib, re, sys
site, bib = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2]).read_text()
keys = re.findall(r"@\w+\{([^,\s]+),", bib)
for i, memo in enumerate(sorted((site / "memos").rglob("*.md"))):
    k = [keys[(i * 7 + j * 3) % len(keys)] for j in range(5)]
    memo.write_text(memo.read_text() + f"\n\nAs @{k[0]} argue, and as others found [@{k[1]}; @{k[2]}, p. {i % 40 + 1}],"
                    f" the effect holds [see @{k[3]}, sec. 2; @{k[4]}].\n")
PY
"$root/quire" --version >/dev/null   # builds the jar if needed, outside the timing
echo "$n memos, $(grep -c '^@' "$work/cited/references.bib") references, 4 citations (5 keys) per memo"
hyperfine --style basic --warmup 1 --runs "$runs" \
  --prepare "rm -rf '$work/plain/_site' '$work/cited/_site'" \
  -n "no citations" "'$root/quire' build '$work/plain' -q" \
  -n "citations" "'$root/quire' build '$work/cited' -q"
