"""The LLM judge against a fake OpenAI-compatible server (no network)."""

from __future__ import annotations

import json
import logging
import socket
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from fakes.openai import FakeOpenAI, chat, claims
from helpers import judge as resolve_over

from chipaudit.cli import main
from chipaudit.llm import (
    INVALID_OUTPUT,
    LLM_CONFIDENCE,
    OK,
    REJECTED,
    TRUNCATED,
    UNAVAILABLE,
    Judgment,
    LlmClient,
    LlmSettings,
    apply_judgment,
    judge,
    needs_judgment,
)
from chipaudit.store import Document, Store

MODEL = "acme/widget-7b"
CARD_KEY = f"modelcard:{MODEL}"
# C17: the quotes around the chip name are deliberate.
SOURCE = 'We trained on 512 "H100" GPUs.'
CARD = f"# widget-7b\n\nA small model.\n\n## Training\n\n{SOURCE}\n"
SECTION_CARD = (
    "# widget-7b\n\nA small model.\n\n## Training\n\nHardware: 64 A100 GPUs\n"
)


@pytest.fixture(autouse=True)
def _isolated(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("OPENAI_API_KEY", "CHIPAUDIT_LLM_URL", "CHIPAUDIT_LLM_MODEL"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def fake() -> Any:
    with FakeOpenAI() as server:
        yield server


def settings(url: str, **extra: Any) -> LlmSettings:
    return LlmSettings(url, model="fake-judge", timeout=5.0, **extra)


def rules(
    tmp_path: Path, card: str = CARD
) -> tuple[dict[str, Any], list[dict[str, Any]], Any]:
    """The rules' verdict and evidence for a one-card model, and a lookup."""
    verdict, evidence = resolve_over(tmp_path, MODEL, cards={MODEL: card})
    documents = {CARD_KEY: Document("modelcard", MODEL, card)}
    return verdict, evidence, documents.get


def claim(**fields: Any) -> dict[str, Any]:
    return {"provider": "nvidia", "document_key": CARD_KEY, **fields}


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


# -- the request -----------------------------------------------------------------


def test_request_asks_for_a_strict_json_schema(tmp_path: Path, fake: Any) -> None:
    verdict, evidence, lookup = rules(tmp_path)
    judge(verdict, evidence, lookup, settings(fake.url, api_key="sk-test"))

    (sent,) = fake.chats
    assert sent.body["response_format"]["type"] == "json_schema"
    assert sent.body["response_format"]["json_schema"]["strict"] is True
    assert "guided_json" not in json.dumps(sent.body)
    assert sent.body["temperature"] == 0
    assert sent.body["model"] == "fake-judge"
    assert sent.headers["authorization"] == "Bearer sk-test"
    assert sent.headers["user-agent"].startswith("chipaudit/")
    user = sent.body["messages"][-1]["content"]
    assert MODEL in user and CARD_KEY in user and SOURCE in user


def test_passages_are_capped(tmp_path: Path, fake: Any) -> None:
    filler = "Background text about the project and its goals. " * 40
    card = f"# widget-7b\n\n{filler}\n\n## Training\n\n{SOURCE}\n\n{filler}\n"
    verdict, evidence, lookup = rules(tmp_path, card)
    judge(verdict, evidence, lookup, settings(fake.url))

    user = fake.chats[0].body["messages"][-1]["content"]
    assert SOURCE in user
    assert len(user) < 2000


def test_model_name_comes_from_the_server_when_unset(tmp_path: Path, fake: Any) -> None:
    verdict, evidence, lookup = rules(tmp_path)
    judgment = judge(verdict, evidence, lookup, LlmSettings(fake.url))

    assert judgment.llm_model == "fake-judge"
    assert fake.chats[0].body["model"] == "fake-judge"


# -- C17: what the server answers -------------------------------------------------


def test_prose_is_invalid_output_with_at_most_one_retry(
    tmp_path: Path, fake: Any
) -> None:
    # C17 (a): a server that ignores response_format and answers in prose.
    prose = chat("Likely trained on TPUs.")
    fake.script(prose, prose, prose)
    verdict, evidence, lookup = rules(tmp_path)
    with LlmClient(settings(fake.url)) as client:
        judgment = judge(verdict, evidence, lookup, client)

    assert judgment.status == INVALID_OUTPUT
    assert judgment.accepted == [] and judgment.rejected == []
    assert len(fake.chats) == 2
    assert client.counters.replies == {INVALID_OUTPUT: 2}
    updated, rows = apply_judgment(verdict, evidence, judgment)
    assert updated == {
        **verdict,
        "llm_status": INVALID_OUTPUT,
        "llm_model": "fake-judge",
    }
    assert rows == evidence


def test_truncation_retries_once_with_more_tokens(
    tmp_path: Path, fake: Any, caplog: pytest.LogCaptureFixture
) -> None:
    # C17 (b): finish_reason "length" with a cut JSON answer, twice.
    cut = (
        '{"training":[{"provider":"nvidia","chip":"H100","quote":"We trained on 512 H1'
    )
    fake.script(chat(cut, "length"), chat(cut, "length"))
    caplog.set_level(logging.INFO, logger="chipaudit")
    verdict, evidence, lookup = rules(tmp_path)
    with LlmClient(settings(fake.url, max_tokens=256)) as client:
        judgment = judge(verdict, evidence, lookup, client)

    assert judgment.status == TRUNCATED
    assert judgment.accepted == [] and judgment.rejected == []
    first, second = (sent.body["max_tokens"] for sent in fake.chats)
    assert first == 256 and second > first
    assert client.counters.replies == {TRUNCATED: 2}
    assert client.counters.statuses == {TRUNCATED: 1}
    assert "We trained on 512 H1" not in caplog.text
    updated, _ = apply_judgment(verdict, evidence, judgment)
    assert updated["llm_status"] == TRUNCATED
    assert updated["decided_by"] == "rules"


def test_truncation_then_a_complete_answer_is_used(tmp_path: Path, fake: Any) -> None:
    good = claims(claim(chip="H100", count=512, quote=SOURCE))
    fake.script(chat('{"training":[', "length"), good)
    verdict, evidence, lookup = rules(tmp_path)
    judgment = judge(verdict, evidence, lookup, settings(fake.url))

    assert judgment.status == OK and judgment.attempts == 2
    assert [c.chip for c in judgment.accepted] == ["H100"]


def test_shortened_quote_is_rejected(tmp_path: Path, fake: Any) -> None:
    # C17 (c): verbatim as far as it goes, but it no longer names the chip.
    fake.script(claims(claim(chip="H100", quote="We trained on 512 ")))
    verdict, evidence, lookup = rules(tmp_path)
    judgment = judge(verdict, evidence, lookup, settings(fake.url))

    assert judgment.status == REJECTED
    assert judgment.accepted == []
    (rejected,) = judgment.rejected
    assert "names neither" in rejected.reason
    updated, rows = apply_judgment(verdict, evidence, judgment)
    assert updated["decided_by"] == "rules" and rows == evidence


@pytest.mark.parametrize(
    ("given", "reason", "chip", "count"),
    [
        # the C17 source sentence, whole: accepted with chip and count
        (claim(chip="H100", count=512, quote=SOURCE), "", "H100", 512),
        # a sentence broken across lines by the LLM still matches
        (
            claim(chip="H100", quote='We trained on 512\n"H100" GPUs.'),
            "",
            "H100",
            None,
        ),
        # a chip the quote does not name is dropped, the provider stays
        (claim(chip="A100", quote=SOURCE), "", "", None),
        # a count the quote does not state is dropped
        (claim(chip="H100", count=1024, quote=SOURCE), "", "H100", None),
        # paraphrase
        (
            claim(chip="H100", quote="Trained on 512 H100 GPUs."),
            "not verbatim",
            "",
            None,
        ),
        # a document that was never sent
        (
            claim(chip="H100", quote=SOURCE, document_key="paper:2401.00001"),
            "not among the passages",
            "",
            None,
        ),
        # the quote names another provider
        (
            claim(provider="amd", chip="MI300X", quote=SOURCE),
            "names neither",
            "",
            None,
        ),
        # too short to be a statement
        (claim(chip="H100", quote="H100"), "too short", "", None),
        # cut short but still naming the chip: the whole sentence is required
        # (a fresh user saw "either X at A" quoted without ", or Y at B")
        (
            claim(chip="H100", quote='We trained on 512 "H100"'),
            "whole sentence",
            "",
            None,
        ),
    ],
)
def test_claim_checks(
    tmp_path: Path,
    fake: Any,
    given: dict[str, Any],
    reason: str,
    chip: str,
    count: int | None,
) -> None:
    fake.script(claims(given))
    verdict, evidence, lookup = rules(tmp_path)
    judgment = judge(verdict, evidence, lookup, settings(fake.url))

    if reason:
        assert reason in judgment.rejected[0].reason
        return
    (accepted,) = judgment.accepted
    assert (accepted.chip, accepted.count) == (chip, count)
    assert accepted.quote == SOURCE  # the document's wording, not the LLM's


@pytest.mark.parametrize(
    "content",
    [
        '{"training": [{"provider": "nvidia"}]}',  # fields missing
        '{"training": [], "verdict": "nvidia"}',  # extra field
        json.dumps(
            {
                "training": [
                    {
                        "provider": "cerebras_wafer",
                        "chip": "",
                        "count": None,
                        "document_key": CARD_KEY,
                        "quote": SOURCE,
                    }
                ]
            }
        ),  # provider outside the enum
        '["nvidia"]',
    ],
)
def test_schema_violations_are_invalid_output(
    tmp_path: Path, fake: Any, content: str
) -> None:
    fake.script(chat(content), chat(content))
    verdict, evidence, lookup = rules(tmp_path)
    judgment = judge(verdict, evidence, lookup, settings(fake.url))

    assert judgment.status == INVALID_OUTPUT
    assert len(fake.chats) == 2


# -- applying ----------------------------------------------------------------------


def test_good_judgment_settles_a_weak_verdict(tmp_path: Path, fake: Any) -> None:
    verdict, evidence, lookup = rules(tmp_path, SECTION_CARD)
    assert verdict["basis"] == "training_section" and needs_judgment(verdict)
    fake.script(
        claims(claim(chip="A100", count=64, quote="Hardware: 64 A100 GPUs")),
    )
    judgment = judge(verdict, evidence, lookup, settings(fake.url))
    updated, rows = apply_judgment(verdict, evidence, judgment)

    assert judgment.status == OK
    assert updated["decided_by"] == "llm"
    assert updated["confidence"] == LLM_CONFIDENCE < 0.94
    assert updated["training_providers"] == ["nvidia"]
    assert (updated["training_chips"], updated["training_count"]) == (["A100"], 64)
    assert updated["disclosure"] == "chip+count"
    assert updated["llm_status"] == OK
    first = rows[0]
    assert first["rule"] == "llm:fake-judge"
    assert first["quote"] == "Hardware: 64 A100 GPUs"
    assert (first["document_key"], first["line"]) == (CARD_KEY, 7)
    assert rows[1:] == evidence


def test_no_claims_keeps_the_rules_verdict(tmp_path: Path, fake: Any) -> None:
    verdict, evidence, lookup = rules(tmp_path, SECTION_CARD)
    judgment = judge(verdict, evidence, lookup, settings(fake.url))
    updated, rows = apply_judgment(verdict, evidence, judgment)

    assert judgment.status == OK and not judgment.accepted
    assert updated["decided_by"] == "rules" and updated["llm_status"] == OK
    assert rows == evidence


def test_server_down_is_unavailable_and_keeps_the_rules_verdict(
    tmp_path: Path,
) -> None:
    verdict, evidence, lookup = rules(tmp_path, SECTION_CARD)
    url = f"http://127.0.0.1:{closed_port()}/v1"
    judgment = judge(verdict, evidence, lookup, settings(url))
    updated, rows = apply_judgment(verdict, evidence, judgment)

    assert judgment.status == UNAVAILABLE
    assert updated == {**verdict, "llm_status": UNAVAILABLE, "llm_model": "fake-judge"}
    assert rows == evidence


def test_server_error_is_unavailable(tmp_path: Path, fake: Any) -> None:
    fake.script({"error": "overloaded"}, status=503)
    verdict, evidence, lookup = rules(tmp_path, SECTION_CARD)
    judgment = judge(verdict, evidence, lookup, settings(fake.url))

    assert judgment.status == UNAVAILABLE and "503" in judgment.detail


@pytest.mark.parametrize(
    ("basis", "providers", "weak"),
    [
        ("stated", ["nvidia"], False),
        ("no_training_evidence", [], False),
        ("stated", ["nvidia", "google_tpu"], True),
        ("stated_family", ["huawei_ascend"], True),
        ("training_section", ["nvidia"], True),
        ("domestic_capability", ["huawei_ascend"], True),
        ("implied", ["nvidia"], True),
        ("set_aside", [], True),
    ],
)
def test_which_verdicts_are_weak(basis: str, providers: list[str], weak: bool) -> None:
    verdict = {"basis": basis, "training_providers": providers}
    assert needs_judgment(verdict) is weak


def test_judgment_defaults_are_the_rules() -> None:
    verdict = {"model_id": MODEL, "decided_by": "rules"}
    updated, _ = apply_judgment(verdict, [], Judgment(MODEL, OK, "m"))
    assert updated["decided_by"] == "rules"


# -- the command --------------------------------------------------------------------


def write_snapshot(directory: Path, cards: dict[str, str]) -> None:
    directory.mkdir()
    models = [{"model_id": model_id, "links": {}} for model_id in cards]
    documents = [
        {"source": "modelcard", "model_id": model_id, "text": text}
        for model_id, text in cards.items()
    ]
    for name, records in (("models", models), ("documents", documents)):
        lines = [json.dumps(record) for record in records]
        (directory / f"{name}.jsonl").write_text("\n".join(lines) + "\n")


def test_run_asks_the_llm_only_about_weak_verdicts(tmp_path: Path, fake: Any) -> None:
    strong, weak = "acme/strong-7b", "acme/weak-7b"
    write_snapshot(
        tmp_path / "snap",
        {
            strong: "# strong-7b\n\nWe trained this model on 512 H100 GPUs.\n",
            weak: SECTION_CARD.replace("widget-7b", "weak-7b"),
        },
    )
    fake.fallback = (
        200,
        claims(
            {
                "provider": "nvidia",
                "chip": "A100",
                "count": 64,
                "document_key": f"modelcard:{weak}",
                "quote": "Hardware: 64 A100 GPUs",
            }
        ),
    )
    db = tmp_path / "t.db"
    args = ["--db", str(db), "run", "--snapshot", str(tmp_path / "snap")]
    result = CliRunner().invoke(main, [*args, "--llm-url", fake.url])

    assert result.exit_code == 0, result.output
    (sent,) = fake.chats
    user = sent.body["messages"][-1]["content"]
    assert weak in user and strong not in user
    assert "llm: 1 judged (ok 1)" in result.stderr
    with Store(db) as store:
        judged, settled = store.get_verdict(weak), store.get_verdict(strong)
        rules_of_weak = [row["rule"] for row in store.evidence(weak)]
    assert judged is not None and settled is not None
    assert judged["decided_by"] == "llm" and judged["training_chips"] == ["A100"]
    assert rules_of_weak[0] == "llm:fake-judge"
    assert settled["decided_by"] == "rules" and "llm_status" not in settled


# -- the options and the closing lines (trial 2) ----------------------------------


@pytest.mark.parametrize(
    "url", ["notaurl", "ftp://x/v1", "http://", "127.0.0.1:8000/v1"]
)
def test_a_url_that_is_not_http_is_misuse(tmp_path: Path, url: str) -> None:
    write_snapshot(tmp_path / "snap", {MODEL: SECTION_CARD})
    args = ["--db", str(tmp_path / "t.db"), "run", "--snapshot", str(tmp_path / "snap")]
    result = CliRunner().invoke(main, [*args, "--llm-url", url])

    assert result.exit_code == 2
    assert f"--llm-url {url!r} is not an http(s) URL" in result.stderr
    assert "UnsupportedProtocol" not in result.stderr
    assert not (tmp_path / "t.db").exists()


def test_a_url_without_v1_is_warned_about(tmp_path: Path, fake: Any) -> None:
    write_snapshot(tmp_path / "snap", {MODEL: SECTION_CARD})
    base = fake.url.removesuffix("/v1")
    args = ["--db", str(tmp_path / "t.db"), "run", "--snapshot", str(tmp_path / "snap")]
    result = CliRunner().invoke(main, [*args, "--llm-url", base])

    assert result.exit_code == 0, result.output
    assert f"warning: --llm-url {base} does not end in /v1" in result.stderr


@pytest.mark.parametrize("from_env", [False, True])
def test_a_model_without_a_url_is_warned_about(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, from_env: bool
) -> None:
    write_snapshot(tmp_path / "snap", {MODEL: SECTION_CARD})
    args = ["--db", str(tmp_path / "t.db"), "run", "--snapshot", str(tmp_path / "snap")]
    if from_env:
        monkeypatch.setenv("CHIPAUDIT_LLM_MODEL", "judge-9")
    else:
        args += ["--llm-model", "judge-9"]
    result = CliRunner().invoke(main, args)

    given = "CHIPAUDIT_LLM_MODEL" if from_env else "--llm-model"
    assert result.exit_code == 0, result.output
    assert f"warning: {given} judge-9 is ignored without --llm-url" in result.stderr
    assert "llm:" not in result.stderr


def test_no_server_is_one_clear_line_and_the_rules_answer_stays(
    tmp_path: Path,
) -> None:
    models = {f"acme/weak-{size}b": SECTION_CARD for size in (1, 3, 7, 13)}
    write_snapshot(tmp_path / "snap", models)
    db = tmp_path / "t.db"
    args = ["--db", str(db), "run", "--snapshot", str(tmp_path / "snap")]
    url = f"http://127.0.0.1:{closed_port()}/v1"
    result = CliRunner().invoke(main, [*args, "--llm-url", url])

    assert result.exit_code == 0, result.output
    assert "WARNING" not in result.stderr and "ConnectError" not in result.stderr
    (line,) = [line for line in result.stderr.splitlines() if "did not answer" in line]
    assert line == (
        f"warning: llm: {url} did not answer (connection refused); stopped asking "
        "after 3 tries in a row; verdicts keep the rules' answer"
    )
    assert "llm: 4 judged (unavailable 4)" in result.stderr
    with Store(db) as store:
        judged = [store.get_verdict(model_id) for model_id in models]
    # No model was asked for and none could be listed: the name is unknown.
    assert {(v["llm_status"], v["llm_model"]) for v in judged if v} == {
        (UNAVAILABLE, "")
    }


def test_the_requested_model_is_recorded_even_when_no_server_answers(
    tmp_path: Path,
) -> None:
    write_snapshot(tmp_path / "snap", {MODEL: SECTION_CARD})
    db = tmp_path / "t.db"
    args = ["--db", str(db), "run", "--snapshot", str(tmp_path / "snap")]
    url = f"http://127.0.0.1:{closed_port()}/v1"
    result = CliRunner().invoke(
        main, [*args, "--llm-url", url, "--llm-model", "judge-9"]
    )

    assert result.exit_code == 0, result.output
    with Store(db) as store:
        verdict = store.get_verdict(MODEL)
    assert verdict is not None
    assert (verdict["llm_status"], verdict["llm_model"]) == (UNAVAILABLE, "judge-9")


def test_a_judgment_without_passages_still_names_the_model(tmp_path: Path) -> None:
    verdict, _, lookup = rules(tmp_path, SECTION_CARD)
    judgment = judge(verdict, [], lookup, settings("http://127.0.0.1:9/v1"))
    assert (judgment.status, judgment.llm_model) == (OK, "fake-judge")


def test_credentials_in_the_server_url_are_never_shown(tmp_path: Path) -> None:
    # Nothing listens on port 9: the give-up line names the server, not the
    # password in its URL.
    write_snapshot(tmp_path / "snap", {MODEL: SECTION_CARD})
    url = "http://alice:s3cret@127.0.0.1:9"
    args = ["--db", str(tmp_path / "t.db"), "run", "--snapshot", str(tmp_path / "snap")]
    result = CliRunner().invoke(main, [*args, "--llm-url", url])

    assert result.exit_code == 0, result.output
    assert "s3cret" not in result.output + result.stderr
    assert "***@127.0.0.1:9" in result.stderr


def test_verbose_request_logs_hide_a_password(tmp_path: Path) -> None:
    import logging

    import httpx

    from chipaudit.cli import HideCredentials

    record = logging.LogRecord(
        "httpx", logging.INFO, __file__, 1, "HTTP Request: %s %s", None, None
    )
    record.args = ("POST", httpx.URL("http://alice:s3cret@127.0.0.1:9/v1"))
    HideCredentials().filter(record)
    assert "s3cret" not in record.getMessage()
    assert "***@127.0.0.1:9" in record.getMessage()
