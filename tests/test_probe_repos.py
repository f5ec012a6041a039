"""Multi-document probes: a model judged over its card, sibling cards, linked
repositories (family, toolkit, training code, recipes) and linked papers.

Every text is written for these tests. Expectations follow the labelling
conventions, not the product's output; ANY marks a genuinely ambiguous field.
Written as a probe of unseen situations; the failures it found led to fixes
(table rows read with their header, unknown sized model names, related work,
same-case hyphen joins, training-repo configs, sibling file paths, -Instruct
names). Known gaps left out: hardware tables in PDF text without a training
word, and "trained a draft head for <this model>".
"""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import ANY, check_repo_case, probe_params
from helpers import RepoCase as Case

NONE = dict(providers=set(), chips=set(), count=None, disclosure="none")

FAMILY_TABLE = """# Foo

Foo is a family of open decoder-only language models released by Acme Labs.

## Release overview

| Model | Parameters | Training hardware | Tokens |
|---|---|---|---|
| Foo-7B | 7B | 256 × H100 | 2.0T |
| Foo-70B | 70B | 2048 × TPU v5p | 2.0T |

## License
Apache 2.0.
"""

FAMILY_LIST = """# Foo

Weights, code and recipes of the Foo models.

## How the checkpoints were made

- **Foo-7B**: pretrained from scratch on 128 A100 GPUs over three weeks.
- **Foo-70B**: pretrained from scratch on 1024 H100 GPUs over two months.
"""

VERSIONS_README = """# Foo

## Versions

Foo-2-7B was pretrained on 1024 A100 GPUs in early 2024.
Foo-2.5-7B was pretrained on 2048 H100 GPUs with a longer data mix.
"""

V1_README = """# Foo

Foo v1 was trained on a TPU v3-512 slice.
Foo v1.5 was trained on 1024 TPU v4 chips with a larger vocabulary.
"""

TOOLKIT_README = """# speedkit

speedkit is a library of fused kernels and training utilities used by many
open models (Llama, Mistral, Qwen and others).

## Benchmarks

Throughput of the fused attention kernel, measured on a single H100 80GB:

| seq len | tokens/s |
|---|---|
| 4k | 91k |

## Our reference model

We trained our own reference model, SpeedLM-1B, on 64 H100 GPUs to validate
the kernels end to end.
"""

TOOLKIT_EXAMPLE_README = """# Examples

Fine-tune a Llama-style model on 8 A100 GPUs with the scripts below.
"""

TOOLKIT_EXAMPLE = """import torch
import speedkit

torch.distributed.init_process_group("nccl")
model = speedkit.load("meta/llama").cuda()
# this example assumes 8x A100 80GB
"""

TRAIN_LAUNCH = """#!/bin/bash
export NCCL_DEBUG=INFO
export NCCL_IB_HCA=mlx5
export CUDA_DEVICE_MAX_CONNECTIONS=1
torchrun --nnodes 32 --nproc_per_node 8 pretrain.py --config configs/foo_7b.yaml
"""

CN_README = """# Foo

## 模型训练

Foo-7B 在 2048 张昇腾 910B 上完成预训练，训练数据共 2T tokens。

## 推理部署

Foo-7B 支持在 NVIDIA A100、寒武纪 MLU370 以及沐曦 C500 上进行推理部署。
"""

CN_TUTORIAL = """# 国产化运行教程

本教程介绍如何在昇腾 910B 和海光 DCU 上运行、微调 Foo-7B。

1. 安装 CANN 与 torch_npu。
2. 执行 `bash run_npu.sh` 即可启动推理。
"""

PAPER_SECTIONS = """Widget: Efficient Language Models

Abstract
We present Widget-7B, a compact language model.

3 Method
3.2 Training setup
We train Widget-7B on 512 TPU v4 chips for eleven days using a
sharded data-parallel layout.

4 Experiments
4.3 Latency
Table 3 compares inference latency of Widget-7B on A100 and H100 GPUs at
batch size one.

5 Related Work
Earlier dense models were trained on 1,024 V100 GPUs (Smith et al., 2021),
and mixture models on large AMD MI250X partitions (Lee et al., 2023).
"""

PAPER_APPENDIX = """Widget Technical Report

1 Introduction
We release three Widget models of 1B, 7B and 30B parameters.

Appendix B Training cost
Table 9: Hardware used to pretrain each size.
Model Accelerators Days
Widget-1B 64 H100 3
Widget-7B 256 H100 12
Widget-30B 1024 H100 31
"""

PAPER_APPENDIX_PIPES = """Widget Technical Report

Appendix B: Training cost per size

| Model | Hardware | Chips | Days |
|---|---|---|---|
| Widget-1B | H100 | 64 | 3 |
| Widget-7B | H100 | 256 | 12 |
| Widget-30B | H100 | 1024 | 31 |
"""

PAPER_HYPHEN_NVIDIA = """4 Training
All Widget models were trained on a cluster of 96 NVI-
DIA A100 GPUs connected with InfiniBand, using a cosine
schedule and a peak learning rate of 3e-4.
"""

PAPER_HYPHEN_ASCEND = """3.1 Infrastructure
We pre-train Widget-7B on 2,048 As-
cend 910B NPUs provided by our computing
center; the whole run took 41 days.
"""

PAPER_BROKEN = """Training details. We pre-
train Widget-7B for 1.2T tokens on a clus-
ter of 1,024 H800 GPUs with a global batch
of 4M tokens.
"""

CASES: list[Case] = [
    # ------------------------------------------------ family repository README
    Case(
        "family_table_7b",
        "acme/Foo-7B",
        {"nvidia"},
        {"H100"},
        256,
        "chip+count",
        cards={"acme/Foo-7B": "# Foo-7B\nSee https://github.com/acme/Foo .\n"},
        files={"acme/Foo:README.md": FAMILY_TABLE},
        others=("acme/Foo-70B",),
        not_providers={"google_tpu"},
    ),
    Case(
        "family_table_70b",
        "acme/Foo-70B",
        {"google_tpu"},
        {"TPU v5p"},
        2048,
        "chip+count",
        cards={"acme/Foo-70B": "# Foo-70B\nSee https://github.com/acme/Foo .\n"},
        files={"acme/Foo:README.md": FAMILY_TABLE},
        others=("acme/Foo-7B",),
        not_providers={"nvidia"},
    ),
    Case(
        "family_table_7b_sibling_not_in_store",
        "acme/Foo-7B",
        {"nvidia"},
        {"H100"},
        256,
        "chip+count",
        files={"acme/Foo:README.md": FAMILY_TABLE},
        not_providers={"google_tpu"},
    ),
    Case(
        "family_list_7b",
        "acme/Foo-7B",
        {"nvidia"},
        {"A100"},
        128,
        "chip+count",
        files={"acme/Foo:README.md": FAMILY_LIST},
        others=("acme/Foo-70B",),
    ),
    Case(
        "family_list_70b",
        "acme/Foo-70B",
        {"nvidia"},
        {"H100"},
        1024,
        "chip+count",
        files={"acme/Foo:README.md": FAMILY_LIST},
        others=("acme/Foo-7B",),
    ),
    Case(
        "family_level_statement_in_repo",
        "acme/Foo-7B",
        {"google_tpu"},
        {"TPU v4"},
        None,
        "chip",
        files={
            "acme/Foo:README.md": (
                "# Foo\n\nAll Foo models were pretrained on Google TPU v4 pods"
                " with JAX.\n"
            )
        },
        others=("acme/Foo-70B",),
    ),
    # ------------------------------------------------ shared library / toolkit
    Case(
        "toolkit_linked_only",
        "acme/widget-7b",
        **NONE,
        cards={
            "acme/widget-7b": (
                "# Widget 7B\nA chat model. Kernels from"
                " https://github.com/fastlab/speedkit .\n"
            )
        },
        files={
            "fastlab/speedkit:README.md": TOOLKIT_README,
            "fastlab/speedkit:examples/README.md": TOOLKIT_EXAMPLE_README,
            "fastlab/speedkit:examples/finetune_llama.py": TOOLKIT_EXAMPLE,
        },
    ),
    Case(
        "toolkit_card_text_link_only",
        "acme/widget-7b",
        **NONE,
        inference=set(),
        cards={
            "acme/widget-7b": (
                "# Widget 7B\nA chat model. Kernels from"
                " https://github.com/fastlab/speedkit .\n"
            )
        },
        unlinked={
            "fastlab/speedkit:README.md": TOOLKIT_README,
            "fastlab/speedkit:examples/README.md": TOOLKIT_EXAMPLE_README,
            "fastlab/speedkit:examples/finetune_llama.py": TOOLKIT_EXAMPLE,
        },
    ),
    # ------------------------------------------------ own training repository
    Case(
        "train_repo_readme_states_cluster",
        "acme/Foo-7B",
        {"amd"},
        {"MI250X"},
        512,
        "chip+count",
        files={
            "acme/foo-train:README.md": (
                "# foo-train\n\nPretraining code for the Foo models.\n\n"
                "The released Foo-7B checkpoint was trained on 512 AMD MI250X"
                " GPUs of the LUMI supercomputer.\n"
            ),
            "acme/foo-train:scripts/launch.sh": TRAIN_LAUNCH,
        },
        not_providers={"nvidia"},
    ),
    Case(
        "train_repo_family_statement",
        "acme/Foo-7B",
        {"nvidia"},
        {"H100"},
        ANY,
        ("chip", "chip+count"),
        files={
            "acme/foo-train:README.md": (
                "# foo-train\n\nWe used this codebase to pretrain Foo on 256"
                " H100 GPUs.\n"
            ),
            "acme/foo-train:scripts/launch.sh": TRAIN_LAUNCH,
        },
    ),
    Case(
        "train_repo_launch_only",
        "acme/Foo-7B",
        {"nvidia"},
        set(),
        None,
        "implied",
        files={
            "acme/foo-train:README.md": "# foo-train\n\nPretraining code for Foo-7B.\n",
            "acme/foo-train:scripts/launch.sh": TRAIN_LAUNCH,
        },
    ),
    Case(
        "train_repo_slurm_gres",
        "acme/Foo-7B",
        {"nvidia"},
        ANY,
        ANY,
        "implied",
        files={
            "acme/foo-train:README.md": "# foo-train\n\nPretraining code for Foo-7B.\n",
            "acme/foo-train:slurm/pretrain_foo_7b.sbatch": (
                "#!/bin/bash\n#SBATCH --nodes=32\n#SBATCH --gres=gpu:a100:8\n"
                "#SBATCH --time=72:00:00\nsrun python pretrain.py --size 7b\n"
            ),
        },
    ),
    Case(
        "train_repo_dockerfile",
        "acme/Foo-7B",
        {"nvidia"},
        set(),
        None,
        ("implied", "none"),
        files={
            "acme/foo-train:README.md": "# foo-train\n\nPretraining code for Foo-7B.\n",
            "acme/foo-train:Dockerfile": (
                "FROM nvidia/cuda:12.1.0-devel-ubuntu22.04\n"
                "RUN pip install torch==2.2.0 flash-attn\n"
            ),
        },
    ),
    Case(
        "train_repo_tpu_config",
        "acme/Foo-7B",
        {"google_tpu"},
        ANY,
        ANY,
        "implied",
        files={
            "acme/foo-train:README.md": "# foo-train\n\nPretraining code for Foo-7B.\n",
            "acme/foo-train:configs/foo_7b.yaml": (
                "model:\n  name: foo-7b\n  layers: 32\ntrainer:\n  device: tpu\n"
                "  mesh_shape: [16, 16]\n  precision: bf16\n"
            ),
        },
    ),
    Case(
        "own_repo_tpu_slice_config",
        "acme/Foo-7B",
        {"google_tpu"},
        ANY,
        ANY,
        "implied",
        files={
            "acme/Foo:README.md": "# Foo\n\nCode and weights of Foo-7B.\n",
            "acme/Foo:configs/pretrain/foo_7b.yaml": (
                "run_name: foo-7b-pretrain\naccelerator: tpu-v4-256\n"
                "global_batch_size: 1024\n"
            ),
        },
    ),
    Case(
        "own_repo_slurm_no_statement",
        "acme/Foo-7B",
        {"nvidia"},
        ANY,
        ANY,
        "implied",
        files={
            "acme/Foo:README.md": "# Foo\n\nCode and weights of Foo-7B.\n",
            "acme/Foo:scripts/pretrain_7b.slurm": (
                "#!/bin/bash\n#SBATCH --nodes=16\n#SBATCH --gres=gpu:a100:8\n"
                "srun python pretrain.py --model foo-7b\n"
            ),
        },
    ),
    Case(
        "sibling_slurm_vs_readme_statement",
        "acme/Foo-7B",
        {"nvidia"},
        {"A100"},
        64,
        "chip+count",
        files={
            "acme/Foo:README.md": "# Foo\n\nFoo-7B was trained on 64 A100 GPUs.\n",
            "acme/Foo:scripts/pretrain_70b.slurm": (
                "#!/bin/bash\n#SBATCH --nodes=128\n#SBATCH --gres=gpu:h100:8\n"
                "srun python pretrain.py --model foo-70b\n"
            ),
        },
        others=("acme/Foo-70B",),
    ),
    Case(
        "sibling_slurm_only",
        "acme/Foo-7B",
        **NONE,
        files={
            "acme/Foo:README.md": "# Foo\n\nCode and weights of the Foo models.\n",
            "acme/Foo:slurm/foo_70b.sbatch": (
                "#!/bin/bash\n#SBATCH --nodes=128\n#SBATCH --gres=gpu:h100:8\n"
                "srun python pretrain.py --model foo-70b\n"
            ),
        },
        others=("acme/Foo-70B",),
    ),
    # ------------------------------------------------ user recipes vs release
    Case(
        "finetune_dir_recipes_tpu_release",
        "acme/Foo-7B",
        {"google_tpu"},
        {"TPU v5e"},
        256,
        "chip+count",
        inference=set(),
        files={
            "acme/Foo:README.md": (
                "# Foo\n\nFoo-7B was trained on 256 TPU v5e chips using JAX and"
                " our in-house trainer.\n"
            ),
            "acme/Foo:finetune/README.md": (
                "# Fine-tuning\n\nYou can fine-tune Foo-7B with LoRA on a single"
                " A100 80GB.\n"
            ),
            "acme/Foo:finetune/lora.py": (
                "import torch\ntorch.distributed.init_process_group('nccl')\n"
                "model = load('acme/Foo-7B').cuda()\n"
            ),
            "acme/Foo:finetune/run_lora.sh": (
                "# the command assumes 8 V100 GPUs\n"
                "torchrun --nproc_per_node 8 lora.py\n"
            ),
        },
        not_providers={"nvidia"},
    ),
    Case(
        "requirements_and_dockerfile_own_repo",
        "acme/Foo-7B",
        **NONE,
        files={
            "acme/Foo:README.md": "# Foo\n\nWeights and inference code of Foo-7B.\n",
            "acme/Foo:Dockerfile": (
                "FROM nvidia/cuda:12.1.0-runtime-ubuntu22.04\nRUN pip install -r"
                " requirements.txt\n"
            ),
            "acme/Foo:requirements.txt": (
                "torch==2.1.0\nnvidia-nccl-cu12==2.18.1\nnvidia-cudnn-cu12\n"
            ),
        },
    ),
    # ------------------------------------------------ papers
    Case(
        "paper_method_vs_latency_vs_related",
        "acme/widget-7b",
        {"google_tpu"},
        {"TPU v4"},
        512,
        "chip+count",
        inference={"nvidia"},
        papers={"2401.00001": PAPER_SECTIONS},
        not_providers={"amd"},
    ),
    Case(
        "paper_hyphen_ascend",
        "acme/widget-7b",
        {"huawei_ascend"},
        {"Ascend 910B"},
        2048,
        "chip+count",
        papers={"2401.00005": PAPER_HYPHEN_ASCEND},
    ),
    Case(
        "paper_broken_lines_h800",
        "acme/widget-7b",
        {"nvidia"},
        {"H800"},
        1024,
        "chip+count",
        papers={"2401.00006": PAPER_BROKEN},
    ),
    Case(
        "paper_gpu_hours_not_count",
        "acme/widget-7b",
        {"nvidia"},
        {"A100"},
        None,
        "chip",
        papers={
            "2401.00007": (
                "5 Training\nPretraining Widget-7B required about 180K A100"
                " GPU-hours in total.\n"
            )
        },
    ),
    Case(
        "card_provider_paper_chip_count",
        "acme/widget-7b",
        {"nvidia"},
        {"H100"},
        256,
        "chip+count",
        cards={
            "acme/widget-7b": "# Widget 7B\n\nWidget 7B was trained on NVIDIA GPUs.\n"
        },
        papers={
            "2401.00008": (
                "3 Setup\nWe pretrain Widget-7B on 256 H100 GPUs for 14 days.\n"
            )
        },
    ),
    Case(
        "predecessor_paper_for_new_version",
        "acme/Foo-2.5-7B",
        **NONE,
        cards={
            "acme/Foo-2.5-7B": (
                "# Foo-2.5-7B\n\nArchitecture follows the Foo-2 report"
                " (arXiv:2401.00009).\n"
            )
        },
        papers={
            "2401.00009": (
                "Foo-2 Technical Report\n\n3 Training\nWe train Foo-2 on 512 TPU v4"
                " chips.\n"
            )
        },
        others=("acme/Foo-2-7B",),
    ),
    # ------------------------------------------------ cards of relatives
    Case(
        "no_card_sibling_states_own_training",
        "acme/Foo-7B-Instruct",
        **NONE,
        cards={"acme/Foo-7B": "# Foo-7B\n\nFoo-7B was pretrained on 512 H100 GPUs.\n"},
    ),
    Case(
        "no_card_sibling_names_this_model",
        "acme/Foo-7B-Instruct",
        {"nvidia"},
        {"H100"},
        8,
        "chip+count",
        cards={
            "acme/Foo-7B": (
                "# Foo-7B\n\nFoo-7B was pretrained on 512 H100 GPUs. Foo-7B-Instruct"
                " was fine-tuned from it on 8 H100 GPUs.\n"
            )
        },
    ),
    Case(
        "no_card_umbrella_table_names_this_model",
        "acme/Foo-7B",
        {"nvidia"},
        {"H100"},
        256,
        "chip+count",
        cards={
            "acme/Foo": (
                "# Foo\n\n| Model | Training hardware |\n|---|---|\n"
                "| Foo-7B | 256 × H100 |\n| Foo-70B | 2048 × H100 |\n"
            )
        },
        others=("acme/Foo-70B",),
    ),
    Case(
        "converted_copy_only_original_card_sibling_statement",
        "otherorg/Foo-7B",
        **NONE,
        cards={
            "acme/Foo-7B": (
                "# Foo-7B\n\nThe larger Foo-70B was trained on 2048 TPU v5p chips.\n"
            )
        },
        others=("acme/Foo-70B",),
    ),
    Case(
        "converted_copy_only_original_card",
        "otherorg/Foo-7B",
        ANY,
        ANY,
        ANY,
        ANY,
        inference=ANY,
        cards={"acme/Foo-7B": "# Foo-7B\n\nFoo-7B was trained on 1024 TPU v4 chips.\n"},
    ),
    Case(
        "finetune_links_base_repo",
        "bob/Foo-7B-medical",
        **NONE,
        cards={
            "bob/Foo-7B-medical": (
                "---\nbase_model: acme/Foo-7B\n---\n# Foo-7B-medical\n\nA medical"
                " fine-tune of Foo-7B. Original code: https://github.com/acme/Foo\n"
            ),
            "acme/Foo-7B": "# Foo-7B\n\nFoo-7B was trained on 4096 TPU v4 chips.\n",
        },
        files={
            "acme/Foo:README.md": "# Foo\n\nFoo-7B was trained on 4096 TPU v4 chips.\n"
        },
    ),
    # ------------------------------------------------ other projects linked
    Case(
        "card_links_inference_engine",
        "acme/widget-7b",
        **NONE,
        cards={
            "acme/widget-7b": (
                "# Widget 7B\n\nServe it with https://github.com/speedco/fastserve"
                " for the best throughput.\n"
            )
        },
        unlinked={
            "speedco/fastserve:README.md": (
                "# fastserve\n\nA serving engine for open models.\n\n"
                "We trained our draft model FS-Draft-1B on 16 H100 GPUs.\n\n"
                "## Benchmarks\nMeasured on A100 and MI300X.\n"
            )
        },
        not_providers={"amd"},
    ),
    Case(
        "card_links_benchmark_repo",
        "acme/widget-7b",
        **NONE,
        cards={
            "acme/widget-7b": (
                "# Widget 7B\n\nWe report results on "
                "https://github.com/benchorg/codebench .\n"
            )
        },
        unlinked={
            "benchorg/codebench:README.md": (
                "# CodeBench\n\nA benchmark of 500 programming tasks. Our baseline"
                " model was trained on 8 V100 GPUs.\n"
            )
        },
    ),
    Case(
        "shared_zoo_repo_other_model",
        "acme/widget-7b",
        **NONE,
        files={
            "acme/model-zoo:README.md": (
                "# Acme model zoo\n\n## Widget-7B\nWeights released under Apache"
                " 2.0.\n\n## Gizmo-3B\nGizmo-3B was trained on 128 Gaudi2"
                " accelerators.\n"
            )
        },
        not_providers={"intel"},
    ),
    # ------------------------------------------------ Chinese repositories
    Case(
        "cn_train_ascend_infer_others",
        "acme/Foo-7B",
        {"huawei_ascend"},
        {"Ascend 910B"},
        2048,
        "chip+count",
        inference={"nvidia", "cambricon", "metax"},
        files={"acme/Foo:README.md": CN_README},
    ),
    Case(
        "cn_tutorial_for_users",
        "acme/Foo-7B",
        {"nvidia"},
        {"H800"},
        None,
        "chip",
        files={
            "acme/Foo:README.md": "# Foo\n\nFoo-7B 使用 NVIDIA H800 GPU 完成训练。\n",
            "acme/Foo:docs/国产化运行.md": CN_TUTORIAL,
        },
        not_providers={"huawei_ascend", "hygon"},
    ),
    Case(
        "cn_sibling_vs_self",
        "acme/Foo-7B",
        {"nvidia"},
        {"A800"},
        256,
        "chip+count",
        files={
            "acme/Foo:README.md": (
                "# Foo\n\nFoo-70B 在昇腾 910B 集群上训练；Foo-7B 使用 256 张 A800"
                " 训练。\n"
            )
        },
        others=("acme/Foo-70B",),
    ),
    # ------------------------------------------------ names with versions
    Case(
        "version_2_5",
        "acme/Foo-2.5-7B",
        {"nvidia"},
        {"H100"},
        2048,
        "chip+count",
        files={"acme/Foo:README.md": VERSIONS_README},
        others=("acme/Foo-2-7B",),
    ),
    Case(
        "version_2",
        "acme/Foo-2-7B",
        {"nvidia"},
        {"A100"},
        1024,
        "chip+count",
        files={"acme/Foo:README.md": VERSIONS_README},
        others=("acme/Foo-2.5-7B",),
    ),
    Case(
        "version_v1_5",
        "acme/Foo-v1.5",
        {"google_tpu"},
        {"TPU v4"},
        1024,
        "chip+count",
        files={"acme/Foo:README.md": V1_README},
        others=("acme/Foo-v1",),
    ),
    Case(
        "version_v1",
        "acme/Foo-v1",
        {"google_tpu"},
        {"TPU v3"},
        512,
        "chip+count",
        files={"acme/Foo:README.md": V1_README},
        others=("acme/Foo-v1.5",),
    ),
    # ------------------------------------------------ mixed statements
    Case(
        "stated_card_beats_implied_repo",
        "acme/Foo-7B",
        {"google_tpu"},
        {"TPU v5e"},
        None,
        "chip",
        cards={"acme/Foo-7B": "# Foo-7B\n\nFoo-7B was trained on Google TPU v5e.\n"},
        files={
            "acme/foo-train:README.md": "# foo-train\n\nTraining code of Foo-7B.\n",
            "acme/foo-train:scripts/launch.sh": TRAIN_LAUNCH,
        },
    ),
    Case(
        "requirements_section_and_trainium",
        "acme/Foo-7B",
        {"aws"},
        ANY,
        None,
        ("provider", "chip"),
        inference={"nvidia"},
        files={
            "acme/Foo:README.md": (
                "# Foo\n\nFoo-7B was trained on AWS Trainium (trn1) instances.\n\n"
                "## Requirements\nRunning Foo-7B in bf16 needs one GPU with 24 GB,"
                " such as an RTX 4090 or an A10G.\n"
            )
        },
    ),
    # ------------------------------------------------ follow-up variants
    Case(
        "shared_zoo_other_model_in_store",
        "acme/widget-7b",
        **NONE,
        files={
            "acme/model-zoo:README.md": (
                "# Acme model zoo\n\n## Widget-7B\nWeights released under Apache"
                " 2.0.\n\n## Gizmo-3B\nGizmo-3B was trained on 128 Gaudi2"
                " accelerators.\n"
            )
        },
        others=("acme/Gizmo-3B",),
        not_providers={"intel"},
    ),
    Case(
        "paper_related_work_markdown_heading",
        "acme/widget-7b",
        {"google_tpu"},
        {"TPU v4"},
        512,
        "chip+count",
        papers={
            "2401.00010": (
                "## 3 Method\nWe train Widget-7B on 512 TPU v4 chips.\n\n"
                "## 5 Related Work\nEarlier dense models were trained on 1,024 V100"
                " GPUs (Smith et al., 2021).\n"
            )
        },
        not_providers={"nvidia"},
    ),
    Case(
        "paper_hyphen_nvidia_provider_only",
        "acme/widget-7b",
        {"nvidia"},
        set(),
        None,
        "provider",
        papers={"2401.00011": "4 Training\nWe train Widget-7B on NVI-\nDIA GPUs.\n"},
    ),
    Case(
        "paper_hyphen_nvidia_self_count",
        "acme/widget-7b",
        {"nvidia"},
        {"A100"},
        96,
        "chip+count",
        papers={
            "2401.00012": (
                "4 Training\nWe train Widget-7B on 96 NVI-\nDIA A100 GPUs for ten"
                " days.\n"
            )
        },
    ),
    Case(
        "no_card_non_variant_suffix_sibling_names_it",
        "acme/Foo-7B-Math",
        {"nvidia"},
        {"H100"},
        8,
        "chip+count",
        cards={
            "acme/Foo-7B": (
                "# Foo-7B\n\nFoo-7B was pretrained on 512 H100 GPUs. Foo-7B-Math"
                " was fine-tuned from it on 8 H100 GPUs.\n"
            )
        },
    ),
    Case(
        "no_card_non_variant_suffix_sibling_only",
        "acme/Foo-7B-Math",
        **NONE,
        cards={"acme/Foo-7B": "# Foo-7B\n\nFoo-7B was pretrained on 512 H100 GPUs.\n"},
    ),
]


@pytest.mark.parametrize("case", probe_params(CASES))
def test_probe(tmp_path: Path, case: Case) -> None:
    check_repo_case(tmp_path, case)
