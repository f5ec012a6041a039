"""Tests for chipaudit.evaluate and `chipaudit evaluate`: a hand-made store of
five verdicts scored against a six-row labels file, with every number checked."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from chipaudit.errors import LabelsError
from chipaudit.evaluate import (
    Label,
    ModelResult,
    Report,
    calibration,
    chips_match,
    evaluate,
    format_report,
    load_labels,
    providers,
)
from chipaudit.store import Store

DEV_LABELS = (
    Path(__file__).resolve().parents[1].parent / "shared" / "labels" / "dev.csv"
)

HEADER = "model_id,training_providers,training_chips,level,inference_providers,note"

# Six labelled models; ghost/zeta has no verdict in the store.
LABELS_CSV = f"""{HEADER}
acme/alpha,nvidia,A100-40GB,chip+count,nvidia,our card names the GPU and count
acme/beta,baidu_kunlun;intel,Kunlun P800;Gaudi 2,chip,,two vendors named
bolt/gamma,,,none,nvidia,only a serving example
bolt/delta,other:cerebras,CS-2,chip,,wafer-scale run
bolt/epsilon,,,,,nothing said
ghost/zeta,nvidia,H100,chip,,never collected
"""


def evidence_row(
    provider: str, phase: str, chip: str = "", quote: str = "", line: int = 1
) -> dict[str, Any]:
    return {
        "source": "modelcard",
        "document_key": "modelcard:test",
        "line": line,
        "phase": phase,
        "provider": provider,
        "chip": chip,
        "count": None,
        "quote": quote or f"{provider} {chip}".strip(),
        "rule": f"test_{phase}",
        "about": "self",
    }


def verdict(
    training: list[str],
    chips: list[str],
    disclosure: str,
    inference: list[str],
    confidence: float,
) -> dict[str, Any]:
    return {
        "training_providers": training,
        "training_chips": chips,
        "training_count": None,
        "disclosure": disclosure,
        "inference_providers": inference,
        "inference_chips": [],
        "base_models": [],
        "compute_providers": [],
        "decided_by": "test",
        "confidence": confidence,
    }


VERDICTS: dict[str, tuple[dict[str, Any], list[dict[str, Any]]]] = {
    "acme/alpha": (
        verdict(["nvidia"], ["A100"], "chip+count", ["nvidia"], 0.9),
        [evidence_row("nvidia", "training", "A100", "trained on 64 A100 GPUs")],
    ),
    "acme/beta": (
        verdict(["baidu_kunlun"], ["P800", "Gaudi2"], "chip", ["apple"], 0.5),
        [
            evidence_row("baidu_kunlun", "training", "P800"),
            evidence_row("intel", "training", "Gaudi2"),
            evidence_row("apple", "inference", "", "runs on a MacBook"),
        ],
    ),
    "bolt/gamma": (
        verdict(["nvidia"], ["H100"], "chip", [], 0.75),
        [evidence_row("nvidia", "training", "H100", "serve it on one H100")],
    ),
    "bolt/delta": (
        verdict([], [], "none", [], 0.1),
        [evidence_row("other:cerebras", "neither", "CS-2", "a CS-2 cluster")],
    ),
    "bolt/epsilon": (verdict([], [], "none", [], 0.15), []),
}


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "store.db"
    with Store(path) as store:
        for model_id, (fields, rows) in VERDICTS.items():
            store.put_verdict(model_id, {"model_id": model_id, **fields}, rows, "test")
    return path


@pytest.fixture
def labels_path(tmp_path: Path) -> Path:
    path = tmp_path / "labels.csv"
    path.write_text(LABELS_CSV, encoding="utf-8")
    return path


@pytest.fixture
def report(db: Path, labels_path: Path) -> Report:
    with Store(db) as store:
        return evaluate(
            store, load_labels(labels_path), str(labels_path), ["level", "org"]
        )


# -- labels -----------------------------------------------------------------------


def test_load_labels_splits_lists_and_defaults_level(labels_path: Path) -> None:
    labels = {label.model_id: label for label in load_labels(labels_path)}

    assert len(labels) == 6
    assert labels["acme/beta"].training_providers == {"baidu_kunlun", "intel"}
    assert labels["acme/beta"].training_chips == ("Kunlun P800", "Gaudi 2")
    assert labels["bolt/epsilon"].level == "none"
    assert labels["bolt/gamma"].training_providers == frozenset()
    assert labels["acme/alpha"].columns["note"].startswith("our card")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("model_id,level\nx/y,none\n", "missing column(s) training_providers"),
        (f"{HEADER}\nx/y,,,loud,,\n", "line 2: level 'loud' is not one of"),
        (f"{HEADER}\nx/y,,,none,,\nx/y,,,none,,\n", "line 3: x/y twice"),
        (f"{HEADER}\n,,,none,,\n", "line 2: empty model_id"),
        # A spreadsheet export that dropped the empty trailing cells.
        (f"{HEADER}\nx/y,nvidia,A100\n", "line 2: 3 fields where the header has 6"),
        (f"{HEADER}\nx/y,,,none,,,extra\n", "line 2: 7 fields where the header"),
        (f"{HEADER}\n", "no labelled models, only the header"),
    ],
)
def test_load_labels_rejects_bad_files(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "bad.csv"
    path.write_text(text, encoding="utf-8")

    with pytest.raises(LabelsError) as raised:
        load_labels(path)
    assert str(raised.value).startswith(f"{path}: ")
    assert message in str(raised.value)


def test_an_empty_labels_file_names_the_columns_once(tmp_path: Path) -> None:
    path = tmp_path / "empty.csv"
    path.write_text("", encoding="utf-8")

    with pytest.raises(LabelsError) as raised:
        load_labels(path)
    message = str(raised.value)
    assert message.startswith(f"{path}: empty; its first line must name model_id")
    assert message.count("training_providers") == 1


def test_load_labels_names_a_missing_file(tmp_path: Path) -> None:
    with pytest.raises(LabelsError, match="nope.csv: cannot read"):
        load_labels(tmp_path / "nope.csv")


def test_providers_lowercases_and_drops_blanks() -> None:
    assert providers(" NVIDIA ; ;other:Cerebras") == {"nvidia", "other:cerebras"}
    assert providers(["AMD", ""]) == {"amd"}
    assert providers(None) == frozenset()


@pytest.mark.skipif(not DEV_LABELS.exists(), reason="../shared/labels/dev.csv absent")
def test_dev_labels_load() -> None:
    labels = load_labels(DEV_LABELS)

    assert len(labels) == 82
    for column in (
        "model_id",
        "training_providers",
        "training_chips",
        "level",
        "inference_providers",
    ):
        assert column in labels[0].columns


# -- chips ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("label_chip", "verdict_chip", "expected"),
    [
        ("A100-40GB", "A100", True),  # memory size after the model name
        ("A100(40GB)", "a100", True),
        ("Kunlun P800", "P800", True),  # vendor word before the model name
        ("Gaudi 2", "Gaudi2", True),  # spacing between name and generation
        ("TPU v3", "TPUv3", True),
        ("Atlas 800T A2", "atlas 800t  a2", True),
        ("A100", "A10", False),  # 10 is not 100
        ("H800", "H100", False),
        ("MI300X", "MI250X", False),
        ("Ascend 910B", "Ascend", False),  # a family name is not a chip model
        ("Mk2 IPU", "Mk2 IPU", True),
        ("", "A100", False),
    ],
)
def test_chips_match(label_chip: str, verdict_chip: str, expected: bool) -> None:
    assert chips_match(label_chip, verdict_chip) is expected


# -- the report -------------------------------------------------------------------


def test_models_not_in_store_are_listed(report: Report) -> None:
    assert report.labelled == 6
    assert report.overall.models == 5
    assert report.not_in_store == ["ghost/zeta"]


def test_training_provider_scores(report: Report) -> None:
    table = {name: scores.as_dict() for name, scores in report.training.items()}

    assert list(table) == ["baidu_kunlun", "intel", "nvidia", "other:cerebras"]
    assert table["nvidia"] == {
        "tp": 1,
        "fp": 1,
        "fn": 0,
        "precision": 0.5,
        "recall": 1.0,
        "f1": pytest.approx(2 / 3),
    }
    assert table["intel"]["precision"] is None
    assert table["intel"]["recall"] == 0.0
    assert table["intel"]["f1"] == 0.0
    assert table["baidu_kunlun"]["f1"] == 1.0
    total = report.overall.training
    assert (total.tp, total.fp, total.fn) == (2, 1, 2)
    assert total.precision == pytest.approx(2 / 3)
    assert total.recall == 0.5
    assert total.f1 == pytest.approx(4 / 7)


def test_exact_match_wrong_and_missed(report: Report) -> None:
    assert (report.overall.exact, report.overall.exact_share) == (2, 0.4)
    assert report.wrong == {"bolt/gamma": ["nvidia"]}
    assert report.missed == {"acme/beta": ["intel"], "bolt/delta": ["other:cerebras"]}


def test_chip_recall_and_level_accuracy(report: Report) -> None:
    overall = report.overall

    assert (overall.chips_found, overall.chips_total) == (3, 4)
    assert overall.chip_recall == 0.75
    assert report.chips_missed == {"bolt/delta": ["CS-2"]}
    assert (overall.level_right, overall.level_share) == (3, 0.6)


def test_inference_provider_scores(report: Report) -> None:
    total = report.overall.inference

    assert (total.tp, total.fp, total.fn) == (1, 1, 1)
    assert (total.precision, total.recall, total.f1) == (0.5, 0.5, 0.5)
    assert report.inference["apple"].as_dict()["precision"] == 0.0
    assert report.inference["nvidia"].recall == 0.5


def test_calibration_bins(report: Report) -> None:
    rows = [
        (row.low, row.high, row.count, row.right, row.share_right)
        for row in report.calibration
    ]

    assert rows == [
        (0.0, 0.2, 2, 1, 0.5),
        (0.2, 0.4, 0, 0, None),
        (0.4, 0.6, 1, 0, 0.0),
        (0.6, 0.8, 1, 0, 0.0),
        (0.8, 1.0, 1, 1, 1.0),
    ]
    assert report.calibration[0].mean_confidence == pytest.approx(0.125)


@pytest.mark.parametrize(
    ("confidence", "bin_index"),
    [(0.0, 0), (0.2, 1), (0.6, 3), (0.7999, 3), (0.8, 4), (1.0, 4), (1.5, 4)],
)
def test_calibration_bin_edges(confidence: float, bin_index: int) -> None:
    label = Label("x/y", frozenset(), (), "none", frozenset())
    result = ModelResult(label, {"confidence": confidence}, [])

    counts = [row.count for row in calibration([result], bins=5)]

    assert counts.index(1) == bin_index


def test_verdict_without_confidence_is_left_out_of_calibration() -> None:
    label = Label("x/y", frozenset(), (), "none", frozenset())

    table = calibration([ModelResult(label, {"confidence": None}, [])])

    assert sum(row.count for row in table) == 0


def test_slices_by_labels_column_and_org(report: Report) -> None:
    rows = {
        (row.column, row.value): (row.summary.models, row.summary.exact)
        for row in report.slices
    }

    assert rows == {
        ("level", "chip"): (2, 0),
        ("level", "chip+count"): (1, 1),
        ("level", "none"): (2, 1),
        ("org", "acme"): (2, 1),
        ("org", "bolt"): (3, 1),
    }


def test_unknown_slice_column_is_an_error(db: Path, labels_path: Path) -> None:
    with Store(db) as store, pytest.raises(LabelsError, match="no column 'colour'"):
        evaluate(store, load_labels(labels_path), str(labels_path), ["colour"])


def test_disagreements_carry_their_evidence(report: Report) -> None:
    found = [
        (item.model_id, item.kind, item.label, item.verdict, len(item.evidence))
        for item in report.disagreements
    ]

    assert found == [
        ("acme/beta", "training provider missed", "intel", "-", 1),
        ("acme/beta", "inference provider wrong", "-", "apple", 1),
        ("bolt/delta", "training provider missed", "other:cerebras", "-", 1),
        ("bolt/delta", "chip missed", "CS-2", "-", 1),
        ("bolt/delta", "level wrong", "chip", "none", 0),
        ("bolt/gamma", "training provider wrong", "-", "nvidia", 1),
        ("bolt/gamma", "chip wrong", "-", "H100", 1),
        ("bolt/gamma", "level wrong", "none", "chip", 1),
        ("bolt/gamma", "inference provider missed", "nvidia", "-", 1),
    ]
    cerebras = report.disagreements[2].evidence[0]
    assert (cerebras["phase"], cerebras["quote"]) == ("neither", "a CS-2 cluster")


def test_format_report_layout(report: Report) -> None:
    text = format_report(report)

    assert "5 with a verdict, 0 without a verdict, 1 not in store" in text
    assert "  not in store: ghost/zeta" in text
    assert "exact provider set      2 / 5     0.40" in text
    assert "chip recall             3 / 4     0.75" in text
    assert "disclosure level        3 / 5     0.60" in text
    assert "  0.00-0.20        2      1   0.50             0.12" in text
    assert "bolt/gamma: training provider wrong: label -, verdict nvidia" in text
    assert '      "serve it on one H100"' in text
    assert "    (no evidence)" in text


# -- the command ------------------------------------------------------------------


def run_cli(db: Path, *args: str) -> Any:
    from chipaudit.cli import main

    return CliRunner().invoke(main, ["--db", str(db), "evaluate", *args])


def test_cli_prints_the_report(db: Path, labels_path: Path) -> None:
    result = run_cli(db, "--labels", str(labels_path), "--slice", "org")

    assert result.exit_code == 0, result.output
    assert "training providers" in result.stdout
    assert "by org" in result.stdout
    assert "disagreements (9)" in result.stdout


def test_cli_json_parses(db: Path, labels_path: Path) -> None:
    result = run_cli(db, "--labels", str(labels_path), "--json", "--slice", "level")

    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["evaluated"] == 5
    assert data["not_in_store"] == ["ghost/zeta"]
    assert data["overall"]["exact_share"] == 0.4
    assert data["training_providers"]["nvidia"]["fp"] == 1
    assert data["calibration"][4]["count"] == 1
    assert [row["value"] for row in data["slices"]] == ["chip", "chip+count", "none"]
    assert len(data["disagreements"]) == 9


@pytest.mark.parametrize(("threshold", "exit_code"), [("0.4", 0), ("0.5", 1)])
def test_cli_fail_under(
    db: Path, labels_path: Path, threshold: str, exit_code: int
) -> None:
    result = run_cli(db, "--labels", str(labels_path), "--fail-under", threshold)

    assert result.exit_code == exit_code
    if exit_code:
        assert "exact provider-set share 0.40 is below --fail-under 0.50" in (
            result.stderr
        )


def test_cli_names_a_missing_labels_file(db: Path, tmp_path: Path) -> None:
    result = run_cli(db, "--labels", str(tmp_path / "gone.csv"))

    assert result.exit_code == 2  # a path the user gave: misuse
    assert "error: " in result.stderr
    assert "gone.csv: cannot read" in result.stderr


def test_cli_unknown_slice_suggests_columns(db: Path, labels_path: Path) -> None:
    result = run_cli(db, "--labels", str(labels_path), "--slice", "colour")

    assert result.exit_code == 2
    assert "no column 'colour' to slice by; try one of" in result.stderr


def test_cli_requires_labels(db: Path) -> None:
    result = run_cli(db)

    assert result.exit_code == 2
    assert "--labels" in result.stderr


def test_a_stored_model_without_a_verdict_is_not_called_missing(
    db: Path, labels_path: Path
) -> None:
    # A run stopped by Ctrl-C after storing ghost/zeta but before judging it.
    with Store(db) as store:
        store.put_model("ghost/zeta")
        report = evaluate(store, load_labels(labels_path), str(labels_path))
    assert (report.not_in_store, report.no_verdict) == ([], ["ghost/zeta"])
    assert "0 not in store" in format_report(report)

    result = run_cli(db, "--labels", str(labels_path), "--json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["no_verdict"] == ["ghost/zeta"]
    assert result.stderr == (
        "warning: 1 stored model has no verdict yet and will be left out; "
        "run `chipaudit run` to finish classifying\n"
    )


def test_cli_json_disagreement_evidence_carries_its_url(
    db: Path, labels_path: Path
) -> None:
    # The trial found `url` in `show --json` evidence but not here.
    result = run_cli(db, "--labels", str(labels_path), "--json")

    assert result.exit_code == 0, result.output
    rows = [
        row
        for item in json.loads(result.stdout)["disagreements"]
        for row in item["evidence"]
    ]
    assert rows
    assert {row["url"] for row in rows} == {
        "https://huggingface.co/test/blob/main/README.md#L1"
    }
