"""Test isolation: every test gets its own data directory and store, no tokens,
no proxies, no colour and a fixed terminal width."""

from __future__ import annotations

from pathlib import Path

import pytest

CORPUS_DIR = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
SCRUBBED_ENV = (
    "HF_TOKEN",
    "HUGGING_FACE_HUB_TOKEN",
    "GITHUB_TOKEN",
    "GH_TOKEN",
    "HTTP_PROXY",
    "HTTPS_PROXY",
    "ALL_PROXY",
    "NO_PROXY",
    "http_proxy",
    "https_proxy",
    "all_proxy",
    "no_proxy",
)


@pytest.fixture(autouse=True)
def isolated_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A temp CHIPAUDIT_HOME and CHIPAUDIT_DB; nothing leaks from the shell."""
    home = tmp_path / "chipaudit-home"
    home.mkdir()
    monkeypatch.setenv("CHIPAUDIT_HOME", str(home))
    monkeypatch.setenv("CHIPAUDIT_DB", str(home / "chipaudit.db"))
    for name in SCRUBBED_ENV:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "100")
    return home


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    """The shared snapshot of real documents (../shared/corpus), or a skip."""
    if not (CORPUS_DIR / "models.jsonl").is_file():
        pytest.skip(f"shared corpus not found at {CORPUS_DIR}")
    return CORPUS_DIR
