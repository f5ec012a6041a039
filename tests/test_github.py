"""GitHub repos against a fake GitHub: file choice, renames, truncated trees,
LFS pointers and large files (C11, C12)."""

from __future__ import annotations

import httpx
import pytest
from fakes.github import FakeGitHub, FakeRepo, GitHubRoutes
from fakes.server import FakeClock, Fault

from chipaudit.sources import github, http
from chipaudit.sources.http import HttpClient
from chipaudit.store import Store

LFS_POINTER = (
    "version https://git-lfs.github.com/spec/v1\n"
    "oid sha256:9e3fa1004c0a100a100a100a100a100a100a100a100a100a100a100a100a100a1\n"
    "size 10628782\n"
)
TRAINING_LINE = "We trained on 512 NVIDIA H800 GPUs for 21 days.\n"


@pytest.fixture(autouse=True)
def isolated(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("HF_TOKEN", "GITHUB_TOKEN", "HTTP_PROXY", "HTTPS_PROXY"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def fake(monkeypatch):
    routes = GitHubRoutes()
    service = FakeGitHub(routes)
    with service:
        monkeypatch.setenv(http.GITHUB_API_URL_ENV, service.url)
        monkeypatch.setenv(http.GITHUB_RAW_URL_ENV, service.url)
        yield service


def client() -> HttpClient:
    return HttpClient(clock=FakeClock(), tokens={}, timeout=httpx.Timeout(0.5))


@pytest.mark.parametrize(
    ("path", "wanted"),
    [
        ("README.md", True),
        ("docs/TRAINING.md", True),
        ("scripts/pretrain_tpu_v4.sh", True),
        ("finetune/run.slurm", True),
        ("qwen-vl-finetune/qwenvl/train/train_qwen.py", True),
        ("colbert/training/training.py", True),
        ("requirements_web_demo.txt", True),
        ("environment.yml", True),
        ("Dockerfile_TeleChat_ms", True),
        ("docker/Dockerfile-cu121", True),
        ("setup.py", True),
        ("pyproject.toml", True),
        ("inference/configs/config_671B.json", True),
        ("configs/instella-3b-sft.yaml", True),
        ("src/model_utils.py", False),
        ("assets/logo.png", False),
        ("data/train.parquet", False),
        ("package.json", False),
    ],
)
def test_file_choice(path, wanted):
    assert (github.file_priority(path) is not None) is wanted


def test_files_named_after_the_model_come_first():
    hints = github.model_hints(["qualcomm/Qwen2.5-7B-Instruct"])
    entries = [
        {"path": p, "type": "blob", "size": 10}
        for p in ("README.md", "qai_hub_models/models/qwen2_5_7b_instruct/info.yaml")
    ]
    chosen = github.select_files(entries, hints)
    assert chosen[0].endswith("info.yaml")


def test_file_cap_and_size_cap():
    entries = [
        {"path": f"docs/page{n}.md", "type": "blob", "size": 10} for n in range(100)
    ]
    entries.append({"path": "README.md", "type": "blob", "size": 10**8})
    chosen = github.select_files(entries)
    assert len(chosen) == github.MAX_FILES_PER_REPO
    assert "README.md" not in chosen


def test_c11_renamed_repo_and_truncated_tree(fake, tmp_path):
    files = {"README.md": "hello", "scripts/pretrain_tpu_v4.sh": "--tpu v4-512\n"}
    fake.github.add(FakeRepo("new-org/new-name", files, repo_id=4242, truncate=True))
    fake.github.renamed["old-org/old-name"] = "new-org/new-name"
    with client() as fetcher, Store(tmp_path / "s.db") as store:
        report = github.fetch_repo(fetcher, store, "old-org/old-name")
        again = github.fetch_repo(fetcher, store, "old-org/old-name", refresh=True)
        alias = store.repo_alias("old-org/old-name")
        script = store.get_document(
            "github", "new-org/new-name:scripts/pretrain_tpu_v4.sh"
        )
    assert report.canonical == "new-org/new-name" and alias == "new-org/new-name"
    assert report.tree_complete is True
    assert script is not None and "v4-512" in script.text
    assert script.meta["commit"] == report.commit
    old_name = [r for r in fake.log if "old-org" in r.target]
    assert len(old_name) == 1  # only the first request uses the old name
    assert again.canonical == "new-org/new-name"
    assert fake.requests_to(r"/git/trees/[0-9a-f]{40}$")  # the subtree walk


def test_c11_subtree_budget_marks_tree_incomplete(fake, tmp_path, monkeypatch, caplog):
    files = {f"dir{n}/train.sh": "x" for n in range(5)}
    fake.github.add(FakeRepo("o/big", files, truncate=True))
    monkeypatch.setattr(github, "MAX_SUBTREE_CALLS", 2)
    with client() as fetcher, Store(tmp_path / "s.db") as store:
        report = github.fetch_repo(fetcher, store, "o/big")
    assert report.tree_complete is False
    assert "still truncated" in caplog.text


def test_c12_lfs_pointer_is_stored_as_such_and_never_text(fake, tmp_path):
    files = {"docs/tech_report.md": LFS_POINTER, "README.md": "hi"}
    fake.github.add(FakeRepo("o/r", files))
    with client() as fetcher, Store(tmp_path / "s.db") as store:
        github.fetch_repo(fetcher, store, "o/r")
        pointer = store.get_document("github", "o/r:docs/tech_report.md")
    assert pointer.status == "lfs_pointer"
    assert "a100" not in pointer.text.lower()
    assert pointer.meta["lfs_pointer"].startswith("version https://git-lfs")


def test_c12_large_file_through_contents_api_comes_from_download_url(fake, tmp_path):
    big = TRAINING_LINE + "x" * 1_240_000
    fake.github.add(FakeRepo("o/r", {"TRAINING.md": big}))
    repo = fake.github.find("o/r")
    fake.inject(r"/o/r/[0-9a-f]{40}/TRAINING.md", Fault.status(503), times=4)
    with client() as fetcher:
        document = github.fetch_file(fetcher, "o/r", repo.commit, "TRAINING.md")
    assert document.text.startswith(TRAINING_LINE)
    assert len(document.text) == len(big)
    contents = fake.requests_to("/contents/TRAINING.md")
    assert contents and document.origin.endswith("/TRAINING.md")


def test_missing_repo_raises_not_found(fake, tmp_path):
    with client() as fetcher, Store(tmp_path / "s.db") as store:
        with pytest.raises(http.NotFound):
            github.fetch_repo(fetcher, store, "nobody/nothing")


def test_a_stored_repo_is_not_asked_again(fake, tmp_path):
    fake.github.add(FakeRepo("o/r", {"README.md": "hi", "train.sh": "run"}))
    with client() as fetcher, Store(tmp_path / "s.db") as store:
        github.fetch_repo(fetcher, store, "o/r")
        requests = len(fake.log)
        report = github.fetch_repo(fetcher, store, "o/r")
    assert report.skipped and len(fake.log) == requests
