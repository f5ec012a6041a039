"""Paper text: arXiv HTML, Hub markdown and PDF bytes turned into clean text.

Consumes what the arXiv fetcher downloads, produces the text stored as a
`paper` document. Every path ends in the same normalisation: NFKC (so the "ﬁ"
ligature reads "fi"), line-end hyphens joined where they split a word and kept
where they join a real compound ("A100-80GB"), whitespace collapsed. PDFs are
read with pypdf in layout mode so two-column pages come out column by column.
"""

from __future__ import annotations

import io
import logging
import re
import unicodedata
from collections.abc import Iterable

from bs4 import BeautifulSoup, Comment, NavigableString, Tag
from pypdf import PageObject, PdfReader

from chipaudit.errors import ChipauditError

log = logging.getLogger(__name__)

# Elements that never carry paper text. The bibliography is dropped because
# cited titles ("TPU v4: an optically reconfigurable ...") are not claims
# about the paper's own hardware.
DROP_TAGS = {
    "script",
    "style",
    "nav",
    "noscript",
    "template",
    "svg",
    "button",
    "form",
    "head",
    "iframe",
}
DROP_CLASSES = {"ltx_bibliography", "ltx_page_footer", "ltx_page_navbar"}
BLOCK_TAGS = {
    "address",
    "article",
    "aside",
    "blockquote",
    "caption",
    "dd",
    "div",
    "dl",
    "dt",
    "figcaption",
    "figure",
    "footer",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "li",
    "main",
    "ol",
    "p",
    "pre",
    "section",
    "ul",
}
BLOCK_CLASSES = {"ltx_caption", "ltx_para"}
CELL_SEPARATOR = " | "

PDF_END_MARKER = b"%%EOF"
PDF_TAIL_BYTES = 2048
# A gutter is at least this many blank character columns in layout text.
GUTTER_MIN_WIDTH = 3
GUTTER_MIN_SHARE = 0.3

WHITESPACE = re.compile(r"[ \t\r\f\v]+")
BLANK_LINES = re.compile(r"\n{3,}")
# A word broken at a line end, possibly across one blank line (a column or
# page break in pdftotext output).
LINE_END_HYPHEN = re.compile(
    r"(?P<left>[^\W_]+)-[ \t]*\n(?:[ \t]*\n)?[ \t]*(?P<right>[^\W_]+)"
)
WORD = re.compile(r"[^\W_]+(?:-[^\W_]+)*")
# Words that end a wrapped line mid-sentence: the line after continues it.
CONTINUING_WORDS = {
    "a",
    "an",
    "and",
    "as",
    "at",
    "by",
    "for",
    "from",
    "in",
    "of",
    "on",
    "or",
    "the",
    "to",
    "using",
    "via",
    "with",
}


class PdfUnreadable(ChipauditError):
    """PDF bytes that pypdf cannot turn into text (truncated, not a PDF, broken)."""

    def __init__(self, source: str, reason: str, detail: str = "") -> None:
        message = f"PDF {source}: {reason}"
        super().__init__(f"{message} ({detail})" if detail else message)
        self.source = source
        self.reason = reason


# -- shared cleaning ----------------------------------------------------------


def normalize(text: str) -> str:
    """NFKC, no soft hyphens, single spaces, no trailing blanks, short gaps."""
    text = unicodedata.normalize("NFKC", text).replace("\u00ad", "")
    lines = (WHITESPACE.sub(" ", line).strip() for line in text.splitlines())
    return BLANK_LINES.sub("\n\n", "\n".join(lines)).strip() + "\n"


def clean_extracted_text(text: str) -> str:
    """Clean text extracted from a PDF (pypdf, pdftotext): NFKC, hyphens, lines."""
    text = normalize(text)
    text = join_hyphenated(text)
    return normalize(join_wrapped_lines(text))


def join_hyphenated(text: str) -> str:
    """Join words split by a line-end hyphen; keep hyphens that are real."""
    vocabulary = {word.lower() for word in WORD.findall(text)}

    def join(found: re.Match[str]) -> str:
        left, right = found["left"], found["right"]
        # TeX breaks a hyphenated compound only at its own hyphen, so a
        # line-end hyphen inside "state-of-the-" is real.
        in_compound = text[found.start() - 1 : found.start()] == "-"
        if in_compound or _hyphen_is_real(left, right, vocabulary):
            return f"{left}-{right}"
        return left + right

    return LINE_END_HYPHEN.sub(join, text)


def _hyphen_is_real(left: str, right: str, vocabulary: set[str]) -> bool:
    # TeX breaks only plain lowercase words, so a part with a digit or a
    # capital past its first letter ("A100-", "-80GB", "-NeoX") is a name
    # that carries its hyphen. Otherwise the document's own spelling decides.
    if any(char.isdigit() for char in left + right):
        return True
    if any(char.isupper() for char in left[1:]) or right[0].isupper():
        return True
    joined, hyphenated = (left + right).lower(), f"{left}-{right}".lower()
    return hyphenated in vocabulary and joined not in vocabulary


def join_wrapped_lines(text: str) -> str:
    """Join a line to the next when it plainly stops mid-sentence."""
    lines = text.split("\n")
    out: list[str] = []
    for line in lines:
        if out and line and _continues(out[-1], line):
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
    return "\n".join(out)


def _continues(previous: str, line: str) -> bool:
    if not previous or previous.endswith((".", "!", "?", ":", "|")):
        return False
    last_word = previous.rsplit(" ", 1)[-1].lower()
    if last_word in CONTINUING_WORDS or previous.endswith(","):
        return True
    return line[0].islower()


# -- markdown -----------------------------------------------------------------


def markdown_to_text(markdown: str) -> str:
    """The Hub's paper markdown, normalised; its tables already read as rows."""
    return normalize(markdown)


# -- HTML -----------------------------------------------------------------------


def html_to_text(html: str) -> str:
    """Readable text of an HTML paper: tables as ` | ` rows, captions, footnotes."""
    soup = BeautifulSoup(html, "html.parser")
    _move_footnotes(soup)
    body = soup.body or soup
    parts: list[str] = []
    _render(body, parts)
    return normalize("".join(parts))


def _move_footnotes(soup: BeautifulSoup) -> None:
    # LaTeXML puts a footnote inside the sentence that cites it; moving it
    # after its paragraph keeps that sentence whole and the note readable.
    last_after: dict[int, Tag] = {}
    for note in soup.select(".ltx_note"):
        for mark in note.select(".ltx_note_mark"):
            mark.decompose()
        block = note.find_parent(["p", "div", "li", "td"])
        holder = soup.new_tag("div")
        holder.append(note.extract())
        if block is None:
            soup.append(holder)
            continue
        anchor = last_after.get(id(block), block)
        anchor.insert_after(holder)
        last_after[id(block)] = holder


def _render(node: Tag, parts: list[str]) -> None:
    for child in node.children:
        if isinstance(child, Comment):
            continue
        if isinstance(child, NavigableString):
            parts.append(WHITESPACE.sub(" ", str(child).replace("\n", " ")))
        elif isinstance(child, Tag):
            _render_tag(child, parts)


def _render_tag(tag: Tag, parts: list[str]) -> None:
    classes = set(tag.get_attribute_list("class") or [])
    if tag.name in DROP_TAGS or classes & DROP_CLASSES:
        return
    if tag.name == "br":
        parts.append("\n")
    elif tag.name == "math":
        parts.append(f" {tag.get('alttext') or tag.get_text(' ')} ")
    elif tag.name == "table":
        parts.append("\n" + _table_text(tag) + "\n")
    elif tag.name in BLOCK_TAGS or classes & BLOCK_CLASSES:
        parts.append("\n")
        _render(tag, parts)
        parts.append("\n")
    else:
        _render(tag, parts)


def _table_text(table: Tag) -> str:
    lines = []
    caption = table.find("caption")
    if caption is not None:
        lines.append(_inline_text(caption))
    for row in _rows(table):
        cells = row.find_all(["td", "th"], recursive=False)
        text = CELL_SEPARATOR.join(_inline_text(cell) for cell in cells)
        if text.strip(" |"):
            lines.append(text)
    return "\n".join(lines)


def _rows(table: Tag) -> Iterable[Tag]:
    for row in table.find_all("tr"):
        if row.find_parent("table") is table:
            yield row


def _inline_text(tag: Tag) -> str:
    parts: list[str] = []
    _render(tag, parts)
    return WHITESPACE.sub(" ", "".join(parts).replace("\n", " ")).strip()


# -- PDF ----------------------------------------------------------------------


def pdf_to_text(data: bytes, *, source: str = "<pdf>") -> str:
    """Clean text of a PDF, page by page, two-column pages read column-wise."""
    reader = _open_pdf(data, source)
    pages = []
    try:
        for page in reader.pages:
            pages.append(_page_text(page))
    except Exception as error:  # pypdf raises many kinds on broken streams
        raise PdfUnreadable(source, "unreadable", str(error)) from error
    text = clean_extracted_text("\n\n".join(pages))
    if not text.strip():
        raise PdfUnreadable(source, "no_text", "the PDF has no extractable text")
    return text


def _open_pdf(data: bytes, source: str) -> PdfReader:
    if not data.startswith(b"%PDF"):
        raise PdfUnreadable(source, "not_a_pdf")
    # A complete PDF ends with %%EOF; pypdf would otherwise quietly rebuild a
    # truncated file and return part of the text as if it were all of it.
    if PDF_END_MARKER not in data[-PDF_TAIL_BYTES:]:
        raise PdfUnreadable(source, "truncated", "no %%EOF at the end")
    try:
        return PdfReader(io.BytesIO(data))
    except Exception as error:
        raise PdfUnreadable(source, "unreadable", str(error)) from error


def _page_text(page: PageObject) -> str:
    try:
        layout = page.extract_text(extraction_mode="layout")
    except Exception as error:
        log.debug("layout extraction failed (%s); using plain order", error)
        return page.extract_text()
    return split_columns(layout)


def split_columns(layout: str) -> str:
    """Layout text with a two-column region rewritten as left then right."""
    lines = layout.split("\n")
    gutter = find_gutter(lines)
    if gutter is None:
        return layout
    out: list[str] = []
    region: list[str] = []
    for line in lines:
        if _gap_at(line, gutter):
            region.append(line)
        else:
            out.extend(_read_region(region, gutter))
            region = []
            out.append(line)
    out.extend(_read_region(region, gutter))
    return "\n".join(out)


def find_gutter(lines: list[str]) -> int | None:
    """The character column of a two-column gutter, or None for one column."""
    filled = [line for line in lines if line.strip()]
    width = max((len(line) for line in filled), default=0)
    if len(filled) < 2 or width < 20:
        return None
    counts = {
        column: sum(_splits_at(line, column) for line in filled)
        for column in range(width // 4, 3 * width // 4)
    }
    best = max(counts.values())
    if best < 2 or best < GUTTER_MIN_SHARE * len(filled):
        return None
    columns = [column for column, count in counts.items() if count == best]
    return columns[len(columns) // 2]


def _splits_at(line: str, column: int) -> bool:
    if not _gap_at(line, column):
        return False
    return bool(line[:column].strip()) and bool(line[column:].strip())


def _gap_at(line: str, column: int) -> bool:
    half = GUTTER_MIN_WIDTH // 2
    return all(
        at >= len(line) or line[at] == " "
        for at in range(column - half, column + half + 1)
    )


def _read_region(region: list[str], gutter: int) -> list[str]:
    leading = 0
    while leading < len(region) and not region[leading].strip():
        leading += 1
    if leading:
        return region[:leading] + _read_region(region[leading:], gutter)
    left = [line[:gutter].rstrip() for line in region]
    right = [line[gutter:].strip() for line in region]
    if not any(right):
        return left
    return left + [""] + right
