# ruff: noqa: E501 (snippets keep the long lines real documents have)
"""Unseen model documents, third round (English): cards of many kinds,
repository files and paper snippets, written for these tests in the phrasing
real documents use, and judged by the labelling conventions of the dev labels.

The failures it found first led to fixes: L4 and T4 after the vendor's name,
Intel Arc chips, "of an M1", exl2 copies as packaging, SFT/DPO statements,
"to run the SFT", chips per server or instance, a card title that is the
model's name is no recipe heading, relative clauses about a teacher model,
clauses that name a base model but report this model's training, stage lists
in a training section, plans and comparisons. Cases still failing are known
gaps, marked as such (README, Limitations).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import ANY, check_card_case, probe_params
from helpers import CardCase as Case

NONE = (set(), set(), None, "none")
CHIPISH = ("chip", "chip+count")

CASES: list[Case] = [
    # ======================================= speech / ASR / TTS cards
    Case(
        "asr_whisper_ft_training_hardware_bullets",
        """---
base_model: openai/whisper-small
language:
- sw
tags:
- automatic-speech-recognition
---
# whisper-small-swahili

This model is a fine-tuned version of openai/whisper-small on the Common
Voice 16 Swahili split. It reaches a WER of 24.1 on the evaluation set.

## Training procedure

### Training hyperparameters
- learning_rate: 1e-05
- train_batch_size: 32
- num_epochs: 5
- mixed_precision_training: Native AMP

### Training hardware
- 1x NVIDIA RTX A6000 (48 GB)
- about 7 hours wall clock
""",
        {"nvidia"},
        {"RTX A6000"},
        1,
        "chip+count",
        model="someone/whisper-small-swahili",
    ),
    Case(
        "tts_compute_infra_two_nodes_each_eight",
        """# VoxWidget TTS

A 300M-parameter multi-speaker text-to-speech model.

## Technical Specifications

### Compute Infrastructure

#### Hardware
2 nodes, each with 8× NVIDIA H100 80GB (NVLink), InfiniBand between nodes.

#### Software
PyTorch 2.3, Lightning 2.2
""",
        {"nvidia"},
        {"H100"},
        16,
        "chip+count",
        model="acme/voxwidget-tts",
    ),
    Case(
        "asr_colab_t4_transcribe_inference",
        """# widget-asr-base

## Quick start
You can transcribe your own recordings in Google Colab on the free T4 GPU:

```python
asr = pipeline("automatic-speech-recognition", model="acme/widget-asr-base", device="cuda:0")
```
""",
        *NONE,
        inference={"nvidia"},
        model="acme/widget-asr-base",
        not_providers={"google_tpu"},
    ),
    Case(
        "tts_tested_on_m1_macbook",
        """# tiny-widget-tts

Tested on an M1 MacBook Air (8 GB): synthesis runs at roughly 3x real time on
the CPU, no GPU required.
""",
        *NONE,
        inference={"apple"},
        model="someone/tiny-widget-tts",
    ),
    Case(
        "nemo_dgx_a100_nodes_with_gpu_total",
        """# Widget Conformer-CTC Large

## Training
The model was trained with NeMo on 4 DGX A100 nodes (32 GPUs) for 150k steps
using the AdamW optimizer and a Noam schedule.
""",
        {"nvidia"},
        {"A100"},
        32,
        "chip+count",
        model="acme/widget-conformer-ctc-large",
    ),
    Case(
        "asr_ascend_dataset_name_v100",
        """---
base_model: openai/whisper-base
---
# whisper-base-codeswitch

Fine-tuned on the ASCEND corpus (a spontaneous Chinese-English
code-switching dataset) for 20 epochs on one V100 32GB.
""",
        {"nvidia"},
        {"V100"},
        1,
        "chip+count",
        model="someone/whisper-base-codeswitch",
        not_providers={"huawei_ascend"},
    ),
    # ======================================= diffusion / image cards
    Case(
        "sdxl_lora_kohya_own_4070ti",
        """---
base_model: stabilityai/stable-diffusion-xl-base-1.0
tags:
- lora
- text-to-image
instance_prompt: ppx style
---
# Pixel Pals XL LoRA

Trained with kohya_ss on my RTX 4070 Ti (12 GB): 3,000 steps, roughly two
hours.

## Trigger word
Use `ppx style` in your prompt.
""",
        {"nvidia"},
        {"RTX 4070 Ti"},
        ANY,
        CHIPISH,
        model="someone/pixel-pals-xl-lora",
    ),
    Case(
        "dreambooth_sd15_base_hardware_only",
        """---
base_model: runwayml/stable-diffusion-v1-5
---
# anime-widget-diffusion

A DreamBooth fine-tune of Stable Diffusion v1.5 on 40 anime screenshots.
Stable Diffusion v1.5 itself was trained on 256 A100 GPUs hosted on AWS.

## Usage
```python
pipe = StableDiffusionPipeline.from_pretrained("someone/anime-widget-diffusion").to("cuda")
```
""",
        *NONE,
        inference={"nvidia"},
        model="someone/anime-widget-diffusion",
        not_providers={"aws"},
    ),
    Case(
        "diffusion_latency_table_three_devices",
        """# Widget Turbo 1024

## Speed
| Device | Resolution | Steps | Latency |
|---|---|---|---|
| H100 SXM | 1024x1024 | 4 | 0.38 s |
| RTX 4090 | 1024x1024 | 4 | 0.91 s |
| Apple M3 Max (MPS) | 1024x1024 | 4 | 4.6 s |
""",
        *NONE,
        inference={"nvidia", "apple"},
        model="acme/widget-turbo-1024",
    ),
    Case(
        "space_demo_runs_on_a10g",
        """# Widget Image Captioner

Try it in the demo Space (it runs on an A10G small instance).

Training details are not disclosed.
""",
        *NONE,
        inference={"nvidia"},
        model="acme/widget-captioner",
    ),
    # ======================================= time-series / tables of cost
    Case(
        "timeseries_gpu_hours_table_own_row",
        """# Widgetcast Base

Widgetcast is a family of pretrained time-series forecasting models.

## Training cost
| Model | Parameters | Training time (A100 GPU hours) |
|---|---|---|
| widgetcast-tiny | 8M | 60 |
| widgetcast-small | 46M | 190 |
| widgetcast-base | 200M | 740 |
| widgetcast-large | 710M | 2,300 |
""",
        {"nvidia"},
        {"A100"},
        None,
        "chip",
        model="acme/widgetcast-base",
    ),
    Case(
        "size_table_different_chips_per_row",
        """# Widget 1.3B

## Hardware
| Model | Hardware | Days |
|---|---|---|
| Widget-350M | 8× V100 32GB | 4 |
| Widget-1.3B | 32× A100 80GB | 6 |
| Widget-6.7B | 128× A100 80GB | 12 |
""",
        {"nvidia"},
        {"A100"},
        32,
        "chip+count",
        model="acme/widget-1.3b",
    ),
    Case(
        "size_table_tpu_small_gpu_giant",
        """# Widget ViT Small

## Training compute
| Checkpoint | Accelerator | Steps |
|---|---|---|
| widget-vit-small | TPU v3-8 | 300k |
| widget-vit-giant | 256× H100 | 500k |
""",
        {"google_tpu"},
        {"TPU v3"},
        ANY,
        CHIPISH,
        model="acme/widget-vit-small",
        not_providers={"nvidia"},
    ),
    Case(
        "timeseries_trained_on_m1_cpu",
        """# widget-tsmixer-electricity

A small TSMixer model for hourly electricity load forecasting. Training took
five minutes on the CPU of an M1 MacBook Pro.
""",
        {"apple"},
        {"M1"},
        ANY,
        CHIPISH,
        model="someone/widget-tsmixer-electricity",
    ),
    Case(
        "geospatial_h3_hexagon_cells",
        """# widget-traffic-h3

Forecasts traffic volume per H3 hexagon (resolution 8) one hour ahead. The
graph model was trained on 4 A100 GPUs for 12 hours.
""",
        {"nvidia"},
        {"A100"},
        4,
        "chip+count",
        model="acme/widget-traffic-h3",
        not_providers={"qualcomm"},
    ),
    # ======================================= code / LLM pretraining shapes
    Case(
        "code_model_v4_256_pod_without_tpu_word",
        """# WidgetCoder 3B

## Training
WidgetCoder was trained for three weeks on a v4-256 pod slice on Google Cloud,
using JAX and a 4k context.
""",
        {"google_tpu"},
        {"TPU v4"},
        ANY,
        CHIPISH,
        model="acme/widgetcoder-3b",
    ),
    Case(
        "gaudi2_servers_with_eight_hpus",
        """## Training
Fine-tuning ran on 8 Intel Gaudi2 servers with 8 HPUs each, using Optimum
Habana and DeepSpeed ZeRO-3.
""",
        {"intel"},
        {"Gaudi 2"},
        64,
        "chip+count",
    ),
    Case(
        "mi325x_single_node_post_training",
        """## Post-training
SFT and DPO were run on a single node of 8x AMD Instinct MI325X with ROCm 6.3.
""",
        {"amd"},
        {"MI325X"},
        8,
        "chip+count",
    ),
    Case(
        "lumi_nodes_four_mi250x_each_gcd",
        """## Training
Pretraining used 64 LUMI-G nodes, each with 4 AMD MI250X GPUs (every MI250X
exposes two GCDs to the software).
""",
        {"amd"},
        {"MI250X"},
        256,
        "chip+count",
    ),
    Case(
        "trainium_instances_sixteen_chips_each",
        """## Training
Continued pretraining ran on AWS Trainium: 4 × trn1.32xlarge instances (16
Trainium chips each) with NeuronX Distributed.
""",
        {"aws"},
        ANY,
        64,
        "chip+count",
    ),
    Case(
        "cerebras_cs3_systems",
        """## Training
Widget was pretrained on a cluster of 4 Cerebras CS-3 systems in weight
streaming mode.
""",
        {"other:cerebras"},
        {"CS-3"},
        4,
        "chip+count",
    ),
    Case(
        "mixed_mi250x_pretrain_h100_dpo",
        """## Training
- Pretraining: 256 MI250X GPUs on LUMI.
- Preference tuning (DPO): 8x H100 on a rented node.
""",
        {"amd", "nvidia"},
        {"MI250X", "H100"},
        ANY,
        ANY,
    ),
    Case(
        "lambda_cluster_b200",
        """## Training
Trained on a Lambda 1-Click Cluster with 16 NVIDIA B200 GPUs for 4 days.
""",
        {"nvidia"},
        {"B200"},
        16,
        "chip+count",
    ),
    Case(
        "tpu_v6e_trillium_slices",
        """## Training
Pretrained with MaxText on Cloud TPU v6e (Trillium) slices.
""",
        {"google_tpu"},
        {"TPU v6e"},
        None,
        "chip",
    ),
    Case(
        "alps_gh200_nodes_of_four",
        """## Training
The model was trained on the Alps supercomputer at CSCS using 512 nodes, each
with four NVIDIA GH200 Grace Hopper Superchips.
""",
        {"nvidia"},
        {"GH200"},
        2048,
        "chip+count",
    ),
    Case(
        "hf_template_hardware_h200_nodes",
        """## Technical Specifications

### Compute Infrastructure

#### Hardware

64x H200 (8 nodes)

#### Software

Megatron-LM
""",
        {"nvidia"},
        {"H200"},
        64,
        "chip+count",
    ),
    Case(
        "template_hardware_unfilled_but_procedure_states",
        """## Training Details

### Training Procedure
We trained with full-parameter SFT on 4x A100 80GB for 3 epochs.

## Technical Specifications [optional]

### Compute Infrastructure

#### Hardware

[More Information Needed]

#### Software

[More Information Needed]
""",
        {"nvidia"},
        {"A100"},
        4,
        "chip+count",
    ),
    Case(
        "dgx_h100_systems_no_per_node",
        """## Training
Trained on 16 DGX H100 systems over 11 days.
""",
        {"nvidia"},
        {"H100"},
        ANY,
        CHIPISH,
    ),
    Case(
        "per_device_batch_across_8_a6000",
        """## Training
We used a per-device batch size of 16 across 8 RTX A6000 GPUs (global batch
128) and trained for 3 epochs.
""",
        {"nvidia"},
        {"RTX A6000"},
        8,
        "chip+count",
    ),
    # ======================================= embeddings (ST template)
    Case(
        "st_template_4090_with_amd_host_cpu",
        """---
library_name: sentence-transformers
base_model: BAAI/bge-small-en-v1.5
pipeline_tag: sentence-similarity
---
# bge-small-legal

This is a sentence-transformers model fine-tuned from BAAI/bge-small-en-v1.5.

## Training Details

### Training Hardware
- **On Cloud**: No
- **GPU Model**: 1 x NVIDIA GeForce RTX 4090
- **CPU Model**: AMD Ryzen 9 7950X 16-Core Processor
- **RAM Size**: 62.70 GB

### Framework Versions
- Python: 3.11.9
- Sentence Transformers: 3.0.1
""",
        {"nvidia"},
        {"RTX 4090"},
        1,
        "chip+count",
        model="someone/bge-small-legal",
        not_providers={"amd"},
    ),
    Case(
        "st_template_colab_t4_intel_xeon",
        """---
library_name: sentence-transformers
base_model: sentence-transformers/all-MiniLM-L6-v2
---
# minilm-faq-retriever

## Training Details

### Training Hardware
- **On Cloud**: Yes
- **GPU Model**: 1 x Tesla T4
- **CPU Model**: Intel(R) Xeon(R) CPU @ 2.20GHz
- **RAM Size**: 12.67 GB
""",
        {"nvidia"},
        {"T4"},
        1,
        "chip+count",
        model="someone/minilm-faq-retriever",
        not_providers={"intel"},
    ),
    # ======================================= adapters, MLX, consumer hw
    Case(
        "mlx_named_adapter_actually_trained_m2_ultra",
        """---
base_model: mlx-community/widget-7b-4bit
library_name: mlx
---
# widget-7b-mlx-sql-lora

A LoRA adapter I trained myself for text-to-SQL. Fine-tuned with
`mlx_lm.lora` on a Mac Studio (M2 Ultra, 192 GB): 1,000 iterations, batch
size 4.
""",
        {"apple"},
        {"M2 Ultra"},
        ANY,
        CHIPISH,
        model="someone/widget-7b-mlx-sql-lora",
    ),
    Case(
        "peft_card_single_l4_gcp",
        """---
base_model: acme/widget-7b
library_name: peft
---
# widget-7b-support-qlora

## Training Details

### Training Procedure
QLoRA (4-bit NF4), r=16, alpha=32, 2 epochs.

#### Hardware
1× NVIDIA L4 (24 GB) on Google Cloud

### Framework versions
- PEFT 0.11.1
""",
        {"nvidia"},
        {"L4"},
        1,
        "chip+count",
        model="someone/widget-7b-support-qlora",
        not_providers={"google_tpu"},
    ),
    Case(
        "runpod_one_mi300x_sft",
        """---
base_model: acme/widget-7b
---
# widget-7b-roleplay

I rented one MI300X on RunPod for about six hours to run the SFT.
""",
        {"amd"},
        {"MI300X"},
        1,
        "chip+count",
        model="someone/widget-7b-roleplay",
    ),
    Case(
        "intel_arc_xpu_finetune",
        """---
base_model: acme/widget-1b
---
# widget-1b-haiku

Fine-tuned on my Intel Arc A770 (16 GB) with IPEX-LLM on the XPU backend.
""",
        {"intel"},
        ANY,
        ANY,
        CHIPISH,
        model="someone/widget-1b-haiku",
    ),
    # ======================================= quantized / converted copies
    Case(
        "openvino_int4_copy_repeats_original",
        """---
base_model: acme/widget-7b
base_model_relation: quantized
---
# Widget-7B INT4 (OpenVINO)

This is acme/widget-7b converted to the OpenVINO IR format with INT4 weight
compression through NNCF.

## Original model description
Widget-7B was pretrained on 512 TPU v5e chips.

## Running
Runs on Intel CPUs and on integrated or discrete Intel GPUs with
optimum-intel.
""",
        *NONE,
        inference={"intel"},
        model="acme/widget-7b-int4-ov",
        not_providers={"google_tpu"},
    ),
    Case(
        "exl2_copy_repeats_original_no_front_matter",
        """# Widget 7B exl2 4.0bpw

ExLlamaV2 quantization of acme/widget-7b at 4.0 bits per weight.

## Original card
The model was trained on 128 H100 GPUs for 10 days.
""",
        *NONE,
        model="someone/widget-7b-exl2-4.0bpw",
    ),
    # ======================================= distillation / synthetic data
    Case(
        "distill_teacher_vs_student_hardware",
        """# Widget Mini

Widget-Mini is distilled from Widget-70B (which was trained on 4,096 H100s).
Distillation of the student ran on 64 A100 80GB GPUs for 5 days.
""",
        {"nvidia"},
        {"A100"},
        64,
        "chip+count",
        model="acme/widget-mini",
    ),
    Case(
        "synthetic_data_on_h100_student_on_mi300x",
        """# Widget 1B

Synthetic training data was generated with Widget-70B served on 8 H100s via
vLLM. The 1B student itself was trained on 8 MI300X GPUs.
""",
        {"amd"},
        {"MI300X"},
        8,
        "chip+count",
        model="acme/widget-1b",
    ),
    Case(
        "data_filtering_gpus_training_tpu",
        """## Training
Data filtering ran a quality classifier on 32 A100 GPUs; the model itself was
trained on 256 TPU v5p chips.
""",
        {"google_tpu"},
        {"TPU v5p"},
        256,
        "chip+count",
    ),
    Case(
        "evaluation_on_tpu_training_unsaid",
        """## Evaluation
All benchmarks were run on a TPU v4-8 with greedy decoding.
""",
        *NONE,
    ),
    # ======================================= names that look like hardware
    Case(
        "blackwell_named_model_trained_on_amd",
        """# Blackwell-7B

Named after the statistician David Blackwell. Trained on 64 AMD Instinct
MI300X GPUs.
""",
        {"amd"},
        {"MI300X"},
        64,
        "chip+count",
        model="acme/blackwell-7b",
        not_providers={"nvidia"},
    ),
    Case(
        "hopper_named_tts_no_hardware",
        """# Hopper TTS

Named in honour of Grace Hopper. A 120M-parameter text-to-speech model for
English.
""",
        *NONE,
        model="acme/hopper-tts",
        not_providers={"nvidia"},
    ),
    Case(
        "volta_named_segmenter_on_3090s",
        """# Volta-Seg

Volta-Seg is a semantic segmentation model for power-line inspection images.
It was trained on 2 RTX 3090 GPUs.
""",
        {"nvidia"},
        {"RTX 3090"},
        2,
        "chip+count",
        model="acme/volta-seg",
    ),
    # ======================================= negation / future tense
    Case(
        "no_gpus_used_laptop_cpu",
        """# widget-churn-tabular

No GPUs were used: the model was trained on a laptop CPU in 15 minutes.
""",
        *NONE,
        model="someone/widget-churn-tabular",
        not_providers={"nvidia"},
    ),
    Case(
        "trained_without_tpus_on_3090s",
        """## Training
Unlike the original BERT, which was pre-trained on TPUs, we trained without
TPUs, using 4 RTX 3090 GPUs over 10 days.
""",
        {"nvidia"},
        {"RTX 3090"},
        4,
        "chip+count",
        not_providers={"google_tpu"},
    ),
    Case(
        "future_plan_tpu_v5p_only",
        """## Roadmap
We plan to train a 70B version on TPU v5p later this year.

## Training
Details of the training setup will be published in a forthcoming report.
""",
        *NONE,
        not_providers={"google_tpu"},
    ),
    Case(
        "future_port_to_gaudi3_current_h100",
        """## Training
This checkpoint was trained on 32 H100 GPUs. Next, we intend to port the
training stack to Intel Gaudi 3.
""",
        {"nvidia"},
        {"H100"},
        32,
        "chip+count",
        not_providers={"intel"},
    ),
    Case(
        "roadmap_checkbox_mi300x",
        """## TODO
- [x] Release the 1B checkpoint
- [ ] Train a larger model on an MI300X cluster
- [ ] Add GGUF files
""",
        *NONE,
        not_providers={"amd"},
    ),
    # ======================================= thanks / sponsors / citations
    Case(
        "thanks_amd_workstation_for_benchmarks",
        """## Acknowledgements
We thank AMD for lending us an MI210 workstation, which we used for the
latency benchmarks.
""",
        set(),
        set(),
        None,
        "none",
    ),
    Case(
        "paper_reference_titles_name_chips",
        None,
        *NONE,
        papers={
            "2406.00002": (
                "4 Experiments\nAll models were trained on a single GPU server in "
                "our lab.\n\nReferences\n[14] A. Kim and B. Lee. Efficient "
                "transformer training on Cloud TPU v4 pods. In MLSys, 2023.\n"
                "[15] C. Zhou. Scaling diffusion models on AMD Instinct MI250X "
                "accelerators. arXiv preprint, 2024.\n"
            )
        },
        not_providers={"google_tpu", "amd"},
    ),
    Case(
        "paper_ack_google_cloud_credits",
        None,
        *NONE,
        papers={
            "2406.00003": (
                "5 Implementation\nExperiments were run on our university "
                "cluster.\n\nAcknowledgements\nThis work was supported by "
                "Google Cloud research credits.\n"
            )
        },
        not_providers={"google_tpu"},
    ),
    # ======================================= papers
    Case(
        "paper_tpu_v3_cores_all_models",
        None,
        {"google_tpu"},
        {"TPU v3"},
        ANY,
        CHIPISH,
        papers={
            "2406.00004": (
                "4.1 Setup\nAll models are trained on Cloud TPU v3 hardware with "
                "128 cores, using a batch size of 4096 and a cosine schedule.\n"
            )
        },
    ),
    Case(
        "paper_tpu_core_days",
        None,
        {"google_tpu"},
        {"TPU v3"},
        None,
        "chip",
        papers={
            "2406.00005": (
                "Table 3 reports compute. Pre-training our model takes "
                "about 0.23k TPUv3-core-days, far less than the baselines.\n"
            )
        },
    ),
    Case(
        "paper_train_a100_deploy_jetson",
        None,
        {"nvidia"},
        {"A100"},
        4,
        "chip+count",
        inference={"nvidia"},
        papers={
            "2406.00006": (
                "5 Implementation Details\nWe train the detector on 4 A100 GPUs "
                "for 300 epochs and deploy it on an NVIDIA Jetson Orin Nano, "
                "where it runs at 32 FPS.\n"
            )
        },
    ),
    Case(
        "paper_appendix_compute_table_split_rows",
        None,
        {"amd"},
        {"MI250X"},
        128,
        "chip+count",
        papers={
            "2406.00007": (
                "B Compute\nTable 9: Pre-training compute.\n\n"
                "| Item | Value |\n|---|---|\n| Accelerator | AMD MI250X |\n"
                "| Number of accelerators | 128 |\n| Wall-clock time | 9 days |\n"
            )
        },
    ),
    # ======================================= inference-only vendors
    Case(
        "qualcomm_cloud_ai100_serving",
        """## Deployment
The model can be served on Qualcomm Cloud AI 100 accelerators with the
Efficient Transformers library.
""",
        *NONE,
        inference={"qualcomm"},
    ),
    Case(
        "directml_amd_intel_inference",
        """## Windows
The ONNX export runs on AMD Radeon and Intel Arc GPUs through DirectML.
""",
        *NONE,
        inference={"amd", "intel"},
    ),
    Case(
        "nvidia_nim_microservice",
        """## Deployment
Widget is also available as an NVIDIA NIM microservice for enterprise
deployment.
""",
        *NONE,
        inference={"nvidia"},
    ),
    # ======================================= repository files
    Case(
        "requirements_jaxtyping_tritonclient_h2o",
        """# Widget

See the repository for installation.
""",
        *NONE,
        files={
            "acme/widget:requirements.txt": (
                "torch>=2.1\njaxtyping\ntritonclient[grpc]\nh2o-wave\neinops\n"
            )
        },
        not_providers={"google_tpu"},
    ),
]


# Known gaps: cases a careful labeller reads this way that the rules do not yet.
KNOWN_GAPS = {
    "trained_without_tpus_on_3090s": (
        "a negated comparison ('unlike X, which ... on TPUs, we trained "
        "without TPUs') sets the whole sentence aside"
    ),
    "paper_appendix_compute_table_split_rows": (
        "the count sits in another row of the table ('Number of accelerators | 128')"
    ),
}


@pytest.mark.parametrize("case", probe_params(CASES, KNOWN_GAPS))
def test_probe(tmp_path: Path, case: Case) -> None:
    check_card_case(tmp_path, case)
