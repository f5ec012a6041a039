"""Fake Hub, GitHub and arXiv contents built from the shared corpus at run time.

The corpus (`../shared/corpus`) is read, never copied: model cards become Hub
READMEs, `links.arxiv` become `arxiv:` tags, a paper whose models name one
repo gets it as its Hub paper page's `githubRepo`, and every GitHub document
becomes a file of its repo (next to a few decoys the collector must skip).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from fakes.arxiv import FakePaper
from fakes.github import FakeRepo, GitHubRoutes
from fakes.hub import HubRoutes

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"
PLACEHOLDER_CREATED = "2022-03-02T23:29:04.000Z"
DECOYS: dict[str, str | bytes] = {
    "assets/logo.png": b"\x89PNG\r\n\x1a\n\x00\x00\x00",
    "src/model_utils.py": "def helper():\n    return 'A100 mention in code we skip'\n",
    "docs/figure.svg": "<svg/>",
}


@dataclass
class Corpus:
    models: list[dict[str, Any]] = field(default_factory=list)
    documents: list[dict[str, Any]] = field(default_factory=list)

    def cards(self) -> dict[str, str]:
        return {
            d["model_id"]: d["text"]
            for d in self.documents
            if d["source"] == "modelcard"
        }

    def repo_files(self) -> dict[str, dict[str, str | bytes]]:
        repos: dict[str, dict[str, str | bytes]] = {}
        for document in self.documents:
            if document["source"] == "github":
                files = repos.setdefault(document["repo"], {})
                files[document["path"]] = document["text"]
        return repos

    def papers(self) -> dict[str, str]:
        return {
            d["arxiv_id"]: d["text"]
            for d in self.documents
            if d["source"] == "paper" and d.get("arxiv_id")
        }


def load_corpus(path: Path = CORPUS) -> Corpus:
    corpus = Corpus()
    for name, target in (("models", corpus.models), ("documents", corpus.documents)):
        with (path / f"{name}.jsonl").open(encoding="utf-8") as handle:
            target.extend(json.loads(line) for line in handle if line.strip())
    return corpus


def hub_routes(corpus: Corpus) -> HubRoutes:
    cards = corpus.cards()
    records = [
        _record(rank, model, cards.get(model["model_id"]))
        for rank, model in enumerate(corpus.models)
    ]
    total = len(records)
    for rank, record in enumerate(records):
        record["downloads"] = (total - rank) * 1000
    return HubRoutes(models=records, cards=cards, papers=_paper_pages(corpus))


def _record(rank: int, model: dict[str, Any], card: str | None) -> dict[str, Any]:
    model_id = model["model_id"]
    tags = [f"arxiv:{arxiv_id}" for arxiv_id in model["links"].get("arxiv", [])]
    created = PLACEHOLDER_CREATED if rank % 3 == 0 else "2024-05-01T10:00:00.000Z"
    return {
        "_id": f"id{rank}",
        "id": model_id,
        "author": model_id.split("/")[0],
        "likes": rank,
        "createdAt": created,
        "lastModified": "2025-01-01T00:00:00.000Z",
        "tags": tags,
        "pipeline_tag": "text-generation",
        "library_name": "transformers",
        "sha": hashlib.sha1(model_id.encode()).hexdigest(),
        "cardData": _front_matter(card),
        "downloadsAllTime": (rank % 7 + 1) * 10_000,
    }


def _front_matter(card: str | None) -> dict[str, Any]:
    if not card or not card.startswith("---"):
        return {}
    end = card.find("\n---", 3)
    try:
        loaded = yaml.safe_load(card[3:end]) if end > 0 else None
    except yaml.YAMLError:
        return {}
    return loaded if isinstance(loaded, dict) else {}


def _paper_pages(corpus: Corpus) -> dict[str, dict[str, Any]]:
    pages: dict[str, dict[str, Any]] = {}
    for model in corpus.models:
        repos = model["links"].get("github", [])
        for arxiv_id in model["links"].get("arxiv", []):
            page = pages.setdefault(arxiv_id, {"id": arxiv_id, "title": arxiv_id})
            if len(repos) == 1:
                page["githubRepo"] = f"https://github.com/{repos[0]}"
    return pages


def github_routes(corpus: Corpus, decoys: bool = True) -> GitHubRoutes:
    routes = GitHubRoutes()
    for name, files in corpus.repo_files().items():
        all_files = {**files, **(DECOYS if decoys else {})}
        routes.add(FakeRepo(name, all_files))
    return routes


def arxiv_papers(corpus: Corpus) -> list[FakePaper]:
    return [
        FakePaper(arxiv_id, arxiv_id, text, formats=frozenset({"markdown"}))
        for arxiv_id, text in corpus.papers().items()
    ]
