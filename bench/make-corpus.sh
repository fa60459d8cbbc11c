#!/usr/bin/env sh
# Builds the copy-detection reference corpus (see ../shared/bench/README.md) into bench/data/
# (git-ignored). Needs the Debian doc packages listed in make_corpus.py's docstring, and python3
# with numpy and scipy for the exact all-pairs ground truth. Deterministic for the default seed.
set -eu
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
SHARED="${NEWSFOLD_SHARED:-$ROOT/../shared}"
OUT="$ROOT/bench/data"
if [ ! -f "$SHARED/bench/make_corpus.py" ]; then
  echo "make-corpus: $SHARED/bench/make_corpus.py not found (set NEWSFOLD_SHARED)" >&2
  exit 1
fi
mkdir -p "$OUT"
python3 "$SHARED/bench/make_corpus.py" --out "$OUT" "$@"
python3 "$SHARED/bench/exact_pairs.py" "$OUT/corpus.jsonl" "$OUT/exact_pairs.tsv"
