"""Which model a passage is about: this one, its family, or another model.

Consumes a model id, the names of the other models in the store and a passage
(the unit around a mention plus the list item or heading above it); produces
`self`, `family` or `other`. Names are compared as token runs, so "OLMo 7B
Twin", "OLMo-7B-Twin-2T" and "olmo_7b_twin" line up.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# Non-ASCII runs (Chinese prose) are tokens too, so names on either side of
# them are never read as one name.
TOKEN = re.compile(r"[A-Za-z0-9]+(?:\.[0-9]+)*|[^\x00-\x7f]+")
# Suffixes that name a packaging or tuning of one model, not another model.
VARIANT_TOKENS = frozenset(
    "instruct chat base hf it sft dpo rlhf gguf awq gptq mlx onnx 4bit 8bit int4"
    " int8 fp8 fp16 bf16 q4 q8 k m s uncased cased en zh multilingual v1 v2 v3"
    " thinking preview".split()
)
SELF, FAMILY, OTHER = "self", "family", "other"


def tokens(name: str) -> list[str]:
    """Lower-case name tokens: "Qwen2.5-7B-Instruct" → ["qwen2.5", "7b", "instruct"]."""
    return [token.lower() for token in TOKEN.findall(name)]


def core_tokens(name: str) -> list[str]:
    """A model name without trailing packaging suffixes."""
    found = tokens(name)
    while len(found) > 1 and found[-1] in VARIANT_TOKENS:
        found.pop()
    return found


@dataclass
class Naming:
    """The names that decide attribution for one model."""

    model_id: str
    own: list[str]
    stem: list[str]
    others: list[list[str]] = field(default_factory=list)
    _cased: list[str] = field(default_factory=list, repr=False)

    @classmethod
    def for_model(cls, model_id: str, other_ids: list[str], repos: list[str]) -> Naming:
        name = model_id.split("/")[-1]
        own = core_tokens(name)
        others = [
            core_tokens(other.split("/")[-1])
            for other in other_ids
            if other.split("/")[-1].lower() != name.lower()
        ]
        return cls(model_id, own, family_stem(own, repos), [o for o in others if o])

    def about(self, passage: str, *, default: str = SELF) -> str:
        """self, family or other: who the passage speaks of."""
        words = tokens(passage)
        self._cased = TOKEN.findall(passage)
        mine = best_run(self.own, words)
        theirs = max((best_run(other, words) for other in self.others), default=0)
        if mine == 0 and theirs == 0:
            sibling = self._sibling_named(words)
            return OTHER if sibling else default
        if theirs > mine:
            return OTHER
        if theirs == mine and self._other_complete(words, mine):
            return OTHER
        if mine >= len(self.own):
            return SELF
        if mine <= len(self.stem):
            return FAMILY if not self._diverges(words) else OTHER
        # Part of our name, past the family stem: ours when it beats a known
        # sibling ("OLMo 7B Twin" over "OLMo 7B"), else an unknown variant.
        return SELF if theirs > 0 else OTHER

    def _other_complete(self, words: list[str], length: int) -> bool:
        return any(
            len(other) == length and best_run(other, words) == length
            for other in self.others
        )

    def _diverges(self, words: list[str]) -> bool:
        """The stem is named but continued by a token that is not ours:
        "Qianfan-OCR" for Qianfan-VL-8B."""
        size = len(self.stem)
        for start in _starts(self.stem, words):
            following = words[start + size : start + size + 1]
            cased = self._cased[start + size] if following else ""
            if following and _name_like(cased) and following[0] not in self.own:
                return True
        return False

    def _sibling_named(self, words: list[str]) -> bool:
        return bool(self.stem) and self._diverges(words)


def family_stem(own: list[str], repos: list[str]) -> list[str]:
    """The shared leading tokens of the model name and its repository names,
    or the first token when no repository shares them."""
    best: list[str] = own[:1]
    for repo in repos:
        shared = _common_prefix(own, core_tokens(repo.split("/")[-1]))
        if len(shared) > len(best):
            best = shared
    return best if len(best) < len(own) else own[:-1] or own


def best_run(name: list[str], words: list[str]) -> int:
    """Length of the longest leading run of `name` found in `words`."""
    best = 0
    for start in _starts(name[:1], words):
        length = 0
        while (
            length < len(name)
            and start + length < len(words)
            and words[start + length] == name[length]
        ):
            length += 1
        best = max(best, length)
    return best


def _starts(prefix: list[str], words: list[str]) -> list[int]:
    size = len(prefix)
    return [i for i in range(len(words) - size + 1) if words[i : i + size] == prefix]


def _common_prefix(left: list[str], right: list[str]) -> list[str]:
    shared: list[str] = []
    for a, b in zip(left, right, strict=False):
        if a != b:
            break
        shared.append(a)
    return shared


COMMON_WORDS = frozenset(
    "is are was were the a an and or of for to in on with by model models is has"
    " have which that this its from as at be can will series family variants".split()
)


def _name_like(token: str) -> bool:
    """A token that could continue a model name: capitalised or with a digit
    ("OCR", "Mini", "7B"), not an ordinary lower-case word."""
    if not token.isascii() or token.lower() in COMMON_WORDS:
        return False
    return any(char.isdigit() for char in token) or token[:1].isupper()
