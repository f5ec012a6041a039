"""A fake arXiv (abs, HTML, PDF, export API) plus the Hub's paper markdown.

One `FakeService` answers every URL the arXiv fetcher builds, so a test points
CHIPAUDIT_ARXIV_URL, CHIPAUDIT_ARXIV_API_URL (`<url>/api/query`) and
HF_ENDPOINT at it. Papers are `FakePaper`s: which versions exist, which are
withdrawn, which formats each source has. The export API answers a batch in
reverse order, as the real one may reorder, and answers an id listed in
`api_errors` with arXiv's "Error" pseudo-entry.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Protocol

from fakes.pdf import build_pdf, text_pages
from fakes.server import FakeService, Reply, Request

ALL_FORMATS = frozenset({"markdown", "html", "pdf"})
ID_AND_VERSION = re.compile(r"(?P<id>.+?)(?:v(?P<version>\d+))?(?:\.pdf)?")


Handler = Callable[[Request], Reply]


class Clock(Protocol):
    def monotonic(self) -> float: ...


@dataclass
class FakePaper:
    arxiv_id: str
    title: str
    text: str
    versions: int = 1
    withdrawn: frozenset[int] = frozenset()
    formats: frozenset[str] = ALL_FORMATS
    # Text of particular versions, when it differs from `text`.
    version_text: dict[int, str] = field(default_factory=dict)
    # Serve the PDF cut to this fraction of its bytes (a broken upload).
    pdf_fraction: float = 1.0

    def text_of(self, version: int) -> str:
        return self.version_text.get(version, self.text)


class FakeArxiv(FakeService):
    def __init__(
        self, papers: Iterable[FakePaper] = (), clock: Clock | None = None
    ) -> None:
        super().__init__()
        self.papers = {paper.arxiv_id: paper for paper in papers}
        self.api_errors: set[str] = set()
        self.api_claims_extra_result = False
        self.clock = clock
        # (clock time, path) of every request that reached a route.
        self.stamps: list[tuple[float, str]] = []
        self.route(r"/abs/(.+)", self._stamped(self.abs_page))
        self.route(r"/html/(.+)", self._stamped(self.html_page))
        self.route(r"/pdf/(.+)", self._stamped(self.pdf_file))
        self.route(r"/papers/(.+)\.md", self._stamped(self.markdown))
        self.route(r"/api/query", self._stamped(self.api_query))

    def add(self, paper: FakePaper) -> None:
        self.papers[paper.arxiv_id] = paper

    def arxiv_stamps(self) -> list[float]:
        """Times of requests the arXiv rate limit covers (not the Hub's)."""
        return [when for when, path in self.stamps if not path.startswith("/papers/")]

    # -- routes -------------------------------------------------------------

    def _stamped(self, handler: Handler) -> Handler:
        def stamped(request: Request) -> Reply:
            when = self.clock.monotonic() if self.clock else 0.0
            self.stamps.append((when, request.path))
            return handler(request)

        return stamped

    def abs_page(self, request: Request) -> Reply:
        found = self._lookup(request.groups[0])
        if found is None:
            return _page(404, "<h1>Article identifier not recognized</h1>")
        paper, _ = found
        return _page(200, _abs_html(paper))

    def html_page(self, request: Request) -> Reply:
        found = self._lookup(request.groups[0])
        if found is None or "html" not in found[0].formats:
            return _page(404, "<p>No HTML for this paper.</p>")
        paper, version = found
        if version in paper.withdrawn:
            return _page(200, "<p>This version has been withdrawn.</p>")
        return _page(200, paper_html(paper.title, paper.text_of(version)))

    def pdf_file(self, request: Request) -> Reply:
        found = self._lookup(request.groups[0])
        if found is None or "pdf" not in found[0].formats:
            return _page(404, "<p>No PDF.</p>")
        paper, version = found
        data = build_pdf(text_pages(paper.text_of(version)))
        data = data[: int(len(data) * paper.pdf_fraction)]
        return Reply(200, data, {"Content-Type": "application/pdf"})

    def markdown(self, request: Request) -> Reply:
        paper = self.papers.get(request.groups[0])
        if paper is None or "markdown" not in paper.formats:
            return Reply(404, "Not Found")
        body = f"# {paper.title}\n\n{paper.text_of(paper.versions)}"
        return Reply(200, body, {"Content-Type": "text/markdown; charset=utf-8"})

    def api_query(self, request: Request) -> Reply:
        ids = [name for name in request.param("id_list").split(",") if name]
        if any(name in self.api_errors for name in ids):
            return _atom([_error_entry(ids)], total=1)
        entries = [
            _entry(self.papers[name]) for name in reversed(ids) if name in self.papers
        ]
        total = len(entries) + (1 if self.api_claims_extra_result else 0)
        return _atom(entries, total)

    def _lookup(self, name: str) -> tuple[FakePaper, int] | None:
        found = ID_AND_VERSION.fullmatch(name)
        paper = self.papers.get(found["id"]) if found else None
        if paper is None or found is None:
            return None
        version = int(found["version"] or paper.versions)
        if not 1 <= version <= paper.versions:
            return None
        return paper, version


# -- pages --------------------------------------------------------------------


def _page(status: int, body: str) -> Reply:
    document = f"<!DOCTYPE html><html><body>{body}</body></html>"
    return Reply(status, document, {"Content-Type": "text/html; charset=utf-8"})


def _abs_html(paper: FakePaper) -> str:
    latest_withdrawn = paper.versions in paper.withdrawn
    comments = (
        "This paper has been withdrawn by the authors." if latest_withdrawn else ""
    )
    history = []
    for version in range(1, paper.versions + 1):
        mark = " (withdrawn)" if version in paper.withdrawn else ""
        history.append(
            f'<strong><a href="/abs/{paper.arxiv_id}v{version}">[v{version}]</a>'
            f"</strong> Mon, {version} Dec 2024 10:00:00 UTC (512 KB){mark}<br/>"
        )
    return (
        f'<h1 class="title mathjax"><span class="descriptor">Title:</span>'
        f"{html.escape(paper.title)}</h1>"
        f'<table><tr><td class="tablecell label">Comments:</td>'
        f'<td class="tablecell comments mathjax">{comments}</td></tr></table>'
        f'<div class="submission-history"><h2>Submission history</h2> From: A. Author '
        f"[view email]<br/>{''.join(history)}</div>"
    )


def paper_html(title: str, text: str) -> str:
    """Text as arXiv-style (LaTeXML) HTML with the boilerplate around it."""
    paragraphs = [part for part in re.split(r"\n\s*\n", text) if part.strip()]
    body = "".join(
        f'<div class="ltx_para"><p class="ltx_p">{html.escape(part)}</p></div>'
        for part in paragraphs
    )
    return (
        '<nav class="ltx_page_navbar">Contents Report GitHub Issue</nav>'
        "<script>var chip = 'H100 TPU A100';</script>"
        f'<article class="ltx_document"><h1 class="ltx_title">{html.escape(title)}</h1>'
        f"{body}</article>"
    )


# -- the export API -------------------------------------------------------------

ATOM_HEAD = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<feed xmlns="http://www.w3.org/2005/Atom" '
    'xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/" '
    'xmlns:arxiv="http://arxiv.org/schemas/atom">'
)


def _atom(entries: list[str], total: int) -> Reply:
    body = (
        f"{ATOM_HEAD}<title>arXiv Query</title>"
        f"<opensearch:totalResults>{total}</opensearch:totalResults>"
        f"{''.join(entries)}</feed>"
    )
    return Reply(200, body, {"Content-Type": "application/atom+xml; charset=utf-8"})


def _entry(paper: FakePaper) -> str:
    comment = (
        "This paper has been withdrawn" if paper.versions in paper.withdrawn else ""
    )
    return (
        f"<entry><id>http://arxiv.org/abs/{paper.arxiv_id}v{paper.versions}</id>"
        f"<title>{html.escape(paper.title)}</title>"
        f"<summary>{html.escape(paper.text[:200])}</summary>"
        f"<arxiv:comment>{comment}</arxiv:comment></entry>"
    )


def _error_entry(ids: list[str]) -> str:
    return (
        "<entry><id>http://arxiv.org/api/errors#incorrect_id_format_for_"
        f"{html.escape(ids[0])}</id><title>Error</title>"
        f"<summary>incorrect id format for {html.escape(ids[0])}</summary></entry>"
    )
