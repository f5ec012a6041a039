"""Snapshot import and export: bad entries are named and skipped, nothing
already stored is lost, and export then import gives the same store back."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from chipaudit.errors import SnapshotError
from chipaudit.pipeline import classify_models
from chipaudit.snapshot import export_snapshot, import_snapshot
from chipaudit.store import Document, Store


def write_snapshot(
    directory: Path, models: list[dict], documents: list[bytes | dict]
) -> Path:
    """A snapshot directory; a document given as bytes is written as is."""
    directory.mkdir(parents=True, exist_ok=True)
    lines = [json.dumps(model) for model in models]
    (directory / "models.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
    raw = [
        entry if isinstance(entry, bytes) else json.dumps(entry).encode("utf-8")
        for entry in documents
    ]
    (directory / "documents.jsonl").write_bytes(b"\n".join(raw) + b"\n")
    return directory


def card(model_id: str, text: str) -> dict:
    return {"source": "modelcard", "model_id": model_id, "text": text}


GOOD_MODELS = [
    {"model_id": "acme/alpha", "links": {"arxiv": ["2401.00001"]}},
    {"model_id": "acme/beta"},
]
GOOD_DOCUMENTS: list[bytes | dict] = [
    card("acme/alpha", "The model was trained on 64 A100 GPUs."),
    {"source": "paper", "arxiv_id": "2401.00001", "text": "We trained on TPU v4."},
]

# One bad entry per row: (documents.jsonl line, reason, words the message names).
BAD_ENTRIES = [
    # A Latin-1 card pasted into the JSONL without re-encoding.
    (
        b'{"source": "modelcard", "model_id": "acme/latin", "text": "caf\xe9"}',
        "not_utf8",
        ["documents.jsonl line 1", "UTF-8"],
    ),
    # A binary file (a zip) saved as a README.
    (
        card("acme/bin", "PK\x00\x03 trained on A100"),
        "binary",
        ["documents.jsonl line 1", "modelcard:acme/bin", "NUL"],
    ),
    # An entry pointing at a file that was never copied.
    (
        {"source": "modelcard", "model_id": "acme/missing", "file": "missing.md"},
        "missing_file",
        ["documents.jsonl line 1", "missing.md"],
    ),
    # A line cut off mid-write.
    (
        b'{"source": "modelcard", "model_id": "acme/cut", "text": ',
        "bad_json",
        ["documents.jsonl line 1", "not JSON"],
    ),
    # An object with neither text nor file.
    (
        {"source": "modelcard", "model_id": "acme/hollow"},
        "bad_document",
        ["documents.jsonl line 1", "no text"],
    ),
    # A JSON value that is not an object.
    (b'["modelcard", "acme/list"]', "bad_json", ["documents.jsonl line 1"]),
    # Bytes decoded with surrogateescape, then written back out by json.dumps.
    (
        b'{"source": "modelcard", "model_id": "acme/s", "text": "caf\\udcff"}',
        "not_unicode",
        ["documents.jsonl line 1", "text", "surrogate"],
    ),
    (
        b'{"source": "modelcard", "model_id": "acme/s", "text": "x", '
        b'"origin": "https://example.org/\\udcff"}',
        "not_unicode",
        ["documents.jsonl line 1", "origin", "surrogate"],
    ),
    # A number where the card text belongs.
    (
        {"source": "modelcard", "model_id": "acme/number", "text": 123},
        "bad_document",
        ["documents.jsonl line 1", "text is not a string"],
    ),
    # Repository paths that would step outside the repository.
    (
        {"source": "github", "repo": "acme/code", "path": "/etc/passwd", "text": "x"},
        "bad_path",
        ["documents.jsonl line 1", "/etc/passwd"],
    ),
    (
        {"source": "github", "repo": "acme/code", "path": "a/../../b", "text": "x"},
        "bad_path",
        ["documents.jsonl line 1", "a/../../b"],
    ),
    # A paper keyed by something that is no arXiv id.
    (
        {"source": "paper", "arxiv_id": "see the website", "text": "x"},
        "bad_arxiv_id",
        ["documents.jsonl line 1", "see the website", "arXiv id"],
    ),
    # JSON nested deeper than the decoder recurses.
    (b"[" * 100_000 + b"]" * 100_000, "bad_json", ["documents.jsonl line 1", "nested"]),
]


@pytest.mark.parametrize(
    ("entry", "reason", "words"),
    BAD_ENTRIES,
    ids=[
        "latin1",
        "nul",
        "missing_file",
        "cut_line",
        "no_text",
        "not_object",
        "surrogate_text",
        "surrogate_origin",
        "text_number",
        "absolute_path",
        "dotdot_path",
        "bad_arxiv_id",
        "nested_too_deeply",
    ],
)
def test_a_bad_entry_is_named_and_the_rest_goes_on(
    tmp_path: Path, entry: bytes | dict, reason: str, words: list[str]
) -> None:
    good = card("acme/gamma", "We trained on 32 H20 GPUs.")
    snapshot = write_snapshot(
        tmp_path / "snap", [{"model_id": "acme/gamma"}], [entry, good]
    )
    with Store(tmp_path / "t.db") as store:
        report = import_snapshot(store, snapshot)
        classify_models(store)
        [problem] = report.problems
        assert problem.reason == reason
        for word in words:
            assert word in problem.message
        assert [p.reason for p in store.problems()] == [reason]
        assert report.documents == 1
        assert report.skipped == 1
        assert store.get_verdict("acme/gamma")["training_providers"] == ["nvidia"]


def test_duplicate_lines_are_named_and_the_last_is_kept(tmp_path: Path) -> None:
    snapshot = write_snapshot(
        tmp_path / "snap",
        [
            {"model_id": "acme/gamma", "meta": {"pipeline_tag": "old"}},
            {"model_id": "acme/gamma", "meta": {"pipeline_tag": "new"}},
        ],
        [
            card("acme/gamma", "We trained on 32 H20 GPUs."),
            card("acme/gamma", "We trained on 32 Ascend 910B NPUs."),
        ],
    )
    with Store(tmp_path / "t.db") as store:
        report = import_snapshot(store, snapshot)
        messages = [problem.message for problem in report.problems]
        assert messages == [
            "models.jsonl line 1: model acme/gamma again at line 2; "
            "keeping the later line",
            "documents.jsonl line 1: modelcard:acme/gamma again at line 2; "
            "keeping the later line",
        ]
        assert (report.models, report.documents, report.skipped) == (1, 1, 2)
        assert store.get_model("acme/gamma")["meta"] == {"pipeline_tag": "new"}
        classify_models(store)
        verdict = store.get_verdict("acme/gamma")
        assert verdict["training_providers"] == ["huawei_ascend"]


def test_a_broken_snapshot_loses_nothing_already_stored(tmp_path: Path) -> None:
    good = write_snapshot(tmp_path / "good", GOOD_MODELS, GOOD_DOCUMENTS)
    broken = write_snapshot(
        tmp_path / "broken",
        [{"model_id": "acme/gamma"}],
        [b"{not json", b"caf\xe9", card("acme/gamma", "Trained on 8 H100 GPUs.")],
    )
    with Store(tmp_path / "t.db") as store:
        import_snapshot(store, good)
        classify_models(store)
        before = store.get_verdict("acme/alpha")
        report = import_snapshot(store, broken)
        summary = classify_models(store)

        assert len(report.problems) == 2
        assert summary.models == 3
        assert store.get_document("modelcard", "acme/alpha") is not None
        assert store.get_document("paper", "2401.00001") is not None
        after = store.get_verdict("acme/alpha")
        assert after["training_providers"] == before["training_providers"]
        assert store.evidence("acme/alpha")
        assert store.get_verdict("acme/gamma")["training_chips"] == ["H100"]


def test_broken_front_matter_is_still_classified(tmp_path: Path) -> None:
    # A card whose YAML front matter has an unclosed list.
    text = "---\nbase_model: [oops\n---\nThe model was trained on 8 H100 GPUs.\n"
    snapshot = write_snapshot(
        tmp_path / "snap", [{"model_id": "acme/yaml"}], [card("acme/yaml", text)]
    )
    with Store(tmp_path / "t.db") as store:
        import_snapshot(store, snapshot)
        classify_models(store)
        verdict = store.get_verdict("acme/yaml")
    assert verdict["training_providers"] == ["nvidia"]
    assert verdict["disclosure"] == "chip+count"


def test_an_empty_card_is_kept_and_judged_undisclosed(tmp_path: Path) -> None:
    snapshot = write_snapshot(
        tmp_path / "snap", [{"model_id": "acme/empty"}], [card("acme/empty", "")]
    )
    with Store(tmp_path / "t.db") as store:
        report = import_snapshot(store, snapshot)
        classify_models(store)
        document = store.get_document("modelcard", "acme/empty")
        verdict = store.get_verdict("acme/empty")
    assert report.problems == []
    assert document is not None and document.status == "empty"
    assert verdict["disclosure"] == "none"


def test_a_5_mb_readme_finishes_and_is_classified(tmp_path: Path) -> None:
    filler = "Row of benchmark numbers, nothing about hardware here.\n" * 95_000
    text = "The model was trained on 16 TPU v3 chips.\n" + filler
    assert len(text) > 5_000_000
    snapshot = write_snapshot(
        tmp_path / "snap", [{"model_id": "acme/big"}], [card("acme/big", text)]
    )
    started = time.monotonic()
    with Store(tmp_path / "t.db") as store:
        import_snapshot(store, snapshot)
        classify_models(store)
        verdict = store.get_verdict("acme/big")
        stored = store.get_document("modelcard", "acme/big")
    assert time.monotonic() - started < 30
    assert stored is not None and stored.text == text
    assert (verdict["training_chips"], verdict["training_count"]) == (["TPU v3"], 16)


def test_a_bad_models_line_is_named(tmp_path: Path) -> None:
    snapshot = tmp_path / "snap"
    write_snapshot(snapshot, [], [])
    (snapshot / "models.jsonl").write_text(
        '{"model_id": "acme/alpha"}\n{"model_id": "no-slash"}\n{oops\n', "utf-8"
    )
    with Store(tmp_path / "t.db") as store:
        report = import_snapshot(store, snapshot)
        assert store.model_ids() == ["acme/alpha"]
    messages = [problem.message for problem in report.problems]
    assert messages[0].startswith("models.jsonl line 2")
    assert messages[1].startswith("models.jsonl line 3")


@pytest.mark.parametrize(
    ("make", "words"),
    [
        (lambda root: root / "nowhere", ["nowhere", "no such directory"]),
        (lambda root: root / "t.db", ["t.db", "not a directory"]),
        (lambda root: root, ["models.jsonl", "missing"]),
    ],
)
def test_an_unusable_snapshot_directory_raises_naming_it(
    tmp_path: Path, make, words: list[str]
) -> None:
    with Store(tmp_path / "t.db") as store, pytest.raises(SnapshotError) as raised:
        import_snapshot(store, make(tmp_path))
    for word in words:
        assert word in str(raised.value)


def test_a_file_entry_is_read_from_the_snapshot(tmp_path: Path) -> None:
    snapshot = write_snapshot(
        tmp_path / "snap",
        [{"model_id": "acme/file"}],
        [{"source": "modelcard", "model_id": "acme/file", "file": "cards/file.md"}],
    )
    (snapshot / "cards").mkdir()
    (snapshot / "cards" / "file.md").write_text("Trained on 8 A100 GPUs.", "utf-8")
    with Store(tmp_path / "t.db") as store:
        report = import_snapshot(store, snapshot)
        document = store.get_document("modelcard", "acme/file")
    assert report.problems == []
    assert document is not None and document.text == "Trained on 8 A100 GPUs."


# -- export then import ---------------------------------------------------------


def fill(store: Store) -> None:
    store.put_model("acme/alpha", meta={"downloads": 900, "tags": ["x"]})
    store.put_model("acme/beta")
    store.add_link("acme/alpha", "github", "acme/alpha-train", "card")
    store.add_link("acme/alpha", "arxiv", "2401.00001", "tag")
    store.add_link("acme/beta", "papers", "acme-tech-report", "snapshot")
    documents = [
        Document(
            "modelcard",
            "acme/alpha",
            "---\nbase_model: a/b\n---\n训练于 A100。\r\nTabs\tand ünïcode\n",
            origin="https://huggingface.co/acme/alpha",
            note="an older revision",
            complete=False,
            meta={"revision": "abc123"},
        ),
        Document("github", "acme/alpha-train:scripts/train.sh", "torchrun x.py\n"),
        Document("paper", "2401.00001", "We trained on TPU v4.", meta={"arxiv": True}),
        Document("paper", "acme-tech-report", "Report text.", meta={"arxiv": False}),
        Document("modelcard", "acme/beta", "", status="empty"),
    ]
    for document in documents:
        store.put_document(document)


def contents(store: Store) -> dict:
    documents = {
        document.document_key: (
            document.text,
            document.origin,
            document.note,
            document.complete,
            document.status,
            document.meta,
            document.content_hash,
        )
        for document in store.documents()
    }
    models = {
        model_id: (
            (store.get_model(model_id) or {})["meta"],
            store.links(model_id),
        )
        for model_id in store.model_ids()
    }
    return {"documents": documents, "models": models}


def test_export_then_import_round_trips_everything(tmp_path: Path) -> None:
    with Store(tmp_path / "first.db") as first:
        fill(first)
        assert export_snapshot(first, tmp_path / "out") == (2, 5)
        expected = contents(first)
    with Store(tmp_path / "second.db") as second:
        report = import_snapshot(second, tmp_path / "out")
        got = contents(second)
    assert report.problems == []
    assert got == expected


def test_a_file_entry_outside_the_snapshot_is_refused(tmp_path: Path) -> None:
    # A shared snapshot must not read files elsewhere on the machine.
    secret = tmp_path / "secret.txt"
    secret.write_text("private", "utf-8")
    entry = {"source": "modelcard", "model_id": "acme/alpha", "file": "../secret.txt"}
    directory = write_snapshot(tmp_path / "snap", GOOD_MODELS, [entry])
    with Store(tmp_path / "t.db") as store:
        report = import_snapshot(store, directory)
        assert store.get_document("modelcard", "acme/alpha") is None
    assert [p.reason for p in report.problems] == ["outside_snapshot"]


def test_links_of_the_wrong_shape_are_named_not_split(tmp_path: Path) -> None:
    # A string where a list belongs, a number, and a repo name with a scheme;
    # an earlier bare line for the same model is replaced by the later one.
    models = [
        {"model_id": "acme/alpha"},
        {
            "model_id": "acme/alpha",
            "links": {
                "github": "acme/alpha-code",
                "arxiv": [123],
                "papers": ["javascript:alert(1)//x"],
            },
        },
    ]
    directory = write_snapshot(tmp_path / "snap", models, [])
    with Store(tmp_path / "t.db") as store:
        report = import_snapshot(store, directory)
        links = store.links("acme/alpha")
    assert links["github"] == ["acme/alpha-code"]
    assert links["arxiv"] == [] and links["papers"] == []
    reasons = [p.reason for p in report.problems]
    assert reasons == ["duplicate", "bad_link", "bad_link"]
    assert report.models == 1


@pytest.mark.parametrize(
    "model_id",
    [
        # The trial's hostile id: markup and quotes in the name.
        "evil/<b>x\"'",
        "acme/has space",
        "acme/../etc",
        "/acme",
        "acme/",
        "acme/a/b",
    ],
)
def test_a_model_id_that_is_not_one_is_named_and_skipped(
    tmp_path: Path, model_id: str
) -> None:
    snapshot = write_snapshot(
        tmp_path / "snap",
        [{"model_id": "acme/alpha"}, {"model_id": model_id}],
        [card("acme/alpha", "A model."), card(model_id, "Trained on 8 A100 GPUs.")],
    )
    with Store(tmp_path / "t.db") as store:
        report = import_snapshot(store, snapshot)
        assert store.model_ids() == ["acme/alpha"]
        assert [document.key for document in store.documents()] == ["acme/alpha"]
    messages = [problem.message for problem in report.problems]
    assert messages[0].startswith("models.jsonl line 2: model_id ")
    assert "is not a model id (owner/name" in messages[0]
    assert messages[1].startswith("documents.jsonl line 2: modelcard: ")
    assert report.skipped == 2 and report.models == 1


def test_a_byte_order_mark_is_not_data(tmp_path: Path) -> None:
    # Some editors save UTF-8 with a byte-order mark before the first line.
    snapshot = write_snapshot(
        tmp_path / "snap",
        [{"model_id": "acme/gamma"}],
        [card("acme/gamma", "We trained on 32 H20 GPUs.")],
    )
    for name in ("models.jsonl", "documents.jsonl"):
        path = snapshot / name
        path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    with Store(tmp_path / "t.db") as store:
        report = import_snapshot(store, snapshot)
        assert report.problems == []
        assert report.documents == 1
        assert store.has_document("modelcard", "acme/gamma")
