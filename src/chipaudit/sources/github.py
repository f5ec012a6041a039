"""GitHub: the few small files of a repository that can disclose hardware.

Consumes a repo name (`owner/name`) and produces github documents
(`owner/name:path`) pinned to one commit. One recursive tree call lists the
repo; renamed repos are followed and their old name kept as an alias; a
truncated tree is completed by walking subtrees within a budget. Only READMEs,
docs, training scripts, launchers, requirements, Dockerfiles and configs are
fetched, each under a size cap and up to a count per repo. Git LFS pointers
are stored with status `lfs_pointer` and never parsed. The API base comes from
`GITHUB_API_URL`, raw files from `CHIPAUDIT_GITHUB_RAW_URL`.
"""

from __future__ import annotations

import base64
import logging
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import PurePosixPath
from typing import Any
from urllib.parse import quote

from chipaudit.sources.http import (
    GITHUB,
    GITHUB_API_URL_ENV,
    GITHUB_RAW,
    GITHUB_RAW_URL_ENV,
    FetchError,
    HttpClient,
    base_url,
    cut,
)
from chipaudit.store import Document, Store, github_key

log = logging.getLogger(__name__)

MAX_FILES_PER_REPO = 40
MAX_FILE_BYTES = 2_000_000
# Non-recursive subtree calls allowed to complete one truncated tree.
MAX_SUBTREE_CALLS = 40
LFS_POINTER_PREFIX = "version https://git-lfs.github.com/spec/v1"
LFS_POINTER_MAX_BYTES = 1024
REPO_DONE = "github_repo"
API_VERSION_HEADERS = {
    "Accept": "application/vnd.github+json",
    "X-GitHub-Api-Version": "2022-11-28",
}
# Directories never walked when completing a truncated tree.
SKIP_DIRS = {
    ".git",
    ".github",
    "node_modules",
    "assets",
    "images",
    "img",
    "figures",
    "static",
    "third_party",
    "vendor",
    "3rdparty",
}
TEXT_SUFFIXES = {".md", ".markdown", ".rst", ".txt", ".yaml", ".yml", ".json", ".py"}
DOC_SUFFIXES = {".md", ".markdown", ".rst"}
LAUNCHER_SUFFIXES = {".sh", ".slurm", ".sbatch", ".pbs", ".job"}
CONFIG_SUFFIXES = {".yaml", ".yml", ".json"}
TRAINING_WORD = re.compile(r"train|finetun|fine_tun|fine-tun|sft", re.I)
BUILD_FILES = {"setup.py", "pyproject.toml", "setup.cfg", "environment.yml"}


@dataclass
class RepoReport:
    repo: str
    canonical: str = ""
    commit: str = ""
    tree_complete: bool = True
    skipped: bool = False
    files: Counter[str] = field(default_factory=Counter)  # by document status
    failures: list[FetchError] = field(default_factory=list)


# -- which files -------------------------------------------------------------------


def file_priority(path: str, hints: list[str] | None = None) -> int | None:
    """Where a path ranks among files worth fetching (lower first), or None.

    0: named after the model; 1: top-level README; 2: training scripts and
    launchers; 3: shallow docs; 4: configs, requirements, Dockerfiles, build
    files; 5: deeper docs.
    """
    pure = PurePosixPath(path)
    name = pure.name.lower()
    suffix = pure.suffix.lower()
    folders = [part.lower() for part in pure.parts[:-1]]
    if hints and suffix in TEXT_SUFFIXES and _names_the_model(pure, hints):
        return 0
    if not folders and name.startswith("readme"):
        return 1
    if _is_training_script(name, suffix, folders):
        return 2
    if suffix in DOC_SUFFIXES:
        return 3 if len(folders) <= 1 else 5
    if _is_setup_file(name, suffix, folders):
        return 4
    return None


def _is_training_script(name: str, suffix: str, folders: list[str]) -> bool:
    if suffix in LAUNCHER_SUFFIXES:
        return True
    if suffix != ".py":
        return False
    return bool(TRAINING_WORD.search(name)) or any(
        TRAINING_WORD.search(folder) for folder in folders
    )


def _is_setup_file(name: str, suffix: str, folders: list[str]) -> bool:
    if name in BUILD_FILES or name.startswith("dockerfile"):
        return True
    if name.startswith("requirements") and suffix == ".txt":
        return True
    if name.startswith("environment") and suffix in (".yml", ".yaml"):
        return True
    if suffix not in CONFIG_SUFFIXES:
        return False
    in_config_dir = any("config" in folder or "recipe" in folder for folder in folders)
    return in_config_dir or "config" in name or bool(TRAINING_WORD.search(name))


def _names_the_model(path: PurePosixPath, hints: list[str]) -> bool:
    places = [_squash(part) for part in path.parts[:-1]] + [_squash(path.stem)]
    for hint in hints:
        for place in places:
            if len(place) >= 4 and (place == hint or hint.startswith(place)):
                return True
    return False


def model_hints(model_ids: list[str]) -> list[str]:
    """Squashed model names, to find files and folders named after a model."""
    return [_squash(model_id.split("/")[-1]) for model_id in model_ids]


def select_files(
    entries: list[dict[str, Any]], hints: list[str] | None = None
) -> list[str]:
    """The blob paths to fetch from a tree listing, best first, capped."""
    ranked = []
    for entry in entries:
        if entry.get("type") != "blob":
            continue
        size = entry.get("size")
        if isinstance(size, int) and size > MAX_FILE_BYTES:
            continue
        path = str(entry.get("path") or "")
        priority = file_priority(path, hints)
        if priority is not None:
            ranked.append((priority, path.count("/"), path))
    ranked.sort()
    return [path for _, _, path in ranked[:MAX_FILES_PER_REPO]]


def is_lfs_pointer(body: bytes) -> bool:
    return len(body) <= LFS_POINTER_MAX_BYTES and body.startswith(
        LFS_POINTER_PREFIX.encode()
    )


# -- fetching -------------------------------------------------------------------------


def fetch_repo(
    client: HttpClient,
    store: Store,
    repo: str,
    *,
    hints: list[str] | None = None,
    refresh: bool = False,
) -> RepoReport:
    """Fetch and store a repo's hardware-relevant files; skip what is stored.

    Raises FetchError when the repo itself cannot be listed; a file that fails
    is kept in the report's failures and the other files go on.
    """
    report = RepoReport(repo)
    name = store.repo_alias(repo) or repo
    done = store.fetched(REPO_DONE, name)
    if done and not refresh:
        report.canonical, report.commit = name, done.get("commit", "")
        report.tree_complete, report.skipped = done.get("tree_complete", True), True
        return report
    info = repo_info(client, name, revalidate=refresh)
    report.canonical = str(info.get("full_name") or name)
    if report.canonical.lower() != repo.lower():
        store.put_repo_alias(repo, report.canonical)
    report.commit = head_commit(client, report.canonical, info)
    if done and done.get("commit") == report.commit:
        report.skipped = True
        return report
    entries, report.tree_complete = tree(client, report.canonical, report.commit)
    for path in select_files(entries, hints):
        _fetch_one(client, store, report, path, refresh)
    if not report.failures:
        store.put_fetched(
            REPO_DONE,
            report.canonical,
            {"commit": report.commit, "tree_complete": report.tree_complete},
        )
    return report


def repo_info(client: HttpClient, repo: str, *, revalidate: bool = False) -> Any:
    """`/repos/{repo}`; a renamed repo's 301 to `/repositories/{id}` is followed."""
    url = f"{base_url(GITHUB_API_URL_ENV)}/repos/{repo}"
    return client.get_json(
        GITHUB, url, headers=API_VERSION_HEADERS, revalidate=revalidate
    )


def head_commit(client: HttpClient, repo: str, info: dict[str, Any]) -> str:
    """The commit sha of the default branch, so every file is read at one commit."""
    branch = quote(str(info.get("default_branch") or "HEAD"), safe="")
    url = f"{base_url(GITHUB_API_URL_ENV)}/repos/{repo}/commits/{branch}"
    headers = {**API_VERSION_HEADERS, "Accept": "application/vnd.github.sha"}
    return client.get(GITHUB, url, headers=headers).text.strip()


def tree(
    client: HttpClient, repo: str, commit: str
) -> tuple[list[dict[str, Any]], bool]:
    """Every entry of the tree at `commit`, and whether the listing is complete."""
    url = f"{base_url(GITHUB_API_URL_ENV)}/repos/{repo}/git/trees/{commit}"
    listing = client.get_json(
        GITHUB, url, params={"recursive": "1"}, headers=API_VERSION_HEADERS
    )
    entries = list(listing.get("tree") or [])
    if not listing.get("truncated"):
        return entries, True
    return _complete_tree(client, repo, entries)


def _complete_tree(
    client: HttpClient, repo: str, entries: list[dict[str, Any]]
) -> tuple[list[dict[str, Any]], bool]:
    # A truncated recursive listing holds some entries; walk, one level at a
    # time, every folder whose contents it left out.
    paths = [str(entry["path"]) for entry in entries]
    listed_parents = {path.rsplit("/", 1)[0] for path in paths if "/" in path}
    pending = [
        entry
        for entry in entries
        if entry.get("type") == "tree" and entry["path"] not in listed_parents
    ]
    calls = 0
    while pending:
        pending.sort(key=lambda entry: _folder_priority(str(entry["path"])))
        folder = pending.pop(0)
        if _skipped_folder(str(folder["path"])):
            continue
        if calls >= MAX_SUBTREE_CALLS:
            log.warning("%s: tree still truncated after %d subtree calls", repo, calls)
            return entries, False
        calls += 1
        url = f"{base_url(GITHUB_API_URL_ENV)}/repos/{repo}/git/trees/{folder['sha']}"
        listing = client.get_json(GITHUB, url, headers=API_VERSION_HEADERS)
        for child in listing.get("tree") or []:
            child = {**child, "path": f"{folder['path']}/{child['path']}"}
            entries.append(child)
            if child.get("type") == "tree":
                pending.append(child)
    return entries, True


def _folder_priority(path: str) -> tuple[int, int]:
    relevant = TRAINING_WORD.search(path) or re.search(
        r"script|config|doc|example|recipe", path, re.I
    )
    return (0 if relevant else 1, path.count("/"))


def _skipped_folder(path: str) -> bool:
    return any(part.lower() in SKIP_DIRS for part in path.split("/"))


def _fetch_one(
    client: HttpClient,
    store: Store,
    report: RepoReport,
    path: str,
    refresh: bool,
) -> None:
    key = github_key(report.canonical, path)
    if store.has_document("github", key) and not refresh:
        stored = store.get_document("github", key)
        if stored and stored.meta.get("commit") == report.commit:
            report.files["stored"] += 1
            return
    try:
        document = fetch_file(client, report.canonical, report.commit, path)
    except FetchError as error:
        report.failures.append(error)
        return
    store.put_document(document)
    report.files[document.status] += 1


def fetch_file(client: HttpClient, repo: str, commit: str, path: str) -> Document:
    """One file at `commit` as a github document (raw first, contents API after)."""
    url = f"{base_url(GITHUB_RAW_URL_ENV)}/{repo}/{commit}/{quote(path)}"
    try:
        response = client.get(GITHUB_RAW, url, stream_limit=MAX_FILE_BYTES)
        body, complete = response.content, not cut(response)
    except FetchError as error:
        if error.reason in ("not_found", "gated"):
            raise
        url, body, complete = _via_contents(client, repo, commit, path)
    return _document(repo, path, commit, url, body, complete)


def _via_contents(
    client: HttpClient, repo: str, commit: str, path: str
) -> tuple[str, bytes, bool]:
    # Above 1 MB the contents API answers content "" with encoding "none";
    # the file must then come from its download_url.
    url = f"{base_url(GITHUB_API_URL_ENV)}/repos/{repo}/contents/{quote(path)}"
    found = client.get_json(
        GITHUB, url, params={"ref": commit}, headers=API_VERSION_HEADERS
    )
    if found.get("encoding") == "base64" and found.get("content"):
        return url, base64.b64decode(found["content"]), True
    download = str(found.get("download_url") or "")
    if not download:
        raise FetchError(url, service=GITHUB, reason="no_content")
    response = client.get(GITHUB_RAW, download, stream_limit=MAX_FILE_BYTES)
    return download, response.content, not cut(response)


def _document(
    repo: str, path: str, commit: str, url: str, body: bytes, complete: bool
) -> Document:
    meta = {"commit": commit, "url": url, "bytes": len(body)}
    key = github_key(repo, path)
    if is_lfs_pointer(body):
        # The pointer's hex oid can read like a chip name (a100): keep it out
        # of the text that gets classified.
        meta["lfs_pointer"] = body.decode("ascii", errors="replace")
        return Document("github", key, "", origin=url, status="lfs_pointer", meta=meta)
    text = body.decode("utf-8", errors="replace")
    status = "binary" if "\x00" in text else "ok"
    if status == "binary":
        text = ""
    return Document(
        "github", key, text, origin=url, complete=complete, status=status, meta=meta
    )


def _squash(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())
