"""Small builders shared by the classifier tests: one snippet in, one verdict out."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from chipaudit.resolve import ViewCache, resolve_model
from chipaudit.store import Document, Store

MODEL = "acme/widget-7b"


def judge_card(
    tmp_path: Path, text: str, model_id: str = MODEL
) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """Verdict and evidence for a model whose only document is this card."""
    return judge(tmp_path, model_id, cards={model_id: text})


def judge_paper(
    tmp_path: Path, text: str, model_id: str = MODEL, paper: str = "2401.00001"
) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """Verdict and evidence for a model whose only document is a linked paper."""
    return judge(tmp_path, model_id, papers={paper: text})


def judge(
    tmp_path: Path,
    model_id: str = MODEL,
    *,
    cards: dict[str, str] | None = None,
    papers: dict[str, str] | None = None,
    files: dict[str, str] | None = None,
    others: tuple[str, ...] = (),
    unlinked: dict[str, str] | None = None,
) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """Resolve `model_id` over a fresh store holding the given documents.

    `cards` maps model ids to card text, `papers` arXiv ids to paper text and
    `files` `owner/repo:path` keys to repository file text; every paper and
    repository is linked to `model_id`. `others` are extra models in the store;
    `unlinked` files are stored but reachable only through a card's links.
    """
    with Store(tmp_path / "t.db") as store:
        store.put_model(model_id)
        for other in others:
            store.put_model(other)
        for owner, text in (cards or {}).items():
            store.put_model(owner)
            store.put_document(Document("modelcard", owner, text))
        for paper, text in (papers or {}).items():
            store.put_document(Document("paper", paper, text))
            store.add_link(model_id, "arxiv", paper, "test")
        for key, text in (files or {}).items():
            store.put_document(Document("github", key, text))
            store.add_link(model_id, "github", key.split(":", 1)[0], "test")
        for key, text in (unlinked or {}).items():
            store.put_document(Document("github", key, text))
        return resolve_model(store, model_id, ViewCache())


def mentions(text: str) -> list[tuple[str, str]]:
    """(provider, chip) of every raw mention in a text."""
    from chipaudit.signals.catalog import find_mentions

    return [(found.provider, found.chip) for found in find_mentions(text)]


def training_of(
    verdict: dict[str, Any],
) -> tuple[list[str], list[str], int | None, str]:
    """(providers, chips, count, disclosure): the training half of a verdict."""
    return (
        verdict["training_providers"],
        verdict["training_chips"],
        verdict["training_count"],
        verdict["disclosure"],
    )


# -- table checks shared by the probe suites -----------------------------------

ANY = object()  # a field a careful labeller could read either way: not checked


def expectation_problems(
    verdict: dict[str, Any],
    expected: Any,
    *,
    stray_in_inference: bool = True,
) -> list[str]:
    """What differs between a verdict and a case's expectations (fields set to
    ANY are skipped); `expected` has providers, chips, count, disclosure,
    inference and not_providers."""
    providers, chips, count, disclosure = training_of(verdict)
    inference = set(verdict["inference_providers"])
    problems = []
    if expected.providers is not ANY and set(providers) != expected.providers:
        problems.append(
            f"providers {sorted(providers)} != {sorted(expected.providers)}"
        )
    if expected.chips is not ANY and set(chips) != expected.chips:
        problems.append(f"chips {sorted(chips)} != {sorted(expected.chips)}")
    if expected.count is not ANY and count != expected.count:
        problems.append(f"count {count} != {expected.count}")
    if expected.disclosure is not ANY:
        allowed = expected.disclosure
        allowed = allowed if isinstance(allowed, tuple) else (allowed,)
        if disclosure not in allowed:
            problems.append(f"disclosure {disclosure} not in {allowed}")
    if expected.inference is not ANY and inference != expected.inference:
        problems.append(
            f"inference {sorted(inference)} != {sorted(expected.inference)}"
        )
    seen = set(providers) | (inference if stray_in_inference else set())
    stray = expected.not_providers & seen
    if stray:
        problems.append(f"stray providers {sorted(stray)}")
    return problems


def explain(verdict: dict[str, Any], evidence: list[dict[str, Any]]) -> str:
    """The verdict and its evidence rows, for a failing check's message."""
    providers, chips, count, disclosure = training_of(verdict)
    lines = [
        f"  verdict: basis={verdict.get('basis')} rule={verdict.get('training_rule')}"
        f" train={providers}/{chips}/{count}/{disclosure}"
        f" inf={sorted(verdict['inference_providers'])}"
    ]
    lines += [
        f"  [{r['document_key']}|{r['phase']}|{r['rule']}|{r['about']}]"
        f" {r['provider']}/{r['chip']} n={r['count']}: {r['quote'][:100]!r}"
        for r in evidence
    ]
    return "\n".join(lines)


# -- probe tables: one case per unseen situation -------------------------------


@dataclass
class CardCase:
    """A model judged over its own card (and maybe papers and files)."""

    id: str
    card: str | None
    providers: set[str] | Any
    chips: set[str] | Any
    count: int | None | Any
    disclosure: str | tuple[str, ...] | Any
    inference: set[str] | Any = ANY
    model: str = MODEL
    papers: dict[str, str] = field(default_factory=dict)
    files: dict[str, str] = field(default_factory=dict)
    not_providers: set[str] = field(default_factory=set)


@dataclass
class RepoCase:
    """A model judged over several documents: cards (its own and siblings'),
    linked papers and repository files, other models in the store."""

    id: str
    model: str
    providers: set[str] | Any
    chips: set[str] | Any
    count: int | None | Any
    disclosure: str | tuple[str, ...] | Any
    inference: set[str] | Any = ANY
    cards: dict[str, str] = field(default_factory=dict)
    papers: dict[str, str] = field(default_factory=dict)
    files: dict[str, str] = field(default_factory=dict)
    others: tuple[str, ...] = ()
    # Repository files stored but reachable only through a GitHub link in the
    # model's card text (not a store link).
    unlinked: dict[str, str] = field(default_factory=dict)
    not_providers: set[str] = field(default_factory=set)


def check_card_case(tmp_path: Path, case: CardCase) -> None:
    cards = {case.model: case.card} if case.card is not None else None
    verdict, evidence = judge(
        tmp_path, case.model, cards=cards, papers=case.papers, files=case.files
    )
    problems = expectation_problems(verdict, case)
    assert not problems, "; ".join(problems) + "\n" + explain(verdict, evidence)


def check_repo_case(tmp_path: Path, case: RepoCase) -> None:
    verdict, evidence = judge(
        tmp_path,
        case.model,
        cards=case.cards,
        papers=case.papers,
        files=case.files,
        others=case.others,
        unlinked=case.unlinked,
    )
    problems = expectation_problems(verdict, case, stray_in_inference=False)
    assert not problems, "; ".join(problems) + "\n" + explain(verdict, evidence)


def probe_params(
    cases: list[Any], known_gaps: dict[str, str] | None = None
) -> list[Any]:
    """pytest params named by case id; a known gap is a strict xfail, so a fix
    that closes it shows."""
    gaps = known_gaps or {}
    return [
        pytest.param(
            case,
            id=case.id,
            marks=pytest.mark.xfail(reason=gaps[case.id], strict=True)
            if case.id in gaps
            else (),
        )
        for case in cases
    ]
