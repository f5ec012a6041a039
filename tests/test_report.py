"""Tests for chipaudit.report, chipaudit.epoch and `chipaudit report`: hostile card
text stays inert (cases.md C06), links are built only from known document keys,
and the report over the real corpus has every section and fetches nothing."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from chipaudit.cli import main
from chipaudit.epoch import load_epoch, manufacturer_of
from chipaudit.pipeline import classify_models
from chipaudit.report import (
    document_url,
    load_org_countries,
    render_report,
    supporting_evidence,
    text,
)
from chipaudit.snapshot import import_snapshot
from chipaudit.store import Store

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
SECTIONS = ("training", "labs", "countries", "inference", "trends", "epoch", "models")

# The hostile card body of cases.md C06, as a quote the classifier might store.
HOSTILE = (
    '<img src=x onerror="alert(1)"> <script>alert(1)</script> '
    "[project page](javascript:alert(2)) Trained on 256 TPU v5e chips."
)


def verdict(
    training: list[str] | None = None,
    disclosure: str = "none",
    inference: list[str] | None = None,
) -> dict[str, Any]:
    return {
        "training_providers": training or [],
        "training_chips": [],
        "training_count": None,
        "disclosure": disclosure,
        "inference_providers": inference or [],
        "base_models": [],
        "compute_providers": [],
        "decided_by": "rules",
        "basis": "test",
        "confidence": 0.9,
    }


def evidence(
    quote: str,
    provider: str = "google_tpu",
    phase: str = "training",
    document_key: str = "modelcard:acme/widget",
    line: int = 3,
) -> dict[str, Any]:
    return {
        "source": document_key.split(":", 1)[0],
        "document_key": document_key,
        "line": line,
        "phase": phase,
        "provider": provider,
        "chip": "TPU v5e",
        "count": 256,
        "quote": quote,
        "rule": "test",
        "about": "self",
    }


def put(
    store: Store,
    model_id: str,
    judged: dict[str, Any],
    rows: list[dict[str, Any]] | None = None,
) -> None:
    store.put_verdict(model_id, {"model_id": model_id, **judged}, rows or [], "test")


def hrefs(page: str) -> list[str]:
    return re.findall(r'href="([^"]*)"', page)


@pytest.fixture
def hostile_store(tmp_path: Path) -> Store:
    store = Store(tmp_path / "hostile.db")
    store.put_model("acme/widget")
    put(
        store, "acme/widget", verdict(["google_tpu"], "chip+count"), [evidence(HOSTILE)]
    )
    evil_id = 'evil/x"><script>alert(3)</script>'
    store.put_model(evil_id, {"author": "<b onmouseover=alert(4)>evil</b>"})
    put(
        store,
        evil_id,
        verdict(["<script>alert(5)</script>"], "chip", ["javascript:alert(6)"]),
        [
            evidence(
                "javascript:alert(7)",
                provider="<script>alert(5)</script>",
                document_key='github:evil/repo:"><img src=x onerror=alert(8)>',
            )
        ],
    )
    return store


def test_hostile_text_is_escaped_not_run(hostile_store: Store) -> None:
    page = render_report(hostile_store).lower()

    assert "<script" not in page
    assert "<img" not in page
    assert "<b " not in page
    assert "onerror=" not in page
    assert "onmouseover=" not in page
    assert "javascript:" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "trained on 256 tpu v5e chips." in page


def test_links_are_built_by_us_and_encoded(hostile_store: Store) -> None:
    links = [link for link in hrefs(render_report(hostile_store)) if link[0] != "#"]

    # the hostile model id gets no link; the hostile file path is percent-encoded
    assert links == [
        "https://huggingface.co/acme/widget",
        "https://huggingface.co/acme/widget/blob/main/README.md#L3",
        "https://github.com/evil/repo/blob/HEAD/"
        "%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert%288%29%3E#L3",
    ]


@pytest.mark.parametrize(
    "document_key, line, url",
    [
        (
            "modelcard:BAAI/bge-m3",
            4,
            "https://huggingface.co/BAAI/bge-m3/blob/main/README.md#L4",
        ),
        ("modelcard:BAAI/bge-m3", None, "https://huggingface.co/BAAI/bge-m3"),
        (
            "github:01-ai/Yi:finetune/scripts/run_sft_Yi_34b.sh",
            12,
            "https://github.com/01-ai/Yi/blob/HEAD/finetune/scripts/run_sft_Yi_34b.sh#L12",
        ),
        # a Chinese file name in Tele-AI/TeleChat2 is percent-encoded
        (
            "github:Tele-AI/TeleChat2:tutorial/telechat_国产化运行.md",
            1,
            "https://github.com/Tele-AI/TeleChat2/blob/HEAD/tutorial/telechat_"
            "%E5%9B%BD%E4%BA%A7%E5%8C%96%E8%BF%90%E8%A1%8C.md#L1",
        ),
        ("paper:2402.03216", 1537, "https://arxiv.org/abs/2402.03216"),
        ("paper:hep-th/9901001v2", 1, "https://arxiv.org/abs/hep-th/9901001v2"),
        ("paper:SpikingBrain_Report_Eng", 90, None),
        ("github:evil/repo:../../x", 1, None),
        ('github:evil"/repo:a.md', 1, None),
        ("modelcard:javascript:alert(1)", 1, None),
        ("website:https://example.com", 1, None),
    ],
)
def test_document_url(document_key: str, line: int, url: str | None) -> None:
    assert document_url(document_key, line) == url


def test_text_neutralises_attribute_and_scheme_syntax() -> None:
    assert text('<a href="javascript:x">') == (
        "&lt;a href&#61;&quot;javascript&#58;x&quot;&gt;"
    )


def test_first_evidence_backs_the_verdict() -> None:
    rows = [
        {**evidence("someone else's run", provider="nvidia"), "about": "other"},
        evidence("serve it", provider="nvidia", phase="inference"),
        evidence("our TPU run"),
    ]

    chosen = supporting_evidence(verdict(["google_tpu"], inference=["nvidia"]), rows)
    fallback = supporting_evidence(verdict(inference=["nvidia"]), rows)

    assert chosen is not None and chosen["quote"] == "our TPU run"
    assert fallback is not None and fallback["quote"] == "serve it"


def test_trends_need_dates(tmp_path: Path) -> None:
    with Store(tmp_path / "t.db") as store:
        store.put_model("acme/old", {"created_at": "2022-05-01T00:00:00Z"})
        store.put_model("acme/new", {"created_at": "2024-02-03T00:00:00.000Z"})
        store.put_model("acme/undated")
        for model_id in ("acme/old", "acme/new", "acme/undated"):
            put(store, model_id, verdict(["nvidia"], "provider"))
        page = render_report(store)

    trends = page.split('id="trends"')[1].split("</section>")[0]
    assert ">2022</text>" in trends and ">2024</text>" in trends
    assert "1 model without a date left out" in trends


def test_unknown_orgs_are_shown_as_unknown(tmp_path: Path) -> None:
    with Store(tmp_path / "t.db") as store:
        for model_id in ("Qwen/Qwen3-8B", "meta-llama/Llama-3.1-8B", "someone/thing"):
            store.put_model(model_id)
            put(store, model_id, verdict())
        page = render_report(store)

    assert "Labs with unknown country (1): someone." in page
    assert load_org_countries()["qwen"] == "China"


def test_epoch_tolerates_missing_files_and_columns(tmp_path: Path) -> None:
    (tmp_path / "notable_ai_models.csv").write_text(
        "Model,Organization\nGPT-2,OpenAI\n", encoding="utf-8"
    )
    (tmp_path / "ml_hardware.csv").write_text(
        "Hardware name,Manufacturer\nNVIDIA A100,NVIDIA\n", encoding="utf-8"
    )

    data = load_epoch(tmp_path)

    assert data.notes == [
        "ml_hardware.csv has no column 'Type'",
        "ml_hardware.csv has no column 'Release date'",
        "notable_ai_models.csv has no column 'Training hardware'",
        f"large_scale_ai_models.csv is not in {tmp_path}",
    ]
    assert [maker.name for maker in data.manufacturers] == ["NVIDIA"]


@pytest.mark.parametrize(
    "name, manufacturer",
    [
        ("Huawei Ascend 910B", "Huawei"),  # listed in ml_hardware.csv
        ("Google TPU v3", "Google"),  # not listed: its first word
        ("NVIDIA Quadro GP100", "NVIDIA"),
    ],
)
def test_manufacturer_of(name: str, manufacturer: str) -> None:
    makers = {"huawei ascend 910b": "Huawei"}
    assert manufacturer_of(name, makers) == manufacturer


def test_cli_writes_the_report(tmp_path: Path, hostile_store: Store) -> None:
    hostile_store.close()
    out = tmp_path / "out" / "report.html"

    result = CliRunner().invoke(
        main, ["--db", str(hostile_store.path), "report", "--out", str(out)]
    )

    assert result.exit_code == 0, result.output
    assert f"wrote {out} (2 models)" in result.output
    assert "<script" not in out.read_text(encoding="utf-8")


def test_cli_warns_of_epoch_files_it_cannot_use(
    tmp_path: Path, hostile_store: Store
) -> None:
    hostile_store.close()
    epoch = tmp_path / "epoch"
    epoch.mkdir()
    (epoch / "ml_hardware.csv").write_bytes(b"Hardware name\xff\n")
    out = tmp_path / "report.html"
    args = ["--db", str(hostile_store.path), "report", "--out", str(out)]

    result = CliRunner().invoke(main, [*args, "--epoch", str(epoch)])

    assert result.exit_code == 0, result.output
    warnings = [line for line in result.stderr.splitlines() if "warning" in line]
    assert len(warnings) == 3
    assert warnings[0].startswith("warning: --epoch: ml_hardware.csv cannot be read")
    assert f"notable_ai_models.csv is not in {epoch}" in warnings[1]
    assert f"large_scale_ai_models.csv is not in {epoch}" in warnings[2]
    assert out.is_file()


def test_cli_rejects_a_missing_epoch_directory(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        main,
        [
            "--db",
            str(tmp_path / "t.db"),
            "report",
            "--out",
            str(tmp_path / "r.html"),
            "--epoch",
            str(tmp_path / "nowhere"),
        ],
    )

    assert result.exit_code == 2
    assert "nowhere" in result.output


@pytest.fixture(scope="module")
def corpus_report(tmp_path_factory: pytest.TempPathFactory) -> str:
    if not (CORPUS / "models.jsonl").is_file():
        pytest.skip(f"no corpus at {CORPUS}")
    with Store(tmp_path_factory.mktemp("corpus") / "corpus.db") as store:
        import_snapshot(store, CORPUS)
        classify_models(store)
        return render_report(store, CORPUS / "epoch")


def test_corpus_report_has_every_section(corpus_report: str) -> None:
    for anchor in SECTIONS:
        assert f'<section id="{anchor}">' in corpus_report
    assert "<svg" in corpus_report
    assert "undisclosed" in corpus_report
    assert "The store holds no creation dates" in corpus_report
    assert "954 notable models" in corpus_report
    assert "<h3>ML hardware by manufacturer</h3>" in corpus_report
    assert '<ul class="notes">' not in corpus_report


def test_corpus_report_fetches_nothing(corpus_report: str) -> None:
    sources = re.findall(r"""\ssrc\s*=\s*["']?([^"'\s>]*)""", corpus_report, re.I)

    assert [source for source in sources if "//" in source] == []
    assert "<script" not in corpus_report.lower()
    assert "<link" not in corpus_report.lower()
    assert all(link.startswith(("https://", "#")) for link in hrefs(corpus_report))
