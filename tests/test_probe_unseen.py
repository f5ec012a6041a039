"""Unseen model documents, second round: cards, repository files and paper
snippets written for these tests in the phrasing real documents use.

The cases that failed first led to fixes: a card's own title names the model,
node and per-node counts, "(A100 × 2048)" is a count and no citation year,
family counts kept unless they name another size, bare Kunlun and IPU model
names need their vendor, the CO2 template's "Hours used", phones as inference
hardware. Expectations follow the labelling conventions of the dev labels.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import ANY, check_card_case, probe_params
from helpers import CardCase as Case

NONE = (set(), set(), None, "none")
CHIPISH = ("chip", "chip+count")

CASES: list[Case] = [
    # ============================================ ML CO2 impact template
    Case(
        "co2_filled_8x_h100_lambda",
        """## Environmental Impact

We estimated emissions with the impact calculator of Lacoste et al. (2019).

- **Hardware Type:** 8x NVIDIA H100 80GB SXM
- **Hours used:** 72
- **Cloud Provider:** Lambda Labs
- **Compute Region:** us-east-1
- **Carbon Emitted:** 41 kg CO2eq
""",
        {"nvidia"},
        {"H100"},
        8,
        "chip+count",
    ),
    Case(
        "co2_filled_a100_aws_no_count",
        """## Environmental Impact
- **Hardware Type:** A100 PCIe 40GB
- **Hours used:** 300
- **Cloud Provider:** AWS
- **Compute Region:** us-west-2
- **Carbon Emitted:** 32 kg CO2eq
""",
        {"nvidia"},
        {"A100"},
        None,
        "chip",
        not_providers={"aws"},
    ),
    Case(
        "co2_filled_tpu_v3_8_gcp",
        """## Environmental Impact
- **Hardware Type:** TPUv3-8
- **Hours used:** 48
- **Cloud Provider:** GCP
- **Compute Region:** europe-west4
- **Carbon Emitted:** 4.3 kg CO2eq
""",
        {"google_tpu"},
        {"TPU v3"},
        ANY,
        CHIPISH,
    ),
    Case(
        "co2_hardware_type_generic_gpu",
        """## Environmental Impact
- **Hardware Type:** GPU
- **Hours used:** 2
- **Cloud Provider:** Google Colab
- **Compute Region:** unknown
- **Carbon Emitted:** 0.1 kg
""",
        *NONE,
        not_providers={"google_tpu"},
    ),
    Case(
        "co2_single_line_rtx3090_local",
        """## Environmental Impact
Hardware Type: 1 x RTX 3090 | Hours used: 14 | Cloud Provider: none (local
workstation) | Compute Region: Germany | Carbon Emitted: 2.1 kg CO2eq
""",
        {"nvidia"},
        {"RTX 3090"},
        1,
        "chip+count",
    ),
    Case(
        "co2_apple_m2_max",
        """## Environmental Impact
- **Hardware Type:** Apple M2 Max (38-core GPU)
- **Hours used:** 6
- **Cloud Provider:** N/A
""",
        {"apple"},
        {"M2 Max"},
        ANY,
        CHIPISH,
    ),
    Case(
        "co2_unfilled_with_template_help",
        """## Environmental Impact

<!-- Put the emissions estimate and any energy notes here. -->

Emissions may be worked out with the [impact
calculator](https://mlco2.github.io/impact#compute) of
[Lacoste et al. (2019)](https://arxiv.org/abs/1910.09700).

- **Hardware Type:** {{ hardware_type | default("[More Information Needed]", true)}}
- **Hours used:** [More Information Needed]
- **Cloud Provider:** [More Information Needed]
- **Compute Region:** [More Information Needed]
- **Carbon Emitted:** [More Information Needed]

## Technical Specifications [optional]

### Compute Infrastructure

#### Hardware

[More Information Needed]

#### Software

[More Information Needed]
""",
        *NONE,
        inference=set(),
    ),
    # ============================== training hardware sections, many shapes
    Case(
        "bullets_8_x_a100",
        """## Training details
- Base: trained from scratch
- GPUs: 8 x A100 (80GB)
- Training time: 14 hours
- Precision: bf16
""",
        {"nvidia"},
        {"A100"},
        8,
        "chip+count",
    ),
    Case(
        "table_item_value_h100_sxm",
        """## Training details

| Item | Value |
|---|---|
| Hardware | 64 × H100 SXM |
| Epochs | 3 |
| Global batch | 512 |
""",
        {"nvidia"},
        {"H100"},
        64,
        "chip+count",
    ),
    Case(
        "prose_eight_a6000",
        """## Training
We trained the model on eight NVIDIA RTX A6000 GPUs for roughly two days.
""",
        {"nvidia"},
        {"RTX A6000"},
        8,
        "chip+count",
    ),
    Case(
        "prose_cluster_of_512",
        """## Training
Pre-training was done on a cluster of 512 A100 GPUs connected with
InfiniBand.
""",
        {"nvidia"},
        {"A100"},
        512,
        "chip+count",
    ),
    Case(
        "prose_2048_with_comma",
        """## Training
The model was pretrained on 2,048 NVIDIA H800 GPUs over 54 days.
""",
        {"nvidia"},
        {"H800"},
        2048,
        "chip+count",
    ),
    Case(
        "nodes_of_8_each",
        """## Compute
We used 16 nodes of 8 H100 GPUs each (128 GPUs in total) for pre-training.
""",
        {"nvidia"},
        {"H100"},
        128,
        "chip+count",
    ),
    Case(
        "compact_4xa100",
        """## Training
Full fine-tuning, 3 epochs, trained on 4xA100-80GB with DeepSpeed ZeRO-3.
""",
        {"nvidia"},
        {"A100"},
        4,
        "chip+count",
    ),
    Case(
        "took_3_weeks_256_tpu_v4",
        """## Training
Pre-training took about three weeks on 256 TPU v4 chips.
""",
        {"google_tpu"},
        {"TPU v4"},
        256,
        "chip+count",
    ),
    Case(
        "consumed_gpu_hours_h800",
        """## Training cost
The full training run consumed 1.2M GPU hours on H800.
""",
        {"nvidia"},
        {"H800"},
        None,
        "chip",
    ),
    Case(
        "we_used_64_nodes_gaudi2",
        """## Training
We used 64 nodes of Gaudi2 (8 HPUs per node) with Optimum Habana and
DeepSpeed.
""",
        {"intel"},
        {"Gaudi 2"},
        512,
        "chip+count",
    ),
    Case(
        "hardware_parenthetical_count",
        """## Compute Infrastructure
### Hardware
NVIDIA H100 SXM5 (x32), 4 nodes
### Software
PyTorch 2.3, Megatron-LM
""",
        {"nvidia"},
        {"H100"},
        32,
        "chip+count",
    ),
    Case(
        "tpu_v5e_pod_slice",
        """## Training
The model was trained with MaxText on a v5e-256 TPU pod slice.
""",
        {"google_tpu"},
        {"TPU v5e"},
        ANY,
        CHIPISH,
    ),
    Case(
        "gpu_cluster_256_h100_phrase",
        """## Training
The training run lasted 11 days on a 256-GPU H100 cluster.
""",
        {"nvidia"},
        {"H100"},
        256,
        "chip+count",
    ),
    Case(
        "compute_budget_tpu_v5e",
        """## Compute
Our compute budget was 2,048 TPU v5e chips for four weeks.
""",
        {"google_tpu"},
        {"TPU v5e"},
        2048,
        "chip+count",
    ),
    Case(
        "rented_runpod",
        """## Training hardware
We rented 8×H100 SXM from RunPod for the SFT stage (about 20 hours).
""",
        {"nvidia"},
        {"H100"},
        8,
        "chip+count",
    ),
    Case(
        "gaudi3_ibm_cloud",
        """## Training
We trained using 128 Intel Gaudi 3 accelerators on IBM Cloud.
""",
        {"intel"},
        {"Gaudi 3"},
        128,
        "chip+count",
    ),
    Case(
        "trainium2_instances",
        """## Training
Pre-training ran on AWS Trainium2 (16 trn2.48xlarge instances) with the
Neuron SDK and NxD Training.
""",
        {"aws"},
        ANY,
        ANY,
        CHIPISH,
    ),
    Case(
        "table_stage_mi300x",
        """## Training

| Stage | Hardware | Duration |
|---|---|---|
| Pre-training | 512 × AMD Instinct MI300X | 3 weeks |
| Annealing | 512 × AMD Instinct MI300X | 2 days |
""",
        {"amd"},
        {"MI300X"},
        512,
        "chip+count",
    ),
    Case(
        "single_rtx3060_finetune",
        """---
base_model: acme/widget-1b
---
## Training
- Hardware: 1× NVIDIA GeForce RTX 3060 12GB
- Method: LoRA (r=16)
""",
        {"nvidia"},
        {"RTX 3060"},
        1,
        "chip+count",
        model="someone/widget-1b-recipes",
    ),
    # ========================================== fine-tunes and quantizations
    Case(
        "gguf_own_quant_hardware",
        """---
base_model: acme/widget-7b-instruct
---
# Widget-7B-Instruct-GGUF

Quantized with llama.cpp release b3600. The importance matrix was computed on
an RTX 4090 from a calibration set of 200 chunks.

| File | Quant | Size |
|---|---|---|
| widget-7b-instruct-Q4_K_M.gguf | Q4_K_M | 4.4 GB |
""",
        *NONE,
        model="someone/Widget-7B-Instruct-GGUF",
    ),
    Case(
        "gptq_card_with_base_training",
        """---
base_model: acme/widget-7b
---
# Widget 7B - GPTQ

Quantised with AutoGPTQ on a single A100 80GB.

# Original model card: Widget 7B
Widget 7B was trained on 512 H100 GPUs for 14 days.
""",
        *NONE,
        model="someone/Widget-7B-GPTQ",
    ),
    Case(
        "awq_vllm_serving_requirements",
        """---
base_model: acme/widget-13b
---
# widget-13b-AWQ

## Serving with vLLM
```
vllm serve someone/widget-13b-AWQ --quantization awq --max-model-len 8192
```
Requires an NVIDIA GPU with compute capability 7.5 or newer (Turing or later).
""",
        *NONE,
        model="someone/widget-13b-AWQ",
        inference={"nvidia"},
    ),
    Case(
        "mlx_card_original_tpu",
        """---
base_model: acme/widget-8b-instruct
library_name: mlx
---
# mlx-community/widget-8b-instruct-4bit

Converted to MLX from acme/widget-8b-instruct with mlx-lm 0.20.

## About the original model
Widget 8B Instruct was trained on TPU v5p pods.
""",
        *NONE,
        model="mlx-community/widget-8b-instruct-4bit",
        inference={"apple"},
    ),
    Case(
        "gguf_rocm_radeon",
        """# widget-7b-GGUF
These files work with any llama.cpp build. We tested the ROCm build on a
Radeon RX 7900 XTX and the CUDA build on an RTX 3080; both offload all layers.
""",
        *NONE,
        model="someone/widget-7b-GGUF",
        inference={"amd", "nvidia"},
    ),
    Case(
        "finetune_2x_rtx4090",
        """---
base_model: acme/widget-7b
---
# widget-7b-medical
Fine-tuned for 2 epochs on 2x RTX 4090 with QLoRA.
""",
        {"nvidia"},
        {"RTX 4090"},
        2,
        "chip+count",
        model="someone/widget-7b-medical",
    ),
    Case(
        "finetune_one_ascend_910b",
        """---
base_model: acme/widget-7b
---
## Training
LoRA fine-tuning was done on one Ascend 910B NPU with MindSpeed-LLM.
""",
        {"huawei_ascend"},
        {"Ascend 910B"},
        1,
        "chip+count",
        model="someone/widget-7b-law",
    ),
    Case(
        "finetune_only_base_hardware",
        """---
base_model: acme/base-7b
---
# base-7b-dpo
This model is acme/base-7b further aligned with DPO on UltraFeedback. The
base model was pretrained on 2T tokens using 1024 TPU v4 chips.
""",
        *NONE,
        model="someone/base-7b-dpo",
    ),
    Case(
        "colab_a100_finetune",
        """---
base_model: acme/widget-3b
---
Fine-tuned in Google Colab Pro on an A100 GPU for 90 minutes.
""",
        {"nvidia"},
        {"A100"},
        ANY,
        CHIPISH,
        model="someone/widget-3b-tweets",
        not_providers={"google_tpu"},
    ),
    Case(
        "mergekit_cpu",
        """---
base_model:
- acme/widget-7b
- other/thing-7b
tags: [mergekit, merge]
---
# merged-7b
This is a merge of pre-trained language models created using mergekit, with
the SLERP method. The merge was done on CPU in about ten minutes.
""",
        *NONE,
        model="someone/merged-7b",
    ),
    Case(
        "unsloth_boilerplate",
        """---
base_model: unsloth/llama-3-8b-bnb-4bit
tags: [unsloth, trl, sft]
---
# Uploaded model
- **Developed by:** someone
- **Finetuned from model :** unsloth/llama-3-8b-bnb-4bit

This llama model was trained 2x faster with Unsloth and Huggingface's TRL
library.
""",
        *NONE,
        model="someone/llama3-8b-sft-v2",
    ),
    # ======================== local inference: Apple / CUDA / ROCm / Ascend
    Case(
        "mlx_speed_m2_ultra",
        """## Local use
With mlx-lm the model runs at about 45 tokens/s on an M2 Ultra Mac Studio.
""",
        *NONE,
        inference={"apple"},
    ),
    Case(
        "ollama_metal",
        """## Run locally
```
ollama run widget:7b
```
On Apple Silicon Macs Ollama uses Metal acceleration automatically.
""",
        *NONE,
        inference={"apple"},
    ),
    Case(
        "rocm_inference_mi250",
        """## Inference on AMD
Install the ROCm build of PyTorch. We tested inference on MI250 with
ROCm 6.0.
""",
        *NONE,
        inference={"amd"},
    ),
    Case(
        "ascend_inference_vllm_ascend",
        """## Deployment
For deployment on Ascend NPUs, use vllm-ascend; it was tested on Atlas 800I
A2 servers.
""",
        *NONE,
        inference={"huawei_ascend"},
    ),
    Case(
        "mps_device_code",
        """## Usage
```python
import torch
device = "mps" if torch.backends.mps.is_available() else "cpu"
model = AutoModel.from_pretrained("acme/widget-7b").to(device)
```
""",
        *NONE,
        inference={"apple"},
    ),
    # ===================================================== Chinese cards
    Case(
        "zh_h800_256_pretrain",
        """## 训练
模型在 256 张 H800 GPU 上预训练约 20 天。
""",
        {"nvidia"},
        {"H800"},
        256,
        "chip+count",
    ),
    Case(
        "zh_ascend_cluster_4096",
        """## 训练细节
我们使用昇腾 910B 集群（共 4096 卡）完成了全部预训练。
""",
        {"huawei_ascend"},
        {"Ascend 910B"},
        4096,
        "chip+count",
    ),
    Case(
        "zh_spec_atlas_800t",
        """## 训练配置
- 训练框架：MindSpore 2.3
- 训练硬件：Atlas 800T A2
- 训练数据：1.5T tokens
""",
        {"huawei_ascend"},
        {"Atlas 800T A2"},
        None,
        "chip",
    ),
    Case(
        "zh_cambricon_inference_only",
        """## 推理
本模型支持在寒武纪 MLU370-X8 加速卡上进行推理。
""",
        *NONE,
        inference={"cambricon"},
    ),
    Case(
        "zh_hygon_finetune",
        """## 训练
本模型在海光 DCU K100 上完成全参数微调。
""",
        {"hygon"},
        {"K100"},
        None,
        "chip",
    ),
    Case(
        "zh_moore_threads_kuae",
        """## 训练
本模型基于摩尔线程夸娥（KUAE）千卡智算集群训练，加速卡为 MTT S4000。
""",
        {"moore_threads"},
        {"MTT S4000"},
        ANY,
        CHIPISH,
    ),
    Case(
        "zh_iluvatar_inference",
        """## 部署
已适配天数智芯天垓 100 加速卡，可直接进行推理部署。
""",
        *NONE,
        inference={"iluvatar"},
    ),
    Case(
        "zh_kunlun_p800_3000",
        """## 训练
模型在昆仑芯 P800 集群上训练，共使用 3000 卡。
""",
        {"baidu_kunlun"},
        {"Kunlun P800"},
        3000,
        "chip+count",
    ),
    Case(
        "zh_metax_maca_inference",
        """## 推理部署
支持在沐曦曦云 C500 上推理部署（MACA 软件栈）。
""",
        *NONE,
        inference={"metax"},
    ),
    Case(
        "zh_domestic_only",
        """## 简介
本模型完全基于国产算力训练，训练数据量达 3T tokens。
""",
        *NONE,
    ),
    Case(
        "zh_domestic_with_ascend_named",
        """## 简介
本模型全部训练均在国产算力（昇腾 NPU）上完成。
""",
        {"huawei_ascend"},
        set(),
        None,
        "provider",
    ),
    Case(
        "mixed_zh_en_ascend_2048",
        """## Training 训练
The model was trained on 国产 NPU 集群 (Ascend 910B × 2048) for 40 days.
""",
        {"huawei_ascend"},
        {"Ascend 910B"},
        2048,
        "chip+count",
    ),
    Case(
        "zh_vllm_deploy_h20",
        """## 推理部署
推荐使用 vLLM 部署，建议配置 2 张 H20。
""",
        *NONE,
        inference={"nvidia"},
    ),
    Case(
        "zh_gpu_hours_h800",
        """## 训练成本
训练耗时约 20 万 GPU 时（H800）。
""",
        {"nvidia"},
        {"H800"},
        None,
        "chip",
    ),
    Case(
        "zh_thanks_cambricon",
        """## 致谢
感谢寒武纪、海光对本项目的大力支持。
""",
        *NONE,
    ),
    # ========================================================== lookalikes
    Case(
        "a40_train_a10_infer",
        """## Training
We trained on 4 A40 GPUs.
## Inference
A single A10 (24GB) is enough to serve the model.
""",
        {"nvidia"},
        {"A40"},
        4,
        "chip+count",
        inference={"nvidia"},
    ),
    Case(
        "ascend_verb_loss",
        """## Training
The validation loss began to ascend after epoch 3, so we kept the checkpoint
from epoch 2. Training used 8 V100 GPUs.
""",
        {"nvidia"},
        {"V100"},
        8,
        "chip+count",
        not_providers={"huawei_ascend"},
    ),
    Case(
        "ascend_trial_acronym",
        """# widget-cardio
A classifier for cardiology notes, validated on records from the ASCEND
trial and the ASPREE study. Trained on 2 A100 GPUs.
""",
        {"nvidia"},
        {"A100"},
        2,
        "chip+count",
        model="acme/widget-cardio",
        not_providers={"huawei_ascend"},
    ),
    Case(
        "hexagon_company_and_shape",
        """# widget-shapes
Detects polygons (triangle, square, pentagon, hexagon) in CAD drawings.
Developed with Hexagon's manufacturing intelligence division.
""",
        *NONE,
        model="acme/widget-shapes",
        not_providers={"qualcomm"},
    ),
    Case(
        "kunlun_tech_english",
        """# widget-chat
Developed by the Skywork team at Kunlun Tech. Trained on 1,024 H800 GPUs.
""",
        {"nvidia"},
        {"H800"},
        1024,
        "chip+count",
        model="acme/widget-chat",
        not_providers={"baidu_kunlun"},
    ),
    Case(
        "metal_music_genre",
        """# widget-genre
Audio classifier for ten genres: blues, classical, country, disco, hip-hop,
jazz, metal, pop, reggae and rock. Trained on one RTX 2080 Ti.
""",
        {"nvidia"},
        {"RTX 2080 Ti"},
        1,
        "chip+count",
        model="acme/widget-genre",
        not_providers={"apple"},
    ),
    Case(
        "tpu_thermoplastic",
        """# widget-polymer
Predicts tensile strength of TPU (thermoplastic polyurethane) and PLA blends
from formulation data. Trained on a laptop CPU in minutes.
""",
        *NONE,
        model="acme/widget-polymer",
        not_providers={"google_tpu"},
    ),
    Case(
        "musan_augmentation",
        """## Training
Audio was augmented with MUSAN noise and RIR reverberation. The model was
trained on 8 V100 GPUs for 60 epochs.
""",
        {"nvidia"},
        {"V100"},
        8,
        "chip+count",
        not_providers={"moore_threads"},
    ),
    Case(
        "maca_cell_atlas",
        """# widget-cell
A single-cell foundation model pretrained on the Mouse Aging Cell Atlas
(MACA) and Tabula Sapiens, using 16 A100 GPUs.
""",
        {"nvidia"},
        {"A100"},
        16,
        "chip+count",
        model="acme/widget-cell",
        not_providers={"metax"},
    ),
    Case(
        "amd_macular_degeneration",
        """# widget-retina
Detects AMD (age-related macular degeneration) from fundus photographs.
Trained on 2 V100 GPUs for 40 epochs.
""",
        {"nvidia"},
        {"V100"},
        2,
        "chip+count",
        model="acme/widget-retina",
        not_providers={"amd"},
    ),
    Case(
        "apple_fruit_disease",
        """# apple-leaf-disease
Classifies apple scab, black rot and cedar apple rust on apple leaves.
Trained on a single RTX 3080.
""",
        {"nvidia"},
        {"RTX 3080"},
        1,
        "chip+count",
        model="someone/apple-leaf-disease",
        not_providers={"apple"},
    ),
    Case(
        "realsense_r200_camera",
        """# widget-depth
Monocular depth model trained on indoor scenes captured with an Intel
RealSense R200 camera. Training used 4 RTX 3090 GPUs.
""",
        {"nvidia"},
        {"RTX 3090"},
        4,
        "chip+count",
        model="acme/widget-depth",
        not_providers={"baidu_kunlun"},
    ),
    Case(
        "alps_weather_model",
        """# widget-snow
Forecasts snowfall across the Alps from reanalysis data. The model was
trained on 16 A100 GPUs.
""",
        {"nvidia"},
        {"A100"},
        16,
        "chip+count",
        model="acme/widget-snow",
        not_providers=set(),
    ),
    Case(
        "polaris_benchmark",
        """## Evaluation
We report results on the Polaris molecular benchmark.
## Training
The model was trained on 8 H100 GPUs.
""",
        {"nvidia"},
        {"H100"},
        8,
        "chip+count",
    ),
    Case(
        "ipu_inpatient_unit",
        """# widget-clinical
Summarises nursing notes from the IPU (inpatient psychiatric unit) and the
ICU. Fine-tuned on 4 A100 GPUs.
""",
        {"nvidia"},
        {"A100"},
        4,
        "chip+count",
        model="acme/widget-clinical",
        not_providers={"other:graphcore"},
    ),
    Case(
        "grok_not_groq",
        """# widget-distill
Distilled from Grok outputs; trained on 8 H100 GPUs.
""",
        {"nvidia"},
        {"H100"},
        8,
        "chip+count",
        model="acme/widget-distill",
        not_providers={"other:groq"},
    ),
    Case(
        "other_model_benchmark_hardware",
        """## Comparison
Widget matches Llama-2-70B, which was trained on A100s with 1.7M GPU hours,
while using a fraction of the compute. Llama-3-70B used 24K H100s.
""",
        *NONE,
    ),
    Case(
        "author_affiliations_only",
        """## Authors
Jane Doe (NVIDIA), Rick Roe (Google DeepMind), Li Wei (Huawei), Ana Ruiz
(Intel Labs).
""",
        *NONE,
    ),
    # ================================ multi-provider and supercomputers
    Case(
        "tpu_pretrain_h100_post",
        """## Training
Pre-training used TPU v5p. Supervised fine-tuning and RLHF were run on H100
GPUs.
""",
        {"google_tpu", "nvidia"},
        {"TPU v5p", "H100"},
        ANY,
        ANY,
    ),
    Case(
        "frontier_supercomputer",
        """## Training
The model was trained on the Frontier supercomputer at OLCF using 1,024
MI250X GPUs.
""",
        {"amd"},
        {"MI250X"},
        ANY,
        CHIPISH,
    ),
    Case(
        "leonardo_nodes_of_four",
        """## Compute
Training was performed on the Leonardo supercomputer (CINECA) using 128
nodes, each with four A100 64GB GPUs.
""",
        {"nvidia"},
        {"A100"},
        512,
        "chip+count",
    ),
    Case(
        "juwels_booster",
        """## Training
The model was trained on the JUWELS Booster system at the Jülich
Supercomputing Centre.
""",
        {"nvidia"},
        {"A100"},
        None,
        "chip",
    ),
    Case(
        "summit_768_v100",
        """## Training
Training ran on the Summit supercomputer at ORNL: 128 nodes, 768 V100 GPUs.
""",
        {"nvidia"},
        {"V100"},
        768,
        "chip+count",
    ),
    Case(
        "fugaku_nodes",
        """## Training
The model was trained on the supercomputer Fugaku using 13,824 nodes.
""",
        {"other:fujitsu"},
        ANY,
        ANY,
        ANY,
    ),
    Case(
        "lumi_g_nodes",
        """## Training
Pre-training was done on LUMI-G with 256 nodes over 3 weeks.
""",
        {"amd"},
        {"MI250X"},
        ANY,
        CHIPISH,
    ),
    Case(
        "sambanova_rdu",
        """## Training
The model was trained on SambaNova SN40L RDUs.
""",
        {"other:sambanova"},
        ANY,
        ANY,
        ANY,
    ),
    Case(
        "groq_inference_only",
        """## Try it
The model is also served on Groq's LPU inference API at around 800 tokens/s.
""",
        *NONE,
        inference={"other:groq"},
    ),
    Case(
        "condor_galaxy",
        """## Training
Widget was trained on the Condor Galaxy 1 AI supercomputer built by
Cerebras and G42.
""",
        {"other:cerebras"},
        ANY,
        ANY,
        ANY,
    ),
    Case(
        "paper_mi250_card_pointer",
        """## Training
See our paper for training details.
""",
        {"amd"},
        {"MI250"},
        8,
        "chip+count",
        papers={
            "2402.00002": (
                "4 Experimental Setup\nAll models are trained with AdamW for "
                "100k steps on 8 AMD MI250 GPUs using PyTorch with ROCm.\n"
            )
        },
    ),
    # ========================================================= inference
    Case(
        "requires_24gb_gpu",
        """## Requirements
Requires a GPU with at least 24GB VRAM (for example RTX 3090, RTX 4090 or
A5000).
""",
        *NONE,
        inference={"nvidia"},
    ),
    Case(
        "vllm_8xh100_recommend",
        """## Serving
We recommend serving the model on 8x H100 80GB with vLLM:
```
vllm serve acme/widget-7b --tensor-parallel-size 8
```
""",
        *NONE,
        inference={"nvidia"},
    ),
    Case(
        "sglang_h200_comment",
        """## Deployment
```
python -m sglang.launch_server --model acme/widget-7b --tp 8  # tested on 8 x H200
```
""",
        *NONE,
        inference={"nvidia"},
    ),
    Case(
        "docker_cuda_deploy",
        """## Deployment with Docker
```dockerfile
FROM nvidia/cuda:12.1.0-runtime-ubuntu22.04
RUN pip install vllm
CMD ["vllm", "serve", "acme/widget-7b"]
```
""",
        *NONE,
        inference={"nvidia"},
    ),
    Case(
        "runs_on_cpu",
        """## Usage
The model is small enough to run on a laptop CPU; no GPU is required.
""",
        *NONE,
        inference=set(),
    ),
    Case(
        "latency_l40s",
        """## Performance
Latency measured on a single L40S: 35 ms per token at batch size 1.
""",
        *NONE,
        inference={"nvidia"},
    ),
    Case(
        "served_tpu_v5e_jetstream",
        """## Serving
The hosted endpoint runs on Cloud TPU v5e with JetStream.
""",
        *NONE,
        inference={"google_tpu"},
    ),
    Case(
        "min_hardware_inference",
        """## Hardware
Minimum hardware for bf16 inference: 2x A100 80GB.
""",
        *NONE,
        inference={"nvidia"},
    ),
    Case(
        "snapdragon_on_device",
        """## On-device
The int4 build runs on phones with Snapdragon 8 Gen 3 via the Qualcomm AI
Engine (Hexagon NPU) at 20 tokens/s.
""",
        *NONE,
        inference={"qualcomm"},
    ),
    # ===================================================== paper snippets
    Case(
        "paper_impl_details_v100",
        None,
        {"nvidia"},
        {"V100"},
        32,
        "chip+count",
        papers={
            "2301.00003": (
                "Implementation details. All models are trained for 300 epochs "
                "on 32 NVIDIA V100 GPUs with a total batch size of 1024.\n"
            )
        },
    ),
    Case(
        "paper_related_palm_tpu",
        None,
        {"nvidia"},
        {"A100"},
        64,
        "chip+count",
        papers={
            "2303.00004": (
                "2 Related Work\nPaLM was trained on 6144 TPU v4 chips [12], and "
                "Chinchilla on TPUv3/TPUv4 [14].\n\n3 Method\n3.4 Training\nWe "
                "train our model on 64 A100 GPUs for 10 days.\n"
            )
        },
        not_providers={"google_tpu"},
    ),
    Case(
        "paper_huawei_authors_v100",
        None,
        {"nvidia"},
        {"V100"},
        8,
        "chip+count",
        papers={
            "2204.00005": (
                "Widget: Efficient Sparse Transformers\nJane Doe, Li Wei\n"
                "Huawei Noah's Ark Lab\n\nAbstract\nWe propose Widget...\n\n"
                "4 Experiments\nAll experiments are conducted on 8 Tesla V100 "
                "GPUs.\n"
            )
        },
        not_providers={"huawei_ascend"},
    ),
    Case(
        "paper_latency_snapdragon_train_a100",
        None,
        {"nvidia"},
        {"A100"},
        8,
        "chip+count",
        papers={
            "2310.00006": (
                "5 Experiments\nTraining. We train for 200 epochs on 8 A100 GPUs.\n"
                "Latency. We measure latency on a Snapdragon 8 Gen 2 phone and on "
                "an iPhone 15 Pro.\n"
            )
        },
        inference={"qualcomm", "apple"},
    ),
    # ====================================================== repository files
    Case(
        "repo_readme_training_statement",
        "# widget\nA small code model. See GitHub for details.\n",
        {"nvidia"},
        {"H100"},
        64,
        "chip+count",
        files={
            "acme/widget:README.md": (
                "# Widget\n\n## Training\nWidget-7B was trained on 64 H100 GPUs "
                "for 5 days using our fork of Megatron-LM.\n"
            )
        },
    ),
    Case(
        "repo_deploy_dockerfile_only",
        "# widget\nA small code model.\n",
        *NONE,
        files={
            "acme/widget:deploy/Dockerfile": (
                "FROM nvidia/cuda:12.4.1-runtime-ubuntu22.04\n"
                "RUN pip install vllm\n"
                'CMD ["python", "-m", "vllm.entrypoints.openai.api_server", '
                '"--model", "acme/widget-7b"]\n'
            )
        },
        inference={"nvidia"},
    ),
    # ================================= card titles that differ from the id
    Case(
        "title_shorter_than_repo_id",
        """# widget-cardio
A classifier for cardiology discharge notes. Trained on 2 A100 GPUs.
""",
        {"nvidia"},
        {"A100"},
        2,
        "chip+count",
        model="acme/widget-cardio-v2",
    ),
    Case(
        "title_spaced_lora_name",
        """---
base_model: mistralai/Mistral-7B-v0.1
library_name: peft
---
# Mistral SQL LoRA
Fine-tuned on 2 A100 GPUs for text-to-SQL.
""",
        {"nvidia"},
        {"A100"},
        2,
        "chip+count",
        model="someone/Mistral-7B-sql-lora",
    ),
    Case(
        "title_this_model_finetuned",
        """---
base_model: Qwen/Qwen2.5-7B-Instruct
---
# Qwen2.5-7B Medical
This model was fine-tuned on 2 A100 GPUs using medical QA data.
""",
        {"nvidia"},
        {"A100"},
        2,
        "chip+count",
        model="someone/qwen2.5-7b-medical-v3",
    ),
    # ============================================== more count shapes
    Case(
        "paren_times_2048_yearlike",
        """## Training
The model was trained on a cluster (A100 × 2048) for 40 days.
""",
        {"nvidia"},
        {"A100"},
        2048,
        "chip+count",
    ),
    Case(
        "nodes_with_eight_each_word",
        """## Compute
We used 32 nodes with eight H100 GPUs each.
""",
        {"nvidia"},
        {"H100"},
        256,
        "chip+count",
    ),
]


@pytest.mark.parametrize("case", probe_params(CASES))
def test_probe(tmp_path: Path, case: Case) -> None:
    check_card_case(tmp_path, case)
