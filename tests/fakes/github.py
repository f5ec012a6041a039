"""A fake GitHub API plus raw file host speaking the real wire formats.

`/repos/{o}/{r}` (301 to `/repositories/{id}` for renamed repos),
`/repositories/{id}`, `/repos/{o}/{r}/commits/{ref}` (sha media type),
`/repos/{o}/{r}/git/trees/{sha}[?recursive=1]` (optionally truncated),
`/repos/{o}/{r}/contents/{path}` (empty content above 1 MB) and the raw host's
`/{o}/{r}/{ref}/{path}`. Point GITHUB_API_URL and CHIPAUDIT_GITHUB_RAW_URL at
the same server.
"""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass, field

from fakes.server import FakeService, Reply, Request, json_reply

CONTENTS_API_LIMIT = 1_000_000


@dataclass
class FakeRepo:
    full_name: str
    files: dict[str, str | bytes]
    repo_id: int = 0
    truncate: bool = False  # answer recursive listings truncated at top level

    @property
    def commit(self) -> str:
        return hashlib.sha1(self.full_name.encode()).hexdigest()

    def folders(self) -> set[str]:
        found = set()
        for path in self.files:
            parts = path.split("/")[:-1]
            for depth in range(1, len(parts) + 1):
                found.add("/".join(parts[:depth]))
        return found


@dataclass
class GitHubRoutes:
    repos: dict[str, FakeRepo] = field(default_factory=dict)
    renamed: dict[str, str] = field(default_factory=dict)  # old name -> new name

    def add(self, repo: FakeRepo) -> None:
        repo.repo_id = repo.repo_id or 1000 + len(self.repos)
        self.repos[repo.full_name.lower()] = repo

    def install(self, service: FakeService) -> None:
        self.service = service
        service.route(r"/repos/([^/]+/[^/]+)", self.repo)
        service.route(r"/repositories/(\d+)", self.repository)
        service.route(r"/repos/([^/]+/[^/]+)/commits/(.+)", self.commit)
        service.route(r"/repos/([^/]+/[^/]+)/git/trees/(.+)", self.tree)
        service.route(r"/repos/([^/]+/[^/]+)/contents/(.+)", self.contents)
        service.route(r"/([^/]+/[^/]+)/([0-9a-f]{40}|main)/(.+)", self.raw)

    def find(self, name: str) -> FakeRepo | None:
        return self.repos.get(name.lower())

    def repo(self, request: Request) -> Reply:
        name = request.groups[0]
        if name.lower() in self.renamed:
            target = self.find(self.renamed[name.lower()])
            assert target is not None
            url = f"{self.service.url}/repositories/{target.repo_id}"
            body = {"message": "Moved Permanently", "url": url}
            return Reply(301, body, {"Location": url})
        found = self.find(name)
        return _info(found) if found else _not_found()

    def repository(self, request: Request) -> Reply:
        wanted = int(request.groups[0])
        found = next((r for r in self.repos.values() if r.repo_id == wanted), None)
        return _info(found) if found else _not_found()

    def commit(self, request: Request) -> Reply:
        found = self.find(request.groups[0])
        if found is None:
            return _not_found()
        return Reply(200, found.commit)

    def tree(self, request: Request) -> Reply:
        found = self.find(request.groups[0])
        if found is None:
            return _not_found()
        ref = request.groups[1]
        prefix = "" if ref in (found.commit, "main") else _folder_of(found, ref)
        if prefix is None:
            return _not_found()
        recursive = request.param("recursive") == "1"
        entries = _entries(found, prefix, recursive and not found.truncate)
        truncated = recursive and found.truncate
        body = {"sha": ref, "tree": entries, "truncated": truncated}
        return json_reply(body)

    def contents(self, request: Request) -> Reply:
        found = self.find(request.groups[0])
        path = request.groups[1]
        if found is None or path not in found.files:
            return _not_found()
        data = _bytes(found.files[path])
        raw = f"{self.service.url}/{found.full_name}/{found.commit}/{path}"
        body = {"path": path, "size": len(data), "download_url": raw}
        if len(data) > CONTENTS_API_LIMIT:
            body.update(encoding="none", content="")
        else:
            body.update(encoding="base64", content=base64.b64encode(data).decode())
        return json_reply(body)

    def raw(self, request: Request) -> Reply:
        found = self.find(request.groups[0])
        path = request.groups[2]
        if found is None or path not in found.files:
            return Reply(404, "404: Not Found")
        return Reply(200, _bytes(found.files[path]))


class FakeGitHub(FakeService):
    def __init__(self, routes: GitHubRoutes) -> None:
        super().__init__()
        self.github = routes
        routes.install(self)


def _info(repo: FakeRepo) -> Reply:
    body = {"id": repo.repo_id, "full_name": repo.full_name, "default_branch": "main"}
    return json_reply(body)


def _not_found() -> Reply:
    return json_reply({"message": "Not Found", "status": "404"}, 404)


def _bytes(content: str | bytes) -> bytes:
    return content if isinstance(content, bytes) else content.encode("utf-8")


def _folder_sha(repo: FakeRepo, folder: str) -> str:
    return hashlib.sha1(f"{repo.full_name}/{folder}".encode()).hexdigest()


def _folder_of(repo: FakeRepo, sha: str) -> str | None:
    for folder in repo.folders():
        if _folder_sha(repo, folder) == sha:
            return folder
    return None


def _entries(repo: FakeRepo, prefix: str, recursive: bool) -> list[dict]:
    base = f"{prefix}/" if prefix else ""
    entries = []
    for folder in sorted(repo.folders()):
        if folder.startswith(base) and (recursive or "/" not in folder[len(base) :]):
            entries.append(
                {
                    "path": folder[len(base) :],
                    "type": "tree",
                    "sha": _folder_sha(repo, folder),
                }
            )
    for path, content in sorted(repo.files.items()):
        rest = path[len(base) :]
        if path.startswith(base) and (recursive or "/" not in rest):
            size = len(_bytes(content))
            entries.append({"path": rest, "type": "blob", "size": size, "sha": "b"})
    return entries
