"""arXiv papers: an arXiv id in, the paper's full text stored as a document.

Consumes canonical arXiv ids (see `chipaudit.links`) and an `HttpClient`;
produces `paper` documents keyed by the id without its version. The abs page
says which versions exist and which are withdrawn; the text then comes from the
first source that has it: the Hub's paper markdown, arXiv's HTML, the PDF. A
withdrawn latest version is skipped for the last live one, and the stored URLs
pin that version. The export API (Atom) answers batch metadata look-ups.
Base URLs: HF_ENDPOINT, CHIPAUDIT_ARXIV_URL, CHIPAUDIT_ARXIV_API_URL.
"""

from __future__ import annotations

import logging
import re
import xml.etree.ElementTree as ElementTree
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

import httpx
from bs4 import BeautifulSoup

from chipaudit.errors import ChipauditError
from chipaudit.links import parse_arxiv_id
from chipaudit.sources.http import (
    ARXIV,
    ARXIV_API_URL_ENV,
    ARXIV_URL_ENV,
    HF_ENDPOINT_ENV,
    HUGGINGFACE,
    FetchError,
    HttpClient,
    NotFound,
    base_url,
)
from chipaudit.sources.papertext import (
    PdfUnreadable,
    html_to_text,
    markdown_to_text,
    pdf_to_text,
)
from chipaudit.store import Document, Store

log = logging.getLogger(__name__)

MARKDOWN = "markdown"
HTML = "html"
PDF = "pdf"
FORMATS = (MARKDOWN, HTML, PDF)

# Below this many characters a page is a stub (an abstract, a withdrawal
# notice, "conversion failed"), not the paper: try the next source.
MIN_FULL_TEXT_CHARS = 2000
# The export API accepts long id lists; keep each reply small and quick.
API_BATCH_SIZE = 50

ATOM = "{http://www.w3.org/2005/Atom}"
ARXIV_ATOM = "{http://arxiv.org/schemas/atom}"
API_ERROR_ID = re.compile(r"^https?://arxiv\.org/api/errors", re.I)
VERSION_MARK = re.compile(r"\[v(\d+)\]")
WITHDRAWN = re.compile(r"\bwithdrawn\b", re.I)


# -- errors -------------------------------------------------------------------


class InvalidArxivId(ChipauditError):
    """Text that holds no arXiv id in any form we know."""

    reason = "invalid_id"

    def __init__(self, text: str) -> None:
        super().__init__(
            f"{text!r} is not an arXiv id; use forms like 2401.12345 or hep-th/9711200"
        )
        self.text = text


class PaperUnavailable(ChipauditError):
    """No usable text for a paper from any source; `reason` says why."""

    def __init__(
        self, arxiv_id: str, reason: str, url: str = "", detail: str = ""
    ) -> None:
        where = f" ({url})" if url else ""
        extra = f": {detail}" if detail else ""
        super().__init__(f"arXiv {arxiv_id}{where}: {reason}{extra}")
        self.arxiv_id = arxiv_id
        self.reason = reason
        self.url = url
        self.detail = detail


class PaperNotFound(PaperUnavailable):
    """arXiv has no paper with this id."""

    def __init__(self, arxiv_id: str, url: str = "") -> None:
        super().__init__(arxiv_id, "not_found", url)


class PaperWithdrawn(PaperUnavailable):
    """Every version of the paper is withdrawn: there is no text to read."""

    def __init__(self, arxiv_id: str, url: str = "") -> None:
        super().__init__(arxiv_id, "withdrawn", url, "no live version")


class ArxivLookupError(ChipauditError):
    """The export API gave no metadata for an id (`invalid_id`, `not_found`)."""

    def __init__(self, arxiv_id: str, reason: str, detail: str = "") -> None:
        extra = f": {detail}" if detail else ""
        super().__init__(f"arXiv look-up of {arxiv_id}: {reason}{extra}")
        self.arxiv_id = arxiv_id
        self.reason = reason


# -- results ------------------------------------------------------------------


@dataclass(frozen=True)
class PaperVersion:
    number: int
    withdrawn: bool = False


@dataclass
class AbsPage:
    """What a paper's abstract page tells: its title and its versions."""

    arxiv_id: str
    title: str = ""
    versions: list[PaperVersion] = field(default_factory=list)
    latest_withdrawn: bool = False

    @property
    def latest(self) -> int | None:
        return max((version.number for version in self.versions), default=None)

    @property
    def last_live(self) -> int | None:
        live = [
            version.number
            for version in self.versions
            if not version.withdrawn and not self._latest_and_withdrawn(version)
        ]
        return max(live, default=None)

    @property
    def withdrawn(self) -> bool:
        return self.latest_withdrawn or any(
            version.withdrawn and version.number == self.latest
            for version in self.versions
        )

    def _latest_and_withdrawn(self, version: PaperVersion) -> bool:
        return self.latest_withdrawn and version.number == self.latest


@dataclass
class PaperResult:
    """What `fetch_paper` did: `stored`, `unchanged` or `skipped` (already had it)."""

    arxiv_id: str
    status: str
    format: str = ""
    version: int | None = None
    withdrawn: bool = False
    url: str = ""
    tried: list[str] = field(default_factory=list)


@dataclass
class PaperMetadata:
    """One export-API entry."""

    arxiv_id: str
    version: int | None
    title: str
    summary: str = ""
    comment: str = ""
    published: str = ""
    updated: str = ""

    @property
    def withdrawn(self) -> bool:
        return bool(WITHDRAWN.search(self.comment))


@dataclass
class MetadataBatch:
    """Export-API answers keyed by canonical id; failures keyed the same way."""

    found: dict[str, PaperMetadata] = field(default_factory=dict)
    errors: dict[str, str] = field(default_factory=dict)


# -- URLs -----------------------------------------------------------------------


def versioned(arxiv_id: str, version: int | None) -> str:
    return f"{arxiv_id}v{version}" if version else arxiv_id


def abs_url(arxiv_id: str, version: int | None = None) -> str:
    return f"{base_url(ARXIV_URL_ENV)}/abs/{versioned(arxiv_id, version)}"


def html_url(arxiv_id: str, version: int | None = None) -> str:
    return f"{base_url(ARXIV_URL_ENV)}/html/{versioned(arxiv_id, version)}"


def pdf_url(arxiv_id: str, version: int | None = None) -> str:
    return f"{base_url(ARXIV_URL_ENV)}/pdf/{versioned(arxiv_id, version)}"


def hub_markdown_url(arxiv_id: str) -> str:
    return f"{base_url(HF_ENDPOINT_ENV)}/papers/{arxiv_id}.md"


def hub_paper_url(arxiv_id: str) -> str:
    return f"{base_url(HF_ENDPOINT_ENV)}/papers/{arxiv_id}"


# -- full text --------------------------------------------------------------------


def canonical_id(text: str) -> str:
    """The canonical id (no version) in any link form, or InvalidArxivId."""
    parsed = parse_arxiv_id(text)
    if parsed is None:
        raise InvalidArxivId(text)
    return parsed.id


def fetch_paper(
    client: HttpClient, store: Store, arxiv_id: str, *, refresh: bool = False
) -> PaperResult:
    """Fetch and store one paper's full text unless the store already has it.

    Raises InvalidArxivId, PaperNotFound, PaperWithdrawn or PaperUnavailable;
    the store is written only once the whole text is in hand.
    """
    key = canonical_id(arxiv_id)
    if not refresh and store.has_document("paper", key):
        return PaperResult(key, "skipped")
    page = read_abs_page(client, key)
    version = _version_to_read(page)
    text, chosen, tried = _first_full_text(client, key, version, page.withdrawn)
    document = _paper_document(key, page, version, text, chosen)
    changed = store.put_document(document)
    log.debug("arXiv %s: %s from %s", key, chosen.format, chosen.url)
    return PaperResult(
        key,
        "stored" if changed else "unchanged",
        chosen.format,
        version,
        page.withdrawn,
        document.meta["url"],
        tried,
    )


def _version_to_read(page: AbsPage) -> int | None:
    if not page.withdrawn:
        return page.latest
    live = page.last_live
    if live is None:
        raise PaperWithdrawn(page.arxiv_id, abs_url(page.arxiv_id))
    return live


@dataclass(frozen=True)
class _Source:
    format: str
    url: str
    service: str


def _sources(key: str, version: int | None, withdrawn: bool) -> list[_Source]:
    sources = []
    # The Hub keeps one unversioned page per paper, so it cannot serve a
    # pinned older version; it has no pages for old-style ids either.
    if not withdrawn and "/" not in key:
        sources.append(_Source(MARKDOWN, hub_markdown_url(key), HUGGINGFACE))
    sources.append(_Source(HTML, html_url(key, version), ARXIV))
    sources.append(_Source(PDF, pdf_url(key, version), ARXIV))
    return sources


def _first_full_text(
    client: HttpClient, key: str, version: int | None, withdrawn: bool
) -> tuple[str, _Source, list[str]]:
    tried: list[str] = []
    stub: tuple[str, _Source] | None = None
    last: ChipauditError | None = None
    for source in _sources(key, version, withdrawn):
        try:
            text = _read_source(client, source)
        except (FetchError, PdfUnreadable) as error:
            tried.append(f"{source.format} {error.reason}")
            last = error
            continue
        if len(text) >= MIN_FULL_TEXT_CHARS:
            tried.append(f"{source.format} ok")
            return text, source, tried
        tried.append(f"{source.format} too_short")
        stub = stub or (text, source)
    if stub is not None:
        return stub[0], stub[1], tried
    reason = getattr(last, "reason", "no_text")
    raise PaperUnavailable(key, reason, abs_url(key, version), "; ".join(tried))


def _read_source(client: HttpClient, source: _Source) -> str:
    response = client.get(source.service, source.url)
    converters: dict[str, Callable[[httpx.Response], str]] = {
        MARKDOWN: lambda reply: markdown_to_text(reply.text),
        HTML: lambda reply: html_to_text(reply.text),
        PDF: lambda reply: pdf_to_text(reply.content, source=source.url),
    }
    return converters[source.format](response)


def _paper_document(
    key: str, page: AbsPage, version: int | None, text: str, source: _Source
) -> Document:
    latest = page.latest
    note = ""
    if page.withdrawn:
        note = f"v{latest} is withdrawn; text from v{version}"
    evidence_url = hub_paper_url(key) if source.format == MARKDOWN else source.url
    meta = {
        "arxiv": True,
        "version": version,
        "latest_version": latest,
        "format": source.format,
        "withdrawn": page.withdrawn,
        "url": evidence_url,
        "abs_url": abs_url(key, version),
        "title": page.title,
    }
    complete = len(text) >= MIN_FULL_TEXT_CHARS
    return Document(
        "paper", key, text, origin=source.url, note=note, complete=complete, meta=meta
    )


# -- the abs page -------------------------------------------------------------------


def read_abs_page(client: HttpClient, arxiv_id: str) -> AbsPage:
    """Fetch and parse a paper's abs page; PaperNotFound when arXiv has none."""
    url = abs_url(arxiv_id)
    try:
        response = client.get(ARXIV, url)
    except NotFound as error:
        raise PaperNotFound(arxiv_id, url) from error
    except FetchError as error:
        raise PaperUnavailable(arxiv_id, error.reason, url) from error
    return parse_abs_page(arxiv_id, response.text)


def parse_abs_page(arxiv_id: str, html: str) -> AbsPage:
    """Title, versions and withdrawals from abs page HTML."""
    soup = BeautifulSoup(html, "html.parser")
    history = soup.select_one(".submission-history")
    versions = _versions(history.get_text(" ") if history else "")
    return AbsPage(
        arxiv_id,
        title=_field_text(soup, "h1.title", "Title:"),
        versions=versions,
        latest_withdrawn=_says_withdrawn(soup),
    )


def _versions(history: str) -> list[PaperVersion]:
    marks = list(VERSION_MARK.finditer(history))
    versions = []
    for index, mark in enumerate(marks):
        end = marks[index + 1].start() if index + 1 < len(marks) else len(history)
        entry = history[mark.end() : end]
        versions.append(PaperVersion(int(mark[1]), bool(WITHDRAWN.search(entry))))
    return versions


def _says_withdrawn(soup: BeautifulSoup) -> bool:
    # The comments and abstract shown on the versionless page are the latest
    # version's; a withdrawal replaces them with a notice.
    comments = _field_text(soup, "td.comments", "")
    abstract = _field_text(soup, "blockquote.abstract", "Abstract:")
    notice = re.compile(r"\b(?:has been|is|was) withdrawn\b|^withdrawn\b", re.I)
    return bool(notice.search(comments) or notice.search(abstract))


def _field_text(soup: BeautifulSoup, selector: str, label: str) -> str:
    found = soup.select_one(selector)
    if found is None:
        return ""
    text = " ".join(found.get_text(" ").split())
    return text.removeprefix(label).strip()


# -- the export API ---------------------------------------------------------------


def lookup_metadata(client: HttpClient, arxiv_ids: Iterable[str]) -> MetadataBatch:
    """Export-API metadata for many ids, matched by id (replies reorder them)."""
    batch = MetadataBatch()
    wanted: list[str] = []
    for text in arxiv_ids:
        parsed = parse_arxiv_id(text)
        if parsed is None:
            batch.errors[text] = "invalid_id"
        elif parsed.id not in wanted:
            wanted.append(parsed.id)
    for start in range(0, len(wanted), API_BATCH_SIZE):
        _lookup_chunk(client, wanted[start : start + API_BATCH_SIZE], batch)
    return batch


def lookup_paper(client: HttpClient, arxiv_id: str) -> PaperMetadata:
    """Export-API metadata for one id, or ArxivLookupError naming the reason."""
    batch = lookup_metadata(client, [arxiv_id])
    parsed = parse_arxiv_id(arxiv_id)
    key = parsed.id if parsed else arxiv_id
    if key in batch.found:
        return batch.found[key]
    raise ArxivLookupError(arxiv_id, batch.errors.get(key) or "not_found")


def _lookup_chunk(client: HttpClient, ids: list[str], batch: MetadataBatch) -> None:
    try:
        entries, errors = _query(client, ids)
    except (FetchError, ArxivLookupError) as error:
        for arxiv_id in ids:
            batch.errors[arxiv_id] = error.reason
        return
    if errors and len(ids) > 1:
        # One bad id makes the API answer the whole list with an error
        # entry; ask one by one to find which.
        for arxiv_id in ids:
            _lookup_chunk(client, [arxiv_id], batch)
        return
    for arxiv_id in ids:
        if errors:
            batch.errors[arxiv_id] = "invalid_id"
        elif arxiv_id in entries:
            batch.found[arxiv_id] = entries[arxiv_id]
        else:
            batch.errors[arxiv_id] = "not_found"


def _query(
    client: HttpClient, ids: list[str]
) -> tuple[dict[str, PaperMetadata], list[str]]:
    params = {"id_list": ",".join(ids), "max_results": str(len(ids))}
    response = client.get(ARXIV, base_url(ARXIV_API_URL_ENV), params=params)
    return parse_atom(response.text, ",".join(ids))


def parse_atom(xml: str, asked: str = "") -> tuple[dict[str, PaperMetadata], list[str]]:
    """Entries keyed by canonical id, and the messages of any error entries."""
    try:
        root = ElementTree.fromstring(xml)
    except ElementTree.ParseError as error:
        raise ArxivLookupError(asked, "bad_reply", str(error)) from error
    entries: dict[str, PaperMetadata] = {}
    errors: list[str] = []
    for entry in root.iter(f"{ATOM}entry"):
        entry_id = _child_text(entry, f"{ATOM}id")
        if API_ERROR_ID.match(entry_id):
            errors.append(_child_text(entry, f"{ATOM}summary") or entry_id)
            continue
        metadata = _metadata(entry, entry_id)
        if metadata is not None:
            entries[metadata.arxiv_id] = metadata
    return entries, errors


def _metadata(entry: ElementTree.Element, entry_id: str) -> PaperMetadata | None:
    parsed = parse_arxiv_id(entry_id)
    if parsed is None:
        return None
    return PaperMetadata(
        parsed.id,
        parsed.version,
        title=_child_text(entry, f"{ATOM}title"),
        summary=_child_text(entry, f"{ATOM}summary"),
        comment=_child_text(entry, f"{ARXIV_ATOM}comment"),
        published=_child_text(entry, f"{ATOM}published"),
        updated=_child_text(entry, f"{ATOM}updated"),
    )


def _child_text(element: ElementTree.Element, tag: str) -> str:
    child = element.find(tag)
    if child is None or child.text is None:
        return ""
    return " ".join(child.text.split())
