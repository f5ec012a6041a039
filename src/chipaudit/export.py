"""Export: the models table and the evidence table as CSV, JSONL or Parquet.

Consumes verdicts and evidence from the store. In CSV, list columns are joined
with `;`; JSONL and Parquet keep them as lists.
"""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pyarrow as pa
import pyarrow.parquet as pq

from chipaudit.errors import OutputUnwritable
from chipaudit.links import document_url
from chipaudit.store import Store

FORMATS = ("csv", "jsonl", "parquet")
# File name endings that fit each format; the first is the usual one.
SUFFIXES = {
    "csv": (".csv",),
    "jsonl": (".jsonl", ".ndjson", ".json"),
    "parquet": (".parquet", ".pq"),
}

LIST_COLUMNS = (
    "training_providers",
    "training_chips",
    "inference_providers",
    "inference_chips",
    "base_models",
    "base_model_training_providers",
    "compute_providers",
    "rules_training_providers",
)
# Parquet types, fixed so the schema never depends on the data.
PARQUET_TYPES = {
    "training_count": pa.int64(),
    "confidence": pa.float64(),
    "domestic_compute": pa.bool_(),
    "line": pa.int64(),
    "count": pa.int64(),
}
MODEL_COLUMNS = (
    "model_id",
    "training_providers",
    "training_chips",
    "training_count",
    "disclosure",
    "inference_providers",
    "inference_chips",
    "base_models",
    "base_model_training_providers",
    "compute_providers",
    "domestic_compute",
    "decided_by",
    "basis",
    "training_rule",
    "confidence",
    "llm_status",
    "llm_model",
    "rules_training_providers",
    "card_status",
    "classifier_version",
    "decided_at",
)
EVIDENCE_COLUMNS = (
    "model_id",
    "source",
    "document_key",
    "line",
    "phase",
    "provider",
    "chip",
    "count",
    "quote",
    "rule",
    "about",
    "classifier_version",
    "url",
)


def model_rows(store: Store) -> list[dict[str, Any]]:
    rows = []
    for verdict in store.verdicts():
        row = {column: verdict.get(column) for column in MODEL_COLUMNS}
        for column in LIST_COLUMNS:
            row[column] = list(row[column] or [])
        rows.append(row)
    return rows


def evidence_rows(store: Store) -> list[dict[str, Any]]:
    return [
        {column: row.get(column) for column in EVIDENCE_COLUMNS}
        for row in with_urls(store.evidence(), store)
    ]


def with_urls(
    rows: list[dict[str, Any]], store: Store | None = None
) -> list[dict[str, Any]]:
    """Evidence rows with the web address of their document and line; a
    document we cannot address (a report without an arXiv id) gives the
    address it was fetched from, when that is a web address."""
    origins: dict[str, str] = {}
    linked = []
    for row in rows:
        url = document_url(row["document_key"], row.get("line"))
        if url is None and store is not None:
            key = row["document_key"]
            if key not in origins:
                origins[key] = _origin_url(store, key)
            url = origins[key] or None
        linked.append({**row, "url": url})
    return linked


def _origin_url(store: Store, document_key: str) -> str:
    source, _, key = document_key.partition(":")
    document = store.get_document(source, key)
    origin = document.origin if document else ""
    return origin if is_web_url(origin) else ""


# What may appear in a link we hand on: a snapshot's origin is free text, and
# quotes, angle brackets or spaces in it could break out of an HTML attribute.
URL_CHARS = re.compile(r"[A-Za-z0-9\-._~:/?#\[\]@!$&()*+,;=%]+")


def is_web_url(text: str) -> bool:
    """True for an http(s) address with a host and nothing that needs quoting."""
    if not URL_CHARS.fullmatch(text):
        return False
    try:
        parts = urlsplit(text)
    except ValueError:
        return False
    return parts.scheme in ("http", "https") and bool(parts.hostname)


def evidence_path_for(out: Path) -> Path:
    return out.with_name(f"{out.stem}.evidence{out.suffix}")


def export_tables(store: Store, fmt: str, out: Path) -> tuple[Path, Path]:
    """Write both tables; return (models path, evidence path). A table that
    cannot be written raises OutputUnwritable naming its path."""
    evidence_out = evidence_path_for(out)
    writer = {"csv": write_csv, "jsonl": write_jsonl, "parquet": write_parquet}[fmt]
    for rows, columns, path in (
        (model_rows(store), MODEL_COLUMNS, out),
        (evidence_rows(store), EVIDENCE_COLUMNS, evidence_out),
    ):
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            writer(rows, columns, path)
        except OSError as error:
            raise OutputUnwritable.from_os_error(path, error) from error
    return out, evidence_out


def write_csv(rows: list[dict[str, Any]], columns: tuple[str, ...], out: Path) -> None:
    with out.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=columns)
        writer.writeheader()
        for row in rows:
            writer.writerow({key: _cell(value) for key, value in row.items()})


def _cell(value: object) -> object:
    if isinstance(value, list):
        return ";".join(str(item) for item in value)
    if value is None:
        return ""
    return value


def write_jsonl(
    rows: list[dict[str, Any]], columns: tuple[str, ...], out: Path
) -> None:
    with out.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")


def write_parquet(
    rows: list[dict[str, Any]], columns: tuple[str, ...], out: Path
) -> None:
    schema = pa.schema([(column, _parquet_type(column)) for column in columns])
    data = {column: [row.get(column) for row in rows] for column in columns}
    pq.write_table(pa.table(data, schema=schema), out)


def _parquet_type(column: str) -> pa.DataType:
    if column in LIST_COLUMNS:
        return pa.list_(pa.string())
    return PARQUET_TYPES.get(column, pa.string())
