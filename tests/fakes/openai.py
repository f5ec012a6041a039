"""A fake OpenAI-compatible server on 127.0.0.1: scripted chat replies, a log.

`tests/fakes/server.py` serves GET only, and the chat endpoint is a POST with
a JSON body, so this one is separate. Replies queued with `script(...)` are
served in order to `POST /v1/chat/completions`; once the queue is empty every
request gets `fallback`. `GET /v1/models` lists `models`.
"""

from __future__ import annotations

import json
import threading
from collections import deque
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from fakes.server import serve, stop_server


@dataclass
class Sent:
    """One request the fake received."""

    method: str
    path: str
    headers: dict[str, str]
    body: Any


def chat(content: str, finish_reason: str = "stop") -> dict[str, Any]:
    """A chat-completions response body with one choice."""
    return {
        "id": "chatcmpl-fake",
        "object": "chat.completion",
        "choices": [
            {
                "index": 0,
                "finish_reason": finish_reason,
                "message": {"role": "assistant", "content": content},
            }
        ],
    }


def claims(*items: dict[str, Any]) -> dict[str, Any]:
    """A chat response whose content is a schema-valid list of claims."""
    full = [
        {"chip": "", "count": None, "document_key": "", "quote": "", **item}
        for item in items
    ]
    return chat(json.dumps({"training": full}))


class FakeOpenAI:
    """Chat completions from a script; use as a context manager."""

    def __init__(self, models: tuple[str, ...] = ("fake-judge",)) -> None:
        self.models = models
        self.queue: deque[tuple[int, Any]] = deque()
        self.fallback: tuple[int, Any] = (200, claims())
        self.sent: list[Sent] = []
        self.lock = threading.Lock()
        self._server: ThreadingHTTPServer | None = None

    def script(self, *bodies: Any, status: int = 200) -> None:
        with self.lock:
            self.queue.extend((status, body) for body in bodies)

    @property
    def chats(self) -> list[Sent]:
        return [sent for sent in self.sent if sent.path.endswith("/chat/completions")]

    @property
    def url(self) -> str:
        assert self._server is not None, "start the fake first"
        port = self._server.server_address[1]
        return f"http://127.0.0.1:{port}/v1"

    def __enter__(self) -> FakeOpenAI:
        fake = self

        class _Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:  # noqa: N802 (the stdlib's name)
                fake._record(self, None)
                data = [{"id": name, "object": "model"} for name in fake.models]
                _send(self, 200, {"object": "list", "data": data})

            def do_POST(self) -> None:  # noqa: N802
                length = int(self.headers.get("Content-Length") or 0)
                body = json.loads(self.rfile.read(length) or b"null")
                fake._record(self, body)
                _send(self, *fake._next())

            def log_message(self, *args: object) -> None:
                pass

        self._server = serve(_Handler)
        return self

    def __exit__(self, *exc: object) -> None:
        stop_server(self._server)

    def _record(self, handler: BaseHTTPRequestHandler, body: Any) -> None:
        headers = {name.lower(): value for name, value in handler.headers.items()}
        with self.lock:
            self.sent.append(Sent(handler.command, handler.path, headers, body))

    def _next(self) -> tuple[int, Any]:
        with self.lock:
            return self.queue.popleft() if self.queue else self.fallback


def _send(handler: BaseHTTPRequestHandler, status: int, body: Any) -> None:
    payload = json.dumps(body).encode("utf-8")
    handler.send_response(status)
    handler.send_header("Content-Type", "application/json")
    handler.send_header("Content-Length", str(len(payload)))
    handler.end_headers()
    handler.wfile.write(payload)
