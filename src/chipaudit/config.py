"""Settings and named defaults: flag, then environment variable, then default."""

from __future__ import annotations

import os
from pathlib import Path

DB_ENV = "CHIPAUDIT_DB"
DATA_DIR_ENV = "CHIPAUDIT_HOME"

# Documents larger than this are stored whole but classified only up to the cap,
# so one 5 MB README cannot stall a run.
MAX_CLASSIFY_CHARS = 2_000_000


def data_dir() -> Path:
    """The directory for chipaudit's own files (default ~/.local/share/chipaudit)."""
    configured = os.environ.get(DATA_DIR_ENV)
    if configured:
        return Path(configured)
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "chipaudit"


def db_path(flag: str | None = None) -> Path:
    """The store's path: --db, then CHIPAUDIT_DB, then the data directory."""
    if flag:
        return Path(flag)
    configured = os.environ.get(DB_ENV)
    if configured:
        return Path(configured)
    return data_dir() / "chipaudit.db"
