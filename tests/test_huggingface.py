"""Hub selection, cards and links against a fake Hub (C02, C03)."""

from __future__ import annotations

from datetime import date

import httpx
import pytest
from fakes.hub import FakeHub, HubRoutes
from fakes.server import FakeClock

from chipaudit.collect import CollectReport, collect_model
from chipaudit.sources import http
from chipaudit.sources import huggingface as hub
from chipaudit.sources.http import HttpClient
from chipaudit.sources.huggingface import ListedModel, Selection
from chipaudit.store import Store


@pytest.fixture(autouse=True)
def isolated(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("HF_TOKEN", "GITHUB_TOKEN", "HTTP_PROXY", "HTTPS_PROXY"):
        monkeypatch.delenv(name, raising=False)


def serve(monkeypatch, routes: HubRoutes) -> FakeHub:
    fake = FakeHub(routes).start()
    monkeypatch.setenv(http.HF_ENDPOINT_ENV, fake.url)
    return fake


def client() -> HttpClient:
    return HttpClient(clock=FakeClock(), tokens={}, timeout=httpx.Timeout(0.5))


C02_MODELS = [
    {"_id": "1", "id": "a/x", "downloads": 900, "tags": ["arxiv:2401.00001"]},
    {"_id": "2", "id": "b/y", "tags": []},
    {
        "_id": "3",
        "id": "c/z",
        "downloads": 50,
        "cardData": {"model-index": [{"name": "z"}]},
    },
]


def test_c02_listing_pages_shallow_records_and_refused_keys(monkeypatch):
    fake = serve(monkeypatch, HubRoutes(models=C02_MODELS))
    monkeypatch.setattr(hub, "PAGE_SIZE", 2)
    with fake, client() as fetcher:
        listed = list(hub.list_models(fetcher, Selection(), None))
    assert [model.model_id for model in listed] == ["a/x", "b/y", "c/z"]
    by_id = {model.model_id: model for model in listed}
    assert by_id["b/y"].downloads is None
    assert by_id["c/z"].warnings and not by_id["a/x"].warnings
    assert by_id["a/x"].arxiv_ids == ["2401.00001"]
    pages = fake.requests_to(r"^/api/models\?")
    assert len([p for p in pages if "limit=2" in p.target]) == 2
    assert not [p for p in fake.log if "baseModels" in p.target]


def test_c02_listing_with_base_models_would_be_refused(monkeypatch):
    fake = serve(monkeypatch, HubRoutes(models=C02_MODELS))
    with fake, client() as fetcher:
        with pytest.raises(http.FetchError) as raised:
            fetcher.get(
                http.HUGGINGFACE,
                fake.url + "/api/models",
                params={"expand[]": "baseModels"},
            )
    assert raised.value.reason == "http_400"
    assert "baseModels" not in hub.LISTING_EXPAND


def test_c02_unexpanded_downloads_stay_none_in_meta():
    model = hub.listed_model({"id": "b/y"})
    assert model.meta()["downloads"] is None
    assert model.meta()["downloads_all_time"] is None


def test_all_time_overfetches_and_resorts_locally(monkeypatch):
    models = [
        {"id": f"o/m{n}", "downloads": 100 - n, "downloadsAllTime": n * 10}
        for n in range(9)
    ]
    fake = serve(monkeypatch, HubRoutes(models=models))
    with fake, client() as fetcher:
        chosen = hub.select_models(fetcher, Selection(top=2, all_time=True))
    assert [m.model_id for m in chosen] == ["o/m5", "o/m4"]
    assert "expand%5B%5D=downloadsAllTime" in fake.log[0].target
    assert "limit=6" in fake.log[0].target


def test_author_and_dates_filter_and_flag_placeholder(monkeypatch):
    models = [
        {"id": "org/old", "downloads": 9, "createdAt": "2022-03-02T23:29:04.000Z"},
        {"id": "org/new", "downloads": 8, "createdAt": "2024-06-01T00:00:00.000Z"},
        {"id": "other/new", "downloads": 7, "createdAt": "2024-06-01T00:00:00.000Z"},
    ]
    fake = serve(monkeypatch, HubRoutes(models=models))
    selection = Selection(top=5, author="org", since=date(2023, 1, 1))
    with fake, client() as fetcher:
        chosen = hub.select_models(fetcher, selection)
        everything = hub.select_models(fetcher, Selection(author="org"))
    assert [m.model_id for m in chosen] == ["org/new"]
    assert [m.created_placeholder for m in everything] == [True, False]


def test_ids_use_the_single_model_endpoint(monkeypatch):
    fake = serve(monkeypatch, HubRoutes(models=C02_MODELS))
    with fake, client() as fetcher:
        chosen = hub.select_models(fetcher, Selection(ids=["c/z"]))
    assert chosen[0].downloads == 50
    assert fake.log[0].path == "/api/models/c/z"


C03_GATED = {
    "id": "org/gated-7b",
    "gated": "manual",
    "tags": ["arxiv:2403.00002", "license:other"],
    "cardData": {"license": "other"},
}


def test_c03_gated_card_keeps_tag_papers_and_no_card_is_absent(monkeypatch, tmp_path):
    routes = HubRoutes(
        models=[C03_GATED, {"id": "org/no-card"}],
        gated={"org/gated-7b"},
        papers={"2403.00002": {"id": "2403.00002", "githubRepo": ""}},
    )
    fake = serve(monkeypatch, routes)
    report = CollectReport()
    papers_fetched = []
    monkeypatch.setattr(
        "chipaudit.collect.fetch_paper",
        lambda client, store, arxiv_id, refresh: papers_fetched.append(arxiv_id),
    )
    with fake, client() as fetcher, Store(tmp_path / "s.db") as store:
        for record in (C03_GATED, {"id": "org/no-card"}):
            model = hub.listed_model(record)
            collect_model(store, fetcher, model, Selection(), report)
        gated = store.get_model("org/gated-7b")
        absent = store.get_model("org/no-card")
        links = store.links("org/gated-7b")
    assert gated["card_status"] == "gated"
    assert absent["card_status"] == "absent"
    assert links["arxiv"] == ["2403.00002"]
    assert papers_fetched == ["2403.00002"]  # still fetched through the tag
    readme_calls = [r for r in fake.log if r.path.endswith("README.md")]
    assert len(readme_calls) == 2  # the 403 is not retried
    assert fake.requests_to("/api/papers/2403.00002")


def test_card_is_stored_at_the_listed_commit(monkeypatch, tmp_path):
    record = {"id": "org/m", "sha": "a" * 40}
    routes = HubRoutes(models=[record], cards={"org/m": "---\nlicense: mit\n---\nHi"})
    fake = serve(monkeypatch, routes)
    with fake, client() as fetcher, Store(tmp_path / "s.db") as store:
        status = hub.fetch_card(fetcher, store, hub.listed_model(record))
        document = store.get_document("modelcard", "org/m")
    assert status == "ok"
    assert fake.log[0].path == f"/org/m/resolve/{'a' * 40}/README.md"
    assert document.meta["commit"] == "a" * 40
    assert document.text.endswith("Hi")


def test_base_models_from_card_data_and_tags():
    model = hub.listed_model(
        {
            "id": "o/m",
            "cardData": {"base_model": "Qwen/Qwen2.5-7B"},
            "tags": ["base_model:finetune:meta-llama/Llama-3.1-8B"],
        }
    )
    assert model.base_models == ["Qwen/Qwen2.5-7B", "meta-llama/Llama-3.1-8B"]


CARD = """\
# Widget 7B
Code: https://github.com/acme/widget-train
Serve it with [vLLM](https://github.com/vllm-project/vllm) or llama.cpp
(https://github.com/ggml-org/llama.cpp).
Our older model: https://github.com/acme/gadget
Data from https://github.com/someone/dataset-tools
"""


@pytest.mark.parametrize(
    ("paper_repos", "seeds", "expected"),
    [
        ([], [], ["acme/widget-train"]),
        (["acme/widget-paper"], [], ["acme/widget-paper"]),
        ([], ["given/repo"], ["given/repo"]),
    ],
)
def test_rank_repos_own_code_first_frameworks_never(paper_repos, seeds, expected):
    model = ListedModel("acme/widget-7b", author="acme")
    ranked = hub.rank_repos(model, CARD, paper_repos, seeds)
    names = [candidate.repo for candidate in ranked]
    assert "vllm-project/vllm" not in names
    assert "ggml-org/llama.cpp" not in names
    assert [c.repo for c in hub.own_repos(ranked)] == expected


@pytest.mark.parametrize(
    ("model_id", "repo", "same"),
    [
        ("Qwen/Qwen3-8B", "QwenLM/Qwen3", True),
        ("deepseek-ai/DeepSeek-R1", "deepseek-ai/DeepSeek-V3", True),
        ("Tele-AI/T1-35B", "vllm-project/vllm", False),
    ],
)
def test_same_org(model_id, repo, same):
    assert hub.same_org(ListedModel(model_id), repo) is same
