"""The report: one self-contained HTML page over the verdicts in the store.

Consumes the store's verdicts, evidence and model metadata, the organisation
countries in `data/orgs.yaml` and, when given a directory, Epoch AI's public
CSVs (see `chipaudit.epoch`). Produces one HTML string: inline CSS, figures as
inline SVG, no scripts and nothing fetched from elsewhere.

Every string that came from the store or a CSV is escaped by `text()`, which
also turns `:` and `=` into character references, so card text such as
`onerror=` or `javascript:` never appears literally in the file. Links are
built here from document keys, https only, with their parts percent-encoded.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from chipaudit.epoch import EpochData, load_epoch
from chipaudit.errors import OutputUnwritable
from chipaudit.links import document_url, model_url
from chipaudit.store import Store

UNDISCLOSED = "undisclosed"
NO_INFERENCE = "none stated"
UNKNOWN_COUNTRY = "unknown"
US = "United States"
CHINA = "China"
DISCLOSURE_LEVELS = ("none", "implied", "provider", "chip", "chip+count")
EPOCH_US = "United States of America"
QUOTE_CHARS = 280

PROVIDER_LABELS = {
    "nvidia": "NVIDIA",
    "amd": "AMD",
    "intel": "Intel",
    "google_tpu": "Google TPU",
    "apple": "Apple",
    "aws": "AWS Trainium/Inferentia",
    "qualcomm": "Qualcomm",
    "huawei_ascend": "Huawei Ascend",
    "cambricon": "Cambricon",
    "baidu_kunlun": "Baidu Kunlun",
    "moore_threads": "Moore Threads",
    "iluvatar": "Iluvatar CoreX",
    "hygon": "Hygon",
    "metax": "MetaX",
}

# Colours stay with a provider across figures; the rest take the spare ones in
# order of first use. Grey is kept for "undisclosed" and "unknown".
FIXED_COLOURS = {
    "nvidia": "#5b9a1b",
    "google_tpu": "#3b78e7",
    "huawei_ascend": "#c8102e",
    "amd": "#e8792b",
    "intel": "#00a3c4",
    "apple": "#6e6e73",
    "baidu_kunlun": "#6a4fc2",
    UNDISCLOSED: "#c4c4c4",
    NO_INFERENCE: "#c4c4c4",
    UNKNOWN_COUNTRY: "#c4c4c4",
    "NVIDIA": "#5b9a1b",
    "Google": "#3b78e7",
    "Huawei": "#c8102e",
    "AMD": "#e8792b",
    "Intel": "#00a3c4",
    "other": "#9e9e9e",
}
SPARE_COLOURS = (
    "#b5467f",
    "#2f9e8f",
    "#d4a017",
    "#8c564b",
    "#4f6d9a",
    "#a05195",
    "#7f9c3a",
    "#d45087",
    "#665191",
    "#3d3d3d",
)


# -- escaping and links ----------------------------------------------------


def text(value: object) -> str:
    """Escape any outside string for HTML text or a double-quoted attribute."""
    escaped = html.escape(str(value), quote=True)
    return escaped.replace(":", "&#58;").replace("=", "&#61;")


def link(url: str | None, label: str) -> str:
    """An anchor for a URL built by `document_url`/`model_url`, else plain text."""
    if not url or not url.startswith("https://"):
        return label
    return f'<a href="{html.escape(url, quote=True)}" rel="noopener">{label}</a>'


def provider_label(provider: str) -> str:
    if provider.startswith("other:"):
        return provider.removeprefix("other:").capitalize()
    return PROVIDER_LABELS.get(provider, provider)


# -- gathering the verdicts ------------------------------------------------


@dataclass
class ModelRow:
    """One verdict with what the report groups it by."""

    model_id: str
    org: str
    country: str
    year: int | None
    verdict: dict[str, Any]
    evidence: dict[str, Any] | None

    @property
    def training(self) -> list[str]:
        return list(self.verdict.get("training_providers") or []) or [UNDISCLOSED]

    @property
    def inference(self) -> list[str]:
        return list(self.verdict.get("inference_providers") or []) or [NO_INFERENCE]


def load_org_countries() -> dict[str, str]:
    """The shipped organisation → country table, keys lowercased."""
    source = resources.files("chipaudit") / "data" / "orgs.yaml"
    loaded = yaml.safe_load(source.read_text(encoding="utf-8")) or {}
    return {str(org).lower(): str(country) for org, country in loaded["orgs"].items()}


def org_of(model_id: str, meta: dict[str, Any]) -> str:
    author = meta.get("author")
    if isinstance(author, str) and author:
        return author
    return model_id.split("/", 1)[0] if "/" in model_id else model_id


def created_year(meta: dict[str, Any]) -> int | None:
    for key in ("created_at", "createdAt"):
        value = meta.get(key)
        if isinstance(value, str):
            match = re.match(r"(\d{4})-\d\d", value)
            if match:
                return int(match.group(1))
    return None


def supporting_evidence(
    verdict: dict[str, Any], rows: list[dict[str, Any]]
) -> dict[str, Any] | None:
    """The first evidence row that backs the verdict, else the first row at all."""
    training = set(verdict.get("training_providers") or [])
    inference = set(verdict.get("inference_providers") or [])
    preferences = (
        lambda row: (
            row["phase"] == "training"
            and row["provider"] in training
            and row.get("about", "self") == "self"
        ),
        lambda row: row["phase"] == "training" and row["provider"] in training,
        lambda row: row["phase"] == "inference" and row["provider"] in inference,
    )
    for prefers in preferences:
        for row in rows:
            if prefers(row):
                return row
    return rows[0] if rows else None


def gather(store: Store, countries: dict[str, str]) -> list[ModelRow]:
    rows = []
    for verdict in store.verdicts():
        model_id = verdict["model_id"]
        model = store.get_model(model_id)
        meta = (model or {}).get("meta") or {}
        org = org_of(model_id, meta)
        rows.append(
            ModelRow(
                model_id=model_id,
                org=org,
                country=countries.get(org.lower(), UNKNOWN_COUNTRY),
                year=created_year(meta),
                verdict=verdict,
                evidence=supporting_evidence(verdict, store.evidence(model_id)),
            )
        )
    return rows


def count_by(rows: Iterable[ModelRow], key: str) -> Counter[str]:
    """Models per provider; a model naming two providers counts for both."""
    counts: Counter[str] = Counter()
    for row in rows:
        counts.update(set(getattr(row, key)))
    return counts


# -- figures ---------------------------------------------------------------


class Palette:
    def __init__(self) -> None:
        self.assigned: dict[str, str] = dict(FIXED_COLOURS)
        self.spares = 0

    def colour(self, key: str) -> str:
        if key not in self.assigned:
            self.assigned[key] = SPARE_COLOURS[self.spares % len(SPARE_COLOURS)]
            self.spares += 1
        return self.assigned[key]


def svg_open(width: int, height: int, caption: str) -> str:
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" role="img" aria-label="{text(caption)}">'
    )


def plural(count: int, noun: str) -> str:
    return f"{count} {noun}" + ("" if count == 1 else "s")


def percent(part: int, whole: int) -> str:
    if not whole:
        return "-"
    if 0 < part < whole / 100:
        return "&lt;1%"
    return f"{100 * part / whole:.0f}%"


def bar_chart(
    rows: list[tuple[str, str, int]],
    total: int,
    palette: Palette,
    caption: str,
    full_scale: bool = False,
) -> str:
    """Horizontal bars: (colour key, label, count), each with its share of total.

    The longest bar fills the width, or with `full_scale` a bar of `total` does,
    so that charts side by side compare by share.
    """
    label_width, bar_width, row_height = 170, 300, 24
    width, height = label_width + bar_width + 90, row_height * len(rows) + 8
    peak = max((count for _, _, count in rows), default=0) or 1
    if full_scale:
        peak = max(total, 1)
    parts = [svg_open(width, height, caption)]
    for index, (key, label, count) in enumerate(rows):
        y = 4 + index * row_height
        length = bar_width * count / peak
        parts.append(
            f'<text x="{label_width - 8}" y="{y + 16}" text-anchor="end">'
            f"{text(label)}</text>"
            f'<rect x="{label_width}" y="{y + 4}" width="{length:.1f}" '
            f'height="{row_height - 8}" fill="{palette.colour(key)}"/>'
            f'<text x="{label_width + length + 6:.1f}" y="{y + 16}" class="n">'
            f"{count} ({percent(count, total)})</text>"
        )
    parts.append("</svg>")
    return "".join(parts)


def nice_step(peak: int) -> int:
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000):
        if peak / step <= 5:
            return step
    return max(1, peak // 5)


def stacked_columns(
    columns: list[tuple[str, Counter[str]]],
    keys: list[str],
    palette: Palette,
    caption: str,
    labels: dict[str, str] | None = None,
) -> str:
    """Vertical stacked columns (one per label, e.g. a year) with a legend."""
    labels = labels or {}
    left, top, plot_height, legend_width = 40, 10, 200, 170
    slot = max(18, min(48, 560 // max(1, len(columns))))
    width = left + slot * len(columns) + 20 + legend_width
    height = top + plot_height + 40
    peak = max((sum(counts.values()) for _, counts in columns), default=0) or 1
    step = nice_step(peak)
    ceiling = step * -(-peak // step)
    scale = plot_height / ceiling
    parts = [svg_open(width, max(height, 20 * len(keys) + 20), caption)]
    right = left + slot * len(columns)
    parts.extend(
        grid(left, right, top + plot_height, range(0, ceiling + 1, step), scale)
    )
    for index, (label, counts) in enumerate(columns):
        x = left + index * slot + slot * 0.15
        y: float = top + plot_height
        for key in keys:
            size = counts.get(key, 0) * scale
            if size:
                y -= size
                parts.append(
                    f'<rect x="{x:.1f}" y="{y:.1f}" width="{slot * 0.7:.1f}" '
                    f'height="{size:.1f}" fill="{palette.colour(key)}">'
                    f"<title>{text(label)}: {text(labels.get(key, key))} "
                    f"{counts[key]}</title></rect>"
                )
        rotate = len(columns) > 12
        label_x, label_y = x + slot * 0.35, top + plot_height + 14
        transform = (
            f' transform="rotate(-45 {label_x:.1f} {label_y})"' if rotate else ""
        )
        parts.append(
            f'<text x="{label_x:.1f}" y="{label_y}" '
            f'text-anchor="{"end" if rotate else "middle"}" class="n"{transform}>'
            f"{text(label)}</text>"
        )
    parts.append(legend(keys, palette, left + slot * len(columns) + 20, labels))
    parts.append("</svg>")
    return "".join(parts)


def grid(left: int, right: int, bottom: int, ticks: range, scale: float) -> list[str]:
    """Horizontal grid lines with their values on the left."""
    lines = []
    for tick in ticks:
        y = bottom - tick * scale
        lines.append(
            f'<line x1="{left}" x2="{right}" y1="{y:.1f}" y2="{y:.1f}" class="grid"/>'
            f'<text x="{left - 6}" y="{y + 4:.1f}" text-anchor="end" class="n">'
            f"{tick}</text>"
        )
    return lines


def legend(keys: list[str], palette: Palette, x: int, labels: dict[str, str]) -> str:
    items = []
    for index, key in enumerate(keys):
        y = 14 + index * 20
        items.append(
            f'<rect x="{x}" y="{y - 10}" width="12" height="12" '
            f'fill="{palette.colour(key)}"/>'
            f'<text x="{x + 18}" y="{y}">{text(labels.get(key, key))}</text>'
        )
    return "".join(items)


# -- sections --------------------------------------------------------------


def section(anchor: str, title: str, body: str) -> str:
    return f'<section id="{anchor}"><h2>{text(title)}</h2>{body}</section>'


def table(
    headers: list[str],
    rows: list[list[str]],
    numeric: tuple[int, ...] = (),
    css: str = "",
) -> str:
    """An HTML table; cells are already-escaped HTML, headers plain text.

    Columns whose index is in `numeric` are right-aligned.
    """
    head = "".join(f"<th>{text(header)}</th>" for header in headers)
    body = "".join(
        "<tr>"
        + "".join(
            f'<td class="n">{cell}</td>' if index in numeric else f"<td>{cell}</td>"
            for index, cell in enumerate(row)
        )
        + "</tr>"
        for row in rows
    )
    return (
        f'<table class="{css}"><thead><tr>{head}</tr></thead>'
        f"<tbody>{body}</tbody></table>"
    )


def ranked(counts: Counter[str], last: str) -> list[tuple[str, int]]:
    """Counts most first, with `last` (undisclosed, none stated) at the end."""
    items = sorted(
        ((key, count) for key, count in counts.items() if key != last),
        key=lambda item: (-item[1], item[0]),
    )
    if counts.get(last):
        items.append((last, counts[last]))
    return items


def share_figure_and_table(
    counts: Counter[str], total: int, last: str, palette: Palette, caption: str
) -> str:
    items = ranked(counts, last)
    bars = [(key, provider_label(key), count) for key, count in items]
    rows = [
        [text(provider_label(key)), f"<code>{text(key)}</code>", str(count)]
        + [percent(count, total)]
        for key, count in items
    ]
    return (
        '<div class="pair"><figure>'
        + bar_chart(bars, total, palette, caption)
        + f"<figcaption>{text(caption)}</figcaption></figure>"
        + table(["provider", "key", "models", "share"], rows, (2, 3))
        + "</div>"
    )


def training_section(rows: list[ModelRow], palette: Palette) -> str:
    total = len(rows)
    counts = count_by(rows, "training")
    levels = Counter(str(row.verdict.get("disclosure", "none")) for row in rows)
    order = [level for level in DISCLOSURE_LEVELS if level in levels]
    order += sorted(level for level in levels if level not in DISCLOSURE_LEVELS)
    level_bars = [(f"level:{level}", level, levels[level]) for level in order]
    for index, level in enumerate(DISCLOSURE_LEVELS):
        shade = ("#c4c4c4", "#c9d9ee", "#8fb3e0", "#4f86c9", "#1f4f8f")[index]
        palette.assigned.setdefault(f"level:{level}", shade)
    level_rows = [
        [text(level), str(count), percent(count, total)]
        for _, level, count in level_bars
    ]
    return section(
        "training",
        "1. Training hardware by provider",
        f"<p>{plural(total, 'model')}. A model whose evidence names two providers "
        "counts for each, so shares can sum past 100%. <em>Undisclosed</em>: no "
        "training provider found for the model itself.</p>"
        + share_figure_and_table(
            counts, total, UNDISCLOSED, palette, "Share of models by training provider"
        )
        + "<h3>Disclosure level</h3>"
        "<p>none: nothing said; implied: only code or environment shows it; "
        "provider: a vendor named; chip: a chip named; chip+count: chip and how "
        "many.</p>"
        '<div class="pair"><figure>'
        + bar_chart(level_bars, total, palette, "Models by disclosure level")
        + "<figcaption>Models by disclosure level</figcaption></figure>"
        + table(["disclosure", "models", "share"], level_rows, (1, 2))
        + "</div>",
    )


def heat(count: int, peak: int) -> str:
    if not count:
        return '<td class="zero">·</td>'
    alpha = 0.15 + 0.75 * count / peak
    return f'<td style="background: rgba(59, 120, 231, {alpha:.2f})">{count}</td>'


def labs_section(rows: list[ModelRow]) -> str:
    providers = [key for key, _ in ranked(count_by(rows, "training"), UNDISCLOSED)]
    by_org: dict[str, list[ModelRow]] = {}
    for row in rows:
        by_org.setdefault(row.org, []).append(row)
    cells: dict[str, Counter[str]] = {
        org: count_by(members, "training") for org, members in by_org.items()
    }
    peak = max((max(counts.values()) for counts in cells.values()), default=1)
    order = sorted(by_org, key=lambda org: (-len(by_org[org]), org.lower()))
    head = "".join(f"<th>{text(provider_label(key))}</th>" for key in providers)
    body = []
    for org in order:
        country = by_org[org][0].country
        body.append(
            f'<tr><th>{text(org)}</th><td class="country">{text(country)}</td>'
            f'<td class="n">{len(by_org[org])}</td>'
            + "".join(heat(cells[org].get(key, 0), peak) for key in providers)
            + "</tr>"
        )
    return section(
        "labs",
        "2. Labs by chip platform",
        f"<p>{plural(len(order), 'lab')} (the organisation in the model id, or the Hub "
        "author when known) × training provider; each cell counts the lab's "
        "models whose verdict names that provider.</p>"
        '<div class="scroll"><table class="heat"><thead><tr><th>lab</th>'
        f"<th>country</th><th>models</th>{head}</tr></thead>"
        f"<tbody>{''.join(body)}</tbody></table></div>",
    )


def countries_section(
    rows: list[ModelRow], countries: dict[str, str], palette: Palette
) -> str:
    panels = []
    for country in (US, CHINA):
        members = [row for row in rows if row.country == country]
        counts = count_by(members, "training")
        bars = [
            (key, provider_label(key), count)
            for key, count in ranked(counts, UNDISCLOSED)
        ]
        caption = f"{country}: {plural(len(members), 'model')} by training provider"
        chart = (
            bar_chart(bars, len(members), palette, caption, full_scale=True)
            if members
            else "<p>No models from this country's labs.</p>"
        )
        panels.append(
            f"<figure>{chart}<figcaption>{text(caption)}</figcaption></figure>"
        )
    return section(
        "countries",
        "3. US and Chinese labs side by side",
        "<p>A lab's country comes from <code>chipaudit/data/orgs.yaml</code>, a "
        f"hand-kept list of {len(countries)} well-known organisations and where "
        "they are based. Labs not in it are <em>unknown</em>: individuals, "
        "re-uploaders and organisations not yet placed. Both charts share one "
        "scale: a full bar is all of that country's models.</p>"
        f'<div class="pair">{"".join(panels)}</div>'
        + country_table(rows)
        + unknown_labs(rows),
    )


def country_table(rows: list[ModelRow]) -> str:
    groups: dict[str, list[ModelRow]] = {}
    for row in rows:
        groups.setdefault(row.country, []).append(row)
    order = sorted(groups, key=lambda c: (c == UNKNOWN_COUNTRY, -len(groups[c]), c))
    body = []
    for country in order:
        members = groups[country]
        counts = count_by(members, "training")
        named = ", ".join(
            f"{provider_label(key)} {count}"
            for key, count in ranked(counts, UNDISCLOSED)
            if key != UNDISCLOSED
        )
        body.append(
            [
                text(country),
                str(len(members)),
                percent(counts.get(UNDISCLOSED, 0), len(members)),
                text(named or "-"),
            ]
        )
    return table(
        ["country", "models", "undisclosed", "training providers"], body, (1, 2)
    )


def unknown_labs(rows: list[ModelRow]) -> str:
    unknown = sorted({row.org for row in rows if row.country == UNKNOWN_COUNTRY})
    if not unknown:
        return ""
    return (
        f"<p>Labs with unknown country ({len(unknown)}): "
        + ", ".join(text(org) for org in unknown)
        + ".</p>"
    )


def inference_section(rows: list[ModelRow], palette: Palette) -> str:
    total = len(rows)
    return section(
        "inference",
        "4. Inference hardware",
        "<p>Providers the model's own documents name for running it (serving "
        "examples, deployment notes, supported devices). <em>None stated</em>: "
        "no inference evidence.</p>"
        + share_figure_and_table(
            count_by(rows, "inference"),
            total,
            NO_INFERENCE,
            palette,
            "Share of models by inference provider",
        ),
    )


def trends_section(rows: list[ModelRow], palette: Palette) -> str:
    dated = [row for row in rows if row.year is not None]
    if not dated:
        return section(
            "trends",
            "5. Trends over time",
            "<p>The store holds no creation dates for these models, so there is "
            "no trend to show. Snapshot runs carry no Hub metadata; a live run "
            "(<code>chipaudit run --top N</code>) records each model's "
            "<code>created_at</code>.</p>",
        )
    by_year: dict[int, Counter[str]] = {}
    for row in dated:
        by_year.setdefault(row.year or 0, Counter()).update(set(row.training))
    keys = [key for key, _ in ranked(count_by(dated, "training"), UNDISCLOSED)]
    columns = [(str(year), by_year[year]) for year in sorted(by_year)]
    labels = {key: provider_label(key) for key in keys}
    caption = "Models by creation year and training provider"
    missing = len(rows) - len(dated)
    note = f" {plural(missing, 'model')} without a date left out." if missing else ""
    return section(
        "trends",
        "5. Trends over time",
        f"<p>{plural(len(dated), 'model')} by the year they were created on the "
        f"Hub.{note}</p>"
        f"<figure>{stacked_columns(columns, keys, palette, caption, labels)}"
        f"<figcaption>{text(caption)}</figcaption></figure>",
    )


def top_keys(counts: Counter[str], limit: int) -> tuple[list[str], dict[str, str]]:
    """The `limit` largest keys plus "other", and a map folding the rest into it."""
    keys = [key for key, _ in counts.most_common(limit)]
    fold = {key: key if key in keys else "other" for key in counts}
    if len(counts) > limit:
        keys.append("other")
    return keys, fold


def folded(counts: Counter[str], fold: dict[str, str]) -> Counter[str]:
    result: Counter[str] = Counter()
    for key, count in counts.items():
        result[fold.get(key, "other")] += count
    return result


def epoch_section(data: EpochData, palette: Palette) -> str:
    notes = "".join(f"<li>{text(note)}</li>" for note in data.notes)
    parts = [
        f"<p>From Epoch AI's public data in <code>{text(data.directory)}</code>: "
        f"{data.notable_models} notable models, {data.notable_with_hardware} of "
        "them with their training hardware named. A model trained on two kinds "
        "of hardware counts for each.</p>",
        f'<ul class="notes">{notes}</ul>' if notes else "",
    ]
    if data.by_manufacturer:
        total = sum(data.by_manufacturer.values())
        keys, fold = top_keys(data.by_manufacturer, 6)
        merged = folded(data.by_manufacturer, fold)
        bars = [(key, key, merged[key]) for key in keys]
        caption = "Hardware named for notable models, by manufacturer"
        parts.append(
            f"<figure>{bar_chart(bars, total, palette, caption)}"
            f"<figcaption>{text(caption)} (share of hardware mentions)"
            "</figcaption></figure>"
        )
        columns = [
            (str(year), folded(data.by_year[year], fold))
            for year in sorted(data.by_year)
        ]
        caption = "Hardware named for notable models, by publication year"
        if columns:
            parts.append(
                f"<figure>{stacked_columns(columns, keys, palette, caption)}"
                f"<figcaption>{text(caption)}</figcaption></figure>"
            )
    parts.append(epoch_countries(data))
    parts.append(hardware_table(data))
    return section("epoch", "6. Epoch AI public data", "".join(parts))


def epoch_countries(data: EpochData) -> str:
    us, china = data.by_country.get(EPOCH_US), data.by_country.get(CHINA)
    if not us and not china:
        return ""
    both = (us or Counter()) + (china or Counter())
    rows = []
    for maker, _ in both.most_common(8):
        cells = [text(maker)]
        for counts in (us or Counter(), china or Counter()):
            whole = sum(counts.values())
            cells.append(f"{counts.get(maker, 0)} ({percent(counts[maker], whole)})")
        rows.append(cells)
    return (
        "<h3>Large-scale models: US and Chinese organisations</h3>"
        f"<p>{data.large_scale_models} large-scale models; hardware mentions by "
        "manufacturer for organisations Epoch places in each country.</p>"
        + table(["manufacturer", "United States", "China"], rows, (1, 2))
    )


def hardware_table(data: EpochData) -> str:
    if not data.manufacturers:
        return ""
    rows = []
    for maker in data.manufacturers:
        years = f"{maker.first_year}–{maker.last_year}" if maker.first_year else "-"
        kinds = ", ".join(kind for kind, _ in maker.types.most_common())
        rows.append(
            [text(maker.name), str(maker.count), text(kinds or "-"), years]
            + [text(maker.latest or "-")]
        )
    return "<h3>ML hardware by manufacturer</h3>" + table(
        ["manufacturer", "entries", "types", "released", "latest"], rows, (1,)
    )


def chips_cell(verdict: dict[str, Any]) -> str:
    chips = ", ".join(verdict.get("training_chips") or [])
    count = verdict.get("training_count")
    if count:
        chips = f"{chips} ×{count}" if chips else f"×{count}"
    return text(chips or "-")


def evidence_cell(row: dict[str, Any] | None) -> str:
    if row is None:
        return '<span class="muted">no evidence</span>'
    quote_text = str(row.get("quote", ""))
    if len(quote_text) > QUOTE_CHARS:
        quote_text = quote_text[: QUOTE_CHARS - 1] + "…"
    where = f"{row.get('document_key', '')}:{row.get('line', '')}"
    url = document_url(str(row.get("document_key", "")), row.get("line"))
    return (
        f"<q>{text(quote_text)}</q><br>"
        f'<span class="where">[{text(row.get("phase", ""))}] '
        f"{link(url, text(where))}</span>"
    )


def providers_cell(providers: list[str]) -> str:
    return text(", ".join(provider_label(key) for key in providers) or "-")


def models_section(rows: list[ModelRow]) -> str:
    body = []
    for row in rows:
        verdict = row.verdict
        confidence = verdict.get("confidence")
        body.append(
            [
                link(model_url(row.model_id), text(row.model_id)),
                providers_cell(verdict.get("training_providers") or [])
                if verdict.get("training_providers")
                else f'<span class="muted">{UNDISCLOSED}</span>',
                chips_cell(verdict),
                text(verdict.get("disclosure", "")),
                providers_cell(verdict.get("inference_providers") or []),
                f"{confidence:.2f}" if isinstance(confidence, int | float) else "-",
                evidence_cell(row.evidence),
            ]
        )
    headers = [
        "model",
        "training providers",
        "chips",
        "disclosure",
        "inference providers",
        "confidence",
        "first evidence",
    ]
    return section(
        "models",
        "7. Every model",
        "<p>The first evidence row that backs each verdict, quoted as stored, "
        "with the document key and line it came from.</p>"
        + table(headers, body, (5,), "models"),
    )


# -- the page --------------------------------------------------------------

STYLE = """
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif;
       color: #222; margin: 0 auto; max-width: 1200px; padding: 16px 24px; }
h1 { font-size: 24px; margin-bottom: 4px; }
h2 { font-size: 19px; border-bottom: 2px solid #3b78e7; padding-bottom: 4px;
     margin-top: 36px; }
h3 { font-size: 15px; margin-top: 22px; }
nav a { margin-right: 12px; }
a { color: #1f5fbf; }
table { border-collapse: collapse; margin: 8px 0; font-size: 13px; }
th, td { border: 1px solid #ddd; padding: 3px 7px; text-align: left;
         vertical-align: top; }
thead th { background: #f3f5f8; }
td.n { text-align: right; white-space: nowrap; }
table.heat td { text-align: center; min-width: 28px; }
table.heat td.zero { color: #ccc; }
table.heat tbody th, table.heat td.country { font-weight: normal; white-space: nowrap;
    text-align: left; }
table.heat thead th { font-size: 12px; vertical-align: bottom; }
table.models { width: 100%; }
table.models td:first-child { overflow-wrap: anywhere; min-width: 190px; }
table.models td:last-child { overflow-wrap: anywhere; min-width: 340px; }
table.models q { color: #333; }
.where { color: #666; font-size: 12px; word-break: break-all; }
.muted { color: #999; }
.pair { display: flex; flex-wrap: wrap; gap: 24px; align-items: flex-start; }
.scroll { overflow-x: auto; }
figure { margin: 8px 0; }
figcaption { color: #555; font-size: 12px; }
svg text { font: 12px system-ui, sans-serif; fill: #222; }
svg text.n { fill: #555; }
svg line.grid { stroke: #e3e3e3; }
ul.notes { color: #8a5a00; }
"""

SECTIONS = (
    ("training", "Training"),
    ("labs", "Labs"),
    ("countries", "US vs China"),
    ("inference", "Inference"),
    ("trends", "Trends"),
    ("epoch", "Epoch AI"),
    ("models", "Models"),
)


def render_report(store: Store, epoch_dir: Path | None = None) -> str:
    """The whole report as one HTML document."""
    countries = load_org_countries()
    epoch = load_epoch(epoch_dir) if epoch_dir else None
    return render_rows(gather(store, countries), countries, store.path, epoch)


@dataclass
class Written:
    """What `write_report` wrote: how many verdicts, and notes on the Epoch AI
    files it could not use (missing, unreadable, lacking a column)."""

    models: int
    epoch_notes: list[str]


def write_report(store: Store, out: Path, epoch_dir: Path | None = None) -> Written:
    """Write the report to `out`."""
    countries = load_org_countries()
    rows = gather(store, countries)
    epoch = load_epoch(epoch_dir) if epoch_dir else None
    page = render_rows(rows, countries, store.path, epoch)
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(page, encoding="utf-8")
    except OSError as error:
        raise OutputUnwritable.from_os_error(out, error) from error
    return Written(len(rows), epoch.notes if epoch else [])


def render_rows(
    rows: list[ModelRow],
    countries: dict[str, str],
    store_path: Path,
    epoch: EpochData | None,
) -> str:
    palette = Palette()
    body = [
        header(rows, store_path),
        training_section(rows, palette),
        labs_section(rows),
        countries_section(rows, countries, palette),
        inference_section(rows, palette),
        trends_section(rows, palette),
        epoch_section(epoch, palette) if epoch else NO_EPOCH,
        models_section(rows),
    ]
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        "<title>chipaudit report</title>"
        f"<style>{STYLE}</style></head><body>{''.join(body)}</body></html>\n"
    )


NO_EPOCH = section(
    "epoch",
    "6. Epoch AI public data",
    "<p>Not included: pass <code>--epoch DIR</code> with Epoch AI's CSV files to "
    "compare against their notable-models data.</p>",
)


def header(rows: list[ModelRow], store_path: Path) -> str:
    versions = sorted({str(row.verdict.get("classifier_version", "")) for row in rows})
    generated = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    nav = "".join(f'<a href="#{anchor}">{name}</a>' for anchor, name in SECTIONS)
    empty = (
        ""
        if rows
        else "<p><strong>The store holds no verdicts:</strong> run "
        "<code>chipaudit run</code> first.</p>"
    )
    return (
        "<h1>chipaudit report</h1>"
        f"<p>{plural(len(rows), 'verdict')} from <code>{text(store_path.name)}</code>, "
        f"classifier {text(', '.join(versions) or '-')}, generated {generated}.</p>"
        f"<nav>{nav}</nav>{empty}"
    )
