"""The reference corpus builder: datasketch's bulk MinHash (128 permutations) and MinHashLSH at
threshold 0.8, as a whole process: JSONL in, shingles as ../shared/bench/shingling.py defines them,
each document kept unless the index already holds a near copy of it, JSONL out.

  PYTHONPATH=/path/to/datasketch python3 bench/reference/datasketch-dedup.py corpus.jsonl out.jsonl [shared/bench]

datasketch is not a dependency: point PYTHONPATH at a checkout of it (see docs/BENCHMARKS.md).
"""
import json
import os
import sys

SHINGLING_DIR = sys.argv[3] if len(sys.argv) > 3 else os.path.join(os.path.dirname(__file__), "..", "..", "..", "shared", "bench")
sys.path.insert(0, SHINGLING_DIR)
from datasketch import MinHash, MinHashLSH  # noqa: E402
from shingling import shingle_bytes  # noqa: E402

NUM_PERM = 128
THRESHOLD = 0.8


def main(source, target):
    with open(source, encoding="utf-8") as f:
        docs = [json.loads(line) for line in f if line.strip()]
    hashes = MinHash.bulk([shingle_bytes(d.get("text", "")) for d in docs], num_perm=NUM_PERM)
    lsh = MinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM)
    kept = 0
    with open(target, "w", encoding="utf-8") as out:
        for i, (doc, h) in enumerate(zip(docs, hashes)):
            if lsh.query(h):
                continue
            lsh.insert(str(i), h)
            out.write(json.dumps(doc, ensure_ascii=False) + "\n")
            kept += 1
    print(f"read {len(docs)} · kept {kept} · dropped {len(docs) - kept}", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
