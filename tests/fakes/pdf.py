"""A tiny PDF writer for tests: pages of positioned Helvetica text, nothing else.

Used by tests/fixtures/make_two_column_pdf.py and by the fake arXiv to serve
paper text as a PDF. Characters outside Latin-1 become "?".
"""

from __future__ import annotations

from dataclasses import dataclass

PAGE_WIDTH = 612
PAGE_HEIGHT = 792


@dataclass(frozen=True)
class TextRun:
    """One run of text drawn at (x, y) points from the page's lower left."""

    x: float
    y: float
    text: str
    size: float = 10


def build_pdf(pages: list[list[TextRun]]) -> bytes:
    """A complete PDF whose pages draw the runs in the order given."""
    page_count = len(pages)
    # Object numbers: 1 catalog, 2 page tree, 3 font, then a page and its
    # content stream for each page.
    objects: list[bytes] = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        _page_tree(page_count),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica "
        b"/Encoding /WinAnsiEncoding >>",
    ]
    for index, runs in enumerate(pages):
        content_number = 5 + 2 * index
        objects.append(_page(content_number))
        objects.append(_stream(_content(runs)))
    return _assemble(objects)


def _page_tree(page_count: int) -> bytes:
    kids = " ".join(f"{4 + 2 * index} 0 R" for index in range(page_count))
    return f"<< /Type /Pages /Kids [{kids}] /Count {page_count} >>".encode()


def _page(content_number: int) -> bytes:
    return (
        f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {PAGE_WIDTH} {PAGE_HEIGHT}] "
        f"/Resources << /Font << /F1 3 0 R >> >> /Contents {content_number} 0 R >>"
    ).encode()


def _content(runs: list[TextRun]) -> bytes:
    lines = []
    for run in runs:
        lines.append(
            f"BT /F1 {run.size:g} Tf 1 0 0 1 {run.x:g} {run.y:g} Tm "
            f"({_escape(run.text)}) Tj ET"
        )
    return "\n".join(lines).encode("latin-1")


def _escape(text: str) -> str:
    text = text.encode("latin-1", "replace").decode("latin-1")
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def _stream(data: bytes) -> bytes:
    return b"<< /Length %d >>\nstream\n" % len(data) + data + b"\nendstream"


def _assemble(objects: list[bytes]) -> bytes:
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref_at = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\n" % (len(objects) + 1)
    out += b"startxref\n%d\n%%%%EOF\n" % xref_at
    return bytes(out)


def text_pages(text: str, lines_per_page: int = 60) -> list[list[TextRun]]:
    """Lay plain text out as single-column pages, one run per line."""
    lines = text.splitlines() or [""]
    pages = []
    for start in range(0, len(lines), lines_per_page):
        chunk = lines[start : start + lines_per_page]
        pages.append(
            [
                TextRun(54, PAGE_HEIGHT - 54 - 12 * row, line, size=9)
                for row, line in enumerate(chunk)
            ]
        )
    return pages
