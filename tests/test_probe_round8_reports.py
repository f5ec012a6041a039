# ruff: noqa: E501 (snippets keep the long lines real documents have)
"""Unseen model documents, eighth round: 2024-2025 style technical reports
and their cards (infrastructure sections, GPU-hour cost tables, MoE and
multimodal reports, reasoning-model RL, MFU and training throughput,
serving sections beside training ones), written for these tests and judged
by the dev labels' conventions.

The failures it found first led to fixes: our exact name beside a sibling
with the same core name, "all Foo 3 models" is the family, "during
pre-training ... N GPUs" and "training stages run on", "Pre-training of X
used", counts written "6K", only the base's own family statements are
foreign to a fine-tune.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import ANY, check_repo_case, probe_params
from helpers import RepoCase as Case

from chipaudit.signals.catalog import TRACKED_PROVIDERS

ALL = set(TRACKED_PROVIDERS)
NONE = dict(providers=set(), chips=set(), count=None, disclosure="none")
P = "2412.04321"


def _wrap(par: str, width: int = 88) -> list[str]:
    lines, cur = [], ""
    for w in par.split():
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = f"{cur} {w}" if cur else w
    if cur:
        lines.append(cur)
    return lines


def report(
    title: str,
    sections: list[tuple[str, str]],
    header: str = "Technical Report",
) -> str:
    """Sections are (heading, body); body paragraphs split on blank lines, a
    paragraph starting with '=' is kept verbatim (tables)."""
    out = [
        title,
        "Corvid AI",
        "Abstract",
        *_wrap(
            "We introduce a new generation of open language models and describe the data, "
            "architecture, training infrastructure, post-training recipe and evaluation. The "
            "weights of base and chat models are released under a permissive license."
        ),
        "1 Introduction",
        *_wrap(
            "Open-weight language models have narrowed the gap with proprietary systems on "
            "knowledge, mathematics and code. In this report we describe the recipe in detail so "
            "that others can reproduce and extend it, including the failures we encountered."
        ),
    ]
    for n, (head, body) in enumerate(sections, 2):
        out.append(f"{n} {head}" if head else "")
        for par in body.split("\n\n"):
            if par.startswith("="):
                out.extend(par[1:].split("\n"))
            else:
                out.extend(_wrap(par))
    out += [
        "References",
        "Jared Kaplan, Sam McCandlish, Tom Henighan, et al. 2020. Scaling laws for neural",
        "language models. arXiv preprint arXiv:2001.08361.",
    ]
    paged = []
    for i, line in enumerate(out, 1):
        paged.append(line)
        if i % 50 == 0:
            paged += [str(i // 50), header]
    return "\n".join(paged) + "\n"


ARCH = (
    "Architecture",
    "The models use grouped-query attention, rotary position embeddings with a base of "
    "500,000, SwiGLU activations and RMSNorm pre-normalization. The vocabulary has 151,552 "
    "tokens and the context window is 32K tokens after long-context extension.",
)
DATA = (
    "Pre-Training Data",
    "The pre-training corpus contains 14.8 trillion tokens of web text, code, mathematics "
    "and multilingual documents. We apply document-level deduplication and a quality "
    "classifier, and upsample mathematics and code during the final annealing phase.",
)
POST = (
    "Post-Training",
    "We perform supervised fine-tuning on 1.5 million instances spanning reasoning, code, "
    "writing and safety, followed by reinforcement learning with a rule-based reward for "
    "verifiable tasks and a model-based reward for open-ended ones.",
)


def card(model: str, body: str = "", yaml: str = "") -> str:
    short = model.split("/")[1]
    return (
        f"---\nlicense: mit\nlibrary_name: transformers\n{yaml}---\n\n# {short}\n\n"
        f"{body}\n\n## How to use\n\n```python\nfrom transformers import AutoModelForCausalLM\n"
        f"model = AutoModelForCausalLM.from_pretrained('{model}')\n```\n"
    )


V3 = "corvid-ai/Corvid-V3"
V3B = "corvid-ai/Corvid-V3-Base"
R1 = "corvid-ai/Corvid-R1"
C8 = "corvid-ai/Corvid-3-8B"
C70 = "corvid-ai/Corvid-3-70B"
C_SIBS = ("corvid-ai/Corvid-3-3B", "corvid-ai/Corvid-3-32B", C70)
VL = "corvid-ai/Corvid-VL-12B"

CLUSTER_2048 = (
    "Compute Clusters. Corvid-V3 is trained on a cluster equipped with 2048 NVIDIA H800 "
    "GPUs. Each node in the H800 cluster contains 8 GPUs connected by NVLink and NVSwitch "
    "within nodes. Across nodes, InfiniBand interconnects are used to facilitate "
    "communication."
)
COST_TABLE = (
    "=Table 1 | Training costs of Corvid-V3, assuming the rental price of H800 is $2 per GPU hour.\n"
    "| Training Costs | Pre-Training | Context Extension | Post-Training | Total |\n"
    "| in H800 GPU Hours | 2,410K | 106K | 6K | 2,522K |\n"
    "| in USD | $4.820M | $0.212M | $0.012M | $5.044M |"
)

CASES: list[Case] = [
    # ---------------------------------------------------------- infrastructure
    Case(
        "infra_cluster_2048_h800_nvlink_nvswitch",
        V3,
        {"nvidia"},
        {"H800"},
        2048,
        "chip+count",
        cards={
            V3: card(
                V3,
                "Corvid-V3 is a mixture-of-experts model with 640B total parameters.",
            )
        },
        papers={
            P: report(
                "Corvid-V3 Technical Report",
                [DATA, ARCH, ("Infrastructures", CLUSTER_2048), POST],
            )
        },
        others=(V3B,),
        not_providers=ALL - {"nvidia"},
    ),
    Case(
        "cost_table_h800_gpu_hours_pipes_only",
        V3,
        {"nvidia"},
        {"H800"},
        None,
        "chip",
        cards={V3: card(V3, "Corvid-V3 is a mixture-of-experts model.")},
        papers={
            P: report(
                "Corvid-V3 Technical Report",
                [
                    DATA,
                    ARCH,
                    (
                        "Training Costs",
                        "Table 1 summarises the cost of training Corvid-V3. Pre-training on each trillion "
                        "tokens requires about 163K GPU hours, so that the full pre-training stage finishes in "
                        "less than two months.\n\n" + COST_TABLE,
                    ),
                    POST,
                ],
            )
        },
        not_providers=ALL - {"nvidia"},
    ),
    Case(
        "cost_table_and_cluster_count_from_cluster",
        V3,
        {"nvidia"},
        {"H800"},
        2048,
        "chip+count",
        cards={V3: card(V3, "Corvid-V3 is a mixture-of-experts model.")},
        papers={
            P: report(
                "Corvid-V3 Technical Report",
                [
                    DATA,
                    ("Infrastructures", CLUSTER_2048),
                    (
                        "Training Costs",
                        "The costs are given in Table 1.\n\n" + COST_TABLE,
                    ),
                    POST,
                ],
            )
        },
        not_providers=ALL - {"nvidia"},
    ),
    Case(
        "card_summary_gpu_hours_line_rental_price",
        V3,
        {"nvidia"},
        {"H800"},
        None,
        "chip",
        cards={
            V3: card(
                V3,
                "## Model Summary\n\nCorvid-V3 requires only 2.52M H800 GPU hours for its full training, "
                "which at an assumed rental price of $2 per GPU hour amounts to about $5.04M. Its training "
                "process was remarkably stable, without any irrecoverable loss spikes or rollbacks.",
            )
        },
        not_providers=ALL - {"nvidia"},
    ),
    Case(
        "moe_expert_parallel_256_nodes_8_gpus",
        V3,
        {"nvidia"},
        {"H800"},
        ANY,
        "chip+count",
        cards={V3: card(V3, "See the technical report for training details.")},
        papers={
            P: report(
                "Corvid-V3 Technical Report",
                [
                    DATA,
                    (
                        "Training Framework",
                        "Corvid-V3 is trained with 16-way pipeline parallelism and 64-way expert parallelism "
                        "spanning 256 nodes, each with 8 NVIDIA H800 GPUs, together with ZeRO-1 data "
                        "parallelism. Tokens are dispatched to at most four nodes to bound all-to-all traffic "
                        "over InfiniBand.",
                    ),
                ],
            )
        },
        not_providers=ALL - {"nvidia"},
    ),
    Case(
        "moe_deploy_ep320_training_2048",
        V3,
        {"nvidia"},
        {"H800"},
        2048,
        "chip+count",
        {"nvidia"},
        cards={V3: card(V3, "See the technical report for training details.")},
        papers={
            P: report(
                "Corvid-V3 Technical Report",
                [
                    ("Infrastructures", CLUSTER_2048),
                    (
                        "Inference and Deployment",
                        "We deploy Corvid-V3 on the H800 cluster. The decoding stage uses expert parallelism "
                        "EP320 across 40 nodes, where each GPU hosts a single expert, while prefilling uses a "
                        "minimum unit of 4 nodes with 32 GPUs.",
                    ),
                ],
            )
        },
        not_providers=ALL - {"nvidia"},
    ),
    # ---------------------------------------------------------- Llama-style cards
    Case(
        "llama_style_training_factors_per_size_table",
        C8,
        {"nvidia"},
        {"H100"},
        None,
        "chip",
        cards={
            C8: card(
                C8,
                "## Hardware and Software\n\n**Training Factors:** We used custom training libraries, "
                "our custom built GPU cluster, and production infrastructure for pretraining. "
                "Fine-tuning, annotation, and evaluation were also performed on production "
                "infrastructure.\n\n**Training Energy Use:** Training utilized a cumulative of 7.1M GPU "
                "hours of computation on H100-80GB (TDP of 700W) type hardware, per the table below.\n\n"
                "| | Training Time (GPU hours) | Training Power Consumption (W) | Location-Based Emissions (tons CO2eq) |\n"
                "| :---- | :---: | :---: | :---: |\n"
                "| Corvid 3 8B | 1.3M | 700 | 380 |\n| Corvid 3 70B | 5.8M | 700 | 1,690 |\n| Total | 7.1M | | 2,070 |",
            )
        },
        others=C_SIBS,
        not_providers=ALL - {"nvidia"},
    ),
    Case(
        "carbon_table_chip_only_in_header",
        C8,
        {"nvidia"},
        {"H100"},
        None,
        "chip",
        cards={
            C8: card(
                C8,
                "## Carbon Footprint\n\n| Model | Time (H100 GPU hours) | Power (W) | Carbon Emitted (tCO2eq) |\n"
                "|---|---|---|---|\n| Corvid 3 8B | 1,300,000 | 700 | 380 |\n| Corvid 3 70B | 5,800,000 | 700 | 1,690 |\n\n"
                "100% of the emissions are offset by our sustainability program.",
            )
        },
        others=C_SIBS,
        not_providers=ALL - {"nvidia"},
    ),
    Case(
        "llama_style_card_custom_cluster_no_chip",
        C8,
        **NONE,
        cards={
            C8: card(
                C8,
                "## Hardware and Software\n\n**Training Factors:** We used custom training libraries, our "
                "custom built GPU cluster, and production infrastructure for pretraining.\n\n"
                "**Training Energy Use:** Training utilized a cumulative of 1.3M GPU hours of computation. "
                "Estimated total location-based greenhouse gas emissions were 380 tons CO2eq.",
            )
        },
        others=C_SIBS,
        not_providers=ALL,
    ),
    # ---------------------------------------------------------- four sizes
    Case(
        "four_sizes_flagship_is_this_model",
        C70,
        {"nvidia"},
        {"H800"},
        4096,
        "chip+count",
        cards={C70: card(C70, "Corvid 3 comes in 3B, 8B, 32B and 70B sizes.")},
        papers={
            P: report(
                "Corvid 3: Open Models from 3B to 70B",
                [
                    DATA,
                    ARCH,
                    (
                        "Training Infrastructure",
                        "Corvid-3-70B was pre-trained on 4,096 NVIDIA H800 GPUs for 61 days with a model FLOPs "
                        "utilization of 41%. We do not describe the hardware used for the smaller models, which "
                        "were trained as part of our regular research workload.",
                    ),
                ],
            )
        },
        others=("corvid-ai/Corvid-3-3B", C8, "corvid-ai/Corvid-3-32B"),
        not_providers=ALL - {"nvidia"},
    ),
    Case(
        "four_sizes_table_rows_full_names",
        C8,
        {"nvidia"},
        {"H100"},
        512,
        "chip+count",
        cards={C8: card(C8, "Corvid 3 comes in 3B, 8B, 32B and 70B sizes.")},
        papers={
            P: report(
                "Corvid 3: Open Models from 3B to 70B",
                [
                    DATA,
                    (
                        "Training Infrastructure",
                        "Table 3 lists the accelerators used to pre-train each model.\n\n"
                        "=Table 3: Pre-training hardware.\n| Model | Accelerators | Days |\n|---|---|---|\n"
                        "| Corvid-3-3B | 128 × H100 | 19 |\n| Corvid-3-8B | 512 × H100 | 24 |\n"
                        "| Corvid-3-32B | 1,024 × H100 | 47 |\n| Corvid-3-70B | 2,048 × H100 | 63 |",
                    ),
                ],
            )
        },
        others=C_SIBS,
        not_providers=ALL - {"nvidia"},
    ),
    # ---------------------------------------------------------- one-line cards
    Case(
        "card_one_line_see_report_paper_linked",
        C8,
        {"nvidia"},
        {"H100"},
        1536,
        "chip+count",
        cards={
            C8: card(
                C8,
                "Corvid-3-8B is a dense decoder-only model. See the technical report for training details.",
            )
        },
        papers={
            P: report(
                "Corvid 3 Technical Report",
                [
                    DATA,
                    (
                        "Training Infrastructure",
                        "All Corvid 3 models were pre-trained on the same cluster of 1,536 NVIDIA H100 GPUs, "
                        "using Megatron-LM with tensor, pipeline and context parallelism.",
                    ),
                ],
            )
        },
        others=C_SIBS,
        not_providers=ALL - {"nvidia"},
    ),
    Case(
        "card_one_line_see_report_no_paper",
        C8,
        **NONE,
        cards={
            C8: card(
                C8,
                "Corvid-3-8B is a dense decoder-only model. See the technical report for training details.",
            )
        },
        others=C_SIBS,
        not_providers=ALL,
    ),
    # ---------------------------------------------------------- MFU / throughput
    Case(
        "mfu_tokens_per_sec_per_gpu_no_count",
        C8,
        {"nvidia"},
        {"H100"},
        None,
        "chip",
        cards={C8: card(C8, "See the technical report for training details.")},
        papers={
            P: report(
                "Corvid 3 Technical Report",
                [
                    DATA,
                    (
                        "Training Efficiency",
                        "During pre-training of Corvid-3-8B we reach a model FLOPs utilization of 43% and a "
                        "throughput of 9,800 tokens per second per GPU on H100 GPUs with BF16 mixed precision "
                        "and FP8 matrix multiplications in the MLP layers.",
                    ),
                ],
            )
        },
        others=C_SIBS,
        not_providers=ALL - {"nvidia"},
    ),
    Case(
        "mfu_throughput_with_gpu_count",
        C8,
        {"nvidia"},
        {"H200"},
        1024,
        "chip+count",
        cards={C8: card(C8, "See the technical report for training details.")},
        papers={
            P: report(
                "Corvid 3 Technical Report",
                [
                    DATA,
                    (
                        "Training Efficiency",
                        "Training Corvid-3-8B on 1,024 H200 GPUs, we sustain 11,200 tokens/s/GPU, which "
                        "corresponds to an MFU of 46%. Checkpointing every 250 steps costs less than 1% of "
                        "wall-clock time.",
                    ),
                ],
            )
        },
        others=C_SIBS,
        not_providers=ALL - {"nvidia"},
    ),
    Case(
        "mfu_compared_to_other_model_own_tpu",
        C8,
        {"google_tpu"},
        {"TPU v5p"},
        3072,
        "chip+count",
        cards={C8: card(C8, "See the technical report for training details.")},
        papers={
            P: report(
                "Corvid 3 Technical Report",
                [
                    DATA,
                    (
                        "Training Efficiency",
                        "Corvid-3-8B was trained on 3,072 TPU v5p chips using JAX and reached an MFU of 52%. "
                        "For comparison, Llama 3 reported between 38% and 43% MFU on its H100 clusters.",
                    ),
                ],
            )
        },
        others=C_SIBS,
        not_providers=ALL - {"google_tpu"},
    ),
    Case(
        "inference_throughput_only_no_training_hw",
        C8,
        **NONE,
        inference={"nvidia"},
        cards={C8: card(C8, "See the technical report for training details.")},
        papers={
            P: report(
                "Corvid 3 Technical Report",
                [
                    DATA,
                    POST,
                    (
                        "Inference Efficiency",
                        "With speculative decoding, Corvid-3-8B generates 3,100 tokens per second on a single "
                        "H20 GPU at batch size 1, and 28,000 tokens per second at batch size 64.",
                    ),
                ],
            )
        },
        others=C_SIBS,
        not_providers=ALL - {"nvidia"},
    ),
    # ---------------------------------------------------------- training + inference sections
    Case(
        "train_h800_serve_h20",
        V3,
        {"nvidia"},
        {"H800"},
        2048,
        "chip+count",
        {"nvidia"},
        cards={V3: card(V3, "See the technical report for training details.")},
        papers={
            P: report(
                "Corvid-V3 Technical Report",
                [
                    ("Infrastructures", CLUSTER_2048),
                    (
                        "Inference Efficiency",
                        "Our online service runs Corvid-V3 on NVIDIA H20 GPUs. With FP8 weights and multi-token "
                        "prediction, a single H20 node sustains 14,500 output tokens per second.",
                    ),
                ],
            )
        },
        not_providers=ALL - {"nvidia"},
    ),
    Case(
        "train_h800_serve_ascend_and_mi300x",
        V3,
        {"nvidia"},
        {"H800"},
        2048,
        "chip+count",
        {"huawei_ascend", "amd"},
        cards={V3: card(V3, "See the technical report for training details.")},
        papers={
            P: report(
                "Corvid-V3 Technical Report",
                [
                    ("Infrastructures", CLUSTER_2048),
                    (
                        "Inference Efficiency",
                        "Besides our own service, Corvid-V3 has been deployed on Ascend 910B NPUs through "
                        "MindIE, and on AMD MI300X GPUs with SGLang, where eight MI300X serve the full model in "
                        "BF16.",
                    ),
                ],
            )
        },
        not_providers=ALL - {"nvidia", "huawei_ascend", "amd"},
    ),
    Case(
        "inference_section_first_then_training",
        C8,
        {"nvidia"},
        {"H100"},
        512,
        "chip+count",
        {"amd"},
        cards={C8: card(C8, "See the technical report for training details.")},
        papers={
            P: report(
                "Corvid 3 Technical Report",
                [
                    (
                        "Inference Efficiency",
                        "Corvid-3-8B is served on 8 AMD MI300X GPUs per replica in production, which fits a "
                        "batch of 256 sequences of 32K tokens.",
                    ),
                    (
                        "Training Infrastructure",
                        "Corvid-3-8B was pre-trained on 512 NVIDIA H100 GPUs over 27 days.",
                    ),
                ],
            )
        },
        others=C_SIBS,
        not_providers=ALL - {"nvidia", "amd"},
    ),
    Case(
        "tpu_training_mi300x_decode_count_not_training",
        C8,
        {"google_tpu"},
        {"TPU v5p"},
        None,
        "chip",
        {"amd"},
        cards={C8: card(C8, "See the technical report for training details.")},
        papers={
            P: report(
                "Corvid 3 Technical Report",
                [
                    (
                        "Training Infrastructure",
                        "Corvid-3-8B was trained on TPU v5p pods in Google Cloud using JAX and Pathways.",
                    ),
                    (
                        "Inference Efficiency",
                        "On 8 MI300X GPUs with vLLM, Corvid-3-8B decodes 2,300 tokens per second at batch size 32.",
                    ),
                ],
            )
        },
        others=C_SIBS,
        not_providers=ALL - {"google_tpu", "amd"},
    ),
    # ---------------------------------------------------------- multimodal
    Case(
        "vl_encoder_from_external_siglip_tpu",
        VL,
        {"nvidia"},
        {"H800"},
        256,
        "chip+count",
        cards={VL: card(VL, "See the technical report for training details.")},
        papers={
            P: report(
                "Corvid-VL Technical Report",
                [
                    (
                        "Architecture",
                        "The vision encoder is initialized from SigLIP-SO400M (Zhai et al., 2023), which was trained on TPU v4 chips by its authors.",
                    ),
                    (
                        "Training",
                        "All three training stages of Corvid-VL-12B run on 256 NVIDIA H800 GPUs, with the vision encoder unfrozen from stage two onward.",
                    ),
                ],
            )
        },
        not_providers=ALL - {"nvidia"},
    ),
    Case(
        "vl_encoder_trained_here_on_tpu_llm_on_h100",
        VL,
        {"google_tpu", "nvidia"},
        {"TPU v5p", "H100"},
        512,
        "chip+count",
        cards={VL: card(VL, "See the technical report for training details.")},
        papers={
            P: report(
                "Corvid-VL Technical Report",
                [
                    (
                        "Training",
                        "Stage 1 pre-trains the vision encoder of Corvid-VL-12B from scratch on TPU v5p with a "
                        "contrastive objective. Stages 2 and 3 train the whole Corvid-VL-12B model on 512 NVIDIA "
                        "H100 GPUs, first on image-caption pairs and then on interleaved documents.",
                    )
                ],
            )
        },
        not_providers=ALL - {"google_tpu", "nvidia"},
    ),
    Case(
        "vl_card_bullets_stages_hardware",
        VL,
        {"google_tpu", "nvidia"},
        {"TPU v5e", "H100"},
        ANY,
        "chip+count",
        cards={
            VL: card(
                VL,
                "## Training\n\nCorvid-VL-12B was trained in two stages:\n\n"
                "- Vision encoder pre-training: 1,024 TPU v5e chips, 9 days\n"
                "- Multimodal training: 256 H100 GPUs, 14 days",
            )
        },
        not_providers=ALL - {"google_tpu", "nvidia"},
    ),
    # ---------------------------------------------------------- reasoning models
    Case(
        "reasoning_rl_same_cluster_as_base",
        R1,
        {"nvidia"},
        {"H800"},
        2048,
        "chip+count",
        cards={
            R1: card(
                R1,
                "Corvid-R1 is trained with large-scale reinforcement learning on top of Corvid-V3-Base.",
                yaml="base_model: corvid-ai/Corvid-V3-Base\n",
            )
        },
        papers={
            P: report(
                "Corvid-R1: Incentivizing Reasoning",
                [
                    (
                        "Reinforcement Learning",
                        "The RL training of Corvid-R1 was carried out on the same cluster of 2048 H800 GPUs that "
                        "was used to pre-train Corvid-V3-Base, with rollouts and training colocated on each node.",
                    )
                ],
            )
        },
        others=(V3B, V3),
        not_providers=ALL - {"nvidia"},
    ),
    Case(
        "reasoning_rollouts_and_trainer_counts",
        R1,
        {"nvidia"},
        {"H800"},
        256,
        "chip+count",
        cards={R1: card(R1, "See the technical report for training details.")},
        papers={
            P: report(
                "Corvid-R1: Incentivizing Reasoning",
                [
                    (
                        "RL Infrastructure",
                        "During RL training of Corvid-R1, rollouts are generated with vLLM on 128 H800 GPUs, "
                        "while the policy update runs on another 256 H800 GPUs; weights are synchronised every "
                        "iteration over InfiniBand.",
                    )
                ],
            )
        },
        not_providers=ALL - {"nvidia"},
    ),
    Case(
        "reasoning_only_base_pretraining_hw",
        R1,
        **NONE,
        cards={
            R1: card(
                R1,
                "Corvid-R1 is trained with reinforcement learning on top of Corvid-V3-Base.",
                yaml="base_model: corvid-ai/Corvid-V3-Base\n",
            )
        },
        papers={
            P: report(
                "Corvid-R1: Incentivizing Reasoning",
                [
                    (
                        "Base Model",
                        "Corvid-V3-Base was pre-trained on 14.8T tokens using 2048 H800 GPUs, as described in its own report.",
                    ),
                    (
                        "Reinforcement Learning",
                        "We apply group relative policy optimization with rule-based accuracy and format rewards.",
                    ),
                ],
            )
        },
        others=(V3B,),
        not_providers=ALL,
    ),
    Case(
        "distill_qwen_7b_finetuned_other_cluster",
        "corvid-ai/Corvid-R1-Distill-Qwen-7B",
        {"nvidia"},
        {"A100"},
        64,
        "chip+count",
        cards={
            "corvid-ai/Corvid-R1-Distill-Qwen-7B": card(
                "corvid-ai/Corvid-R1-Distill-Qwen-7B",
                "We fine-tune open dense models with 800k samples curated with Corvid-R1.",
                yaml="base_model: Qwen/Qwen2.5-Math-7B\n",
            )
        },
        papers={
            P: report(
                "Corvid-R1: Incentivizing Reasoning",
                [
                    (
                        "Reinforcement Learning",
                        "Corvid-R1 was trained with RL on our cluster of 2048 H800 GPUs.",
                    ),
                    (
                        "Distillation",
                        "The distilled models, Corvid-R1-Distill-Qwen-7B among them, were fine-tuned on 64 NVIDIA A100 GPUs for two epochs.",
                    ),
                ],
            )
        },
        others=(R1,),
        not_providers=ALL - {"nvidia"},
    ),
    Case(
        "distill_8b_card_links_flagship_report_only",
        "corvid-ai/Corvid-R1-0528-Qwen3-8B",
        **NONE,
        cards={
            "corvid-ai/Corvid-R1-0528-Qwen3-8B": card(
                "corvid-ai/Corvid-R1-0528-Qwen3-8B",
                "We distilled the chain-of-thought from Corvid-R1-0528 to post-train Qwen3 8B Base, "
                "obtaining Corvid-R1-0528-Qwen3-8B. For details of Corvid-R1 please refer to the technical report.",
                yaml="base_model: Qwen/Qwen3-8B\n",
            )
        },
        papers={
            P: report(
                "Corvid-R1: Incentivizing Reasoning",
                [
                    (
                        "Infrastructures",
                        "Corvid-R1 is trained on a cluster equipped with 2048 NVIDIA H800 GPUs, each node holding "
                        "8 GPUs connected by NVLink.",
                    )
                ],
            )
        },
        others=("corvid-ai/Corvid-R1-0528", "Qwen/Qwen3-8B"),
        not_providers=ALL,
    ),
    Case(
        "distill_8b_card_states_own_h20",
        "corvid-ai/Corvid-R1-0528-Qwen3-8B",
        {"nvidia"},
        {"H20"},
        32,
        "chip+count",
        cards={
            "corvid-ai/Corvid-R1-0528-Qwen3-8B": card(
                "corvid-ai/Corvid-R1-0528-Qwen3-8B",
                "We post-trained Qwen3-8B on chain-of-thought traces from Corvid-R1-0528 using 32 H20 GPUs. "
                "For details of Corvid-R1-0528 please refer to the technical report.",
                yaml="base_model: Qwen/Qwen3-8B\n",
            )
        },
        papers={
            P: report(
                "Corvid-R1: Incentivizing Reasoning",
                [
                    (
                        "Infrastructures",
                        "Corvid-R1 is trained on a cluster equipped with 2048 NVIDIA H800 GPUs.",
                    )
                ],
            )
        },
        others=("corvid-ai/Corvid-R1-0528", "Qwen/Qwen3-8B"),
        not_providers=ALL - {"nvidia"},
    ),
    # ---------------------------------------------------------- community copies
    Case(
        "gguf_quant_links_flagship_report",
        "quantfolk/Corvid-V3-GGUF",
        **NONE,
        cards={
            "quantfolk/Corvid-V3-GGUF": card(
                "quantfolk/Corvid-V3-GGUF",
                "GGUF quantizations of [Corvid-V3](https://huggingface.co/corvid-ai/Corvid-V3). "
                "Technical report: https://arxiv.org/abs/2412.04321. Runs with llama.cpp; Q4_K_M fits on a "
                "Mac Studio with M3 Ultra (512GB).",
                yaml="base_model: corvid-ai/Corvid-V3\nbase_model_relation: quantized\n",
            )
        },
        papers={
            P: report(
                "Corvid-V3 Technical Report",
                [("Infrastructures", CLUSTER_2048), ("Training Costs", COST_TABLE)],
            )
        },
        others=(V3,),
        not_providers=ALL - {"apple"},
    ),
    Case(
        "awq_quant_card_repeats_cost_line",
        "quantfolk/Corvid-V3-AWQ",
        **NONE,
        cards={
            "quantfolk/Corvid-V3-AWQ": card(
                "quantfolk/Corvid-V3-AWQ",
                "AWQ 4-bit version of Corvid-V3, quantized by quantfolk.\n\n## Original model card\n\n"
                "Corvid-V3 requires only 2.52M H800 GPU hours for its full training.",
                yaml="base_model: corvid-ai/Corvid-V3\n",
            )
        },
        others=(V3,),
        not_providers=ALL,
    ),
    # ---------------------------------------------------------- staged / mixed
    Case(
        "pretrain_h800_posttrain_h20_separate_cluster",
        V3,
        {"nvidia"},
        {"H800", "H20"},
        2048,
        "chip+count",
        cards={V3: card(V3, "See the technical report for training details.")},
        papers={
            P: report(
                "Corvid-V3 Technical Report",
                [
                    (
                        "Infrastructures",
                        "Pre-training of Corvid-V3 used 2048 H800 GPUs. Supervised fine-tuning and reinforcement "
                        "learning were run on a separate cluster of 512 H20 GPUs.",
                    )
                ],
            )
        },
        not_providers=ALL - {"nvidia"},
    ),
    Case(
        "ascend_supernode_6k_npus",
        "corvid-ai/Corvid-Ultra-MoE",
        {"huawei_ascend"},
        ANY,
        6000,
        "chip+count",
        cards={
            "corvid-ai/Corvid-Ultra-MoE": card(
                "corvid-ai/Corvid-Ultra-MoE",
                "See the technical report for training details.",
            )
        },
        papers={
            P: report(
                "Corvid Ultra MoE Technical Report",
                [
                    (
                        "Training System",
                        "Corvid-Ultra-MoE was trained on 6K Ascend NPUs organised into CloudMatrix 384 "
                        "supernodes, reaching an MFU of 30% with expert parallelism confined to each supernode.",
                    )
                ],
            )
        },
        not_providers=ALL - {"huawei_ascend"},
    ),
    Case(
        "gaudi3_pretraining_mfu",
        C8,
        {"intel"},
        {"Gaudi 3"},
        256,
        "chip+count",
        cards={C8: card(C8, "See the technical report for training details.")},
        papers={
            P: report(
                "Corvid 3 Technical Report",
                [
                    (
                        "Training Infrastructure",
                        "Corvid-3-8B was pre-trained on 256 Intel Gaudi 3 accelerators with an MFU of 39%, "
                        "using the Intel Gaudi software stack and DeepSpeed.",
                    )
                ],
            )
        },
        others=C_SIBS,
        not_providers=ALL - {"intel"},
    ),
    Case(
        "nodes_times_gpus_h100",
        C8,
        {"nvidia"},
        {"H100"},
        ANY,
        "chip+count",
        cards={C8: card(C8, "See the technical report for training details.")},
        papers={
            P: report(
                "Corvid 3 Technical Report",
                [
                    (
                        "Training Infrastructure",
                        "Corvid-3-8B was trained on 64 nodes with 8 H100 GPUs each, interconnected with "
                        "3.2 Tbps InfiniBand per node.",
                    )
                ],
            )
        },
        others=C_SIBS,
        not_providers=ALL - {"nvidia"},
    ),
    Case(
        "card_hardware_bullets_train_and_serve",
        V3,
        {"nvidia"},
        {"H800"},
        2048,
        "chip+count",
        {"nvidia", "huawei_ascend"},
        cards={
            V3: card(
                V3,
                "## Hardware\n\n- **Training**: 2048 × NVIDIA H800 (NVLink + InfiniBand)\n"
                "- **Inference**: one node of 8 × H20, or 16 × Ascend 910B",
            )
        },
        not_providers=ALL - {"nvidia", "huawei_ascend"},
    ),
    Case(
        "chinese_report_infra_2048_h800",
        V3,
        {"nvidia"},
        {"H800"},
        2048,
        "chip+count",
        cards={V3: card(V3, "训练细节请参阅技术报告。")},
        papers={
            P: report(
                "Corvid-V3 技术报告",
                [
                    (
                        "训练基础设施",
                        "Corvid-V3 在一个由 2048 张 NVIDIA H800 GPU 组成的集群上训练，每个节点包含 8 张 GPU，节点内通过 NVLink 和 NVSwitch 互联。",
                    )
                ],
            )
        },
        not_providers=ALL - {"nvidia"},
    ),
]


# Known gaps: cases a careful labeller reads this way that the rules do not yet.
KNOWN_GAPS = {
    "reasoning_rollouts_and_trainer_counts": (
        "RL rollouts served with vLLM and the policy's trainer in one sentence give the rollout count"
    ),
    "ascend_supernode_6k_npus": (
        "a count on a vendor name ('6K Ascend NPUs') is not carried to the chip named after it"
    ),
}


@pytest.mark.parametrize("case", probe_params(CASES, KNOWN_GAPS))
def test_probe(tmp_path: Path, case: Case) -> None:
    check_repo_case(tmp_path, case)
