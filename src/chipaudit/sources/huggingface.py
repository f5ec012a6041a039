"""The Hugging Face Hub: which models to audit, their cards, and their links.

Consumes a `Selection` (top N by downloads, an author, an ids file, a creation
date range) and produces `ListedModel` records, model card documents and the
links (GitHub repos, arXiv ids) a model's card, tags and paper pages disclose.
Every request goes through `HttpClient`; the endpoint comes from `HF_ENDPOINT`.
"""

from __future__ import annotations

import json
import logging
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import quote

from huggingface_hub.repocard_data import model_index_to_eval_results

from chipaudit import links
from chipaudit.cards import id_list
from chipaudit.sources.http import (
    HF_ENDPOINT_ENV,
    HUGGINGFACE,
    FetchError,
    Gated,
    HttpClient,
    NotFound,
    base_url,
    cut,
    json_body,
)
from chipaudit.store import Document, Store

log = logging.getLogger(__name__)

# Keys the listing is asked to expand. `baseModels` is refused by the listing
# endpoint (400) and must never be asked for there; lineage comes from cardData.
LISTING_EXPAND = (
    "author",
    "downloads",
    "likes",
    "createdAt",
    "lastModified",
    "tags",
    "pipeline_tag",
    "library_name",
    "sha",
    "gated",
    "cardData",
)
ALL_TIME_EXPAND = "downloadsAllTime"
PAGE_SIZE = 1000  # the largest page the Hub serves
# The Hub sorts by 30-day downloads only; for all-time we list this many times
# more models and re-sort locally.
ALL_TIME_OVERFETCH = 3
# With a date filter applied locally, list at most this many models per wanted one.
DATE_FILTER_OVERFETCH = 20
# Models created before the Hub recorded creation dates all carry this one.
PLACEHOLDER_CREATED = "2022-03-02T23:29:04"
CARD_FILE = "README.md"
# A card larger than this is stored cut (complete=False).
MAX_CARD_BYTES = 2_000_000


@dataclass
class Selection:
    """Which models to collect. `seeds` holds links given with --ids (JSONL)."""

    top: int | None = None
    all_time: bool = False
    author: str | None = None
    ids: list[str] | None = None
    since: date | None = None
    until: date | None = None
    seeds: dict[str, dict[str, list[str]]] = field(default_factory=dict)


@dataclass
class ListedModel:
    """One model as the Hub describes it; fields the Hub left out stay None."""

    model_id: str
    author: str | None = None
    downloads: int | None = None
    downloads_all_time: int | None = None
    likes: int | None = None
    created_at: str | None = None
    last_modified: str | None = None
    tags: list[str] = field(default_factory=list)
    pipeline_tag: str | None = None
    library: str | None = None
    sha: str | None = None
    gated: str | bool | None = None
    card_data: dict[str, Any] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)

    @property
    def created_placeholder(self) -> bool:
        return bool(self.created_at and self.created_at.startswith(PLACEHOLDER_CREATED))

    @property
    def arxiv_ids(self) -> list[str]:
        found = []
        for tag in self.tags:
            parsed = links.parse_arxiv_id(tag) if tag.startswith("arxiv:") else None
            if parsed and parsed.id not in found:
                found.append(parsed.id)
        return found

    @property
    def base_models(self) -> list[str]:
        from_card = id_list(self.card_data.get("base_model"))
        from_tags = [
            tag.split(":", 2)[-1]
            for tag in self.tags
            if tag.startswith("base_model:") and tag.count(":") >= 1
        ]
        return _unique(from_card + [name for name in from_tags if "/" in name])

    def meta(self) -> dict[str, Any]:
        return {
            "author": self.author,
            "downloads": self.downloads,
            "downloads_all_time": self.downloads_all_time,
            "likes": self.likes,
            "created_at": self.created_at,
            "created_placeholder": self.created_placeholder,
            "last_modified": self.last_modified,
            "tags": self.tags,
            "pipeline_tag": self.pipeline_tag,
            "library": self.library,
            "base_models": self.base_models,
            "card_commit": self.sha,
            "gated": self.gated,
            "warnings": self.warnings,
        }


def listed_model(record: dict[str, Any]) -> ListedModel:
    """A ListedModel from one listing or model-info JSON object (any subset)."""
    model_id = str(record.get("id") or record.get("modelId") or "")
    card_data = record.get("cardData")
    model = ListedModel(
        model_id=model_id,
        author=record.get("author") or None,
        downloads=record.get("downloads"),
        downloads_all_time=record.get("downloadsAllTime"),
        likes=record.get("likes"),
        created_at=record.get("createdAt"),
        last_modified=record.get("lastModified"),
        tags=[tag for tag in record.get("tags") or [] if isinstance(tag, str)],
        pipeline_tag=record.get("pipeline_tag"),
        library=record.get("library_name"),
        sha=record.get("sha"),
        gated=record.get("gated"),
        card_data=card_data if isinstance(card_data, dict) else {},
    )
    model.warnings.extend(_card_data_warnings(model.card_data))
    return model


def _card_data_warnings(card_data: dict[str, Any]) -> list[str]:
    # Legacy cards carry malformed model-index entries; they are a warning on
    # that model, never a reason to stop the listing.
    index = card_data.get("model-index")
    if index is None:
        return []
    try:
        model_index_to_eval_results(index)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        return [f"invalid model-index in card metadata ({type(error).__name__})"]
    return []


# -- selection -----------------------------------------------------------------


def select_models(client: HttpClient, selection: Selection) -> list[ListedModel]:
    """The models a selection names, in the order they should be collected."""
    if selection.ids is not None:
        return [model_info(client, model_id) for model_id in selection.ids]
    wanted = selection.top
    fetch = _listing_size(selection)
    listed = []
    for model in list_models(client, selection, fetch):
        if in_date_range(model, selection.since, selection.until):
            listed.append(model)
        if fetch is not None and len(listed) >= fetch:
            break
    if selection.all_time:
        listed.sort(key=lambda model: model.downloads_all_time or 0, reverse=True)
    return listed[:wanted] if wanted is not None else listed


def _listing_size(selection: Selection) -> int | None:
    if selection.top is None:
        return None
    if selection.all_time:
        return selection.top * ALL_TIME_OVERFETCH
    return selection.top


def list_models(
    client: HttpClient, selection: Selection, wanted: int | None
) -> Iterator[ListedModel]:
    """Listing entries sorted by 30-day downloads, page by page (Link cursor)."""
    expand = list(LISTING_EXPAND)
    if selection.all_time:
        expand.append(ALL_TIME_EXPAND)
    params: list[tuple[str, str | int]] = [("sort", "downloads"), ("direction", -1)]
    limit = PAGE_SIZE if wanted is None else min(PAGE_SIZE, wanted)
    if selection.since or selection.until:
        limit = PAGE_SIZE if wanted is None else min(PAGE_SIZE, wanted * 2)
    params.append(("limit", limit))
    if selection.author:
        params.append(("author", selection.author))
    params += [("expand[]", key) for key in expand]
    url = f"{base_url(HF_ENDPOINT_ENV)}/api/models"
    scanned = 0
    ceiling = _scan_ceiling(selection, wanted)
    for page in client.paginate(HUGGINGFACE, url, params=params):
        for record in json_body(page):
            if isinstance(record, dict) and record.get("id"):
                yield listed_model(record)
            scanned += 1
        if ceiling is not None and scanned >= ceiling:
            return


def _scan_ceiling(selection: Selection, wanted: int | None) -> int | None:
    if wanted is None:
        return None
    if selection.since or selection.until:
        return wanted * DATE_FILTER_OVERFETCH
    return wanted


def model_info(client: HttpClient, model_id: str) -> ListedModel:
    """One model from the single-model endpoint (used for --ids)."""
    url = f"{base_url(HF_ENDPOINT_ENV)}/api/models/{model_id}"
    params = [("expand[]", key) for key in LISTING_EXPAND]
    record = client.get_json(HUGGINGFACE, url, params=params)
    if not isinstance(record, dict):
        raise FetchError(url, service=HUGGINGFACE, reason="bad_json")
    record.setdefault("id", model_id)
    return listed_model(record)


def in_date_range(model: ListedModel, since: date | None, until: date | None) -> bool:
    """Whether createdAt falls in [since, until]; a placeholder date counts as
    the placeholder day itself (the model is at least that old)."""
    if since is None and until is None:
        return True
    if not model.created_at:
        return False
    created = date.fromisoformat(model.created_at[:10])
    if since is not None and created < since:
        return False
    return until is None or created <= until


# An id as the Hub accepts one: owner/name, each part of letters, digits and
# . _ -, starting and ending with a letter, digit or _, and never `..` or `--`.
_ID_PART = r"[A-Za-z0-9_](?:[A-Za-z0-9._-]*[A-Za-z0-9_])?"
MODEL_ID = re.compile(rf"{_ID_PART}/{_ID_PART}")
MAX_NAME_LENGTH = 96


def is_model_id(text: str) -> bool:
    """True for an `owner/name` id the Hub could serve (so never a path)."""
    if not MODEL_ID.fullmatch(text) or ".." in text or "--" in text:
        return False
    return len(text.split("/")[1]) <= MAX_NAME_LENGTH


@dataclass
class IdsFile:
    """What `--ids` names: model ids, snapshot links as seeds, and one warning
    per line that was left out."""

    ids: list[str] = field(default_factory=list)
    seeds: dict[str, dict[str, list[str]]] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)


def read_ids_file(path: Path) -> IdsFile:
    """Model ids, one a line, or a snapshot's models.jsonl (whose links are seeds)."""
    found = IdsFile()
    for number, raw in enumerate(path.read_bytes().splitlines(), start=1):
        where = f"{path} line {number}"
        try:
            line = raw.decode("utf-8").strip()
        except UnicodeDecodeError as error:
            found.problems.append(f"{where}: not UTF-8 ({error.reason})")
            continue
        if not line or line.startswith("#"):
            continue
        try:
            model_id, links = _id_line(line)
        except ValueError as error:
            found.problems.append(f"{where}: not JSON ({error})")
            continue
        if not is_model_id(model_id):
            shown = model_id if line.startswith("{") else line
            found.problems.append(
                f"{where}: {shown!r} is not a model id (owner/name, of letters, "
                "digits, '.', '_' and '-')"
            )
            continue
        if links is not None:
            found.seeds[model_id] = links
        if model_id not in found.ids:
            found.ids.append(model_id)
    return found


def _id_line(line: str) -> tuple[str, dict[str, list[str]] | None]:
    """The model id on one line and, for a JSON line, its links."""
    if not line.startswith("{"):
        return line.split()[0], None
    record = json.loads(line)
    if not isinstance(record, dict):
        raise ValueError("not an object")
    links = record.get("links")
    return str(record.get("model_id") or ""), links if isinstance(links, dict) else None


# -- cards ---------------------------------------------------------------------


def card_url(model: ListedModel) -> str:
    revision = model.sha or "main"
    return (
        f"{base_url(HF_ENDPOINT_ENV)}/{model.model_id}/resolve/{revision}/{CARD_FILE}"
    )


def fetch_card(
    client: HttpClient, store: Store, model: ListedModel, *, refresh: bool = False
) -> str:
    """Fetch and store the model card at the listed commit; return card_status.

    "ok" (stored), "gated" (403 GatedRepo: tags are still used), "absent"
    (no README.md). Other failures raise FetchError for the caller to record.
    """
    url = card_url(model)
    try:
        response = client.get(
            HUGGINGFACE, url, stream_limit=MAX_CARD_BYTES, revalidate=refresh
        )
    except Gated:
        return "gated"
    except NotFound:
        return "absent"
    if response.status_code == 304 and store.has_document("modelcard", model.model_id):
        return "ok"
    text = response.content.decode("utf-8", errors="replace")
    meta = {"commit": model.sha, "url": url, "etag": response.headers.get("etag", "")}
    store.put_document(
        Document(
            "modelcard",
            model.model_id,
            text,
            origin=url,
            complete=not cut(response),
            meta=meta,
        )
    )
    return "ok"


# -- links ---------------------------------------------------------------------

# Serving and training frameworks: a card links them for "how to run it", so
# they are never taken for the model's own code.
FRAMEWORK_REPOS = {
    "huggingface/transformers",
    "huggingface/text-generation-inference",
    "huggingface/optimum",
    "huggingface/peft",
    "huggingface/trl",
    "huggingface/candle",
    "vllm-project/vllm",
    "ggerganov/llama.cpp",
    "ggml-org/llama.cpp",
    "abetlen/llama-cpp-python",
    "sgl-project/sglang",
    "ollama/ollama",
    "ml-explore/mlx",
    "ml-explore/mlx-lm",
    "ml-explore/mlx-examples",
    "nvidia/tensorrt-llm",
    "internlm/lmdeploy",
    "modeltc/lightllm",
    "mlc-ai/mlc-llm",
    "turboderp/exllamav2",
    "microsoft/onnxruntime",
    "opennmt/ctranslate2",
    "systran/faster-whisper",
    "hiyouga/llama-factory",
    "lm-sys/fastchat",
    "eleutherai/lm-evaluation-harness",
    "oobabooga/text-generation-webui",
    "langchain-ai/langchain",
    "run-llama/llama_index",
    "pytorch/executorch",
    "pytorch/ao",
    "openaccess-ai-collective/axolotl",
    "microsoft/deepspeed",
    "nvidia/megatron-lm",
    "comfyanonymous/comfyui",
}
FRAMEWORK_NAMES = {
    "transformers",
    "vllm",
    "llama.cpp",
    "sglang",
    "ollama",
    "mlx",
    "mlx-lm",
    "text-generation-inference",
    "tensorrt-llm",
    "lmdeploy",
    "comfyui",
}
# Repos taken as the model's own code: at most this many, ranked at most this.
MAX_OWN_REPOS = 3
MAX_OWN_RANK = 4
MIN_NAME_OVERLAP = 4
# A card line that introduces the model's own code.
OWN_CODE_LINE = re.compile(r"\b(code|codebase|repository|github|official)\b", re.I)
URL = re.compile(r"https?://\S+|\]\([^)]*\)")


@dataclass
class RepoCandidate:
    repo: str
    origin: str
    rank: int


def rank_repos(
    model: ListedModel,
    card_text: str | None,
    paper_repos: list[str],
    seeds: list[str],
) -> list[RepoCandidate]:
    """GitHub repos a model discloses, its own code first, frameworks left out.

    Rank 0: given as seeds; 1: a paper page's repo; 2: same organisation and
    named like the model; 3: same organisation; 4: on a card line that
    introduces code; 5: anything else linked.
    """
    candidates: dict[str, RepoCandidate] = {}

    def offer(repo: str, origin: str, rank: int) -> None:
        if rank > 0 and is_framework(repo):  # seeds are taken as given
            return
        known = candidates.get(repo.lower())
        if known is None or rank < known.rank:
            candidates[repo.lower()] = RepoCandidate(repo, origin, rank)

    for repo in seeds:
        offer(repo, "seed", 0)
    for repo in paper_repos:
        offer(repo, "paper_page", 1)
    for line in (card_text or "").splitlines():
        for repo in links.github_repos(line):
            offer(repo, "modelcard", _card_rank(model, repo, line))
    _keep_closest_names(model, candidates.values())
    return sorted(candidates.values(), key=lambda candidate: candidate.rank)


def _keep_closest_names(
    model: ListedModel, candidates: Iterable[RepoCandidate]
) -> None:
    # Of the same-org repos named like the model, only the closest names stay
    # in that rank (TeleChat2.5-35B: TeleChat2.5 before TeleChat2).
    named = [c for c in candidates if c.rank == 2]
    closest = max((name_overlap(model, c.repo) for c in named), default=0)
    for candidate in named:
        if name_overlap(model, candidate.repo) < closest:
            candidate.rank = 3


def _card_rank(model: ListedModel, repo: str, line: str) -> int:
    if same_org(model, repo):
        return 2 if named_like(model, repo) else 3
    # Judge the words around the link, not the link (every one says github.com).
    return 4 if OWN_CODE_LINE.search(URL.sub(" ", line)) else 5


def own_repos(ranked: list[RepoCandidate]) -> list[RepoCandidate]:
    """The model's own code: the best-ranked tier only, capped.

    A card that links its own repo often links sibling repos of the same
    organisation too (an older generation, an eval kit); their files describe
    other models, so a lower tier is used only when no better one exists.
    """
    usable = [c for c in ranked if c.rank <= MAX_OWN_RANK]
    if not usable:
        return []
    best = min(c.rank for c in usable)
    return [c for c in usable if c.rank == best][:MAX_OWN_REPOS]


def named_like(model: ListedModel, repo: str) -> bool:
    return name_overlap(model, repo) >= MIN_NAME_OVERLAP


def name_overlap(model: ListedModel, repo: str) -> int:
    """Length of the common prefix of the squashed model and repo names."""
    name = _squash(repo.split("/")[-1])
    model_name = _squash(model.model_id.split("/")[-1])
    return len(os.path.commonprefix([name, model_name]))


def is_framework(repo: str) -> bool:
    lowered = repo.lower()
    return lowered in FRAMEWORK_REPOS or lowered.split("/")[-1] in FRAMEWORK_NAMES


def same_org(model: ListedModel, repo: str) -> bool:
    """Whether the repo's owner is the model's organisation (Qwen ~ QwenLM)."""
    owner = _squash(repo.split("/")[0])
    author = _squash(model.author or model.model_id.split("/")[0])
    if not owner or not author:
        return False
    return owner.startswith(author) or author.startswith(owner)


def paper_repo(client: HttpClient, arxiv_id: str) -> str | None:
    """The GitHub repo a Hub paper page names for this arXiv id, if any."""
    url = f"{base_url(HF_ENDPOINT_ENV)}/api/papers/{quote(arxiv_id, safe='')}"
    try:
        page = client.get_json(HUGGINGFACE, url)
    except NotFound:
        return None
    found = links.github_repos(str(page.get("githubRepo") or "")) if page else []
    return found[0] if found else None


def card_arxiv_ids(card_text: str | None) -> list[str]:
    return links.arxiv_ids(card_text or "")


def _squash(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


def _unique(items: list[str]) -> list[str]:
    seen: list[str] = []
    for item in items:
        if item and item not in seen:
            seen.append(item)
    return seen
