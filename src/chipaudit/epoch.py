"""Epoch AI's public data: which hardware trained notable models, and who makes it.

Consumes a directory holding Epoch AI's CSV exports (`notable_ai_models.csv`,
`large_scale_ai_models.csv`, `ml_hardware.csv`), read with the csv module.
Produces plain counts for the report. A missing file or column never stops the
report: it becomes a note that names the file and the column.
"""

from __future__ import annotations

import csv
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

NOTABLE_FILE = "notable_ai_models.csv"
LARGE_SCALE_FILE = "large_scale_ai_models.csv"
HARDWARE_FILE = "ml_hardware.csv"

HARDWARE_NAME = "Hardware name"
MANUFACTURER = "Manufacturer"
HARDWARE_TYPE = "Type"
RELEASE_DATE = "Release date"
TRAINING_HARDWARE = "Training hardware"
PUBLICATION_DATE = "Publication date"
COUNTRY = "Country (of organization)"

# Hardware names in the model tables that ml_hardware.csv does not list fall back
# to their first word; these first words name a different manufacturer string.
FIRST_WORD_MANUFACTURER = {"google": "Google", "nvidia": "NVIDIA", "amd": "AMD"}

YEAR = re.compile(r"(19|20)\d\d")


@dataclass
class Table:
    """One CSV file's rows, or the reason it has none."""

    name: str
    rows: list[dict[str, str]] = field(default_factory=list)
    columns: list[str] = field(default_factory=list)
    missing: str = ""

    def lacks(self, *columns: str) -> list[str]:
        return [column for column in columns if column not in self.columns]


@dataclass
class Manufacturer:
    """ml_hardware.csv rows of one manufacturer."""

    name: str
    count: int = 0
    types: Counter[str] = field(default_factory=Counter)
    first_year: int | None = None
    last_year: int | None = None
    latest: str = ""


@dataclass
class EpochData:
    """What the report shows from Epoch AI's files, plus notes on what was missing."""

    directory: Path
    notable_models: int = 0
    notable_with_hardware: int = 0
    by_manufacturer: Counter[str] = field(default_factory=Counter)
    by_year: dict[int, Counter[str]] = field(default_factory=dict)
    by_country: dict[str, Counter[str]] = field(default_factory=dict)
    large_scale_models: int = 0
    manufacturers: list[Manufacturer] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def read_table(path: Path) -> Table:
    """A CSV file's rows as dicts; an absent or unreadable file gives a note."""
    table = Table(path.name)
    if not path.is_file():
        table.missing = f"{path.name} is not in {path.parent}"
        return table
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            reader = csv.DictReader(handle)
            table.columns = list(reader.fieldnames or [])
            table.rows = [
                {key: (value or "").strip() for key, value in row.items() if key}
                for row in reader
            ]
    except (OSError, UnicodeDecodeError, csv.Error) as error:
        table.missing = f"{path.name} cannot be read: {error}"
    return table


def year_of(value: str) -> int | None:
    match = YEAR.search(value)
    return int(match.group()) if match else None


def hardware_names(value: str) -> list[str]:
    """The hardware named in one `Training hardware` cell (comma-separated)."""
    return [name.strip() for name in value.split(",") if name.strip()]


def load_epoch(directory: Path) -> EpochData:
    """Read the three files in `directory` and count what the report shows."""
    data = EpochData(directory)
    hardware = read_table(directory / HARDWARE_FILE)
    makers = _manufacturer_index(hardware)
    data.manufacturers = summarize_hardware(hardware, data.notes)

    notable = read_table(directory / NOTABLE_FILE)
    if _usable(notable, (TRAINING_HARDWARE,), data.notes):
        data.notable_models = len(notable.rows)
        _count_notable(notable, makers, data)

    large = read_table(directory / LARGE_SCALE_FILE)
    if _usable(large, (TRAINING_HARDWARE, COUNTRY), data.notes):
        data.large_scale_models = len(large.rows)
        for row in large.rows:
            for country in _countries(row[COUNTRY]):
                counts = data.by_country.setdefault(country, Counter())
                for name in hardware_names(row[TRAINING_HARDWARE]):
                    counts[manufacturer_of(name, makers)] += 1
    return data


def _usable(table: Table, needed: tuple[str, ...], notes: list[str]) -> bool:
    if table.missing:
        notes.append(table.missing)
        return False
    lacking = table.lacks(*needed)
    if lacking:
        notes.append(f"{table.name} has no column {', '.join(map(repr, lacking))}")
        return False
    return True


def _count_notable(notable: Table, makers: dict[str, str], data: EpochData) -> None:
    dated = PUBLICATION_DATE in notable.columns
    if not dated:
        data.notes.append(f"{notable.name} has no column {PUBLICATION_DATE!r}")
    for row in notable.rows:
        names = hardware_names(row[TRAINING_HARDWARE])
        if not names:
            continue
        data.notable_with_hardware += 1
        year = year_of(row[PUBLICATION_DATE]) if dated else None
        for name in names:
            maker = manufacturer_of(name, makers)
            data.by_manufacturer[maker] += 1
            if year is not None:
                data.by_year.setdefault(year, Counter())[maker] += 1


def _countries(value: str) -> set[str]:
    return {part.strip() for part in value.split(",") if part.strip()} or {"unknown"}


def _manufacturer_index(hardware: Table) -> dict[str, str]:
    if hardware.missing or hardware.lacks(HARDWARE_NAME, MANUFACTURER):
        return {}
    return {
        row[HARDWARE_NAME].lower(): row[MANUFACTURER]
        for row in hardware.rows
        if row[HARDWARE_NAME] and row[MANUFACTURER]
    }


def manufacturer_of(name: str, makers: dict[str, str]) -> str:
    """Who makes the named hardware: ml_hardware.csv, else the name's first word."""
    known = makers.get(name.lower())
    if known:
        return known
    first = name.split()[0] if name.split() else "unknown"
    return FIRST_WORD_MANUFACTURER.get(first.lower(), first)


def summarize_hardware(hardware: Table, notes: list[str]) -> list[Manufacturer]:
    """ml_hardware.csv grouped by manufacturer, most entries first."""
    if not _usable(hardware, (HARDWARE_NAME, MANUFACTURER), notes):
        return []
    for column in (HARDWARE_TYPE, RELEASE_DATE):
        if column not in hardware.columns:
            notes.append(f"{hardware.name} has no column {column!r}")
    groups: dict[str, Manufacturer] = {}
    latest_year: dict[str, int] = {}
    for row in hardware.rows:
        name = row[MANUFACTURER] or "unknown"
        group = groups.setdefault(name, Manufacturer(name))
        group.count += 1
        if row.get(HARDWARE_TYPE):
            group.types[row[HARDWARE_TYPE]] += 1
        year = year_of(row.get(RELEASE_DATE, ""))
        if year is None:
            continue
        group.first_year = min(group.first_year or year, year)
        group.last_year = max(group.last_year or year, year)
        if year >= latest_year.get(name, 0):
            latest_year[name] = year
            group.latest = row[HARDWARE_NAME]
    return sorted(groups.values(), key=lambda group: (-group.count, group.name))
