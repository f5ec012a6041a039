"""Tests for chipaudit.sources.papertext: PDF and HTML paper text (C16)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from chipaudit.sources.papertext import (
    PdfUnreadable,
    clean_extracted_text,
    find_gutter,
    html_to_text,
    join_hyphenated,
    markdown_to_text,
    pdf_to_text,
    split_columns,
)

FIXTURES = Path(__file__).resolve().parent / "fixtures"
CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
LEFT_SENTENCE = "Latency was measured on one NVIDIA A10G at batch size 1."
RIGHT_SENTENCE = "All models were trained on 256 TPU v4 chips for 9 days."


def corpus_papers() -> list[dict[str, str]]:
    path = CORPUS / "documents.jsonl"
    if not path.exists():
        pytest.skip(f"shared corpus not found at {path}")
    with path.open(encoding="utf-8") as lines:
        documents = [json.loads(line) for line in lines]
    return [document for document in documents if document["source"] == "paper"]


# -- C16 (a): ligatures and line-end hyphens ----------------------------------


def test_c16a_ligature_and_hyphens() -> None:
    # C16 (a): the invented sentence from cases.md, as pdftotext would give it.
    text = (
        "We pre-trained on 2,048 As-\ncend 910B NPUs and then "
        "\ufb01ne-tuned on 8 A100-\n80GB GPUs."
    )
    cleaned = clean_extracted_text(text)
    assert cleaned.strip() == (
        "We pre-trained on 2,048 Ascend 910B NPUs and then "
        "fine-tuned on 8 A100-80GB GPUs."
    )


@pytest.mark.parametrize(
    ("extracted", "expected"),
    [
        # unstructured #3486: a word split by TeX is joined
        ("capabili-\nties", "capabilities"),
        ("As-\ncend 910B", "Ascend 910B"),
        # xberg #1543 / docling #4151: real hyphens stay
        ("A100-\n80GB", "A100-80GB"),
        ("V100-\nbased", "V100-based"),
        ("GPT-\nNeoX", "GPT-NeoX"),
        ("TPU-\nbased pods", "TPU-based pods"),
        ("Mixture-of-\nExperts", "Mixture-of-Experts"),
        ("state-of-the-\nart", "state-of-the-art"),
        # the document's own spelling decides between join and keep
        ("pre-\ntrained, as pre-trained", "pre-trained, as pre-trained"),
        ("pre-\ntrained, as pretrained", "pretrained, as pretrained"),
        # a break across a column or page gap
        ("individ-\n\nually", "individually"),
        ("a trailing hyphen- \n  then", "a trailing hyphenthen"),
    ],
)
def test_line_end_hyphens(extracted: str, expected: str) -> None:
    assert join_hyphenated(extracted) == expected


@pytest.mark.parametrize(
    ("ligature", "plain"),
    [("\ufb01ne", "fine"), ("\ufb02ops", "flops"), ("e\ufb00ort", "effort")],
)
def test_ligatures_expand(ligature: str, plain: str) -> None:
    # tabula #83, marker #219: "definition" must not lose or mangle its fi
    assert clean_extracted_text(ligature).strip() == plain


def test_wrapped_lines_join_but_sentences_and_blank_lines_stay() -> None:
    text = "We trained on\nAscend 910B chips.\nThen we\nevaluated.\n\nNew paragraph."
    assert clean_extracted_text(text) == (
        "We trained on Ascend 910B chips.\nThen we evaluated.\n\nNew paragraph.\n"
    )


def test_soft_hyphen_and_spaces_normalised() -> None:
    assert clean_extracted_text("mod\u00adel  on\u00a0H100\t GPUs") == (
        "model on H100 GPUs\n"
    )


# -- C16 (b): two-column order ------------------------------------------------


def test_c16b_two_column_fixture_keeps_sentences_whole() -> None:
    # C16 (b): the committed one-page fixture draws its columns row by row.
    text = pdf_to_text((FIXTURES / "two_column.pdf").read_bytes())
    lines = text.splitlines()
    assert LEFT_SENTENCE in lines
    assert RIGHT_SENTENCE in lines
    for line in lines:
        in_left = any(word in line for word in ("Latency", "A10G", "batch"))
        in_right = any(word in line for word in ("trained", "TPU", "9 days"))
        assert not (in_left and in_right), line


def test_two_column_fixture_reads_left_column_first() -> None:
    text = pdf_to_text((FIXTURES / "two_column.pdf").read_bytes())
    assert text.index(LEFT_SENTENCE) < text.index(RIGHT_SENTENCE)


def test_split_columns_keeps_spanning_lines_in_place() -> None:
    layout = "\n".join(
        [
            "            A Title That Spans The Page Across The Gutter",
            "",
            "left one two three              right one two three",
            "left four five six              right four five",
            "left seven.                     right six.",
            "A closing full width paragraph line crosses the middle of it all",
        ]
    )
    assert split_columns(layout).splitlines() == [
        "            A Title That Spans The Page Across The Gutter",
        "",
        "left one two three",
        "left four five six",
        "left seven.",
        "",
        "right one two three",
        "right four five",
        "right six.",
        "A closing full width paragraph line crosses the middle of it all",
    ]


def test_single_column_text_has_no_gutter() -> None:
    lines = [
        "We pretrain every model on a cluster of accelerators for many",
        "days and then evaluate the checkpoints on held out benchmarks",
        "that cover reasoning, coding, and multilingual understanding.",
    ]
    assert find_gutter(lines) is None


# -- broken PDFs --------------------------------------------------------------


def test_truncated_pdf_is_a_clear_error() -> None:
    data = (FIXTURES / "two_column.pdf").read_bytes()
    with pytest.raises(PdfUnreadable) as raised:
        pdf_to_text(data[: len(data) // 2], source="two_column.pdf")
    assert raised.value.reason == "truncated"
    assert "two_column.pdf" in str(raised.value)


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"<html>not a pdf</html>", "not_a_pdf"),
        (b"%PDF-1.4\ngarbage without objects\n%%EOF\n", "unreadable"),
    ],
)
def test_broken_pdf_is_a_clear_error(data: bytes, reason: str) -> None:
    with pytest.raises(PdfUnreadable) as raised:
        pdf_to_text(data, source="broken.pdf")
    assert raised.value.reason == reason


# -- HTML ---------------------------------------------------------------------

ARXIV_HTML = """<!DOCTYPE html><html><head><title>t</title>
<style>.x { color: red }</style><script>var chips = "H100";</script></head>
<body><nav class="ltx_page_navbar">Table of contents</nav>
<article class="ltx_document">
<h1 class="ltx_title">A&nbsp;Paper</h1>
<div class="ltx_para"><p class="ltx_p">We trained on 2,048
 Ascend&nbsp;910B NPUs<span class="ltx_note ltx_role_footnote"><sup
 class="ltx_note_mark">1</sup><span class="ltx_note_outer"><span
 class="ltx_note_content">Provided by a partner cloud.</span></span></span>
 for 30 days.</p></div>
<figure class="ltx_table"><figcaption class="ltx_caption">Table 1: Hardware
 per phase.</figcaption>
<table class="ltx_tabular"><thead><tr><th>Phase</th><th>Chip</th><th>Count</th></tr>
</thead><tbody><tr><td>Pretraining</td><td>Ascend 910B</td><td>2,048</td></tr>
<tr><td>Inference</td><td>A10G</td><td>1</td></tr></tbody></table></figure>
<p>Loss is <math alttext="L=\\sum_i x_i"><mi>L</mi></math> here.</p>
<section class="ltx_bibliography"><h2>References</h2>
<ul><li>Someone. TPU v4: a supercomputer. 2023.</li></ul></section>
</article><!-- a comment about V100 --></body></html>"""


def test_html_keeps_text_tables_captions_footnotes() -> None:
    text = html_to_text(ARXIV_HTML)
    lines = text.splitlines()
    assert "A Paper" in lines
    assert "We trained on 2,048 Ascend 910B NPUs for 30 days." in lines
    assert "Provided by a partner cloud." in lines
    assert "Table 1: Hardware per phase." in lines
    assert "Phase | Chip | Count" in lines
    assert "Pretraining | Ascend 910B | 2,048" in lines
    assert "Inference | A10G | 1" in lines
    assert "Loss is L=\\sum_i x_i here." in lines


def test_html_drops_scripts_styles_nav_comments_and_references() -> None:
    text = html_to_text(ARXIV_HTML)
    for dropped in ("H100", "color", "Table of contents", "V100", "TPU v4"):
        assert dropped not in text


def test_html_table_caption_element() -> None:
    text = html_to_text(
        "<table><caption>Cluster</caption><tr><td>TPU&nbsp;v5e</td>"
        "<td>256</td></tr><tr><td></td><td></td></tr></table>"
    )
    assert text == "Cluster\nTPU v5e | 256\n"


def test_markdown_is_normalised() -> None:
    assert markdown_to_text("# T\n\n\n\n| a | b |\u00a0\n") == "# T\n\n| a | b |\n"


# -- the real corpus ----------------------------------------------------------

CHIP_WORDS = re.compile(
    r"\b(?:A100|H100|H800|H20|V100|A10G|GPUs?|NPUs?|TPUs?|Ascend|Gaudi|MI\d{3}X?)\b"
)


def test_corpus_papers_keep_every_chip_mention() -> None:
    for paper in corpus_papers():
        original = paper["text"]
        cleaned = clean_extracted_text(original)
        before = CHIP_WORDS.findall(original.replace("\n", " "))
        after = CHIP_WORDS.findall(cleaned)
        name = paper.get("arxiv_id") or paper.get("paper_id")
        assert sorted(after) == sorted(before), name


def test_corpus_cleaning_is_stable() -> None:
    for paper in corpus_papers():
        once = clean_extracted_text(paper["text"])
        assert clean_extracted_text(once) == once
        assert "\ufb01" not in once
