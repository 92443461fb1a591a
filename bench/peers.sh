#!/usr/bin/env bash
# Cold full builds of Quire beside Hugo (and any other peer named) on the same generated corpus,
# using the shared peer runner. Usage: bench/peers.sh N [hugo jekyll eleventy]
# Needs python3, hyperfine, GNU time and the peers on PATH (Debian: apt-get install hugo hyperfine time).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runner="${PEERS_RUNNER:-$root/../shared/bench/run_peers.sh}"
[ -x "$runner" ] || runner="bash $runner"
n=${1:?usage: bench/peers.sh N [PEER ...]}
shift
peers=("$@")
[ ${#peers[@]} -gt 0 ] || peers=(hugo)
"$root/quire" --version >/dev/null
export QUIRE_CMD="$root/quire build . -q"
export QUIRE_VERSION="$("$root/quire" --version | awk '{print $2}')"
$runner "$n" "${peers[@]}" quire
