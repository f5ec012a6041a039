"""The LLM judge: a committal second opinion on weak or conflicting evidence.

Consumes a rules verdict, its evidence rows and the documents they quote. A
verdict the rules settled on a stated claim (or found nothing for) is left
alone; any other goes, with its candidate passages, to an OpenAI-compatible
chat server that must answer in a strict JSON schema, one claim per training
provider, each with a quote and its document key. Produces a Judgment whose
claims were each checked: the quote is verbatim in the named document's plain
text and names the claimed chip or provider. Settings: `--llm-url`
(CHIPAUDIT_LLM_URL), `--llm-model` (CHIPAUDIT_LLM_MODEL, else the server's
first model) and the key in OPENAI_API_KEY, sent only to that server.
"""

from __future__ import annotations

import json
import logging
import os
import re
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

import httpx

from chipaudit.errors import ChipauditError, MisuseError, shown
from chipaudit.resolve import disclosure_level, unique
from chipaudit.signals.catalog import TRACKED_PROVIDERS, contexts, find_mentions
from chipaudit.sources.http import USER_AGENT
from chipaudit.store import Document, Store
from chipaudit.text import Prepared, prepare

log = logging.getLogger(__name__)

LLM_URL_ENV = "CHIPAUDIT_LLM_URL"
LLM_MODEL_ENV = "CHIPAUDIT_LLM_MODEL"
API_KEY_ENV = "OPENAI_API_KEY"

# Lower than the rules' stated basis (signals/confidence.yaml): a checked quote
# proves the passage exists, not that the model read it right.
LLM_CONFIDENCE = 0.8
MAX_TOKENS = 1024
# A truncated answer is retried once with this much more room; the same budget
# would cut at the same place.
RETRY_TOKENS_FACTOR = 4
MAX_TOKENS_CAP = 8192
CONNECT_TIMEOUT = 10.0
READ_TIMEOUT = 120.0
# Context around each evidence quote, and the cap on all passages together.
CONTEXT_CHARS = 250
MAX_PASSAGE_CHARS = 1200
MAX_PROMPT_CHARS = 8000
MAX_PASSAGES = 12
MIN_QUOTE_CHARS = 8
# After this many unreachable requests in a row, the run stops asking.
MAX_CONSECUTIVE_FAILURES = 3

OK = "ok"
TRUNCATED = "truncated"
INVALID_OUTPUT = "invalid_output"
UNAVAILABLE = "unavailable"
REJECTED = "rejected"
SETTLED_BASES = ("stated", "no_training_evidence")

CLAIM_FIELDS = ("provider", "chip", "count", "document_key", "quote")
SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {
        "training": {
            "type": "array",
            "items": {
                "type": "object",
                "properties": {
                    "provider": {"type": "string", "enum": list(TRACKED_PROVIDERS)},
                    "chip": {"type": "string"},
                    "count": {"type": ["integer", "null"]},
                    "document_key": {"type": "string"},
                    "quote": {"type": "string"},
                },
                "required": list(CLAIM_FIELDS),
                "additionalProperties": False,
            },
        }
    },
    "required": ["training"],
    "additionalProperties": False,
}

INSTRUCTION = """\
You decide which accelerator hardware trained one machine-learning model.
You get the model id and numbered passages from its model card, code \
repositories and papers.
Decide the providers, chips and chip count used to TRAIN THIS MODEL: not its \
base model, not a sibling or another size of its family, not hardware it merely \
runs on for inference or was benchmarked on.
Commit to an answer. For each provider that trained this model give one claim:
- provider: one of the allowed provider names;
- chip: the chip as the passage names it, or "" when it names only the provider;
- count: the number of chips the passage states for training, else null;
- document_key: the key shown above the passage you quote;
- quote: one sentence copied character for character from that passage, \
naming the chip or provider. Never shorten, paraphrase or join passages.
Give no claim you cannot quote. When the passages do not say what trained this \
model, answer with an empty list.
Answer only with JSON matching the schema."""


class LlmUnavailable(ChipauditError):
    """The LLM server could not be reached or refused the request."""

    def __init__(self, url: str, reason: str) -> None:
        super().__init__(f"{redacted(url)}: {reason}")
        self.url = url
        self.reason = reason


class LlmUrlInvalid(MisuseError):
    """The LLM server URL is not an http(s) address."""

    def __init__(self, url: str) -> None:
        super().__init__(
            f"--llm-url {shown(redacted(url))} is not an http(s) URL; give the "
            "server's base URL, such as http://127.0.0.1:8000/v1"
        )
        self.url = url


def check_url(url: str) -> str:
    """The server URL without a trailing slash; LlmUrlInvalid unless it is
    http(s) with a host."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        raise LlmUrlInvalid(url) from None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise LlmUrlInvalid(url)
    return url.strip().rstrip("/")


def redacted(url: str) -> str:
    """The URL as it may be shown: a user name or password in it is hidden."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return url
    if "@" not in parts.netloc:
        return url
    host = parts.netloc.rsplit("@", 1)[1]
    return parts._replace(netloc=f"***@{host}").geturl()


@dataclass(frozen=True)
class LlmSettings:
    """Where the judge asks and how much room it gives the answer."""

    base_url: str
    model: str = ""
    api_key: str = ""
    max_tokens: int = MAX_TOKENS
    timeout: float = READ_TIMEOUT

    @classmethod
    def from_options(cls, url: str, model: str | None = None) -> LlmSettings:
        """Settings from the CLI's values; the key always from OPENAI_API_KEY."""
        key = os.environ.get(API_KEY_ENV, "").strip()
        return cls(check_url(url), (model or "").strip(), key)


@dataclass
class Passage:
    """One candidate passage: an evidence quote with the text around it."""

    document_key: str
    line: int
    text: str


@dataclass
class Claim:
    """One training claim from the LLM, and what checking it found."""

    provider: str
    chip: str
    count: int | None
    document_key: str
    quote: str
    source: str = ""
    line: int = 0
    reason: str = ""  # why it was rejected; empty when accepted
    notes: list[str] = field(default_factory=list)


@dataclass
class Judgment:
    """The LLM's checked answer for one model."""

    model_id: str
    status: str
    llm_model: str = ""
    accepted: list[Claim] = field(default_factory=list)
    rejected: list[Claim] = field(default_factory=list)
    attempts: int = 0
    detail: str = ""


@dataclass
class LlmCounters:
    """Per run: judgments by final status, and each reply by what it was
    (so truncations are counted apart from invalid output)."""

    judged: int = 0
    statuses: Counter[str] = field(default_factory=Counter)
    replies: Counter[str] = field(default_factory=Counter)
    retries: int = 0
    claims_accepted: int = 0
    claims_rejected: int = 0
    gave_up: str = ""  # why the run stopped asking the server, if it did

    def lines(self) -> list[str]:
        def joined(counter: Counter[str]) -> str:
            return ", ".join(f"{k} {n}" for k, n in sorted(counter.items())) or "-"

        stopped = [f"warning: {self.gave_up}"] if self.gave_up else []
        return stopped + [
            f"llm: {self.judged} judged ({joined(self.statuses)}), "
            f"replies: {joined(self.replies)}, {self.retries} retried, "
            f"claims: {self.claims_accepted} accepted, "
            f"{self.claims_rejected} rejected"
        ]


# -- the client ---------------------------------------------------------------


class LlmClient:
    """The chat-completions endpoint of one OpenAI-compatible server."""

    def __init__(
        self, settings: LlmSettings, transport: httpx.BaseTransport | None = None
    ) -> None:
        self.settings = settings
        self.counters = LlmCounters()
        self.failures = 0
        headers = {"User-Agent": USER_AGENT}
        if settings.api_key:
            headers["Authorization"] = f"Bearer {settings.api_key}"
        self._http = httpx.Client(
            headers=headers,
            timeout=httpx.Timeout(settings.timeout, connect=CONNECT_TIMEOUT),
            transport=transport,
        )
        self._model = settings.model

    def __enter__(self) -> LlmClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._http.close()

    @property
    def down(self) -> bool:
        return self.failures >= MAX_CONSECUTIVE_FAILURES

    @property
    def known_model(self) -> str:
        """The model asked for, or the one the server listed; "" before that."""
        return self._model

    def model_name(self) -> str:
        """The configured model, else the first the server lists."""
        if not self._model:
            listing = self._request("GET", "/models")
            models = listing.get("data") if isinstance(listing, dict) else None
            if not models or not isinstance(models[0], dict) or not models[0].get("id"):
                raise LlmUnavailable(
                    self.settings.base_url, "lists no models; set --llm-model"
                )
            self._model = str(models[0]["id"])
        return self._model

    def complete(self, messages: list[dict[str, str]], max_tokens: int) -> Any:
        """POST one chat completion; the decoded response body."""
        body = {
            "model": self.model_name(),
            "messages": messages,
            "temperature": 0,
            "max_tokens": max_tokens,
            "response_format": {
                "type": "json_schema",
                "json_schema": {
                    "name": "training_claims",
                    "strict": True,
                    "schema": SCHEMA,
                },
            },
        }
        return self._request("POST", "/chat/completions", body)

    def _request(self, method: str, path: str, body: Any = None) -> Any:
        url = self.settings.base_url + path
        if self.down:
            raise LlmUnavailable(url, "gave up after repeated failures")
        log.debug("%s %s", method, url)
        try:
            response = self._http.request(method, url, json=body)
            response.raise_for_status()
            decoded = response.json()
        except httpx.HTTPStatusError as error:
            status = error.response.status_code
            raise self._failed(url, f"HTTP {status}", answered=True) from None
        except httpx.HTTPError as error:
            raise self._failed(url, failure_reason(error)) from None
        except ValueError:
            raise self._failed(url, "response is not JSON", answered=True) from None
        self.failures = 0
        return decoded

    def _failed(self, url: str, reason: str, answered: bool = False) -> LlmUnavailable:
        # Each failure is only an INFO line: the run's closing lines say once
        # that the server was given up on, and the counts say how often.
        self.failures += 1
        log.info("llm: %s: %s", redacted(url), reason)
        if self.down and not self.counters.gave_up:
            what = f"failed ({reason})" if answered else f"did not answer ({reason})"
            self.counters.gave_up = (
                f"llm: {redacted(self.settings.base_url)} {what}; stopped asking after "
                f"{self.failures} tries in a row; verdicts keep the rules' answer"
            )
        return LlmUnavailable(url, reason)


ERRNO = re.compile(r"^\[Errno -?\d+\]\s*")


def failure_reason(error: httpx.HTTPError) -> str:
    """A few words on why a request got no answer ("connection refused")."""
    if isinstance(error, httpx.TimeoutException):
        return "timed out"
    text = ERRNO.sub("", str(error)).strip()
    if isinstance(error, httpx.TransportError) and text:
        return text[0].lower() + text[1:]
    return type(error).__name__


@contextmanager
def open_client(url: str | None, model: str | None) -> Iterator[LlmClient | None]:
    """A client for `url`, closed afterwards; None when no URL is set."""
    if not url:
        yield None
        return
    with LlmClient(LlmSettings.from_options(url, model)) as client:
        yield client


# -- which verdicts go to the LLM ---------------------------------------------


def needs_judgment(verdict: dict[str, Any]) -> bool:
    """Weak or conflicting: not settled by one stated provider, nor empty."""
    if verdict.get("basis") not in SETTLED_BASES:
        return True
    return len(verdict.get("training_providers") or []) > 1


def review(
    client: LlmClient,
    store: Store,
    verdict: dict[str, Any],
    evidence: list[dict[str, Any]],
) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """The pipeline's hook: judge a weak verdict and apply the judgment."""
    if not needs_judgment(verdict):
        return verdict, evidence
    judgment = judge(verdict, evidence, store_lookup(store), client)
    log.info(
        "%s: llm %s (%d accepted, %d rejected)",
        judgment.model_id,
        judgment.status,
        len(judgment.accepted),
        len(judgment.rejected),
    )
    return apply_judgment(verdict, evidence, judgment)


DocumentLookup = Callable[[str], Document | None]


def store_lookup(store: Store) -> DocumentLookup:
    """Documents by their evidence key (`source:key`)."""

    def lookup(document_key: str) -> Document | None:
        source, _, key = document_key.partition(":")
        return store.get_document(source, key)

    return lookup


# -- judging ------------------------------------------------------------------


def judge(
    verdict: dict[str, Any],
    evidence: list[dict[str, Any]],
    lookup: DocumentLookup,
    client: LlmClient | LlmSettings,
) -> Judgment:
    """Ask the LLM about one model and check every claim it makes."""
    if isinstance(client, LlmSettings):
        with LlmClient(client) as owned:
            return judge(verdict, evidence, lookup, owned)
    model_id = verdict["model_id"]
    texts = PreparedTexts(lookup)
    passages = candidate_passages(evidence, texts)
    judgment = Judgment(model_id, OK, llm_model=client.known_model)
    if not passages:
        judgment.detail = "no training passages to judge"
        return judgment
    try:
        judgment.llm_model = client.model_name()
        status, payload, judgment.attempts = ask(client, messages(model_id, passages))
    except LlmUnavailable as error:
        status, payload, judgment.detail = UNAVAILABLE, None, error.reason
    judgment.status = status
    if payload is not None:
        sent = {passage.document_key for passage in passages}
        for claim in claims_of(payload):
            claim.reason = check_claim(claim, sent, texts)
            target = judgment.rejected if claim.reason else judgment.accepted
            target.append(claim)
        if judgment.rejected and not judgment.accepted:
            judgment.status = REJECTED
    _count(client.counters, judgment)
    return judgment


def _count(counters: LlmCounters, judgment: Judgment) -> None:
    counters.judged += 1
    counters.statuses[judgment.status] += 1
    counters.claims_accepted += len(judgment.accepted)
    counters.claims_rejected += len(judgment.rejected)


def ask(
    client: LlmClient, prompt: list[dict[str, str]]
) -> tuple[str, dict[str, Any] | None, int]:
    """(status, parsed answer, attempts): at most one retry, with a larger
    token budget after a truncation."""
    max_tokens = client.settings.max_tokens
    status = INVALID_OUTPUT
    for attempt in (1, 2):
        if attempt == 2:
            client.counters.retries += 1
        body = client.complete(prompt, max_tokens)
        status, payload = read_reply(body)
        client.counters.replies[status] += 1
        if payload is not None:
            return status, payload, attempt
        if status == TRUNCATED:
            max_tokens = min(MAX_TOKENS_CAP, max_tokens * RETRY_TOKENS_FACTOR)
        if attempt == 1:
            log.warning("llm: %s reply, retrying (max_tokens %d)", status, max_tokens)
    return status, None, 2


FENCED = re.compile(r"^```(?:json)?\s*\n(.*)\n```$", re.S)


def read_reply(body: Any) -> tuple[str, dict[str, Any] | None]:
    """(status, answer): a cut answer is never parsed, prose never accepted."""
    try:
        choice = body["choices"][0]
        finish = choice.get("finish_reason")
        content = choice["message"]["content"]
    except (KeyError, IndexError, TypeError, AttributeError):
        log.debug("llm: unexpected response body: %r", body)
        return INVALID_OUTPUT, None
    log.debug("llm: finish_reason %s, content: %r", finish, content)
    if finish == "length":
        return TRUNCATED, None
    if not isinstance(content, str):
        return INVALID_OUTPUT, None
    content = content.strip()
    fenced = FENCED.match(content)
    try:
        answer = json.loads(fenced[1] if fenced else content)
    except json.JSONDecodeError:
        return INVALID_OUTPUT, None
    return (OK, answer) if follows_schema(answer) else (INVALID_OUTPUT, None)


def follows_schema(answer: Any) -> bool:
    """Whether an answer matches SCHEMA (servers may ignore it)."""
    if not isinstance(answer, dict) or set(answer) != {"training"}:
        return False
    claims = answer["training"]
    return isinstance(claims, list) and all(_valid_claim(item) for item in claims)


def _valid_claim(item: Any) -> bool:
    if not isinstance(item, dict) or set(item) != set(CLAIM_FIELDS):
        return False
    texts = [item[name] for name in ("provider", "chip", "document_key", "quote")]
    count = item["count"]
    return (
        all(isinstance(text, str) for text in texts)
        and item["provider"] in TRACKED_PROVIDERS
        and (count is None or (isinstance(count, int) and not isinstance(count, bool)))
    )


def claims_of(answer: dict[str, Any]) -> list[Claim]:
    return [
        Claim(
            provider=item["provider"],
            chip=item["chip"].strip(),
            count=item["count"],
            document_key=item["document_key"].strip(),
            quote=item["quote"],
        )
        for item in answer["training"]
    ]


# -- what is sent -------------------------------------------------------------


class PreparedTexts:
    """Documents' plain views by evidence key, prepared once per judgment."""

    def __init__(self, lookup: DocumentLookup) -> None:
        self.lookup = lookup
        self._found: dict[str, tuple[Document, Prepared] | None] = {}

    def get(self, document_key: str) -> tuple[Document, Prepared] | None:
        if document_key not in self._found:
            document = self.lookup(document_key)
            self._found[document_key] = (
                (document, prepare(document.text, source=document.source))
                if document is not None
                else None
            )
        return self._found[document_key]


def candidate_passages(
    evidence: list[dict[str, Any]], texts: PreparedTexts
) -> list[Passage]:
    """The training evidence quotes with context, in evidence order, capped."""
    passages: list[Passage] = []
    taken: dict[str, list[tuple[int, int]]] = {}
    total = 0
    for row in evidence:
        if row.get("phase") != "training" or len(passages) >= MAX_PASSAGES:
            continue
        key = row["document_key"]
        span = _context_span(row["quote"], texts.get(key))
        if span is not None and _overlaps(span, taken.get(key, [])):
            continue
        text = _passage_text(row["quote"], span, texts.get(key))
        if total + len(text) > MAX_PROMPT_CHARS:
            break
        total += len(text)
        if span is not None:
            taken.setdefault(key, []).append(span)
        passages.append(Passage(key, int(row.get("line") or 0), text))
    return passages


def _context_span(
    quote: str, found: tuple[Document, Prepared] | None
) -> tuple[int, int] | None:
    if found is None:
        return None
    plain = found[1].plain
    start = plain.find(quote)
    if start < 0:
        return None
    end = start + len(quote)
    room = max(0, (MAX_PASSAGE_CHARS - len(quote)) // 2)
    margin = min(CONTEXT_CHARS, room)
    return max(0, start - margin), min(len(plain), end + margin)


def _overlaps(span: tuple[int, int], taken: list[tuple[int, int]]) -> bool:
    return any(span[0] < end and start < span[1] for start, end in taken)


def _passage_text(
    quote: str,
    span: tuple[int, int] | None,
    found: tuple[Document, Prepared] | None,
) -> str:
    if span is None or found is None:
        return quote[:MAX_PASSAGE_CHARS]
    return found[1].plain[span[0] : span[1]].strip()


def messages(model_id: str, passages: list[Passage]) -> list[dict[str, str]]:
    blocks = [
        f"[{number}] document_key: {passage.document_key} (line {passage.line})\n"
        f"{passage.text}"
        for number, passage in enumerate(passages, start=1)
    ]
    user = (
        f"Model: {model_id}\n"
        f"Allowed providers: {', '.join(TRACKED_PROVIDERS)}\n\n"
        "Passages:\n\n" + "\n\n".join(blocks)
    )
    return [
        {"role": "system", "content": INSTRUCTION},
        {"role": "user", "content": user},
    ]


# -- checking claims ----------------------------------------------------------


def check_claim(claim: Claim, sent: set[str], texts: PreparedTexts) -> str:
    """Why a claim is rejected, or "" when its quote holds up. An accepted
    claim carries the document's own wording of the quote and keeps only the
    chip and count that wording names."""
    found = texts.get(claim.document_key) if claim.document_key in sent else None
    if found is None:
        return f"document {claim.document_key!r} is not among the passages"
    if len(claim.quote.strip()) < MIN_QUOTE_CHARS:
        return "quote is too short to state anything"
    document, prepared = found
    span = find_verbatim(claim.quote, prepared.plain)
    if span is None:
        return "quote is not verbatim in the document"
    quote = prepared.plain[span[0] : span[1]]
    named = [m for m in find_mentions(quote) if m.provider == claim.provider]
    if not named:
        return f"quote names neither the chip nor a {claim.provider} term"
    unit_start, unit_end = prepared.unit_span(span[0] + named[0].start)
    if span[0] > unit_start or span[1] < unit_end:
        # A quote cut short can drop what the sentence goes on to say ("either
        # X at A, or Y at B"): the whole sentence must be quoted.
        return "quote is not a whole sentence"
    if contexts()["disjunction"].search(quote):
        return "quote names its hardware as a choice (either ... or)"
    claim.quote = quote
    _keep_supported_detail(claim, named)
    claim.source = document.source
    claim.line = prepared.line_of(span[0])
    return ""


def find_verbatim(quote: str, plain: str) -> tuple[int, int] | None:
    """Where the quote is in the plain text: exactly, or with only its
    whitespace differing (a sentence broken across lines)."""
    quote = quote.strip()
    start = plain.find(quote)
    if start >= 0:
        return start, start + len(quote)
    words = quote.split()
    if not words:
        return None
    found = re.search(r"\s+".join(re.escape(word) for word in words), plain)
    return found.span() if found else None


def _keep_supported_detail(claim: Claim, named: list[Any]) -> None:
    if claim.chip and not _names_chip(claim.chip, claim.quote, named):
        claim.notes.append(f"chip {claim.chip!r} is not in the quote; dropped")
        claim.chip = ""
    if claim.count is not None and claim.count not in numbers_in(claim.quote):
        claim.notes.append(f"count {claim.count} is not in the quote; dropped")
        claim.count = None


def _names_chip(chip: str, quote: str, named: list[Any]) -> bool:
    wanted = _squeezed(chip)
    chips = {_squeezed(mention.chip) for mention in named if mention.chip}
    return wanted in chips or wanted in _squeezed(quote)


def _squeezed(text: str) -> str:
    return re.sub(r"[\s_-]+", "", text).lower()


NUMBER = re.compile(r"\d{1,3}(?:,\d{3})+|\d+")


def numbers_in(text: str) -> set[int]:
    return {int(found.group().replace(",", "")) for found in NUMBER.finditer(text)}


# -- applying a judgment ------------------------------------------------------


def apply_judgment(
    verdict: dict[str, Any], evidence: list[dict[str, Any]], judgment: Judgment
) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """The verdict from accepted claims (decided_by "llm"), or the rules'
    verdict unchanged apart from the LLM's status."""
    updated = {
        **verdict,
        "llm_status": judgment.status,
        "llm_model": judgment.llm_model,
    }
    if judgment.status != OK or not judgment.accepted:
        return updated, evidence
    claims = judgment.accepted
    rule = f"llm:{judgment.llm_model}"
    chips = unique(claim.chip for claim in claims)
    counts = [claim.count for claim in claims if claim.count and claim.chip]
    updated.update(
        training_providers=unique(claim.provider for claim in claims),
        training_chips=chips,
        training_count=max(counts) if counts else None,
        disclosure=disclosure_level("stated", chips, counts),
        decided_by="llm",
        confidence=LLM_CONFIDENCE,
        training_rule=rule,
        rules_training_providers=verdict.get("training_providers", []),
    )
    return updated, [claim_row(claim, rule) for claim in claims] + evidence


def claim_row(claim: Claim, rule: str) -> dict[str, Any]:
    return {
        "source": claim.source,
        "document_key": claim.document_key,
        "line": claim.line,
        "phase": "training",
        "provider": claim.provider,
        "chip": claim.chip,
        "count": claim.count,
        "quote": claim.quote,
        "rule": rule,
        "about": "self",
    }
