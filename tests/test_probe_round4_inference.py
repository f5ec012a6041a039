# ruff: noqa: E501 (snippets keep the long lines real documents have)
"""Unseen model documents, fourth round: the inference field. Cards and
repositories written for these tests (quickstarts, serving commands, VRAM
tables, phones and boards, runtimes' execution providers, install notes,
unsupported hardware), judged by the dev labels' conventions.

The failures it found first led to fixes: ONNX Runtime execution providers,
Arm Cortex boards, "fits on" a GPU, "not supported on X" names no hardware
it runs on, install notes are no hardware, shell scripts that run the model.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from helpers import (
    ANY,
    CardCase,
    RepoCase,
    check_card_case,
    check_repo_case,
    probe_params,
)

T = dict(providers=ANY, chips=ANY, count=ANY, disclosure=ANY)
NO_TRAIN = dict(providers=set(), chips=ANY, count=ANY, disclosure=ANY)


def card(
    id: str, text: str, inference: set[str], model: str = "acme/widget-7b", **kw: Any
) -> CardCase:
    base = dict(T)
    base.update({k: kw.pop(k) for k in list(kw) if k in base})
    return CardCase(id=id, card=text, inference=inference, model=model, **base, **kw)


CARD_CASES = [
    card(
        "quickstart_to_cuda",
        """# widget-7b

widget-7b is a 7B instruction model.

## Quickstart

```python
from transformers import AutoModelForCausalLM, AutoTokenizer
tok = AutoTokenizer.from_pretrained("acme/widget-7b")
model = AutoModelForCausalLM.from_pretrained("acme/widget-7b", torch_dtype="bfloat16").to("cuda")
inputs = tok("Hello there", return_tensors="pt").to("cuda")
print(tok.decode(model.generate(**inputs, max_new_tokens=32)[0]))
```
""",
        {"nvidia"},
    ),
    card(
        "device_map_auto_names_no_vendor",
        """# widget-7b

## Usage

```python
from transformers import AutoModelForCausalLM, AutoTokenizer
model = AutoModelForCausalLM.from_pretrained("acme/widget-7b", device_map="auto", torch_dtype="auto")
tok = AutoTokenizer.from_pretrained("acme/widget-7b")
out = model.generate(**tok("Hi", return_tensors="pt").to(model.device), max_new_tokens=20)
```
""",
        set(),
    ),
    card(
        "mps_device_on_mac",
        """# widget-7b

## Running on a Mac

On Macs with Apple Silicon you can use the Metal backend of PyTorch:

```python
model = AutoModelForCausalLM.from_pretrained("acme/widget-7b").to("mps")
pipe = pipeline("text-generation", model=model, tokenizer=tok, device="mps")
```
""",
        {"apple"},
    ),
    card(
        "torch_npu_device_npu",
        """# widget-7b

## Inference on Ascend

```python
import torch
import torch_npu  # Ascend adapter for PyTorch
model = AutoModelForCausalLM.from_pretrained("acme/widget-7b", torch_dtype=torch.float16).to("npu:0")
inputs = tok("你好", return_tensors="pt").to("npu:0")
```
""",
        {"huawei_ascend"},
    ),
    card(
        "xpu_ipex_arc",
        """# widget-7b

## Intel GPU

With Intel Extension for PyTorch the model runs on Arc and Data Center GPU Max cards:

```python
import intel_extension_for_pytorch as ipex
model = model.to("xpu")
model = ipex.optimize(model, dtype=torch.bfloat16)
```
""",
        {"intel"},
    ),
    card(
        "vllm_serve_tp_h100",
        """# widget-7b

## Serving with vLLM

```bash
vllm serve acme/widget-7b --tensor-parallel-size 2 --max-model-len 32768
```

The command above was checked on two H100 80GB GPUs.
""",
        {"nvidia"},
    ),
    card(
        "sglang_h200_mi300x",
        """# widget-7b

## Deployment

SGLang supports widget-7b on both NVIDIA and AMD GPUs. We tested the launch below on 8x H200 and on 8x MI300X:

```bash
python -m sglang.launch_server --model acme/widget-7b --tp 8 --trust-remote-code
```
""",
        {"nvidia", "amd"},
    ),
    card(
        "tensorrt_llm_engine",
        """# widget-7b

## TensorRT-LLM

Convert the checkpoint and build an engine with TensorRT-LLM for the fastest serving:

```bash
python convert_checkpoint.py --model_dir ./widget-7b --output_dir ./ckpt --dtype float16
trtllm-build --checkpoint_dir ./ckpt --output_dir ./engine --gemm_plugin float16
```
""",
        {"nvidia"},
    ),
    card(
        "llama_cpp_metal_and_cuda_builds",
        """# widget-7b

## llama.cpp

Build llama.cpp for your machine. On Apple Silicon Macs Metal is enabled by default; on Linux with an NVIDIA card turn on CUDA:

```bash
cmake -B build -DGGML_CUDA=ON
cmake --build build --config Release
./build/bin/llama-cli -m widget-7b-Q4_K_M.gguf -p "Hello" -ngl 99
```
""",
        {"nvidia", "apple"},
    ),
    card(
        "ollama_only_no_hardware",
        """# widget-7b

## Local use

```bash
ollama pull acme/widget-7b
ollama run acme/widget-7b "Summarise this paragraph"
```

That is all you need to chat with the model locally.
""",
        set(),
    ),
    card(
        "mlx_lm_generate",
        """# widget-7b

## MLX

```bash
pip install -U mlx-lm
mlx_lm.generate --model acme/widget-7b --prompt "Write a haiku" --max-tokens 64
```
""",
        {"apple"},
    ),
    card(
        "lm_studio_mac",
        """# widget-7b

You can load widget-7b in LM Studio; on a MacBook with an M3 chip it answers at about 30 tokens per second.
""",
        {"apple"},
    ),
    card(
        "onnxruntime_cuda_provider",
        """# widget-7b (ONNX export)

```python
import onnxruntime as ort
sess = ort.InferenceSession("widget-7b.onnx", providers=["CUDAExecutionProvider", "CPUExecutionProvider"])
```
""",
        {"nvidia"},
    ),
    card(
        "openvino_intel_cpu_igpu",
        """# widget-7b

## OpenVINO

Export with `optimum-cli export openvino --model acme/widget-7b widget-ov` and run it with OpenVINO on Intel CPUs, integrated graphics or Arc discrete GPUs.
""",
        {"intel"},
    ),
    card(
        "coreml_neural_engine_iphone",
        """# widget-7b

## Core ML

We provide a Core ML package. It runs fully on-device on the Apple Neural Engine of an iPhone 15 Pro at 12 tokens per second.
""",
        {"apple"},
    ),
    card(
        "qnn_hexagon_snapdragon",
        """# widget-7b

## On-device

The model is compiled with the Qualcomm AI Engine Direct (QNN) SDK and executes on the Hexagon NPU of Snapdragon 8 Gen 3 phones.
""",
        {"qualcomm"},
    ),
    card(
        "executorch_galaxy_s24_snapdragon",
        """# widget-7b

## Mobile

Using ExecuTorch we measured 18 tokens/s decode on a Samsung Galaxy S24 Ultra (Snapdragon 8 Gen 3) with 4-bit weights.
""",
        {"qualcomm"},
    ),
    card(
        "mindie_atlas_800i_chinese",
        """# widget-7b

## 推理部署

我们推荐使用 MindIE 在昇腾 Atlas 800I A2 推理服务器上部署 widget-7b，单机 8 卡即可支持 32K 上下文。
""",
        {"huawei_ascend"},
    ),
    card(
        "neuron_inferentia2",
        """# widget-7b

## AWS Inferentia

Compile the model with optimum-neuron and deploy it on an inf2.24xlarge instance (AWS Inferentia2):

```python
from optimum.neuron import NeuronModelForCausalLM
model = NeuronModelForCausalLM.from_pretrained("acme/widget-7b", export=True, num_cores=2)
```
""",
        {"aws"},
    ),
    card(
        "hw_requirements_24gb_4090",
        """# widget-7b

## Hardware requirements

| precision | memory | example |
|---|---|---|
| BF16 | 24 GB VRAM | RTX 4090 |
| INT4 | 8 GB VRAM | RTX 3060 |
""",
        {"nvidia"},
    ),
    card(
        "throughput_table_h100_mi300x_gaudi2",
        """# widget-7b

## Throughput

Output tokens per second at batch size 64, measured by us:

| accelerator | tokens/s |
|---|---|
| H100 SXM | 9,800 |
| A100 80GB | 5,100 |
| MI300X | 10,400 |
| Gaudi2 | 6,200 |
""",
        {"nvidia", "amd", "intel"},
    ),
    card(
        "raspberry_pi_arm_cortex",
        """# widget-7b

The 4-bit build of widget-7b runs on a Raspberry Pi 5 (Arm Cortex-A76 CPU) at about 2 tokens per second.
""",
        {"other:arm"},
    ),
    card(
        "android_phone_no_chip",
        """# widget-7b

The model is small enough to run offline on most recent Android phones.
""",
        set(),
    ),
    card(
        "gguf_repack_compatible_hardware",
        """---
base_model: acme/widget-7b
base_model_relation: quantized
---
# widget-7b-GGUF

GGUF quantizations of acme/widget-7b.

| file | size | notes |
|---|---|---|
| Q4_K_M | 4.4 GB | fits on 8 GB GPUs such as the RTX 3070 |
| Q8_0 | 7.7 GB | good on Apple M2 / M3 Macs through Metal |

## Original model card

widget-7b was pretrained on 512 A100 GPUs.
""",
        {"nvidia", "apple"},
        model="acme/widget-7b-GGUF",
        providers=set(),
    ),
    card(
        "gpu_recommended_no_vendor",
        """# widget-7b

## Requirements

A GPU with at least 16 GB of memory is recommended for inference; CPU inference works but is slow.
""",
        set(),
    ),
    card(
        "training_only_hardware",
        """# widget-7b

## Training

widget-7b was trained from scratch on 256 H100 GPUs over 12 days.

## Usage

```python
model = AutoModelForCausalLM.from_pretrained("acme/widget-7b", device_map="auto")
```
""",
        set(),
        providers={"nvidia"},
    ),
    card(
        "citation_other_model_hardware",
        """# widget-7b

## Evaluation

widget-7b beats Foo-13B on MMLU. Foo-13B's authors reported 40 tokens/s on an A100 for their model.

## Citation

```bibtex
@article{bar2023,
  title={Fast Decoding of Large Language Models on TPU v4 Pods},
  author={Bar, A.},
  year={2023}
}
```
""",
        set(),
    ),
    card(
        "chinese_deploy_vram_a100",
        """# widget-7b

## 部署

widget-7b 在单张 A100 80G 上即可完成推理部署，BF16 精度下显存占用约 16GB。
""",
        {"nvidia"},
    ),
    card(
        "not_supported_on_amd_yet",
        """# widget-7b

## Inference

The custom attention kernel needs CUDA; run the model on NVIDIA GPUs. Inference is not supported on AMD GPUs yet.

```python
model = AutoModelForCausalLM.from_pretrained("acme/widget-7b").cuda()
```
""",
        {"nvidia"},
        not_providers={"amd"},
    ),
    card(
        "install_note_cuda_wheel_only",
        """# widget-7b

## Installation

```bash
pip install torch --index-url https://download.pytorch.org/whl/cu121  # CUDA 12.1 build
pip install transformers accelerate
```

## Usage

```python
model = AutoModelForCausalLM.from_pretrained("acme/widget-7b", device_map="auto")
```
""",
        set(),
    ),
    card(
        "awq_copy_tested_l40s",
        """---
base_model: acme/widget-7b
base_model_relation: quantized
---
# widget-7b-AWQ

4-bit AWQ version of widget-7b. Tested with vLLM on a single L40S.
""",
        {"nvidia"},
        model="acme/widget-7b-AWQ",
        providers=set(),
    ),
    card(
        "train_tpu_infer_a100",
        """# widget-7b

## Training

widget-7b was trained on TPU v5p chips with JAX.

## Inference

For inference we recommend a single A100 40GB in bfloat16.
""",
        {"nvidia"},
        providers={"google_tpu"},
    ),
    card(
        "finetune_requirement_only",
        """# widget-7b

## Fine-tuning

To fine-tune widget-7b with LoRA on your own data you need one A100 80GB GPU; full fine-tuning needs 8 of them.
""",
        set(),
        providers=set(),
    ),
    card(
        "cambricon_mlu_chinese_inference",
        """# widget-7b

## 国产硬件适配

widget-7b 已完成在寒武纪 MLU370-X8 上的推理适配，可通过 torch_mlu 直接运行。
""",
        {"cambricon"},
    ),
    card(
        "kunlun_p800_and_moore_threads_deploy",
        """# widget-7b

## 推理

- 昆仑芯 P800：支持使用 vLLM-Kunlun 部署推理。
- 摩尔线程 MTT S4000：支持通过 MUSA 版 PyTorch 推理。
""",
        {"baidu_kunlun", "moore_threads"},
    ),
]


# ------------------------------------------------------------------ repos

SHARED_EMBED_README = """# WidgetEmbed

Toolkit for the widget embedding and reranking models.

## Embedding models

| model | dim |
|---|---|
| widget-embed-base | 768 |
| widget-embed-large | 1024 |

```python
from widgetembed import EmbedModel
model = EmbedModel("acme/widget-embed-base")
emb = model.encode(["hello"])
```

By default EmbedModel encodes on every visible GPU; set `CUDA_VISIBLE_DEVICES` to pick the cards for widget-embed-base and widget-embed-large.

## Rerankers

| model | layers |
|---|---|
| widget-reranker-base | 12 |

```python
from widgetembed import Reranker
rr = Reranker("acme/widget-reranker-base")
scores = rr.compute_score([["query", "passage"]])
```
"""

REPO_CASES = [
    RepoCase(
        "shared_toolkit_gpu_note_for_embedders_not_reranker",
        "acme/widget-reranker-base",
        **T,
        inference=set(),
        cards={
            "acme/widget-reranker-base": "# widget-reranker-base\n\nA cross-encoder reranker. See the WidgetEmbed repository for usage.\n"
        },
        files={"acme/WidgetEmbed:README.md": SHARED_EMBED_README},
    ),
    RepoCase(
        "own_repo_deploy_vllm_nvidia_mindie_ascend",
        "acme/widget-7b",
        **T,
        inference={"nvidia", "huawei_ascend"},
        cards={
            "acme/widget-7b": "# widget-7b\n\nSee our GitHub repository for deployment.\n"
        },
        files={
            "acme/widget:README.md": (
                "# widget\n\n## Deployment\n\n- **NVIDIA GPUs**: serve widget-7b with vLLM (`vllm serve acme/widget-7b`).\n"
                "- **Ascend NPUs**: deploy with MindIE on Atlas 800I A2 servers; see docs/ascend.md.\n"
            )
        },
    ),
    RepoCase(
        "finetune_framework_hardware_support_list",
        "acme/widget-7b",
        **T,
        inference=set(),
        cards={"acme/widget-7b": "# widget-7b\n\nAn instruction model.\n"},
        files={
            "acme/widget:docs/finetune/TUNER.md": (
                "# Fine-tuning with TunerKit\n\nTunerKit is a lightweight fine-tuning framework.\n\n"
                "**Hardware support**: CPU, RTX series, T4/V100, A10/A100/H100, Ascend NPU, MPS.\n\n"
                "```bash\ntunerkit sft --model acme/widget-7b --dataset my_data.jsonl\n```\n"
            )
        },
    ),
    RepoCase(
        "gguf_copy_metal_plus_upstream_vllm_h100",
        "acme/widget-7b-GGUF",
        providers=set(),
        chips=ANY,
        count=ANY,
        disclosure=ANY,
        inference={"apple", "nvidia"},
        cards={
            "acme/widget-7b-GGUF": (
                "---\nbase_model: acme/widget-7b\n---\n# widget-7b-GGUF\n\nGGUF files for llama.cpp. "
                "On Apple Silicon Macs offload all layers to Metal with `-ngl 99`.\n"
            )
        },
        files={
            "acme/widget:README.md": (
                "# widget\n\n## Serving\n\nServe widget-7b with vLLM; the launch command below is meant for H100 GPUs.\n\n"
                "```bash\nvllm serve acme/widget-7b --tensor-parallel-size 1\n```\n"
            )
        },
    ),
    RepoCase(
        "own_engine_backends_list",
        "acme/widget-7b",
        **T,
        inference={"nvidia", "apple", "intel", "huawei_ascend"},
        cards={
            "acme/widget-7b": "# widget-7b\n\nRun it with widget.cpp, our C++ inference engine.\n"
        },
        files={
            "acme/widget.cpp:README.md": (
                "# widget.cpp\n\nPlain C/C++ inference for widget-7b.\n\n## Backends\n\n"
                "| backend | devices |\n|---|---|\n| CUDA | NVIDIA GPUs |\n| Metal | Apple Silicon |\n"
                "| SYCL | Intel GPUs |\n| CANN | Ascend NPU |\n| Vulkan | any GPU with Vulkan drivers |\n"
            )
        },
    ),
    RepoCase(
        "repo_inference_script_nvidia_smi",
        "acme/widget-7b",
        **T,
        inference={"nvidia"},
        cards={"acme/widget-7b": "# widget-7b\n\nA video captioning model.\n"},
        files={
            "acme/widget:scripts/run_caption.sh": (
                "#!/bin/bash\nGPU_ID=${1:-0}\nFREE=$(nvidia-smi --query-gpu=memory.free --format=csv,noheader,nounits -i $GPU_ID)\n"
                "CUDA_VISIBLE_DEVICES=$GPU_ID python tools/caption.py --model acme/widget-7b --videos data/*.mp4\n"
            )
        },
    ),
    RepoCase(
        "repo_enflame_gcu_doc_chinese",
        "acme/widget-7b",
        **T,
        inference={"other:enflame"},
        cards={"acme/widget-7b": "# widget-7b\n\nA chat model.\n"},
        files={
            "acme/widget:examples/gcu/README.md": (
                "# 在燧原 GCU 上运行 widget-7b\n\n燧原 S60 GCU 已支持 widget-7b 的 PyTorch 原生推理，安装 torch_gcu 后即可使用。\n"
            )
        },
    ),
    RepoCase(
        "repo_sibling_70b_requires_four_a100",
        "acme/widget-7b",
        **T,
        inference=set(),
        cards={
            "acme/widget-7b": "# widget-7b\n\nThe 7B member of the widget family.\n"
        },
        files={
            "acme/widget:README.md": (
                "# widget\n\n## Requirements\n\nwidget-70b needs at least 4 A100 80GB GPUs to run inference.\n"
            )
        },
        others=("acme/widget-70b",),
    ),
    RepoCase(
        "repo_dockerfile_cuda_serving",
        "acme/widget-7b",
        **T,
        inference={"nvidia"},
        cards={"acme/widget-7b": "# widget-7b\n\nA chat model with a serving image.\n"},
        files={
            "acme/widget:docker/Dockerfile.serve": (
                "FROM nvidia/cuda:12.1.0-runtime-ubuntu22.04\nRUN pip install vllm\n"
                'CMD ["vllm", "serve", "acme/widget-7b"]\n'
            )
        },
    ),
    RepoCase(
        "paper_latency_own_a10g_vs_cited_tpu",
        "acme/widget-7b",
        **T,
        inference={"nvidia"},
        cards={"acme/widget-7b": "# widget-7b\n\nSee the paper.\n"},
        papers={
            "2405.00002": (
                "Widget: Fast Small Models\n\n5 Efficiency\n\nWe measure the decoding latency of widget-7b on a single A10G GPU: 21 ms per token. "
                "Prior work (Smith et al., 2023) reported latency of their 8B model on TPU v4.\n\nReferences\n\n"
                "Smith, J. 2023. Serving transformers on TPU v4 pods. arXiv.\n"
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
