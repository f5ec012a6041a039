"""The command line as a user meets it: exit codes, stdout for data, stderr
for everything else, and the wording of errors."""

from __future__ import annotations

import csv
import json
import os
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner, Result

from chipaudit.cli import main

MODELS = [
    {"model_id": "acme/alpha", "links": {"arxiv": ["2401.00001"]}},
    {"model_id": "acme/beta"},
]
DOCUMENTS = [
    {
        "source": "modelcard",
        "model_id": "acme/alpha",
        "text": "## Usage\n\nRun it on an RTX 4090 for inference.\n",
    },
    {
        "source": "paper",
        "arxiv_id": "2401.00001",
        "text": "We pre-trained on 2,048 Ascend 910B NPUs and then fine-tuned "
        "on 8 A100 GPUs.",
    },
    {"source": "modelcard", "model_id": "acme/beta", "text": "A small model."},
]


@pytest.fixture
def snapshot(tmp_path: Path) -> Path:
    directory = tmp_path / "snap"
    directory.mkdir()
    models = "".join(json.dumps(model) + "\n" for model in MODELS)
    (directory / "models.jsonl").write_text(models, "utf-8")
    lines = [json.dumps(document) for document in DOCUMENTS] + ["{cut off"]
    (directory / "documents.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
    return directory


def invoke(db: Path, *args: str) -> Result:
    return CliRunner().invoke(main, ["--db", str(db), *args])


@pytest.fixture
def db(tmp_path: Path, snapshot: Path) -> Path:
    """A store after `chipaudit run --snapshot`."""
    path = tmp_path / "cli.db"
    result = invoke(path, "run", "--snapshot", str(snapshot))
    assert result.exit_code == 0, result.output
    return path


def test_run_snapshot_reports_on_stderr_only(tmp_path: Path, snapshot: Path) -> None:
    result = invoke(tmp_path / "run.db", "run", "--snapshot", str(snapshot))
    assert result.exit_code == 0
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert "warning: documents.jsonl line 4: not JSON" in lines[0]
    assert f"imported 2 models, 3 documents from {snapshot}" in lines
    assert "models: 2" in lines
    assert any(
        line.startswith("training providers: ")
        and "huawei_ascend 1" in line
        and "nvidia 1" in line
        for line in lines
    )
    assert any(
        line.startswith("disclosure: ") and "chip+count 1" in line for line in lines
    )
    assert "errors: 0" in lines
    assert lines[-1] == "skipped snapshot entries: 1"


def test_a_lone_surrogate_is_a_warning_and_the_import_goes_on(
    tmp_path: Path, snapshot: Path
) -> None:
    # A card read with errors="surrogateescape" and dumped as JSON spells the
    # undecodable byte as a lone surrogate; SQLite cannot store it.
    broken = b'{"source": "modelcard", "model_id": "acme/beta", "text": "x\\udcff"}'
    good = json.dumps(card("acme/beta", "Trained on 8 H100 GPUs.")).encode()
    (snapshot / "documents.jsonl").write_bytes(broken + b"\n" + good + b"\n")
    result = invoke(tmp_path / "s.db", "run", "--snapshot", str(snapshot))
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output
    assert result.stderr.startswith(
        "warning: documents.jsonl line 1: text holds a lone surrogate"
    )
    assert "imported 2 models, 1 documents" in result.stderr
    assert "skipped snapshot entries: 1" in result.stderr
    shown = json.loads(invoke(tmp_path / "s.db", "show", "acme/beta", "--json").stdout)
    assert shown["training_providers"] == ["nvidia"]


def card(model_id: str, text: str) -> dict[str, str]:
    return {"source": "modelcard", "model_id": model_id, "text": text}


def test_run_without_db_uses_the_environments_store(snapshot: Path) -> None:
    result = CliRunner().invoke(main, ["run", "--snapshot", str(snapshot)])
    assert result.exit_code == 0
    assert Path(os.environ["CHIPAUDIT_DB"]).is_file()


def test_run_on_a_missing_snapshot_names_it(tmp_path: Path) -> None:
    missing = tmp_path / "no-such-snapshot"
    for command in (["run", "--snapshot"], ["snapshot", "import"]):
        result = invoke(tmp_path / "x.db", *command, str(missing))
        assert result.exit_code == 2
        assert result.stderr == f"error: {missing}: no such directory\n"
    assert not (tmp_path / "x.db").exists()


def test_run_without_a_selection_needs_a_store_with_models(
    tmp_path: Path, db: Path
) -> None:
    new = tmp_path / "new.db"
    result = invoke(new, "run")
    assert result.exit_code == 2
    assert "holds no models yet; give --snapshot DIR or a selection" in result.stderr
    assert "--top N, --author NAME, --ids FILE" in result.stderr
    assert not new.exists()
    # With models stored, a bare run classifies them again.
    result = invoke(db, "run")
    assert result.exit_code == 0, result.output
    assert "models: 2" in result.stderr.splitlines()


def test_show_json_is_valid_and_carries_evidence(db: Path) -> None:
    result = invoke(db, "show", "acme/alpha", "--json")
    assert result.exit_code == 0
    shown = json.loads(result.stdout)
    assert shown["model_id"] == "acme/alpha"
    assert shown["training_providers"] == ["huawei_ascend", "nvidia"]
    assert shown["disclosure"] == "chip+count"
    assert shown["inference_providers"] == ["nvidia"]
    quotes = [row["quote"] for row in shown["evidence"]]
    assert any("Ascend 910B" in quote for quote in quotes)
    assert {row["document_key"] for row in shown["evidence"]} == {
        "paper:2401.00001",
        "modelcard:acme/alpha",
    }


def test_show_text_lists_the_verdict_and_evidence(db: Path) -> None:
    result = invoke(db, "show", "acme/alpha")
    assert result.exit_code == 0
    assert result.stdout.startswith("acme/alpha\n")
    assert "chip+count" in result.stdout
    assert "paper:2401.00001:1" in result.stdout


def test_show_an_unknown_model_names_it(db: Path) -> None:
    result = invoke(db, "show", "nobody/nothing")
    assert result.exit_code == 1
    assert result.stdout == ""
    assert "nobody/nothing" in result.stderr
    assert "Traceback" not in result.stderr


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def test_export_csv_writes_both_tables(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "out" / "models.csv"
    result = invoke(db, "export", "--format", "csv", "--out", str(out))
    assert result.exit_code == 0
    assert result.stdout == ""
    evidence_path = out.with_name("models.evidence.csv")
    assert str(out) in result.stderr and str(evidence_path) in result.stderr

    models = {row["model_id"]: row for row in read_csv(out)}
    alpha = models["acme/alpha"]
    assert alpha["training_providers"] == "huawei_ascend;nvidia"
    assert alpha["training_chips"] == "Ascend 910B;A100"
    assert alpha["disclosure"] == "chip+count"
    assert alpha["inference_providers"] == "nvidia"
    assert alpha["base_models"] == ""
    assert alpha["decided_by"]
    assert models["acme/beta"]["disclosure"] == "none"

    evidence = read_csv(evidence_path)
    assert {row["model_id"] for row in evidence} == {"acme/alpha"}
    assert {"quote", "document_key", "line", "phase", "provider"} <= set(evidence[0])


def test_export_jsonl_keeps_lists(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "models.jsonl"
    assert invoke(db, "export", "--format", "jsonl", "--out", str(out)).exit_code == 0
    rows = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    alpha = next(row for row in rows if row["model_id"] == "acme/alpha")
    assert alpha["training_providers"] == ["huawei_ascend", "nvidia"]
    evidence = out.with_name("models.evidence.jsonl").read_text("utf-8")
    assert all(json.loads(line)["quote"] for line in evidence.splitlines())


def test_export_parquet_writes_both_tables(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "models.parquet"
    assert invoke(db, "export", "--format", "parquet", "--out", str(out)).exit_code == 0
    models = pq.read_table(out).to_pylist()
    evidence = pq.read_table(out.with_name("models.evidence.parquet")).to_pylist()
    assert {row["model_id"] for row in models} == {"acme/alpha", "acme/beta"}
    alpha = next(row for row in models if row["model_id"] == "acme/alpha")
    assert alpha["training_providers"] == ["huawei_ascend", "nvidia"]
    assert evidence and all(row["model_id"] == "acme/alpha" for row in evidence)


@pytest.mark.parametrize(
    "args",
    [
        ["export", "--format", "xml", "--out", "x.xml"],
        ["export"],
        ["show"],
    ],
)
def test_misuse_exits_2(tmp_path: Path, args: list[str]) -> None:
    assert invoke(tmp_path / "x.db", *args).exit_code == 2


@pytest.mark.parametrize("command", ["run", "show", "export", "snapshot import"])
def test_help_gives_an_example(command: str) -> None:
    result = CliRunner().invoke(main, [*command.split(), "--help"])
    assert result.exit_code == 0
    assert "Example: chipaudit " in result.stdout


def test_parquet_schema_does_not_depend_on_the_data(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "models.parquet"
    assert invoke(db, "export", "--format", "parquet", "--out", str(out)).exit_code == 0
    schema = pq.read_schema(out)
    assert (
        str(schema.field("base_model_training_providers").type)
        == "list<element: string>"
    )
    assert str(schema.field("training_count").type) == "int64"
    assert {"basis", "training_rule", "decided_at"} <= set(schema.names)


def test_unwritable_outputs_and_stores_are_messages_not_tracebacks(
    db: Path, tmp_path: Path, snapshot: Path
) -> None:
    result = invoke(db, "export", "--format", "csv", "--out", str(tmp_path))
    assert result.exit_code == 1
    assert "Is a directory" in result.output and "Traceback" not in result.output
    # /proc takes no new files, even for root: the store cannot be opened.
    result = invoke(
        Path("/proc/chipaudit-test.db"), "snapshot", "import", str(snapshot)
    )
    assert result.exit_code == 1
    assert "store /proc/chipaudit-test.db" in result.output
    assert "Traceback" not in result.output


def test_reading_commands_do_not_create_an_empty_store(tmp_path: Path) -> None:
    missing = tmp_path / "missing.db"
    result = invoke(missing, "show", "x/y")
    assert result.exit_code == 1
    assert f"no store at {missing}" in result.output
    assert not missing.exists()


@pytest.mark.parametrize(
    "args", [["show", "x/y"], ["export", "--out", "m.csv"], ["snapshot", "export", "s"]]
)
def test_reading_commands_leave_an_empty_file_alone(
    tmp_path: Path, args: list[str]
) -> None:
    # `touch empty.db` and then a typo'd --db: SQLite would make it a store.
    empty = tmp_path / "empty.db"
    empty.touch()
    result = invoke(empty, *args)
    assert result.exit_code == 1
    assert f"{empty} is an empty file, not a store" in result.stderr
    assert empty.stat().st_size == 0
    assert not Path(f"{empty}-wal").exists()


def test_since_after_until_is_misuse(tmp_path: Path) -> None:
    result = invoke(
        tmp_path / "t.db", "run", "--since", "2025-01-01", "--until", "2020-01-01"
    )
    assert result.exit_code == 2
    assert "--since is after --until" in result.output


def test_evidence_carries_a_link_to_its_source(db: Path, tmp_path: Path) -> None:
    shown = json.loads(invoke(db, "show", "acme/alpha", "--json").output)
    assert all(row["url"].startswith("https://") for row in shown["evidence"])
    out = tmp_path / "m.csv"
    assert invoke(db, "export", "--format", "csv", "--out", str(out)).exit_code == 0
    rows = read_csv(out.with_name("m.evidence.csv"))
    assert rows and all(row["url"].startswith("https://") for row in rows)


def test_show_matches_model_ids_without_regard_to_case(db: Path) -> None:
    result = invoke(db, "show", "ACME/Alpha", "--json")
    assert result.exit_code == 0
    assert json.loads(result.output)["model_id"] == "acme/alpha"


def test_a_paper_without_an_arxiv_id_links_to_where_it_was_fetched(
    tmp_path: Path,
) -> None:
    from chipaudit.export import with_urls
    from chipaudit.store import Document, Store

    with Store(tmp_path / "t.db") as store:
        store.put_document(
            Document("paper", "lab_report", "x", origin="https://example.org/r.pdf")
        )
        rows = [{"document_key": "paper:lab_report", "line": 3}]
        assert with_urls(rows, store)[0]["url"] == "https://example.org/r.pdf"
        assert with_urls(rows)[0]["url"] is None


def test_reading_commands_warn_about_models_a_stopped_run_left_unjudged(
    db: Path, tmp_path: Path
) -> None:
    from chipaudit.store import Store

    with Store(db) as store:
        store.put_model("acme/gamma")
        store.put_model("acme/delta")
    warning = "warning: 2 stored models have no verdict yet and will be left out"
    out = tmp_path / "m.csv"
    for args in (
        ["export", "--out", str(out)],
        ["report", "--out", str(tmp_path / "r.html")],
    ):
        result = invoke(db, *args)
        assert result.exit_code == 0, result.output
        assert result.stderr.startswith(warning)
        assert "`chipaudit run`" in result.stderr
    assert len(read_csv(out)) == 2

    result = invoke(db, "show", "acme/gamma")
    assert result.exit_code == 1
    assert "acme/gamma is stored but has no verdict yet" in result.stderr


def test_ctrl_c_exits_130_and_says_a_rerun_resumes(
    tmp_path: Path, snapshot: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def interrupted(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr("chipaudit.cli.classify_models", interrupted)
    result = invoke(tmp_path / "c.db", "run", "--snapshot", str(snapshot))
    assert result.exit_code == 130
    assert "Aborted" not in result.output
    assert result.stderr.splitlines()[-1] == (
        "interrupted: everything stored so far is kept; run the same command "
        "again to resume"
    )


def test_an_ids_file_with_no_valid_id_is_misuse(tmp_path: Path) -> None:
    ids = tmp_path / "ids.txt"
    ids.write_text("not a valid id\n../../etc\n", "utf-8")
    result = invoke(tmp_path / "i.db", "run", "--ids", str(ids))
    assert result.exit_code == 2
    assert f"warning: {ids} line 1: 'not a valid id' is not a model id" in result.stderr
    assert f"warning: {ids} line 2: '../../etc' is not a model id" in result.stderr
    assert f"{ids}: no valid model ids" in result.stderr
    assert not (tmp_path / "i.db").exists()


def test_snapshot_export_keeps_an_existing_snapshot_unless_forced(
    db: Path, snapshot: Path
) -> None:
    before = (snapshot / "documents.jsonl").read_bytes()
    result = invoke(db, "snapshot", "export", str(snapshot))
    assert result.exit_code == 2
    assert result.stderr == (
        f"error: {snapshot}: already holds models.jsonl and documents.jsonl; "
        "pass --force to overwrite or choose another directory\n"
    )
    assert (snapshot / "documents.jsonl").read_bytes() == before

    result = invoke(db, "snapshot", "export", str(snapshot), "--force")
    assert result.exit_code == 0, result.output
    assert "exported 2 models, 3 documents" in result.stderr
    assert b"{cut off" not in (snapshot / "documents.jsonl").read_bytes()


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_a_full_disk_names_the_output(db: Path) -> None:
    result = invoke(db, "export", "--out", "/dev/full")
    assert result.exit_code == 1
    assert result.stderr.startswith(
        "error: cannot write /dev/full: No space left on device"
    )


@pytest.mark.parametrize(
    "args",
    [
        ["export", "--format", "parquet", "--out", "/proc/chipaudit/m.parquet"],
        ["export", "--format", "parquet", "--out", "/proc/m.parquet"],
        ["report", "--out", "/proc/chipaudit-report.html"],
        ["snapshot", "export", "/proc/chipaudit-snapshot"],
    ],
)
def test_an_unwritable_output_is_named_in_the_error_style(
    db: Path, args: list[str]
) -> None:
    # /proc takes no new files or directories, even for root.
    result = invoke(db, *args)
    assert result.exit_code == 1
    out = args[-1]
    assert result.stderr.startswith(f"error: cannot write {out}"), result.stderr
    assert "Traceback" not in result.output and "Usage:" not in result.output


def test_export_warns_when_the_name_does_not_fit_the_format(
    db: Path, tmp_path: Path
) -> None:
    out = tmp_path / "m.csv"
    result = invoke(db, "export", "--format", "parquet", "--out", str(out))
    assert result.exit_code == 0, result.output
    assert result.stderr.startswith(
        f"warning: {out} does not end in .parquet, yet it will hold parquet"
    )
    assert pq.read_table(out).num_rows == 2
    result = invoke(db, "export", "--format", "csv", "--out", str(out))
    assert "warning" not in result.stderr


def test_export_help_gives_the_default_format() -> None:
    result = CliRunner().invoke(main, ["export", "--help"])
    assert "[default: csv]" in result.stdout


# -- trial 2: show, run options ------------------------------------------------


def test_show_trims_the_id_it_is_given(db: Path) -> None:
    # A pasted id with a trailing space or newline.
    for given in ("acme/alpha ", "\tacme/alpha\n"):
        result = invoke(db, "show", given, "--json")
        assert result.exit_code == 0, result.output
        assert json.loads(result.stdout)["model_id"] == "acme/alpha"


@pytest.mark.parametrize("given", ["", "   "])
def test_show_an_empty_id_is_misuse(db: Path, given: str) -> None:
    result = invoke(db, "show", given)
    assert result.exit_code == 2
    assert "not a model id" in result.stderr
    assert "not in the store" not in result.stderr


def test_show_an_unknown_id_counts_the_store_and_suggests_close_ids(db: Path) -> None:
    result = invoke(db, "show", "acme/alpah")
    assert result.exit_code == 1
    assert "acme/alpah is not among the 2 stored models" in result.stderr
    assert "did you mean acme/alpha" in result.stderr
    assert "run `chipaudit run` first" not in result.stderr


def test_show_cuts_a_long_unknown_id_short_in_the_message(db: Path) -> None:
    result = invoke(db, "show", "x" * 100_000)
    assert result.exit_code == 1
    assert "(100000 characters)" in result.stderr
    assert len(result.stderr) < 400


def test_show_an_unknown_id_in_an_empty_store_says_to_run_first(
    tmp_path: Path,
) -> None:
    from chipaudit.store import Store

    path = tmp_path / "empty.db"
    with Store(path):
        pass
    result = invoke(path, "show", "acme/alpha")
    assert result.exit_code == 1
    assert "run `chipaudit run` first" in result.stderr


@pytest.mark.parametrize(
    ("flags", "named", "not_named"),
    [
        (["--refresh"], "--refresh needs a live selection", "--all-time"),
        (["--all-time"], "--all-time needs a live selection", "--refresh"),
        (["--all-time", "--refresh"], "--all-time and --refresh need", ""),
    ],
)
def test_selection_flags_alone_name_only_what_was_given(
    db: Path, flags: list[str], named: str, not_named: str
) -> None:
    result = invoke(db, "run", *flags)
    assert result.exit_code == 2
    assert named in result.stderr
    assert "--top N" in result.stderr
    if not_named:
        assert not_named not in result.stderr


def test_show_text_gives_the_llm_status_when_judged(db: Path) -> None:
    from chipaudit.store import Store

    with Store(db) as store:
        verdict = store.get_verdict("acme/alpha")
        assert verdict is not None
        verdict.update(llm_status="unavailable", llm_model="judge-1")
        store.update_verdict("acme/alpha", verdict)
    judged = invoke(db, "show", "acme/alpha").stdout
    assert "  llm:                 unavailable (judge-1)" in judged.splitlines()
    assert "llm:" not in invoke(db, "show", "acme/beta").stdout


@pytest.mark.parametrize(
    ("origin", "url"),
    [
        ("https://example.org/r.pdf", "https://example.org/r.pdf"),
        ("http://example.org/r.pdf", "http://example.org/r.pdf"),
        # The trial's hostile origin: a quote and a tag after the address.
        ('https://example.com/x"><script>alert(1)</script>', None),
        ("javascript:alert(1)", None),
        ("lab archive, shelf 3", None),
        ("ftp://example.org/r.pdf", None),
        ("https:///no-host", None),
    ],
)
def test_a_paper_origin_is_a_url_only_when_it_is_a_web_address(
    tmp_path: Path, origin: str, url: str | None
) -> None:
    from chipaudit.export import with_urls
    from chipaudit.store import Document, Store

    with Store(tmp_path / "t.db") as store:
        store.put_document(Document("paper", "lab_report", "x", origin=origin))
        rows = [{"document_key": "paper:lab_report", "line": 3}]
        assert with_urls(rows, store)[0]["url"] == url


def glossary() -> str:
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text("utf-8")
    return readme.split("## Glossary", 1)[1].split("\n## ", 1)[0]


def test_every_key_show_json_emits_is_in_the_glossary(db: Path) -> None:
    from chipaudit.store import Store

    with Store(db) as store:
        verdict = store.get_verdict("acme/alpha")
        assert verdict is not None
        verdict.update(llm_status="ok", llm_model="m", rules_training_providers=[])
        store.update_verdict("acme/alpha", verdict)
    shown = json.loads(invoke(db, "show", "acme/alpha", "--json").stdout)
    keys = set(shown) | {key for row in shown["evidence"] for key in row}
    text = glossary()
    # The glossary spells document_key as "document key" and quote in prose.
    missing = [
        key
        for key in sorted(keys)
        if f"`{key}`" not in text and key.replace("_", " ") not in text
    ]
    assert missing == []
