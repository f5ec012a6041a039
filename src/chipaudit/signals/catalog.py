"""The signal catalog (catalog.yaml, contexts.yaml) compiled into matchers.

Consumes the YAML shipped in this package; produces `Term` matchers and
`find_mentions(text)`, every place a tracked provider is named in a text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import yaml

TRACKED_PROVIDERS = (
    "nvidia",
    "amd",
    "intel",
    "google_tpu",
    "apple",
    "aws",
    "qualcomm",
    "huawei_ascend",
    "cambricon",
    "baidu_kunlun",
    "moore_threads",
    "iluvatar",
    "hygon",
    "metax",
)
# The tracked providers whose chips are made in China (the last seven).
CHINESE_PROVIDERS = TRACKED_PROVIDERS[TRACKED_PROVIDERS.index("huawei_ascend") :]
KINDS = ("name", "chip", "code")
# ASCII-only boundaries, checked after matching (lookarounds in the patterns
# would make every scan several times slower): a CJK character next to a term
# is a boundary, a Latin letter or digit is not (`\b` fails both ways in mixed
# text), and a term that starts or ends with a CJK character needs no boundary
# on that side ("英伟达GPU").
WORD_CHARS = frozenset(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_"
)
CONTEXT_WINDOW = 200


@dataclass(frozen=True)
class Term:
    provider: str
    kind: str
    pattern: re.Pattern[str]
    chip: str = ""
    not_before: re.Pattern[str] | None = None
    not_after: re.Pattern[str] | None = None
    require_before: re.Pattern[str] | None = None
    require_after: re.Pattern[str] | None = None
    require_context: re.Pattern[str] | None = None
    require_document: re.Pattern[str] | None = None


@dataclass(frozen=True)
class Mention:
    """One place a provider is named: its span in the text and what it says."""

    provider: str
    kind: str
    chip: str
    start: int
    end: int
    text: str


def _load(name: str) -> dict[str, Any]:
    raw = resources.files("chipaudit.signals").joinpath(name).read_text("utf-8")
    loaded: dict[str, Any] = yaml.safe_load(raw)
    return loaded


def _compile(spec: str | None, case: bool = False) -> re.Pattern[str] | None:
    if not spec:
        return None
    return re.compile(spec, 0 if case else re.I)


@cache
def terms() -> tuple[Term, ...]:
    compiled: list[Term] = []
    for provider, entry in _load("catalog.yaml")["providers"].items():
        for spec in entry["terms"]:
            if spec["kind"] not in KINDS:
                raise ValueError(f"catalog: {provider} term has kind {spec['kind']}")
            case = bool(spec.get("case"))
            pattern = re.compile(longest_first(spec["re"]), 0 if case else re.I)
            compiled.append(
                Term(
                    provider=provider,
                    kind=spec["kind"],
                    pattern=pattern,
                    chip=spec.get("chip", ""),
                    not_before=_compile(_anchor_end(spec.get("not_before"))),
                    not_after=_compile(_anchor_start(spec.get("not_after"))),
                    require_before=_compile(_anchor_end(spec.get("require_before"))),
                    require_after=_compile(_anchor_start(spec.get("require_after"))),
                    require_context=_compile(spec.get("require_context")),
                    require_document=_compile(spec.get("require_document")),
                )
            )
    return tuple(compiled)


@cache
def contexts() -> dict[str, re.Pattern[str]]:
    """Named context patterns (phase cues, disqualifiers) from contexts.yaml."""
    compiled: dict[str, re.Pattern[str]] = {}
    for name, patterns in _load("contexts.yaml").items():
        joined = "|".join(f"(?:{pattern})" for pattern in patterns)
        compiled[name] = re.compile(joined, re.I)
    return compiled


@cache
def compute_names() -> dict[str, re.Pattern[str]]:
    """Compute providers by the one name a verdict records (compute.yaml)."""
    return {
        str(name): re.compile("|".join(f"(?:{spec})" for spec in specs))
        for name, specs in _load("compute.yaml").items()
    }


@cache
def confidence_table() -> dict[str, float]:
    """Confidence by the basis of a verdict (confidence.yaml)."""
    return {str(k): float(v) for k, v in _load("confidence.yaml").items()}


def longest_first(spec: str) -> str:
    """The regex with its top-level alternatives longest first: Python takes
    the first alternative that matches, and a short one ("MLX") would win over
    a longer one ("mlx_lm") and then fail the word-boundary check."""
    alternatives = _alternatives(spec)
    if len(alternatives) == 1:
        return spec
    return "|".join(sorted(alternatives, key=len, reverse=True))


def _alternatives(spec: str) -> list[str]:
    """Split a regex on its top-level `|` (not inside groups or classes)."""
    parts: list[str] = []
    depth, in_class, start, index = 0, False, 0, 0
    while index < len(spec):
        char = spec[index]
        if char == "\\":
            index += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(spec[start:index])
            start = index + 1
        index += 1
    parts.append(spec[start:])
    return parts


def _anchor_end(spec: str | None) -> str | None:
    if not spec:
        return None
    return spec if spec.endswith("$") else f"(?:{spec})$"


def _anchor_start(spec: str | None) -> str | None:
    return f"^(?:{spec})" if spec else None


def find_mentions(text: str) -> list[Mention]:
    """Every mention of a tracked (or other) provider, in order of position."""
    found: list[Mention] = []
    for term in terms():
        if term.require_document and not term.require_document.search(text):
            continue
        for hit in term.pattern.finditer(text):
            if _qualifies(term, text, hit.start(), hit.end()):
                found.append(_mention(term, hit))
    return _drop_nested(found)


def _bounded(text: str, start: int, end: int) -> bool:
    """No ASCII word character touches an ASCII end of the hit; a plural "s"
    after a model number ("4 A100s") is allowed."""
    if text[start] in WORD_CHARS and start and text[start - 1] in WORD_CHARS:
        # "8xH100": a count glued to the chip by an x is still a boundary.
        glued = text[start - 1] in "xX" and start > 1 and text[start - 2].isdigit()
        if not glued:
            return False
    if text[end - 1] not in WORD_CHARS or end >= len(text):
        return True
    if text[end] not in WORD_CHARS:
        return True
    plural = text[end] == "s" and (text[end - 1].isdigit() or text[end - 1].isupper())
    return plural and (end + 1 >= len(text) or text[end + 1] not in WORD_CHARS)


def _qualifies(term: Term, text: str, start: int, end: int) -> bool:
    if start == end or not _bounded(text, start, end):
        return False
    before = text[max(0, start - 40) : start]
    after = text[end : end + 40]
    if term.not_before and term.not_before.search(before):
        return False
    if term.not_after and term.not_after.search(after):
        return False
    if term.require_before and not term.require_before.search(before):
        return False
    if term.require_after and not term.require_after.search(after):
        return False
    if term.require_context:
        window = text[max(0, start - CONTEXT_WINDOW) : end + CONTEXT_WINDOW]
        if not term.require_context.search(window):
            return False
    return True


def _mention(term: Term, hit: re.Match[str]) -> Mention:
    chip = term.chip
    if "{1}" in chip:
        # {1}: the first group that matched; {2}: the second group, if any.
        group = next((g for g in hit.groups() if g), "")
        chip = chip.replace("{1}", re.sub(r"\s+", " ", group).strip())
        second = hit.group(2) if len(hit.groups()) > 1 else ""
        chip = chip.replace("{2}", second or "").strip()
    return Mention(term.provider, term.kind, chip, hit.start(), hit.end(), hit.group())


def _drop_nested(mentions: list[Mention]) -> list[Mention]:
    """Of two mentions of one provider and kind where one holds the other, keep
    the longer: "Mk2 IPUs" is one chip, not two."""
    ordered = sorted(mentions, key=lambda m: (m.start, -(m.end - m.start)))
    kept: list[Mention] = []
    # Every kept mention starts at or before the current one, so it is held by
    # one of them exactly when it ends before the furthest end of its kind.
    furthest: dict[tuple[str, str], int] = {}
    for mention in ordered:
        key = (mention.provider, mention.kind)
        if mention.end <= furthest.get(key, -1):
            continue
        kept.append(mention)
        furthest[key] = max(furthest.get(key, -1), mention.end)
    return kept
