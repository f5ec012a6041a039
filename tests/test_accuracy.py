"""The accuracy targets of the rules on the real corpus and its dev labels.

A whole snapshot run (import, classify, resolve) scored by `evaluate` against
../shared/labels/dev.csv; the thresholds are the product's published targets.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from chipaudit.evaluate import evaluate, load_labels
from chipaudit.pipeline import classify_models
from chipaudit.snapshot import import_snapshot
from chipaudit.store import Store

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
CORPUS = SHARED / "corpus"
LABELS = SHARED / "labels" / "dev.csv"


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> dict:
    if not LABELS.is_file() or not (CORPUS / "models.jsonl").is_file():
        pytest.skip(f"corpus or dev labels not found under {SHARED}")
    with Store(tmp_path_factory.mktemp("accuracy") / "store.db") as store:
        import_snapshot(store, CORPUS)
        summary = classify_models(store)
        assert not summary.errors
        return evaluate(store, load_labels(LABELS), str(LABELS)).as_dict()


def test_every_labelled_model_has_a_verdict(report: dict) -> None:
    assert report["not_in_store"] == []
    assert report["evaluated"] == report["labelled"]


def test_training_provider_exact_match_at_least_95_percent(report: dict) -> None:
    assert report["overall"]["exact_share"] >= 0.95


def test_no_model_is_wrongly_given_a_provider(report: dict) -> None:
    assert report["wrongly_given"] == {}


def test_chip_recall_at_least_90_percent(report: dict) -> None:
    assert report["overall"]["chip_recall"] >= 0.90


def test_disclosure_level_accuracy_at_least_85_percent(report: dict) -> None:
    assert report["overall"]["level_share"] >= 0.85


def test_inference_provider_f1_at_least_85_percent(report: dict) -> None:
    assert report["overall"]["inference"]["f1"] >= 0.85
