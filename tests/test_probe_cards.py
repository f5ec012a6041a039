"""Realistic, unseen model documents, judged by the labelling conventions.

Written as a probe of how the rules generalise beyond the shared corpus (the
cases that failed first led to fixes: hard-wrapped Markdown, longest-first
term alternatives, unit-first attribution, lead-in sentences of lists, node
counts, tighter look-alike terms). Every text here is written for these tests,
in the styles that model cards, reports and papers commonly use; none is
copied from a real card.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import ANY, check_card_case, probe_params
from helpers import CardCase as Case

NONE = (set(), set(), None, "none")

CASES: list[Case] = [
    # ---------------------------------------------------------------- Meta style
    Case(
        "llama3_style_carbon_table",
        """# Widget 3 8B

## Hardware and Software

**Training Factors** We relied on in-house training libraries, our own GPU
cluster and some production infrastructure for pretraining. Fine-tuning,
annotation and evaluation also ran on third-party cloud compute.

**Training Energy Use** Pretraining consumed a cumulative 7.7M GPU hours of
computation on hardware of type H100-80GB (TDP of 700W).

| | Training Time (GPU hours) | Power (W) | Location-Based Emissions (tCO2eq) |
|---|---|---|---|
| Widget 3 8B | 1.3M | 700 | 390 |
| Widget 3 70B | 6.4M | 700 | 1900 |
| Total | 7.7M | | 2290 |
""",
        {"nvidia"},
        {"H100"},
        None,
        "chip",
        model="acme/widget-3-8b",
    ),
    Case(
        "llama2_style_a100_rsc",
        """## Hardware and Software
**Training Factors** Custom training libraries and our research super cluster
were used for pretraining.

**Carbon Footprint** Pretraining took 3.1M GPU hours of computation on
A100-80GB hardware (TDP 350-400W). All emissions were offset by our
sustainability programme.

|Model|Time (GPU hours)|Power (W)|Carbon (tCO2eq)|
|---|---|---|---|
|Widget 2 7B|180000|400|31|
|Widget 2 13B|370000|400|62|
|Widget 2 70B|1700000|400|290|
""",
        {"nvidia"},
        {"A100"},
        None,
        "chip",
        model="acme/widget-2-13b",
    ),
    Case(
        "llama_larger_sibling_count",
        """## Training infrastructure
Widget 3.1 405B, our largest model, was trained on more than 16 thousand H100
GPUs. The 8B model described on this card used the same kind of hardware,
H100-80GB, for 1.5M GPU hours.
""",
        {"nvidia"},
        {"H100"},
        None,
        "chip",
        model="acme/widget-3.1-8b",
    ),
    # -------------------------------------------------------------- Google style
    Case(
        "gemma_style_tpu_v5p",
        """## Implementation Information

### Hardware

Widget was trained on the newest generation of Tensor Processing Unit
hardware (TPUv5p). Training large models takes a lot of compute, and TPUs are
built for the matrix operations that dominate machine learning. They offer:

* Performance: TPUs are much faster than CPUs for this work.
* Memory: lots of high-bandwidth memory for large batches.
* Scalability: TPU Pods give a path to very large models.

### Software

Training used JAX and ML Pathways.
""",
        {"google_tpu"},
        {"TPU v5p"},
        None,
        "chip",
        model="acme/widget-2b",
    ),
    Case(
        "gemma_style_sizes_split",
        """### Hardware
The 2B and 9B models were trained on TPUv5e; the 27B model used TPUv5p.
""",
        {"google_tpu"},
        {"TPU v5e"},
        None,
        "chip",
        model="acme/widget-9b",
    ),
    Case(
        "trc_acknowledged_tpus",
        """## Training
This model was trained with Cloud TPUs provided by Google's TPU Research Cloud
(TRC) programme. We trained for 300k steps at sequence length 1024.
""",
        {"google_tpu"},
        set(),
        None,
        "provider",
    ),
    # ------------------------------------------------------------- Mistral style
    Case(
        "mistral_style_nothing",
        """# Widget-7B-v0.3

Widget-7B-v0.3 is a 7B language model with an extended vocabulary of 32768
tokens and function calling support.

## Installation
pip install widget-inference

## Limitations
The model has no moderation mechanisms.
""",
        *NONE,
        inference=set(),
    ),
    # ----------------------------------------------------------- Microsoft style
    Case(
        "phi_style_spec_list",
        """## Training

### Model
* Architecture: dense decoder-only Transformer, 3.8B parameters
* Context length: 4K tokens
* GPUs: 512 H100-80G
* Training time: 10 days
* Training data: 3.3T tokens
* Dates: trained between February and April 2024
""",
        {"nvidia"},
        {"H100"},
        512,
        "chip+count",
    ),
    Case(
        "phi_style_tested_gpus",
        """## Training
* GPUs: 256 A100-80G
* Training time: 21 days

## Hardware
The model uses flash attention by default, which needs particular GPU
hardware. We have tested it on these GPU types:
* NVIDIA A100
* NVIDIA A6000
* NVIDIA H100
""",
        {"nvidia"},
        {"A100"},
        256,
        "chip+count",
        inference={"nvidia"},
    ),
    # ------------------------------------------------------ BLOOM / Falcon style
    Case(
        "bloom_style_nodes",
        """## Technical Specifications

**Compute infrastructure**: the Jean Zay public supercomputer, provided by
the French government.

* Hardware: 384 A100 80GB GPUs (48 nodes of 8 GPUs each, plus 4 spare nodes)
* CPU: AMD EPYC
* Software: Megatron-DeepSpeed, PyTorch
""",
        {"nvidia"},
        {"A100"},
        384,
        "chip+count",
    ),
    Case(
        "falcon_style_sagemaker",
        """## Training Details

### Training Procedure
Widget-40B was trained on AWS SageMaker, using 384 A100 40GB GPUs in P4d
instances.
""",
        {"nvidia"},
        {"A100"},
        384,
        "chip+count",
        model="acme/widget-40b",
        not_providers={"aws"},
    ),
    Case(
        "nodes_times_gpus",
        """## Training
Training ran on 32 nodes, each equipped with 8 H100 GPUs, for 12 days.
""",
        {"nvidia"},
        {"H100"},
        256,
        "chip+count",
    ),
    # --------------------------------------------------- Stable Diffusion style
    Case(
        "sd_style_environmental",
        """## Training
**Hardware:** 32 x 8 x A100 GPUs
**Optimizer:** AdamW
**Batch:** 2048

## Environmental Impact
- **Hardware Type:** A100 PCIe 40GB
- **Hours used:** 150000
- **Cloud Provider:** AWS
- **Compute Region:** US-east
- **Carbon Emitted:** 11250 kg CO2 eq.
""",
        {"nvidia"},
        {"A100"},
        256,
        "chip+count",
        not_providers={"aws"},
    ),
    Case(
        "sd_style_template_placeholders",
        """## Environmental Impact
- **Hardware Type:** [More Information Needed]
- **Hours used:** [More Information Needed]
- **Cloud Provider:** [More Information Needed]

## Technical Specifications
### Compute Infrastructure
[More Information Needed]
""",
        *NONE,
    ),
    # ------------------------------------------------------------ paper excerpts
    Case(
        "whisper_like_paper_no_vendor",
        None,
        set(),
        set(),
        None,
        "none",
        papers={
            "2212.00001": (
                "We train with data parallelism across accelerators using FP16 "
                "with dynamic loss scaling and activation checkpointing. Models "
                "were trained with AdamW and gradient norm clipping for 2^20 "
                "updates.\nOn a single A100 our large model transcribes an hour "
                "of audio in about a minute.\n"
            )
        },
        inference={"nvidia"},
    ),
    Case(
        "paper_tpu_v4_chips",
        None,
        {"google_tpu"},
        {"TPU v4"},
        1024,
        "chip+count",
        papers={
            "2305.00001": (
                "We pre-train the model with 1024 TPU v4 chips for three weeks "
                "using a data- and model-parallel sharding strategy.\n"
            )
        },
    ),
    Case(
        "paper_qnn_false_friend",
        None,
        {"nvidia"},
        {"V100"},
        8,
        "chip+count",
        papers={
            "2302.00001": (
                "We trained the QNN with 4-bit weights on 8 V100 GPUs, starting "
                "from the full-precision checkpoint.\n"
            )
        },
        not_providers={"qualcomm"},
    ),
    # ------------------------------------------------------------ Chinese cards
    Case(
        "zh_ascend_count",
        """## 训练细节
本模型在 2048 张昇腾 910B 上完成预训练，共计消耗约 1.2T tokens。
""",
        {"huawei_ascend"},
        {"Ascend 910B"},
        2048,
        "chip+count",
    ),
    Case(
        "zh_domestic_compute_and_inference",
        """## 简介
本模型基于国产算力平台完成训练，并支持在昇腾、沐曦等芯片上推理部署。
""",
        *NONE,
        inference={"huawei_ascend", "metax"},
    ),
    Case(
        "zh_a800_train_4090_infer",
        """## 模型介绍
我们使用 A800 集群训练了该模型。推理时单张 RTX 4090 即可运行。
""",
        {"nvidia"},
        {"A800"},
        None,
        "chip",
        inference={"nvidia"},
    ),
    Case(
        "zh_spec_h800",
        """## 训练配置
- 训练硬件：H800 × 1024
- 训练时长：约 30 天
- 框架：Megatron + DeepSpeed
""",
        {"nvidia"},
        {"H800"},
        1024,
        "chip+count",
    ),
    Case(
        "zh_domestic_deploy_list",
        """## 部署
本模型已适配昆仑芯 P800、寒武纪 MLU370 以及海光 DCU，可直接部署推理。
""",
        *NONE,
        inference={"baidu_kunlun", "cambricon", "hygon"},
    ),
    Case(
        "zh_metax_c500",
        """## 训练
本模型全流程基于沐曦 C500 训练完成，共使用 1024 卡。
""",
        {"metax"},
        {"C500"},
        1024,
        "chip+count",
    ),
    Case(
        "zh_cambricon_train",
        """## 训练
该模型在寒武纪 MLU370 集群上完成训练。
""",
        {"cambricon"},
        {"MLU370"},
        None,
        "chip",
    ),
    Case(
        "zh_user_recipe",
        """## 微调
如果您想自行微调本模型，建议使用 8 张 A100 (80G) 或以上配置。
""",
        *NONE,
    ),
    Case(
        "zh_requirements",
        """## 硬件要求
最低配置：单卡 24G 显存（如 RTX 3090 / RTX 4090）。
""",
        *NONE,
        inference={"nvidia"},
    ),
    Case(
        "zh_kunlun_tech_company",
        """## 简介
本模型由昆仑万维（Kunlun Inc.）研发。训练在 512 张 A800 上完成。
""",
        {"nvidia"},
        {"A800"},
        512,
        "chip+count",
        not_providers={"baidu_kunlun"},
    ),
    # ------------------------------------------------------- quantized repacks
    Case(
        "gguf_repack_repeats_original",
        """---
base_model: acme/widget-7b-instruct
quantized_by: someone
---
# Widget 7B Instruct - GGUF

GGUF quantizations of acme/widget-7b-instruct.

## Original model card
### Training
The model was trained on 256 H100 GPUs for 9 days.

## How to run
Use llama.cpp. It runs fine on Apple Silicon through Metal; offload layers to
an NVIDIA GPU with -ngl 35.
""",
        *NONE,
        model="someone/Widget-7B-Instruct-GGUF",
        inference={"apple", "nvidia"},
    ),
    Case(
        "awq_repack_without_suffix",
        """---
base_model: acme/widget-7b
base_model_relation: quantized
---
This is a 4-bit AWQ quantization of acme/widget-7b.

Original model card: Widget-7B was trained on 1,024 TPU v5e chips.
""",
        *NONE,
        model="someone/widget-7b-w4g128",
    ),
    Case(
        "mlx_conversion",
        """---
base_model: acme/widget-7b
---
# mlx-community/widget-7b-4bit
This model was converted to MLX format from acme/widget-7b using mlx-lm
version 0.19.

```bash
pip install mlx-lm
python -m mlx_lm.generate --model mlx-community/widget-7b-4bit --prompt "hi"
```
""",
        *NONE,
        model="mlx-community/widget-7b-4bit",
        inference={"apple"},
    ),
    # ------------------------------------------------------------ fine-tunes
    Case(
        "lora_single_4090",
        """---
base_model: meta-llama/Llama-3.1-8B
library_name: peft
---
# widget-lora
This LoRA adapter was trained on a single RTX 4090 for about 3 hours.
""",
        {"nvidia"},
        {"RTX 4090"},
        1,
        "chip+count",
        model="someone/widget-lora",
    ),
    Case(
        "qlora_colab_t4",
        """---
base_model: mistralai/Mistral-7B-v0.1
---
Fine-tuned with QLoRA in a free Google Colab notebook on a T4 GPU, 2 epochs.
""",
        {"nvidia"},
        {"T4"},
        ANY,
        ("chip", "chip+count"),
        model="someone/mistral-qlora-alpaca",
        not_providers={"google_tpu"},
    ),
    Case(
        "apple_silicon_finetune",
        """---
base_model: acme/widget-1b
---
## Training
I fine-tuned this model locally with mlx-lm LoRA on a MacBook Pro M3 Max
(64 GB unified memory) over one night.
""",
        {"apple"},
        {"M3 Max"},
        ANY,
        ("chip", "chip+count"),
        model="someone/widget-1b-poems",
    ),
    Case(
        "base_model_hardware_in_finetune_card",
        """---
base_model: acme/base-7b
---
## Training
### Hardware
The base model, acme/base-7b, was pre-trained on 1024 A100 GPUs. Our
instruction fine-tuning used a single RTX 3090.
""",
        {"nvidia"},
        {"RTX 3090"},
        1,
        "chip+count",
        model="someone/base-7b-chat",
    ),
    Case(
        "finetune_names_base_tpu",
        """---
base_model: acme/base-7b
---
A fine-tune of acme/base-7b, which was pre-trained on TPU v4 pods. We
fine-tuned it on 8 H100 GPUs for two epochs.
""",
        {"nvidia"},
        {"H100"},
        8,
        "chip+count",
        model="someone/base-7b-sql",
        not_providers={"google_tpu"},
    ),
    # --------------------------------------------------- generated cards
    Case(
        "axolotl_generated",
        """---
base_model: acme/widget-7b
tags: [axolotl, generated_from_trainer]
---
[<img src="https://example.org/badge.png" alt="Built with Axolotl"/>](https://example.org/axolotl)

## Training procedure

### Training hyperparameters
The following hyperparameters were used during training:
- learning_rate: 2e-05
- train_batch_size: 2
- eval_batch_size: 2
- seed: 42
- distributed_type: multi-GPU
- num_devices: 8
- gradient_accumulation_steps: 4
- total_train_batch_size: 64
- optimizer: Adam with betas=(0.9,0.999) and epsilon=1e-08
- lr_scheduler_type: cosine
- num_epochs: 3

### Framework versions
- Transformers 4.45.1
- Pytorch 2.3.1+cu121
- Datasets 2.21.0
- Tokenizers 0.20.0
""",
        *NONE,
        model="someone/widget-7b-axo",
    ),
    Case(
        "autotrain_usage",
        """---
tags: [autotrain, text-generation]
---
# Model Trained Using AutoTrain

This model was trained using AutoTrain.

# Usage
```python
from transformers import AutoModelForCausalLM, AutoTokenizer
tok = AutoTokenizer.from_pretrained("someone/autotrain-x")
model = AutoModelForCausalLM.from_pretrained("someone/autotrain-x", device_map="auto")
ids = tok("hello", return_tensors="pt").input_ids.to("cuda")
print(tok.decode(model.generate(ids)[0]))
```
""",
        *NONE,
        model="someone/autotrain-x",
    ),
    # ---------------------------------------------------- embeddings/rerankers
    Case(
        "embedding_usage_code",
        """# widget-embed-base
## Usage
```python
from sentence_transformers import SentenceTransformer
model = SentenceTransformer("acme/widget-embed-base", device="cuda")
emb = model.encode(["query: what is a widget?"])
```
## Reranker
```python
reranker = AutoModelForSequenceClassification.from_pretrained("acme/widget-rerank")
reranker.cuda()
```
""",
        *NONE,
        model="acme/widget-embed-base",
    ),
    Case(
        "embedding_training_details",
        """## Training Details
We trained with contrastive loss, a batch size of 32k and in-batch negatives
on 64 A100 GPUs for 3 days.
""",
        {"nvidia"},
        {"A100"},
        64,
        "chip+count",
        model="acme/widget-embed-base",
    ),
    # -------------------------------------------- citations / thanks / compares
    Case(
        "bibtex_titles",
        """## Citation
```bibtex
@inproceedings{doe2023pods,
  title={Scaling Language Models on TPU v4 Pods},
  author={Doe, Jane and Roe, Rick},
  booktitle={Proceedings of MLSys},
  year={2023}
}
@article{roe2022gpus,
  title={Efficient Training on H100 GPU Clusters},
  journal={arXiv preprint arXiv:2201.00001},
  year={2022}
}
```
""",
        *NONE,
    ),
    Case(
        "thanks_compute_used_to_train",
        """## Acknowledgements
We thank Lambda for providing the H100 cluster we used to train this model.
""",
        {"nvidia"},
        {"H100"},
        None,
        "chip",
    ),
    Case(
        "thanks_vague_vendor",
        """## Acknowledgements
We thank NVIDIA and AMD for their continued support of open research.
""",
        *NONE,
    ),
    Case(
        "speed_comparison",
        """## Performance
Thanks to the sparse attention kernels, generation is 2× faster than on an
A100 with the dense baseline.
""",
        *NONE,
        inference=ANY,  # a comparison: inference or neither are both defensible
    ),
    Case(
        "tokens_per_second_generates",
        """## Speed
On a single H100 the model generates about 120 tokens per second.
""",
        *NONE,
        inference={"nvidia"},
    ),
    Case(
        "requirements_table",
        """## Hardware requirements
| Precision | VRAM | Recommended GPU |
|---|---|---|
| fp16 | 16 GB | RTX 4090 / A10 |
| int4 | 6 GB | RTX 3060 |
""",
        *NONE,
        inference={"nvidia"},
    ),
    Case(
        "speed_benchmark_three_vendors",
        """## Throughput
| Hardware | Tokens/s |
|---|---|
| H100 | 3000 |
| MI300X | 3100 |
| Gaudi 2 | 1500 |
""",
        *NONE,
        inference={"nvidia", "amd", "intel"},
    ),
    Case(
        "user_recipe_command_assumes",
        """## Fine-tuning
You can fine-tune this model on 4 A100s with the script below. The command
assumes 8 V100 GPUs; lower the batch size otherwise.
""",
        *NONE,
    ),
    Case(
        "gpu_hours_not_count",
        """## Training
Training took 184,320 GPU hours on H100 accelerators.
""",
        {"nvidia"},
        {"H100"},
        None,
        "chip",
    ),
    Case(
        "gpus_without_vendor",
        """## Training
Training took 21 days on 2048 GPUs with 3D parallelism.
""",
        *NONE,
    ),
    # ----------------------------------------------------------- mixed vendors
    Case(
        "mixed_tpu_pretrain_a100_finetune",
        """## Training
Widget was pre-trained on TPU v4 pods and then instruction-tuned on 32 A100
GPUs.
""",
        {"google_tpu", "nvidia"},
        {"TPU v4", "A100"},
        ANY,
        ANY,
    ),
    Case(
        "amd_mi250x_lumi",
        """## Training
Widget was trained on the LUMI supercomputer using 512 AMD MI250X GPUs.
""",
        {"amd"},
        {"MI250X"},
        512,
        "chip+count",
    ),
    Case(
        "amd_mi300x",
        """## Training Infrastructure
The model was trained entirely on AMD Instinct MI300X accelerators (1024
GPUs) with ROCm 6.1.
""",
        {"amd"},
        {"MI300X"},
        1024,
        "chip+count",
    ),
    Case(
        "intel_gaudi2",
        """## Training
The model was fine-tuned on 8 Intel Gaudi2 accelerators using optimum-habana.
""",
        {"intel"},
        {"Gaudi 2"},
        8,
        "chip+count",
    ),
    Case(
        "aws_trainium",
        """## Training
Pre-training was carried out on 64 trn1.32xlarge instances (AWS Trainium)
with the Neuron SDK.
""",
        {"aws"},
        ANY,
        ANY,
        ("chip", "chip+count"),
    ),
    Case(
        "cerebras_cs2",
        """## Training
The model was trained on the Andromeda cluster of 16 Cerebras CS-2 systems.
""",
        {"other:cerebras"},
        {"CS-2"},
        16,
        "chip+count",
    ),
    Case(
        "graphcore_ipu",
        """## Training
We pre-trained the model on 64 Graphcore Mk2 IPUs.
""",
        {"other:graphcore"},
        {"Mk2 IPU"},
        64,
        "chip+count",
    ),
    Case(
        "google_cloud_h100",
        """## Training
We trained on Google Cloud A3 instances with 8 H100 GPUs each.
""",
        {"nvidia"},
        {"H100"},
        ANY,
        ("chip", "chip+count"),
        not_providers={"google_tpu"},
    ),
    # --------------------------------------------------------------- lookalikes
    Case(
        "h2o_studio",
        """# h2o-widget-1.8b
This model was trained with H2O LLM Studio on a single node of 8 H100 GPUs.
""",
        {"nvidia"},
        {"H100"},
        8,
        "chip+count",
        model="h2oai/h2o-widget-1.8b",
    ),
    Case(
        "a10_vs_a100",
        """## Training
Training used 8 × A100 80GB.

## Inference
Inference was tested on an A10G with 24 GB.
""",
        {"nvidia"},
        {"A100"},
        8,
        "chip+count",
        inference={"nvidia"},
    ),
    Case(
        "ascend_model_name",
        """# Ascend 7B
Ascend 7B is a chat model built to help users ascend the learning curve.
Ascend 7B was trained on 128 H100 GPUs.
""",
        {"nvidia"},
        {"H100"},
        128,
        "chip+count",
        model="acme/ascend-7b",
        not_providers={"huawei_ascend"},
    ),
    Case(
        "gaudi_model_name",
        """# Gaudi-Chat
Named after the architect Antoni Gaudi, Gaudi-Chat was trained on 8 A100
GPUs.
""",
        {"nvidia"},
        {"A100"},
        8,
        "chip+count",
        model="acme/gaudi-chat",
        not_providers={"intel"},
    ),
    Case(
        "max_tokens_not_intel",
        """## Training
During training, sequences were truncated to max 1500 tokens; we trained on
8 A100 GPUs.
""",
        {"nvidia"},
        {"A100"},
        8,
        "chip+count",
        not_providers={"intel"},
    ),
    Case(
        "xeon_host_cpu",
        """## Training
The model was trained on 16 A100 GPUs hosted in dual Intel Xeon servers.
""",
        {"nvidia"},
        {"A100"},
        16,
        "chip+count",
        not_providers={"intel"},
    ),
    Case(
        "trillium_gpu_cluster",
        """## Training
We trained the model on the Trillium GPU cluster at SciNet, using 64 H100
GPUs.
""",
        {"nvidia"},
        {"H100"},
        64,
        "chip+count",
        not_providers={"google_tpu"},
    ),
    Case(
        "gcu_university_affiliation",
        """## Training
Developed at Glasgow Caledonian University (GCU). We trained on 4 RTX A6000
GPUs.
""",
        {"nvidia"},
        {"RTX A6000"},
        4,
        "chip+count",
        not_providers={"other:enflame"},
    ),
    # ---------------------------------------------------------- repository code
    Case(
        "implied_by_training_script",
        "# widget\nA small language model.\n",
        {"nvidia"},
        set(),
        None,
        "implied",
        files={
            "acme/widget:scripts/train.sh": (
                "export NCCL_DEBUG=INFO\ntorchrun --nproc_per_node 8 train.py --bf16\n"
            )
        },
    ),
    Case(
        "demo_script_only",
        "# widget\nA small language model.\n",
        *NONE,
        files={
            "acme/widget:demo.py": (
                "model = load('acme/widget-7b').cuda()\nprint(model.chat('hi'))\n"
            )
        },
        inference={"nvidia"},
    ),
]


@pytest.mark.parametrize("case", probe_params(CASES))
def test_probe(tmp_path: Path, case: Case) -> None:
    check_card_case(tmp_path, case)
