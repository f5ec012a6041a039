# ruff: noqa: E501 (snippets keep the long lines real documents have)
"""Unseen model documents, fourth round: whole repositories linked to a model
(toolkits shared by many models, the release's own training code, model zoo
tables, papers about an earlier version, sibling cards), written for these
tests and judged by the dev labels' conventions.

The failures it found first led to fixes: CI and test files are not
training code, LoRA and fine-tune scripts are recipes by name, NCCL names
in a ROCm launcher name no NVIDIA hardware, "It was pretrained on ..." after
a sentence naming a sibling is the sibling's.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import ANY, check_repo_case, probe_params
from helpers import RepoCase as Case

from chipaudit.signals.catalog import TRACKED_PROVIDERS

NONE = dict(providers=set(), chips=set(), count=None, disclosure="none")
ALL_VENDORS = set(TRACKED_PROVIDERS)

# ============================================================ shared pieces

CITATION = """## Citation

If you find this work useful, please cite:

```bibtex
@misc{{{key},
  title  = {{{title}}},
  author = {{The {org} team}},
  year   = {{2024}},
}}
```
"""

LICENSE_NOTE = """## License

Code is released under the Apache 2.0 license. Model weights follow the
license stated on each Hugging Face model page.
"""

# ------------------------------------------------ embedding toolkit (shared)

EMBED_README = (
    """# LumenEmbed

LumenEmbed is an open toolkit for training, evaluating and serving text
embedding and reranking models. It powers the lumen-embed family and is
used by many community embedders.

## News

- **2024-11-02** LumenEmbed 0.6: new Ascend NPU backend (`device="npu"`) and
  experimental Intel XPU support.
- **2024-08-19** We release lumen-embed-base-v2 and lumen-embed-small-v2 on
  the Hugging Face Hub.
- **2024-05-30** Fine-tuning throughput improved by 1.8x on H100 thanks to
  packed sequences.
- **2024-02-11** ROCm wheels are now published for every release.

## Installation

```bash
pip install lumenembed
# or, from source
git clone https://github.com/lumenlab/LumenEmbed && cd LumenEmbed && pip install -e .
```

For GPU acceleration install a CUDA build of PyTorch first. Installing
`faiss-gpu` is optional but makes retrieval evaluation much faster.

## Quickstart

```python
from lumenembed import LumenModel

model = LumenModel("lumenlab/lumen-embed-base-v2", device="cuda")
vectors = model.encode(["What is a lighthouse?", "A tower with a light."])
```

By default the encoder splits large batches across every visible GPU. Set
`CUDA_VISIBLE_DEVICES` to choose which GPUs are used.

## Supported hardware

| Backend | Device string | Status |
|---|---|---|
| NVIDIA CUDA | `cuda` | stable |
| AMD ROCm | `cuda` | beta |
| Ascend NPU | `npu` | beta |
| Apple MPS | `mps` | stable |
| Intel XPU | `xpu` | experimental |

## Model zoo

| Model | Dim | Max length | MTEB avg |
|---|---|---|---|
| lumen-embed-small-v2 | 384 | 512 | 61.9 |
| lumen-embed-base-v2 | 768 | 8192 | 64.2 |
| lumen-embed-large-v2 | 1024 | 8192 | 65.8 |
| lumen-rerank-base | - | 1024 | - |

## Fine-tuning on your own data

You can fine-tune any model of the zoo on your own pairs:

```bash
torchrun --nproc_per_node 8 -m lumenembed.finetune \\
    --model lumenlab/lumen-embed-base-v2 --data my_pairs.jsonl --bf16
```

We recommend at least one 24GB GPU; `--bf16` needs an Ampere or newer card.
See [docs/finetune.md](docs/finetune.md) for hard-negative mining.

## Benchmarks

Encoding speed measured on a single H100 80GB, batch size 256, fp16:

| Model | sentences / s |
|---|---|
| lumen-embed-small-v2 | 31,000 |
| lumen-embed-base-v2 | 12,400 |

"""
    + LICENSE_NOTE
    + CITATION.format(key="lumenembed", title="LumenEmbed", org="Lumen")
)

EMBED_FILES = {
    "lumenlab/LumenEmbed:README.md": EMBED_README,
    "lumenlab/LumenEmbed:requirements.txt": (
        "torch>=2.1\ntransformers>=4.40\nsentencepiece\nfaiss-gpu-cu12; platform_system=='Linux'\n"
        "datasets\naccelerate\n"
    ),
    "lumenlab/LumenEmbed:Dockerfile": (
        "FROM nvidia/cuda:12.4.1-cudnn-devel-ubuntu22.04\n"
        "RUN apt-get update && apt-get install -y python3-pip git\n"
        "COPY . /opt/lumenembed\nRUN pip install -e /opt/lumenembed[gpu]\n"
        'ENTRYPOINT ["lumenembed-serve", "--device", "cuda"]\n'
    ),
    "lumenlab/LumenEmbed:setup.py": (
        "from setuptools import setup, find_packages\n\nsetup(\n"
        "    name='lumenembed',\n    version='0.6.0',\n    packages=find_packages(),\n"
        "    install_requires=['torch>=2.1', 'transformers>=4.40'],\n"
        "    extras_require={'gpu': ['faiss-gpu-cu12'], 'npu': ['torch_npu'],"
        " 'xpu': ['intel-extension-for-pytorch']},\n)\n"
    ),
    "lumenlab/LumenEmbed:configs/finetune_base.yaml": (
        "model: lumenlab/lumen-embed-base-v2\ndevice: cuda\nbf16: true\nnum_gpus: 8\n"
        "per_device_batch_size: 64\nlearning_rate: 1.0e-5\ntemperature: 0.02\n"
    ),
    "lumenlab/LumenEmbed:examples/finetune_lora.sh": (
        "#!/bin/bash\n# Example: LoRA fine-tuning of a zoo model on your own pairs.\n"
        "export CUDA_VISIBLE_DEVICES=0,1,2,3\n"
        "torchrun --nproc_per_node 4 -m lumenembed.finetune --lora \\\n"
        "  --model lumenlab/lumen-embed-small-v2 --data examples/toy_pairs.jsonl\n"
    ),
    "lumenlab/LumenEmbed:docs/hardware.md": (
        "# Hardware notes\n\nLumenEmbed runs wherever PyTorch runs. Fine-tuning has been"
        " tested by the community on a single RTX 3090 (LoRA), on 8x A100 80GB (full"
        " fine-tuning) and on Ascend 910B NPUs through torch_npu. On Apple Silicon use"
        ' `device="mps"` for encoding.\n'
    ),
    "lumenlab/LumenEmbed:CHANGELOG.md": (
        "# Changelog\n\n## 0.6.0\n- Ascend NPU backend (`device='npu'`).\n"
        "- Intel XPU backend (experimental).\n\n## 0.5.0\n- ROCm wheels for MI200/MI300.\n"
        "- TPU fine-tuning via torch_xla (beta).\n\n## 0.4.0\n- Packed sequences; faster"
        " on H100.\n"
    ),
    "lumenlab/LumenEmbed:.github/workflows/ci.yml": (
        "name: ci\non: [push, pull_request]\njobs:\n  cpu-tests:\n    runs-on: ubuntu-latest\n"
        "    steps:\n      - uses: actions/checkout@v4\n      - run: pip install -e . && pytest\n"
        "  gpu-tests:\n    runs-on: [self-hosted, linux, a100]\n    steps:\n"
        "      - uses: actions/checkout@v4\n      - run: pytest tests/gpu\n"
    ),
}

EMBED_CARD_BASE = """---
license: apache-2.0
library_name: lumenembed
pipeline_tag: sentence-similarity
---

# lumen-embed-base-v2

A general-purpose English text embedding model (768 dimensions, 8192 tokens)
from the [LumenEmbed](https://github.com/lumenlab/LumenEmbed) project.
It was pretrained with weakly supervised contrastive learning on 900M text
pairs and then fine-tuned on labelled retrieval data with mined hard
negatives.

## Usage

```python
from lumenembed import LumenModel
model = LumenModel("lumenlab/lumen-embed-base-v2")
emb = model.encode(["hello world"])
```

## Evaluation

MTEB average 64.2 (56 tasks).
"""

EMBED_CARD_SMALL = (
    EMBED_CARD_BASE.replace("base-v2", "small-v2")
    .replace("768 dimensions, 8192 tokens", "384 dimensions, 512 tokens")
    .replace("64.2", "61.9")
)

EMBED_CARD_LARGE_STATED = EMBED_CARD_BASE.replace("base-v2", "large-v2").replace(
    "## Usage",
    "## Training hardware\n\nlumen-embed-large-v2 was trained on 16 A100 80GB GPUs"
    " for 5 days.\n\n## Usage",
)

# own training code of the embedding release (named like the model)
EMBED_TRAIN_FILES = {
    "lumenlab/lumen-embed-v2-train:README.md": (
        "# lumen-embed-v2-train\n\nThis repository holds the exact code we used to"
        " pretrain and fine-tune the lumen-embed-v2 models (small, base, large).\n\n"
        "## Layout\n\n- `train.py`: contrastive trainer\n- `scripts/pretrain.sh`: stage 1"
        " launcher\n- `scripts/finetune.sh`: stage 2 launcher\n- `configs/`: one config per"
        " size\n\n## Reproducing\n\n```bash\nbash scripts/pretrain.sh configs/base.yaml\n"
        "```\n\nThe data mixture is described in `docs/data.md`.\n"
    ),
    "lumenlab/lumen-embed-v2-train:train.py": (
        "import datetime\nimport os\n\nimport torch\nimport torch.distributed as dist\n\n\n"
        "def main():\n    dist.init_process_group(backend='nccl', timeout=datetime.timedelta(hours=2))\n"
        "    local_rank = int(os.environ['LOCAL_RANK'])\n    torch.cuda.set_device(local_rank)\n"
        "    model = build_model().cuda()\n    train(model)\n"
    ),
    "lumenlab/lumen-embed-v2-train:scripts/pretrain.sh": (
        "#!/bin/bash\nexport NCCL_IB_DISABLE=0\nexport NCCL_DEBUG=WARN\n"
        "torchrun --nnodes $NNODES --nproc-per-node 8 --rdzv-endpoint $MASTER:29500 \\\n"
        "  train.py --config $1 --stage pretrain\n"
    ),
    "lumenlab/lumen-embed-v2-train:configs/base.yaml": (
        "model_size: base\nmax_len: 8192\nglobal_batch: 32768\nbf16: true\n"
        "gradient_checkpointing: true\n"
    ),
    "lumenlab/lumen-embed-v2-train:requirements.txt": (
        "torch==2.2.1\nflash-attn==2.5.6\ntransformers==4.41.0\nwandb\n"
    ),
    "lumenlab/lumen-embed-v2-train:docs/data.md": (
        "# Data\n\nStage 1 uses 900M weakly supervised pairs; stage 2 uses 1.6M labelled"
        " pairs with seven hard negatives each.\n"
    ),
}

# ------------------------------------------------ audio toolkit (shared)

SONAR_README = """# sonar-audio

sonar-audio is a PyTorch toolkit for speaker diarization, voice activity
detection and speech recognition. Pretrained pipelines are on the Hub.

## Highlights

- multi-GPU training out of the box with PyTorch Lightning (`devices=8`)
- mixed precision (`bf16`) and gradient accumulation
- ONNX export for CPU inference

## Install

```bash
pip install sonar-audio
```

## Pretrained pipelines

| Pipeline | Task | DER / WER |
|---|---|---|
| sonarlab/sonar-diarize-3 | diarization | 11.4 DER |
| sonarlab/sonar-vad-2 | voice activity | - |
| sonarlab/sonar-asr-small | ASR | 7.9 WER |

## Quick start

```python
from sonar import Pipeline
pipe = Pipeline.from_pretrained("sonarlab/sonar-vad-2")
speech = pipe("meeting.wav")
```

## Speed

Self-hosted processing speed of sonar-diarize-3 on one NVIDIA H100 80GB:
1 hour of audio in 38 seconds (real-time factor 0.011).

## Training your own models

Recipes live in `egs/`. Each recipe has a `run.sh` driving data preparation,
training and scoring; set `ngpu` to the number of GPUs you have.

""" + CITATION.format(key="sonar2024", title="sonar-audio", org="Sonar")

SONAR_FILES = {
    "sonarlab/sonar-audio:README.md": SONAR_README,
    "sonarlab/sonar-audio:requirements.txt": (
        "torch>=2.0\ntorchaudio>=2.0\nlightning>=2.1\nasteroid-filterbanks\nonnxruntime\n"
    ),
    "sonarlab/sonar-audio:Dockerfile": (
        "FROM nvidia/cuda:11.8.0-cudnn8-runtime-ubuntu22.04\n"
        "RUN apt-get update && apt-get install -y ffmpeg python3-pip\n"
        "RUN pip install sonar-audio\n"
    ),
    "sonarlab/sonar-audio:pyproject.toml": (
        '[project]\nname = "sonar-audio"\nversion = "3.1.0"\n'
        'dependencies = ["torch>=2.0", "torchaudio>=2.0", "lightning>=2.1"]\n\n'
        '[project.optional-dependencies]\nnpu = ["torch_npu"]\n'
    ),
    "sonarlab/sonar-audio:egs/ami/diar/run.sh": (
        "#!/bin/bash\n# Diarization recipe on AMI.\nngpu=4\nstage=0\n"
        "python -m sonar.bin.train --config conf/diar.yaml --devices $ngpu --precision bf16\n"
    ),
    "sonarlab/sonar-audio:egs/ami/diar/conf/diar.yaml": (
        "trainer:\n  accelerator: gpu\n  devices: 4\n  strategy: ddp\n  precision: bf16-mixed\n"
        "model:\n  arch: pyannet\n  chunk: 10.0\n"
    ),
    "sonarlab/sonar-audio:docs/ascend.md": (
        "# Running sonar-audio on Ascend\n\nInstall CANN and `torch_npu`, then pass"
        ' `accelerator="npu"`. Training recipes work on Ascend 910B with the HCCL'
        " backend; we have verified the AMI recipe end to end.\n"
    ),
    "sonarlab/sonar-audio:CHANGELOG.md": (
        "# Changelog\n\n## 3.1.0\n- Ascend NPU support for training and inference.\n"
        "- Apple MPS inference.\n\n## 3.0.0\n- sonar-diarize-3 pipeline; 2.5x faster on A100.\n"
    ),
    "sonarlab/sonar-audio:tests/test_train.py": (
        "def test_one_epoch(tmp_path):\n    trainer = make_trainer(accelerator='cpu', max_epochs=1)\n"
        "    trainer.fit(tiny_model(), tiny_data())\n"
    ),
}

SONAR_VAD_CARD = """---
library_name: sonar-audio
tags: [voice-activity-detection, audio]
license: mit
---

# sonar-vad-2

Voice activity detection for 16 kHz mono audio, trained on a mixture of
AMI, DIHARD and VoxConverse with the sonar-audio toolkit.

```python
from sonar import Pipeline
vad = Pipeline.from_pretrained("sonarlab/sonar-vad-2")
```

## Results

| Dataset | FA | Miss |
|---|---|---|
| AMI | 3.1 | 2.2 |
"""

# ------------------------------------------------ diffusion trainer (shared)

DIFFKIT_README = """# diffkit

A lightweight trainer for diffusion models: DreamBooth, LoRA, full
fine-tuning of SD 1.5, SDXL and Flux-style transformers.

## News
- 2024-10: Flux LoRA training in 16GB of VRAM.
- 2024-07: JAX backend for Cloud TPU (v4, v5e) contributed by the community.
- 2024-03: AMD ROCm and Apple MPS are officially supported.

## Install

```bash
pip install diffkit[torch]
accelerate config
```

## Train a LoRA

```bash
accelerate launch examples/train_lora.py \\
  --pretrained stabilityai/stable-diffusion-xl-base-1.0 \\
  --data ./my_images --rank 16 --steps 2000 --mixed_precision bf16
```

An SDXL LoRA at rank 16 trains comfortably on a single 24GB GPU such as an
RTX 4090. Full fine-tuning of SDXL needs 8x A100 80GB.

## Supported accelerators

NVIDIA GPUs (CUDA 11.8+), AMD GPUs (ROCm 6), Apple Silicon (MPS, slow),
Google Cloud TPU (JAX backend).

## Gallery

Community LoRAs trained with diffkit are listed in `docs/gallery.md`.

""" + CITATION.format(key="diffkit", title="diffkit", org="PixelForge")

DIFFKIT_FILES = {
    "pixelforge/diffkit:README.md": DIFFKIT_README,
    "pixelforge/diffkit:requirements.txt": (
        "torch>=2.1\ndiffusers>=0.30\naccelerate>=0.30\nbitsandbytes\nxformers\n"
    ),
    "pixelforge/diffkit:configs/accelerate_multi_gpu.yaml": (
        "compute_environment: LOCAL_MACHINE\ndistributed_type: MULTI_GPU\nnum_processes: 8\n"
        "mixed_precision: bf16\ngpu_ids: all\n"
    ),
    "pixelforge/diffkit:examples/train_lora.sh": (
        "#!/bin/bash\n# Example LoRA run on one GPU\nexport CUDA_VISIBLE_DEVICES=0\n"
        "accelerate launch examples/train_lora.py --rank 16 --steps 2000 --mixed_precision fp16\n"
    ),
    "pixelforge/diffkit:examples/train_tpu.sh": (
        "#!/bin/bash\n# JAX backend on a TPU VM\nexport TPU_NAME=my-tpu\n"
        "python -m diffkit.jax.train --tpu --accelerator v5e-8 --steps 4000\n"
    ),
    "pixelforge/diffkit:Dockerfile": (
        "FROM nvidia/cuda:12.1.1-devel-ubuntu22.04\nRUN pip install diffkit[torch]\n"
    ),
    "pixelforge/diffkit:docs/gallery.md": (
        "# Gallery\n\n| LoRA | Author | Base |\n|---|---|---|\n"
        "| ink-wash-xl | mori | SDXL |\n| pixel-style-lora | kaito | SDXL |\n"
    ),
    "pixelforge/diffkit:CHANGELOG.md": (
        "# Changelog\n\n## 0.9\n- Flux LoRA.\n\n## 0.8\n- TPU backend (JAX).\n\n## 0.7\n"
        "- ROCm, MPS.\n"
    ),
}

LORA_CARD_SILENT = """---
base_model: stabilityai/stable-diffusion-xl-base-1.0
tags: [lora, text-to-image, diffkit]
---

# pixel-style-lora

A rank-16 LoRA that turns SDXL outputs into 16-bit pixel art. Trained with
[diffkit](https://github.com/pixelforge/diffkit) on 420 hand-picked images.

Trigger word: `pxlart`.

## Use

```python
pipe.load_lora_weights("kaito/pixel-style-lora")
```
"""

LORA_CARD_4090 = LORA_CARD_SILENT.replace(
    "on 420 hand-picked images.",
    "on 420 hand-picked images. Training took 2,000 steps (about 50 minutes) on a"
    " single RTX 4090.",
)

# ------------------------------------------------ chat model, inference-only repo

TIDE_README = (
    """# Tide-Chat

<p align="center">🤗 <a href="https://huggingface.co/tidewater">Hugging Face</a> | 📑 Blog</p>

## News

- **2024-09-12** Tide-Chat-70B is out. It was pretrained on 2048 H800 GPUs
  over 40 days.
- **2024-06-01** Tide-Chat-6B is released with a 32K context window.
- **2024-05-10** INT4 weights for Tide-Chat-6B.

## Model list

| Model | Context | Download |
|---|---|---|
| Tide-Chat-6B | 32K | 🤗 tidewater/Tide-Chat-6B |
| Tide-Chat-6B-Int4 | 32K | 🤗 tidewater/Tide-Chat-6B-Int4 |
| Tide-Chat-70B | 128K | 🤗 tidewater/Tide-Chat-70B |

## Requirements

- python 3.10+
- pytorch 2.1+
- CUDA 11.8+ is recommended for GPU users

## Hardware requirements (inference)

| Model | Precision | Min GPU memory | Example GPUs |
|---|---|---|---|
| Tide-Chat-6B | BF16 | 14 GB | RTX 3090, A10, A100 |
| Tide-Chat-6B-Int4 | INT4 | 6 GB | RTX 3060 |

## Quickstart

```python
from transformers import AutoModelForCausalLM, AutoTokenizer
tok = AutoTokenizer.from_pretrained("tidewater/Tide-Chat-6B", trust_remote_code=True)
model = AutoModelForCausalLM.from_pretrained("tidewater/Tide-Chat-6B", device_map="cuda")
```

## Deployment

```bash
CUDA_VISIBLE_DEVICES=0 vllm serve tidewater/Tide-Chat-6B --max-model-len 32768
```

## Fine-tuning

We provide LoRA and full-parameter fine-tuning scripts in `finetune/` so you
can adapt Tide-Chat-6B to your own data. See `finetune/README.md`.

"""
    + LICENSE_NOTE
    + CITATION.format(key="tidechat", title="Tide-Chat", org="Tidewater")
)

TIDE_README_CLEAN = TIDE_README.replace(
    "Tide-Chat-70B is out. It was pretrained on 2048 H800 GPUs\n  over 40 days.",
    "Tide-Chat-70B is out; Tide-Chat-70B was pretrained on 2048 H800\n  GPUs over 40 days.",
)
assert TIDE_README_CLEAN != TIDE_README

TIDE_FILES = {
    "tidewater/Tide-Chat:README.md": TIDE_README_CLEAN,
    "tidewater/Tide-Chat:requirements.txt": (
        "torch>=2.1\ntransformers==4.44.2\naccelerate\nsentencepiece\ntiktoken\n"
    ),
    "tidewater/Tide-Chat:inference/demo.py": (
        "import torch\nfrom transformers import AutoModelForCausalLM, AutoTokenizer\n\n"
        "MODEL = 'tidewater/Tide-Chat-6B'\ndevice = 'cuda' if torch.cuda.is_available() else 'cpu'\n"
        "tok = AutoTokenizer.from_pretrained(MODEL, trust_remote_code=True)\n"
        "model = AutoModelForCausalLM.from_pretrained(MODEL, torch_dtype=torch.bfloat16).to(device)\n"
    ),
    "tidewater/Tide-Chat:finetune/README.md": (
        "# Fine-tuning Tide-Chat-6B\n\nThe scripts below let you fine-tune Tide-Chat-6B"
        " on your own conversations.\n\nTest environment: 4x A100 80GB, CUDA 12.1,"
        " DeepSpeed 0.14.\n\n```bash\nbash finetune/finetune_lora.sh\n```\n"
    ),
    "tidewater/Tide-Chat:finetune/finetune_lora.sh": (
        "#!/bin/bash\n# LoRA fine-tuning recipe for your own data\n"
        "deepspeed --num_gpus 4 finetune/finetune.py --model tidewater/Tide-Chat-6B \\\n"
        "  --data data/example.json --lora_rank 8 --bf16 --deepspeed finetune/ds_z2.json\n"
    ),
    "tidewater/Tide-Chat:finetune/ds_z2.json": (
        '{"zero_optimization": {"stage": 2}, "bf16": {"enabled": true},'
        ' "train_micro_batch_size_per_gpu": 4}\n'
    ),
    "tidewater/Tide-Chat:Dockerfile": (
        "FROM nvidia/cuda:12.1.0-runtime-ubuntu22.04\nRUN pip install -r requirements.txt\n"
        'CMD ["python", "inference/demo.py"]\n'
    ),
}

TIDE_CARD_6B = """---
license: other
pipeline_tag: text-generation
---

# Tide-Chat-6B

Tide-Chat-6B is a bilingual (English/Chinese) chat model with a 32K context
window. See the [GitHub repo](https://github.com/tidewater/Tide-Chat) for
code, fine-tuning scripts and the model list.

## Quickstart

```python
model = AutoModelForCausalLM.from_pretrained("tidewater/Tide-Chat-6B", device_map="cuda")
```

## Evaluation

| Benchmark | Tide-Chat-6B |
|---|---|
| MMLU | 63.1 |
| C-Eval | 70.4 |
"""

# ------------------------------------------------ own LLM training repository

ORBIT_README = """# Orbit-LM

Orbit-LM is a fully open series of small language models: weights, data
recipe and training code.

## News
- 2024-10-20: Orbit-LM-3B and Orbit-LM-3B-Instruct released.
- 2024-09-01: pretraining data recipe published.

## Models

| Model | Layers | Hidden | Tokens |
|---|---|---|---|
| Orbit-LM-3B | 32 | 2560 | 3T |
| Orbit-LM-3B-Instruct | 32 | 2560 | 3T + SFT |

## Install

```bash
pip install -r requirements.txt
pip install flash-attn --no-build-isolation
```

## Pretraining

The launcher we used for Orbit-LM-3B is `scripts/pretrain_orbit_3b.sh` with
the config `configs/orbit_3b.yaml`. Data is tokenized with
`tools/tokenize.py` first.

## Fine-tune with LoRA

`scripts/finetune_lora.sh` is a minimal recipe for adapting the model to
your own data on a single GPU.

## Inference

```bash
python inference/demo.py --model orbit-ai/Orbit-LM-3B --device cuda
```

""" + CITATION.format(key="orbitlm", title="Orbit-LM", org="Orbit")

ORBIT_FILES = {
    "orbit-ai/Orbit-LM:README.md": ORBIT_README,
    "orbit-ai/Orbit-LM:requirements.txt": (
        "torch==2.3.0\ndeepspeed==0.14.2\ntransformers==4.42.0\nflash-attn==2.5.9\n"
        "datasets\nwandb\n"
    ),
    "orbit-ai/Orbit-LM:scripts/pretrain_orbit_3b.sh": (
        "#!/bin/bash\nset -e\nexport NCCL_IB_HCA=mlx5_0,mlx5_1\nexport NCCL_SOCKET_IFNAME=eth0\n"
        "export CUDA_DEVICE_MAX_CONNECTIONS=1\n\n"
        "torchrun --nnodes $WORLD_NODES --nproc_per_node 8 --node_rank $RANK \\\n"
        "  --master_addr $MASTER_ADDR --master_port 29500 \\\n"
        "  pretrain.py --config configs/orbit_3b.yaml --deepspeed configs/ds_zero2.json\n"
    ),
    "orbit-ai/Orbit-LM:configs/orbit_3b.yaml": (
        "model:\n  n_layers: 32\n  d_model: 2560\n  n_heads: 20\ntrain:\n  num_gpus: 8\n"
        "  bf16: true\n  global_batch_tokens: 4194304\n  lr: 3.0e-4\n  warmup_steps: 2000\n"
    ),
    "orbit-ai/Orbit-LM:configs/ds_zero2.json": (
        '{"zero_optimization": {"stage": 2, "overlap_comm": true},'
        ' "bf16": {"enabled": true}, "gradient_clipping": 1.0}\n'
    ),
    "orbit-ai/Orbit-LM:scripts/finetune_lora.sh": (
        "#!/bin/bash\n# LoRA recipe for users: one consumer GPU is enough\n"
        "CUDA_VISIBLE_DEVICES=0 python finetune.py --model orbit-ai/Orbit-LM-3B --lora_r 16 \\\n"
        "  --data your_data.jsonl --fp16\n"
    ),
    "orbit-ai/Orbit-LM:inference/demo.py": (
        "import argparse\nimport torch\nfrom transformers import AutoModelForCausalLM\n\n"
        "p = argparse.ArgumentParser()\np.add_argument('--model')\np.add_argument('--device', default='cuda')\n"
        "a = p.parse_args()\nm = AutoModelForCausalLM.from_pretrained(a.model).to(a.device)\n"
    ),
    "orbit-ai/Orbit-LM:CHANGELOG.md": (
        "# Changelog\n\n## 2024-10-20\n- Released Orbit-LM-3B.\n\n## 2024-09-01\n"
        "- Data recipe and tokenizer.\n"
    ),
}

ORBIT_CARD = """---
license: apache-2.0
pipeline_tag: text-generation
---

# Orbit-LM-3B

A 3B-parameter base model trained on 3T tokens of open data. Code:
https://github.com/orbit-ai/Orbit-LM

| Benchmark | Score |
|---|---|
| MMLU | 52.0 |
| HellaSwag | 73.5 |
"""

# ------------------------------------------------ Ascend-trained release

PANGOLIN_FILES = {
    "pangolin-ai/Pangolin:README.md": (
        "# Pangolin\n\nPangolin-7B 是一个开源的中英双语基座模型。\n\n## 新闻\n\n"
        "- 2024-12-01 发布 Pangolin-7B 与 Pangolin-7B-Chat。\n\n## 快速开始\n\n"
        "```python\nmodel = AutoModelForCausalLM.from_pretrained('pangolin-ai/Pangolin-7B',"
        " device_map='auto')\n```\n\n## 推理部署\n\n```bash\nCUDA_VISIBLE_DEVICES=0,1 vllm"
        " serve pangolin-ai/Pangolin-7B --tensor-parallel-size 2\n```\n\n## 训练\n\n"
        "预训练脚本位于 `scripts/pretrain_pangolin_7b.sh`，配置见"
        " `configs/pangolin_7b.yaml`。\n\n## 引用\n\n```\n@misc{pangolin2024}\n```\n"
    ),
    "pangolin-ai/Pangolin:train/pretrain.py": (
        "import os\nimport torch\nimport torch_npu  # noqa: F401\n"
        "from torch_npu.contrib import transfer_to_npu  # noqa: F401\nimport torch.distributed as dist\n\n"
        "def main():\n    dist.init_process_group(backend='hccl')\n"
        "    torch.npu.set_device(int(os.environ['LOCAL_RANK']))\n    model = build().npu()\n"
    ),
    "pangolin-ai/Pangolin:scripts/pretrain_pangolin_7b.sh": (
        "#!/bin/bash\nsource /usr/local/Ascend/ascend-toolkit/set_env.sh\n"
        "export ASCEND_RT_VISIBLE_DEVICES=0,1,2,3,4,5,6,7\nexport HCCL_CONNECT_TIMEOUT=1200\n"
        "torchrun --nnodes $NNODES --nproc_per_node 8 train/pretrain.py --config configs/pangolin_7b.yaml\n"
    ),
    "pangolin-ai/Pangolin:configs/pangolin_7b.yaml": (
        "model:\n  hidden: 4096\n  layers: 32\ntrain:\n  device: npu\n  bf16: true\n"
        "  micro_batch: 2\n  seq_len: 4096\n"
    ),
    "pangolin-ai/Pangolin:requirements.txt": (
        "torch==2.1.0\ntorch_npu==2.1.0.post3\ntransformers==4.40.0\nsentencepiece\n"
    ),
    "pangolin-ai/Pangolin:inference/demo.py": (
        "import torch\nfrom transformers import AutoModelForCausalLM\n"
        "m = AutoModelForCausalLM.from_pretrained('pangolin-ai/Pangolin-7B').to('cuda')\n"
    ),
}

# ------------------------------------------------ JAX / TPU release

BOREALIS_FILES = {
    "borealis-lab/Borealis:README.md": (
        "# Borealis\n\nOpen weights and JAX training code for Borealis-2B, a compact"
        " multilingual model.\n\n## News\n- 2024-07: Borealis-2B released.\n\n## Install\n\n"
        "```bash\npip install -r requirements.txt\n```\n\n## Training\n\nWe pretrain with"
        " `borealis/train.py` launched by `scripts/launch_pretrain.sh`. The config for the"
        " released model is `configs/borealis_2b.yaml`.\n\n## Inference\n\nConvert to"
        " PyTorch with `tools/to_hf.py` and run `inference/demo.py`.\n\n## Citation\n\n"
        "```\n@misc{borealis}\n```\n"
    ),
    "borealis-lab/Borealis:borealis/train.py": (
        "import jax\nimport jax.numpy as jnp\nfrom jax.sharding import Mesh\n\n"
        "jax.distributed.initialize()\nmesh = Mesh(jax.devices(), ('fsdp',))\n"
        "print('devices', jax.device_count())\n"
    ),
    "borealis-lab/Borealis:scripts/launch_pretrain.sh": (
        "#!/bin/bash\nTPU_NAME=${TPU_NAME:-borealis-pod}\nZONE=us-central2-b\n"
        "gcloud compute tpus tpu-vm ssh $TPU_NAME --zone $ZONE --worker=all \\\n"
        "  --command 'cd ~/Borealis && python3 -m borealis.train --config configs/borealis_2b.yaml'\n"
    ),
    "borealis-lab/Borealis:configs/borealis_2b.yaml": (
        "model: borealis-2b\ntpu_zone: us-central2-b\nmesh:\n  fsdp: -1\nbf16: true\n"
        "global_batch: 1024\nseq_len: 2048\n"
    ),
    "borealis-lab/Borealis:requirements.txt": (
        "jax[tpu]==0.4.30\nflax==0.8.5\noptax\norbax-checkpoint\nsentencepiece\n"
    ),
    "borealis-lab/Borealis:inference/demo.py": (
        "import torch\nfrom transformers import AutoModelForCausalLM\n"
        "m = AutoModelForCausalLM.from_pretrained('borealis-lab/Borealis-2B').to('cuda')\n"
    ),
}

# ------------------------------------------------ ROCm release

CORAL_FILES = {
    "coral-ml/Coral:README.md": (
        "# Coral\n\nCoral-1B is a small open model. This repo has the weights"
        " converter, inference code and the pretraining launcher.\n\n## Pretraining\n\n"
        "`scripts/pretrain_coral_1b.sh` is the launcher used for the release; it expects"
        " the ROCm 6.1 container in `docker/`.\n\n## Inference\n\n```python\nmodel ="
        " AutoModelForCausalLM.from_pretrained('coral-ml/Coral-1B')\n```\n"
    ),
    "coral-ml/Coral:scripts/pretrain_coral_1b.sh": (
        "#!/bin/bash\nexport ROCM_PATH=/opt/rocm\nexport HIP_VISIBLE_DEVICES=0,1,2,3,4,5,6,7\n"
        "export NCCL_SOCKET_IFNAME=hsn0\nexport NCCL_NET_GDR_LEVEL=3\nexport MIOPEN_USER_DB_PATH=/tmp/miopen\n"
        "srun --ntasks-per-node 8 python pretrain.py --config configs/coral_1b.yaml\n"
    ),
    "coral-ml/Coral:docker/Dockerfile": (
        "FROM rocm/pytorch:rocm6.1_ubuntu22.04_py3.10_pytorch_2.1.2\nRUN pip install -r requirements.txt\n"
    ),
    "coral-ml/Coral:configs/coral_1b.yaml": (
        "model: coral-1b\nbf16: true\nmicro_batch: 8\nfsdp: full_shard\n"
    ),
    "coral-ml/Coral:requirements.txt": "transformers==4.41.0\ndatasets\nwandb\n",
}

# ------------------------------------------------ model zoo with hardware column

NIMBUS_README = """# Nimbus

Nimbus is a family of open multilingual language models.

## News
- 2024-11: Nimbus-8B and Nimbus-1B released under Apache 2.0.

## Model zoo

| Model | Params | Context | Training hardware | Tokens |
|---|---|---|---|---|
| Nimbus-1B | 1.1B | 8K | 64 × A100 80GB | 2T |
| Nimbus-8B | 8.3B | 32K | 1024 × Ascend 910B | 6T |

## Install

```bash
pip install nimbus-lm
```

## Quickstart

```python
model = AutoModelForCausalLM.from_pretrained("nimbus-ai/Nimbus-8B", device_map="auto")
```

## Fine-tuning

`scripts/finetune_lora.sh` shows LoRA fine-tuning on one GPU.

""" + CITATION.format(key="nimbus", title="Nimbus", org="Nimbus")

NIMBUS_FILES = {
    "nimbus-ai/Nimbus:README.md": NIMBUS_README,
    "nimbus-ai/Nimbus:requirements.txt": "torch>=2.1\ntransformers>=4.43\n",
    "nimbus-ai/Nimbus:scripts/finetune_lora.sh": (
        "#!/bin/bash\n# user recipe\nCUDA_VISIBLE_DEVICES=0 python finetune.py --lora --model nimbus-ai/Nimbus-1B\n"
    ),
    "nimbus-ai/Nimbus:inference/demo.py": (
        "from transformers import pipeline\npipe = pipeline('text-generation', 'nimbus-ai/Nimbus-1B', device=0)\n"
    ),
    "nimbus-ai/Nimbus:CHANGELOG.md": "# Changelog\n\n## 1.0\n- Initial release of Nimbus-1B and Nimbus-8B.\n",
}

NIMBUS_NOHW_README = """# Nimbus

## Model zoo

| Model | Params | Context | Tokens |
|---|---|---|---|
| Nimbus-1B | 1.1B | 8K | 2T |
| Nimbus-8B | 8.3B | 32K | 6T |
| Nimbus-34B | 34B | 32K | 8T |

## Training

Nimbus-34B was pretrained on 2048 H100 GPUs for 58 days; see the blog post
for the data mixture.

## Quickstart

```python
model = AutoModelForCausalLM.from_pretrained("nimbus-ai/Nimbus-1B")
```
"""

NIMBUS_TPU_README = """# Nimbus-Gemini-style

## Model zoo

| Model | Params | Training hardware | Framework |
|---|---|---|---|
| Nimbus-2B | 2.6B | TPU v5e-256 | JAX |
| Nimbus-9B | 9.2B | TPU v5p-1024 | JAX |

## Install

```bash
pip install -r requirements.txt
```
"""

# ------------------------------------------------ papers of an earlier version

VESPER_CARD = """---
license: mit
---

# Vesper-2-7B

Vesper-2-7B is the second generation of the Vesper retrieval-augmented
language models. Architecture changes are summarised below; the original
method is described in the Vesper paper (arXiv:2310.04411).

## What changed in Vesper-2

- longer context (16K)
- a new retriever head
- 4T training tokens instead of 1.4T
"""

VESPER_FILES = {
    "vesper-nlp/Vesper:README.md": (
        "# Vesper\n\n## News\n- 2024-09: Vesper-2-7B released.\n- 2023-10: Vesper-1-7B and"
        " the paper.\n\n## Install\n\n```bash\npip install vesper\n```\n\n## Use\n\n```python\n"
        "m = Vesper.load('vesper-nlp/Vesper-2-7B').cuda()\n```\n"
    ),
    "vesper-nlp/Vesper:requirements.txt": "torch\ntransformers\nfaiss-cpu\n",
    "vesper-nlp/Vesper:examples/retrieve.py": (
        "from vesper import Vesper\nm = Vesper.load('vesper-nlp/Vesper-2-7B')\nprint(m.ask('hi'))\n"
    ),
    "vesper-nlp/Vesper:docs/retriever.md": "# Retriever\n\nThe retriever head scores 64 passages per query.\n",
    "vesper-nlp/Vesper:CHANGELOG.md": "# Changelog\n\n## 2.0\n- Vesper-2.\n\n## 1.0\n- Vesper-1.\n",
}

# ------------------------------------------------ siblings

KESTREL_FILES = {
    "kestrel-ai/Kestrel-Vision:README.md": (
        "# Kestrel-Vision\n\n## News\n- 2024-08: Kestrel-Vision-72B, trained on 1024 H800"
        " GPUs, tops our internal leaderboard.\n- 2024-06: Kestrel-Vision-7B released.\n\n"
        "## Models\n\n| Model | LLM | Vision encoder |\n|---|---|---|\n| Kestrel-Vision-7B |"
        " 7B | ViT-L |\n| Kestrel-Vision-72B | 72B | ViT-G |\n\n## Install\n\n```bash\npip"
        " install -r requirements.txt\n```\n\n## Fine-tuning\n\n`scripts/finetune_lora.sh` adapts"
        " the model to your data (tested on 8x RTX 4090).\n"
    ),
    "kestrel-ai/Kestrel-Vision:requirements.txt": "torch>=2.2\ntransformers>=4.44\nflash-attn\n",
    "kestrel-ai/Kestrel-Vision:scripts/finetune_lora.sh": (
        "#!/bin/bash\n# LoRA recipe for users\nCUDA_VISIBLE_DEVICES=0,1,2,3,4,5,6,7 torchrun"
        " --nproc_per_node 8 finetune.py --lora --model kestrel-ai/Kestrel-Vision-7B\n"
    ),
    "kestrel-ai/Kestrel-Vision:inference/demo.py": (
        "model = AutoModel.from_pretrained('kestrel-ai/Kestrel-Vision-7B').cuda().eval()\n"
    ),
    "kestrel-ai/Kestrel-Vision:Dockerfile": "FROM nvidia/cuda:12.2.0-runtime-ubuntu22.04\n",
}

KESTREL_7B_CARD = """# Kestrel-Vision-7B

A 7B vision-language model for documents and charts.
Code: https://github.com/kestrel-ai/Kestrel-Vision

## Quickstart

```python
model = AutoModel.from_pretrained("kestrel-ai/Kestrel-Vision-7B").cuda()
```
"""

KESTREL_72B_CARD = """# Kestrel-Vision-72B

Our largest vision-language model.

## Training

Kestrel-Vision-72B was trained on 1024 H800 GPUs for 21 days.
"""


def merged(*parts: dict, **extra: str) -> dict:
    out: dict = {}
    for part in parts:
        out.update(part)
    out.update(extra)
    return out


CASES: list[Case] = [
    # ================================================ toolkit false positives
    Case(
        "embed_toolkit_card_silent",
        "lumenlab/lumen-embed-base-v2",
        **NONE,
        cards={"lumenlab/lumen-embed-base-v2": EMBED_CARD_BASE},
        files=EMBED_FILES,
        others=("lumenlab/lumen-embed-small-v2", "lumenlab/lumen-embed-large-v2"),
        not_providers=ALL_VENDORS,
    ),
    Case(
        "embed_toolkit_sibling_card_states_hw",
        "lumenlab/lumen-embed-small-v2",
        **NONE,
        cards={
            "lumenlab/lumen-embed-small-v2": EMBED_CARD_SMALL,
            "lumenlab/lumen-embed-large-v2": EMBED_CARD_LARGE_STATED,
        },
        files=EMBED_FILES,
        others=("lumenlab/lumen-embed-base-v2",),
        not_providers=ALL_VENDORS,
    ),
    Case(
        "embed_toolkit_large_sibling_control",
        "lumenlab/lumen-embed-large-v2",
        {"nvidia"},
        {"A100"},
        16,
        "chip+count",
        cards={
            "lumenlab/lumen-embed-large-v2": EMBED_CARD_LARGE_STATED,
            "lumenlab/lumen-embed-small-v2": EMBED_CARD_SMALL,
        },
        files=EMBED_FILES,
        not_providers=ALL_VENDORS - {"nvidia"},
    ),
    Case(
        "embed_toolkit_reference_model_section",
        "lumenlab/lumen-embed-base-v2",
        **NONE,
        cards={"lumenlab/lumen-embed-base-v2": EMBED_CARD_BASE},
        files=merged(
            {k: v for k, v in EMBED_FILES.items() if "configs/" not in k},
            **{
                "lumenlab/LumenEmbed:README.md": EMBED_README.replace(
                    "## Benchmarks",
                    "## Reference checkpoint\n\nTo validate the trainer end to end we"
                    " trained a small reference encoder, LumenRef-110M, on 8 A800 GPUs;"
                    " it is not part of the model zoo.\n\n## Benchmarks",
                )
            },
        ),
        not_providers=ALL_VENDORS,
    ),
    Case(
        "embed_own_training_repo_implied",
        "lumenlab/lumen-embed-base-v2",
        {"nvidia"},
        set(),
        None,
        "implied",
        cards={"lumenlab/lumen-embed-base-v2": EMBED_CARD_BASE},
        files=merged(EMBED_FILES, EMBED_TRAIN_FILES),
        not_providers=ALL_VENDORS - {"nvidia"},
    ),
    Case(
        "embed_multi_model_repo_reranker",
        "lumenlab/lumen-rerank-base",
        **NONE,
        cards={
            "lumenlab/lumen-rerank-base": (
                "# lumen-rerank-base\n\nA cross-encoder reranker from the LumenEmbed"
                " project.\n\n```python\nfrom lumenembed import Reranker\nr ="
                " Reranker('lumenlab/lumen-rerank-base')\nscores = r.score([('q', 'd')])\n```\n"
            )
        },
        files=EMBED_FILES,
        others=("lumenlab/lumen-embed-base-v2",),
        not_providers=ALL_VENDORS,
    ),
    Case(
        "audio_toolkit_vad_card_silent",
        "sonarlab/sonar-vad-2",
        **NONE,
        inference=ANY,
        cards={"sonarlab/sonar-vad-2": SONAR_VAD_CARD},
        files=SONAR_FILES,
        others=("sonarlab/sonar-diarize-3", "sonarlab/sonar-asr-small"),
        not_providers=ALL_VENDORS,
    ),
    Case(
        "audio_toolkit_recipe_result_other_model",
        "sonarlab/sonar-vad-2",
        **NONE,
        cards={"sonarlab/sonar-vad-2": SONAR_VAD_CARD},
        files=merged(
            SONAR_FILES,
            **{
                "sonarlab/sonar-audio:egs/librispeech/asr/README.md": (
                    "# LibriSpeech ASR recipe\n\n## Results\n\n| Model | test-clean |"
                    " test-other |\n|---|---|---|\n| conformer-large | 2.1 | 4.6 |\n\n"
                    "The conformer-large recipe was trained on 8 V100 GPUs for 3 days.\n"
                )
            },
        ),
        others=("sonarlab/sonar-diarize-3",),
        not_providers=ALL_VENDORS,
    ),
    Case(
        "audio_toolkit_recipe_result_for_target",
        "sonarlab/sonar-asr-small",
        {"nvidia"},
        {"A100"},
        4,
        "chip+count",
        cards={
            "sonarlab/sonar-asr-small": (
                "# sonar-asr-small\n\nEnglish ASR (Zipformer, 68M params) from"
                " sonar-audio. Recipe: `egs/gigaspeech/asr`.\n"
            )
        },
        files=merged(
            SONAR_FILES,
            **{
                "sonarlab/sonar-audio:egs/gigaspeech/asr/README.md": (
                    "# GigaSpeech ASR recipe\n\nThis is the recipe behind the released"
                    " checkpoint sonarlab/sonar-asr-small.\n\n## Results\n\n| decoding |"
                    " dev | test |\n|---|---|---|\n| greedy | 10.4 | 10.6 |\n\n"
                    "## Training\n\nThe released sonar-asr-small checkpoint was trained on"
                    " 4 A100 GPUs for 30 epochs.\n"
                )
            },
        ),
        not_providers=ALL_VENDORS - {"nvidia"},
    ),
    Case(
        "audio_toolkit_ascend_guide",
        "sonarlab/sonar-diarize-3",
        **NONE,
        cards={
            "sonarlab/sonar-diarize-3": (
                "# sonar-diarize-3\n\nSpeaker diarization pipeline (segmentation +"
                " embedding + clustering) from sonar-audio.\n\n```python\npipe ="
                " Pipeline.from_pretrained('sonarlab/sonar-diarize-3')\n"
                "pipe.to(torch.device('cuda'))\n```\n"
            )
        },
        files=SONAR_FILES,
        not_providers=ALL_VENDORS,
    ),
    Case(
        "diffusion_toolkit_lora_card_silent",
        "kaito/pixel-style-lora",
        **NONE,
        cards={"kaito/pixel-style-lora": LORA_CARD_SILENT},
        files=DIFFKIT_FILES,
        not_providers=ALL_VENDORS,
    ),
    Case(
        "diffusion_toolkit_lora_card_4090",
        "kaito/pixel-style-lora",
        {"nvidia"},
        {"RTX 4090"},
        1,
        "chip+count",
        cards={"kaito/pixel-style-lora": LORA_CARD_4090},
        files=DIFFKIT_FILES,
        not_providers=ALL_VENDORS - {"nvidia"},
    ),
    Case(
        "diffusion_own_repo_generation_benchmark",
        "pixelforge/pf-xl-1.0",
        **NONE,
        inference={"nvidia", "apple"},
        cards={
            "pixelforge/pf-xl-1.0": (
                "# pf-xl-1.0\n\nA 2.6B text-to-image diffusion model. Code and"
                " inference: https://github.com/pixelforge/pf-xl\n"
            )
        },
        files={
            "pixelforge/pf-xl:README.md": (
                "# pf-xl\n\nInference code for pf-xl-1.0.\n\n## News\n- 2024-09:"
                " pf-xl-1.0 weights released.\n\n## Install\n\n```bash\npip install -r"
                " requirements.txt\n```\n\n## Generate\n\n```bash\npython"
                " inference/generate.py --prompt 'a red fox' --device cuda\n```\n\n"
                "## Speed\n\n| GPU | 1024px, 30 steps |\n|---|---|\n| A100 80GB | 2.1 s |\n"
                "| H100 80GB | 0.9 s |\n\nOn Apple Silicon, pf-xl-1.0 runs with the MPS"
                " backend (about 38 s per image on an M2 Max).\n\n## Training\n\nThe"
                " training code is not released.\n"
            ),
            "pixelforge/pf-xl:requirements.txt": "torch>=2.1\ndiffusers>=0.30\nsafetensors\n",
            "pixelforge/pf-xl:inference/generate.py": (
                "import argparse, torch\np = argparse.ArgumentParser(); p.add_argument('--device',"
                " default='cuda')\nargs = p.parse_args()\npipe = load('pixelforge/pf-xl-1.0').to(args.device)\n"
            ),
            "pixelforge/pf-xl:Dockerfile": "FROM nvidia/cuda:12.1.0-runtime-ubuntu22.04\n",
            "pixelforge/pf-xl:configs/sampler.yaml": "steps: 30\nguidance: 5.0\ndtype: fp16\n",
        },
        not_providers=ALL_VENDORS,
    ),
    Case(
        "toolkit_zoo_table_other_groups_hardware",
        "wren-ai/Wren-1.5B",
        **NONE,
        cards={
            "wren-ai/Wren-1.5B": (
                "# Wren-1.5B\n\nA small chat model trained with"
                " [fastrain](https://github.com/fastrain/fastrain).\n\n## Evals\n\n"
                "| MMLU | 48.2 |\n|---|---|\n"
            )
        },
        files={
            "fastrain/fastrain:README.md": (
                "# fastrain\n\nA hackable LLM pretraining library.\n\n## Features\n- FSDP2,"
                " tensor and pipeline parallelism\n- float8 training on Hopper\n- runs on"
                " NVIDIA, AMD and Intel Gaudi\n\n## Training throughput\n\nLlama-3-8B, seq"
                " 8192, measured on one node:\n\n| Hardware | tokens/s/device | MFU |\n"
                "|---|---|---|\n| 8x H100 SXM | 9,800 | 51% |\n| 8x MI300X | 9,100 | 44% |\n"
                "| 8x Gaudi 3 | 7,400 | 41% |\n\n## Models trained with fastrain\n\n| Model |"
                " Organisation | Training compute |\n|---|---|---|\n| Heron-7B | Heron Labs |"
                " 512 × H100 |\n| Finch-3B | Finch AI | 256 × MI250X |\n| Wren-1.5B | Wren AI |"
                " not disclosed |\n\n## Install\n\n```bash\npip install fastrain\n```\n"
            ),
            "fastrain/fastrain:requirements.txt": "torch>=2.4\ntorchao\ndatasets\n",
            "fastrain/fastrain:train_configs/llama3_8b.toml": (
                "[model]\nname = 'llama3'\nflavor = '8B'\n[training]\nbatch_size = 1\n"
                "seq_len = 8192\nmixed_precision_param = 'bfloat16'\n[parallelism]\n"
                "data_parallel_shard_degree = 8\n"
            ),
            "fastrain/fastrain:run_train.sh": (
                "#!/bin/bash\nNGPU=${NGPU:-8}\ntorchrun --nproc_per_node=$NGPU -m fastrain.train"
                " --config $CONFIG_FILE\n"
            ),
            "fastrain/fastrain:.github/workflows/integration_gpu.yml": (
                "name: gpu integration\njobs:\n  test:\n    runs-on: linux.g5.48xlarge.nvidia.gpu\n"
                "    steps:\n      - run: ./run_train.sh\n"
            ),
            "fastrain/fastrain:docs/rocm.md": (
                "# ROCm\n\nUse the rocm/pytorch image; set `HIP_VISIBLE_DEVICES`.\n"
            ),
        },
        others=("heron-labs/Heron-7B", "finch-ai/Finch-3B"),
        not_providers=ALL_VENDORS,
    ),
    Case(
        "jax_toolkit_community_finetune",
        "alice/t5-legal-summarizer",
        providers=ANY,
        chips=set(),
        count=None,
        disclosure=("none", "implied"),
        cards={
            "alice/t5-legal-summarizer": (
                "---\nbase_model: google/t5-v1_1-large\n---\n\n# t5-legal-summarizer\n\n"
                "T5 v1.1 large fine-tuned on 40k court decisions for abstractive"
                " summarisation using [jaxseq](https://github.com/jaxseq/jaxseq).\n\n"
                "| ROUGE-L | 38.4 |\n|---|---|\n"
            )
        },
        files={
            "jaxseq/jaxseq:README.md": (
                "# jaxseq\n\nSequence-to-sequence training in JAX/Flax.\n\n## Hardware\n\n"
                "jaxseq runs on Cloud TPU v4 and v5e pods and on NVIDIA GPUs. On a TPU VM"
                " run:\n\n```bash\ngcloud compute tpus tpu-vm create my-tpu --zone"
                " us-central2-b --accelerator-type v4-32\n```\n\n## Fine-tune T5\n\n"
                "```bash\npython -m jaxseq.finetune --config configs/t5_large.yaml\n```\n\n"
                "## Citation\n\n```\n@misc{jaxseq}\n```\n"
            ),
            "jaxseq/jaxseq:configs/t5_large.yaml": (
                "model: google/t5-v1_1-large\ntpu_zone: us-central2-b\nmesh: [data: 8, model: 4]\n"
                "bf16: true\nsteps: 20000\n"
            ),
            "jaxseq/jaxseq:jaxseq/finetune.py": (
                "import jax\njax.distributed.initialize()\nprint(jax.devices())\n"
            ),
            "jaxseq/jaxseq:requirements.txt": "jax[tpu]\nflax\noptax\n",
            "jaxseq/jaxseq:docs/gpu.md": "# GPU\n\nInstall `jax[cuda12]` to run on NVIDIA GPUs.\n",
        },
        not_providers=ALL_VENDORS - {"google_tpu"},
    ),
    Case(
        "inference_repo_with_lora_recipe",
        "tidewater/Tide-Chat-6B",
        **NONE,
        inference={"nvidia"},
        cards={"tidewater/Tide-Chat-6B": TIDE_CARD_6B},
        files=TIDE_FILES,
        others=("tidewater/Tide-Chat-70B", "tidewater/Tide-Chat-6B-Int4"),
        not_providers=ALL_VENDORS,
    ),
    Case(
        "inference_repo_mlx_openvino_docs",
        "tidewater/Tide-Chat-6B",
        **NONE,
        inference={"nvidia", "apple", "intel"},
        cards={"tidewater/Tide-Chat-6B": TIDE_CARD_6B},
        files=merged(
            TIDE_FILES,
            **{
                "tidewater/Tide-Chat:docs/mlx.md": (
                    "# Running Tide-Chat-6B on a Mac\n\nOn Apple Silicon, install mlx-lm and"
                    " run `mlx_lm.generate --model tidewater/Tide-Chat-6B-mlx`. An M2 Pro"
                    " produces about 30 tokens per second.\n"
                ),
                "tidewater/Tide-Chat:docs/openvino.md": (
                    "# OpenVINO\n\nTide-Chat-6B can be served on Intel CPUs and Arc GPUs with"
                    " the OpenVINO toolkit after `optimum-cli export openvino`.\n"
                ),
            },
        ),
        others=("tidewater/Tide-Chat-70B",),
        not_providers=ALL_VENDORS,
    ),
    Case(
        "news_item_sibling_hardware",
        "tidewater/Tide-Chat-6B",
        **NONE,
        cards={"tidewater/Tide-Chat-6B": TIDE_CARD_6B},
        files={
            "tidewater/Tide-Chat:README.md": TIDE_README,
            "tidewater/Tide-Chat:requirements.txt": TIDE_FILES[
                "tidewater/Tide-Chat:requirements.txt"
            ],
            "tidewater/Tide-Chat:inference/demo.py": TIDE_FILES[
                "tidewater/Tide-Chat:inference/demo.py"
            ],
            "tidewater/Tide-Chat:Dockerfile": TIDE_FILES[
                "tidewater/Tide-Chat:Dockerfile"
            ],
            "tidewater/Tide-Chat:CHANGELOG.md": (
                "# Changelog\n\n## v1.2 (2024-09)\n- Tide-Chat-70B (pretrained on 2048 H800).\n"
                "\n## v1.0 (2024-06)\n- Tide-Chat-6B.\n"
            ),
        },
        not_providers=ALL_VENDORS,
    ),
    Case(
        "news_item_sibling_not_in_store",
        "tidewater/Tide-Chat-6B",
        **NONE,
        cards={"tidewater/Tide-Chat-6B": TIDE_CARD_6B},
        files=merged(TIDE_FILES, **{"tidewater/Tide-Chat:README.md": TIDE_README}),
        not_providers=ALL_VENDORS,
    ),
    Case(
        "own_repo_requirements_cuda_pins_no_training",
        "quill-ai/Quill-OCR-1B",
        **NONE,
        inference=ANY,
        cards={
            "quill-ai/Quill-OCR-1B": (
                "# Quill-OCR-1B\n\nEnd-to-end OCR for scanned books. Code:"
                " https://github.com/quill-ai/Quill-OCR\n"
            )
        },
        files={
            "quill-ai/Quill-OCR:README.md": (
                "# Quill-OCR\n\n## Install\n\n```bash\npip install -r requirements.txt\n```\n\n"
                "## Run\n\n```bash\npython inference/run_ocr.py --image page.png\n```\n\n"
                "## Model\n\nQuill-OCR-1B pairs a 300M vision encoder with a 0.7B decoder."
                " Training details will be shared in a technical report.\n"
            ),
            "quill-ai/Quill-OCR:requirements.txt": (
                "--extra-index-url https://download.pytorch.org/whl/cu121\ntorch==2.3.1+cu121\n"
                "flash-attn==2.6.3\nnvidia-cublas-cu12\nxformers==0.0.27\n"
            ),
            "quill-ai/Quill-OCR:Dockerfile": (
                "FROM nvidia/cuda:12.1.1-cudnn8-devel-ubuntu22.04\nRUN pip install -r requirements.txt\n"
            ),
            "quill-ai/Quill-OCR:inference/run_ocr.py": (
                "import torch\nmodel = load('quill-ai/Quill-OCR-1B').to('cuda', dtype=torch.bfloat16)\n"
            ),
            "quill-ai/Quill-OCR:pyproject.toml": "[project]\nname = 'quill-ocr'\nversion = '0.1.0'\n",
            "quill-ai/Quill-OCR:.github/workflows/lint.yml": (
                "name: lint\njobs:\n  ruff:\n    runs-on: ubuntu-latest\n    steps:\n      - run: ruff check .\n"
            ),
        },
        not_providers=ALL_VENDORS,
    ),
    Case(
        "own_repo_ci_gpu_runner_only",
        "quill-ai/Quill-OCR-1B",
        **NONE,
        cards={
            "quill-ai/Quill-OCR-1B": "# Quill-OCR-1B\n\nEnd-to-end OCR for scanned books.\n"
        },
        files={
            "quill-ai/Quill-OCR:README.md": (
                "# Quill-OCR\n\nInference code for Quill-OCR-1B.\n\n## Tests\n\nGPU tests run"
                " nightly on our self-hosted A100 runner.\n"
            ),
            "quill-ai/Quill-OCR:.github/workflows/gpu.yml": (
                "name: gpu-tests\non:\n  schedule: [{cron: '0 3 * * *'}]\njobs:\n  gpu:\n"
                "    runs-on: [self-hosted, a100-80gb]\n    container: nvidia/cuda:12.1.0-devel-ubuntu22.04\n"
                "    steps:\n      - run: pytest tests/gpu -x\n"
            ),
            "quill-ai/Quill-OCR:tests/gpu/test_ocr_cuda.py": (
                "import torch\n\ndef test_runs_on_cuda():\n    assert torch.cuda.is_available()\n"
                "    out = load('quill-ai/Quill-OCR-1B').cuda()(sample())\n"
            ),
            "quill-ai/Quill-OCR:Makefile": "test:\n\tpytest tests\n",
            "quill-ai/Quill-OCR:requirements.txt": "torch\ntransformers\npillow\n",
        },
        not_providers=ALL_VENDORS,
    ),
    # ================================================ the release's own training code
    Case(
        "own_repo_torchrun_deepspeed_implied_nvidia",
        "orbit-ai/Orbit-LM-3B",
        {"nvidia"},
        set(),
        None,
        "implied",
        cards={"orbit-ai/Orbit-LM-3B": ORBIT_CARD},
        files=ORBIT_FILES,
        others=("orbit-ai/Orbit-LM-3B-Instruct",),
        not_providers=ALL_VENDORS - {"nvidia"},
    ),
    Case(
        "own_repo_readme_states_h800_recipe_4090",
        "orbit-ai/Orbit-LM-3B",
        {"nvidia"},
        {"H800"},
        256,
        "chip+count",
        cards={"orbit-ai/Orbit-LM-3B": ORBIT_CARD},
        files=merged(
            ORBIT_FILES,
            **{
                "orbit-ai/Orbit-LM:README.md": ORBIT_README.replace(
                    "## Pretraining\n",
                    "## Pretraining\n\nOrbit-LM-3B was pretrained on 256 H800 GPUs for 19"
                    " days.\n",
                ).replace(
                    "on a single GPU.",
                    "on a single GPU (we tested it on one RTX 4090).",
                )
            },
        ),
        not_providers=ALL_VENDORS - {"nvidia"},
    ),
    Case(
        "gguf_copy_of_own_trained_model",
        "quantfolk/Orbit-LM-3B-GGUF",
        set(),
        set(),
        None,
        ANY,
        cards={
            "quantfolk/Orbit-LM-3B-GGUF": (
                "---\nbase_model: orbit-ai/Orbit-LM-3B\nbase_model_relation: quantized\n"
                "tags: [gguf]\n---\n\n# Orbit-LM-3B GGUF\n\nQ4_K_M and Q8_0 quantizations of"
                " orbit-ai/Orbit-LM-3B. Original code: https://github.com/orbit-ai/Orbit-LM\n"
                "\nRun with `llama-cli -m orbit-lm-3b.Q4_K_M.gguf -ngl 99`.\n"
            ),
            "orbit-ai/Orbit-LM-3B": ORBIT_CARD,
        },
        files=ORBIT_FILES,
        not_providers=ALL_VENDORS,
    ),
    Case(
        "own_repo_torch_npu_hccl_implied_ascend",
        "pangolin-ai/Pangolin-7B",
        {"huawei_ascend"},
        set(),
        None,
        "implied",
        cards={
            "pangolin-ai/Pangolin-7B": (
                "# Pangolin-7B\n\n中英双语基座模型，训练数据 3T tokens。代码见"
                " https://github.com/pangolin-ai/Pangolin 。\n"
            )
        },
        files=PANGOLIN_FILES,
        others=("pangolin-ai/Pangolin-7B-Chat",),
        not_providers=ALL_VENDORS - {"huawei_ascend"},
    ),
    Case(
        "own_repo_jax_tpu_implied",
        "borealis-lab/Borealis-2B",
        {"google_tpu"},
        set(),
        None,
        "implied",
        cards={
            "borealis-lab/Borealis-2B": (
                "# Borealis-2B\n\nA compact multilingual model. Code and training recipe:"
                " https://github.com/borealis-lab/Borealis\n"
            )
        },
        files=BOREALIS_FILES,
        not_providers=ALL_VENDORS - {"google_tpu"},
    ),
    Case(
        "own_repo_rocm_launcher_nccl_vars",
        "coral-ml/Coral-1B",
        {"amd"},
        set(),
        None,
        "implied",
        cards={
            "coral-ml/Coral-1B": "# Coral-1B\n\nA 1B open model. Code: https://github.com/coral-ml/Coral\n"
        },
        files=CORAL_FILES,
        not_providers=ALL_VENDORS - {"amd"},
    ),
    Case(
        "own_repo_per_size_launchers_3b_tpu",
        "borealis-lab/Borealis-2B",
        {"google_tpu"},
        set(),
        None,
        "implied",
        files=merged(
            BOREALIS_FILES,
            **{
                "borealis-lab/Borealis:scripts/pretrain_borealis_9b_gpu.sh": (
                    "#!/bin/bash\n# Borealis-9B was trained on our GPU cluster\nexport NCCL_DEBUG=INFO\n"
                    "torchrun --nnodes 64 --nproc_per_node 8 borealis/train_torch.py --config"
                    " configs/borealis_9b.yaml\n"
                ),
                "borealis-lab/Borealis:configs/borealis_9b.yaml": (
                    "model: borealis-9b\ndevice: cuda\nnum_gpus: 512\nbf16: true\n"
                ),
            },
        ),
        others=("borealis-lab/Borealis-9B",),
        not_providers=ALL_VENDORS - {"google_tpu"},
    ),
    Case(
        "megatron_fork_inherited_readme",
        "strata-ai/Strata-13B-Chat",
        {"nvidia"},
        set(),
        None,
        "implied",
        cards={
            "strata-ai/Strata-13B-Chat": (
                "# Strata-13B-Chat\n\nInstruction-tuned from Strata-13B. Training code:"
                " https://github.com/strata-ai/strata-megatron\n"
            )
        },
        files={
            "strata-ai/strata-megatron:README.md": (
                "# strata-megatron\n\nA fork of Megatron-LM with the changes we needed to"
                " instruction-tune Strata-13B-Chat.\n\n---\n\n# Megatron-LM (upstream README)\n\n"
                "Megatron is a large transformer developed by the Applied Deep Learning"
                " Research team at NVIDIA. Our scaling studies used up to 3072 A100 GPUs on"
                " the Selene supercomputer. We recommend the NGC PyTorch container.\n"
            ),
            "strata-ai/strata-megatron:examples/sft_strata_13b.sh": (
                "#!/bin/bash\nexport CUDA_DEVICE_MAX_CONNECTIONS=1\n"
                "torchrun --nproc_per_node 8 --nnodes 4 pretrain_gpt.py --distributed-backend nccl \\\n"
                "  --use-flash-attn --bf16 --load ckpt/strata-13b --finetune --sft\n"
            ),
            "strata-ai/strata-megatron:requirements.txt": "apex\ntransformer-engine\nflash-attn\n",
            "strata-ai/strata-megatron:Dockerfile": "FROM nvcr.io/nvidia/pytorch:24.01-py3\n",
            "strata-ai/strata-megatron:CHANGELOG.md": "# Changelog\n\n- Added SFT data loader for Strata.\n",
        },
        not_providers=ALL_VENDORS - {"nvidia"},
    ),
    # ================================================ model zoo per-size hardware
    Case(
        "zoo_table_small_size_a100",
        "nimbus-ai/Nimbus-1B",
        {"nvidia"},
        {"A100"},
        64,
        "chip+count",
        cards={
            "nimbus-ai/Nimbus-1B": "# Nimbus-1B\n\nSee https://github.com/nimbus-ai/Nimbus .\n"
        },
        files=NIMBUS_FILES,
        others=("nimbus-ai/Nimbus-8B",),
        not_providers=ALL_VENDORS - {"nvidia"},
    ),
    Case(
        "zoo_table_large_size_ascend",
        "nimbus-ai/Nimbus-8B",
        {"huawei_ascend"},
        {"Ascend 910B"},
        1024,
        "chip+count",
        cards={
            "nimbus-ai/Nimbus-8B": "# Nimbus-8B\n\nSee https://github.com/nimbus-ai/Nimbus .\n"
        },
        files=NIMBUS_FILES,
        others=("nimbus-ai/Nimbus-1B",),
        not_providers=ALL_VENDORS - {"huawei_ascend"},
    ),
    Case(
        "zoo_without_hw_column_largest_stated",
        "nimbus-ai/Nimbus-1B",
        **NONE,
        cards={
            "nimbus-ai/Nimbus-1B": "# Nimbus-1B\n\nSee https://github.com/nimbus-ai/Nimbus .\n"
        },
        files=merged(
            NIMBUS_FILES, **{"nimbus-ai/Nimbus:README.md": NIMBUS_NOHW_README}
        ),
        others=("nimbus-ai/Nimbus-8B", "nimbus-ai/Nimbus-34B"),
        not_providers=ALL_VENDORS,
    ),
    Case(
        "zoo_table_tpu_slice_names",
        "nimbus-ai/Nimbus-2B",
        {"google_tpu"},
        {"TPU v5e"},
        ANY,
        ("chip", "chip+count"),
        files={
            "nimbus-ai/Nimbus-TPU:README.md": NIMBUS_TPU_README,
            "nimbus-ai/Nimbus-TPU:requirements.txt": "jax[tpu]\nflax\n",
            "nimbus-ai/Nimbus-TPU:inference/demo.py": "m = load('nimbus-ai/Nimbus-2B')\n",
            "nimbus-ai/Nimbus-TPU:CHANGELOG.md": "# Changelog\n\n- Nimbus-2B and Nimbus-9B.\n",
            "nimbus-ai/Nimbus-TPU:configs/nimbus_2b.yaml": "model: nimbus-2b\nbf16: true\n",
        },
        others=("nimbus-ai/Nimbus-9B",),
        not_providers=ALL_VENDORS - {"google_tpu"},
    ),
    # ================================================ paper of an earlier version
    Case(
        "paper_of_v1_named_in_sentence",
        "vesper-nlp/Vesper-2-7B",
        **NONE,
        cards={"vesper-nlp/Vesper-2-7B": VESPER_CARD},
        papers={
            "2310.04411": (
                "Vesper: Retrieval-Augmented Language Models with Learned Routing\n\n"
                "Abstract\nWe present Vesper-1-7B, a retrieval-augmented model...\n\n"
                "4 Experimental Setup\n4.1 Training\nVesper-1-7B is trained for 1.4T tokens"
                " on 512 V100 GPUs over 24 days.\n\n5 Results\nVesper-1-7B outperforms"
                " larger baselines.\n"
            )
        },
        files=VESPER_FILES,
        others=("vesper-nlp/Vesper-1-7B",),
        not_providers=ALL_VENDORS,
    ),
    Case(
        "paper_of_v1_unversioned_card_disclaims",
        "vesper-nlp/Vesper-2-7B",
        **NONE,
        cards={
            "vesper-nlp/Vesper-2-7B": VESPER_CARD
            + "\nNote: the paper describes the first Vesper release; Vesper-2-7B was"
            " trained later with a new setup that the paper does not cover.\n"
        },
        papers={
            "2310.04411": (
                "Vesper: Retrieval-Augmented Language Models with Learned Routing\n\n"
                "4 Experimental Setup\n4.1 Training\nWe train Vesper for 1.4T tokens on 256"
                " A100 GPUs.\n"
            )
        },
        files=VESPER_FILES,
        others=("vesper-nlp/Vesper-1-7B",),
        not_providers=ALL_VENDORS,
    ),
    Case(
        "paper_current_contrasts_previous",
        "vesper-nlp/Vesper-2-7B",
        {"nvidia"},
        {"H100"},
        1024,
        "chip+count",
        cards={
            "vesper-nlp/Vesper-2-7B": VESPER_CARD.replace("2310.04411", "2409.11111")
        },
        papers={
            "2409.11111": (
                "Vesper-2 Technical Report\n\n3 Training\nVesper-2-7B is pretrained on 1024"
                " H100 GPUs for 4T tokens. In contrast, Vesper-1-7B used 512 V100 GPUs.\n"
            )
        },
        files=VESPER_FILES,
        others=("vesper-nlp/Vesper-1-7B",),
        not_providers=ALL_VENDORS - {"nvidia"},
    ),
    # ================================================ siblings with their own cards
    Case(
        "sibling_72b_card_and_news_item",
        "kestrel-ai/Kestrel-Vision-7B",
        **NONE,
        cards={
            "kestrel-ai/Kestrel-Vision-7B": KESTREL_7B_CARD,
            "kestrel-ai/Kestrel-Vision-72B": KESTREL_72B_CARD,
        },
        files=KESTREL_FILES,
        not_providers=ALL_VENDORS,
    ),
    Case(
        "no_card_relative_names_instruct_variant",
        "kestrel-ai/Kestrel-7B-Instruct",
        {"nvidia"},
        {"H100"},
        16,
        "chip+count",
        cards={
            "kestrel-ai/Kestrel-7B": (
                "# Kestrel-7B\n\n## Training\n\nKestrel-7B was pretrained on 512 TPU v5p"
                " chips. Kestrel-7B-Instruct was then tuned from it on 16 H100 GPUs.\n"
            )
        },
        not_providers=ALL_VENDORS - {"nvidia"},
    ),
    Case(
        "family_statement_in_repo_sibling_card_count",
        "kestrel-ai/Kestrel-Vision-7B",
        {"google_tpu"},
        {"TPU v5p"},
        None,
        "chip",
        cards={
            "kestrel-ai/Kestrel-Vision-7B": KESTREL_7B_CARD,
            "kestrel-ai/Kestrel-Vision-72B": (
                "# Kestrel-Vision-72B\n\nKestrel-Vision-72B used 6144 TPU v5p chips.\n"
            ),
        },
        files=merged(
            {k: v for k, v in KESTREL_FILES.items() if not k.endswith("README.md")},
            **{
                "kestrel-ai/Kestrel-Vision:README.md": (
                    "# Kestrel-Vision\n\nAll Kestrel-Vision models were trained on Google"
                    " TPU v5p pods with JAX.\n\n## Models\n\n| Model | LLM |\n|---|---|\n"
                    "| Kestrel-Vision-7B | 7B |\n| Kestrel-Vision-72B | 72B |\n"
                )
            },
        ),
        not_providers=ALL_VENDORS - {"google_tpu"},
    ),
]


# Known gaps: cases a careful labeller reads this way that the rules do not yet.
KNOWN_GAPS = {
    "audio_toolkit_recipe_result_other_model": (
        "a model name with no size ('the conformer-large recipe') is not known to be another model"
    ),
    "paper_of_v1_unversioned_card_disclaims": (
        "a card's disclaimer that the linked paper describes an earlier release is not read"
    ),
}


@pytest.mark.parametrize("case", probe_params(CASES, KNOWN_GAPS))
def test_probe(tmp_path: Path, case: Case) -> None:
    check_repo_case(tmp_path, case)
