"""Live collection end to end against fake Hub, GitHub and arXiv servers that
serve the shared corpus; faults injected, runs killed and resumed."""

from __future__ import annotations

import hashlib
import json
from collections import Counter

import httpx
import pytest
from click.testing import CliRunner
from fakes.arxiv import FakeArxiv
from fakes.corpus import CORPUS, arxiv_papers, github_routes, hub_routes, load_corpus
from fakes.github import FakeGitHub
from fakes.server import FakeClock, Fault

from chipaudit import cli
from chipaudit.cli import main
from chipaudit.collect import collect
from chipaudit.links import github_repos
from chipaudit.sources import http
from chipaudit.sources.http import HttpClient
from chipaudit.sources.huggingface import Selection, is_model_id, read_ids_file
from chipaudit.store import Store

pytestmark = pytest.mark.skipif(
    not CORPUS.is_dir(), reason=f"the shared corpus is not at {CORPUS}"
)
ENV_NAMES = ("HF_TOKEN", "GITHUB_TOKEN", "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY")


class Killed(BaseException):
    """Stands in for kill -9: nothing in chipaudit catches it."""


class KillingTransport(httpx.HTTPTransport):
    def __init__(self, after: int) -> None:
        super().__init__()
        self.left = after

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if self.left <= 0:
            raise Killed()
        self.left -= 1
        return super().handle_request(request)


@pytest.fixture(autouse=True)
def isolated(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ENV_NAMES:
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)


@pytest.fixture
def live(monkeypatch: pytest.MonkeyPatch):
    # The CLI's client keeps the real policies but waits on a fake clock.
    def fast_client(**kwargs) -> HttpClient:
        return client(FakeClock(), **kwargs)

    monkeypatch.setattr(cli, "HttpClient", fast_client)
    corpus = load_corpus()
    hub_and_arxiv = FakeArxiv(arxiv_papers(corpus))
    hub_routes(corpus).install(hub_and_arxiv)
    github = FakeGitHub(github_routes(corpus))
    with hub_and_arxiv, github:
        monkeypatch.setenv(http.HF_ENDPOINT_ENV, hub_and_arxiv.url)
        monkeypatch.setenv(http.ARXIV_URL_ENV, hub_and_arxiv.url)
        monkeypatch.setenv(http.ARXIV_API_URL_ENV, hub_and_arxiv.url + "/api/query")
        monkeypatch.setenv(http.GITHUB_API_URL_ENV, github.url)
        monkeypatch.setenv(http.GITHUB_RAW_URL_ENV, github.url)
        yield corpus, hub_and_arxiv, github


def client(clock: FakeClock, **kwargs) -> HttpClient:
    return HttpClient(clock=clock, tokens={}, timeout=httpx.Timeout(0.5), **kwargs)


def fetched_documents(*services) -> Counter[str]:
    """Requests that fetch a document: cards, raw files, paper texts."""
    wanted = ("/README.md", "/papers/", "/abs/")
    counts: Counter[str] = Counter()
    for service in services:
        for request in service.log:
            raw = request.path.count("/") >= 3 and "/repos/" not in request.path
            if any(part in request.path for part in wanted) or raw:
                counts[request.target] += 1
    return counts


def test_top_n_stores_cards_links_repos_and_papers(live, tmp_path):
    corpus, hub, github = live
    clock = FakeClock()
    with Store(tmp_path / "s.db") as store, client(clock, cache=store) as fetcher:
        report = collect(store, Selection(top=82), client=fetcher, progress=False)
        assert len(report.models) == len(corpus.models)
        assert store.has_document("modelcard", "BAAI/bge-large-zh-v1.5")
        assert store.get_model("BAAI/bge-m3")["card_status"] == "absent"
        assert "FlagOpen/FlagEmbedding" in store.links("BAAI/bge-m3")["github"]
        assert store.has_document("github", "QwenLM/Qwen3-VL:README.md")
        assert store.has_document("paper", "2402.03216")
        assert not store.has_document("github", "QwenLM/Qwen3-VL:assets/logo.png")
        assert not store.has_document("github", "QwenLM/Qwen3-VL:src/model_utils.py")
        # card links to repos the corpus lacks are 404s, recorded, nothing worse
        github_reasons = {p.reason for p in report.problems if "github" in p.reason}
        assert github_reasons <= {"github_not_found"}


def test_run_is_resumable_after_a_kill_and_fetches_each_document_once(live, tmp_path):
    corpus, hub, github = live
    clock = FakeClock()
    selection = Selection(top=30)
    with Store(tmp_path / "s.db") as store:
        with client(clock, transport=KillingTransport(after=60)) as fetcher:
            with pytest.raises(Killed):
                collect(store, selection, client=fetcher, progress=False)
        partial = sum(1 for _ in store.documents())
        with client(clock) as fetcher:
            collect(store, selection, client=fetcher, progress=False)
        total = sum(1 for _ in store.documents())
        before_third = len(hub.log) + len(github.log)
        with client(clock) as fetcher:
            collect(store, selection, client=fetcher, progress=False)
            third = fetcher.counters
    assert 0 < partial < total
    repeated = {
        target: n for target, n in fetched_documents(hub, github).items() if n > 1
    }
    assert repeated == {}
    # the third run only re-lists models: one listing page, nothing else
    assert len(hub.log) + len(github.log) - before_third == 1
    assert third[http.GITHUB].requests == 0


def test_faults_are_counted_recorded_and_retried_on_rerun(live, tmp_path):
    corpus, hub, github = live
    clock = FakeClock()
    hub.inject(r"/api/models\?", Fault.status(429, "", **{"Retry-After": "20"}))
    hub.inject(r"Yi-34B/resolve", Fault.status(500), times=2)
    hub.inject(r"chatglm-6b/resolve", Fault("reset"), times=1)
    hub.inject(r"openai-community/gpt2/resolve", Fault("truncate"), times=1)
    hub.inject(r"FacebookAI/roberta-base/resolve", Fault("slow", seconds=1.0), times=9)
    hub.inject(r"allenai/OLMo-7B/resolve", Fault.status(451, "blocked"), times=9)
    github.inject(r"/repos/openai/whisper$", Fault.status(404, {"message": "x"}))
    github.inject(r"/repos/google-research/bert$", Fault.status(502), times=9)
    with Store(tmp_path / "s.db") as store:
        with client(clock, cache=store) as fetcher:
            report = collect(store, Selection(top=82), client=fetcher, progress=False)
            counters = {name: fetcher.counters[name] for name in http.SERVICES}
        reasons = Counter(problem.reason for problem in report.problems)
        hub_counts = counters[http.HUGGINGFACE]
        assert hub_counts.rate_limited_waits == 1
        # absent cards and paper pages are 404s: counted, expected
        assert set(hub_counts.failures) == {"timeout", "legal", "not_found"}
        assert hub_counts.failures["timeout"] == hub_counts.failures["legal"] == 1
        assert hub_counts.retried >= 5
        # whisper's 404 plus card links to repos the corpus lacks
        assert counters[http.GITHUB].failures["server_error"] == 1
        assert set(counters[http.GITHUB].failures) == {"not_found", "server_error"}
        assert reasons["modelcard_timeout"] == 1
        assert reasons["modelcard_legal"] == 1
        assert reasons["github_not_found"] >= 1
        assert reasons["github_server_error"] >= 1
        assert store.has_document("modelcard", "01-ai/Yi-34B")
        assert store.has_document("modelcard", "openai-community/gpt2")
        assert len(report.models) == len(corpus.models)
        _print_counts(fetcher, report)

        # The faults clear up; a rerun fetches only what failed.
        for service in (hub, github):
            service.log.clear()
            service.faults.clear()
        with client(clock, cache=store) as fetcher:
            again = collect(store, Selection(top=82), client=fetcher, progress=False)
        cards = [r.path for r in hub.log if r.path.endswith("/README.md")]
        assert sorted(cards) == sorted(
            f"/{m}/resolve/{_sha(hub, m)}/README.md"
            for m in ("FacebookAI/roberta-base", "allenai/OLMo-7B")
        )
        repos = {r.path for r in github.log if r.path.count("/") == 3}
        assert "/repos/google-research/bert" in repos
        assert "/repos/openai/whisper" not in repos  # a 404 is not asked again
        # besides bert, only repos of the two models whose cards failed before
        linked = set()
        for model_id in ("FacebookAI/roberta-base", "allenai/OLMo-7B"):
            linked |= {f"/repos/{repo}" for repo in store.links(model_id)["github"]}
        assert repos - {"/repos/google-research/bert"} <= linked
        assert again.cards["ok"] == report.cards["ok"] + 2
        assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def _sha(hub, model_id: str) -> str:
    return hashlib.sha1(model_id.encode()).hexdigest()


def _print_counts(fetcher: HttpClient, report) -> None:
    for line in fetcher.summary_lines() + report.lines():
        print(line)


def test_refresh_revalidates_with_conditional_requests(live, tmp_path):
    corpus, hub, github = live
    clock = FakeClock()
    with Store(tmp_path / "s.db") as store:
        with client(clock, cache=store) as fetcher:
            collect(store, Selection(top=5), client=fetcher, progress=False)
        hub.inject(r"/resolve/", Fault.status(304), times=99)
        with client(clock, cache=store) as fetcher:
            collect(
                store, Selection(top=5), client=fetcher, refresh=True, progress=False
            )
            assert fetcher.counters[http.HUGGINGFACE].not_modified >= 1
    conditional = [r for r in hub.log if "if-none-match" in r.headers]
    assert conditional


def test_cli_run_top_prints_counters(live, tmp_path, monkeypatch):
    monkeypatch.setenv("CHIPAUDIT_DB", str(tmp_path / "cli.db"))
    result = CliRunner().invoke(main, ["run", "--top", "3"])
    assert result.exit_code == 0, result.output
    assert "huggingface:" in result.stderr
    assert "collected models: 3" in result.stderr


def test_cli_rejects_snapshot_with_live_options(tmp_path, monkeypatch):
    monkeypatch.setenv("CHIPAUDIT_DB", str(tmp_path / "cli.db"))
    result = CliRunner().invoke(main, ["run", "--snapshot", str(CORPUS), "--top", "3"])
    assert result.exit_code == 2
    assert "not both" in result.output


def verdicts(store: Store) -> dict[str, tuple]:
    found = {}
    for verdict in store.verdicts():
        found[verdict["model_id"]] = (
            tuple(verdict["training_providers"]),
            tuple(verdict.get("training_chips") or ()),
            verdict.get("training_count"),
            verdict["disclosure"],
        )
    return found


# Papers without an arXiv id (technical reports on vendor sites) cannot be
# fetched live; the models that rely on them are compared without that paper.
NO_ARXIV_PAPER_MODELS = {
    "BICLab/SpikingBrain-7B",
    "baidu/Qianfan-VL-70B",
    "baidu/Qianfan-VL-8B",
}


def test_live_run_gives_the_snapshot_verdicts(live, tmp_path, monkeypatch):
    runner = CliRunner()
    monkeypatch.setenv("CHIPAUDIT_DB", str(tmp_path / "snapshot.db"))
    from_snapshot = runner.invoke(main, ["run", "--snapshot", str(CORPUS)])
    assert from_snapshot.exit_code == 0, from_snapshot.output
    monkeypatch.setenv("CHIPAUDIT_DB", str(tmp_path / "live.db"))
    ids = tmp_path / "ids.jsonl"
    ids.write_text((CORPUS / "models.jsonl").read_text(encoding="utf-8"))
    from_live = runner.invoke(main, ["run", "--ids", str(ids)])
    assert from_live.exit_code == 0, from_live.output
    with Store(tmp_path / "snapshot.db") as a, Store(tmp_path / "live.db") as b:
        expected, got = verdicts(a), verdicts(b)
    differ = {
        model_id: (expected[model_id], got.get(model_id))
        for model_id in expected
        if got.get(model_id) != expected[model_id]
        and model_id not in NO_ARXIV_PAPER_MODELS
    }
    assert differ == {}


def test_ids_file_reads_plain_ids_and_snapshot_jsonl(tmp_path):
    plain = tmp_path / "ids.txt"
    plain.write_text("# comment\norg/a\n\norg/b extra\n")
    found = read_ids_file(plain)
    assert (found.ids, found.seeds, found.problems) == (["org/a", "org/b"], {}, [])
    jsonl = tmp_path / "models.jsonl"
    record = {"model_id": "org/c", "links": {"github": ["o/r"], "arxiv": []}}
    jsonl.write_text(json.dumps(record) + "\n")
    found = read_ids_file(jsonl)
    assert found.ids == ["org/c"] and found.seeds["org/c"]["github"] == ["o/r"]


@pytest.mark.parametrize(
    ("line", "valid"),
    [
        ("BAAI/bge-m3", True),
        ("Qwen/Qwen2.5-7B-Instruct", True),
        ("some_user/model_v1.0", True),
        ("../../etc", False),  # a path, not an id
        ("acme/../etc", False),
        ("/acme/model", False),
        ("acme/model/", False),
        ("acme/a/b", False),
        ("acme/mo del", False),
        ("acme/model.", False),
        ("acme/-model", False),
        ("acme/a--b", False),
        ("gpt2", False),  # the Hub's legacy ids without an owner are not taken
        ("acme/" + "x" * 97, False),
    ],
)
def test_model_ids_take_the_hubs_owner_name_form(line: str, valid: bool) -> None:
    assert is_model_id(line) is valid


def test_every_line_an_ids_file_leaves_out_is_named(tmp_path):
    path = tmp_path / "ids.txt"
    path.write_bytes(b"org/a\nnot a valid id\nfoo\n../../etc\n{cut\ncaf\xe9/x\norg/a\n")
    found = read_ids_file(path)
    assert found.ids == ["org/a"]
    assert [problem.split(": ", 1)[0] for problem in found.problems] == [
        f"{path} line {number}" for number in (2, 3, 4, 5, 6)
    ]
    assert "'../../etc' is not a model id" in found.problems[2]
    assert "not JSON" in found.problems[3] and "not UTF-8" in found.problems[4]


def discoverable(corpus, routes) -> set[str]:
    """Models whose snapshot links the fake Hub itself discloses (card text,
    arXiv tags, paper pages): for the rest only the snapshot knows the repo."""
    cards = corpus.cards()
    found = set()
    for model in corpus.models:
        card = cards.get(model["model_id"], "")
        pages = [routes.papers.get(a, {}) for a in model["links"]["arxiv"]]
        known = set(github_repos(card))
        known |= {
            p["githubRepo"].split("github.com/")[1]
            for p in pages
            if p.get("githubRepo")
        }
        if set(model["links"]["github"]) <= known and not model["links"]["papers"]:
            found.add(model["model_id"])
    return found


def test_live_top_n_gives_the_snapshot_verdicts_where_the_hub_tells_all(
    live, tmp_path, monkeypatch
):
    corpus = live[0]
    runner = CliRunner()
    monkeypatch.setenv("CHIPAUDIT_DB", str(tmp_path / "snapshot.db"))
    assert runner.invoke(main, ["run", "--snapshot", str(CORPUS)]).exit_code == 0
    monkeypatch.setenv("CHIPAUDIT_DB", str(tmp_path / "live.db"))
    result = runner.invoke(main, ["run", "--top", str(len(corpus.models))])
    assert result.exit_code == 0, result.output
    with Store(tmp_path / "snapshot.db") as a, Store(tmp_path / "live.db") as b:
        expected, got = verdicts(a), verdicts(b)
    comparable = discoverable(corpus, hub_routes(corpus))
    assert len(comparable) >= 40
    differ = {
        m: (expected[m], got.get(m)) for m in comparable if got.get(m) != expected[m]
    }
    assert differ == {}
