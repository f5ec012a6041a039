# ruff: noqa: E501 (snippets keep the long lines real documents have)
"""Unseen model documents, third round (Chinese labs, repositories, paper
text): multi-document cases written for these tests in the phrasing real
documents use, judged by the labelling conventions of the dev labels.

The failures it found first led to fixes: Chinese counts (1万卡, 两千张,
每台 8 卡), labelled stage lines ("SFT / RLHF：128 × H20"), Chinese
comparisons, appendix headings in paper text, thanks for hardware that "was
used to pre-train" the models, fine-tuning sentences that name the base.
Cases still failing are known gaps, marked as such (README, Limitations).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import ANY, check_repo_case, probe_params
from helpers import RepoCase as Case

NONE = dict(providers=set(), chips=set(), count=None, disclosure="none")
CHIPISH = ("chip", "chip+count")

# --------------------------------------------------------------- repo texts

NPU_LAUNCH = """#!/bin/bash
# Pretraining launcher for Foo-7B on Ascend
source /usr/local/Ascend/ascend-toolkit/set_env.sh
export ASCEND_RT_VISIBLE_DEVICES=0,1,2,3,4,5,6,7
export HCCL_CONNECT_TIMEOUT=1200
export HCCL_IF_IP=$MASTER_ADDR
torchrun --nnodes $NNODES --nproc_per_node 8 pretrain_foo.py \\
    --config configs/foo_7b.yaml --device npu
"""

NPU_TRAIN_PY = """import torch
import torch_npu
from torch_npu.contrib import transfer_to_npu

def main():
    torch.distributed.init_process_group(backend="hccl")
    local_rank = int(os.environ["LOCAL_RANK"])
    torch.npu.set_device(local_rank)
    model = build_model(cfg).to(f"npu:{local_rank}")
"""

DS_TRAIN_SH = """#!/bin/bash
# Pretraining of Foo-7B (stage 1)
export CUDA_VISIBLE_DEVICES=0,1,2,3,4,5,6,7
export NCCL_SOCKET_IFNAME=eth0
deepspeed --hostfile hostfile --num_gpus 8 pretrain.py \\
    --deepspeed ds_config_zero2.json \\
    --model_config configs/foo_7b.json \\
    --bf16 --seq_len 4096
"""

FINETUNE_README_CN = """# 微调

我们提供了全参数微调和 LoRA 微调脚本，方便开发者在自己的数据上微调 Foo-7B。

```bash
bash finetune/finetune_lora.sh
```

脚本默认使用 8 张 GPU，显存不足时可减小 batch size。
"""

FINETUNE_SH = """#!/bin/bash
export CUDA_VISIBLE_DEVICES=0,1,2,3,4,5,6,7
deepspeed --num_gpus 8 finetune.py \\
    --model_name_or_path acme/Foo-7B \\
    --data_path data/your_data.json \\
    --use_lora True --deepspeed ds_config_zero3.json
"""

CLI_DEMO = """import torch
from transformers import AutoModelForCausalLM, AutoTokenizer

tokenizer = AutoTokenizer.from_pretrained("acme/Foo-7B", trust_remote_code=True)
model = AutoModelForCausalLM.from_pretrained("acme/Foo-7B", torch_dtype=torch.bfloat16).cuda()
model.eval()

while True:
    query = input("用户：")
    response = model.chat(tokenizer, query)
    print("Foo：", response)
"""

ROCM_DOCKERFILE = """FROM rocm/pytorch:rocm6.1_ubuntu22.04_py3.10_pytorch_2.1.2
RUN pip install -r requirements.txt
ENV HSA_FORCE_FINE_GRAIN_PCIE=1
"""

ROCM_LAUNCH = """#!/bin/bash
# launch pretraining of Foo-7B
export HIP_VISIBLE_DEVICES=0,1,2,3,4,5,6,7
export MIOPEN_USER_DB_PATH=/tmp/miopen
torchrun --nnodes 16 --nproc_per_node 8 train.py --config configs/foo-7b.yaml
"""

NEURON_REQS = """torch-neuronx==2.1.2.2.1.0
neuronx-cc==2.13.*
neuronx-distributed==0.7.0
transformers==4.36.2
"""

NEURON_TRAIN = """#!/bin/bash
# Foo-7B pretraining on trn1.32xlarge
export NEURON_CC_FLAGS="--model-type transformer --distribution-strategy llm-training"
export NEURON_RT_NUM_CORES=32
neuron_parallel_compile torchrun --nproc_per_node 32 run_pretrain.py --tp 8
torchrun --nproc_per_node 32 run_pretrain.py --tp 8
"""

MS_YAML = """seed: 0
run_mode: 'train'
output_dir: './output_foo_7b'
load_checkpoint: ''
context:
  mode: 0
  device_target: "Ascend"
  max_device_memory: "58GB"
parallel_config:
  data_parallel: 16
  model_parallel: 4
  pipeline_stage: 2
model:
  model_config:
    type: FooConfig
    num_layers: 32
"""

CN_FAMILY_TABLE = """# Foo 系列模型

## 模型列表

| 模型 | 参数量 | 训练硬件 | 训练数据 |
|---|---|---|---|
| Foo-1.8B | 1.8B | 128 × 昇腾 910B | 2.2T |
| Foo-14B | 14B | 1024 × A800 | 3.0T |

## 协议
本项目代码以 Apache-2.0 协议开源。
"""

TOOLKIT_CN = """# trainkit

trainkit 是一个开源大模型训练与微调工具箱，支持 Foo、Llama、Qwen 等 100+ 模型。

## 硬件支持

支持在 NVIDIA GPU、昇腾 NPU、寒武纪 MLU 上进行训练与推理。

## 示例

```bash
CUDA_VISIBLE_DEVICES=0 trainkit-cli train examples/lora_sft.yaml
```

我们在 8 × A100 上测试了 Llama-2-7B 的全参数微调速度。
"""

XPU_LAUNCH = """#!/bin/bash
# Foo-7B pretraining, PaddlePaddle on Kunlunxin XPU
export XPU_VISIBLE_DEVICES=0,1,2,3,4,5,6,7
export BKCL_PCIE_RING=1
export BKCL_TIMEOUT=1800
export FLAGS_selected_xpus=0,1,2,3,4,5,6,7
python -m paddle.distributed.launch --xpus "0,1,2,3,4,5,6,7" \\
    run_pretrain.py --model_name_or_path foo-7b --device xpu
"""

MLU_TRAIN = """import torch
import torch_mlu

def setup():
    torch.distributed.init_process_group(backend="cncl")
    device = torch.device("mlu", int(os.environ["LOCAL_RANK"]))
    torch.mlu.set_device(device)
    return device

# Foo-7B pretraining loop
def train(cfg):
    device = setup()
    model = FooForCausalLM(cfg).to(device)
"""

# --------------------------------------------------------------- paper texts

PAPER_ALL_TPU = """Widget: Scaling Open Language Models

3.3 Training Infrastructure
All mod-
els were trained on 1,024
TPU v4 chips arranged in a 3D torus, using
JAX and the pjit partitioner. Widget-7B
took roughly nineteen days.
"""

PAPER_SIZE_TABLE_MIXED = """Widget Technical Report

Table 6: Pre-training compute for each model size.
Model       Accelerator   #Chips   Days
Widget-3B   A100-80GB     64       9
Widget-7B   H100          512      14
Widget-34B  H100          2048     33
"""

PAPER_SIZE_ONLY_ROWS = """Widget Technical Report

4.1 Pre-training
Table 2 lists the hardware used to pre-train each size of Widget.

Table 2: Pre-training hardware.
Size    GPUs           GPU hours
1.3B    32 × A100      6K
7B      256 × A100     61K
13B     512 × A100     120K
"""

PAPER_INTRO_CONTRAST = """1 Introduction
Frontier models such as PaLM (Chowdhery et al.,
2022) were trained on 6,144 TPU v4 chips, and
Gopher on 4,096 TPUv3 chips (Rae et al., 2021), a
budget far out of reach for academic groups. In
contrast, we train Widget-7B on just 32 A100
GPUs in under three weeks.
"""

PAPER_ACK_TRC = """7 Conclusion
We presented Widget, a family of encoder models.

Acknowledgements
We are grateful to Google's TPU Research Cloud
(TRC) for providing the TPU v3-256 pod slice that
was used to pre-train all Widget models.
"""

PAPER_ACK_VENDOR_THANKS = """3.2 Training
We pre-train Widget-7B on 128 H100 GPUs
for 12 days with a cosine schedule.

Acknowledgments
We thank AMD and the LUMI consortium for helpful
discussions, and Intel Labs for feedback on an
early draft.
"""

PAPER_APPENDIX_HW = """Appendix C Hardware and Software
Our compute cluster comprises 16 nodes, each
equipped with eight NVIDIA H100 80GB GPUs con-
nected by 3.2 Tbps InfiniBand. We use PyTorch 2.1
and Megatron-LM for all pre-training runs.
"""

PAPER_HYPHEN_GAUDI = """3 Pre-training
Pre-
training of Widget-7B was done on 512 Gau-
di 2 accelerators in the Intel Developer Cloud,
using the Optimum Habana library.
"""

PAPER_PAGE_BREAK = """3.2 Setup
We train Widget-7B for 2T tokens on a cluster of 1,536 H100

Widget Technical Report                                   7

GPUs over 18 days, with 3D parallelism (TP=4, PP=2).
"""

PAPER_TRAIN_H800_INFER_ASCEND = """4 Implementation
4.1 Training
Widget-7B is pre-trained on 1,024 H800 GPUs with
an in-house Megatron fork.

5.3 Inference Efficiency
Table 7 reports decoding throughput of Widget-7B on a
single Ascend 910B NPU and on a single A100 GPU, at
batch size 16.
"""

PAPER_FOOTNOTE = """3.1 Infrastructure
Widget-7B was pre-trained on our internal computing
cluster1 over 35 days, with a global batch of 8M tokens.

1The cluster consists of 2,048 Ascend 910B NPUs
interconnected with HCCS and RoCE.
"""

PAPER_EVAL_ONLY = """Appendix D Hardware
All evaluations were run on a single node with 8
A100 80GB GPUs using vLLM 0.4 and greedy decoding.
"""

PAPER_PENGCHENG = """3.4 Training Details
The training was conducted on the Pengcheng Cloud-
brain-II platform with Ascend 910 processors,
using the MindSpore framework for auto-parallelism.
"""

PAPER_RESPECTIVELY = """3 Training
Widget-1.5B and Widget-72B were pre-trained on 256
Ascend 910B NPUs and 4,096 H800 GPUs, respectively.
"""

PAPER_BASE_ONLY = """Foo: Open Bilingual Language Models

3 Pre-training
Foo-7B is pre-trained from scratch on 1,024 H800
GPUs for 2.6T tokens.
"""

CASES: list[Case] = [
    # ============================================ Chinese / mixed model cards
    Case(
        "zh_qianka_ascend_cluster_no_chip",
        "zhilab/Foo-7B",
        {"huawei_ascend"},
        set(),
        ANY,
        ANY,
        cards={
            "zhilab/Foo-7B": "# Foo-7B\n\n## 训练\nFoo-7B 基于千卡昇腾集群完成预训练，训练数据约 2T tokens。\n"
        },
    ),
    Case(
        "zh_ascend_910b_nospace_plus_vllm_ascend",
        "zhilab/Foo-7B",
        {"huawei_ascend"},
        {"Ascend 910B"},
        None,
        "chip",
        inference={"huawei_ascend"},
        cards={
            "zhilab/Foo-7B": (
                "# Foo-7B\n\n## 模型介绍\n本模型在昇腾910B上完成训练。\n\n"
                "## 推理\n推荐使用 vllm-ascend 在 Atlas 800I A2 上部署：\n\n"
                "```bash\nvllm serve zhilab/Foo-7B --tensor-parallel-size 4\n```\n"
            )
        },
    ),
    Case(
        "zh_mindspore_ckpt_framework_only",
        "zhilab/Foo-7B",
        **NONE,
        cards={
            "zhilab/Foo-7B": (
                "# Foo-7B\n\n本仓库提供 MindSpore 格式的权重文件（.ckpt），训练基于"
                " MindFormers 框架。可使用 MindSpore 2.3 加载权重进行推理。\n"
            )
        },
        not_providers={"huawei_ascend"},
    ),
    Case(
        "mixed_domestic_train_ascend_inference_only",
        "zhilab/Foo-7B",
        **NONE,
        inference={"huawei_ascend"},
        cards={
            "zhilab/Foo-7B": (
                "# Foo-7B\n\nFoo-7B 基于国产算力训练 (trained on domestic compute).\n\n"
                "## Deployment\nInference on Ascend 910B is supported through"
                " vllm-ascend and MindIE.\n"
            )
        },
    ),
    Case(
        "zh_cambricon_mlu370_x8_count",
        "zhilab/Foo-7B",
        {"cambricon"},
        ANY,
        256,
        "chip+count",
        cards={
            "zhilab/Foo-7B": (
                "# Foo-7B\n\n## 训练细节\n我们使用寒武纪MLU370进行训练，共计 256 张"
                " MLU370-X8 加速卡，训练时长约 40 天。\n"
            )
        },
    ),
    Case(
        "zh_kunlun_p800_nospace",
        "zhilab/Foo-7B",
        {"baidu_kunlun"},
        {"Kunlun P800"},
        None,
        "chip",
        cards={
            "zhilab/Foo-7B": "# Foo-7B\n\n本模型在昆仑芯P800上训练完成，训练框架为 PaddlePaddle。\n"
        },
    ),
    Case(
        "zh_moore_threads_qianka_infer_two",
        "zhilab/Foo-7B",
        {"moore_threads"},
        {"MTT S4000"},
        ANY,
        CHIPISH,
        inference={"moore_threads", "nvidia"},
        cards={
            "zhilab/Foo-7B": (
                "# Foo-7B\n\n## 训练\n在摩尔线程 MTT S4000 千卡集群上完成训练，历时 3 周。\n\n"
                "## 推理\n支持在 NVIDIA GPU 与摩尔线程 GPU 上推理。\n"
            )
        },
    ),
    Case(
        "zh_metax_c500_own_sft",
        "zhilab/Foo-7B-Chat",
        {"metax"},
        {"C500"},
        64,
        "chip+count",
        cards={
            "zhilab/Foo-7B-Chat": (
                "---\nbase_model: zhilab/Foo-7B\n---\n# Foo-7B-Chat\n\n"
                "本模型基于 Foo-7B，使用 64 张沐曦曦云C500 完成 SFT 与 DPO 训练。\n"
            )
        },
    ),
    Case(
        "zh_hygon_dcu_generic",
        "zhilab/Foo-7B",
        {"hygon"},
        set(),
        None,
        "provider",
        cards={
            "zhilab/Foo-7B": "# Foo-7B\n\n## 训练\n本模型全程在海光DCU集群上训练。\n"
        },
    ),
    Case(
        "zh_iluvatar_tiangai_train",
        "zhilab/Foo-7B",
        {"iluvatar"},
        ANY,
        None,
        ANY,
        cards={
            "zhilab/Foo-7B": (
                "# Foo-7B\n\n## 训练\n本模型使用天数智芯天垓150加速卡完成预训练。\n"
            )
        },
    ),
    Case(
        "zh_domestic_count_no_vendor",
        "zhilab/Foo-7B",
        **NONE,
        cards={
            "zhilab/Foo-7B": (
                "# Foo-7B\n\n本模型基于国产算力千卡集群训练，共使用 2048 张国产加速卡。\n"
            )
        },
    ),
    Case(
        "zh_capability_train_without_domestic",
        "zhilab/Foo-7B",
        **NONE,
        inference={"huawei_ascend"},
        cards={
            "zhilab/Foo-7B": (
                "# Foo-7B\n\n## 国产化适配\nFoo-7B 支持在昇腾 910B 上进行训练与推理，"
                "相关脚本见 ascend/ 目录。\n"
            )
        },
    ),
    Case(
        "mixed_910c_count_bilingual",
        "zhilab/Foo-72B",
        {"huawei_ascend"},
        {"Ascend 910C"},
        4096,
        "chip+count",
        cards={
            "zhilab/Foo-72B": (
                "# Foo-72B\n\n## Training 训练\nPretrained on 4,096 Ascend 910C NPUs"
                "（昇腾 910C）for 18T tokens.\n"
            )
        },
    ),
    Case(
        "zh_pengcheng_thanks_no_vendor",
        "zhilab/Foo-7B",
        **NONE,
        cards={
            "zhilab/Foo-7B": (
                "# Foo-7B\n\n## 致谢\n感谢鹏城实验室“鹏城云脑II”提供的算力支持。\n"
            )
        },
    ),
    Case(
        "zh_spec_table_atlas_900",
        "zhilab/Foo-7B",
        {"huawei_ascend"},
        ANY,
        None,
        CHIPISH,
        cards={
            "zhilab/Foo-7B": (
                "# Foo-7B\n\n## 训练配置\n\n| 项目 | 配置 |\n|---|---|\n"
                "| 训练框架 | MindSpeed-LLM |\n| 训练硬件 | 昇腾 Atlas 900 A2 PoD |\n"
                "| 训练数据 | 1.8T tokens |\n"
            )
        },
    ),
    Case(
        "zh_ascend_faster_than_a100",
        "zhilab/Foo-7B",
        {"huawei_ascend"},
        {"Ascend 910B"},
        None,
        "chip",
        cards={
            "zhilab/Foo-7B": (
                "# Foo-7B\n\n本模型在昇腾910B上完成训练，训练吞吐达到同规模 A100 集群的"
                " 1.2 倍。\n"
            )
        },
        not_providers={"nvidia"},
    ),
    Case(
        "zh_wan_ka_count",
        "zhilab/Foo-236B",
        {"huawei_ascend"},
        {"Ascend 910B"},
        10000,
        "chip+count",
        cards={
            "zhilab/Foo-236B": (
                "# Foo-236B\n\n## 训练\nFoo-236B 在 1万卡昇腾910B 集群上完成预训练。\n"
            )
        },
    ),
    Case(
        "zh_chinese_numeral_count",
        "zhilab/Foo-7B",
        {"nvidia"},
        {"H800"},
        2000,
        "chip+count",
        cards={
            "zhilab/Foo-7B": "# Foo-7B\n\n## 训练\n我们使用两千张 H800 训练了 Foo-7B。\n"
        },
    ),
    Case(
        "zh_ascend_pretrain_h20_post",
        "zhilab/Foo-7B",
        {"huawei_ascend", "nvidia"},
        {"Ascend 910B", "H20"},
        ANY,
        CHIPISH,
        cards={
            "zhilab/Foo-7B": (
                "# Foo-7B\n\n## 训练资源\n- 预训练：2048 × Ascend 910B\n"
                "- SFT / RLHF：128 × H20\n"
            )
        },
    ),
    Case(
        "en_ascend_inference_mindie_nvidia_train",
        "zhilab/Foo-7B",
        {"nvidia"},
        {"A100"},
        256,
        "chip+count",
        inference={"huawei_ascend"},
        cards={
            "zhilab/Foo-7B": (
                "# Foo-7B\n\n## Training\nFoo-7B was pre-trained on 256 A100 GPUs.\n\n"
                "## Deployment\nFoo-7B also supports inference on Ascend NPUs (Atlas 300I"
                " Duo) via MindIE.\n"
            )
        },
        not_providers={"huawei_ascend"},
    ),
    # ============================================ repository files
    Case(
        "repo_npu_launcher_implied_ascend",
        "zhilab/Foo-7B",
        {"huawei_ascend"},
        set(),
        ANY,
        "implied",
        files={
            "zhilab/foo-train:README.md": "# foo-train\n\nFoo-7B 的预训练代码。\n",
            "zhilab/foo-train:scripts/pretrain_npu.sh": NPU_LAUNCH,
            "zhilab/foo-train:pretrain_foo.py": NPU_TRAIN_PY,
        },
        not_providers={"nvidia"},
    ),
    Case(
        "repo_deepspeed_cuda_visible_pretrain",
        "zhilab/Foo-7B",
        {"nvidia"},
        set(),
        ANY,
        "implied",
        files={
            "zhilab/foo-train:README.md": (
                "# foo-train\n\nThis repository contains the code we used to pretrain"
                " Foo-7B.\n"
            ),
            "zhilab/foo-train:scripts/pretrain_stage1.sh": DS_TRAIN_SH,
        },
    ),
    Case(
        "repo_user_finetune_recipe_cn",
        "zhilab/Foo-7B",
        **NONE,
        files={
            "zhilab/Foo:README.md": "# Foo\n\nFoo-7B 的权重、推理与微调代码。\n",
            "zhilab/Foo:finetune/README.md": FINETUNE_README_CN,
            "zhilab/Foo:finetune/finetune_lora.sh": FINETUNE_SH,
        },
    ),
    Case(
        "repo_inference_demo_only",
        "zhilab/Foo-7B",
        **NONE,
        inference={"nvidia"},
        files={
            "zhilab/Foo:README.md": (
                "# Foo\n\n## 快速开始\n\n```bash\nCUDA_VISIBLE_DEVICES=0 python"
                " cli_demo.py\n```\n"
            ),
            "zhilab/Foo:cli_demo.py": CLI_DEMO,
        },
    ),
    Case(
        "repo_slurm_plain_gres_gpu8",
        "zhilab/Foo-7B",
        {"nvidia"},
        set(),
        ANY,
        "implied",
        files={
            "zhilab/foo-train:README.md": "# foo-train\n\nTraining code for Foo-7B.\n",
            "zhilab/foo-train:slurm/train_foo_7b.slurm": (
                "#!/bin/bash\n#SBATCH --job-name=foo7b\n#SBATCH --nodes=64\n"
                "#SBATCH --ntasks-per-node=8\n#SBATCH --gres=gpu:8\n"
                "#SBATCH --cpus-per-task=12\nmodule load cuda/12.1 nccl/2.18\n"
                "srun python train.py --model foo-7b\n"
            ),
        },
    ),
    Case(
        "repo_rocm_dockerfile_and_hip_launcher",
        "zhilab/Foo-7B",
        {"amd"},
        set(),
        ANY,
        "implied",
        files={
            "zhilab/foo-train:README.md": "# foo-train\n\nPretraining code for Foo-7B.\n",
            "zhilab/foo-train:docker/Dockerfile": ROCM_DOCKERFILE,
            "zhilab/foo-train:scripts/launch_pretrain.sh": ROCM_LAUNCH,
        },
        not_providers={"nvidia"},
    ),
    Case(
        "repo_neuronx_requirements_and_launcher",
        "zhilab/Foo-7B",
        {"aws"},
        ANY,
        ANY,
        ("implied", "chip", "chip+count"),
        files={
            "zhilab/foo-train:README.md": "# foo-train\n\nPretraining code for Foo-7B.\n",
            "zhilab/foo-train:requirements.txt": NEURON_REQS,
            "zhilab/foo-train:scripts/pretrain.sh": NEURON_TRAIN,
        },
        not_providers={"nvidia"},
    ),
    Case(
        "repo_toolkit_capability_cn",
        "zhilab/Foo-7B",
        **NONE,
        files={"hiyouga-like/trainkit:README.md": TOOLKIT_CN},
    ),
    Case(
        "repo_readme_atlas_servers_times_eight",
        "zhilab/Foo-7B",
        {"huawei_ascend"},
        {"Atlas 800T A2"},
        512,
        "chip+count",
        files={
            "zhilab/foo-train:README.md": (
                "# foo-train\n\n## 硬件环境\n我们在 64 台 Atlas 800T A2 服务器（每台 8 卡）"
                "上训练了 Foo-7B。\n"
            )
        },
    ),
    Case(
        "repo_cn_family_table_small",
        "zhilab/Foo-1.8B",
        {"huawei_ascend"},
        {"Ascend 910B"},
        128,
        "chip+count",
        files={"zhilab/Foo:README.md": CN_FAMILY_TABLE},
        others=("zhilab/Foo-14B",),
        not_providers={"nvidia"},
    ),
    Case(
        "repo_cn_family_table_large",
        "zhilab/Foo-14B",
        {"nvidia"},
        {"A800"},
        1024,
        "chip+count",
        files={"zhilab/Foo:README.md": CN_FAMILY_TABLE},
        others=("zhilab/Foo-1.8B",),
        not_providers={"huawei_ascend"},
    ),
    Case(
        "repo_mindspore_yaml_device_target",
        "zhilab/Foo-7B",
        {"huawei_ascend"},
        set(),
        ANY,
        "implied",
        files={
            "zhilab/foo-ms:README.md": "# foo-ms\n\nMindSpore 预训练代码：Foo-7B。\n",
            "zhilab/foo-ms:configs/foo_7b/pretrain_foo_7b.yaml": MS_YAML,
        },
    ),
    Case(
        "repo_npu_inference_script_only",
        "zhilab/Foo-7B",
        **NONE,
        inference={"huawei_ascend"},
        files={
            "zhilab/Foo:README.md": "# Foo\n\nFoo-7B 的权重与推理代码。\n",
            "zhilab/Foo:inference/infer_npu.py": (
                "import torch\nimport torch_npu\nfrom transformers import"
                " AutoModelForCausalLM\n\nmodel = AutoModelForCausalLM.from_pretrained("
                '"zhilab/Foo-7B").to("npu:0")\nout = model.generate(**inputs,'
                " max_new_tokens=256)\n"
            ),
        },
    ),
    Case(
        "repo_changelog_ascend_support",
        "zhilab/Foo-7B",
        **NONE,
        files={
            "zhilab/Foo:README.md": "# Foo\n\nFoo-7B 的权重与推理代码。\n",
            "zhilab/Foo:CHANGELOG.md": (
                "# 更新日志\n\n## v1.2.0\n- 新增昇腾 NPU 训练与推理支持\n"
                "- 修复 tokenizer 的若干问题\n"
            ),
        },
    ),
    Case(
        "repo_paddle_xpu_bkcl_launcher",
        "zhilab/Foo-7B",
        {"baidu_kunlun"},
        set(),
        ANY,
        "implied",
        files={
            "zhilab/foo-train:README.md": "# foo-train\n\nFoo-7B 预训练脚本。\n",
            "zhilab/foo-train:scripts/run_pretrain_xpu.sh": XPU_LAUNCH,
        },
        not_providers={"intel"},
    ),
    Case(
        "repo_torch_mlu_cncl_training",
        "zhilab/Foo-7B",
        {"cambricon"},
        set(),
        ANY,
        "implied",
        files={
            "zhilab/foo-train:README.md": "# foo-train\n\nFoo-7B 预训练代码。\n",
            "zhilab/foo-train:train.py": MLU_TRAIN,
        },
    ),
    # ============================================ papers (PDF-extracted text)
    Case(
        "paper_all_models_1024_tpu_v4_broken",
        "acme/widget-7b",
        {"google_tpu"},
        {"TPU v4"},
        1024,
        "chip+count",
        papers={"2402.10001": PAPER_ALL_TPU},
    ),
    Case(
        "paper_whitespace_table_own_size_mixed_hw",
        "acme/widget-3b",
        {"nvidia"},
        {"A100"},
        64,
        "chip+count",
        papers={"2402.10002": PAPER_SIZE_TABLE_MIXED},
        others=("acme/widget-7b", "acme/widget-34b"),
    ),
    Case(
        "paper_table_rows_by_size_only",
        "acme/widget-7b",
        {"nvidia"},
        {"A100"},
        256,
        "chip+count",
        papers={"2402.10003": PAPER_SIZE_ONLY_ROWS},
    ),
    Case(
        "paper_intro_contrast_other_labs",
        "acme/widget-7b",
        {"nvidia"},
        {"A100"},
        32,
        "chip+count",
        papers={"2402.10004": PAPER_INTRO_CONTRAST},
        not_providers={"google_tpu"},
    ),
    Case(
        "paper_ack_trc_pod_slice_used_to_train",
        "acme/widget-base",
        {"google_tpu"},
        {"TPU v3"},
        ANY,
        CHIPISH,
        papers={"2402.10005": PAPER_ACK_TRC},
    ),
    Case(
        "paper_ack_thanks_vendors_not_hw",
        "acme/widget-7b",
        {"nvidia"},
        {"H100"},
        128,
        "chip+count",
        papers={"2402.10006": PAPER_ACK_VENDOR_THANKS},
        not_providers={"amd", "intel"},
    ),
    Case(
        "paper_appendix_hardware_software",
        "acme/widget-7b",
        {"nvidia"},
        {"H100"},
        128,
        "chip+count",
        papers={"2402.10007": PAPER_APPENDIX_HW},
    ),
    Case(
        "paper_hyphen_pre_training_gaudi",
        "acme/widget-7b",
        {"intel"},
        {"Gaudi 2"},
        512,
        "chip+count",
        papers={"2402.10008": PAPER_HYPHEN_GAUDI},
    ),
    Case(
        "paper_page_break_mid_sentence",
        "acme/widget-7b",
        {"nvidia"},
        {"H100"},
        1536,
        "chip+count",
        papers={"2402.10009": PAPER_PAGE_BREAK},
    ),
    Case(
        "paper_h800_train_ascend_a100_infer",
        "acme/widget-7b",
        {"nvidia"},
        {"H800"},
        1024,
        "chip+count",
        inference={"huawei_ascend", "nvidia"},
        papers={"2402.10010": PAPER_TRAIN_H800_INFER_ASCEND},
        not_providers={"huawei_ascend"},
    ),
    Case(
        "paper_footnote_cluster",
        "acme/widget-7b",
        {"huawei_ascend"},
        {"Ascend 910B"},
        2048,
        "chip+count",
        papers={"2402.10011": PAPER_FOOTNOTE},
    ),
    Case(
        "paper_eval_hardware_appendix",
        "acme/widget-7b",
        **NONE,
        inference={"nvidia"},
        papers={"2402.10012": PAPER_EVAL_ONLY},
    ),
    Case(
        "paper_pengcheng_ascend_910_hyphen",
        "acme/widget-13b",
        {"huawei_ascend"},
        {"Ascend 910"},
        None,
        "chip",
        papers={"2402.10013": PAPER_PENGCHENG},
    ),
    Case(
        "paper_respectively_large",
        "acme/Widget-72B",
        {"nvidia"},
        {"H800"},
        4096,
        "chip+count",
        papers={"2402.10014": PAPER_RESPECTIVELY},
        others=("acme/Widget-1.5B",),
        not_providers={"huawei_ascend"},
    ),
    Case(
        "paper_respectively_small",
        "acme/Widget-1.5B",
        {"huawei_ascend"},
        {"Ascend 910B"},
        256,
        "chip+count",
        papers={"2402.10014": PAPER_RESPECTIVELY},
        others=("acme/Widget-72B",),
        not_providers={"nvidia"},
    ),
    # ============================================ lineage traps
    Case(
        "finetune_linked_to_base_paper",
        "med/Foo-7B-Med",
        **NONE,
        cards={
            "med/Foo-7B-Med": (
                "---\nbase_model: zhilab/Foo-7B\n---\n# Foo-7B-Med\n\n基于 Foo-7B 的医疗问答"
                "微调模型。基座模型详见 Foo 技术报告（arXiv:2403.20001）。\n"
            )
        },
        papers={"2403.20001": PAPER_BASE_ONLY},
        not_providers={"nvidia"},
    ),
    Case(
        "finetune_sentence_names_base_own_sft",
        "med/Foo-7B-Med",
        {"nvidia"},
        {"A800"},
        8,
        "chip+count",
        cards={
            "med/Foo-7B-Med": (
                "---\nbase_model: zhilab/Foo-7B\n---\n# Foo-7B-Med\n\n## 训练\n"
                "我们在 8 张 A800 上对 Foo-7B 进行全参数微调，得到本模型。\n"
            )
        },
    ),
    Case(
        "quantized_int4_cn_copy",
        "zhilab/Foo-7B-Chat-Int4",
        **NONE,
        cards={
            "zhilab/Foo-7B-Chat-Int4": (
                "# Foo-7B-Chat-Int4\n\n本仓库为 Foo-7B-Chat 的 Int4 量化版本。\n\n"
                "## 模型介绍\nFoo-7B-Chat 在 2048 张昇腾 910B 上训练完成。\n\n"
                "## 推理\n单张 RTX 4090 即可运行 Int4 模型。\n"
            )
        },
        not_providers={"huawei_ascend"},
    ),
    Case(
        "continued_pretrain_names_base",
        "med/Foo-7B-Law",
        {"huawei_ascend"},
        {"Ascend 910B"},
        128,
        "chip+count",
        cards={
            "med/Foo-7B-Law": (
                "---\nbase_model: zhilab/Foo-7B\n---\n# Foo-7B-Law\n\n在 Foo-7B 基础上，"
                "使用 128 张昇腾 910B 继续预训练 200B tokens 的法律语料。\n"
            )
        },
    ),
    Case(
        "distilled_student_teacher_hw",
        "acme/Widget-2B",
        {"google_tpu"},
        {"TPU v5e"},
        64,
        "chip+count",
        cards={
            "acme/Widget-2B": (
                "# Widget-2B\n\n## Training\nWidget-2B was distilled from Widget-70B,"
                " which was trained on 2048 TPU v5p chips. The student Widget-2B itself"
                " was trained on 64 TPU v5e chips.\n"
            )
        },
        others=("acme/Widget-70B",),
    ),
    Case(
        "instruct_card_base_separate_model",
        "acme/Widget-7B-Instruct",
        {"nvidia"},
        {"A100"},
        16,
        "chip+count",
        cards={
            "acme/Widget-7B-Instruct": (
                "---\nbase_model: acme/Widget-7B\n---\n# Widget-7B-Instruct\n\n"
                "## Training\nThe base model Widget-7B was pretrained on 1024 TPU v4"
                " chips; instruction tuning of this model was done on 16 A100 GPUs.\n"
            )
        },
        not_providers={"google_tpu"},
    ),
]


# Known gaps: cases a careful labeller reads this way that the rules do not yet.
KNOWN_GAPS = {
    "zh_mindspore_ckpt_framework_only": (
        "a framework named in prose ('训练基于 MindFormers 框架') still reads as "
        "implied code evidence"
    ),
    "zh_capability_train_without_domestic": (
        "a 'supports training and inference on' statement is recorded as "
        "training capability only, not as inference hardware"
    ),
    "paper_all_models_1024_tpu_v4_broken": (
        "paper lines shorter than 40 characters are not joined, so a count "
        "on the line before the chip is lost"
    ),
    "paper_whitespace_table_own_size_mixed_hw": (
        "whitespace-aligned tables in PDF text are not read as rows with columns"
    ),
    "paper_table_rows_by_size_only": (
        "rows named by size only (1.3B / 7B / 13B) are not matched to this model's size"
    ),
}


@pytest.mark.parametrize("case", probe_params(CASES, KNOWN_GAPS))
def test_probe(tmp_path: Path, case: Case) -> None:
    check_repo_case(tmp_path, case)
