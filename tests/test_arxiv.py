"""Tests for chipaudit.sources.arxiv against a fake arXiv on 127.0.0.1 (C13, C16)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from fakes.arxiv import FakeArxiv, FakePaper
from fakes.server import FakeClock, Fault

from chipaudit.links import parse_arxiv_id
from chipaudit.sources.arxiv import (
    ArxivLookupError,
    InvalidArxivId,
    PaperNotFound,
    PaperUnavailable,
    PaperWithdrawn,
    canonical_id,
    fetch_paper,
    lookup_metadata,
    lookup_paper,
    parse_abs_page,
    parse_atom,
)
from chipaudit.sources.http import (
    ARXIV,
    HttpClient,
    RatePolicy,
    SystemClock,
    default_policies,
)
from chipaudit.sources.papertext import clean_extracted_text
from chipaudit.store import Store

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
FILLER = "The method is described in detail in the sections below. " * 60
V1_TEXT = "Version one: all models were trained on 512 TPU v4 chips.\n\n" + FILLER
V2_TEXT = "This version has been withdrawn by the authors."


def paper(arxiv_id: str, **options: object) -> FakePaper:
    return FakePaper(
        arxiv_id, f"Paper {arxiv_id}", f"Body of {arxiv_id}.\n\n" + FILLER, **options
    )  # type: ignore[arg-type]


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def fake(monkeypatch: pytest.MonkeyPatch, clock: FakeClock) -> Iterator[FakeArxiv]:
    with FakeArxiv(clock=clock) as service:
        monkeypatch.setenv("CHIPAUDIT_ARXIV_URL", service.url)
        monkeypatch.setenv("CHIPAUDIT_ARXIV_API_URL", service.url + "/api/query")
        monkeypatch.setenv("HF_ENDPOINT", service.url)
        monkeypatch.delenv("HF_TOKEN", raising=False)
        yield service


@pytest.fixture
def client(clock: FakeClock) -> Iterator[HttpClient]:
    with HttpClient(clock=clock, tokens={}, max_attempts=2) as http:
        yield http


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store(tmp_path / "chipaudit.db") as opened:
        yield opened


def paths(fake: FakeArxiv) -> list[str]:
    return [request.path for request in fake.log]


# -- C13: identifiers ---------------------------------------------------------


@pytest.mark.parametrize(
    ("link", "arxiv_id", "version"),
    [
        ("arXiv:2401.12345v3", "2401.12345", 3),
        ("https://arxiv.org/pdf/2401.12345v2.pdf", "2401.12345", 2),
        ("https://arxiv.org/abs/hep-th/9711200", "hep-th/9711200", None),
        ("arxiv.org/abs/math.DG/0211159v1", "math/0211159", 1),
        ("math/0211159", "math/0211159", None),
        ("atom-ph/9601001", "atom-ph/9601001", None),
        ("https://huggingface.co/papers/2401.12345", "2401.12345", None),
        ("https://doi.org/10.48550/arXiv.2401.12345", "2401.12345", None),
    ],
)
def test_c13_link_forms_give_canonical_ids(
    link: str, arxiv_id: str, version: int | None
) -> None:
    # C13 input list (lukasschwab/arxiv.py #74, alphaXiv PR #380, arxiv2bib #8,
    # oabot PR #30): each form names one paper; the version is kept apart.
    parsed = parse_arxiv_id(link)
    assert parsed is not None
    assert (parsed.id, parsed.version) == (arxiv_id, version)
    assert canonical_id(link) == arxiv_id


def test_invalid_id_is_refused_before_any_request(
    fake: FakeArxiv, client: HttpClient, store: Store
) -> None:
    with pytest.raises(InvalidArxivId):
        fetch_paper(client, store, "https://arxiv.org/list/cs.CL/recent")
    assert fake.log == []


# -- C13: export API ----------------------------------------------------------

ERROR_REPLY = """<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"
 xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/">
<opensearch:totalResults>1</opensearch:totalResults>
<entry><id>http://arxiv.org/api/errors#incorrect_id_format_for_https://arxiv.org/abs/2401.12345</id>
<title>Error</title><summary>incorrect id format for https://arxiv.org/abs/2401.12345</summary>
</entry></feed>"""


def test_c13_error_entry_is_not_a_paper() -> None:
    # zotero-format-metadata #297: a 200 reply whose only entry is "Error".
    entries, errors = parse_atom(ERROR_REPLY)
    assert entries == {}
    assert errors == ["incorrect id format for https://arxiv.org/abs/2401.12345"]


def test_c13_error_entry_gives_invalid_id_and_stores_nothing(
    fake: FakeArxiv, client: HttpClient, store: Store
) -> None:
    fake.add(paper("2401.00001"))
    fake.add(paper("2402.00002"))
    fake.api_errors = {"2401.99999"}
    batch = lookup_metadata(client, ["2402.00002", "2401.99999", "2401.00001"])
    assert batch.errors == {"2401.99999": "invalid_id"}
    assert sorted(batch.found) == ["2401.00001", "2402.00002"]
    assert all(found.title != "Error" for found in batch.found.values())
    with pytest.raises(ArxivLookupError) as raised:
        lookup_paper(client, "2401.99999")
    assert raised.value.reason == "invalid_id"
    assert list(store.documents("paper")) == []


def test_c13_batch_results_matched_by_id(fake: FakeArxiv, client: HttpClient) -> None:
    # browser-harness PR #47: the reply lists 2402.00002 before 2401.00001.
    fake.add(paper("2401.00001"))
    fake.add(paper("2402.00002"))
    batch = lookup_metadata(client, ["arXiv:2401.00001v1", "2402.00002"])
    assert batch.found["2401.00001"].title == "Paper 2401.00001"
    assert batch.found["2402.00002"].title == "Paper 2402.00002"
    [request] = fake.requests_to("/api/query")
    assert request.param("id_list") == "2401.00001,2402.00002"


def test_c13_total_results_without_entry_is_not_found(
    fake: FakeArxiv, client: HttpClient
) -> None:
    # autobib #183: totalResults says 1 while no entry comes back.
    fake.api_claims_extra_result = True
    with pytest.raises(ArxivLookupError) as raised:
        lookup_paper(client, "2403.00003")
    assert raised.value.reason == "not_found"


def test_lookup_reports_withdrawn_latest(fake: FakeArxiv, client: HttpClient) -> None:
    fake.add(paper("2412.00001", versions=2, withdrawn=frozenset({2})))
    found = lookup_paper(client, "2412.00001")
    assert (found.version, found.withdrawn) == (2, True)


def test_unparseable_api_reply(fake: FakeArxiv, client: HttpClient) -> None:
    fake.inject("/api/query", Fault.status(200, "<feed"))
    batch = lookup_metadata(client, ["2401.00001"])
    assert batch.errors == {"2401.00001": "bad_reply"}


# -- C13: withdrawn versions --------------------------------------------------


def withdrawn_paper() -> FakePaper:
    return FakePaper(
        "2412.00001",
        "A paper whose v2 is withdrawn",
        V2_TEXT,
        versions=2,
        withdrawn=frozenset({2}),
        version_text={1: V1_TEXT},
    )


def test_c13_withdrawn_latest_reads_v1_and_pins_it(
    fake: FakeArxiv, client: HttpClient, store: Store
) -> None:
    # arXiv/html_feedback #6293: v2 withdrawn, v1 still live.
    fake.add(withdrawn_paper())
    result = fetch_paper(client, store, "2412.00001")
    document = store.get_document("paper", "2412.00001")
    assert document is not None
    assert (result.withdrawn, result.version) == (True, 1)
    assert document.meta["withdrawn"] is True
    assert document.meta["version"] == 1
    assert document.meta["url"].endswith("/html/2412.00001v1")
    assert document.meta["abs_url"].endswith("/abs/2412.00001v1")
    assert document.origin.endswith("/html/2412.00001v1")
    assert "512 TPU v4 chips" in document.text
    assert V2_TEXT not in document.text
    # the unversioned Hub page cannot be pinned, so it is not asked
    assert "/papers/2412.00001.md" not in paths(fake)


def test_parse_abs_page_versions() -> None:
    page = parse_abs_page(
        "2412.00001",
        '<h1 class="title"><span>Title:</span>T</h1><div class="submission-history">'
        "<strong>[v1]</strong> Mon, 2 Dec 2024 (900 KB)<br/>"
        "<strong>[v2]</strong> Tue, 3 Dec 2024 (1 KB) (withdrawn)<br/></div>",
    )
    assert page.title == "T"
    assert (page.latest, page.last_live, page.withdrawn) == (2, 1, True)


def test_withdrawal_notice_in_comments_alone_counts() -> None:
    page = parse_abs_page(
        "2412.00001",
        '<td class="tablecell comments">This paper has been withdrawn by the author'
        '</td><div class="submission-history">[v1] Mon (9 KB) [v2] Tue (1 KB)</div>',
    )
    assert (page.withdrawn, page.last_live) == (True, 1)


def test_every_version_withdrawn_raises_and_stores_nothing(
    fake: FakeArxiv, client: HttpClient, store: Store
) -> None:
    fake.add(paper("2412.00002", withdrawn=frozenset({1})))
    with pytest.raises(PaperWithdrawn):
        fetch_paper(client, store, "2412.00002")
    assert not store.has_document("paper", "2412.00002")


def test_unknown_paper_raises_not_found(
    fake: FakeArxiv, client: HttpClient, store: Store
) -> None:
    with pytest.raises(PaperNotFound) as raised:
        fetch_paper(client, store, "2401.55555")
    assert raised.value.arxiv_id == "2401.55555"
    assert list(store.documents("paper")) == []


# -- fallback order -----------------------------------------------------------


@pytest.mark.parametrize(
    ("formats", "chosen", "asked"),
    [
        ({"markdown", "html", "pdf"}, "markdown", ["md"]),
        ({"html", "pdf"}, "html", ["md", "html"]),
        ({"pdf"}, "pdf", ["md", "html", "pdf"]),
    ],
)
def test_fallback_order_markdown_html_pdf(
    fake: FakeArxiv,
    client: HttpClient,
    store: Store,
    formats: set[str],
    chosen: str,
    asked: list[str],
) -> None:
    fake.add(paper("2401.00001", formats=frozenset(formats)))
    result = fetch_paper(client, store, "2401.00001")
    document = store.get_document("paper", "2401.00001")
    assert document is not None
    assert result.format == chosen == document.meta["format"]
    assert document.meta["arxiv"] is True
    assert "Body of 2401.00001." in document.text
    kinds = {"papers": "md", "html": "html", "pdf": "pdf"}
    text_requests = [kinds[path.split("/")[1]] for path in paths(fake)[1:]]
    assert paths(fake)[0] == "/abs/2401.00001"
    assert text_requests == asked


def test_stub_html_falls_through_to_pdf(
    fake: FakeArxiv, client: HttpClient, store: Store
) -> None:
    # arXiv serves a short page when its LaTeX-to-HTML conversion failed.
    fake.add(paper("2401.00001", formats=frozenset({"html", "pdf"})))
    fake.inject(
        "/html/", Fault.status(200, "<p>Conversion to HTML had a Fatal error.</p>")
    )
    assert fetch_paper(client, store, "2401.00001").format == "pdf"


def test_old_style_id_skips_the_hub(
    fake: FakeArxiv, client: HttpClient, store: Store
) -> None:
    fake.add(paper("hep-th/9711200", formats=frozenset({"pdf"})))
    result = fetch_paper(client, store, "https://arxiv.org/abs/hep-th/9711200")
    assert result.arxiv_id == "hep-th/9711200"
    assert paths(fake) == [
        "/abs/hep-th/9711200",
        "/html/hep-th/9711200v1",
        "/pdf/hep-th/9711200v1",
    ]


def test_stored_paper_is_skipped_unless_refresh(
    fake: FakeArxiv, client: HttpClient, store: Store
) -> None:
    fake.add(paper("2401.00001"))
    assert fetch_paper(client, store, "2401.00001").status == "stored"
    assert fetch_paper(client, store, "arXiv:2401.00001v1").status == "skipped"
    requests = len(fake.log)
    assert fetch_paper(client, store, "2401.00001", refresh=True).status == "unchanged"
    assert len(fake.log) == requests + 2


# -- broken PDFs --------------------------------------------------------------


def test_truncated_pdf_raises_and_keeps_the_store_clean(
    fake: FakeArxiv, client: HttpClient, store: Store
) -> None:
    fake.add(paper("2401.00001", formats=frozenset({"pdf"}), pdf_fraction=0.6))
    with pytest.raises(PaperUnavailable) as raised:
        fetch_paper(client, store, "2401.00001")
    assert raised.value.reason == "truncated"
    assert "pdf truncated" in raised.value.detail
    assert not store.has_document("paper", "2401.00001")


def test_pdf_cut_in_transit_raises(
    fake: FakeArxiv, client: HttpClient, store: Store
) -> None:
    fake.add(paper("2401.00001", formats=frozenset({"pdf"})))
    fake.inject("/pdf/", Fault("truncate"), times=5)
    with pytest.raises(PaperUnavailable) as raised:
        fetch_paper(client, store, "2401.00001")
    assert raised.value.reason == "truncated"
    assert not store.has_document("paper", "2401.00001")


def test_failed_refresh_keeps_the_old_text(
    fake: FakeArxiv, client: HttpClient, store: Store
) -> None:
    fake.add(paper("2401.00001", formats=frozenset({"pdf"})))
    fetch_paper(client, store, "2401.00001")
    before = store.get_document("paper", "2401.00001")
    fake.papers["2401.00001"].pdf_fraction = 0.5
    with pytest.raises(PaperUnavailable):
        fetch_paper(client, store, "2401.00001", refresh=True)
    assert store.get_document("paper", "2401.00001") == before


# -- C16: HTML preferred over PDF ---------------------------------------------


def test_c16_good_html_is_preferred_over_pdf(
    fake: FakeArxiv, client: HttpClient, store: Store
) -> None:
    text = (
        "Latency was measured on one NVIDIA A10G at batch size 1.\n\n"
        "All models were trained on 256 TPU v4 chips for 9 days.\n\n" + FILLER
    )
    fake.add(
        FakePaper("2401.00016", "Two columns", text, formats=frozenset({"html", "pdf"}))
    )
    fetch_paper(client, store, "2401.00016")
    document = store.get_document("paper", "2401.00016")
    assert document is not None
    assert document.meta["format"] == "html"
    lines = document.text.splitlines()
    assert "Latency was measured on one NVIDIA A10G at batch size 1." in lines
    assert "All models were trained on 256 TPU v4 chips for 9 days." in lines
    assert "H100" not in document.text  # the page's script is dropped


# -- real paper text from the shared corpus -----------------------------------


def corpus_paper(arxiv_id: str) -> dict[str, str]:
    path = CORPUS / "documents.jsonl"
    if not path.exists():
        pytest.skip(f"shared corpus not found at {path}")
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            document = json.loads(line)
            if document.get("arxiv_id") == arxiv_id:
                return document
    pytest.skip(f"{arxiv_id} is not in the shared corpus")


def sample_lines(text: str, count: int = 8) -> list[str]:
    lines = [line for line in text.splitlines() if len(line) > 60 and line.isascii()]
    step = max(1, len(lines) // count)
    return lines[::step][:count]


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text)


@pytest.mark.parametrize("formats", [{"markdown"}, {"html"}, {"pdf"}])
def test_corpus_paper_round_trips(
    fake: FakeArxiv,
    client: HttpClient,
    store: Store,
    formats: set[str],
) -> None:
    real = corpus_paper("2506.05176")
    text = clean_extracted_text(real["text"])
    fake.add(
        FakePaper("2506.05176", "Qwen3 Embedding", text, formats=frozenset(formats))
    )
    fetch_paper(client, store, "2506.05176")
    document = store.get_document("paper", "2506.05176")
    assert document is not None and document.complete
    stored = squash(document.text)
    for line in sample_lines(text):
        assert squash(line) in stored


# -- the arXiv rate limit -----------------------------------------------------


def test_requests_to_arxiv_are_three_seconds_apart(
    fake: FakeArxiv, client: HttpClient, store: Store, clock: FakeClock
) -> None:
    for number in range(1, 4):
        fake.add(paper(f"2401.0000{number}", formats=frozenset({"pdf"})))
        fetch_paper(client, store, f"2401.0000{number}")
    lookup_metadata(client, ["2401.00001", "2401.00002"])
    stamps = fake.arxiv_stamps()
    assert len(stamps) == 10
    gaps = [later - earlier for earlier, later in zip(stamps, stamps[1:], strict=False)]
    assert min(gaps) >= 3.0


def test_rate_limit_holds_in_real_time() -> None:
    interval = 0.2
    policies = {**default_policies(False), ARXIV: RatePolicy(1, interval)}
    with (
        FakeArxiv([paper("2401.00001")], clock=SystemClock()) as service,
        HttpClient(policies=policies, tokens={}) as http,
    ):
        for _ in range(4):
            http.get(ARXIV, service.url + "/abs/2401.00001")
        stamps = service.arxiv_stamps()
    gaps = [later - earlier for earlier, later in zip(stamps, stamps[1:], strict=False)]
    assert len(stamps) == 4
    assert min(gaps) >= interval * 0.95
