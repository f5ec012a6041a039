"""Which model a passage is about: this one, its family, or another model.

Consumes a model id, the names of the other models in the store and a passage
(the unit around a mention plus the list item or heading above it); produces
`self`, `family` or `other`. Names are compared as token runs, so "OLMo 7B
Twin", "OLMo-7B-Twin-2T" and "olmo_7b_twin" line up, and a version glued to a
name is its own token ("TeleChat2.5" is telechat + 2.5, not TeleChat2).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# Non-ASCII runs (Chinese prose) are tokens too, so names on either side of
# them are never read as one name.
# Punctuation that ends a name ("|" of a table, "," of a list) is a token too.
TOKEN = re.compile(r"[A-Za-z0-9]+(?:\.[0-9]+[A-Za-z]*)*|[^\x00-\x7f]+|[|,;:()\[\]!?]")
JOINERS = ("-", "_", "")
# A version glued to a word of three or more letters: "Qwen2.5", "gpt2".
GLUED_VERSION = re.compile(r"^([A-Za-z]{3,}?)v?(\d+(?:\.\d+)*)$")
VERSION = re.compile(r"^v?(\d+(?:\.\d+)*?)(?:\.0)*$", re.I)
# Suffixes that name a packaging or tuning of one model, not another model.
VARIANT_TOKENS = frozenset(
    "instruct chat base hf it sft dpo rlhf gguf awq gptq mlx onnx 4bit 8bit int4"
    " int8 fp8 fp16 bf16 q4 q8 uncased cased en zh multilingual"
    " thinking preview jax flax pytorch tf keras diffusers".split()
)
COMMON_WORDS = frozenset(
    "is are was were the a an and or of for to in on with by model models has"
    " have which that this its from as at be can will series family variants"
    " version versions checkpoint checkpoints llm llms ai team".split()
)
SELF, FAMILY, OTHER = "self", "family", "other"
SEEN_LIMIT = 20_000
# A name followed by these speaks of a family: "all Foo 3 models".
FAMILY_WORDS = frozenset("models family series variants checkpoints sizes".split())
OWNER_PREFIX = re.compile(r"(?<![\w/.-])[A-Za-z0-9][\w.-]*/(?=[A-Za-z0-9])")
# Words that name a size of a family ("foo-embed-base-v2" is the base size).
SIZE_WORDS = frozenset(
    "tiny mini small base medium large xl xxl huge giant nano micro lite".split()
)


def cased_tokens(text: str) -> list[str]:
    """Tokens as written; one joined to the previous by "-", "_" or nothing
    is marked with a leading "-" ("bge-base" → "bge", "-base")."""
    found: list[str] = []
    last_end = -1
    for hit in TOKEN.finditer(text):
        joined = last_end >= 0 and text[last_end : hit.start()] in JOINERS
        glued = GLUED_VERSION.match(hit.group())
        parts = list(glued.groups()) if glued else [hit.group()]
        found.append(("-" if joined else "") + parts[0])
        found.extend("-" + part for part in parts[1:])
        last_end = hit.end()
    return found


def tokens(name: str) -> list[str]:
    """Lower-case name tokens: "Qwen2.5-7B-Instruct" → qwen, 2.5, 7b, instruct;
    versions compare as numbers ("v2", "2" and "2.0" are one token)."""
    return [_normal(token) for token in cased_tokens(name)]


def _normal(token: str) -> str:
    token = token.lower().lstrip("-")
    version = VERSION.match(token)
    return version.group(1) if version else token


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
    # The base models' names (from card metadata) that differ from ours.
    bases: list[list[str]] = field(default_factory=list)
    # The whole name, packaging suffixes included ("foo 7b instruct").
    full: list[str] = field(default_factory=list)
    # The base models' names without separators ("stablediffusionv15").
    squashed_bases: list[str] = field(default_factory=list)
    _seen: dict[str, list[str]] = field(default_factory=dict, repr=False)

    @classmethod
    def for_model(
        cls,
        model_id: str,
        other_ids: list[str],
        repos: list[str],
        base_models: list[str] | None = None,
    ) -> Naming:
        name = model_id.split("/")[-1]
        own = core_tokens(name)
        others = [
            core_tokens(other.split("/")[-1])
            for other in other_ids
            if other.split("/")[-1].lower() != name.lower()
        ]
        known = [other for other in others if other and other[0] == own[0]]
        bases = [core_tokens(base.split("/")[-1]) for base in base_models or []]
        bases = [base for base in bases if len(base) > 1 and base != own]
        full = tokens(name)
        squashed = [
            _squash(base.split("/")[-1])
            for base in base_models or []
            if core_tokens(base.split("/")[-1]) in bases
        ]
        stem = family_stem(own, repos)
        return cls(model_id, own, stem, known, bases, full, squashed)

    def about(self, passage: str, *, default: str = SELF) -> str:
        """self, family or other: who the passage speaks of."""
        kinds = self.mentions(passage)
        if SELF in kinds:
            return SELF
        if self.bases and self.names_a_base(passage):
            return OTHER
        if FAMILY in kinds:
            return FAMILY
        if OTHER in kinds:
            return OTHER
        return default

    def mentions(self, passage: str | list[str]) -> list[str]:
        """The kind of every place the passage (text, or its `cased_tokens`)
        names this model's family."""
        if isinstance(passage, str):
            # Headings and list items are asked about once per mention below
            # them: remember the short passages.
            if passage not in self._seen:
                if len(self._seen) > SEEN_LIMIT:
                    self._seen.clear()
                # "owner/name" speaks of name: the owner is no part of it.
                bare = OWNER_PREFIX.sub("", passage)
                self._seen[passage] = self._mentions(cased_tokens(bare))
            return self._seen[passage]
        return self._mentions(passage)

    def _mentions(self, cased: list[str]) -> list[str]:
        if self.own[0] not in {_normal(token) for token in cased}:
            return []
        words = [_normal(token) for token in cased]
        return [
            self._kind(words, cased, start)
            for start, word in enumerate(words)
            if word == self.own[0]
        ]

    def _kind(self, words: list[str], cased: list[str], start: int) -> str:
        full = self.full
        if _run(full, words, start) == len(full):
            after = cased[start + len(full)] if start + len(full) < len(cased) else ""
            # "Foo-7B-Instruct" when a card names both it and Foo-7B; "Foo-V3"
            # itself beside a sibling "Foo-V3-Base" (not "Foo-V3-Base").
            if len(full) > len(self.own) or not _name_like(after):
                return SELF
        matched = _run(self.own, words, start)
        following = cased[start + matched] if start + matched < len(cased) else ""
        theirs = max((_run(other, words, start) for other in self.others), default=0)
        if theirs > matched or self._other_complete(words, start, matched):
            return OTHER
        if matched == len(self.own):
            extends = _normal(following)
            joined = following.startswith("-")
            if _name_like(following) and joined and extends not in VARIANT_TOKENS:
                return OTHER
            return SELF
        if _name_like(following) and _normal(following) != self.own[matched]:
            return self._shortened(words, cased, start) or OTHER
        if matched <= len(self.stem) or _normal(following) in FAMILY_WORDS:
            return FAMILY
        # Part of our name past the family stem: ours when it beats a known
        # sibling ("OLMo 7B Twin" over "OLMo 7B"); the series when only sizes
        # of ours are left out ("Forge 3.1" for Forge-3.1-8B); else an
        # unknown variant ("OLMo 7B" for OLMo-7B-Twin).
        if 0 < theirs < matched:
            return SELF
        rest = self.own[matched:]
        return FAMILY if rest and all(_is_size(word) for word in rest) else OTHER

    def _shortened(self, words: list[str], cased: list[str], start: int) -> str:
        """Our name with words left out: "foo-embed-v2" for foo-embed-base-v2
        speaks of the family (a size word left out), "pretrain_foo_3b" for
        foo-lm-3b of this model. A left-out version ("foo-7b" for foo-1.5-7b)
        is an older model, not ours: nothing is returned."""
        run = [words[start]]
        for index in range(start + 1, len(cased)):
            if not cased[index].startswith("-"):
                break
            run.append(words[index])
        while len(run) > 1 and run[-1] in VARIANT_TOKENS:
            run.pop()
        skipped = _skipped(run, self.own)
        if skipped is None or len(run) < 2 or not skipped:
            return ""
        if any(any(char.isdigit() for char in word) for word in skipped):
            return ""
        return FAMILY if set(skipped) & SIZE_WORDS else SELF

    def names_self(self, passage: str) -> bool:
        return SELF in self.mentions(passage)

    def names_sibling(self, passage: str) -> bool:
        """The passage names a known sibling in full (not a base model)."""
        words = tokens(passage)
        for start in range(len(words)):
            ours = _run(self.own, words, start)
            for name in self.others:
                if len(name) >= ours and _run(name, words, start) == len(name):
                    return True
        return False

    def names_a_base(self, passage: str) -> bool:
        """The passage names a base model in full ("Llama 2 7B was trained on",
        "Stable Diffusion v1.5" for stable-diffusion-v1-5)."""
        words = tokens(passage)
        if any(
            _run(base, words, start) == len(base)
            for base in self.bases
            for start, word in enumerate(words)
            if word == base[0]
        ):
            return True
        squashed = _squash(passage)
        return any(
            len(base) >= MIN_SQUASHED and base in squashed
            for base in self.squashed_bases
        )

    def _other_complete(self, words: list[str], start: int, matched: int) -> bool:
        return any(
            len(other) == matched and _run(other, words, start) == matched
            for other in self.others
        )

    def document_default(
        self,
        text: str | list[str],
        path: str = "",
        *,
        unnamed: str = SELF,
        strict: bool = False,
    ) -> str:
        """Whom a whole document speaks of when a passage names nobody: another
        model when its path names a sibling, or when it names siblings and never
        this model or its family (`strict`: or names siblings far more often);
        `unnamed` when it names none of them."""
        in_path = self.mentions(path.replace("/", " | "))
        if OTHER in in_path and SELF not in in_path:
            return OTHER
        kinds = self.mentions(text)
        if not kinds:
            return unnamed
        others = kinds.count(OTHER)
        ours = len(kinds) - others
        if ours == 0 and others > 0:
            return OTHER
        if strict and others >= 3 and others >= 3 * ours:
            return OTHER
        return SELF


def family_stem(own: list[str], repos: list[str]) -> list[str]:
    """The shared leading tokens of the model name and its repository names,
    or the first token when no repository shares more."""
    best: list[str] = own[:1]
    for repo in repos:
        shared = _common_prefix(own, core_tokens(repo.split("/")[-1]))
        if len(shared) > len(best):
            best = shared
    return best if len(best) < len(own) else own[:-1] or own


def _skipped(run: list[str], name: list[str]) -> list[str] | None:
    """The words of `name` left out when `run` is read as it with some words
    dropped (same order, same last word), or None when it is not."""
    if not run or run[-1] != name[-1]:
        return None
    skipped: list[str] = []
    position = 0
    for word in name:
        if position < len(run) and run[position] == word:
            position += 1
        else:
            skipped.append(word)
    return skipped if position == len(run) else None


def _run(name: list[str], words: list[str], start: int) -> int:
    length = 0
    while (
        length < len(name)
        and start + length < len(words)
        and words[start + length] == name[length]
    ):
        length += 1
    return length


def _common_prefix(left: list[str], right: list[str]) -> list[str]:
    shared: list[str] = []
    for a, b in zip(left, right, strict=False):
        if a != b:
            break
        shared.append(a)
    return shared


# Squashed base names shorter than this ("foo7b") are too likely to sit inside
# another name to be looked for as a substring.
MIN_SQUASHED = 8


def _squash(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower())


def _is_size(word: str) -> bool:
    """A model size: "8b", "1.5b", "350m", "8x7b"."""
    return bool(re.fullmatch(r"(?:\d+x)?\d+(?:\.\d+)?[bmk]", word))


def _name_like(token: str) -> bool:
    """A token that could continue a model name: capitalised or with a digit
    ("OCR", "Mini", "7B"), not an ordinary lower-case word."""
    plain = token.lstrip("-").replace(".", "")
    if not plain.isascii() or not plain.isalnum():
        return False
    if token.startswith("-"):
        return True
    if token.lower() in COMMON_WORDS:
        return False
    return any(char.isdigit() for char in token) or token[:1].isupper()
