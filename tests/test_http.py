"""The HTTP layer against a fake server on 127.0.0.1, with a fake clock."""

from __future__ import annotations

import httpx
import pytest
from fakes.server import FakeClock, FakeService, Fault, Reply, json_reply

from chipaudit.sources import http
from chipaudit.sources.http import (
    ARXIV,
    GITHUB,
    HUGGINGFACE,
    Forbidden,
    Gated,
    HttpClient,
    NotFound,
    RatePolicy,
    Truncated,
    Unavailable,
    Validators,
)
from chipaudit.store import Store

PROXY_ENVS = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy")


@pytest.fixture(autouse=True)
def isolated(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("HF_TOKEN", "GITHUB_TOKEN", *PROXY_ENVS):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def server():
    service = FakeService()
    service.route(r"/ok", lambda request: Reply(200, "fine", {"ETag": '"v1"'}))
    service.route(r"/big", lambda request: Reply(200, "x" * 5000))
    service.route(r"/json", lambda request: json_reply({"a": 1}))
    with service:
        yield service


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


def client_for(clock: FakeClock, **kwargs) -> HttpClient:
    kwargs.setdefault("tokens", {})
    kwargs.setdefault("timeout", httpx.Timeout(0.5))
    return HttpClient(clock=clock, **kwargs)


def test_sends_user_agent_and_only_the_services_own_token(server, clock):
    tokens = {HUGGINGFACE: "hf_secret", GITHUB: "ghp_secret"}
    with client_for(clock, tokens=tokens) as client:
        client.get(HUGGINGFACE, server.url + "/ok")
        client.get(ARXIV, server.url + "/ok")
    hub, arxiv = server.log
    assert hub.headers["user-agent"].startswith("chipaudit/")
    assert hub.headers["authorization"] == "Bearer hf_secret"
    assert "authorization" not in arxiv.headers


def test_token_never_appears_in_errors_or_logs(server, clock, caplog):
    caplog.set_level("DEBUG")
    server.inject("/ok", Fault.status(500), times=9)
    with client_for(clock, tokens={GITHUB: "ghp_secret"}) as client:
        with pytest.raises(Unavailable) as raised:
            client.get(GITHUB, server.url + "/ok")
    assert "ghp_secret" not in str(raised.value)
    assert "ghp_secret" not in caplog.text


@pytest.mark.parametrize(
    ("fault", "reason"),
    [
        (Fault.status(500), "server_error"),
        (Fault.status(503, "", **{"Retry-After": "7"}), "server_error"),
        (Fault("reset"), "connection_error"),
        (Fault("slow", seconds=1.0), "timeout"),
        (Fault("truncate"), "truncated"),
    ],
)
def test_transient_faults_are_retried_then_succeed(server, clock, fault, reason):
    server.inject("/ok", fault, times=2)
    with client_for(clock) as client:
        response = client.get(HUGGINGFACE, server.url + "/ok")
        counters = client.counters[HUGGINGFACE]
    assert response.text == "fine"
    assert counters.requests == 3
    assert counters.retried == 2
    assert not counters.failures
    assert all(wait <= http.BACKOFF_CAP for wait in clock.sleeps)


def test_retry_after_on_503_is_honoured(server, clock):
    server.inject("/ok", Fault.status(503, "", **{"Retry-After": "7"}))
    with client_for(clock) as client:
        client.get(HUGGINGFACE, server.url + "/ok")
    assert clock.sleeps == [7.0]


@pytest.mark.parametrize(
    ("fault", "kind", "reason"),
    [
        (Fault.status(500), Unavailable, "server_error"),
        (Fault("truncate"), Truncated, "truncated"),
        (Fault("reset"), Unavailable, "connection_error"),
    ],
)
def test_persistent_faults_fail_after_capped_attempts(
    server, clock, fault, kind, reason
):
    server.inject("/ok", fault, times=99)
    with client_for(clock) as client:
        with pytest.raises(kind) as raised:
            client.get(HUGGINGFACE, server.url + "/ok")
        counters = client.counters[HUGGINGFACE]
    assert raised.value.reason == reason
    assert counters.requests == http.MAX_ATTEMPTS
    assert counters.failures == {reason: 1}
    assert clock.sleeps == [1.0, 2.0, 4.0]


@pytest.mark.parametrize(
    ("fault", "kind", "reason"),
    [
        (Fault.status(404, {"error": "nope"}), NotFound, "not_found"),
        (Fault.status(403, "", **{"X-Error-Code": "GatedRepo"}), Gated, "gated"),
        (
            Fault.status(401, "", **{"X-Error-Code": "RepoNotFound"}),
            NotFound,
            "not_found",
        ),
        (
            Fault.status(403, {"message": "Resource not accessible"}),
            Forbidden,
            "forbidden",
        ),
        (Fault.status(451, "blocked"), Unavailable, "legal"),
        (Fault.status(400, "bad"), http.FetchError, "http_400"),
    ],
)
def test_final_statuses_are_named_and_never_retried(server, clock, fault, kind, reason):
    server.inject("/ok", fault)
    with client_for(clock) as client:
        with pytest.raises(kind) as raised:
            client.get(HUGGINGFACE, server.url + "/ok")
    assert raised.value.reason == reason
    assert raised.value.url.endswith("/ok")
    assert len(server.log) == 1
    assert clock.sleeps == []


def test_c04a_hub_ratelimit_header_one_wait_then_success(server, clock):
    headers = {
        "RateLimit": '"api";r=0;t=37',
        "RateLimit-Policy": '"fixed window";"api";q=1000;w=300',
    }
    server.inject("/json", Fault.status(429, {"error": "quota"}, **headers))
    with client_for(clock) as client:
        assert client.get_json(HUGGINGFACE, server.url + "/json") == {"a": 1}
        counters = client.counters[HUGGINGFACE]
    assert clock.sleeps == [37.0]
    assert counters.rate_limited_waits == 1
    assert counters.retried == 0
    assert not counters.failures


def test_c04b_github_secondary_limit_waits_for_reset_and_pauses_github(server, clock):
    body = {"message": "You have exceeded a secondary rate limit. Please wait."}
    reset = str(int(clock.time()) + 59)
    headers = {"x-ratelimit-remaining": "4750", "x-ratelimit-reset": reset}
    server.inject("/json", Fault.status(403, body, **headers))
    with client_for(clock) as client:
        client.get(GITHUB, server.url + "/json")
        counters = client.counters[GITHUB]
    assert clock.sleeps == [59.0]
    assert counters.rate_limited_waits == 1
    assert not counters.failures


def test_c04b_secondary_limit_without_time_waits_a_minute(server, clock):
    body = {"message": "You have exceeded a secondary rate limit."}
    server.inject("/json", Fault.status(403, body))
    with client_for(clock) as client:
        client.get(GITHUB, server.url + "/json")
    assert clock.sleeps == [60.0]


def test_c04b_pause_holds_other_github_requests(clock):
    limiter = http.RateLimiter(RatePolicy(5000, 3600), clock)
    limiter.pause(59)
    assert limiter.acquire() == 59


def test_c04c_plain_403_is_forbidden_without_retry(server, clock):
    body = {"message": "Resource not accessible by integration"}
    server.inject("/json", Fault.status(403, body, **{"x-ratelimit-remaining": "4999"}))
    with client_for(clock) as client:
        with pytest.raises(Forbidden):
            client.get(GITHUB, server.url + "/json")
        counters = client.counters[GITHUB]
    assert counters.failures == {"forbidden": 1}
    assert clock.sleeps == []
    assert len(server.log) == 1


def test_rate_limit_beyond_the_cap_fails_as_rate_limited(server, clock):
    server.inject("/json", Fault.status(429, "", **{"Retry-After": "99999"}))
    with client_for(clock) as client:
        with pytest.raises(http.RateLimited):
            client.get(HUGGINGFACE, server.url + "/json")


def test_arxiv_policy_spaces_requests_three_seconds_apart(server, clock):
    with client_for(clock) as client:
        for _ in range(3):
            client.get(ARXIV, server.url + "/ok")
    assert clock.sleeps == [3.0, 3.0]


def test_anonymous_github_gets_sixty_an_hour(clock):
    limiter = http.RateLimiter(http.default_policies(False)[GITHUB], clock)
    waits = [limiter.acquire() for _ in range(61)]
    assert waits[:60] == [0.0] * 60
    assert waits[60] == 3600


def test_conditional_request_uses_stored_validators(server, clock, tmp_path):
    with Store(tmp_path / "s.db") as store, client_for(clock, cache=store) as client:
        client.get(HUGGINGFACE, server.url + "/ok")
        assert store.http_validators(server.url + "/ok") == Validators('"v1"', "")
        server.inject("/ok", Fault.status(304))
        response = client.get(HUGGINGFACE, server.url + "/ok", revalidate=True)
        counters = client.counters[HUGGINGFACE]
    assert response.status_code == 304
    assert server.log[-1].headers["if-none-match"] == '"v1"'
    assert counters.not_modified == 1


def test_stream_limit_cuts_the_body(server, clock):
    with client_for(clock) as client:
        response = client.get(HUGGINGFACE, server.url + "/big", stream_limit=100)
    assert len(response.content) == 100
    assert http.cut(response)


def test_paginate_follows_link_headers(clock):
    service = FakeService()

    def page(request):
        cursor = request.param("cursor")
        if cursor:
            return json_reply([cursor])
        return json_reply(["first"], Link=f'<{service.url}/list?cursor=2>; rel="next"')

    service.route(r"/list", page)
    with service, client_for(clock) as client:
        pages = [r.json() for r in client.paginate(HUGGINGFACE, service.url + "/list")]
    assert pages == [["first"], ["2"]]


def test_base_urls_come_from_the_environment(monkeypatch):
    monkeypatch.setenv(http.HF_ENDPOINT_ENV, "http://127.0.0.1:9/")
    assert http.base_url(http.HF_ENDPOINT_ENV) == "http://127.0.0.1:9"
    monkeypatch.delenv(http.GITHUB_API_URL_ENV, raising=False)
    assert http.base_url(http.GITHUB_API_URL_ENV) == "https://api.github.com"
