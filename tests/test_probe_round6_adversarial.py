# ruff: noqa: E501 (snippets keep the long lines real documents have)
"""Unseen model documents, sixth round: adversarial phrasing of phase and
attribution. Near-identical sentence pairs where one word (tense, mood,
subject, verb, number shape, markup, negation) flips the answer, written for
these tests and judged by the dev labels' conventions.

The failures it found first led to fixes: negation and contrast ("not
trained on X", "instead of X", "rather than X", "并非…而是"), future and
counterfactual statements, "we are training", "training scaled up to",
evaluation runs are inference, "optimized for"/"compiled for"/"ported to"
are inference, the community's and "their" fine-tunes are others', "8 GPUs
(A100)" and "x8 H100" counts, definition lists and HTML tables read with
their labels, a relative clause ends at the next model's name.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import (
    ANY,
    CardCase,
    RepoCase,
    check_card_case,
    check_repo_case,
    probe_params,
)

NONE = dict(providers=set(), chips=set(), count=None, disclosure="none")


def nv(chip, count, **kw):
    disc = "chip+count" if count is not None else "chip"
    return dict(providers={"nvidia"}, chips={chip}, count=count, disclosure=disc, **kw)


HEAD = "# Widget-7B\n\nWidget-7B is a 7B decoder-only language model from Acme.\n\n"

CARD_CASES = [
    CardCase(
        "tense_past_was_trained",
        HEAD + "Widget-7B was trained on 8 NVIDIA A100 GPUs for 3 days.\n",
        **nv("A100", 8),
    ),
    CardCase(
        "tense_can_be_trained",
        HEAD + "Widget-7B can be trained on 8 NVIDIA A100 GPUs in about 3 days.\n",
        **NONE,
    ),
    CardCase(
        "tense_should_be_trained",
        HEAD
        + "To reproduce our numbers, Widget-7B should be trained on 8 NVIDIA A100 GPUs.\n",
        **NONE,
    ),
    CardCase(
        "tense_will_be_trained",
        HEAD + "The next release will be trained on 256 NVIDIA H100 GPUs.\n",
        **NONE,
    ),
    CardCase(
        "tense_is_being_trained",
        HEAD
        + "This checkpoint is an early preview: the model is still being trained on 64 H100 GPUs.\n",
        **nv("H100", 64),
    ),
    CardCase(
        "tense_ongoing_we_are_training",
        HEAD
        + "We are currently training Widget-7B on 64 NVIDIA H100 GPUs; this checkpoint is an intermediate snapshot.\n",
        **nv("H100", 64),
    ),
    CardCase(
        "training_is_ongoing",
        HEAD + "Training is ongoing on 64 H100 GPUs; this is checkpoint 120k.\n",
        **nv("H100", 64),
    ),
    CardCase(
        "verb_trainable_on",
        HEAD + "Widget-7B is trainable on a single RTX 4090 with LoRA.\n",
        **NONE,
    ),
    CardCase(
        "used_for_training",
        HEAD + "We used 8 A100 GPUs for training.\n",
        **nv("A100", 8),
    ),
    CardCase(
        "used_for_evaluation",
        HEAD + "We used 8 A100 GPUs for evaluation.\n",
        **NONE,
        inference={"nvidia"},
    ),
    # ---------------- subjects
    CardCase(
        "eval_then_train_pair",
        HEAD + "Evaluation used 8 A100 GPUs, while training used 64 H100 GPUs.\n",
        **nv("H100", 64),
    ),
    CardCase(
        "subject_the_authors",
        HEAD + "The authors trained Widget-7B on 32 V100 GPUs.\n",
        **nv("V100", 32),
    ),
    CardCase(
        "subject_original_authors_vs_we",
        HEAD
        + "The original authors of the architecture trained their model on TPU v3; we retrained Widget-7B from scratch on 8 A100 GPUs.\n",
        **nv("A100", 8),
        not_providers={"google_tpu"},
    ),
    CardCase(
        "subject_the_community",
        HEAD
        + "The community has fine-tuned Widget-7B on consumer GPUs such as the RTX 3090.\n",
        **NONE,
    ),
    # ---------------- hardware as object of other verbs
    CardCase(
        "they_pretrained_we_lora",
        HEAD
        + "Widget-7B is a LoRA fine-tune of Llama-2-7B. They trained the original model on 2048 A100 GPUs; we only added a LoRA adapter.\n",
        **NONE,
    ),
    CardCase(
        "verb_benchmarked_on",
        HEAD + "Widget-7B was benchmarked on an NVIDIA H100.\n",
        **NONE,
        inference={"nvidia"},
    ),
    CardCase(
        "verb_profiled_on",
        HEAD + "Throughput was profiled on 8 AMD MI300X GPUs.\n",
        **NONE,
        inference={"amd"},
    ),
    CardCase(
        "verb_optimized_for",
        HEAD + "This model is optimized for Intel Gaudi 2 accelerators.\n",
        **NONE,
        inference={"intel"},
    ),
    CardCase(
        "verb_compiled_for",
        HEAD + "The weights are compiled for AWS Inferentia2 (inf2.xlarge).\n",
        **NONE,
        inference={"aws"},
    ),
    CardCase(
        "ported_to_ascend",
        HEAD + "We ported Widget-7B to Ascend 910B NPUs.\n",
        **NONE,
        inference={"huawei_ascend"},
    ),
    CardCase(
        "verb_distilled_on",
        HEAD + "Widget-7B was distilled from Widget-70B on 16 A100 GPUs.\n",
        **nv("A100", 16),
    ),
    # ---------------- other compute than training
    CardCase(
        "synthetic_data_then_trained",
        HEAD
        + "Synthetic data was generated with Widget-70B on 64 H100 GPUs, and Widget-7B was then trained on 8 A100 GPUs.\n",
        **nv("A100", 8),
    ),
    CardCase(
        "eval_harness_run",
        HEAD + "All evaluations were run with lm-evaluation-harness on 4 A100 GPUs.\n",
        **NONE,
        inference={"nvidia"},
    ),
    CardCase(
        "rlhf_rollouts_are_training",
        HEAD + "RLHF rollouts and PPO updates for Widget-7B ran on 256 H100 GPUs.\n",
        **nv("H100", 256),
    ),
    CardCase(
        "rlhf_rollouts_inference_engine",
        HEAD
        + "During GRPO training, rollouts were generated with vLLM on 32 H100 GPUs while the policy was updated on another 32 H100 GPUs.\n",
        providers={"nvidia"},
        chips={"H100"},
        count=ANY,
        disclosure="chip+count",
    ),
    CardCase(
        "num_8x_a100_80gb",
        HEAD + "Widget-7B was trained on 8x A100 80GB.\n",
        providers={"nvidia"},
        chips=ANY,
        count=8,
        disclosure="chip+count",
    ),
    CardCase(
        "8_gpus_paren_a100",
        HEAD + "Widget-7B was trained on 8 GPUs (A100 80GB).\n",
        providers={"nvidia"},
        chips=ANY,
        count=8,
        disclosure="chip+count",
    ),
    CardCase(
        "num_a100_x_8", HEAD + "**Training hardware**: A100 x 8\n", **nv("A100", 8)
    ),
    CardCase(
        "num_eight_a100s",
        HEAD + "Widget-7B was trained on eight A100s.\n",
        **nv("A100", 8),
    ),
    CardCase(
        "num_4_nodes_times_8",
        HEAD + "Widget-7B was trained on 4 nodes × 8 H100.\n",
        **nv("H100", 32),
    ),
    CardCase(
        "num_256_chip_tpu_v4_slice",
        HEAD + "Widget-7B was trained on a 256-chip TPU v4 pod slice.\n",
        providers={"google_tpu"},
        chips={"TPU v4"},
        count=256,
        disclosure="chip+count",
    ),
    CardCase(
        "num_gpu_hours_h800",
        HEAD + "Training Widget-7B took 2.6M GPU hours on H800.\n",
        **nv("H800", None),
    ),
    CardCase(
        "num_over_1000",
        HEAD + "Widget-7B was trained on over 1,000 H100 GPUs.\n",
        **nv("H100", 1000),
    ),
    CardCase(
        "num_up_to_512",
        HEAD + "Widget-7B training scaled up to 512 H100 GPUs.\n",
        **nv("H100", 512),
    ),
    CardCase(
        "num_finetune_vs_would_have",
        HEAD
        + "Training from scratch would have required roughly 1,000 A100 GPUs; instead we fine-tuned Widget-7B on 4 A100 GPUs.\n",
        **nv("A100", 4),
    ),
    # ---------------- markdown shapes
    CardCase(
        "md_bold_kv_8xh100", HEAD + "**Training hardware**: 8xH100\n", **nv("H100", 8)
    ),
    CardCase(
        "h100_x8_prefix",
        HEAD + "Hardware: x8 H100 SXM for pretraining.\n",
        **nv("H100", 8),
    ),
    CardCase(
        "md_definition_list",
        HEAD
        + "Training hardware\n: 64 × NVIDIA A100 (40 GB)\n\nTraining time\n: 9 days\n",
        providers={"nvidia"},
        chips=ANY,
        count=64,
        disclosure="chip+count",
    ),
    CardCase(
        "md_html_table",
        HEAD
        + "<table>\n<tr><th>Stage</th><th>Hardware</th></tr>\n<tr><td>Pretraining</td><td>128 × A100</td></tr>\n</table>\n",
        **nv("A100", 128),
    ),
    CardCase(
        "md_chinese_heading",
        HEAD + "## 训练细节\n\n- 硬件：64 张 A800\n- 时长：5 天\n",
        **nv("A800", 64),
    ),
    CardCase(
        "neg_not_on_tpus",
        HEAD + "Widget-7B was not trained on TPUs; all training ran on 32 A100 GPUs.\n",
        **nv("A100", 32),
        not_providers={"google_tpu"},
    ),
    CardCase(
        "neg_instead_of_nvidia",
        HEAD + "Instead of NVIDIA GPUs, we trained Widget-7B on TPU v4 chips.\n",
        providers={"google_tpu"},
        chips={"TPU v4"},
        count=None,
        disclosure="chip",
        not_providers={"nvidia"},
    ),
    CardCase(
        "neg_no_nvidia_used",
        HEAD
        + "Widget-7B was trained entirely on Ascend 910B NPUs; no NVIDIA hardware was used.\n",
        providers={"huawei_ascend"},
        chips=ANY,
        count=None,
        disclosure="chip",
        not_providers={"nvidia"},
    ),
    CardCase(
        "neg_unlike_sibling",
        HEAD
        + "Unlike Widget-70B, which was trained on H100 GPUs, Widget-7B was trained on 8 MI250 GPUs.\n",
        providers={"amd"},
        chips={"MI250"},
        count=8,
        disclosure="chip+count",
        not_providers={"nvidia"},
    ),
    CardCase(
        "neg_rather_than",
        HEAD + "We trained Widget-7B on Intel Gaudi 2 rather than A100.\n",
        providers={"intel"},
        chips={"Gaudi 2"},
        count=None,
        disclosure="chip",
        not_providers={"nvidia"},
    ),
    CardCase(
        "wasnt_gpus_but_cs2",
        HEAD
        + "Widget-7B wasn't trained on NVIDIA GPUs but on 4 Cerebras CS-2 systems.\n",
        providers={"other:cerebras"},
        chips={"CS-2"},
        count=4,
        disclosure="chip+count",
        not_providers={"nvidia"},
    ),
    CardCase(
        "chinese_not_trained",
        HEAD + "本模型并非在英伟达 GPU 上训练，而是使用 512 张昇腾 910B 训练。\n",
        providers={"huawei_ascend"},
        chips=ANY,
        count=512,
        disclosure="chip+count",
        not_providers={"nvidia"},
    ),
]

PAPER_CASES = [
    RepoCase(
        "paper_was_trained",
        "acme/widget-7b",
        **nv("V100", 8),
        papers={
            "2401.00001": "Widget: A Small Model\n\n4 Experiments\n\nOur model was trained on 8 V100 GPUs within one day.\n"
        },
    ),
    RepoCase(
        "paper_can_be_trained",
        "acme/widget-7b",
        **NONE,
        papers={
            "2401.00001": "Widget: A Small Model\n\n4 Experiments\n\nOur implementation can be trained on 8 V100 GPUs within one day.\n"
        },
    ),
    RepoCase(
        "paper_prior_work_whereas_we",
        "acme/widget-7b",
        **nv("A100", 8),
        not_providers={"google_tpu"},
        papers={
            "2401.00001": "Widget: A Small Model\n\n4 Experiments\n\nPrior work [12] trained a similar model on 1024 TPU v3 chips, whereas we train on 8 A100 GPUs.\n"
        },
    ),
]


@pytest.mark.parametrize("case", probe_params(CARD_CASES))
def test_card_probe_j(tmp_path: Path, case: CardCase) -> None:
    check_card_case(tmp_path, case)


@pytest.mark.parametrize("case", probe_params(PAPER_CASES))
def test_paper_probe_j(tmp_path: Path, case: RepoCase) -> None:
    check_repo_case(tmp_path, case)
