"""The store: one SQLite file (WAL) holding documents, models, links, verdicts.

Consumes documents and verdicts from the other stages, produces them back on
demand. The path comes from --db, then CHIPAUDIT_DB, then the data directory.
Schema changes are numbered migrations recorded in `schema_migrations`.
"""

from __future__ import annotations

import difflib
import hashlib
import json
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from chipaudit.sources.http import Validators

SOURCES = ("modelcard", "github", "paper")

MIGRATIONS: list[str] = [
    # 1: the core tables
    """
    CREATE TABLE documents (
        source TEXT NOT NULL,
        key TEXT NOT NULL,
        text TEXT NOT NULL,
        origin TEXT NOT NULL DEFAULT '',
        note TEXT NOT NULL DEFAULT '',
        complete INTEGER NOT NULL DEFAULT 1,
        status TEXT NOT NULL DEFAULT 'ok',
        meta TEXT NOT NULL DEFAULT '{}',
        content_hash TEXT NOT NULL,
        fetched_at TEXT NOT NULL,
        PRIMARY KEY (source, key)
    );
    CREATE TABLE models (
        model_id TEXT PRIMARY KEY,
        meta TEXT NOT NULL DEFAULT '{}',
        card_status TEXT NOT NULL DEFAULT 'unknown',
        added_at TEXT NOT NULL
    );
    CREATE TABLE links (
        model_id TEXT NOT NULL,
        kind TEXT NOT NULL,
        target TEXT NOT NULL,
        origin TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (model_id, kind, target)
    );
    CREATE TABLE verdicts (
        model_id TEXT PRIMARY KEY,
        classifier_version TEXT NOT NULL,
        verdict TEXT NOT NULL,
        decided_at TEXT NOT NULL
    );
    CREATE TABLE evidence (
        model_id TEXT NOT NULL,
        seq INTEGER NOT NULL,
        source TEXT NOT NULL,
        document_key TEXT NOT NULL,
        line INTEGER NOT NULL,
        phase TEXT NOT NULL,
        provider TEXT NOT NULL,
        chip TEXT NOT NULL DEFAULT '',
        count INTEGER,
        quote TEXT NOT NULL,
        rule TEXT NOT NULL,
        about TEXT NOT NULL DEFAULT 'self',
        classifier_version TEXT NOT NULL,
        PRIMARY KEY (model_id, seq)
    );
    CREATE TABLE problems (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        model_id TEXT NOT NULL DEFAULT '',
        stage TEXT NOT NULL,
        reason TEXT NOT NULL,
        message TEXT NOT NULL,
        at TEXT NOT NULL
    );
    CREATE INDEX links_target ON links (kind, target);
    """,
    # 2: live collection: HTTP validators for conditional requests, repo aliases
    """
    CREATE TABLE http_cache (
        url TEXT PRIMARY KEY,
        etag TEXT NOT NULL DEFAULT '',
        last_modified TEXT NOT NULL DEFAULT '',
        status INTEGER NOT NULL,
        fetched_at TEXT NOT NULL
    );
    CREATE TABLE repo_aliases (
        alias TEXT PRIMARY KEY,
        repo TEXT NOT NULL,
        at TEXT NOT NULL
    );
    """,
    # 3: live collection: what was fetched whole (repos, paper pages), so a
    # rerun skips it
    """
    CREATE TABLE fetch_log (
        kind TEXT NOT NULL,
        key TEXT NOT NULL,
        value TEXT NOT NULL DEFAULT '{}',
        at TEXT NOT NULL,
        PRIMARY KEY (kind, key)
    );
    """,
]


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


@dataclass
class Document:
    """One fetched text: a model card, a repository file or a paper."""

    source: str
    key: str
    text: str
    origin: str = ""
    note: str = ""
    complete: bool = True
    status: str = "ok"
    meta: dict[str, Any] = field(default_factory=dict)
    fetched_at: str = ""
    content_hash: str = ""

    @property
    def document_key(self) -> str:
        """The key labels and evidence use: `source:key`."""
        return f"{self.source}:{self.key}"


def github_key(repo: str, path: str) -> str:
    return f"{repo}:{path}"


@dataclass
class Problem:
    model_id: str
    stage: str
    reason: str
    message: str
    at: str = ""


class Store:
    """A connection to one store file. Use as a context manager."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        if str(path) != ":memory:":
            self.path.parent.mkdir(parents=True, exist_ok=True)
        self.conn = sqlite3.connect(str(path), timeout=30, isolation_level=None)
        self.conn.row_factory = sqlite3.Row
        self.conn.execute("PRAGMA journal_mode=WAL")
        self.conn.execute("PRAGMA synchronous=NORMAL")
        self.conn.execute("PRAGMA foreign_keys=ON")
        self.migrate()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.conn.close()

    # -- schema -----------------------------------------------------------

    def schema_version(self) -> int:
        row = self.conn.execute(
            "SELECT name FROM sqlite_master WHERE name='schema_migrations'"
        ).fetchone()
        if row is None:
            return 0
        got = self.conn.execute("SELECT MAX(version) FROM schema_migrations")
        return got.fetchone()[0] or 0

    def migrate(self) -> None:
        self.conn.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations "
            "(version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)"
        )
        for number, script in enumerate(MIGRATIONS, start=1):
            if number <= self.schema_version():
                continue
            with self.transaction():
                for statement in script.split(";"):
                    if statement.strip():
                        self.conn.execute(statement)
                self.conn.execute(
                    "INSERT INTO schema_migrations VALUES (?, ?)", (number, now())
                )

    def transaction(self) -> _Transaction:
        return _Transaction(self.conn)

    # -- documents ----------------------------------------------------------

    def put_document(self, document: Document) -> bool:
        """Store a document; return True when its text is new or changed."""
        digest = content_hash(document.text)
        fetched_at = document.fetched_at or now()
        old = self.conn.execute(
            "SELECT content_hash FROM documents WHERE source=? AND key=?",
            (document.source, document.key),
        ).fetchone()
        self.conn.execute(
            "INSERT OR REPLACE INTO documents VALUES (?,?,?,?,?,?,?,?,?,?)",
            (
                document.source,
                document.key,
                document.text,
                document.origin,
                document.note,
                int(document.complete),
                document.status,
                json.dumps(document.meta, sort_keys=True),
                digest,
                fetched_at,
            ),
        )
        return old is None or old["content_hash"] != digest

    def get_document(self, source: str, key: str) -> Document | None:
        row = self.conn.execute(
            "SELECT * FROM documents WHERE source=? AND key=?", (source, key)
        ).fetchone()
        return _document(row) if row else None

    def has_document(self, source: str, key: str) -> bool:
        row = self.conn.execute(
            "SELECT 1 FROM documents WHERE source=? AND key=?", (source, key)
        ).fetchone()
        return row is not None

    def documents(self, source: str | None = None) -> Iterator[Document]:
        query = "SELECT * FROM documents"
        args: tuple[str, ...] = ()
        if source:
            query += " WHERE source=?"
            args = (source,)
        for row in self.conn.execute(query + " ORDER BY source, key", args):
            yield _document(row)

    def github_documents(self, repo: str) -> list[Document]:
        rows = self.conn.execute(
            "SELECT * FROM documents WHERE source='github' "
            "AND substr(key, 1, ?) = ? ORDER BY key",
            (len(repo) + 1, repo + ":"),
        )
        return [_document(row) for row in rows]

    # -- models and links -----------------------------------------------------

    def put_model(
        self,
        model_id: str,
        meta: dict[str, Any] | None = None,
        card_status: str | None = None,
    ) -> None:
        old = self.get_model(model_id)
        merged = {**(old["meta"] if old else {}), **(meta or {})}
        status = card_status or (old["card_status"] if old else "unknown")
        self.conn.execute(
            "INSERT OR REPLACE INTO models VALUES (?,?,?,?)",
            (
                model_id,
                json.dumps(merged, sort_keys=True),
                status,
                old["added_at"] if old else now(),
            ),
        )

    def get_model(self, model_id: str) -> dict[str, Any] | None:
        row = self.conn.execute(
            "SELECT * FROM models WHERE model_id=?", (model_id,)
        ).fetchone()
        if row is None:
            return None
        return {
            "model_id": row["model_id"],
            "meta": json.loads(row["meta"]),
            "card_status": row["card_status"],
            "added_at": row["added_at"],
        }

    def find_model_id(self, model_id: str) -> str | None:
        """The stored spelling of a model id, matched without regard to case
        (as the Hub matches ids)."""
        row = self.conn.execute(
            "SELECT model_id FROM models WHERE lower(model_id)=lower(?) "
            "ORDER BY model_id = ? DESC LIMIT 1",
            (model_id, model_id),
        ).fetchone()
        return row[0] if row else None

    def close_model_ids(self, model_id: str, limit: int = 3) -> list[str]:
        """Stored ids spelled like `model_id` (a typo, a missing owner), best first."""
        stored = {name.lower(): name for name in self.model_ids()}
        # A long id is no one's typo; comparing its start is enough and stays fast.
        wanted = model_id.lower()[:200]
        close = difflib.get_close_matches(wanted, list(stored), n=limit, cutoff=0.6)
        return [stored[name] for name in close]

    def model_ids(self) -> list[str]:
        rows = self.conn.execute("SELECT model_id FROM models ORDER BY model_id")
        return [row[0] for row in rows]

    def unclassified_model_ids(self) -> list[str]:
        """Stored models without a verdict, as an interrupted run leaves them."""
        rows = self.conn.execute(
            "SELECT model_id FROM models WHERE model_id NOT IN "
            "(SELECT model_id FROM verdicts) ORDER BY model_id"
        )
        return [row[0] for row in rows]

    def add_link(self, model_id: str, kind: str, target: str, origin: str) -> None:
        self.conn.execute(
            "INSERT OR IGNORE INTO links VALUES (?,?,?,?)",
            (model_id, kind, target, origin),
        )

    def links(self, model_id: str) -> dict[str, list[str]]:
        found: dict[str, list[str]] = {"github": [], "arxiv": [], "papers": []}
        rows = self.conn.execute(
            "SELECT kind, target FROM links WHERE model_id=? ORDER BY rowid",
            (model_id,),
        )
        for row in rows:
            found.setdefault(row["kind"], []).append(row["target"])
        return found

    def link_rows(self, model_id: str) -> list[dict[str, str]]:
        rows = self.conn.execute(
            "SELECT kind, target, origin FROM links WHERE model_id=? ORDER BY rowid",
            (model_id,),
        )
        return [dict(row) for row in rows]

    # -- verdicts and evidence -----------------------------------------------

    def put_verdict(
        self,
        model_id: str,
        verdict: dict[str, Any],
        evidence: Iterable[dict[str, Any]],
        classifier_version: str,
    ) -> None:
        with self.transaction():
            self.conn.execute("DELETE FROM evidence WHERE model_id=?", (model_id,))
            self.conn.execute(
                "INSERT OR REPLACE INTO verdicts VALUES (?,?,?,?)",
                (model_id, classifier_version, json.dumps(verdict), now()),
            )
            for seq, row in enumerate(evidence):
                self.conn.execute(
                    "INSERT INTO evidence VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    (
                        model_id,
                        seq,
                        row["source"],
                        row["document_key"],
                        row["line"],
                        row["phase"],
                        row["provider"],
                        row.get("chip") or "",
                        row.get("count"),
                        row["quote"],
                        row["rule"],
                        row.get("about", "self"),
                        classifier_version,
                    ),
                )

    def update_verdict(self, model_id: str, verdict: dict[str, Any]) -> None:
        """Rewrite a verdict's fields, keeping its evidence and version."""
        fields = {
            key: value
            for key, value in verdict.items()
            if key not in ("classifier_version", "decided_at")
        }
        self.conn.execute(
            "UPDATE verdicts SET verdict=? WHERE model_id=?",
            (json.dumps(fields), model_id),
        )

    def get_verdict(self, model_id: str) -> dict[str, Any] | None:
        row = self.conn.execute(
            "SELECT * FROM verdicts WHERE model_id=?", (model_id,)
        ).fetchone()
        if row is None:
            return None
        verdict: dict[str, Any] = json.loads(row["verdict"])
        verdict["classifier_version"] = row["classifier_version"]
        verdict["decided_at"] = row["decided_at"]
        return verdict

    def verdicts(self) -> Iterator[dict[str, Any]]:
        for model_id in self.conn.execute(
            "SELECT model_id FROM verdicts ORDER BY model_id"
        ).fetchall():
            verdict = self.get_verdict(model_id[0])
            if verdict is not None:
                yield verdict

    def evidence(self, model_id: str | None = None) -> list[dict[str, Any]]:
        query = "SELECT * FROM evidence"
        args: tuple[str, ...] = ()
        if model_id is not None:
            query += " WHERE model_id=?"
            args = (model_id,)
        rows = self.conn.execute(query + " ORDER BY model_id, seq", args)
        return [dict(row) for row in rows]

    # -- problems ---------------------------------------------------------------

    def add_problem(self, problem: Problem) -> None:
        self.conn.execute(
            "INSERT INTO problems (model_id, stage, reason, message, at) "
            "VALUES (?,?,?,?,?)",
            (
                problem.model_id,
                problem.stage,
                problem.reason,
                problem.message,
                problem.at or now(),
            ),
        )

    def problems(self, model_id: str | None = None) -> list[Problem]:
        query = "SELECT model_id, stage, reason, message, at FROM problems"
        args: tuple[str, ...] = ()
        if model_id is not None:
            query += " WHERE model_id=?"
            args = (model_id,)
        rows = self.conn.execute(query + " ORDER BY id", args)
        return [Problem(**dict(row)) for row in rows]

    def clear_problems(self, stage: str) -> None:
        self.conn.execute("DELETE FROM problems WHERE stage=?", (stage,))

    # -- live collection: HTTP validators and repo aliases ---------------------

    def http_validators(self, url: str) -> Validators | None:
        from chipaudit.sources.http import Validators

        row = self.conn.execute(
            "SELECT etag, last_modified FROM http_cache WHERE url=?", (url,)
        ).fetchone()
        return Validators(row["etag"], row["last_modified"]) if row else None

    def put_http_validators(
        self, url: str, validators: Validators, status: int
    ) -> None:
        self.conn.execute(
            "INSERT OR REPLACE INTO http_cache VALUES (?,?,?,?,?)",
            (url, validators.etag, validators.last_modified, status, now()),
        )

    def put_repo_alias(self, alias: str, repo: str) -> None:
        """Remember that GitHub repo `alias` was renamed to `repo`."""
        self.conn.execute(
            "INSERT OR REPLACE INTO repo_aliases VALUES (?,?,?)", (alias, repo, now())
        )

    def repo_alias(self, alias: str) -> str | None:
        row = self.conn.execute(
            "SELECT repo FROM repo_aliases WHERE alias=?", (alias,)
        ).fetchone()
        return row["repo"] if row else None

    def put_fetched(self, kind: str, key: str, value: dict[str, Any]) -> None:
        """Record that `key` of `kind` (e.g. a GitHub repo) was fetched whole."""
        self.conn.execute(
            "INSERT OR REPLACE INTO fetch_log VALUES (?,?,?,?)",
            (kind, key, json.dumps(value, sort_keys=True), now()),
        )

    def fetched(self, kind: str, key: str) -> dict[str, Any] | None:
        row = self.conn.execute(
            "SELECT value FROM fetch_log WHERE kind=? AND key=?", (kind, key)
        ).fetchone()
        return json.loads(row["value"]) if row else None


class _Transaction:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def __enter__(self) -> None:
        self.conn.execute("BEGIN IMMEDIATE")

    def __exit__(self, kind: object, *rest: object) -> None:
        self.conn.execute("ROLLBACK" if kind else "COMMIT")


def _document(row: sqlite3.Row) -> Document:
    return Document(
        source=row["source"],
        key=row["key"],
        text=row["text"],
        origin=row["origin"],
        note=row["note"],
        complete=bool(row["complete"]),
        status=row["status"],
        meta=json.loads(row["meta"]),
        fetched_at=row["fetched_at"],
        content_hash=row["content_hash"],
    )
