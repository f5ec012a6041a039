"""Text preparation: the plain view of a document that signals are matched on.

Consumes a stored document's text; produces `Prepared`: the plain view (HTML
tags removed, entities decoded, ligatures expanded, non-breaking spaces made
plain, and for paper text line-end hyphens and broken lines joined), a map
from each plain character back to the stored text (for line numbers), the
headings above every offset, fenced code blocks, and the unit (sentence, list
item, table row) around any offset. Evidence quotes are slices of the plain
view, so `plain_text(document)` is what a quote is verbatim in.
"""

from __future__ import annotations

import bisect
import html
import re
from array import array
from collections.abc import Callable
from dataclasses import dataclass, field

from chipaudit.config import MAX_CLASSIFY_CHARS

# For each plain-view character, its offset in the stored text (compact: a
# 5 MB README keeps a 40 MB map, not a list of Python ints).
OffsetMap = array

LIGATURES = {
    "\ufb00": "ff",
    "\ufb01": "fi",
    "\ufb02": "fl",
    "\ufb03": "ffi",
    "\ufb04": "ffl",
    "\ufb05": "st",
    "\ufb06": "st",
}
SPACES = re.compile(r"[\u00a0\u2002\u2003\u2009\u202f\u3000]")
# Real HTML elements only: "<version>" in a shell command is a placeholder.
HTML_ELEMENTS = (
    "a|abbr|article|aside|b|big|blockquote|br|button|center|code|details|del|div|"
    "em|figcaption|figure|font|footer|h[1-6]|header|hr|i|iframe|img|input|ins|kbd|"
    "label|li|link|main|meta|nav|ol|p|path|picture|pre|s|section|small|source|span|"
    "strong|sub|summary|sup|svg|table|tbody|td|tfoot|th|thead|tr|u|ul|video"
)
HTML_TAG = re.compile(
    rf"<(?:/?(?:{HTML_ELEMENTS})(?![\w-])(?:\s[^<>]*)?/?|!--.*?--)>", re.S | re.I
)
HTML_SKIP = re.compile(r"<(script|style)\b[^>]*>.*?</\1\s*>", re.S | re.I)
ENTITY = re.compile(r"&(?:#\d{1,6}|#x[0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,30});")
# In paper text a line that ends a wrapped paragraph line (long enough, not a
# heading or a table cell) is joined to the next one.
WRAPPED_LINE_END = re.compile(r"(?m)^(?P<line>[^\n]{40,}?)[ \t]*\n(?=[ \t]*\S)")
# A numbered heading on its own line: "3 Method", "4.2 Training", "B Compute".
NUMBERED_LINE = re.compile(
    r"[ \t]*(?:\d{1,2}(?:\.\d{1,2}){0,2}\.?|[A-H](?:\.\d{1,2}){0,2}|Appendix\s+[A-H])"
    r"\s+[A-Z][A-Za-z -]{1,40}\n"
)
LINE_END_HYPHEN = re.compile(r"(?<=[A-Za-z0-9])-\n(?=[A-Za-z0-9])")
MARKDOWN_HEADING = re.compile(r"^ {0,3}(#{1,6})\s+(.+?)\s*#*\s*$")
BOLD_HEADING = re.compile(
    r"^\s*(?:[^\w\s*_]{1,4}\s*)?(?:\*\*|__)([^*_]{2,80})(?:\*\*|__)\s*:?\s*$"
)
PAPER_HEADING = re.compile(
    r"^(?:\d{1,2}(?:\.\d{1,2}){0,2}\.?|[A-H](?:\.\d{1,2}){1,2}|[IVX]{1,4}\.|"
    r"(?:Appendix\s+)?[A-H](?=\s))?"
    r"\s*([A-Z][A-Za-z][A-Za-z &,:/-]{2,60})$"
)
PAPER_SECTION_NUMBER = re.compile(
    r"^(?:\d{1,2}(?:\.\d{1,2}){0,2}|[A-H](?:\.\d{1,2}){1,2})$"
)
# A numbered section ("3.2 Training") or an appendix ("B Compute",
# "Appendix C Hardware and Software").
NUMBERED_HEADING = re.compile(r"^(?:\d|(?:Appendix\s+)?[A-H](?:\.\d{1,2})*\s+[A-Z])")
FENCE = re.compile(r"^\s*(```|~~~)")
LINE_END = re.compile(r"\r\n|\r|\n")
SETEXT_UNDERLINE = re.compile(r"^ {0,3}={3,}\s*$")
NOT_TITLE = re.compile(r"^\s*(?:[-*+>|]|\d+[.)]\s)")
# Full-width letters, digits and brackets (８×Ａ１００, （80GB）) read as ASCII
# (Chinese punctuation stays: it ends clauses); a thin or
# narrow no-break space between digit groups ("1 024") is no gap.
FULL_WIDTH = re.compile("[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\uff08\uff09\u3000]")
DIGIT_GROUP_SPACE = re.compile(r"(?<=\d)[\u202f\u2009](?=\d{3}(?!\d))")
# Not after a lone capital ("J. Smith", "U.S. Army"), an abbreviation or a
# citation's "et al".
SENTENCE_END = re.compile(
    r"(?<!\b[A-Z])(?<!\be\.g)(?<!\bi\.e)(?<!\bet al)(?<!\bvs)(?<!\bz)(?<!\bz\. B)"
    r"(?<!\bz\.B)(?<!\bd\.h)(?<!\bör)(?<!\bbzw)(?<!\bp\. ej)(?<!\bпр)"
    r"[.!?](?=\s+[A-Z(\[\"“])|[。！？；]"
)


@dataclass
class Heading:
    start: int
    level: int
    text: str


@dataclass
class Prepared:
    """A document's plain view and the structure found in it."""

    plain: str
    origin_index: OffsetMap
    line_starts: list[int]
    is_paper: bool
    headings: list[Heading] = field(default_factory=list)
    code_blocks: list[tuple[int, int]] = field(default_factory=list)
    # The sentence that introduces the list a line is in, by line start: a
    # long list reads its lead-in once, not once per item.
    lead_ins: dict[int, str] = field(default_factory=dict)

    def line_of(self, offset: int) -> int:
        """The 1-based line of the stored text that a plain offset came from."""
        index = self.origin_index[min(offset, len(self.origin_index) - 1)]
        return bisect.bisect_right(self.line_starts, index)

    def headings_at(self, offset: int) -> list[str]:
        """The heading path (outermost first) above an offset."""
        path: list[Heading] = []
        for heading in self.headings:
            if heading.start > offset:
                break
            while path and path[-1].level >= heading.level:
                path.pop()
            path.append(heading)
        return [heading.text for heading in path]

    def section_span(self, offset: int) -> tuple[int, int]:
        """From the nearest heading above an offset to the next heading."""
        start, end = 0, len(self.plain)
        for heading in self.headings:
            if heading.start <= offset:
                start = heading.start
            else:
                end = heading.start
                break
        return start, end

    def in_code(self, offset: int) -> bool:
        return self.code_block_at(offset) is not None

    def code_block_at(self, offset: int) -> tuple[int, int] | None:
        for start, end in self.code_blocks:
            if start <= offset < end:
                return start, end
        return None

    def line_span(self, offset: int) -> tuple[int, int]:
        start = self.plain.rfind("\n", 0, offset) + 1
        end = self.plain.find("\n", offset)
        return start, len(self.plain) if end < 0 else end

    def unit_span(self, offset: int) -> tuple[int, int]:
        """The sentence (or list item, table row, line) holding an offset."""
        line_start, line_end = self.line_span(offset)
        # Sentences further away than a unit's length cannot change its window.
        line_start = max(line_start, offset - UNIT_LIMIT)
        line_end = min(line_end, offset + UNIT_LIMIT)
        line = self.plain[line_start:line_end]
        start, end = 0, len(line)
        for found in SENTENCE_END.finditer(line):
            cut = found.end()
            if cut <= offset - line_start:
                start = cut
            else:
                end = cut
                break
        while start < end and line[start].isspace():
            start += 1
        return _window(line_start + start, line_start + end, offset, self.plain)


# A unit longer than this (a minified line, a table row that never ends) is
# cut to a window around the offset: the words that decide a mention are near
# it, and the cost of reading a unit stays bounded.
UNIT_LIMIT = 1200


def _window(start: int, end: int, offset: int, plain: str) -> tuple[int, int]:
    if end - start <= UNIT_LIMIT:
        return start, end
    half = UNIT_LIMIT // 2
    low = max(start, min(offset - half, end - UNIT_LIMIT))
    high = min(end, low + UNIT_LIMIT)
    while low > start and not plain[low - 1].isspace() and low < offset:
        low += 1
    while high < end and not plain[high].isspace() and high > offset:
        high -= 1
    return low, high


def prepare(text: str, *, source: str, path: str = "") -> Prepared:
    """Build the plain view of a stored document."""
    stored = text[:MAX_CLASSIFY_CHARS]
    # Old Mac files end lines with a lone CR, Windows files with CR LF.
    line_starts = [0] + [found.end() for found in LINE_END.finditer(stored)]
    text = stored
    index: OffsetMap = array("l", range(len(text)))
    if "\r" in text:
        text, index = _sub(LINE_END, lambda _: "\n", text, index)
    text, index = _sub(HTML_SKIP, lambda _: " ", text, index)
    text, index = _sub(HTML_TAG, _tag_replacement, text, index)
    text, index = _sub(ENTITY, lambda m: html.unescape(m.group()), text, index)
    text, index = _sub(SPACES, lambda _: " ", text, index)
    text, index = _replace_ligatures(text, index)
    text, index = _sub(FULL_WIDTH, _half_width, text, index)
    text, index = _sub(DIGIT_GROUP_SPACE, lambda _: "", text, index)
    is_paper = source == "paper"
    if not is_paper and is_prose_path(path):
        text, index = _join_soft_wraps(text, index)
    if is_paper:
        text, index = _sub(LINE_END_HYPHEN, _join_hyphen, text, index)
        text, index = _sub(WRAPPED_LINE_END, _join_wrapped, text, index)
    prepared = Prepared(text, index or array("l", [0]), line_starts, is_paper)
    if is_prose_path(path):
        prepared.headings = _headings(text, is_paper, path)
    prepared.code_blocks = _code_blocks(text)
    return prepared


PROSE_SUFFIXES = (".md", ".markdown", ".rst", ".mdx")


def is_prose_path(path: str) -> bool:
    """Cards and papers (no path) and Markdown files have headings; code does not."""
    return not path or path.lower().endswith(PROSE_SUFFIXES)


def plain_text(text: str, *, source: str) -> str:
    """The plain view alone: what evidence quotes are verbatim in."""
    return prepare(text, source=source).plain


BLOCK_TAG = re.compile(r"</?(?:br|p|div|li|tr|h\d|table|ul|ol)\b|</summary\b", re.I)
CELL_TAG = re.compile(r"</?(?:td|th)\b", re.I)


# A Markdown paragraph hard-wrapped at ~80 columns: a line of plain prose that
# does not end a sentence, followed by a line that goes on with a word, a
# number or a bracket (not a list item, table row or heading).
LINE_BREAK = re.compile(r"[ \t]*\n(?=[ \t]*\S)")
NOT_PROSE_LINE = re.compile(r"^\s*(?:#|\||>|```|~~~|-{3,}|[\w-]+:\s|[\w-]+:$)")
GOES_ON = re.compile(r"[ \t]*(?!\d+[.)]\s)(?:[a-z0-9(\[]|`(?!``)|[A-Z][\w-]*[ ,.)])")
WRAPPED_WIDTH = 40
CJK = re.compile(r"[\u4e00-\u9fff，、]")
WRAPPED_CJK_WIDTH = 20


def _join_soft_wraps(text: str, index: OffsetMap) -> tuple[str, OffsetMap]:
    fences = _code_blocks(text)

    def join(found: re.Match[str]) -> str:
        at = found.start()
        line = text[text.rfind("\n", 0, at) + 1 : at]
        following = text[found.end() : found.end() + 40]
        if any(start <= at < end for start, end in fences) or not line.strip():
            return found.group()
        if NOT_PROSE_LINE.match(line) or line.rstrip()[-1] in ".!?:。！？；-":
            return found.group()
        if CJK.match(following.lstrip()) and CJK.match(line.rstrip("*_ \t")[-1:]):
            # Chinese prose wrapped mid-sentence joins with nothing between.
            return "" if len(line.strip()) >= WRAPPED_CJK_WIDTH else found.group()
        if not GOES_ON.match(following):
            return found.group()
        capital = following.lstrip()[:1].isupper()
        if capital and len(line) < WRAPPED_WIDTH:
            return found.group()
        return " "

    return _sub(LINE_BREAK, join, text, index)


def _half_width(found: re.Match[str]) -> str:
    char = found.group()
    return " " if char == "\u3000" else chr(ord(char) - 0xFEE0)


def _join_wrapped(found: re.Match[str]) -> str:
    """A paper line joined to the next, unless a paragraph ends before a
    numbered heading."""
    line = found.group("line")
    ends = line.rstrip()[-1:] in ".!?:)]"
    if ends and NUMBERED_LINE.match(found.string, found.end()):
        return found.group()
    return line + " "


def _join_hyphen(found: re.Match[str]) -> str:
    """ "As-\\ncend" → "Ascend", "NVI-\\nDIA" → "NVIDIA"; "A100-\\n80GB" and
    "TPU-\\nbased" keep their hyphen."""
    text, at = found.string, found.start()
    before, after = text[at - 1 : at], text[found.end() : found.end() + 1]
    same_case = (before.islower() and after.islower()) or (
        before.isupper() and after.isupper() and before.isalpha()
    )
    return "" if same_case else "-"


def _tag_replacement(found: re.Match[str]) -> str:
    """Block tags end a line, cells become ` | `, inline tags vanish."""
    tag = found.group()
    if BLOCK_TAG.match(tag):
        return "\n"
    if CELL_TAG.match(tag):
        # An opening cell starts a column; a closing one adds nothing.
        return "" if tag.startswith("</") else " | "
    if re.match(r"</?(?:details|summary)\b", tag, re.I):
        return " "
    return ""


def _sub(
    pattern: re.Pattern[str],
    replace: Callable[[re.Match[str]], str],
    text: str,
    index: OffsetMap,
) -> tuple[str, OffsetMap]:
    """re.sub that keeps, for every output character, its stored-text offset."""
    pieces: list[str] = []
    new_index: OffsetMap = array("l")
    last = 0
    for found in pattern.finditer(text):
        pieces.append(text[last : found.start()])
        new_index.extend(index[last : found.start()])
        replacement = replace(found)
        pieces.append(replacement)
        anchor = index[found.start()] if found.start() < len(index) else 0
        new_index.extend([anchor] * len(replacement))
        last = found.end()
    if not pieces:
        return text, index
    pieces.append(text[last:])
    new_index.extend(index[last:])
    return "".join(pieces), new_index


def _replace_ligatures(text: str, index: OffsetMap) -> tuple[str, OffsetMap]:
    if not any(char in text for char in LIGATURES):
        return text, index
    pattern = re.compile("[" + "".join(LIGATURES) + "]")
    return _sub(pattern, lambda m: LIGATURES[m.group()], text, index)


def _headings(text: str, is_paper: bool, path: str) -> list[Heading]:
    headings: list[Heading] = []
    offset = 0
    in_fence = False
    lines = text.split("\n")
    for number, line in enumerate(lines):
        if FENCE.match(line):
            in_fence = not in_fence
        elif not in_fence:
            heading = _heading(line, lines, number, is_paper)
            if heading:
                headings.append(Heading(offset, heading[0], heading[1]))
        offset += len(line) + 1
    return headings


def _heading(
    line: str, lines: list[str], number: int, is_paper: bool
) -> tuple[int, str] | None:
    found = MARKDOWN_HEADING.match(line)
    if found:
        return len(found.group(1)), found.group(2).strip("*_ ")
    found = BOLD_HEADING.match(line)
    if found:
        return 7, found.group(1).strip()
    following = lines[number + 1] if number + 1 < len(lines) else ""
    if SETEXT_UNDERLINE.match(following) and line.strip() and not NOT_TITLE.match(line):
        return 1, line.strip()  # "Training" underlined with "===="
    if not is_paper:
        return None
    stripped = line.strip()
    found = PAPER_HEADING.match(stripped)
    if found and len(stripped) <= 64 and not stripped.endswith("."):
        before = lines[number - 1].strip() if number else ""
        numbered = PAPER_SECTION_NUMBER.match(before) or NUMBERED_HEADING.match(
            stripped
        )
        if numbered or stripped.istitle() or stripped in PAPER_SECTIONS:
            level = 2 + stripped.count(".") if numbered else 2
            return level, found.group(1).strip()
    return None


PAPER_SECTIONS = {
    "Abstract",
    "Introduction",
    "References",
    "Acknowledgments",
    "Acknowledgements",
    "Appendix",
    "Conclusion",
    "Related Work",
    "Experiments",
    "Bibliography",
}


def _code_blocks(text: str) -> list[tuple[int, int]]:
    blocks: list[tuple[int, int]] = []
    offset = 0
    opened: int | None = None
    for line in text.split("\n"):
        if FENCE.match(line):
            if opened is None:
                opened = offset
            else:
                blocks.append((opened, offset + len(line)))
                opened = None
        offset += len(line) + 1
    if opened is not None:
        blocks.append((opened, offset))
    return blocks
