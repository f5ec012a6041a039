"""Model card parsing: YAML front matter and lineage (base models, datasets).

Consumes a card's text, produces its metadata and body. A broken front matter
never raises: the card is kept as text and the fault is reported as a warning.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import yaml

FRONT_MATTER_FENCE = "---"


@dataclass
class Card:
    """A model card split into metadata and body."""

    metadata: dict[str, Any] = field(default_factory=dict)
    body: str = ""
    body_offset: int = 0
    warning: str = ""

    @property
    def base_models(self) -> list[str]:
        return id_list(self.metadata.get("base_model"))

    @property
    def datasets(self) -> list[str]:
        return id_list(self.metadata.get("datasets"))


def parse_card(text: str) -> Card:
    """Split front matter from the body; tolerate every malformed shape."""
    stripped = text.lstrip("\ufeff")
    lead = len(text) - len(stripped)
    if not stripped.startswith(FRONT_MATTER_FENCE):
        return Card(body=text)
    end = stripped.find("\n" + FRONT_MATTER_FENCE, len(FRONT_MATTER_FENCE))
    if end < 0:
        return Card(body=text, warning="front matter has no closing ---")
    raw = stripped[len(FRONT_MATTER_FENCE) : end]
    body_start = lead + end + 1 + len(FRONT_MATTER_FENCE)
    body = text[body_start:]
    try:
        loaded = yaml.safe_load(raw)
    except yaml.YAMLError as error:
        reason = str(error).splitlines()[0]
        return Card(body=body, body_offset=body_start, warning=f"bad YAML: {reason}")
    if loaded is None:
        loaded = {}
    if not isinstance(loaded, dict):
        return Card(
            body=body, body_offset=body_start, warning="front matter is not a mapping"
        )
    return Card(metadata=loaded, body=body, body_offset=body_start)


def id_list(value: object) -> list[str]:
    """Hub ids from a metadata value that may be a string, a list or missing."""
    if value is None:
        return []
    items = [value] if isinstance(value, str) else value
    if not isinstance(items, list):
        return []
    cleaned: list[str] = []
    for item in items:
        if not isinstance(item, str):
            continue
        name = item.strip().strip("'\"").strip()
        if len(name) > 1 and name not in cleaned:
            cleaned.append(name)
    return cleaned
