"""Live collection: list models on the Hub, then fetch their cards, repos, papers.

Consumes a `Selection` and an `HttpClient`; produces models, links and
documents in the store, written as each one arrives, so a run that is killed
and restarted fetches nothing it already stored. `refresh` revalidates stored
items with conditional requests instead of skipping them. One model's failure
(404, gated, 451, timeout...) is recorded as a problem against that model and
never stops the others.
"""

from __future__ import annotations

import logging
import sys
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from tqdm import tqdm

from chipaudit.errors import ChipauditError
from chipaudit.sources import github, huggingface
from chipaudit.sources.arxiv import fetch_paper
from chipaudit.sources.http import FetchError, HttpClient
from chipaudit.sources.huggingface import ListedModel, Selection
from chipaudit.store import Problem, Store

log = logging.getLogger(__name__)

STAGE = "collect"
MAX_PAPERS_PER_MODEL = 5
PAPER_PAGE = "hf_paper_page"
# Failures that will not change by asking again: remembered so a rerun skips
# them (until --refresh); any other failure is retried by the next run.
FINAL_REASONS = {"not_found", "gated", "forbidden", "legal", "withdrawn", "invalid_id"}
GONE_REPO = "github_repo_gone"
GONE_PAPER = "paper_gone"


@dataclass
class CollectReport:
    models: list[str] = field(default_factory=list)
    cards: Counter[str] = field(default_factory=Counter)
    repos: Counter[str] = field(default_factory=Counter)
    files: Counter[str] = field(default_factory=Counter)
    papers: Counter[str] = field(default_factory=Counter)
    problems: list[Problem] = field(default_factory=list)

    def lines(self) -> list[str]:
        def show(counter: Counter[str]) -> str:
            return ", ".join(f"{k} {n}" for k, n in sorted(counter.items())) or "-"

        return [
            f"collected models: {len(self.models)}",
            f"cards: {show(self.cards)}",
            f"repos: {show(self.repos)}; files: {show(self.files)}",
            f"papers: {show(self.papers)}",
            f"collection problems: {len(self.problems)}",
        ]


def collect(
    store: Store,
    selection: Selection,
    *,
    client: HttpClient,
    refresh: bool = False,
    progress: bool = True,
) -> CollectReport:
    """Collect every selected model; raise FetchError only if the listing fails."""
    report = CollectReport()
    store.clear_problems(STAGE)
    models = huggingface.select_models(client, selection)
    bar = tqdm(
        models, desc="collect", unit="model", file=sys.stderr, disable=not progress
    )
    for model in bar:
        bar.set_postfix_str(model.model_id, refresh=False)
        collect_model(store, client, model, selection, report, refresh=refresh)
    return report


def collect_model(
    store: Store,
    client: HttpClient,
    model: ListedModel,
    selection: Selection,
    report: CollectReport,
    *,
    refresh: bool = False,
) -> None:
    """Card, links, repos and papers of one model; failures become problems."""
    model_id = model.model_id
    report.models.append(model_id)
    card_status = _card(store, client, model, report, refresh)
    store.put_model(model_id, meta=model.meta(), card_status=card_status)
    report.cards[card_status] += 1
    for warning in model.warnings:
        _problem(store, report, model_id, "modelcard_warning", warning)
    card = store.get_document("modelcard", model_id) if card_status == "ok" else None
    seeds = selection.seeds.get(model_id, {})
    papers = _papers(model, card.text if card else None, seeds)
    paper_repos = _paper_repos(store, client, model_id, papers, report, refresh)
    ranked = huggingface.rank_repos(
        model, card.text if card else None, paper_repos, seeds.get("github") or []
    )
    _record_links(store, model_id, papers, ranked)
    _repos(store, client, model_id, ranked, report, refresh)
    for arxiv_id in papers:
        _paper(store, client, model_id, arxiv_id, report, refresh)
    log.info(
        "%s: card %s, %d repos, %d papers",
        model_id,
        card_status,
        len(ranked),
        len(papers),
    )


def _card(
    store: Store,
    client: HttpClient,
    model: ListedModel,
    report: CollectReport,
    refresh: bool,
) -> str:
    known = store.get_model(model.model_id)
    stored = store.get_document("modelcard", model.model_id)
    if not refresh and known and _card_settled(known, stored, model):
        return str(known["card_status"])
    try:
        return huggingface.fetch_card(client, store, model, refresh=refresh)
    except FetchError as error:
        _problem(store, report, model.model_id, f"modelcard_{error.reason}", str(error))
        return "error"


def _card_settled(known: dict[str, Any], stored: Any, model: ListedModel) -> bool:
    status = known["card_status"]
    if status in ("gated", "absent"):
        return known["meta"].get("card_commit") == model.sha
    if status == "ok" and stored is not None:
        return stored.meta.get("commit") == model.sha
    return False


def _papers(
    model: ListedModel, card_text: str | None, seeds: dict[str, list[str]]
) -> list[str]:
    # The Hub turns arXiv links in a card into `arxiv:` tags, so tags are the
    # model's declared papers; ids only cited in the text are not fetched.
    papers = list(seeds.get("arxiv") or []) + model.arxiv_ids
    if not papers and card_text is not None:
        papers = huggingface.card_arxiv_ids(card_text)[:1]
    unique = list(dict.fromkeys(papers))
    return unique[:MAX_PAPERS_PER_MODEL]


def _paper_repos(
    store: Store,
    client: HttpClient,
    model_id: str,
    papers: list[str],
    report: CollectReport,
    refresh: bool,
) -> list[str]:
    repos = []
    for arxiv_id in papers:
        known = store.fetched(PAPER_PAGE, arxiv_id)
        if known is None or refresh:
            try:
                repo = huggingface.paper_repo(client, arxiv_id)
            except FetchError as error:
                _problem(
                    store, report, model_id, f"paper_page_{error.reason}", str(error)
                )
                continue
            known = {"github": repo or ""}
            store.put_fetched(PAPER_PAGE, arxiv_id, known)
        if known.get("github"):
            repos.append(str(known["github"]))
    return repos


def _record_links(
    store: Store,
    model_id: str,
    papers: list[str],
    ranked: list[huggingface.RepoCandidate],
) -> None:
    for arxiv_id in papers:
        store.add_link(model_id, "arxiv", arxiv_id, "hub")
    for candidate in _to_fetch(ranked):
        store.add_link(model_id, "github", candidate.repo, candidate.origin)
    others = [c.repo for c in ranked if c not in _to_fetch(ranked)]
    store.put_model(model_id, meta={"other_repos": others})


def _to_fetch(
    ranked: list[huggingface.RepoCandidate],
) -> list[huggingface.RepoCandidate]:
    return huggingface.own_repos(ranked)


def _repos(
    store: Store,
    client: HttpClient,
    model_id: str,
    ranked: list[huggingface.RepoCandidate],
    report: CollectReport,
    refresh: bool,
) -> None:
    hints = github.model_hints([model_id])
    for candidate in _to_fetch(ranked):
        gone = store.fetched(GONE_REPO, candidate.repo)
        if gone and not refresh:
            _problem(
                store, report, model_id, f"github_{gone['reason']}", gone["message"]
            )
            report.repos["gone"] += 1
            continue
        try:
            got = github.fetch_repo(
                client, store, candidate.repo, hints=hints, refresh=refresh
            )
        except FetchError as error:
            _problem(store, report, model_id, f"github_{error.reason}", str(error))
            _remember_if_final(store, GONE_REPO, candidate.repo, error)
            report.repos["failed"] += 1
            continue
        if got.canonical and got.canonical.lower() != candidate.repo.lower():
            store.add_link(
                model_id, "github", got.canonical, f"renamed from {candidate.repo}"
            )
        report.repos["skipped" if got.skipped else "fetched"] += 1
        report.files.update(got.files)
        for failure in got.failures:
            reason = f"github_file_{failure.reason}"
            _problem(store, report, model_id, reason, str(failure))


def _paper(
    store: Store,
    client: HttpClient,
    model_id: str,
    arxiv_id: str,
    report: CollectReport,
    refresh: bool,
) -> None:
    gone = store.fetched(GONE_PAPER, arxiv_id)
    if gone and not refresh:
        _problem(store, report, model_id, f"paper_{gone['reason']}", gone["message"])
        report.papers["gone"] += 1
        return
    try:
        result = fetch_paper(client, store, arxiv_id, refresh=refresh)
    except ChipauditError as error:
        reason = str(getattr(error, "reason", type(error).__name__))
        _problem(store, report, model_id, f"paper_{reason}", str(error))
        _remember_if_final(store, GONE_PAPER, arxiv_id, error)
        report.papers["failed"] += 1
        return
    report.papers[str(getattr(result, "status", "stored"))] += 1


def _remember_if_final(store: Store, kind: str, key: str, error: Exception) -> None:
    reason = str(getattr(error, "reason", ""))
    if reason in FINAL_REASONS:
        store.put_fetched(kind, key, {"reason": reason, "message": str(error)})


def _problem(
    store: Store, report: CollectReport, model_id: str, reason: str, message: str
) -> None:
    problem = Problem(model_id, STAGE, reason, f"{model_id}: {message}")
    store.add_problem(problem)
    report.problems.append(problem)
    log.warning("%s", problem.message)
