"""The whole shared corpus (../shared/corpus), imported and classified once per
session: every model gets a verdict and every evidence quote is verbatim in the
plain view of its document."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from chipaudit.pipeline import RunSummary, classify_models
from chipaudit.snapshot import ImportReport, import_snapshot
from chipaudit.store import Document, Store
from chipaudit.text import plain_text


@dataclass
class CorpusRun:
    store: Store
    report: ImportReport
    summary: RunSummary
    model_ids: list[str]


@pytest.fixture(scope="module")
def corpus_run(
    corpus_dir: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[CorpusRun]:
    path = tmp_path_factory.mktemp("corpus") / "corpus.db"
    with Store(path) as store:
        report = import_snapshot(store, corpus_dir)
        summary = classify_models(store)
        lines = (corpus_dir / "models.jsonl").read_text("utf-8").splitlines()
        model_ids = [json.loads(line)["model_id"] for line in lines if line.strip()]
        yield CorpusRun(store, report, summary, model_ids)


def test_the_corpus_imports_cleanly(corpus_run: CorpusRun) -> None:
    assert corpus_run.report.problems == []
    assert corpus_run.report.models == len(corpus_run.model_ids)


def test_every_model_gets_a_verdict(corpus_run: CorpusRun) -> None:
    store = corpus_run.store
    missing = [m for m in corpus_run.model_ids if store.get_verdict(m) is None]
    assert missing == []
    assert corpus_run.summary.errors == []
    assert corpus_run.summary.models == len(corpus_run.model_ids)


def test_every_quote_is_verbatim_in_its_document(corpus_run: CorpusRun) -> None:
    store = corpus_run.store
    views: dict[str, tuple[Document, str, int]] = {}
    wrong: list[str] = []
    rows = store.evidence()
    assert rows, "the corpus run produced no evidence at all"
    for row in rows:
        key = row["document_key"]
        if key not in views:
            source, name = key.split(":", 1)
            document = store.get_document(source, name)
            assert document is not None, f"{row['model_id']}: {key} is not stored"
            plain = plain_text(document.text, source=document.source)
            views[key] = (document, plain, document.text.count("\n") + 1)
        document, plain, lines = views[key]
        if row["quote"] not in plain:
            wrong.append(f"{row['model_id']} {key}: quote {row['quote'][:80]!r}")
        if not 1 <= row["line"] <= lines:
            wrong.append(f"{row['model_id']} {key}: line {row['line']} of {lines}")
    assert wrong == []


def test_every_training_verdict_has_training_evidence(corpus_run: CorpusRun) -> None:
    store = corpus_run.store
    unsupported = []
    for model_id in corpus_run.model_ids:
        verdict = store.get_verdict(model_id) or {}
        evidence = store.evidence(model_id)
        for provider in verdict.get("training_providers", []):
            if not any(
                row["phase"] == "training" and row["provider"] == provider
                for row in evidence
            ):
                unsupported.append(f"{model_id}: {provider}")
    assert unsupported == []
