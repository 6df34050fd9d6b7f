"""Ingest synthetic articles START..STOP into STORE, printing each committed index.

Used by test_crash.py, which SIGKILLs this process mid-build.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic import synthetic_extraction  # noqa: E402

from conflictkg.ontology.store import Store  # noqa: E402


def main() -> None:
    store, start, stop, relations = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
    with Store.open(store) as kg:
        for i in range(start, stop):
            outcome = kg.ingest(synthetic_extraction(i, relations))
            print(i, outcome, flush=True)


if __name__ == "__main__":
    main()
