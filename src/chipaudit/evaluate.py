"""Evaluation: score the verdicts in the store against a labels file.

Consumes a labels CSV (columns model_id, training_providers, training_chips,
level, inference_providers; lists joined with ";", empty means undisclosed) and
the store's verdicts and evidence. Produces a Report: per-provider precision,
recall and F1, exact provider-set matches, chip recall, disclosure-level
accuracy, inference-provider scores, a confidence calibration table, optional
slices by a labels column, and every disagreement with the evidence behind it.
The number of calibration bins and the slice columns are the only settings.

Chip names match by tokens (see `chips_match`), so "A100-40GB" finds "A100",
"Kunlun P800" finds "P800" and "Gaudi 2" finds "Gaudi2".
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from chipaudit.errors import LabelsError
from chipaudit.export import with_urls
from chipaudit.signals.catalog import TRACKED_PROVIDERS
from chipaudit.store import Store

LABEL_COLUMNS = (
    "model_id",
    "training_providers",
    "training_chips",
    "level",
    "inference_providers",
)
LEVELS = ("none", "implied", "provider", "chip", "chip+count")
ORG_SLICE = "org"
KNOWN_PROVIDERS = frozenset(TRACKED_PROVIDERS)
DEFAULT_BINS = 5

_TOKEN = re.compile(r"[a-z]+|[0-9]+")


# -- labels -------------------------------------------------------------------


@dataclass(frozen=True)
class Label:
    """One labelled model; `columns` keeps the whole CSV row for slicing."""

    model_id: str
    training_providers: frozenset[str]
    training_chips: tuple[str, ...]
    level: str
    inference_providers: frozenset[str]
    columns: dict[str, str] = field(default_factory=dict, compare=False)


def load_labels(path: Path) -> list[Label]:
    """Read a labels CSV; raise LabelsError naming the file and what is wrong."""
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            reader = csv.reader(handle)
            lines = [(reader.line_num, row) for row in reader if row]
    except OSError as error:
        raise LabelsError(str(path), f"cannot read: {error.strerror}") from error
    except UnicodeDecodeError as error:
        raise LabelsError(str(path), "not UTF-8 text; save it as UTF-8") from error
    if not lines:
        raise LabelsError(
            str(path), f"empty; its first line must name {', '.join(LABEL_COLUMNS)}"
        )
    header = [name.strip() for name in lines[0][1]]
    missing = [name for name in LABEL_COLUMNS if name not in header]
    if missing:
        raise LabelsError(
            str(path),
            f"missing column(s) {', '.join(missing)}; need all of "
            f"{', '.join(LABEL_COLUMNS)}",
        )
    if len(lines) == 1:
        raise LabelsError(str(path), "no labelled models, only the header")
    return _labels_from_rows(path, header, lines[1:])


def _labels_from_rows(
    path: Path, header: list[str], lines: list[tuple[int, list[str]]]
) -> list[Label]:
    labels: list[Label] = []
    seen: set[str] = set()
    for number, fields in lines:
        if len(fields) != len(header):
            raise LabelsError(
                str(path),
                f"line {number}: {len(fields)} fields where the header has "
                f"{len(header)}; quote a value that holds a comma",
            )
        label = _label(path, number, dict(zip(header, fields, strict=True)))
        if label.model_id in seen:
            raise LabelsError(str(path), f"line {number}: {label.model_id} twice")
        seen.add(label.model_id)
        labels.append(label)
    return labels


def _label(path: Path, number: int, row: dict[str, str]) -> Label:
    columns = {key: (value or "").strip() for key, value in row.items() if key}
    level = columns["level"] or "none"
    if not columns["model_id"]:
        raise LabelsError(str(path), f"line {number}: empty model_id")
    if level not in LEVELS:
        raise LabelsError(
            str(path),
            f"line {number}: level {level!r} is not one of {', '.join(LEVELS)}",
        )
    for column in ("training_providers", "inference_providers"):
        unknown = sorted(providers(columns[column]) - KNOWN_PROVIDERS)
        unknown = [name for name in unknown if not name.startswith("other:")]
        if unknown:
            raise LabelsError(
                str(path),
                f"line {number}: {column} has unknown provider {unknown[0]!r}; "
                f"use one of {', '.join(sorted(KNOWN_PROVIDERS))} or other:<vendor>",
            )
    return Label(
        model_id=columns["model_id"],
        training_providers=providers(columns["training_providers"]),
        training_chips=tuple(_split(columns["training_chips"])),
        level=level,
        inference_providers=providers(columns["inference_providers"]),
        columns=columns,
    )


def _split(joined: str) -> list[str]:
    return [part.strip() for part in joined.split(";") if part.strip()]


def providers(value: str | Iterable[str] | None) -> frozenset[str]:
    """A provider set from a ";"-joined string or a list, lower-cased."""
    if value is None:
        return frozenset()
    parts = _split(value) if isinstance(value, str) else value
    return frozenset(part.strip().lower() for part in parts if part.strip())


# -- chips --------------------------------------------------------------------


def chip_tokens(name: str) -> tuple[str, ...]:
    """Lower-case runs of letters or digits: "Gaudi 2" and "Gaudi2" both give
    ("gaudi", "2"); "A100-40GB" gives ("a", "100", "40", "gb")."""
    return tuple(_TOKEN.findall(name.lower()))


def chips_match(label_chip: str, verdict_chip: str) -> bool:
    """True when two chip names name the same chip model.

    The rule: the names are equal once case, spaces and punctuation are
    dropped ("TPU v3" and "TPUv3"), or the shorter token sequence appears as an
    unbroken run inside the longer one and contains a number. So "A100" matches
    "A100-40GB" and "Kunlun P800" matches "P800", while "A10" does not match
    "A100" (the token 10 is not 100) and a bare family name such as "Ascend"
    does not stand for "Ascend 910B".
    """
    label, verdict = chip_tokens(label_chip), chip_tokens(verdict_chip)
    if not label or not verdict:
        return False
    if label == verdict or "".join(label) == "".join(verdict):
        return True
    short, long = sorted((label, verdict), key=len)
    if not any(token.isdigit() for token in short):
        return False
    return any(
        long[start : start + len(short)] == short
        for start in range(len(long) - len(short) + 1)
    )


# -- scores -------------------------------------------------------------------


@dataclass
class Scores:
    """Counts of true positives, false positives and false negatives."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float | None:
        return _ratio(self.tp, self.tp + self.fp)

    @property
    def recall(self) -> float | None:
        return _ratio(self.tp, self.tp + self.fn)

    @property
    def f1(self) -> float | None:
        return _ratio(2 * self.tp, 2 * self.tp + self.fp + self.fn)

    def add(self, expected: frozenset[str], got: frozenset[str]) -> None:
        self.tp += len(expected & got)
        self.fp += len(got - expected)
        self.fn += len(expected - got)

    def as_dict(self) -> dict[str, Any]:
        return {
            **asdict(self),
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
        }


def _ratio(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def per_provider(
    pairs: Iterable[tuple[frozenset[str], frozenset[str]]],
) -> dict[str, Scores]:
    """Scores per provider from (expected, got) provider sets, one pair a model."""
    table: dict[str, Scores] = {}
    for expected, got in pairs:
        for provider in expected | got:
            table.setdefault(provider, Scores()).add(
                expected & {provider}, got & {provider}
            )
    return dict(sorted(table.items()))


# -- one model ----------------------------------------------------------------


@dataclass
class ModelResult:
    """One labelled model set beside its verdict and evidence."""

    label: Label
    verdict: dict[str, Any]
    evidence: list[dict[str, Any]]

    @property
    def training(self) -> frozenset[str]:
        return providers(self.verdict.get("training_providers"))

    @property
    def inference(self) -> frozenset[str]:
        return providers(self.verdict.get("inference_providers"))

    @property
    def chips(self) -> list[str]:
        return list(self.verdict.get("training_chips") or [])

    @property
    def disclosure(self) -> str:
        return self.verdict.get("disclosure") or "none"

    @property
    def confidence(self) -> float | None:
        value = self.verdict.get("confidence")
        return float(value) if isinstance(value, int | float) else None

    @property
    def exact(self) -> bool:
        return self.training == self.label.training_providers

    @property
    def level_right(self) -> bool:
        return self.disclosure == self.label.level

    def chips_missed(self) -> list[str]:
        return [
            wanted
            for wanted in self.label.training_chips
            if not any(chips_match(wanted, chip) for chip in self.chips)
        ]

    def chips_extra(self) -> list[str]:
        return [
            chip
            for chip in self.chips
            if not any(
                chips_match(wanted, chip) for wanted in self.label.training_chips
            )
        ]


# -- summaries ----------------------------------------------------------------


@dataclass
class Summary:
    """The headline numbers over a set of models."""

    models: int = 0
    exact: int = 0
    level_right: int = 0
    chips_found: int = 0
    chips_total: int = 0
    training: Scores = field(default_factory=Scores)
    inference: Scores = field(default_factory=Scores)

    @property
    def exact_share(self) -> float | None:
        return _ratio(self.exact, self.models)

    @property
    def level_share(self) -> float | None:
        return _ratio(self.level_right, self.models)

    @property
    def chip_recall(self) -> float | None:
        return _ratio(self.chips_found, self.chips_total)

    def as_dict(self) -> dict[str, Any]:
        return {
            "models": self.models,
            "exact": self.exact,
            "exact_share": self.exact_share,
            "level_right": self.level_right,
            "level_share": self.level_share,
            "chips_found": self.chips_found,
            "chips_total": self.chips_total,
            "chip_recall": self.chip_recall,
            "training": self.training.as_dict(),
            "inference": self.inference.as_dict(),
        }


def summarise(results: Iterable[ModelResult]) -> Summary:
    summary = Summary()
    for result in results:
        label = result.label
        summary.models += 1
        summary.exact += result.exact
        summary.level_right += result.level_right
        summary.chips_total += len(label.training_chips)
        summary.chips_found += len(label.training_chips) - len(result.chips_missed())
        summary.training.add(label.training_providers, result.training)
        summary.inference.add(label.inference_providers, result.inference)
    return summary


@dataclass
class CalibrationBin:
    """Verdicts whose confidence falls in [low, high) (the last bin takes 1.0)."""

    low: float
    high: float
    count: int = 0
    right: int = 0
    confidence_sum: float = 0.0

    @property
    def share_right(self) -> float | None:
        return _ratio(self.right, self.count)

    @property
    def mean_confidence(self) -> float | None:
        return self.confidence_sum / self.count if self.count else None

    def as_dict(self) -> dict[str, Any]:
        return {
            "low": self.low,
            "high": self.high,
            "count": self.count,
            "right": self.right,
            "share_right": self.share_right,
            "mean_confidence": self.mean_confidence,
        }


def calibration(
    results: Iterable[ModelResult], bins: int = DEFAULT_BINS
) -> list[CalibrationBin]:
    """Equal-width confidence bins; "right" means the exact provider set."""
    table = [
        CalibrationBin(round(index / bins, 6), round((index + 1) / bins, 6))
        for index in range(bins)
    ]
    for result in results:
        confidence = result.confidence
        if confidence is None:
            continue
        confidence = min(max(confidence, 0.0), 1.0)
        # The epsilon keeps 0.6 in the 0.6 bin despite 0.6 * 5 = 2.9999...
        index = min(int(confidence * bins + 1e-9), bins - 1)
        table[index].count += 1
        table[index].right += result.exact
        table[index].confidence_sum += confidence
    return table


@dataclass
class SliceRow:
    column: str
    value: str
    summary: Summary

    def as_dict(self) -> dict[str, Any]:
        return {"column": self.column, "value": self.value, **self.summary.as_dict()}


def slice_value(label: Label, column: str) -> str:
    """The slice a label falls in; `level` uses the level as scored (empty is
    "none") and `org` is the part of model_id before "/" unless a column has
    that name."""
    if column == "level":
        return label.level
    if column == ORG_SLICE and column not in label.columns:
        return label.model_id.split("/", 1)[0] if "/" in label.model_id else ""
    return label.columns.get(column, "")


# Slices may also be taken by a field of the verdict: how it was reached.
VERDICT_SLICES = ("basis", "disclosure", "decided_by")


def slices(results: list[ModelResult], column: str) -> list[SliceRow]:
    groups: dict[str, list[ModelResult]] = {}
    for result in results:
        if column in VERDICT_SLICES:
            value = str(result.verdict.get(column) or "")
        else:
            value = slice_value(result.label, column)
        groups.setdefault(value, []).append(result)
    return [
        SliceRow(column, value, summarise(group))
        for value, group in sorted(groups.items())
    ]


# -- disagreements ------------------------------------------------------------


@dataclass
class Disagreement:
    """One way a verdict differs from its label, with the evidence behind it."""

    model_id: str
    kind: str
    label: str
    verdict: str
    evidence: list[dict[str, Any]]

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def disagreements(result: ModelResult) -> list[Disagreement]:
    """Every difference for one model, in a fixed order of kinds."""
    found = _provider_disagreements(result, "training")
    found += _chip_disagreements(result)
    found += _level_disagreement(result)
    found += _provider_disagreements(result, "inference")
    return found


def _provider_disagreements(result: ModelResult, phase: str) -> list[Disagreement]:
    expected = getattr(result.label, f"{phase}_providers")
    got = getattr(result, phase)
    found = []
    for provider in sorted(got - expected):
        rows = _rows(result, provider=provider, phase=phase)
        found.append(_differ(result, f"{phase} provider wrong", "-", provider, rows))
    for provider in sorted(expected - got):
        # Any phase: a missed provider often sits in evidence given another phase.
        rows = _rows(result, provider=provider)
        found.append(_differ(result, f"{phase} provider missed", provider, "-", rows))
    return found


def _chip_disagreements(result: ModelResult) -> list[Disagreement]:
    found = []
    for chip in result.chips_missed():
        rows = [row for row in result.evidence if _row_chip_matches(row, chip)]
        found.append(_differ(result, "chip missed", chip, _chips(result), rows))
    for chip in result.chips_extra():
        rows = [row for row in result.evidence if _row_chip_matches(row, chip)]
        label_chips = ", ".join(result.label.training_chips) or "-"
        found.append(_differ(result, "chip wrong", label_chips, chip, rows))
    return found


def _level_disagreement(result: ModelResult) -> list[Disagreement]:
    if result.level_right:
        return []
    rows = _rows(result, phase="training")
    return [_differ(result, "level wrong", result.label.level, result.disclosure, rows)]


def _differ(
    result: ModelResult, kind: str, label: str, verdict: str, rows: list[dict]
) -> Disagreement:
    return Disagreement(result.label.model_id, kind, label, verdict, rows)


def _rows(
    result: ModelResult, provider: str | None = None, phase: str | None = None
) -> list[dict[str, Any]]:
    return [
        row
        for row in result.evidence
        if (provider is None or str(row.get("provider", "")).lower() == provider)
        and (phase is None or row.get("phase") == phase)
    ]


def _row_chip_matches(row: dict[str, Any], chip: str) -> bool:
    return bool(row.get("chip")) and chips_match(chip, row["chip"])


def _chips(result: ModelResult) -> str:
    return ", ".join(result.chips) or "-"


# -- the report ---------------------------------------------------------------


@dataclass
class Report:
    """Everything `chipaudit evaluate` prints."""

    labels_path: str
    labelled: int
    not_in_store: list[str]
    overall: Summary
    training: dict[str, Scores]
    inference: dict[str, Scores]
    wrong: dict[str, list[str]]
    missed: dict[str, list[str]]
    chips_missed: dict[str, list[str]]
    calibration: list[CalibrationBin]
    slices: list[SliceRow]
    disagreements: list[Disagreement]
    no_verdict: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {
            "labels": self.labels_path,
            "labelled": self.labelled,
            "evaluated": self.overall.models,
            "not_in_store": self.not_in_store,
            "no_verdict": self.no_verdict,
            "overall": self.overall.as_dict(),
            "training_providers": _scores_dict(self.training),
            "inference_providers": _scores_dict(self.inference),
            "wrongly_given": self.wrong,
            "missed": self.missed,
            "chips_missed": self.chips_missed,
            "calibration": [row.as_dict() for row in self.calibration],
            "slices": [row.as_dict() for row in self.slices],
            "disagreements": [row.as_dict() for row in self.disagreements],
        }


def _scores_dict(table: dict[str, Scores]) -> dict[str, dict[str, Any]]:
    return {provider: scores.as_dict() for provider, scores in table.items()}


def evaluate(
    store: Store,
    labels: list[Label],
    labels_path: str = "",
    slice_columns: Iterable[str] = (),
    bins: int = DEFAULT_BINS,
) -> Report:
    """Score the store's verdicts against `labels`."""
    columns = list(slice_columns)
    _check_slice_columns(labels, columns, labels_path)
    results, not_in_store, no_verdict = match_verdicts(store, labels)
    return Report(
        labels_path=labels_path,
        labelled=len(labels),
        not_in_store=not_in_store,
        no_verdict=no_verdict,
        overall=summarise(results),
        training=per_provider(
            (r.label.training_providers, r.training) for r in results
        ),
        inference=per_provider(
            (r.label.inference_providers, r.inference) for r in results
        ),
        wrong=_by_model(results, lambda r: r.training - r.label.training_providers),
        missed=_by_model(results, lambda r: r.label.training_providers - r.training),
        chips_missed=_by_model(results, ModelResult.chips_missed),
        calibration=calibration(results, bins),
        slices=[row for column in columns for row in slices(results, column)],
        disagreements=[item for r in results for item in disagreements(r)],
    )


def match_verdicts(
    store: Store, labels: list[Label]
) -> tuple[list[ModelResult], list[str], list[str]]:
    """Pair each label with its verdict; list the labelled models the store
    lacks, and those it holds without a verdict (not yet classified)."""
    results, not_in_store, no_verdict = [], [], []
    for label in sorted(labels, key=lambda item: item.model_id):
        verdict = store.get_verdict(label.model_id)
        if verdict is not None:
            evidence = with_urls(store.evidence(label.model_id), store)
            results.append(ModelResult(label, verdict, evidence))
        elif store.get_model(label.model_id) is not None:
            no_verdict.append(label.model_id)
        else:
            not_in_store.append(label.model_id)
    return results, not_in_store, no_verdict


def _check_slice_columns(labels: list[Label], columns: list[str], path: str) -> None:
    known = {ORG_SLICE, *VERDICT_SLICES}
    if labels:
        known |= set(labels[0].columns)
    for column in columns:
        if column not in known:
            raise LabelsError(
                path or "labels",
                f"no column {column!r} to slice by; try one of "
                f"{', '.join(sorted(known))}",
            )


def _by_model(
    results: list[ModelResult], pick: Callable[[ModelResult], Iterable[str]]
) -> dict[str, list[str]]:
    picked = {r.label.model_id: sorted(pick(r)) for r in results}
    return {model_id: items for model_id, items in picked.items() if items}


# -- the human printout -------------------------------------------------------

QUOTE_CHARS = 110
EVIDENCE_SHOWN = 3


def format_report(report: Report) -> str:
    """The report as aligned plain text, one section after another."""
    sections = [
        _format_header(report),
        _format_scores("training providers", report.training, report.overall.training),
        _format_headline(report.overall),
        _format_scores(
            "inference providers", report.inference, report.overall.inference
        ),
        _format_lists(report),
        _format_calibration(report.calibration),
        *_format_slices(report.slices),
        _format_disagreements(report.disagreements),
    ]
    return "\n\n".join(section for section in sections if section)


def _num(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.2f}"


def _format_header(report: Report) -> str:
    lines = [
        f"labels: {report.labels_path or '-'}: {report.labelled} models, "
        f"{report.overall.models} with a verdict, "
        f"{len(report.no_verdict)} without a verdict, "
        f"{len(report.not_in_store)} not in store"
    ]
    if report.no_verdict:
        lines.append(
            "  without a verdict (run `chipaudit run` to classify): "
            + ", ".join(report.no_verdict)
        )
    if report.not_in_store:
        lines.append("  not in store: " + ", ".join(report.not_in_store))
    return "\n".join(lines)


def _format_scores(title: str, table: dict[str, Scores], total: Scores) -> str:
    width = max([len(title), 14, *(len(name) + 2 for name in table)])
    lines = [f"{title:<{width}}  precision  recall     f1    tp    fp    fn"]
    rows = [(f"  {name}", scores) for name, scores in table.items()]
    for name, scores in [*rows, ("  all (micro)", total)]:
        lines.append(
            f"{name:<{width}}  {_num(scores.precision):>9}  {_num(scores.recall):>6}"
            f"  {_num(scores.f1):>5}  {scores.tp:>4}  {scores.fp:>4}  {scores.fn:>4}"
        )
    return "\n".join(lines)


def _format_headline(summary: Summary) -> str:
    rows = [
        ("exact provider set", summary.exact, summary.models, summary.exact_share),
        ("chip recall", summary.chips_found, summary.chips_total, summary.chip_recall),
        (
            "disclosure level",
            summary.level_right,
            summary.models,
            summary.level_share,
        ),
    ]
    return "\n".join(
        f"{name:<20}{right:>5} / {total:<5} {_num(share)}"
        for name, right, total, share in rows
    )


def _format_lists(report: Report) -> str:
    parts = [
        _format_mapping("wrongly given a provider", report.wrong),
        _format_mapping("missed a provider", report.missed),
        _format_mapping("missed a chip", report.chips_missed),
    ]
    return "\n\n".join(parts)


def _format_mapping(title: str, mapping: dict[str, list[str]]) -> str:
    noun = "model" if len(mapping) == 1 else "models"
    lines = [f"{title} ({len(mapping)} {noun})"]
    width = max((len(model_id) for model_id in mapping), default=0)
    for model_id, items in mapping.items():
        lines.append(f"  {model_id:<{width}}  {', '.join(items)}")
    return "\n".join(lines)


def _format_calibration(table: list[CalibrationBin]) -> str:
    lines = [
        "calibration (confidence -> exact provider set)",
        "  confidence  models  right  share  mean confidence",
    ]
    for row in table:
        span = f"{row.low:.2f}-{row.high:.2f}"
        lines.append(
            f"  {span:<10}  {row.count:>6}  {row.right:>5}  "
            f"{_num(row.share_right):>5}  {_num(row.mean_confidence):>15}"
        )
    return "\n".join(lines)


def _format_slices(rows: list[SliceRow]) -> list[str]:
    columns: dict[str, list[SliceRow]] = {}
    for row in rows:
        columns.setdefault(row.column, []).append(row)
    return [_format_slice(column, group) for column, group in columns.items()]


def _format_slice(column: str, rows: list[SliceRow]) -> str:
    width = max([len(column), 9, *(len(row.value or "(empty)") + 2 for row in rows)])
    lines = [
        f"{'by ' + column:<{width}}  models  exact  level  chips  train f1  infer f1"
    ]
    for row in rows:
        summary = row.summary
        name = "  " + (row.value or "(empty)")
        lines.append(
            f"{name:<{width}}  {summary.models:>6}  {_num(summary.exact_share):>5}"
            f"  {_num(summary.level_share):>5}  {_num(summary.chip_recall):>5}"
            f"  {_num(summary.training.f1):>8}  {_num(summary.inference.f1):>8}"
        )
    return "\n".join(lines)


def _format_disagreements(items: list[Disagreement]) -> str:
    lines = [f"disagreements ({len(items)})"]
    for item in items:
        lines.append(
            f"  {item.model_id}: {item.kind}: label {item.label}, "
            f"verdict {item.verdict}"
        )
        lines.extend(_format_evidence(item.evidence))
    return "\n".join(lines)


def _format_evidence(rows: list[dict[str, Any]]) -> list[str]:
    if not rows:
        return ["    (no evidence)"]
    lines = []
    for row in rows[:EVIDENCE_SHOWN]:
        chip = f" {row['chip']}" if row.get("chip") else ""
        about = row.get("about") or "self"
        about = "" if about == "self" else f" about {about}"
        quote = _shorten(str(row.get("quote", "")))
        lines.append(
            f"    [{row.get('phase')}] {row.get('provider')}{chip}  "
            f"{row.get('document_key')}:{row.get('line')}  ({row.get('rule')}){about}"
        )
        lines.append(f'      "{quote}"')
    if len(rows) > EVIDENCE_SHOWN:
        lines.append(f"    ... and {len(rows) - EVIDENCE_SHOWN} more evidence rows")
    return lines


def _shorten(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= QUOTE_CHARS else flat[: QUOTE_CHARS - 3] + "..."
