"""The one HTTP layer every source uses: timeouts, rate limits, retries, counters.

Consumes (service, url) requests from the source modules and produces
`httpx.Response` objects, or raises a `FetchError` subclass named for what went
wrong. Each service has its own rate limiter set from the published policy
below, and its own counters. Base URLs come from the environment variables
named here (tests point them at fake servers); tokens come from `HF_TOKEN` and
`GITHUB_TOKEN` and are sent only to their own service, never logged or stored.
"""

from __future__ import annotations

import email.utils
import json
import logging
import os
import re
import time
from collections import Counter, deque
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol

import httpx

from chipaudit import __version__
from chipaudit.errors import ChipauditError

log = logging.getLogger(__name__)

USER_AGENT = f"chipaudit/{__version__} (+https://github.com/chipaudit)"

# -- services and where they live ----------------------------------------------

HUGGINGFACE = "huggingface"
GITHUB = "github"
GITHUB_RAW = "github_raw"
ARXIV = "arxiv"
SERVICES = (HUGGINGFACE, GITHUB, GITHUB_RAW, ARXIV)

HF_ENDPOINT_ENV = "HF_ENDPOINT"
GITHUB_API_URL_ENV = "GITHUB_API_URL"
GITHUB_RAW_URL_ENV = "CHIPAUDIT_GITHUB_RAW_URL"
ARXIV_URL_ENV = "CHIPAUDIT_ARXIV_URL"
ARXIV_API_URL_ENV = "CHIPAUDIT_ARXIV_API_URL"

DEFAULT_URLS = {
    HF_ENDPOINT_ENV: "https://huggingface.co",
    GITHUB_API_URL_ENV: "https://api.github.com",
    GITHUB_RAW_URL_ENV: "https://raw.githubusercontent.com",
    ARXIV_URL_ENV: "https://arxiv.org",
    ARXIV_API_URL_ENV: "https://export.arxiv.org/api/query",
}

HF_TOKEN_ENV = "HF_TOKEN"
GITHUB_TOKEN_ENV = "GITHUB_TOKEN"
TOKEN_ENVS = {HUGGINGFACE: HF_TOKEN_ENV, GITHUB: GITHUB_TOKEN_ENV}


def base_url(env_name: str) -> str:
    """A service's base URL: the environment variable, else the public default."""
    return (os.environ.get(env_name) or DEFAULT_URLS[env_name]).rstrip("/")


# -- politeness: published policies, as named constants ------------------------


@dataclass(frozen=True)
class RatePolicy:
    """At most `requests` requests in any window of `seconds`."""

    requests: int
    seconds: float


# huggingface.co: 1000 API requests per 5 minutes per user or IP (hub-docs).
HF_POLICY = RatePolicy(1000, 300)
# api.github.com: 5000 requests per hour with a token, 60 without.
GITHUB_POLICY = RatePolicy(5000, 3600)
GITHUB_ANONYMOUS_POLICY = RatePolicy(60, 3600)
# raw.githubusercontent.com publishes no quota; stay at the API's pace.
GITHUB_RAW_POLICY = RatePolicy(5000, 3600)
# arXiv's API terms: one request every three seconds, one connection at a time.
ARXIV_POLICY = RatePolicy(1, 3)

CONNECT_TIMEOUT = 10.0
READ_TIMEOUT = 30.0
MAX_ATTEMPTS = 4
BACKOFF_BASE = 1.0
BACKOFF_CAP = 30.0
# A server-signalled rate limit is waited out, up to this many times and this
# long, as the single retry layer; beyond that the request fails as rate_limited.
MAX_RATE_LIMIT_WAITS = 3
MAX_RATE_LIMIT_WAIT = 3700.0
# GitHub's advice when a secondary limit gives no time: wait at least a minute.
GITHUB_DEFAULT_WAIT = 60.0
MAX_REDIRECTS = 5


def default_policies(github_token: bool) -> dict[str, RatePolicy]:
    return {
        HUGGINGFACE: HF_POLICY,
        GITHUB: GITHUB_POLICY if github_token else GITHUB_ANONYMOUS_POLICY,
        GITHUB_RAW: GITHUB_RAW_POLICY,
        ARXIV: ARXIV_POLICY,
    }


# -- errors --------------------------------------------------------------------


class FetchError(ChipauditError):
    """A request that did not produce a usable response."""

    reason = "fetch_failed"

    def __init__(
        self,
        url: str,
        *,
        service: str = "",
        status: int | None = None,
        reason: str | None = None,
        detail: str = "",
    ) -> None:
        self.url = url
        self.service = service
        self.status = status
        self.reason = reason or type(self).reason
        self.detail = detail
        code = f" (HTTP {status})" if status else ""
        extra = f": {detail}" if detail else ""
        super().__init__(f"{url}: {self.reason}{code}{extra}")


class NotFound(FetchError):
    """The repo, file or paper does not exist (404, 410, Hub RepoNotFound)."""

    reason = "not_found"


class Gated(FetchError):
    """A gated Hub repo whose files need accepted terms (403/401 GatedRepo)."""

    reason = "gated"


class Forbidden(FetchError):
    """Access refused for good: private, disabled, or not accessible with the token."""

    reason = "forbidden"


class RateLimited(FetchError):
    """The service kept refusing for rate limits beyond what we are willing to wait."""

    reason = "rate_limited"


class Unavailable(FetchError):
    """Server errors, timeouts, resets, or 451 after the retries ran out."""

    reason = "server_error"


class Truncated(FetchError):
    """The body ended before its declared length."""

    reason = "truncated"


# -- clocks --------------------------------------------------------------------


class Clock(Protocol):
    def monotonic(self) -> float: ...

    def time(self) -> float: ...

    def sleep(self, seconds: float) -> None: ...


class SystemClock:
    def monotonic(self) -> float:
        return time.monotonic()

    def time(self) -> float:
        return time.time()

    def sleep(self, seconds: float) -> None:
        time.sleep(seconds)


# -- rate limiting -------------------------------------------------------------


class RateLimiter:
    """A sliding window over one service's recent request times, plus a pause
    the server can impose (429, secondary limits) that holds every request."""

    def __init__(self, policy: RatePolicy, clock: Clock) -> None:
        self.policy = policy
        self.clock = clock
        self.sent: deque[float] = deque()
        self.paused_until = 0.0

    def acquire(self) -> float:
        """Block until a request may go; return the seconds waited."""
        waited = self._wait(self.paused_until - self.clock.monotonic())
        while len(self.sent) >= self.policy.requests:
            oldest = self.sent[0]
            if self.clock.monotonic() - oldest >= self.policy.seconds:
                self.sent.popleft()
                continue
            waited += self._wait(oldest + self.policy.seconds - self.clock.monotonic())
        self.sent.append(self.clock.monotonic())
        return waited

    def pause(self, seconds: float) -> None:
        self.paused_until = max(self.paused_until, self.clock.monotonic() + seconds)

    def _wait(self, seconds: float) -> float:
        if seconds <= 0:
            return 0.0
        self.clock.sleep(seconds)
        return seconds


# -- counters ------------------------------------------------------------------


@dataclass
class ServiceCounters:
    requests: int = 0
    ok: int = 0
    not_modified: int = 0
    retried: int = 0
    rate_limited_waits: int = 0
    waited_seconds: float = 0.0
    failures: Counter[str] = field(default_factory=Counter)

    def line(self, service: str) -> str:
        failed = ", ".join(f"{name} {n}" for name, n in sorted(self.failures.items()))
        return (
            f"{service}: {self.requests} requests, {self.ok} ok, "
            f"{self.not_modified} not modified, {self.retried} retried, "
            f"{self.rate_limited_waits} rate-limited, "
            f"waited {self.waited_seconds:.0f} s, failed: {failed or '-'}"
        )


# -- conditional requests ------------------------------------------------------


@dataclass(frozen=True)
class Validators:
    etag: str = ""
    last_modified: str = ""


class ValidatorCache(Protocol):
    """Where ETag / Last-Modified of earlier responses are kept (the store)."""

    def http_validators(self, url: str) -> Validators | None: ...

    def put_http_validators(
        self, url: str, validators: Validators, status: int
    ) -> None: ...


# -- the client ----------------------------------------------------------------


class HttpClient:
    """Every request chipaudit makes goes through `get`. Use as a context manager."""

    def __init__(
        self,
        *,
        clock: Clock | None = None,
        policies: Mapping[str, RatePolicy] | None = None,
        tokens: Mapping[str, str] | None = None,
        cache: ValidatorCache | None = None,
        timeout: httpx.Timeout | None = None,
        max_attempts: int = MAX_ATTEMPTS,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self.clock = clock or SystemClock()
        self.tokens = dict(tokens) if tokens is not None else tokens_from_env()
        chosen = policies or default_policies(bool(self.tokens.get(GITHUB)))
        self.limiters = {
            name: RateLimiter(chosen[name], self.clock) for name in SERVICES
        }
        self.counters = {name: ServiceCounters() for name in SERVICES}
        self.cache = cache
        self.max_attempts = max_attempts
        self._client = httpx.Client(
            headers={"User-Agent": USER_AGENT},
            timeout=timeout or httpx.Timeout(READ_TIMEOUT, connect=CONNECT_TIMEOUT),
            follow_redirects=True,
            max_redirects=MAX_REDIRECTS,
            transport=transport,
        )

    def __enter__(self) -> HttpClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._client.close()

    def get(
        self,
        service: str,
        url: str,
        *,
        headers: Mapping[str, str] | None = None,
        params: Any = None,
        stream_limit: int | None = None,
        revalidate: bool = False,
    ) -> httpx.Response:
        """GET `url`, politely; return a 2xx or 304 response or raise FetchError.

        `stream_limit` stops reading after that many bytes; the response then
        carries `cut(response) is True`. With `revalidate`, stored validators
        make the request conditional and a 304 comes back unchanged.
        """
        if service not in self.limiters:
            raise ValueError(f"unknown service {service!r}; one of {SERVICES}")
        sent_headers = self._headers(service, url, headers, revalidate)
        attempt = 1
        waits = 0
        while True:
            self._pace(service)
            try:
                response = self._send(url, sent_headers, params, stream_limit)
            except FetchError as error:
                error.service = service
                if attempt >= self.max_attempts:
                    raise self._failed(error) from None
                self._back_off(service, url, attempt, error.reason, None)
                attempt += 1
                continue
            delay = rate_limit_delay(service, response, self.clock.time())
            if delay is not None:
                if waits >= MAX_RATE_LIMIT_WAITS or delay > MAX_RATE_LIMIT_WAIT:
                    raise self._failed(
                        RateLimited(url, service=service, status=response.status_code)
                    )
                waits += 1
                self._wait_out(service, url, delay)
                continue
            if response.status_code >= 500 and attempt < self.max_attempts:
                self._back_off(service, url, attempt, "server_error", response)
                attempt += 1
                continue
            return self._finish(service, url, response)

    def get_json(self, service: str, url: str, **kwargs: Any) -> Any:
        """GET and decode JSON; a body that is not JSON is a FetchError."""
        return json_body(self.get(service, url, **kwargs))

    def paginate(
        self, service: str, url: str, *, params: Any = None
    ) -> Iterator[httpx.Response]:
        """Each page of a listing, following `Link: <...>; rel="next"`."""
        next_url: str | None = url
        while next_url:
            response = self.get(service, next_url, params=params)
            yield response
            params = None  # the next link already carries the query
            next_url = response.links.get("next", {}).get("url")

    def summary_lines(self) -> list[str]:
        return [
            self.counters[name].line(name)
            for name in SERVICES
            if self.counters[name].requests
        ]

    # -- steps of get ----------------------------------------------------------

    def _headers(
        self,
        service: str,
        url: str,
        headers: Mapping[str, str] | None,
        revalidate: bool,
    ) -> dict[str, str]:
        sent = dict(headers or {})
        token = self.tokens.get(service)
        if token:
            sent["Authorization"] = f"Bearer {token}"
        if revalidate and self.cache is not None:
            known = self.cache.http_validators(url)
            if known and known.etag:
                sent["If-None-Match"] = known.etag
            if known and known.last_modified:
                sent["If-Modified-Since"] = known.last_modified
        return sent

    def _pace(self, service: str) -> None:
        waited = self.limiters[service].acquire()
        if waited:
            self.counters[service].waited_seconds += waited
        self.counters[service].requests += 1

    def _send(
        self,
        url: str,
        headers: dict[str, str],
        params: Any,
        stream_limit: int | None,
    ) -> httpx.Response:
        log.debug("GET %s", url)
        try:
            with self._client.stream("GET", url, headers=headers, params=params) as got:
                body, was_cut = _read_body(got, url, stream_limit)
        except FetchError:
            raise
        except httpx.TimeoutException as error:
            raise Unavailable(url, reason="timeout", detail=str(error)) from error
        except httpx.TooManyRedirects as error:
            raise Unavailable(url, reason="too_many_redirects") from error
        except httpx.TransportError as error:
            raise Unavailable(
                url, reason="connection_error", detail=str(error)
            ) from error
        return _rebuilt(got, body, was_cut)

    def _back_off(
        self,
        service: str,
        url: str,
        attempt: int,
        reason: str,
        response: httpx.Response | None,
    ) -> None:
        delay = min(BACKOFF_CAP, BACKOFF_BASE * 2 ** (attempt - 1))
        if response is not None:
            delay = max(delay, retry_after(response, self.clock.time()) or 0.0)
        self.counters[service].retried += 1
        log.warning(
            "%s: %s, retry %d of %d in %.0f s",
            url,
            reason,
            attempt,
            self.max_attempts - 1,
            delay,
        )
        delay = min(delay, MAX_RATE_LIMIT_WAIT)
        self.clock.sleep(delay)
        self.counters[service].waited_seconds += delay

    def _wait_out(self, service: str, url: str, delay: float) -> None:
        # The pause holds every request to the service, not only this one.
        counters = self.counters[service]
        counters.rate_limited_waits += 1
        log.warning("%s: rate limited by %s, waiting %.0f s", url, service, delay)
        self.limiters[service].pause(delay)

    def _finish(
        self, service: str, url: str, response: httpx.Response
    ) -> httpx.Response:
        status = response.status_code
        if status == 304:
            self.counters[service].not_modified += 1
            return response
        if 200 <= status < 300:
            self.counters[service].ok += 1
            self._remember(url, response)
            return response
        raise self._failed(status_error(service, url, response))

    def _remember(self, url: str, response: httpx.Response) -> None:
        if self.cache is None:
            return
        found = Validators(
            response.headers.get("etag", ""), response.headers.get("last-modified", "")
        )
        if found.etag or found.last_modified:
            self.cache.put_http_validators(url, found, response.status_code)

    def _failed(self, error: FetchError) -> FetchError:
        self.counters[error.service].failures[error.reason] += 1
        log.debug("giving up on %s: %s", error.url, error.reason)
        return error


def tokens_from_env() -> dict[str, str]:
    found = {}
    for service, name in TOKEN_ENVS.items():
        value = os.environ.get(name, "").strip()
        if value:
            found[service] = value
    return found


def _read_body(
    response: httpx.Response, url: str, stream_limit: int | None
) -> tuple[bytes, bool]:
    body = bytearray()
    try:
        for chunk in response.iter_bytes():
            body += chunk
            if stream_limit is not None and len(body) > stream_limit:
                return bytes(body[:stream_limit]), True
    except httpx.TimeoutException as error:
        raise Unavailable(url, reason="timeout", status=response.status_code) from error
    except (httpx.RemoteProtocolError, httpx.ReadError) as error:
        raise Truncated(url, status=response.status_code, detail=str(error)) from error
    return bytes(body), False


def _rebuilt(streamed: httpx.Response, body: bytes, was_cut: bool) -> httpx.Response:
    # The body is already decoded, so the encoding headers no longer apply.
    headers = [
        (name, value)
        for name, value in streamed.headers.multi_items()
        if name.lower() not in ("content-encoding", "content-length")
    ]
    response = httpx.Response(
        streamed.status_code,
        headers=headers,
        content=body,
        request=streamed.request,
        history=streamed.history,
        extensions={**streamed.extensions, "chipaudit_cut": was_cut},
    )
    return response


def cut(response: httpx.Response) -> bool:
    """Whether `stream_limit` stopped reading this response early."""
    return bool(response.extensions.get("chipaudit_cut"))


def json_body(response: httpx.Response) -> Any:
    try:
        return response.json()
    except (json.JSONDecodeError, UnicodeDecodeError) as error:
        raise FetchError(
            str(response.request.url),
            status=response.status_code,
            reason="bad_json",
            detail=str(error),
        ) from error


# -- reading the servers' signals ----------------------------------------------

HUB_RATE_LIMIT = re.compile(r"\bt=(\d+(?:\.\d+)?)")


def rate_limit_delay(
    service: str, response: httpx.Response, now: float
) -> float | None:
    """Seconds to wait when the response is a rate-limit refusal, else None."""
    status = response.status_code
    if status == 429:
        return _signalled_wait(response, now) or BACKOFF_CAP
    if service == GITHUB and status == 403 and _github_rate_limited(response):
        return _signalled_wait(response, now) or GITHUB_DEFAULT_WAIT
    return None


def _signalled_wait(response: httpx.Response, now: float) -> float | None:
    waits = [retry_after(response, now), _hub_rate_limit(response)]
    waits.append(_github_reset(response, now))
    given = [wait for wait in waits if wait is not None]
    return max(given) if given else None


def retry_after(response: httpx.Response, now: float) -> float | None:
    """`Retry-After` as seconds (either delta-seconds or an HTTP date)."""
    value = response.headers.get("retry-after", "").strip()
    if not value:
        return None
    if value.replace(".", "", 1).isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value).timestamp()
    except (TypeError, ValueError):
        return None
    return max(0.0, when - now)


def _hub_rate_limit(response: httpx.Response) -> float | None:
    # The Hub's IETF draft header: RateLimit: "api";r=0;t=37 (t = seconds to reset).
    found = HUB_RATE_LIMIT.search(response.headers.get("ratelimit", ""))
    return float(found[1]) if found else None


def _github_reset(response: httpx.Response, now: float) -> float | None:
    reset = response.headers.get("x-ratelimit-reset", "").strip()
    if not reset.isdigit():
        return None
    return max(1.0, int(reset) - now)


def _github_rate_limited(response: httpx.Response) -> bool:
    if response.headers.get("retry-after"):
        return True
    if response.headers.get("x-ratelimit-remaining", "").strip() == "0":
        return True
    return "rate limit" in _message(response).lower()


def _message(response: httpx.Response) -> str:
    try:
        body = response.json()
    except (json.JSONDecodeError, UnicodeDecodeError):
        return response.text[:500]
    if isinstance(body, dict):
        return str(body.get("message") or body.get("error") or "")
    return ""


def status_error(service: str, url: str, response: httpx.Response) -> FetchError:
    """The FetchError for a final non-2xx response."""
    status = response.status_code
    code = response.headers.get("x-error-code", "")
    detail = _message(response)[:200]
    kind: type[FetchError]
    if code == "GatedRepo":
        kind = Gated
    elif code in ("RepoNotFound", "EntryNotFound", "RevisionNotFound"):
        kind = NotFound
    elif status in (404, 410):
        kind = NotFound
    elif status in (401, 403):
        kind = Forbidden
    elif status == 451:
        return Unavailable(
            url, service=service, status=status, reason="legal", detail=detail
        )
    elif status >= 500:
        kind = Unavailable
    else:
        return FetchError(
            url, service=service, status=status, reason=f"http_{status}", detail=detail
        )
    return kind(url, service=service, status=status, detail=detail)
