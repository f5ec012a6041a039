"""Exceptions, all rooted in ChipauditError and carrying the input that caused them."""

from __future__ import annotations

from pathlib import Path


def shown(text: str, limit: int = 80) -> str:
    """`text` quoted for a message, cut short when it is long."""
    if len(text) <= limit:
        return repr(text)
    return f"{text[:limit]!r}... ({len(text)} characters)"


class ChipauditError(Exception):
    """Base of every error chipaudit raises on purpose."""

    exit_code = 1  # a runtime failure; errors in what the user gave us are 2


class MisuseError(ChipauditError):
    """An input the user named (a path, a file's contents) cannot be used."""

    exit_code = 2


class SnapshotError(MisuseError):
    """A snapshot directory or one of its entries cannot be read."""

    def __init__(self, where: str, reason: str) -> None:
        super().__init__(f"{where}: {reason}")
        self.where = where
        self.reason = reason


class DocumentUnreadable(ChipauditError):
    """A document's bytes cannot be turned into text."""

    def __init__(self, key: str, reason: str) -> None:
        super().__init__(f"document {key}: {reason}")
        self.key = key
        self.reason = reason


class ModelNotFound(ChipauditError):
    """A model id is not in the store; `stored` says how many models are, and
    `close` names stored ids spelled like it."""

    def __init__(
        self, model_id: str, stored: int = 0, close: list[str] | None = None
    ) -> None:
        name = model_id if len(model_id) <= 80 else shown(model_id)
        if not stored:
            message = f"model {name} is not in the store; run `chipaudit run` first"
        else:
            models = "model" if stored == 1 else "models"
            message = f"model {name} is not among the {stored} stored {models}"
            if close:
                message += f"; did you mean {', '.join(close)}?"
        super().__init__(message)
        self.model_id = model_id
        self.close = close or []


class VerdictMissing(ChipauditError):
    """A model is in the store but has no verdict yet (a run was interrupted)."""

    def __init__(self, model_id: str) -> None:
        super().__init__(
            f"model {model_id} is stored but has no verdict yet; "
            "run `chipaudit run` to classify it"
        )
        self.model_id = model_id


class LabelsError(MisuseError):
    """A labels file cannot be used for evaluation."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path


class StoreMissing(ChipauditError):
    """A command that reads the store found no store file, or an empty one."""

    def __init__(self, path: str, empty: bool = False) -> None:
        found = (
            f"{path} is an empty file, not a store" if empty else f"no store at {path}"
        )
        super().__init__(f"{found}; run `chipaudit run` first or pass --db")
        self.path = path


class OutputUnwritable(ChipauditError):
    """An output file (export table, report, snapshot) cannot be written."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(
            f"cannot write {path}: {reason}; check the path, its permissions "
            "and the free space"
        )
        self.path = path
        self.reason = reason

    @classmethod
    def from_os_error(cls, path: Path | str, error: OSError) -> OutputUnwritable:
        return cls(str(path), error.strerror or str(error))
