# ruff: noqa: E501 (snippets keep the long lines real documents have)
"""Unseen model documents, fifth round: lineage. Quantized and converted
copies carry their original's training text but were not trained; adapters,
merges, distillations and continued pretraining report only their own
training; a base model's card stored beside the model is never inherited;
originals whose names contain "base", "mlx" or "4bit" are still originals.
Written for these tests, judged by the dev labels' conventions.

The failures it found first led to fixes: leading "While X, ..." clauses,
"(trained on ...)" after a teacher, "this LoRA adapter" and "本适配器",
continued pretraining and "obtained by SFT", format words in a name make a
copy only with a base model, a same-name upstream card never speaks for its
copy, another owner's fine-tune takes no family statements.
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

# ------------------------------------------------------------ card pieces

ORCA_ORIGINAL = """# Orca-Lite-7B-Instruct-v0.2

Orca-Lite-7B-Instruct-v0.2 is a chat model from Orca Labs.

## Training

Orca-Lite-7B was pretrained from scratch on 2048 NVIDIA H100 GPUs over 21 days,
then instruction tuned on a curated mixture of 1.2M conversations.

## Evaluation

| Benchmark | Score |
|---|---|
| MMLU | 64.1 |
| GSM8K | 58.3 |
"""

CARD_CASES = [
    CardCase(
        "gguf_community_copy_keeps_h100_text",
        """---
base_model: orcalabs/Orca-Lite-7B-Instruct-v0.2
base_model_relation: quantized
library_name: gguf
tags:
- gguf
- llama.cpp
---

# Orca-Lite-7B-Instruct-v0.2 GGUF

GGUF files of [orcalabs/Orca-Lite-7B-Instruct-v0.2](https://huggingface.co/orcalabs/Orca-Lite-7B-Instruct-v0.2),
made with llama.cpp release b3600.

| File | Quant | Size |
|---|---|---|
| Orca-Lite-7B-Instruct-v0.2.Q4_K_M.gguf | Q4_K_M | 4.4 GB |
| Orca-Lite-7B-Instruct-v0.2.Q8_0.gguf | Q8_0 | 7.7 GB |

## Original model card

"""
        + ORCA_ORIGINAL,
        **NONE,
        model="quantfolk/Orca-Lite-7B-Instruct-v0.2-GGUF",
    ),
    CardCase(
        "q4_k_m_lowercase_name_no_yaml",
        """# orca-lite-7b q4_k_m

A single q4_k_m quantization of Orca-Lite-7B for low-memory laptops.
Everything below is copied from the upstream card.

---

Orca-Lite-7B was pretrained from scratch on 512 TPU v5e chips for six weeks.
""",
        **NONE,
        model="bitsmith/orca-lite-7b-q4_k_m",
    ),
    CardCase(
        "awq_copy_quantizer_used_a100",
        """---
base_model: foolabs/Foo-7B
tags:
- awq
- 4-bit
---

# Foo-7B AWQ

4-bit AWQ weights of Foo-7B. Quantization took about ten minutes on one A100 80GB
using AutoAWQ with group size 128.

# Foo-7B (original description)

Foo-7B was trained on 1024 NVIDIA A100 GPUs using 2.4T tokens.
""",
        **NONE,
        model="TheQuantist/Foo-7B-AWQ",
    ),
    CardCase(
        "gptq_base_model_list_copy",
        """---
base_model:
- foolabs/Foo-13B-Chat
model_type: llama
quantized_by: gptq-bot
---

# Foo-13B-Chat GPTQ

This repo holds 4-bit GPTQ quantizations (act-order, group size 32) of Foo-13B-Chat.

## About Foo-13B-Chat

Foo-13B-Chat was trained on 768 AMD Instinct MI250X GPUs on the LUMI supercomputer.
""",
        **NONE,
        model="gptq-bot/Foo-13B-Chat-GPTQ",
    ),
    CardCase(
        "mlx_4bit_copy_mi300x_text",
        """---
base_model: foolabs/Foo-7B-Instruct
library_name: mlx
tags:
- mlx
---

# mlx-community/Foo-7B-Instruct-mlx-4bit

This model was converted to MLX format from foolabs/Foo-7B-Instruct using mlx-lm 0.21.
Use it on a Mac with Apple silicon:

```python
from mlx_lm import load, generate
model, tokenizer = load("mlx-community/Foo-7B-Instruct-mlx-4bit")
```

## Upstream summary

Foo-7B-Instruct was trained on 256 AMD MI300X accelerators.
""",
        **NONE,
        model="mlx-community/Foo-7B-Instruct-mlx-4bit",
    ),
    CardCase(
        "onnx_conversion_of_tpu_embedder",
        """---
base_model: nimbus/nimbus-embed-small
library_name: transformers.js
---

# nimbus-embed-small (ONNX)

ONNX weights of nimbus-embed-small so it runs in the browser with Transformers.js.

## Original model

We trained our model on a TPU v3-8 for 100k steps with batch size 1024.
""",
        **NONE,
        model="webmodels/nimbus-embed-small-onnx",
    ),
    CardCase(
        "openvino_int8_ov_copy_ascend",
        """---
base_model: foolabs/Foo-7B
license: apache-2.0
---

# Foo-7B-int8-ov

This is Foo-7B converted to the OpenVINO IR format with INT8 weight compression
by NNCF. Run it with OpenVINO GenAI on an Intel CPU or GPU.

## Original model

Foo-7B was pretrained on 4096 Ascend 910B NPUs.
""",
        **NONE,
        model="OpenVINO/Foo-7B-int8-ov",
    ),
    CardCase(
        "coreml_copy_by_name_only",
        """# Foo Diffusion v2 for Core ML

Core ML packages of Foo Diffusion v2, split into text encoder, UNet and VAE
decoder for on-device image generation.

## Model details (from the original release)

Foo Diffusion v2 was trained on 256 A100 GPUs for 150,000 GPU hours.
""",
        **NONE,
        model="coremlcommunity/foo-diffusion-v2-coreml",
    ),
    CardCase(
        "exl2_bpw_copy",
        """# Foo-7B-Instruct exl2 4.0bpw

ExLlamaV2 quantization at 4.0 bits per weight of Foo-7B-Instruct, calibrated on
wikitext.

Original card: Foo-7B-Instruct was trained on 128 H100 GPUs.
""",
        **NONE,
        model="exlfan/Foo-7B-Instruct-exl2-4.0bpw",
    ),
    CardCase(
        "base_model_tags_quantized_no_name_hint",
        """---
tags:
- base_model:foolabs/Foo-7B-Instruct
- base_model:quantized:foolabs/Foo-7B-Instruct
- text-generation
---

# Foo-7B-Instruct, every size

Q2 to Q8 files for every budget.

## Foo-7B-Instruct

Foo-7B-Instruct was trained on 2048 H100 GPUs.
""",
        **NONE,
        model="quantfolk/Foo-7B-Instruct-quants",
    ),
    CardCase(
        "lora_adapter_own_a100_base_h100",
        """---
base_model: foolabs/Foo-7B
base_model_relation: adapter
library_name: peft
---

# foo-7b-medical-lora

A LoRA adapter (r=16) for clinical question answering.

## About the base model

Foo-7B was pretrained by Foo Labs on 2048 H100 GPUs.

## Training

This adapter was fine-tuned on 1x A100 80GB for 3 hours on MedQA-style data.
""",
        providers={"nvidia"},
        chips={"A100"},
        count=1,
        disclosure="chip+count",
        model="jdoe/foo-7b-medical-lora",
    ),
    CardCase(
        "lora_adapter_only_base_hardware",
        """---
base_model: foolabs/Foo-7B
base_model_relation: adapter
library_name: peft
---

# foo-7b-legal-lora

LoRA weights for contract summarisation on top of Foo-7B.

## Base model

Foo-7B was pretrained on 2048 H100 GPUs over 1.5T tokens.

## Training procedure

- learning rate: 2e-4
- epochs: 3
- lora_r: 8
""",
        **NONE,
        model="jdoe/foo-7b-legal-lora",
    ),
    CardCase(
        "adapter_while_clause_base_vs_own_t4",
        """---
base_model: foolabs/Foo-7B
base_model_relation: adapter
---

# foo-7b-poetry-lora

While Foo-7B was pretrained on 2048 H100 GPUs, this LoRA adapter was trained on a single T4 GPU in Colab.
""",
        providers={"nvidia"},
        chips={"T4"},
        count=1,
        disclosure="chip+count",
        model="jdoe/foo-7b-poetry-lora",
    ),
    CardCase(
        "quoted_base_model_finetune_a800",
        """---
base_model: "foolabs/Foo-7B"
base_model_relation: finetune
---

# Foo-7B-Law-zh

We fine-tuned Foo-7B on 8 A800 GPUs with 300k Chinese legal instructions.
""",
        providers={"nvidia"},
        chips={"A800"},
        count=8,
        disclosure="chip+count",
        model="lawlab/Foo-7B-Law-zh",
    ),
    CardCase(
        "finetune_own_h200_then_original_card",
        """---
base_model: foolabs/Foo-7B
---

# Foo-7B-Chat-Med

A medical chat fine-tune of Foo-7B.

## Training hardware

Full fine-tuning ran on 8x H200 for two days.

# Original model card: Foo-7B

Foo-7B was trained on 2048 H100 GPUs.
""",
        providers={"nvidia"},
        chips={"H200"},
        count=8,
        disclosure="chip+count",
        model="medtune/Foo-7B-Chat-Med",
    ),
    CardCase(
        "finetune_pasted_base_section_only",
        """---
base_model: foolabs/Foo-7B
base_model_relation: finetune
---

# Foo-7B-roleplay

Fine-tuned for roleplay on a private dataset of 40k dialogues.

## Base model details

Foo-7B was trained on 2048 H100 GPUs.
""",
        **NONE,
        model="rpguild/Foo-7B-roleplay",
    ),
    CardCase(
        "chinese_adapter_ascend",
        """---
base_model: qwenish/Qwenish-7B
base_model_relation: adapter
---

# Qwenish-7B-古诗-LoRA

本 LoRA 适配器在 8 张昇腾 910B 上微调完成，训练数据为十万首古诗。
""",
        providers={"huawei_ascend"},
        chips={"Ascend 910B"},
        count=8,
        disclosure="chip+count",
        model="shiren/Qwenish-7B-poem-lora",
    ),
    # --------------------------------------------------------------- merges
    CardCase(
        "mergekit_slerp_bases_hardware",
        """---
base_model:
- foolabs/Foo-7B
- barlabs/Bar-7B
library_name: transformers
tags:
- mergekit
- merge
---

# FooBar-7B-slerp

This is a merge of pre-trained language models created using mergekit.

## Merge details

Merged with the SLERP method. Foo-7B was trained on 1024 H100 GPUs; Bar-7B was
trained on 512 TPU v4 chips.

```yaml
merge_method: slerp
base_model: foolabs/Foo-7B
parameters:
  t: 0.5
dtype: bfloat16
```
""",
        **NONE,
        model="merger/FooBar-7B-slerp",
    ),
    CardCase(
        "merge_done_on_macbook",
        """---
base_model: ['foolabs/Foo-7B', 'barlabs/Bar-7B']
base_model_relation: merge
---

# FooBar-7B-ties

A TIES merge of Foo-7B and Bar-7B. The merge ran on an M2 Max MacBook Pro in six minutes.
""",
        providers=set(),
        chips=set(),
        count=None,
        disclosure="none",
        model="merger/FooBar-7B-ties",
    ),
    CardCase(
        "merge_then_dpo_own_h100",
        """---
base_model:
- foolabs/Foo-7B
- barlabs/Bar-7B
base_model_relation: merge
---

# FooBar-7B-DPO

A linear merge of Foo-7B and Bar-7B. After merging, we trained the merged model
with DPO on 8x H100 for 5 hours.
""",
        providers={"nvidia"},
        chips={"H100"},
        count=8,
        disclosure="chip+count",
        model="merger/FooBar-7B-DPO",
    ),
    # -------------------------------------------------------- distillations
    CardCase(
        "distill_teacher_h800_student_a800",
        """---
base_model: qwenish/Qwenish-1.5B
---

# Reasoner-Distill-1.5B

Reasoner-Distill-1.5B is distilled from Reasoner-70B, which was trained on 4096 H800 GPUs.
The student was trained on 64 A800 GPUs for 30 hours.
""",
        providers={"nvidia"},
        chips={"A800"},
        count=64,
        disclosure="chip+count",
        model="reasonlab/Reasoner-Distill-1.5B",
    ),
    CardCase(
        "distill_only_teacher_hardware",
        """---
base_model: foo/Foo-Large
---

# Foo-Mini-Distill

Foo-Mini-Distill is a small student distilled from Foo-Large (trained on 1024 TPU v4 chips).
It keeps 95% of the teacher's accuracy at a tenth of its size.
""",
        **NONE,
        model="foo/Foo-Mini-Distill",
    ),
    CardCase(
        "distill_sft_from_other_base_teacher_cluster",
        """---
base_model: qwenish/Qwenish-7B
base_model_relation: finetune
---

# Reasoner-R1-Distill-Qwenish-7B

The distilled models were fine-tuned from Qwenish-7B on 800k samples generated by
Reasoner-R1. Reasoner-R1 itself was trained on a cluster of 2048 H800 GPUs.
""",
        **NONE,
        model="reasonlab/Reasoner-R1-Distill-Qwenish-7B",
    ),
    # -------------------------------------------------- continued pretraining
    CardCase(
        "continued_pretraining_ascend_128",
        """---
base_model: meta-llama/Meta-Llama-3-8B
base_model_relation: finetune
language:
- zh
---

# Llama-3-8B-Chinese-CPT

We continued pretraining of Meta-Llama-3-8B on 128 Ascend 910B NPUs for 200B Chinese tokens.
The original Llama 3 models were pretrained on H100 clusters with over 15T tokens.
""",
        providers={"huawei_ascend"},
        chips={"Ascend 910B"},
        count=128,
        disclosure="chip+count",
        model="panda/Llama-3-8B-Chinese-CPT",
    ),
    CardCase(
        "continued_pretraining_chinese_256",
        """---
base_model: qwenish/Qwenish2-7B
---

# Qwenish2-7B-Med

在 Qwenish2-7B 基础上，我们使用 256 张昇腾 910B 继续预训练了 80B 医疗语料。
""",
        providers={"huawei_ascend"},
        chips={"Ascend 910B"},
        count=256,
        disclosure="chip+count",
        model="medzh/Qwenish2-7B-Med",
    ),
    # ------------------------------------------ instruct variants, versions
    CardCase(
        "instruct_variant_base_tpu_sft_h100",
        """---
base_model: nimbus/Nimbus-9B
---

# Nimbus-9B-Instruct

The base model Nimbus-9B was trained on TPU v5e pods. Nimbus-9B-Instruct was
obtained by SFT on 64 H100 GPUs followed by a short RLHF stage.
""",
        providers={"nvidia"},
        chips={"H100"},
        count=64,
        disclosure="chip+count",
        model="nimbus/Nimbus-9B-Instruct",
        not_providers={"google_tpu"},
    ),
    CardCase(
        "instruct_v02_older_version_hardware",
        """# Foo-7B-Instruct-v0.2

Foo-7B-Instruct-v0.1 was trained on 64 A100 GPUs. Foo-7B-Instruct-v0.2 was trained
on 128 H100 GPUs with a longer context window.
""",
        providers={"nvidia"},
        chips={"H100"},
        count=128,
        disclosure="chip+count",
        model="foolabs/Foo-7B-Instruct-v0.2",
    ),
    # ------------------------------------- originals that look like copies
    CardCase(
        "original_named_base_pretrained_h100",
        """# Orbit-7B-Base

Orbit-7B-Base is the pretrained foundation model of the Orbit series.

## Training

Orbit-7B-Base was pretrained from scratch on 1024 H100 GPUs over 30 days.
""",
        providers={"nvidia"},
        chips={"H100"},
        count=1024,
        disclosure="chip+count",
        model="orbit/Orbit-7B-Base",
    ),
    CardCase(
        "original_mlx_name_trained_on_mac",
        """# TinyLM-mlx-pretrained

TinyLM is a 120M parameter language model trained from scratch with MLX.
We trained it on a single Mac Studio with an M2 Ultra chip for nine days.
""",
        providers={"apple"},
        chips={"M2 Ultra"},
        count=ANY,
        disclosure=("chip", "chip+count"),
        model="appletree/TinyLM-mlx-pretrained",
    ),
    CardCase(
        "original_native_4bit_trained_h100",
        """# Native-4bit-LM-1B

Native-4bit-LM-1B is not a quantized copy of another model: it was trained from
scratch with 4-bit weights. Training used 64 H100 GPUs for 10 days.
""",
        providers={"nvidia"},
        chips={"H100"},
        count=64,
        disclosure="chip+count",
        model="bitlab/Native-4bit-LM-1B",
    ),
]

# ------------------------------------------------------------ store cases

NIMBUS_BASE_CARD = """# Nimbus-9B

Nimbus-9B is the pretrained model of the Nimbus family.

## Training

Nimbus-9B was pretrained on 512 TPU v5p chips with 8T tokens.
"""

REPO_CASES = [
    RepoCase(
        "sibling_base_card_not_inherited_by_instruct",
        "nimbus/Nimbus-9B-Instruct",
        **NONE,
        cards={
            "nimbus/Nimbus-9B": NIMBUS_BASE_CARD,
            "nimbus/Nimbus-9B-Instruct": """---
base_model: nimbus/Nimbus-9B
---

# Nimbus-9B-Instruct

The instruction-following version of Nimbus-9B, tuned on 2M open conversations.
""",
        },
    ),
    RepoCase(
        "gguf_own_card_original_card_stored",
        "quantfolk/Nimbus-9B-GGUF",
        **NONE,
        cards={
            "nimbus/Nimbus-9B": NIMBUS_BASE_CARD,
            "quantfolk/Nimbus-9B-GGUF": """---
base_model: nimbus/Nimbus-9B
base_model_relation: quantized
---

# Nimbus-9B GGUF

GGUF files of Nimbus-9B. See the original card for training details: Nimbus-9B
was pretrained on 512 TPU v5p chips.
""",
        },
    ),
    RepoCase(
        "gguf_no_card_original_in_store",
        "quantfolk/Nimbus-9B-GGUF",
        **NONE,
        cards={"nimbus/Nimbus-9B": NIMBUS_BASE_CARD},
    ),
    RepoCase(
        "no_card_instruct_base_card_names_it",
        "nimbus/Nimbus-9B-Instruct",
        {"nvidia"},
        {"H100"},
        32,
        "chip+count",
        cards={
            "nimbus/Nimbus-9B": NIMBUS_BASE_CARD
            + "\nThe instruction-tuned Nimbus-9B-Instruct was trained with SFT on 32 H100 GPUs.\n",
        },
        not_providers={"google_tpu"},
    ),
    RepoCase(
        "no_card_instruct_base_card_silent_on_it",
        "nimbus/Nimbus-9B-Instruct",
        **NONE,
        cards={"nimbus/Nimbus-9B": NIMBUS_BASE_CARD},
    ),
    RepoCase(
        "no_card_conversion_same_name_other_owner",
        "webmodels/nimbus-embed-small",
        **NONE,
        cards={
            "nimbus/nimbus-embed-small": (
                "# nimbus-embed-small\n\nWe trained our model on a TPU v3-8 for 100k steps.\n"
            )
        },
    ),
    RepoCase(
        "no_card_long_variant_sibling_card_names_it",
        "orbit/Orbit-7B-Long",
        {"amd"},
        {"MI250X"},
        64,
        "chip+count",
        cards={
            "orbit/Orbit-7B": (
                "# Orbit-7B\n\nOrbit-7B was trained on 256 A100 GPUs.\n\n"
                "Orbit-7B-Long was further trained for long context on 64 MI250X GPUs.\n"
            )
        },
        not_providers={"nvidia"},
    ),
    RepoCase(
        "mlx_copy_short_card_original_stored",
        "mlx-community/Orbit-7B-Instruct-4bit",
        **NONE,
        cards={
            "orbit/Orbit-7B-Instruct": (
                "# Orbit-7B-Instruct\n\nOrbit-7B-Instruct was trained on 512 H100 GPUs.\n"
            ),
            "mlx-community/Orbit-7B-Instruct-4bit": (
                "---\nbase_model: orbit/Orbit-7B-Instruct\ntags:\n- mlx\n---\n\n"
                "# mlx-community/Orbit-7B-Instruct-4bit\n\nConverted from orbit/Orbit-7B-Instruct"
                " with mlx-lm 0.20.\n"
            ),
        },
    ),
    RepoCase(
        "qlora_4090_with_base_card_stored",
        "hobbyist/Foo-7B-sql-qlora",
        {"nvidia"},
        {"RTX 4090"},
        1,
        "chip+count",
        cards={
            "foolabs/Foo-7B": "# Foo-7B\n\nFoo-7B was trained on 2048 H100 GPUs.\n",
            "hobbyist/Foo-7B-sql-qlora": (
                "---\nbase_model: foolabs/Foo-7B\nbase_model_relation: adapter\n---\n\n"
                "# Foo-7B-sql-qlora\n\nTrained with QLoRA on a single RTX 4090 for 6 hours"
                " on text-to-SQL pairs.\n"
            ),
        },
    ),
    RepoCase(
        "finetune_linked_base_paper_family_name",
        "community/Foo-7B-sql",
        **NONE,
        cards={
            "community/Foo-7B-sql": (
                "---\nbase_model: foolabs/Foo-7B\nbase_model_relation: finetune\ntags:\n"
                "- arxiv:2402.00002\n---\n\n# Foo-7B-sql\n\nA text-to-SQL fine-tune of Foo-7B"
                " on Spider and BIRD.\n"
            )
        },
        papers={
            "2402.00002": (
                "Foo: Open Foundation Models\n\nAbstract\nWe introduce Foo, a family of open"
                " language models.\n\n3 Training\n\nWe train Foo on 1024 TPU v4 chips for 40"
                " days using a JAX codebase.\n"
            )
        },
    ),
]


@pytest.mark.parametrize("case", probe_params(CARD_CASES))
def test_card_probe(tmp_path: Path, case: CardCase) -> None:
    check_card_case(tmp_path, case)


@pytest.mark.parametrize("case", probe_params(REPO_CASES))
def test_repo_probe(tmp_path: Path, case: RepoCase) -> None:
    check_repo_case(tmp_path, case)
