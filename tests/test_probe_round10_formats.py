# ruff: noqa: E501 (snippets keep the long lines real documents have)
"""Unseen model documents, tenth round: clear statements in odd formats
(HTML-heavy cards, setext headings, nested lists, tables without pipes,
YAML front matter, fenced JSON, Windows line ends, tabs, non-breaking and
full-width characters), written for these tests and judged by the dev
labels' conventions.

The failures it found first led to fixes: setext ("====") headings,
full-width letters, digits and brackets read as ASCII, "hardware_used" and
"Training GPUs" labels, configuration lines shown under a training heading.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import ANY, CardCase, check_card_case, probe_params

NONE = dict(providers=set(), chips=set(), count=None, disclosure="none")


def hw(provider, chip, count, **kw):
    disc = "chip+count" if count is not None else "chip"
    return dict(providers={provider}, chips={chip}, count=count, disclosure=disc, **kw)


def nv(chip, count, **kw):
    return hw("nvidia", chip, count, **kw)


HEAD = "# Widget-7B\n\nWidget-7B is a 7B decoder-only language model from Acme.\n\n"

LONG_FILLER = (
    "Widget-7B is a general-purpose assistant model that we built over several months with a focus on multilingual reasoning, careful data curation, "
    "deduplication at the document and paragraph level, a tokenizer with 64k entries that covers code and mathematics well, a context window of 8k tokens "
    "extended later with position interpolation, and a long list of evaluation suites that we describe below in more detail"
)

CARD_CASES = [
    # ---------------- HTML-heavy cards
    CardCase(
        "html_center_div_p_bold_count",
        '<div align="center">\n<h1>Widget-7B</h1>\n<p>Widget-7B was trained on <b>64</b> NVIDIA H100 GPUs for 9 days.</p>\n</div>\n',
        **nv("H100", 64),
    ),
    CardCase(
        "html_br_nbsp_times_entities",
        HEAD
        + "## Training\n\nHardware:&nbsp;8&nbsp;&times;&nbsp;NVIDIA&nbsp;A100<br>Training time:&nbsp;3&nbsp;days<br>Precision: bf16<br>\n",
        **nv("A100", 8),
    ),
    CardCase(
        "html_table_th_td_hardware_count",
        HEAD
        + "## Training details\n\n<table>\n<tr><th>Hardware</th><th>Number of GPUs</th><th>Duration</th></tr>\n<tr><td>NVIDIA H800</td><td>512</td><td>21 days</td></tr>\n</table>\n",
        **nv("H800", 512),
    ),
    CardCase(
        "html_details_summary_training",
        HEAD
        + "<details>\n<summary>Training</summary>\n\nWe trained Widget-7B on 128 AMD Instinct MI250X GPUs on the LUMI supercomputer.\n\n</details>\n",
        **hw("amd", "MI250X", 128),
    ),
    CardCase(
        "html_img_badges_and_sponsor_logo",
        '<p align="center">\n<a href="https://acme.ai"><img src="https://img.shields.io/badge/license-apache--2.0-blue" alt="license"></a>\n'
        '<img src="https://acme.ai/static/nvidia-inception-logo.png" alt="NVIDIA Inception" width="120">\n</p>\n\n'
        + HEAD
        + "Widget-7B was trained on 256 TPU v4 chips.\n",
        **hw("google_tpu", "TPU v4", 256),
    ),
    CardCase(
        "html_sup_footnote_after_chips",
        HEAD
        + "Widget-7B was trained on 256 TPU v4 chips<sup>1</sup> over 12 days.\n\n<sup>1</sup> Provided by the TPU Research Cloud.\n",
        **hw("google_tpu", "TPU v4", 256),
    ),
    CardCase(
        "html_table_inference_requirements_only",
        HEAD
        + "## Hardware requirements\n\n<table>\n<tr><td>Recommended GPU</td><td>RTX 4090 (24 GB)</td></tr>\n<tr><td>Minimum VRAM</td><td>16 GB</td></tr>\n</table>\n",
        **NONE,
        inference={"nvidia"},
    ),
    CardCase(
        "html_details_inference_ascend_plus_training_h100",
        HEAD
        + "Widget-7B was trained on 64 H100 GPUs.\n\n<details><summary>Deploying on Ascend</summary>\n\nWidget-7B runs on Atlas 300I Duo inference cards with MindIE.\n\n</details>\n",
        **nv("H100", 64),
        inference={"huawei_ascend"},
    ),
    # ---------------- Markdown edge cases
    CardCase(
        "setext_heading_equals_training",
        "Widget-7B\n=========\n\nWidget-7B is a 7B language model from Acme.\n\nTraining\n========\n\nHardware: 32 × H100 SXM\n\nEvaluation\n==========\n\nSee the table below.\n",
        **nv("H100", 32),
    ),
    CardCase(
        "setext_heading_dashes_inference_then_training",
        HEAD
        + "Inference\n---------\n\nRuns comfortably on a single RTX 4090.\n\nTraining\n--------\n\nWidget-7B was trained on 16 A100 GPUs.\n",
        **nv("A100", 16),
        inference={"nvidia"},
    ),
    CardCase(
        "atx_heading_trailing_hashes",
        HEAD
        + "## Training Hardware ##\n\n- 64 × Intel Gaudi 2 accelerators\n\n## Usage ##\n\nSee below.\n",
        **hw("intel", "Gaudi 2", 64),
    ),
    CardCase(
        "bold_pseudo_heading_training_hardware",
        HEAD
        + "**Training hardware:** 8× NVIDIA A100-SXM4\n\n**License:** Apache 2.0\n",
        **nv("A100", 8),
    ),
    CardCase(
        "nested_list_hardware_subitem",
        HEAD
        + "- Training details\n  - Precision: bf16\n  - Hardware: 16 × AMD Instinct MI300X\n  - Duration: 2 days\n- Evaluation\n  - MMLU 5-shot\n",
        **hw("amd", "MI300X", 16),
    ),
    CardCase(
        "numbered_list_in_training_section",
        HEAD
        + "## Training\n\n1. Pretraining on 2T tokens.\n2. Hardware: 1,024 Ascend 910B NPUs.\n3. Supervised fine-tuning on 1M samples.\n",
        **hw("huawei_ascend", "Ascend 910B", 1024),
    ),
    CardCase(
        "blockquote_note_training",
        HEAD
        + "> **Note**\n> Widget-7B was trained on 8 A100 GPUs\n> in about four days.\n",
        **nv("A100", 8),
    ),
    CardCase(
        "blockquote_tip_mlx_inference_only",
        HEAD
        + "> [!TIP]\n> Widget-7B runs on an M2 MacBook Air with MLX at 30 tokens/s.\n",
        **NONE,
        inference={"apple"},
    ),
    CardCase(
        "table_without_leading_pipes",
        HEAD
        + "## Training\n\nStage | Hardware | Hours\n--- | --- | ---\nPretraining | 64 H100 | 120\nSFT | 8 H100 | 6\n",
        **nv("H100", 64),
    ),
    CardCase(
        "table_alignment_row_train_and_infer",
        HEAD
        + "| Item | Value |\n|:-----|------:|\n| Training GPUs | 32 × A800 |\n| Inference GPU | 1 × RTX 3090 |\n",
        **nv("A800", 32),
        inference={"nvidia"},
    ),
    CardCase(
        "very_long_single_line_paragraph",
        HEAD
        + LONG_FILLER
        + ", and the whole pretraining run of Widget-7B was carried out on 128 NVIDIA H100 GPUs over nineteen days, "
        + LONG_FILLER
        + ".\n",
        **nv("H100", 128),
    ),
    # ---------------- metadata and code blocks
    CardCase(
        "yaml_front_matter_training_hardware_key",
        "---\nlicense: apache-2.0\nlanguage:\n- en\ntraining:\n  hardware: 8x NVIDIA H100\n  hours: 72\n---\n\n"
        + HEAD,
        **nv("H100", 8),
    ),
    CardCase(
        "yaml_co2_hardware_used_tpu",
        "---\nlicense: mit\nco2_eq_emissions:\n  emissions: 120\n  source: ML CO2 Impact\n  training_type: pre-training\n  geographical_location: us-central1\n  hardware_used: TPU v3\n---\n\n"
        + HEAD,
        **hw("google_tpu", "TPU v3", None),
    ),
    CardCase(
        "json_fenced_training_config",
        HEAD
        + '## Training config\n\n```json\n{\n  "gpu": "A100",\n  "num_gpus": 8,\n  "precision": "bf16",\n  "epochs": 3\n}\n```\n',
        providers={"nvidia"},
        chips={"A100"},
        count=ANY,
        disclosure=("chip", "chip+count"),
    ),
    CardCase(
        "hf_template_hardware_type_bold_list",
        HEAD
        + "## Environmental Impact\n\n- **Hardware Type:** NVIDIA A100\n- **Hours used:** 240\n- **Cloud Provider:** AWS\n- **Compute Region:** us-east-1\n",
        **nv("A100", None),
    ),
    CardCase(
        "hf_template_unfilled_and_gpu_usage",
        HEAD
        + "## Environmental Impact\n\n- **Hardware Type:** [More Information Needed]\n- **Hours used:** [More Information Needed]\n\n## How to use\n\n```python\nmodel = AutoModel.from_pretrained('acme/widget-7b').to('cuda')\n```\n",
        **NONE,
        inference={"nvidia"},
    ),
    # ---------------- whitespace and line endings
    CardCase(
        "crlf_line_endings_training_section",
        (
            HEAD
            + "## Training\n\nWidget-7B was trained on 8 H100 GPUs.\n\n## License\n\nMIT\n"
        ).replace("\n", "\r\n"),
        **nv("H100", 8),
    ),
    CardCase(
        "crlf_hard_wrapped_sentence",
        (
            HEAD + "Widget-7B was trained\non 16 NVIDIA\nA100 GPUs for two weeks.\n"
        ).replace("\n", "\r\n"),
        **nv("A100", 16),
    ),
    CardCase(
        "tabs_between_fields",
        HEAD + "## Training\n\nHardware:\t64\t×\tH100\nDuration:\t10\tdays\n",
        **nv("H100", 64),
    ),
    CardCase(
        "nbsp_between_count_and_chip",
        HEAD + "Widget-7B was trained on 8\u00a0×\u00a0A100 GPUs.\n",
        **nv("A100", 8),
    ),
    CardCase(
        "narrow_nbsp_and_thin_space",
        HEAD + "Widget-7B was trained on 1\u202f024\u2009H100 GPUs.\n",
        **nv("H100", 1024),
    ),
    # ---------------- full-width and other unicode
    CardCase(
        "fullwidth_digits_and_chip",
        HEAD + "Widget-7B was trained on ８×Ａ１００ GPUs.\n",
        **nv("A100", 8),
    ),
    CardCase(
        "fullwidth_chinese_gpu",
        HEAD + "模型在 ６４ 张 Ｈ８００ ＧＰＵ 上完成训练。\n",
        **nv("H800", 64),
    ),
    CardCase(
        "japanese_fullwidth_parens_times_after",
        HEAD + "学習には NVIDIA A100（80GB）×8 を使用しました。\n",
        providers={"nvidia"},
        chips=ANY,
        count=8,
        disclosure="chip+count",
    ),
    CardCase(
        "nonbreaking_hyphen_chip_name",
        HEAD + "Widget\u20117B was trained on 8 × A100\u2011SXM4 GPUs.\n",
        **nv("A100", 8),
    ),
    CardCase(
        "unicode_times_no_spaces_em_dash",
        HEAD + "Training hardware — 16×V100 — took about a week.\n",
        **nv("V100", 16),
    ),
    CardCase(
        "heading_emoji_trailing_hashes_apple",
        HEAD
        + "### 🖥️ Training Hardware ###\n\nWidget-7B was fine-tuned on 4 × Apple M2 Ultra Mac Studios with MLX.\n",
        **hw("apple", "M2 Ultra", 4),
    ),
]


# Known gaps: cases a careful labeller reads this way that the rules do not yet.
KNOWN_GAPS = {
    "html_table_th_td_hardware_count": (
        "an HTML table's count column is not read with the chip in the next cell"
    ),
    "nested_list_hardware_subitem": (
        "a parent list item ('- Training details') is no heading for its sub-items"
    ),
    "table_alignment_row_train_and_infer": (
        "a table row labelled 'Training GPUs' outside a training section is no training statement"
    ),
    "yaml_front_matter_training_hardware_key": (
        "a parent YAML key ('training:') is not read with the key below it"
    ),
    "crlf_hard_wrapped_sentence": (
        "a line shorter than 40 characters is not joined to the next, splitting a vendor from its chip"
    ),
    "narrow_nbsp_and_thin_space": (
        "a narrow no-break space inside a number ('1 024') is read as two numbers"
    ),
}


@pytest.mark.parametrize("case", probe_params(CARD_CASES, KNOWN_GAPS))
def test_card_probe_r(tmp_path: Path, case: CardCase) -> None:
    check_card_case(tmp_path, case)
