"""A fake HTTP server on 127.0.0.1 with routes, a request log and injected faults.

Each fake service (Hub, GitHub, arXiv) subclasses `FakeService` and registers
routes with `route(pattern)`; a handler takes a `Request` and returns a `Reply`.
Faults are queued with `inject(pattern, Fault(...), times=n)`: the next `n`
requests whose path (with query) matches get the fault instead of the route.
"""

from __future__ import annotations

import json
import re
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit


@dataclass
class Request:
    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    target: str  # path and query as sent
    groups: tuple[str, ...] = ()

    def param(self, name: str, default: str = "") -> str:
        return self.query.get(name, [default])[0]


@dataclass
class Reply:
    status: int = 200
    body: bytes | str | Any = b""
    headers: dict[str, str] = field(default_factory=dict)

    def payload(self) -> bytes:
        if isinstance(self.body, bytes):
            return self.body
        if isinstance(self.body, str):
            return self.body.encode("utf-8")
        return json.dumps(self.body).encode("utf-8")

    def content_type(self) -> str:
        if isinstance(self.body, bytes | str):
            return "text/plain; charset=utf-8"
        return "application/json"


def json_reply(body: Any, status: int = 200, **headers: str) -> Reply:
    return Reply(status, body, dict(headers))


@dataclass
class Fault:
    """What to do instead of answering: a canned reply, a reset, a stall, a cut."""

    kind: str  # "reply" | "reset" | "slow" | "truncate"
    reply: Reply | None = None
    seconds: float = 0.0

    @staticmethod
    def status(code: int, body: Any = "", **headers: str) -> Fault:
        return Fault("reply", Reply(code, body, dict(headers)))


Handler = Callable[[Request], Reply]


class FakeService:
    """Routes plus faults, served by a threaded HTTP server on a free local port."""

    def __init__(self) -> None:
        self.routes: list[tuple[re.Pattern[str], Handler]] = []
        self.faults: list[list[Any]] = []  # [pattern, fault, times left]
        self.log: list[Request] = []
        self.lock = threading.Lock()
        self._server: ThreadingHTTPServer | None = None

    # -- set-up -----------------------------------------------------------

    def route(self, pattern: str, handler: Handler) -> None:
        self.routes.append((re.compile(pattern), handler))

    def inject(self, pattern: str, fault: Fault, times: int = 1) -> None:
        with self.lock:
            self.faults.append([re.compile(pattern), fault, times])

    # -- life cycle -------------------------------------------------------

    def start(self) -> FakeService:
        service = self

        class _Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            # One buffered write per reply, no Nagle: otherwise every keep-alive
            # request waits out a delayed ACK (~40 ms).
            wbufsize = -1
            disable_nagle_algorithm = True

            def do_GET(self) -> None:  # noqa: N802 (the stdlib's name)
                try:
                    service._handle(self)
                except (BrokenPipeError, ConnectionResetError):
                    self.close_connection = True  # the client gave up first

            def log_message(self, *args: object) -> None:
                pass

        self._server = serve(_Handler)
        return self

    def stop(self) -> None:
        stop_server(self._server)

    def __enter__(self) -> FakeService:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def url(self) -> str:
        assert self._server is not None, "start() the service first"
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def requests_to(self, pattern: str) -> list[Request]:
        found = re.compile(pattern)
        return [request for request in self.log if found.search(request.target)]

    # -- serving ------------------------------------------------------------

    def _handle(self, handler: BaseHTTPRequestHandler) -> None:
        request = _request(handler)
        with self.lock:
            self.log.append(request)
            fault = self._take_fault(request.target)
        if fault is not None and fault.kind != "reply":
            _misbehave(handler, fault, self._answer(request))
            return
        reply = fault.reply if fault and fault.reply else self._answer(request)
        _send(handler, reply)

    def _take_fault(self, target: str) -> Fault | None:
        for entry in self.faults:
            pattern, fault, times = entry
            if times > 0 and pattern.search(target):
                entry[2] -= 1
                return fault  # type: ignore[no-any-return]
        return None

    def _answer(self, request: Request) -> Reply:
        for pattern, handler in self.routes:
            found = pattern.fullmatch(request.path)
            if found:
                request.groups = found.groups()
                return handler(request)
        return json_reply({"error": "no such route"}, 404)


def _request(handler: BaseHTTPRequestHandler) -> Request:
    parts = urlsplit(handler.path)
    return Request(
        method=handler.command,
        path=unquote(parts.path),
        query=parse_qs(parts.query, keep_blank_values=True),
        headers={name.lower(): value for name, value in handler.headers.items()},
        target=handler.path,
    )


def _send(
    handler: BaseHTTPRequestHandler, reply: Reply, length: int | None = None
) -> None:
    payload = reply.payload()
    handler.send_response(reply.status)
    headers = {"Content-Type": reply.content_type(), **reply.headers}
    for name, value in headers.items():
        handler.send_header(name, value)
    handler.send_header("Content-Length", str(length or len(payload)))
    handler.end_headers()
    handler.wfile.write(payload)


def _misbehave(handler: BaseHTTPRequestHandler, fault: Fault, reply: Reply) -> None:
    if fault.kind == "slow":
        time.sleep(fault.seconds)
        _send(handler, reply)
    elif fault.kind == "truncate":
        payload = reply.payload()
        cut = Reply(reply.status, payload[: max(1, len(payload) // 2)], reply.headers)
        _send(handler, cut, length=len(payload) + 1)
        handler.close_connection = True
    elif fault.kind == "reset":
        # SO_LINGER 0 makes close() send RST: the client sees a connection reset.
        handler.connection.setsockopt(
            socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00"
        )
        handler.close_connection = True
        handler.connection.close()


class FakeClock:
    """A clock whose sleeps only move time forward; it records every sleep."""

    def __init__(self, start: float = 1_700_000_000.0) -> None:
        self.now = start
        self.sleeps: list[float] = []

    def monotonic(self) -> float:
        return self.now

    def time(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds


def serve(handler: type[BaseHTTPRequestHandler]) -> ThreadingHTTPServer:
    """A threaded HTTP server on a free loopback port, serving in the background."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, args=(0.02,), daemon=True).start()
    return server


def stop_server(server: ThreadingHTTPServer | None) -> None:
    if server is not None:
        server.shutdown()
        server.server_close()
