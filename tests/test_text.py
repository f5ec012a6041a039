"""The plain view signals are matched on, and the structure found in it."""

from __future__ import annotations

import pytest

from chipaudit.text import plain_text, prepare


@pytest.mark.parametrize(
    ("source", "stored", "plain"),
    [
        # cases.md C06: a card with the chip split by <b> and &nbsp;.
        (
            "modelcard",
            "Trained on <b>256&nbsp;TPU&nbsp;v5e</b> chips.",
            "Trained on 256 TPU v5e chips.",
        ),
        # cases.md C06: a card's script never reaches the text.
        ("modelcard", "a<script>alert(1)</script>b", "a b"),
        ("modelcard", "<!-- hidden A100 -->visible", "visible"),
        ("modelcard", "x&amp;y &lt;tag&gt; &#233;", "x&y <tag> é"),
        ("modelcard", "line\u3000one\u00a0two", "line one two"),
        # cases.md C16: PDF ligatures (ﬁ, ﬂ) come out as letters.
        ("paper", "de\ufb01nition \ufb02ow", "definition flow"),
        # cases.md C16: a line-end hyphen inside a word is removed...
        ("paper", "As-\ncend 910B", "Ascend 910B"),
        ("paper", "capabili-\nties here", "capabilities here"),
        # ...but a real hyphen (A100-80GB) is kept.
        ("paper", "A100-\n80GB", "A100-80GB"),
        # Cards are not de-hyphenated: only extracted paper text is.
        ("modelcard", "As-\ncend", "As-\ncend"),
        # Short lines (headings, table cells) in papers stay on their own line.
        ("paper", "a short line\nnext", "a short line\nnext"),
    ],
)
def test_plain_text(source: str, stored: str, plain: str) -> None:
    assert plain_text(stored, source=source) == plain


def test_c16a_hyphen_and_ligature_in_one_sentence() -> None:
    # cases.md C16 (a): extracted text with As-/cend, ﬁne-tuned and A100-/80GB.
    stored = (
        "We pre-trained on 2,048 As-\ncend 910B NPUs and then "
        "\ufb01ne-tuned on 8 A100-\n80GB GPUs."
    )
    assert plain_text(stored, source="paper") == (
        "We pre-trained on 2,048 Ascend 910B NPUs and then "
        "fine-tuned on 8 A100-80GB GPUs."
    )


@pytest.mark.parametrize(
    ("text", "needle", "unit"),
    [
        ("First about A100. Second about H100! Third.", "H100", "Second about H100!"),
        ("We used e.g. A100 GPUs. Next.", "A100", "We used e.g. A100 GPUs."),
        ("Smith et al. used A100 GPUs. Next.", "A100", "Smith et al. used A100 GPUs."),
        ("第一句用A100。第二句用H100。", "H100", "第二句用H100。"),
        ("- item one on A100\n- item two on H100", "H100", "- item two on H100"),
    ],
)
def test_unit_around_a_mention(text: str, needle: str, unit: str) -> None:
    prepared = prepare(text, source="modelcard")
    start, end = prepared.unit_span(prepared.plain.index(needle))
    assert prepared.plain[start:end] == unit


def test_headings_code_blocks_and_lines() -> None:
    stored = "# Title\n\n## Training\n\nText here.\n\n```python\nx.cuda()\n```\n"
    prepared = prepare(stored, source="modelcard")
    text_at = prepared.plain.index("Text")
    code_at = prepared.plain.index("x.cuda")
    assert prepared.headings_at(text_at) == ["Title", "Training"]
    assert not prepared.in_code(text_at)
    assert prepared.in_code(code_at)
    assert prepared.line_of(text_at) == 5
    assert prepared.line_of(code_at) == 8


def test_line_numbers_point_at_the_stored_text_after_tags_are_removed() -> None:
    stored = "<p>one</p>\n<p>Trained on A100.</p>"
    prepared = prepare(stored, source="modelcard")
    assert prepared.line_of(prepared.plain.index("A100")) == 2


def test_line_numbers_survive_joined_paper_lines() -> None:
    stored = (
        "A first line that is long enough to be a wrapped paragraph line\n"
        "and its continuation on the second line mentions As-\ncend 910B here.\n"
    )
    prepared = prepare(stored, source="paper")
    assert prepared.line_of(prepared.plain.index("Ascend")) == 2
    assert prepared.line_of(prepared.plain.index("910B")) == 3


def test_shell_placeholders_are_not_html() -> None:
    # A driver-install line with <version> and <arch> placeholders.
    line = "./driver_<version>_linux-<arch>.run <b>now</b>"
    assert (
        plain_text(line, source="modelcard")
        == "./driver_<version>_linux-<arch>.run now"
    )


def test_wrapped_line_joins_inline_code_but_never_a_fence() -> None:
    # A card line wrapped before `inline code` is one sentence; a line before a
    # fence stays apart, so the fence still opens a code block.
    text = (
        "The adapter was fine-tuned with\n`tune-cli` on one workstation GPU.\n\n"
        "Load it like this, with the\n```python\nmodel.to('cuda')\n```\n"
    )
    prepared = prepare(text, source="modelcard")
    assert "fine-tuned with `tune-cli` on one" in prepared.plain
    assert prepared.in_code(prepared.plain.index("model.to"))


@pytest.mark.parametrize(
    ("line", "heading"),
    [
        ("B Compute", "Compute"),
        ("Appendix C Hardware and Software", "Hardware and Software"),
        ("A. Smith and B. Jones", None),
    ],
)
def test_appendix_headings_in_paper_text(line: str, heading: str | None) -> None:
    text = f"Intro paragraph.\n\n{line}\nWe used a cluster of accelerators.\n"
    prepared = prepare(text, source="paper")
    found = prepared.headings_at(prepared.plain.index("We used"))
    assert found == ([heading] if heading else [])


def test_numbered_heading_is_not_joined_into_the_paragraph_before() -> None:
    text = (
        "Earlier systems were trained on large clusters of accelerators.\n"
        "3 Method\n"
        "We trained our model on a small cluster of accelerators for a week\n"
        "and report the results below.\n"
    )
    prepared = prepare(text, source="paper")
    assert prepared.headings_at(prepared.plain.index("We trained")) == ["Method"]
    assert "We trained our model on a small cluster of accelerators for a week and" in (
        prepared.plain
    )


@pytest.mark.parametrize("newline", ["\r", "\r\n"])
def test_lone_cr_and_crlf_line_ends_are_lines(newline: str) -> None:
    stored = newline.join(
        ["# Model", "", "Intro line.", "", "## Training", "Trained on 32 A100 GPUs."]
    )
    prepared = prepare(stored, source="modelcard")
    offset = prepared.plain.index("Trained")
    assert prepared.line_of(offset) == 6
    assert prepared.headings_at(offset) == ["Model", "Training"]
