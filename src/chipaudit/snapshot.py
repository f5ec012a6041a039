"""Snapshots: a directory of `models.jsonl` and `documents.jsonl` (format 1).

`import_snapshot` consumes such a directory and fills the store; one broken
line, undecodable text or missing file is recorded as a problem naming it and
the rest goes on. `export_snapshot` writes the store back out losslessly.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from chipaudit.errors import OutputUnwritable, SnapshotError, shown
from chipaudit.links import ARXIV_ID
from chipaudit.sources.huggingface import is_model_id
from chipaudit.store import Document, Problem, Store, github_key

MODELS_FILE = "models.jsonl"
DOCUMENTS_FILE = "documents.jsonl"
LINK_KINDS = ("github", "arxiv", "papers")


@dataclass
class ImportReport:
    models: int = 0
    model_ids: set[str] = field(default_factory=set)
    documents: int = 0
    skipped: int = 0  # lines and entries left out, each with a problem
    problems: list[Problem] = field(default_factory=list)


def import_snapshot(store: Store, directory: Path) -> ImportReport:
    """Load a snapshot directory into the store; never stops on one bad entry."""
    check_snapshot_dir(directory)
    models_path = directory / MODELS_FILE
    report = ImportReport()
    last = _last_lines(models_path)
    for where, record in _records(models_path, report):
        _import_model(store, where, record, report, last)
    documents_path = directory / DOCUMENTS_FILE
    if documents_path.is_file():
        first_seen: dict[str, str] = {}
        for where, record in _records(documents_path, report):
            _import_document(store, directory, where, record, report, first_seen)
    else:
        _problem(report, "", str(documents_path), "missing_file", "no documents file")
    for problem in report.problems:
        store.add_problem(problem)
    return report


def check_snapshot_dir(directory: Path) -> None:
    """Raise SnapshotError unless `directory` looks like a snapshot."""
    if not directory.is_dir():
        found = "not a directory" if directory.exists() else "no such directory"
        raise SnapshotError(str(directory), found)
    if not (directory / MODELS_FILE).is_file():
        raise SnapshotError(
            str(directory / MODELS_FILE), "missing; a snapshot needs it"
        )


def _records(path: Path, report: ImportReport) -> Iterator[tuple[str, dict[str, Any]]]:
    with path.open("rb") as handle:
        for number, raw in enumerate(handle, start=1):
            where = f"{path.name} line {number}"
            if not raw.strip():
                continue
            try:
                record = _decode(raw)
            except UnicodeDecodeError as error:
                _skip(report, "", where, "not_utf8", f"not UTF-8 ({error.reason})")
                continue
            except json.JSONDecodeError as error:
                _skip(report, "", where, "bad_json", f"not JSON ({error.msg})")
                continue
            except RecursionError:
                _skip(report, "", where, "bad_json", "not JSON (nested too deeply)")
                continue
            if not isinstance(record, dict):
                _skip(report, "", where, "bad_json", "not a JSON object")
                continue
            broken = _field_with_surrogate(record)
            if broken:
                _skip(
                    report,
                    "",
                    where,
                    "not_unicode",
                    f"{broken} holds a lone surrogate escape (\\ud800-\\udfff), "
                    "which is not text; re-export the snapshot as UTF-8",
                )
                continue
            yield where, record


def _decode(raw: bytes) -> Any:
    """One JSON line; a byte-order mark (from some editors) is not data."""
    return json.loads(raw.decode("utf-8-sig"))


def _field_with_surrogate(record: dict[str, Any]) -> str:
    """The first top-level field whose strings hold a lone surrogate, or ''.

    JSON can spell one (`"\\udcff"`), Python decodes it, and SQLite then
    refuses to store it."""
    for name, value in record.items():
        if _has_surrogate(name) or _has_surrogate(value):
            return name.encode("utf-8", "backslashreplace").decode("utf-8")
    return ""


def _has_surrogate(value: object) -> bool:
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return True
        return False
    if isinstance(value, dict):
        return any(_has_surrogate(k) or _has_surrogate(v) for k, v in value.items())
    if isinstance(value, list):
        return any(_has_surrogate(item) for item in value)
    return False


def _last_lines(path: Path) -> dict[str, str]:
    """Where each model's last line is: a later line for the same model_id
    replaces an earlier one. Unreadable lines are left to `_records`."""
    last: dict[str, str] = {}
    with path.open("rb") as handle:
        for number, raw in enumerate(handle, start=1):
            try:
                record = _decode(raw)
            except (ValueError, RecursionError):
                continue
            if isinstance(record, dict) and isinstance(record.get("model_id"), str):
                last[record["model_id"]] = f"{path.name} line {number}"
    return last


def _import_model(
    store: Store,
    where: str,
    record: dict[str, Any],
    report: ImportReport,
    last: dict[str, str],
) -> None:
    model_id = record.get("model_id")
    if not isinstance(model_id, str) or not model_id:
        _skip(report, "", where, "bad_model", "no valid model_id")
        return
    if not is_model_id(model_id):
        _skip(report, "", where, "bad_model", not_a_model_id(model_id))
        return
    if last.get(model_id, where) != where:
        later = last[model_id].rsplit(" ", 1)[-1]
        message = f"model {model_id} again at line {later}; keeping the later line"
        _skip(report, model_id, where, "duplicate", message)
        return
    links = record.get("links") or {}
    if not isinstance(links, dict):
        _problem(report, model_id, where, "bad_links", "links is not an object")
        links = {}
    meta = record.get("meta") if isinstance(record.get("meta"), dict) else {}
    if model_id not in report.model_ids:
        report.model_ids.add(model_id)
        report.models += 1
    store.put_model(model_id, meta=meta)
    for kind in LINK_KINDS:
        targets = links.get(kind) or []
        if isinstance(targets, str):
            targets = [targets]
        for target in targets:
            if _valid_link(kind, target):
                store.add_link(model_id, kind, target, "snapshot")
            else:
                _problem(
                    report,
                    model_id,
                    where,
                    "bad_link",
                    f"{kind} link {target!r} ignored",
                )


REPO_NAME = re.compile(r"[A-Za-z0-9][\w.-]*/[\w.-]+")
PAPER_KEY = re.compile(r"[\w./-]+")


def not_a_model_id(model_id: str) -> str:
    return (
        f"model_id {shown(model_id)} is not a model id (owner/name, of letters, "
        "digits, '.', '_' and '-'); entry skipped"
    )


def _valid_link(kind: str, target: object) -> bool:
    """A repository as owner/name; a paper id without spaces or colons."""
    if not isinstance(target, str) or not target:
        return False
    pattern = REPO_NAME if kind == "github" else PAPER_KEY
    return bool(pattern.fullmatch(target))


def _import_document(
    store: Store,
    directory: Path,
    where: str,
    record: dict[str, Any],
    report: ImportReport,
    first_seen: dict[str, str],
) -> None:
    model_id = str(record.get("model_id") or "")
    try:
        document = document_from_record(record, directory)
    except SnapshotError as error:
        _skip(report, model_id, where, error.reason.split(":")[0], str(error))
        return
    if "\x00" in document.text:
        _skip(
            report,
            model_id,
            where,
            "binary",
            f"{document.document_key}: text holds NUL bytes (binary file?)",
        )
        return
    key = document.document_key
    if key in first_seen:
        # The later entry replaces the stored one; the earlier is the one skipped.
        _skip(
            report,
            model_id,
            first_seen[key],
            "duplicate",
            f"{key} again at line {where.rsplit(' ', 1)[-1]}; keeping the later line",
        )
        report.documents -= 1
    first_seen[key] = where
    if not document.text.strip():
        document.status = "empty"
    store.put_document(document)
    report.documents += 1


def document_from_record(record: dict[str, Any], directory: Path) -> Document:
    """A Document from one `documents.jsonl` object (text inline or in a file)."""
    source = record.get("source")
    key = _document_key(record)
    if source not in ("modelcard", "github", "paper", "arxiv") or not key:
        raise SnapshotError("entry", "bad_document: source or key fields missing")
    _check_key(record)
    meta = dict(record.get("meta") or {})
    if source in ("paper", "arxiv"):
        source = "paper"
        meta.setdefault("arxiv", bool(record.get("arxiv_id")))
    return Document(
        source=source,
        key=key,
        text=_text(record, directory),
        origin=str(record.get("origin") or ""),
        note=str(record.get("note") or ""),
        complete=bool(record.get("complete", True)),
        status=str(record.get("status") or "ok"),
        meta=meta,
        fetched_at=str(record.get("fetched_at") or ""),
    )


def _document_key(record: dict[str, Any]) -> str:
    source = record.get("source")
    if source == "modelcard":
        return str(record.get("model_id") or "")
    if source == "github" and record.get("repo") and record.get("path"):
        return github_key(str(record["repo"]), str(record["path"]))
    if source in ("paper", "arxiv"):
        return str(record.get("arxiv_id") or record.get("paper_id") or "")
    return ""


def _check_key(record: dict[str, Any]) -> None:
    """A card's model id is one, a GitHub path stays inside its repository,
    an arXiv id is one."""
    source = record.get("source")
    if source == "modelcard" and not is_model_id(str(record["model_id"])):
        message = not_a_model_id(str(record["model_id"]))
        raise SnapshotError("modelcard", f"bad_model: {message}")
    if source == "github":
        path = str(record["path"])
        if path.startswith("/") or ".." in path.split("/"):
            raise SnapshotError(
                f"github:{record['repo']}:{path}",
                "bad_path: a path must be relative to the repository, without ..",
            )
    arxiv_id = record.get("arxiv_id")
    if source in ("paper", "arxiv") and arxiv_id:
        if not ARXIV_ID.fullmatch(str(arxiv_id)):
            raise SnapshotError(
                f"paper:{arxiv_id}",
                "bad_arxiv_id: not an arXiv id such as 2401.12345 or "
                "hep-th/9711200 (use paper_id for other papers)",
            )


def _text(record: dict[str, Any], directory: Path) -> str:
    text = record.get("text")
    if isinstance(text, str):
        return text
    if text is not None:
        raise SnapshotError("entry", "bad_document: text is not a string")
    name = record.get("file")
    if not isinstance(name, str):
        raise SnapshotError("entry", "bad_document: no text and no file")
    path = (directory / name).resolve()
    if not path.is_relative_to(directory.resolve()):
        raise SnapshotError(
            name,
            "outside_snapshot: a file entry must name a file in the snapshot directory",
        )
    if not path.is_file():
        raise SnapshotError(str(path), "missing_file: the entry's file does not exist")
    try:
        return path.read_bytes().decode("utf-8")
    except UnicodeDecodeError as error:
        raise SnapshotError(str(path), f"not_utf8: {error.reason}") from error


def _problem(
    report: ImportReport, model_id: str, where: str, reason: str, message: str
) -> None:
    text = message if message.startswith(where) else f"{where}: {message}"
    report.problems.append(Problem(model_id, "import", reason, text))


def _skip(
    report: ImportReport, model_id: str, where: str, reason: str, message: str
) -> None:
    """A problem that leaves its line or entry out of the store."""
    _problem(report, model_id, where, reason, message)
    report.skipped += 1


def export_snapshot(
    store: Store, directory: Path, *, force: bool = False
) -> tuple[int, int]:
    """Write every model and document in the store as a snapshot directory;
    an existing snapshot there is replaced only with `force`."""
    existing = [
        name for name in (MODELS_FILE, DOCUMENTS_FILE) if (directory / name).exists()
    ]
    if existing and not force:
        raise SnapshotError(
            str(directory),
            f"already holds {' and '.join(existing)}; pass --force to overwrite "
            "or choose another directory",
        )
    try:
        directory.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise OutputUnwritable.from_os_error(directory, error) from error
    models = _write_lines(directory / MODELS_FILE, _model_records(store))
    documents = _write_lines(
        directory / DOCUMENTS_FILE, (_record(item) for item in store.documents())
    )
    return models, documents


def _model_records(store: Store) -> Iterator[dict[str, Any]]:
    for model_id in store.model_ids():
        model = store.get_model(model_id) or {}
        links = store.links(model_id)
        yield {
            "model_id": model_id,
            "links": {kind: links.get(kind, []) for kind in LINK_KINDS},
            "meta": model.get("meta", {}),
        }


def _write_lines(path: Path, records: Iterable[dict[str, Any]]) -> int:
    """Write one JSON object a line; return how many."""
    count = 0
    try:
        with path.open("w", encoding="utf-8") as handle:
            for record in records:
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")
                count += 1
    except OSError as error:
        raise OutputUnwritable.from_os_error(path, error) from error
    return count


def _record(document: Document) -> dict[str, Any]:
    record: dict[str, Any] = {"source": document.source}
    if document.source == "modelcard":
        record["model_id"] = document.key
    elif document.source == "github":
        repo, path = document.key.split(":", 1)
        record.update(repo=repo, path=path)
    else:
        is_arxiv = document.meta.get("arxiv", True)
        record["arxiv_id" if is_arxiv else "paper_id"] = document.key
    record.update(
        complete=document.complete,
        origin=document.origin,
        note=document.note,
        status=document.status,
        meta=document.meta,
        fetched_at=document.fetched_at,
        text=document.text,
    )
    return record
