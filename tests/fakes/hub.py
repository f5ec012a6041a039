"""A fake Hugging Face Hub speaking the real wire formats.

`/api/models` (sort, limit, author, expand[], Link cursor pagination, 400 on
`expand[]=baseModels`), `/api/models/{id}`, `/{repo}/resolve/{rev}/README.md`
(404 EntryNotFound, 403 GatedRepo) and `/api/papers/{id}`. `HubRoutes` can be
installed on any FakeService, so one server can play the Hub and arXiv.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from fakes.server import FakeService, Reply, Request, json_reply

# The listing endpoint refuses these expand keys (huggingface_hub PR #3182).
REFUSED_BY_LISTING = {"baseModels", "childrenModelCount", "usedStorage"}


@dataclass
class HubRoutes:
    models: list[dict[str, Any]] = field(default_factory=list)  # full records
    cards: dict[str, str] = field(default_factory=dict)  # model id -> README
    gated: set[str] = field(default_factory=set)
    papers: dict[str, dict[str, Any]] = field(default_factory=dict)

    def install(self, service: FakeService) -> None:
        self.service = service
        service.route(r"/api/models", self.listing)
        service.route(r"/api/models/(.+)", self.model_info)
        service.route(r"/api/papers/(.+)", self.paper)
        service.route(r"/(.+?/.+?)/resolve/([^/]+)/README\.md", self.readme)

    def record(self, model_id: str) -> dict[str, Any] | None:
        return next((m for m in self.models if m["id"] == model_id), None)

    def listing(self, request: Request) -> Reply:
        expand = request.query.get("expand[]", [])
        refused = REFUSED_BY_LISTING.intersection(expand)
        if refused:
            return json_reply({"error": f"invalid expand {sorted(refused)}"}, 400)
        chosen = list(self.models)
        if request.param("author"):
            chosen = [
                m for m in chosen if m["id"].split("/")[0] == request.param("author")
            ]
        # `models` is kept in the server's own order (sorted by downloads).
        limit = int(request.param("limit", "1000"))
        start = int(request.param("cursor", "0") or 0)
        page = [_shallow(m, expand) for m in chosen[start : start + limit]]
        headers = {}
        if start + limit < len(chosen):
            query = request.target.split("?", 1)[1].split("&cursor=")[0]
            link = f"{self.service.url}/api/models?{query}&cursor={start + limit}"
            headers["Link"] = f'<{link}>; rel="next"'
        return json_reply(page, **headers)

    def model_info(self, request: Request) -> Reply:
        found = self.record(request.groups[0])
        if found is None:
            return Reply(404, {"error": "Repository not found"}, _code("RepoNotFound"))
        return json_reply(found)

    def readme(self, request: Request) -> Reply:
        model_id = request.groups[0]
        if model_id in self.gated:
            body = {"error": f"Access to model {model_id} is restricted."}
            return Reply(403, body, _code("GatedRepo"))
        if self.record(model_id) is None:
            return Reply(401, {"error": "Repository not found"}, _code("RepoNotFound"))
        if model_id not in self.cards:
            body = {"error": "Entry not found"}
            return Reply(404, body, _code("EntryNotFound"))
        return Reply(
            200, self.cards[model_id], {"ETag": f'"{len(self.cards[model_id])}"'}
        )

    def paper(self, request: Request) -> Reply:
        found = self.papers.get(request.groups[0])
        if found is None:
            return json_reply({"error": "Paper not found"}, 404)
        return json_reply(found)


class FakeHub(FakeService):
    def __init__(self, routes: HubRoutes) -> None:
        super().__init__()
        self.hub = routes
        routes.install(self)


def _shallow(record: dict[str, Any], expand: list[str]) -> dict[str, Any]:
    # A listing with expand[] returns the internal id, the repo id and the
    # expanded keys only (huggingface_hub #2325).
    shallow = {"_id": record.get("_id", record["id"]), "id": record["id"]}
    for key in expand:
        if key in record:
            shallow[key] = record[key]
    return shallow


def _code(code: str) -> dict[str, str]:
    return {"X-Error-Code": code}
