"""Benchmark: classification speed and memory over the shared corpus.

Imports ../shared/corpus into a temporary store, then classifies it, and again
with the corpus replicated under new model ids (COPIES times) to show how a run
of thousands of models scales. Prints models per second and peak memory.

    python benchmarks/bench_classify.py [COPIES]
"""

from __future__ import annotations

import resource
import sys
import tempfile
import time
from pathlib import Path

from chipaudit.pipeline import classify_models
from chipaudit.snapshot import import_snapshot
from chipaudit.store import Store

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def replicate(store: Store, copies: int) -> None:
    """Add `copies` more models per corpus model, linking the same documents."""
    originals = store.model_ids()
    for copy in range(copies):
        for model_id in originals:
            twin = f"{model_id}-copy{copy}"
            store.put_model(twin)
            card = store.get_document("modelcard", model_id)
            if card is not None:
                card.key = twin
                store.put_document(card)
            for row in store.link_rows(model_id):
                store.add_link(twin, row["kind"], row["target"], row["origin"])


def timed_run(store: Store, label: str) -> None:
    models = len(store.model_ids())
    started = time.perf_counter()
    summary = classify_models(store)
    elapsed = time.perf_counter() - started
    print(
        f"{label}: {models} models in {elapsed:.1f} s "
        f"({models / elapsed:.1f} models/s), errors {len(summary.errors)}, "
        f"peak RSS {peak_rss_mb():.0f} MB"
    )


def main() -> None:
    copies = int(sys.argv[1]) if len(sys.argv) > 1 else 10
    with tempfile.TemporaryDirectory() as directory:
        with Store(Path(directory) / "bench.db") as store:
            started = time.perf_counter()
            report = import_snapshot(store, CORPUS)
            print(
                f"import: {report.models} models, {report.documents} documents "
                f"in {time.perf_counter() - started:.1f} s"
            )
            timed_run(store, "corpus")
            replicate(store, copies)
            timed_run(store, f"corpus x{copies + 1}")


if __name__ == "__main__":
    main()
