"""Links from card text: GitHub repositories and arXiv papers, in canonical form.

Consumes card text and tags, produces repo names (`owner/name`) and arXiv ids
(`2401.12345`, `hep-th/9711200`) with versions kept apart.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import quote

NEW_ID = r"\d{4}\.\d{4,5}(?!\d)"
# Old-style ids: archive (with optional subject class) then 7 digits.
OLD_ID = r"[a-z]+(?:-[a-z]+)?(?:\.[a-z]{2})?/\d{7}(?!\d)"
ARXIV_ID = re.compile(rf"(?P<id>{NEW_ID}|{OLD_ID})(?:v(?P<version>\d+))?", re.I)

ARXIV_PATTERNS = [
    re.compile(
        rf"arxiv\.org/(?:abs|pdf|html)/(?P<id>{NEW_ID}|{OLD_ID})(?:v\d+)?", re.I
    ),
    re.compile(rf"huggingface\.co/papers/(?P<id>{NEW_ID})", re.I),
    re.compile(rf"10\.48550/arxiv\.(?P<id>{NEW_ID})", re.I),
    re.compile(rf"\barxiv:\s*(?P<id>{NEW_ID}|{OLD_ID})(?:v\d+)?", re.I),
]

GITHUB_REPO = re.compile(
    r"github\.com/(?P<owner>[A-Za-z0-9][A-Za-z0-9-]*)/(?P<name>[A-Za-z0-9._-]+)"
)
GITHUB_NOT_REPOS = {"orgs", "sponsors", "settings", "features", "topics", "about"}


@dataclass(frozen=True)
class ArxivId:
    """A canonical arXiv id, its version kept apart."""

    id: str
    version: int | None = None


def parse_arxiv_id(text: str) -> ArxivId | None:
    """The canonical id in any common form, or None when there is none."""
    for pattern in ARXIV_PATTERNS:
        found = pattern.search(text)
        if found:
            return _canonical(text[found.start("id") :])
    found = ARXIV_ID.fullmatch(text.strip())
    return _canonical(text.strip()) if found else None


def _canonical(text: str) -> ArxivId | None:
    found = ARXIV_ID.match(text)
    if not found:
        return None
    number = found["id"]
    # arXiv treats the subject class of an old id as optional: math.DG/0211159
    # and math/0211159 are one paper, canonically the latter.
    if "/" in number:
        archive, digits = number.split("/")
        number = f"{archive.split('.')[0].lower()}/{digits}"
    version = int(found["version"]) if found["version"] else None
    return ArxivId(number, version)


def arxiv_ids(text: str) -> list[str]:
    """Every arXiv id linked or tagged in the text, in order of appearance."""
    hits: list[tuple[int, str]] = []
    for pattern in ARXIV_PATTERNS:
        for found in pattern.finditer(text):
            parsed = _canonical(text[found.start("id") :])
            if parsed:
                hits.append((found.start(), parsed.id))
    return _unique(name for _, name in sorted(hits))


def github_repos(text: str) -> list[str]:
    """Every `owner/name` GitHub repository linked in the text."""
    repos = []
    for found in GITHUB_REPO.finditer(text):
        owner, name = found["owner"], found["name"]
        name = re.sub(r"\.git$", "", name).rstrip(".")
        if owner.lower() in GITHUB_NOT_REPOS or not name:
            continue
        repos.append(f"{owner}/{name}")
    return _unique(repos)


def _unique(items: object) -> list[str]:
    seen: list[str] = []
    for item in items:  # type: ignore[attr-defined]
        if item not in seen:
            seen.append(item)
    return seen


# Where evidence can be opened on the web: ids are checked before a URL is
# built, so nothing from a document can shape a link.
HF_ID = re.compile(r"[A-Za-z0-9][\w.-]*(?:/[\w.-]+)?")
GITHUB_REPO_NAME = re.compile(r"[A-Za-z0-9][\w.-]*/[\w.-]+")
ARXIV_KEY = re.compile(r"\d{4}\.\d{4,5}(?:v\d+)?|[a-z-]+(?:\.[A-Z]{2})?/\d{7}(?:v\d+)?")


def model_url(model_id: str) -> str | None:
    if not HF_ID.fullmatch(model_id):
        return None
    return f"https://huggingface.co/{quote(model_id, safe='/')}"


def document_url(document_key: str, line: int | None = None) -> str | None:
    """Where a document key points on the web, when we know how to say it.

    modelcard:<id> is the card on the Hub (at the line when one is given; the
    line is that of the stored text), github:<repo>:<path> the file at HEAD
    (at the line), paper:<arXiv id> the abstract page. Anything else: None.
    """
    source, _, rest = document_key.partition(":")
    if source == "modelcard":
        page = model_url(rest)
        if page and isinstance(line, int) and line > 0:
            return f"{page}/blob/main/README.md#L{line}"
        return page
    if source == "github":
        repo, _, path = rest.partition(":")
        if not GITHUB_REPO_NAME.fullmatch(repo) or not path or ".." in path.split("/"):
            return None
        anchor = f"#L{line}" if isinstance(line, int) and line > 0 else ""
        return f"https://github.com/{repo}/blob/HEAD/{quote(path, safe='/')}{anchor}"
    if source == "paper" and ARXIV_KEY.fullmatch(rest):
        return f"https://arxiv.org/abs/{rest}"
    return None
