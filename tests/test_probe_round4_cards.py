# ruff: noqa: E501 (snippets keep the long lines real documents have)
"""Unseen model documents, fourth round: long, noisy model cards of the kind
the Hub is full of (front matter, badges, quickstarts, serving commands, VRAM
tables, benchmark tables, BibTeX titles that name GPUs, thanks, licences),
written for these tests. About half disclose no training hardware at all:
no provider may be given there. Judged by the dev labels' conventions.

The failures it found first led to fixes: capability offered through
scripts is a recipe, "server" alone is hardware, FAQ answers are read,
Condor Galaxy 3 is CS-3, wrapped Chinese prose is joined.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import ANY, check_card_case, probe_params
from helpers import CardCase as Case

from chipaudit.signals.catalog import TRACKED_PROVIDERS

NONE = (set(), set(), None, "none")
CHIPISH = ("chip", "chip+count")
ALL_OTHERS = set(TRACKED_PROVIDERS) - {"nvidia"}

# ----------------------------------------------------------------- noise blocks


def front_matter(
    *,
    license: str = "apache-2.0",
    tags: tuple[str, ...] = ("text-generation", "conversational"),
    base: str | tuple[str, ...] | None = None,
    datasets: tuple[str, ...] = (),
    pipeline: str = "text-generation",
    library: str = "transformers",
    extra: str = "",
) -> str:
    lines = [
        "---",
        f"license: {license}",
        f"library_name: {library}",
        f"pipeline_tag: {pipeline}",
        "language:",
        "- en",
    ]
    lines.append("tags:")
    lines += [f"- {t}" for t in tags]
    if base:
        bases = (base,) if isinstance(base, str) else base
        lines.append("base_model:")
        lines += [f"- {b}" for b in bases]
    if datasets:
        lines.append("datasets:")
        lines += [f"- {d}" for d in datasets]
    if extra:
        lines.append(extra.rstrip("\n"))
    lines.append("---")
    return "\n".join(lines) + "\n"


def badges(org: str, name: str) -> str:
    return f"""
<p align="center">
  <img src="https://huggingface.co/{org}/{name}/resolve/main/assets/logo.png" width="360"/>
</p>

<p align="center">
  <a href="https://github.com/{org}/{name}"><img alt="GitHub" src="https://img.shields.io/badge/GitHub-{name}-black?logo=github"></a>
  <a href="https://huggingface.co/{org}"><img alt="HF" src="https://img.shields.io/badge/%F0%9F%A4%97-Hugging%20Face-yellow"></a>
  <a href="https://discord.gg/{org}"><img alt="Discord" src="https://img.shields.io/badge/Discord-join-7289da?logo=discord"></a>
  <a href="LICENSE"><img alt="License" src="https://img.shields.io/badge/License-Apache%202.0-blue"></a>
</p>

<p align="center">
  📑 <a href="https://arxiv.org/abs/2409.99999">Tech Report</a> &nbsp;|&nbsp;
  🖥️ <a href="https://chat.{org}.ai">Demo</a> &nbsp;|&nbsp;
  💬 <a href="https://{org}.ai/wechat">WeChat</a>
</p>
"""


def quickstart_chat(model: str, device: str = 'device_map="auto"') -> str:
    return f"""
## Quickstart

Install a recent `transformers` (4.44 or newer is required for the chat template):

```bash
pip install -U "transformers>=4.44" accelerate
```

```python
from transformers import AutoModelForCausalLM, AutoTokenizer

model_name = "{model}"
tokenizer = AutoTokenizer.from_pretrained(model_name)
model = AutoModelForCausalLM.from_pretrained(
    model_name,
    torch_dtype="auto",
    {device},
)

messages = [
    {{"role": "system", "content": "You are a helpful assistant."}},
    {{"role": "user", "content": "Give me a short introduction to large language models."}},
]
text = tokenizer.apply_chat_template(messages, tokenize=False, add_generation_prompt=True)
inputs = tokenizer([text], return_tensors="pt").to(model.device)
out = model.generate(**inputs, max_new_tokens=512)
print(tokenizer.decode(out[0][inputs.input_ids.shape[1]:], skip_special_tokens=True))
```
"""


def serving(model: str, tp: int = 8) -> str:
    return f"""
## Deployment

### vLLM

We recommend vLLM 0.6.3 or newer. On a single node of 8x H100 80GB:

```bash
vllm serve {model} --tensor-parallel-size {tp} --max-model-len 32768 --gpu-memory-utilization 0.92
```

### SGLang

```bash
python -m sglang.launch_server --model-path {model} --tp {tp} --trust-remote-code --port 30000
```

### Ollama / llama.cpp

Community GGUF builds are listed on the model tree. For Ollama:

```bash
ollama run hf.co/{model}-GGUF:Q4_K_M
```

### Apple Silicon (MLX)

```bash
pip install mlx-lm
mlx_lm.generate --model mlx-community/{model.split("/")[-1]}-4bit --prompt "hello"
```
"""


def vram_table() -> str:
    return """
## Hardware requirements

Minimum GPU memory needed to **run** the model (batch size 1, 2k context):

| Precision | VRAM | Example GPUs |
|-----------|------|--------------|
| BF16 | 16.2 GB | RTX 4090, A10G, L4 (24 GB) |
| INT8 | 9.1 GB | RTX 3080, T4 |
| INT4 (AWQ) | 5.4 GB | RTX 3060 12GB, Apple M2 16GB |

For long contexts (128k) plan on at least one A100 80GB or H100 80GB.
"""


def co2_unfilled() -> str:
    return """
## Environmental Impact

Carbon emissions can be estimated using the [Machine Learning Impact calculator](https://mlco2.github.io/impact#compute) presented in [Lacoste et al. (2019)](https://arxiv.org/abs/1910.09700).

- **Hardware Type:** [More Information Needed]
- **Hours used:** [More Information Needed]
- **Cloud Provider:** [More Information Needed]
- **Compute Region:** [More Information Needed]
- **Carbon Emitted:** [More Information Needed]

## Technical Specifications

### Compute Infrastructure

[More Information Needed]
"""


def citation_gpu_titles() -> str:
    return """
## Citation

If you find our work useful, please cite us and the systems we build on:

```bibtex
@article{widget2024,
  title   = {Widget: An Open Bilingual Language Model},
  author  = {Widget Team},
  journal = {arXiv preprint arXiv:2409.99999},
  year    = {2024}
}

@inproceedings{dao2023flashattention2,
  title     = {FlashAttention-2: Faster Attention with Better Parallelism and Work Partitioning},
  author    = {Dao, Tri},
  booktitle = {ICLR},
  year      = {2024}
}

@inproceedings{narayanan2021efficient,
  title     = {Efficient Large-Scale Language Model Training on GPU Clusters Using Megatron-LM},
  author    = {Narayanan, Deepak and Shoeybi, Mohammad and others},
  booktitle = {SC21},
  year      = {2021}
}
```
"""


def license_tail() -> str:
    return """
## License

The weights are released under the Apache License 2.0. You may use, copy,
modify and distribute them, in source or object form, provided you keep the
copyright notice and a copy of the license. The software is provided "as is",
without warranties or conditions of any kind, either express or implied.

## Contact

Open an issue on GitHub or write to models@widget.ai.
"""


# ------------------------------------------------------------------------ cases

CASES: list[Case] = []

# 1 ============== large LLM release, no training hardware, many chip words
CASES.append(
    Case(
        "llm_release_no_training_hw",
        front_matter(
            datasets=(),
            extra="model-index:\n- name: Widget-72B-Instruct\n  results: []",
        )
        + badges("widget", "Widget-72B-Instruct")
        + """
# Widget-72B-Instruct

## News
- **2024.11.02** We release Widget-72B-Instruct and the 7B / 14B siblings.
- **2024.10.15** Day-0 support in vLLM, SGLang and TensorRT-LLM.
- **2024.09.20** AMD Instinct MI300X is supported via the ROCm build of vLLM.
- **2024.09.01** Released a version optimized for Ascend NPUs through MindIE (see `ascend/README.md`).

## Introduction

Widget-72B-Instruct is the instruction-tuned flagship of the Widget family.
Compared with the previous generation it brings:

- much stronger coding and mathematics;
- 128K context with YaRN;
- structured output (JSON) and tool calling;
- 29 languages.

## Model Details

| Attribute | Value |
|---|---|
| Type | Causal decoder, GQA |
| Parameters | 72.7B (70.2B non-embedding) |
| Layers | 80 |
| Heads (Q / KV) | 64 / 8 |
| Context | 131,072 tokens |
| Training stages | pre-training, SFT, DPO, GRPO |
| Tokens | 18T |
"""
        + quickstart_chat("widget/Widget-72B-Instruct")
        + serving("widget/Widget-72B-Instruct")
        + """
### Ascend

MindIE images for Atlas 800I A2 are available; see the deployment guide.

## Throughput

Measured with vLLM 0.6.3, input 1k / output 1k tokens.

| Model | GPUs | Precision | tokens/s (H100) | tokens/s (MI300X) |
|---|---|---|---|---|
| Widget-72B-Instruct | 4 | BF16 | 2,310 | 2,150 |
| Widget-72B-Instruct-AWQ | 2 | INT4 | 1,940 | - |

## Evaluation

| Benchmark | Widget-72B | Llama-3.1-70B | Other-72B |
|---|---|---|---|
| MMLU-Pro | 71.3 | 66.4 | 64.8 |
| GPQA | 49.7 | 46.7 | 42.4 |
| HumanEval | 86.6 | 80.5 | 64.6 |
| MATH | 83.1 | 68.0 | 69.0 |
"""
        + citation_gpu_titles()
        + license_tail(),
        *NONE,
        model="widget/Widget-72B-Instruct",
        not_providers={"cambricon", "qualcomm", "aws", "google_tpu"},
    )
)

# 2 ============== same family, training hardware stated once deep inside
CASES.append(
    Case(
        "llm_release_stated_deep_h800_count",
        front_matter()
        + badges("widget", "Widget-14B")
        + """
# Widget-14B

## News
- 2024.11.02: Widget-14B base and instruct released.
- 2024.11.20: Added GGUF and AWQ quantizations; see the collection.

## Model Summary

Widget-14B is a dense decoder model pretrained from scratch on 15T tokens of
web, code and math data.

| | |
|---|---|
| Developed by | Widget AI |
| Model type | Transformer decoder |
| Languages | English, Chinese + 27 others |
| License | Apache-2.0 |
| Context | 32k |
"""
        + quickstart_chat("widget/Widget-14B", 'device_map="cuda"')
        + vram_table()
        + """
## Training Details

### Data

The pre-training mixture is 62% web, 18% code, 9% math, 11% books and papers,
deduplicated with MinHash and filtered with a quality classifier.

### Hyperparameters

| Parameter | Value |
|---|---|
| Optimizer | AdamW (β1=0.9, β2=0.95) |
| Peak LR | 3e-4, cosine to 3e-5 |
| Warmup | 2,000 steps |
| Global batch | 4M tokens |
| Precision | BF16 with FP32 master weights |
| Parallelism | TP=2, PP=4, ZeRO-1 |

### Infrastructure

Pre-training of Widget-14B ran for 41 days on 1,536 NVIDIA H800 GPUs
connected with 8x400G RoCE, using our fork of Megatron-LM.

## Evaluation

| Benchmark | Widget-14B | Gemma-2-9B | Llama-3.1-8B |
|---|---|---|---|
| MMLU | 79.7 | 71.3 | 66.6 |
| BBH | 78.2 | 68.2 | 57.7 |
| GSM8K | 90.2 | 70.7 | 55.3 |
"""
        + citation_gpu_titles()
        + license_tail(),
        {"nvidia"},
        {"H800"},
        1536,
        "chip+count",
        model="widget/Widget-14B",
        not_providers={"amd", "huawei_ascend"},
    )
)

# 3 ============== embedding model, no training hardware
CASES.append(
    Case(
        "embedding_no_training_hw",
        front_matter(
            tags=("sentence-transformers", "feature-extraction", "mteb"),
            pipeline="sentence-similarity",
            library="sentence-transformers",
            base="FacebookAI/xlm-roberta-large",
            extra="model-index:\n- name: acme-embed-large\n  results:\n  - task:\n      type: Retrieval\n    dataset:\n      name: MTEB NFCorpus\n      type: mteb/nfcorpus\n    metrics:\n    - type: ndcg_at_10\n      value: 38.12",
        )
        + """
# acme-embed-large

<p align="center"><b>General text embeddings for retrieval, clustering and reranking</b></p>

## Model list

| Model | Dim | Max len | Avg MTEB | Docs/sec (A100) | Docs/sec (CPU) |
|---|---|---|---|---|---|
| acme/acme-embed-small | 384 | 512 | 62.1 | 14,200 | 410 |
| acme/acme-embed-base | 768 | 512 | 63.9 | 6,900 | 150 |
| acme/acme-embed-large | 1024 | 8192 | 65.4 | 2,300 | 48 |

## Usage

### Sentence-Transformers

```python
from sentence_transformers import SentenceTransformer

model = SentenceTransformer("acme/acme-embed-large", device="cuda")
queries = ["query: how much protein should a female eat"]
docs = ["passage: As a general guideline, the CDC's average requirement of protein for women ages 19 to 70 is 46 grams per day."]
q = model.encode(queries, normalize_embeddings=True)
d = model.encode(docs, normalize_embeddings=True)
print(q @ d.T)
```

Setting `use_fp16=True` speeds up encoding on GPUs with a slight drop in
accuracy. By default all visible GPUs are used; restrict them with
`CUDA_VISIBLE_DEVICES`.

### Text Embeddings Inference

```bash
docker run --gpus all -p 8080:80 ghcr.io/huggingface/text-embeddings-inference:1.5 --model-id acme/acme-embed-large
```

On Intel Xeon servers, use the `cpu-ipex` image of TEI for about 2x faster
CPU inference.

### ONNX / Transformers.js

An ONNX export is in `onnx/`, usable from Transformers.js in the browser with
WebGPU.

## Training

1. **RetroMAE-style pre-training** on 1.2B unlabeled passages.
2. **Contrastive fine-tuning** on 300M weakly supervised pairs with in-batch
   negatives (batch size 32,768 through gradient caching).
3. **Hard-negative fine-tuning** on MS MARCO, NQ, HotpotQA, NLI and 40 more
   labeled sets.

| Stage | Steps | LR | Temperature |
|---|---|---|---|
| 1 | 100k | 2e-5 | - |
| 2 | 50k | 1e-5 | 0.02 |
| 3 | 5k | 1e-5 | 0.02 |

## FAQ

**How do I fine-tune on my own data?** Use the scripts in our GitHub repo; a
single 24GB GPU is enough with LoRA and gradient checkpointing.

**Does it run on Apple Silicon?** Yes, pass `device="mps"`.

## Limitations

Inputs longer than 8192 tokens are truncated.

## Citation

```bibtex
@misc{acmeembed2024,
  title={Acme Embed: Scaling Contrastive Text Embeddings},
  author={Acme Team},
  year={2024},
  eprint={2409.88888},
  archivePrefix={arXiv}
}
```
""",
        *NONE,
        model="acme/acme-embed-large",
        not_providers={"amd", "google_tpu", "huawei_ascend"},
    )
)

# 4 ============== embedding model, stated
CASES.append(
    Case(
        "embedding_stated_8_a100_in_training_section",
        front_matter(
            tags=("sentence-transformers", "feature-extraction"),
            pipeline="sentence-similarity",
            library="sentence-transformers",
            base="answerdotai/ModernBERT-base",
            datasets=(
                "sentence-transformers/msmarco",
                "sentence-transformers/natural-questions",
            ),
        )
        + """
# northwind-embed-base-v2

A 149M parameter English embedding model built on ModernBERT-base, trained for
retrieval-augmented generation pipelines.

[![MTEB](https://img.shields.io/badge/MTEB-64.2-green)](https://huggingface.co/spaces/mteb/leaderboard)

## Highlights

* 8192-token context
* Matryoshka dims: 768, 512, 256, 128
* Fast: ~9,000 short docs/s on one H100 with flash-attention

## Usage

```python
from sentence_transformers import SentenceTransformer
model = SentenceTransformer("northwind/northwind-embed-base-v2", trust_remote_code=True)
model = model.to("cuda")
emb = model.encode(["search_query: what is RAG?"], convert_to_tensor=True)
```

```python
# Transformers, with mean pooling
import torch, torch.nn.functional as F
from transformers import AutoTokenizer, AutoModel
tok = AutoTokenizer.from_pretrained("northwind/northwind-embed-base-v2")
mdl = AutoModel.from_pretrained("northwind/northwind-embed-base-v2").cuda().eval()
batch = tok(["search_document: hello"], return_tensors="pt").to("cuda")
with torch.no_grad():
    out = mdl(**batch).last_hidden_state
```

## Evaluation

| Model | Params | MTEB avg | Retrieval | STS |
|---|---|---|---|---|
| northwind-embed-base-v2 | 149M | 64.2 | 55.1 | 82.0 |
| nomic-embed-text-v1.5 | 137M | 62.3 | 53.0 | 81.9 |
| bge-base-en-v1.5 | 109M | 63.6 | 53.3 | 82.4 |

## Training Details

### Training Data

Stage one used 235M weakly related pairs mined from the web (title/body,
question/answer, caption/alt-text). Stage two used 1.6M curated triplets with
mined hard negatives.

### Training Procedure

Both stages used the InfoNCE loss with a learnable temperature and
Matryoshka representation learning. Stage one took 3 days on 8 A100-40GB
GPUs with a global batch of 16,384; stage two ran on the same machine for 6
hours.

#### Training Hyperparameters

- learning_rate: 2e-5
- warmup_ratio: 0.05
- weight_decay: 0.01
- bf16: True
- gradient_checkpointing: True

### Framework Versions

- Python: 3.11.9
- Sentence Transformers: 3.1.0
- Transformers: 4.45.1
- PyTorch: 2.4.1
- Accelerate: 0.34.2

## Citation

```bibtex
@misc{northwind2024,
  title = {Northwind Embed v2},
  author = {Northwind Labs},
  year = {2024}
}
```
""",
        {"nvidia"},
        {"A100"},
        8,
        "chip+count",
        model="northwind/northwind-embed-base-v2",
    )
)

# 5 ============== Whisper fine-tune, Trainer auto-card, no hardware
CASES.append(
    Case(
        "whisper_finetune_autocard_no_hw",
        front_matter(
            license="apache-2.0",
            tags=("generated_from_trainer", "whisper", "asr"),
            pipeline="automatic-speech-recognition",
            base="openai/whisper-small",
            datasets=("mozilla-foundation/common_voice_17_0",),
            extra="model-index:\n- name: whisper-small-sw\n  results:\n  - task:\n      name: Automatic Speech Recognition\n      type: automatic-speech-recognition\n    metrics:\n    - name: Wer\n      type: wer\n      value: 24.81",
        )
        + """
<!-- This model card has been generated automatically according to the information the Trainer had access to. You
should probably proofread and complete it, then remove this comment. -->

# whisper-small-sw

This model is a fine-tuned version of [openai/whisper-small](https://huggingface.co/openai/whisper-small) on the Common Voice 17.0 Swahili dataset.
It achieves the following results on the evaluation set:
- Loss: 0.4127
- Wer: 24.81

## Model description

Whisper small adapted to Swahili read speech.

## Intended uses & limitations

Works for short read utterances; performance on spontaneous and noisy speech
is worse. Do not use for high-stakes transcription without human review.

## How to use

```python
import torch
from transformers import pipeline

device = "cuda:0" if torch.cuda.is_available() else "cpu"
asr = pipeline(
    "automatic-speech-recognition",
    model="kiswahili-nlp/whisper-small-sw",
    torch_dtype=torch.float16,
    device=device,
)
print(asr("sample.mp3", generate_kwargs={"language": "swahili"})["text"])
```

For faster inference, convert with CTranslate2 and use faster-whisper:

```bash
ct2-transformers-converter --model kiswahili-nlp/whisper-small-sw --output_dir ct2 --quantization float16
```

whisper.cpp users on a Mac can run the ggml conversion with Metal
acceleration; on Windows with an NVIDIA card use the CUDA build.

## Training and evaluation data

Train + validation splits of Common Voice 17.0 sw (about 52 hours), test split
for evaluation.

## Training procedure

### Training hyperparameters

The following hyperparameters were used during training:
- learning_rate: 1e-05
- train_batch_size: 32
- eval_batch_size: 16
- seed: 42
- optimizer: Use OptimizerName.ADAMW_TORCH with betas=(0.9,0.999) and epsilon=1e-08
- lr_scheduler_type: linear
- lr_scheduler_warmup_steps: 500
- training_steps: 5000
- mixed_precision_training: Native AMP

### Training results

| Training Loss | Epoch | Step | Validation Loss | Wer |
|:-------------:|:-----:|:----:|:---------------:|:-------:|
| 0.2931 | 0.97 | 1000 | 0.4780 | 31.4412 |
| 0.1625 | 1.95 | 2000 | 0.4229 | 27.3051 |
| 0.0874 | 2.92 | 3000 | 0.4117 | 25.6703 |
| 0.0456 | 3.89 | 4000 | 0.4102 | 25.0215 |
| 0.0301 | 4.87 | 5000 | 0.4127 | 24.8120 |

### Framework versions

- Transformers 4.44.2
- Pytorch 2.4.0
- Datasets 2.21.0
- Tokenizers 0.19.1
""",
        *NONE,
        model="kiswahili-nlp/whisper-small-sw",
        not_providers=ALL_OTHERS - {"apple"},
    )
)

# 6 ============== Whisper fine-tune, one RTX 4090 stated in the body
CASES.append(
    Case(
        "whisper_finetune_single_4090_stated",
        front_matter(
            tags=("whisper", "asr", "dutch"),
            pipeline="automatic-speech-recognition",
            base="openai/whisper-large-v3-turbo",
            datasets=(
                "facebook/multilingual_librispeech",
                "mozilla-foundation/common_voice_16_1",
            ),
        )
        + """
# whisper-large-v3-turbo-nl

Dutch fine-tune of Whisper large-v3-turbo. WER on CV16 nl test drops from 7.9
to 5.1.

| | |
|---|---|
| Base | openai/whisper-large-v3-turbo |
| Language | Dutch (nl) |
| Params | 809M |
| License | MIT |

## Usage

```python
import torch
from transformers import AutoModelForSpeechSeq2Seq, AutoProcessor, pipeline

model_id = "lowlands-ai/whisper-large-v3-turbo-nl"
model = AutoModelForSpeechSeq2Seq.from_pretrained(
    model_id, torch_dtype=torch.float16, low_cpu_mem_usage=True, use_safetensors=True
).to("cuda:0")
processor = AutoProcessor.from_pretrained(model_id)
pipe = pipeline("automatic-speech-recognition", model=model,
                tokenizer=processor.tokenizer, feature_extractor=processor.feature_extractor,
                device="cuda:0")
```

### Speed

| Setup | RTF |
|---|---|
| RTX 4090, fp16, batch 16 | 0.011 |
| A100 40GB, fp16, batch 32 | 0.007 |
| M2 Pro (MLX, whisper-turbo) | 0.060 |
| CPU (Ryzen 9 7950X, int8) | 0.210 |

## Training

We fine-tuned the full model (encoder and decoder) for 3 epochs on 1,400 hours
of Dutch speech.

- Optimizer: AdamW 8-bit, lr 1e-5, 500 warmup steps
- Effective batch size: 64 (16 x 4 gradient accumulation)
- SpecAugment on, 10% of samples with added noise
- Hardware: a single NVIDIA GeForce RTX 4090 (24 GB), about 60 hours

## Evaluation

| Dataset | base WER | fine-tuned WER |
|---|---|---|
| CV16 nl test | 7.9 | 5.1 |
| MLS nl test | 10.4 | 8.2 |
| FLEURS nl | 6.3 | 5.9 |

## Limitations

Dialects (Limburgs, West-Vlaams) remain hard. Timestamps drift on long files;
use chunked long-form decoding.

## Acknowledgements

Thanks to the Common Voice contributors and to the Hugging Face audio team for
the fine-tuning blog post this work started from.
""",
        {"nvidia"},
        {"RTX 4090"},
        1,
        "chip+count",
        model="lowlands-ai/whisper-large-v3-turbo-nl",
        not_providers={"amd"},
    )
)

# 7 ============== diffusion model, no training hardware
CASES.append(
    Case(
        "diffusion_no_training_hw",
        front_matter(
            license="openrail++",
            tags=("text-to-image", "stable-diffusion", "diffusers"),
            pipeline="text-to-image",
            library="diffusers",
        )
        + """
# PixelForge XL 2.0

![samples](./assets/grid.jpg)

PixelForge XL 2.0 is a latent diffusion text-to-image model at 1024x1024 with a
new 16-channel VAE and a dual text encoder.

## Model Description

- **Developed by:** PixelForge
- **Model type:** Diffusion-based text-to-image generative model
- **License:** CreativeML Open RAIL++-M
- **Resources:** [GitHub](https://github.com/pixelforge/pfxl), [Tech report](https://arxiv.org/abs/2410.77777)

## Diffusers

```python
import torch
from diffusers import DiffusionPipeline

pipe = DiffusionPipeline.from_pretrained("pixelforge/pfxl-2.0", torch_dtype=torch.float16, variant="fp16")
pipe.to("cuda")
image = pipe("an astronaut riding a green horse", num_inference_steps=28, guidance_scale=5.0).images[0]
image.save("astronaut.png")
```

Low VRAM? Call `pipe.enable_model_cpu_offload()` instead of `pipe.to("cuda")`;
it then fits in 8 GB. On Macs use `pipe.to("mps")`; on AMD cards the ROCm
build of PyTorch works unchanged. `torch.compile` gives another 20-30% on
Ampere and newer GPUs.

## ComfyUI

Put `pfxl-2.0.safetensors` in `models/checkpoints` and load the example workflow.

## Inference speed

Seconds per 1024x1024 image, 28 steps, batch 1:

| GPU | fp16 | fp8 |
|---|---|---|
| H100 SXM | 1.9 | 1.4 |
| A100 80GB | 3.1 | - |
| RTX 4090 | 3.6 | 2.7 |
| RTX 3060 12GB | 11.8 | - |
| M3 Max (MPS) | 21.0 | - |

## Training

The model was trained in three resolution stages (256, 512, 1024) for a total
of 1.1M steps at batch size 2048, then aesthetic-tuned on 3M curated images and
preference-tuned with Diffusion-DPO. See the report for the data pipeline.

## Uses

### Direct Use

Research on generative models, artwork, design and education.

### Out-of-Scope Use

Generating factual representations of people or events; any use violating the
license's use restrictions.

## Limitations and Bias

- Legible text in images is still unreliable.
- The model reflects biases of its web-scale training data.

## Citation

```bibtex
@article{pixelforge2024,
  title  = {PixelForge XL 2: Scaling Rectified Flow Transformers Efficiently on Commodity GPUs},
  author = {PixelForge Team},
  year   = {2024}
}
```
""",
        *NONE,
        model="pixelforge/pfxl-2.0",
        not_providers={"google_tpu", "huawei_ascend", "intel"},
    )
)

# 8 ============== diffusion trained on TPU v5e, inference on GPUs
CASES.append(
    Case(
        "diffusion_tpu_v5e_stated",
        front_matter(
            license="apache-2.0",
            tags=("text-to-image", "jax", "diffusers"),
            pipeline="text-to-image",
            library="diffusers",
        )
        + """
# Lumen-Diffusion-2B

A 2B-parameter diffusion transformer for text-to-image, trained in JAX and
released with PyTorch (diffusers) weights.

| Field | Value |
|---|---|
| Architecture | MMDiT, 24 blocks |
| Text encoder | T5-XL |
| Resolution | up to 1024 px, any aspect ratio |
| License | Apache-2.0 |

## Run it

```python
import torch
from diffusers import LumenPipeline
pipe = LumenPipeline.from_pretrained("lumen-lab/Lumen-Diffusion-2B", torch_dtype=torch.bfloat16).to("cuda")
img = pipe("a watercolor fox in the snow").images[0]
```

Peak memory is about 11 GB; an RTX 3080 Ti or better is recommended. The
original JAX weights (`flax/`) run on Cloud TPU VMs with `lumen.generate`.

## Sample quality

| Model | GenEval | DPG | FID-30k |
|---|---|---|---|
| Lumen-Diffusion-2B | 0.71 | 82.9 | 7.8 |
| SDXL | 0.55 | 74.7 | 9.6 |
| PixArt-Σ | 0.54 | 80.5 | 8.9 |

## Training

### Data

400M image-text pairs from licensed stock sources and public domain archives,
recaptioned with a VLM.

### Compute

Training was done with JAX + pjit on a TPU v5e-256 slice for roughly 5 weeks
(about 200k steps at global batch 4096), followed by 2 days of aesthetic
fine-tuning on the same slice.

### Hyperparameters

| Stage | Res | Steps | LR | Batch |
|---|---|---|---|---|
| 1 | 256 | 120k | 1e-4 | 4096 |
| 2 | 512 | 60k | 1e-4 | 2048 |
| 3 | 1024 | 20k | 5e-5 | 1024 |

## Safety

Outputs pass through an NSFW classifier in the demo Space; the raw weights do
not include one.

## Acknowledgements

We thank the diffusers maintainers for help with the port.
""",
        {"google_tpu"},
        {"TPU v5e"},
        ANY,
        CHIPISH,
        model="lumen-lab/Lumen-Diffusion-2B",
        not_providers={"amd", "apple"},
    )
)

# 9 ============== VLM, no training hardware
CASES.append(
    Case(
        "vlm_no_training_hw",
        front_matter(
            tags=("multimodal", "vision-language", "image-text-to-text"),
            pipeline="image-text-to-text",
            base=("acme/widget-7b", "google/siglip-so400m-patch14-384"),
        )
        + """
# Iris-VL-8B

Iris-VL-8B is an open vision-language model for documents, charts, screenshots
and natural images.

## Architecture

SigLIP-SO400M vision tower → 2-layer MLP projector → Widget-7B language model.
Dynamic high-resolution tiling up to 12 tiles of 448x448.

## Quick start

```python
import torch
from transformers import AutoModel, AutoProcessor
model = AutoModel.from_pretrained(
    "irislab/Iris-VL-8B",
    torch_dtype=torch.bfloat16,
    attn_implementation="flash_attention_2",
    trust_remote_code=True,
).eval().cuda()
processor = AutoProcessor.from_pretrained("irislab/Iris-VL-8B", trust_remote_code=True)
```

`flash_attention_2` needs an Ampere or newer GPU (A100, H100, RTX 30/40
series); on older cards or on CPU use `attn_implementation="sdpa"`.

### Multi-GPU inference

```python
model = AutoModel.from_pretrained("irislab/Iris-VL-8B", device_map="auto", trust_remote_code=True)
```

### Serving

```bash
lmdeploy serve api_server irislab/Iris-VL-8B --tp 2 --backend turbomind
```

Ascend users can run the model with MindIE 1.0 on Atlas 800I A2; Intel Arc
and Core Ultra users can use the OpenVINO export in `ov/`.

## Benchmarks

| Benchmark | Iris-VL-8B | MiniCPM-V-2.6 | InternVL2-8B |
|---|---|---|---|
| DocVQA | 93.1 | 90.8 | 91.6 |
| ChartQA | 84.0 | 79.4 | 83.3 |
| MMMU val | 51.2 | 49.8 | 49.3 |
| OCRBench | 842 | 852 | 794 |

## Training Recipe

- **Stage 1 (alignment):** projector only, 2M caption pairs, LR 1e-3.
- **Stage 2 (pre-training):** all parameters, 48M interleaved / OCR / grounding
  samples, LR 2e-5 (ViT 2e-6).
- **Stage 3 (SFT):** 6M instruction samples, LR 1e-5.

Sequence packing to 8k tokens, DeepSpeed ZeRO-2, bf16.

## FAQ

**Q: Can I fine-tune it on a single 24 GB RTX 4090?**
A: Yes, with LoRA on the LLM and a frozen ViT, batch 1 and gradient
accumulation; full fine-tuning needs 8x A100 80GB.

**Q: Does it support video?** A: Up to 32 frames, sampled uniformly.

## License

Code under Apache-2.0; weights under the Iris Community License.
""",
        *NONE,
        model="irislab/Iris-VL-8B",
        not_providers={"google_tpu", "cambricon", "amd"},
    )
)

# 10 ============== VLM from a Chinese lab trained on Ascend 910B, bilingual
CASES.append(
    Case(
        "vlm_chinese_ascend_910b_stated",
        front_matter(tags=("multimodal", "chinese"), pipeline="image-text-to-text")
        + badges("shanhai", "ShanHai-VL-13B")
        + """
# 山海-VL-13B (ShanHai-VL-13B)

[中文](#中文说明) | [English](#english)

## 中文说明

### 简介

山海-VL-13B 是一个中英双语多模态大模型，支持图像理解、文档问答与视觉定位。

### 更新

- 2024.08.10：发布山海-VL-13B 权重与技术报告。
- 2024.09.01：新增 vLLM 推理支持。
- 2024.10.12：发布 INT4 量化版本，单张 RTX 4090 即可部署。

### 快速开始

```python
from transformers import AutoModelForCausalLM
model = AutoModelForCausalLM.from_pretrained("shanhai/ShanHai-VL-13B", trust_remote_code=True, device_map="cuda")
```

### 训练

模型的预训练与指令微调全部在昇腾 AI 集群上完成。

## English

### Introduction

ShanHai-VL-13B is a Chinese-English vision-language model for image
understanding, document QA and grounding.

### Deployment

| Setting | Memory | Hardware |
|---|---|---|
| BF16 | 30 GB | 1x A100 80GB / 1x Atlas 800I A2 |
| INT8 | 16 GB | 1x A10 / 1x L40S |
| INT4 | 9 GB | 1x RTX 4090 / RTX 3090 |

### Training

The vision encoder was initialized from EVA-CLIP; the language model is our own
13B base. Both pre-training (1.4T multimodal tokens) and SFT were carried out
on 1,024 Ascend 910B NPUs with MindSpeed, over about 30 days.

| Stage | Data | Trainable |
|---|---|---|
| Alignment | 50M captions | projector |
| Pre-training | 1.4T tokens | all |
| SFT | 8M samples | all |

### Results

| Benchmark | ShanHai-VL-13B | Qwen-VL-Chat | LLaVA-1.5-13B |
|---|---|---|---|
| MMBench-CN | 76.2 | 56.3 | 63.6 |
| TextVQA | 74.1 | 61.5 | 61.3 |

### Citation

```bibtex
@article{shanhai2024,
  title={ShanHai-VL: A Bilingual Multimodal Model Trained on Ascend Clusters},
  author={ShanHai Team},
  year={2024}
}
```
""",
        {"huawei_ascend"},
        {"Ascend 910B"},
        1024,
        "chip+count",
        model="shanhai/ShanHai-VL-13B",
        not_providers={"amd"},
    )
)

# 11 ============== small community QLoRA fine-tune, 2x RTX 3090
CASES.append(
    Case(
        "community_qlora_2x3090_stated",
        front_matter(
            license="llama3.1",
            tags=("llama", "qlora", "roleplay", "axolotl"),
            base="meta-llama/Llama-3.1-8B-Instruct",
            datasets=(
                "anthracite-org/stheno-filtered-v1.1",
                "Gryphe/Sonnet3.5-SlimOrcaDedupCleaned",
            ),
        )
        + """
# Marigold-8B-v0.3

> ⚠️ Uncensored-ish roleplay model. You are responsible for what you do with it.

![cover](https://huggingface.co/someuser/Marigold-8B-v0.3/resolve/main/cover.webp)

Third attempt at a creative-writing tune on top of Llama 3.1 8B Instruct. v0.2
was too horny and too dumb, v0.3 should be a bit smarter.

## Quants

- GGUF: [someuser/Marigold-8B-v0.3-GGUF](https://huggingface.co/someuser/Marigold-8B-v0.3-GGUF) (thanks mradermacher for the imatrix ones)
- EXL2: 4.0bpw / 6.0bpw / 8.0bpw branches, for TabbyAPI on NVIDIA cards
- MLX: mlx-community has a 4-bit one for Mac people

## Prompt format

Llama 3 instruct. Use the SillyTavern presets in `st/`.

```
<|start_header_id|>system<|end_header_id|>

{system}<|eot_id|><|start_header_id|>user<|end_header_id|>

{prompt}<|eot_id|><|start_header_id|>assistant<|end_header_id|>
```

## Recommended samplers

- temp 1.0, min_p 0.05, rep pen 1.05
- DRY multiplier 0.8

## Training

Trained with axolotl, QLoRA r=64 alpha=32 on all linear layers, 2 epochs,
lr 1e-5 cosine, 8192 seq len with sample packing. Took about 19 hours on my
two RTX 3090s (NVLinked) in the basement.

<details><summary>axolotl config</summary>

```yaml
base_model: meta-llama/Llama-3.1-8B-Instruct
load_in_4bit: true
adapter: qlora
lora_r: 64
lora_alpha: 32
lora_target_linear: true
sequence_len: 8192
sample_packing: true
gradient_accumulation_steps: 4
micro_batch_size: 1
num_epochs: 2
learning_rate: 0.00001
bf16: auto
flash_attention: true
deepspeed: deepspeed_configs/zero2.json
```

</details>

## Thanks

Thanks to the Beaver AI discord for testing, and to Kalomaze for sampler advice.

[<img src="https://raw.githubusercontent.com/axolotl-ai-cloud/axolotl/main/image/axolotl-badge-web.png" alt="Built with Axolotl" width="200" height="32"/>](https://github.com/axolotl-ai-cloud/axolotl)
""",
        {"nvidia"},
        {"RTX 3090"},
        2,
        "chip+count",
        model="someuser/Marigold-8B-v0.3",
        not_providers={"amd", "google_tpu"},
    )
)

# 12 ============== Unsloth boilerplate community fine-tune: no hardware
CASES.append(
    Case(
        "community_unsloth_boilerplate_no_hw",
        front_matter(
            license="apache-2.0",
            tags=(
                "text-generation-inference",
                "transformers",
                "unsloth",
                "qwen2",
                "trl",
                "sft",
            ),
            base="unsloth/Qwen2.5-7B-Instruct-bnb-4bit",
        )
        + """
# Uploaded model

- **Developed by:** tinkerer42
- **License:** apache-2.0
- **Finetuned from model :** unsloth/Qwen2.5-7B-Instruct-bnb-4bit

This qwen2 model was trained 2x faster with [Unsloth](https://github.com/unslothai/unsloth) and Huggingface's TRL library.

[<img src="https://raw.githubusercontent.com/unslothai/unsloth/main/images/unsloth%20made%20with%20love.png" width="200"/>](https://github.com/unslothai/unsloth)

## Unsloth notebooks

All notebooks are beginner friendly and run on a free Google Colab T4 or a
Kaggle P100 / 2x T4.

| Unsloth supports | Free Notebooks | Performance | Memory use |
|-----------------|--------------------------------------|-----------------|----------|
| **Llama-3.2 (3B)** | [▶️ Start on Colab](https://colab.research.google.com/drive/1) | 2.4x faster | 58% less |
| **Qwen2.5 (7B)** | [▶️ Start on Colab](https://colab.research.google.com/drive/2) | 2x faster | 60% less |
| **Gemma 2 (9B)** | [▶️ Start on Colab](https://colab.research.google.com/drive/3) | 2.4x faster | 58% less |
| **Mistral (7B)** | [▶️ Start on Colab](https://colab.research.google.com/drive/4) | 2.2x faster | 62% less |

- This [conversational notebook](https://colab.research.google.com/drive/5) is useful for ShareGPT chat datasets.
- Kaggle has 2x T4s, but we use 1. Due to overhead, 1x T4 is 5x faster.

## What I did

Fine-tuned on a mix of my own customer-support transcripts (anonymised) for
3 epochs with LoRA rank 16. It answers questions about our product's billing
flow. Probably useless for anything else!

## Inference

```python
from unsloth import FastLanguageModel
model, tokenizer = FastLanguageModel.from_pretrained("tinkerer42/qwen-billing-helper", load_in_4bit=True)
FastLanguageModel.for_inference(model)
inputs = tokenizer(["How do I change my plan?"], return_tensors="pt").to("cuda")
print(tokenizer.batch_decode(model.generate(**inputs, max_new_tokens=128)))
```

## Eval

Ran 50 held-out tickets by hand: 41 good, 6 meh, 3 wrong.

| metric | base | tuned |
|---|---|---|
| exact policy cited | 22% | 74% |
| hallucinated fee | 18% | 4% |

## Notes

- Context 4096 only.
- Don't ask it for legal advice.
- Saved as merged 16-bit; GGUF q4_k_m in the `gguf` folder for Ollama.
""",
        *NONE,
        model="tinkerer42/qwen-billing-helper",
        not_providers=ALL_OTHERS,
    )
)

# 13 ============== GGUF repack embedding the original card (which states H800)
ORIGINAL_STATED = """
# Widget-14B

Widget-14B is a dense decoder model pretrained from scratch on 15T tokens.

## Training Details

Pre-training of Widget-14B ran for 41 days on 1,536 NVIDIA H800 GPUs
connected with RoCE, using our fork of Megatron-LM.

| Parameter | Value |
|---|---|
| Optimizer | AdamW |
| Peak LR | 3e-4 |
| Global batch | 4M tokens |

## Evaluation

| Benchmark | Widget-14B |
|---|---|
| MMLU | 79.7 |
| GSM8K | 90.2 |
"""
CASES.append(
    Case(
        "gguf_repack_embeds_original_card",
        front_matter(
            license="apache-2.0",
            tags=("gguf", "llama.cpp", "quantized"),
            base="widget/Widget-14B",
            library="gguf",
            extra="base_model_relation: quantized\nquantized_by: quantfactory",
        )
        + """
# Widget-14B-GGUF

Static and imatrix quants of [widget/Widget-14B](https://huggingface.co/widget/Widget-14B),
made with llama.cpp b3901.

## Provided files

| Name | Quant | Size | Use case |
|---|---|---|---|
| Widget-14B.Q2_K.gguf | Q2_K | 5.8 GB | smallest, significant quality loss |
| Widget-14B.Q4_K_M.gguf | Q4_K_M | 9.0 GB | recommended |
| Widget-14B.Q5_K_M.gguf | Q5_K_M | 10.5 GB | high quality |
| Widget-14B.Q8_0.gguf | Q8_0 | 15.7 GB | near lossless |

## How to run

```bash
# llama.cpp with full GPU offload (CUDA or Metal)
./llama-cli -m Widget-14B.Q4_K_M.gguf -ngl 99 -c 8192 -p "You are a helpful assistant"

# Ollama
ollama run hf.co/quantfactory/Widget-14B-GGUF:Q4_K_M

# LM Studio: search for "Widget-14B-GGUF"
```

Throughput (Q4_K_M, tg128): RTX 4090 ~ 72 t/s, M2 Ultra ~ 48 t/s, Ryzen 7950X
CPU ~ 9 t/s.

The imatrix was computed on a single RTX 3090 from a 2MB calibration text.

---

# Original model card
"""
        + ORIGINAL_STATED,
        *NONE,
        model="quantfactory/Widget-14B-GGUF",
    )
)

# 14 ============== MLX 4-bit conversion whose card repeats a TPU statement
CASES.append(
    Case(
        "mlx_4bit_conversion_of_tpu_model",
        front_matter(
            license="gemma", tags=("mlx",), base="lumen-lab/Lumen-9B-it", library="mlx"
        )
        + """
# mlx-community/Lumen-9B-it-4bit

The Model [mlx-community/Lumen-9B-it-4bit](https://huggingface.co/mlx-community/Lumen-9B-it-4bit) was
converted to MLX format from [lumen-lab/Lumen-9B-it](https://huggingface.co/lumen-lab/Lumen-9B-it)
using mlx-lm version **0.19.0**.

## Use with mlx

```bash
pip install mlx-lm
```

```python
from mlx_lm import load, generate

model, tokenizer = load("mlx-community/Lumen-9B-it-4bit")
prompt = "hello"
if tokenizer.chat_template is not None:
    messages = [{"role": "user", "content": prompt}]
    prompt = tokenizer.apply_chat_template(messages, tokenize=False, add_generation_prompt=True)
response = generate(model, tokenizer, prompt=prompt, verbose=True)
```

Runs at about 38 tokens/s on an M3 Max and 21 tokens/s on an M1 Pro.

## About the original model

Lumen-9B-it is an instruction-tuned model from Lumen Lab. From the original
card: "Lumen-9B was trained on TPU v5p chips using JAX and ML Pathways; the
instruction stage reused the same pod." Benchmarks:

| Benchmark | Lumen-9B-it |
|---|---|
| MMLU | 72.1 |
| HumanEval | 61.0 |
""",
        *NONE,
        model="mlx-community/Lumen-9B-it-4bit",
        not_providers={"nvidia"},
    )
)

# 15 ============== mergekit merge, no training
CASES.append(
    Case(
        "mergekit_slerp_merge_no_training",
        front_matter(
            license="apache-2.0",
            tags=("merge", "mergekit", "lazymergekit"),
            base=(
                "mistralai/Mistral-7B-Instruct-v0.2",
                "NousResearch/Hermes-2-Pro-Mistral-7B",
            ),
        )
        + """
# Hermistral-7B-slerp

Hermistral-7B-slerp is a merge of the following models using [mergekit](https://github.com/arcee-ai/mergekit):
* [mistralai/Mistral-7B-Instruct-v0.2](https://huggingface.co/mistralai/Mistral-7B-Instruct-v0.2)
* [NousResearch/Hermes-2-Pro-Mistral-7B](https://huggingface.co/NousResearch/Hermes-2-Pro-Mistral-7B)

## 🧩 Configuration

```yaml
slices:
  - sources:
      - model: mistralai/Mistral-7B-Instruct-v0.2
        layer_range: [0, 32]
      - model: NousResearch/Hermes-2-Pro-Mistral-7B
        layer_range: [0, 32]
merge_method: slerp
base_model: mistralai/Mistral-7B-Instruct-v0.2
parameters:
  t:
    - filter: self_attn
      value: [0, 0.5, 0.3, 0.7, 1]
    - filter: mlp
      value: [1, 0.5, 0.7, 0.3, 0]
    - value: 0.5
dtype: bfloat16
```

Reproduce with:

```bash
pip install mergekit
mergekit-yaml config.yaml ./merged --cuda --lazy-unpickle --allow-crimes
```

## 💻 Usage

```python
!pip install -qU transformers accelerate

from transformers import AutoTokenizer
import transformers
import torch

model = "mergelord/Hermistral-7B-slerp"
messages = [{"role": "user", "content": "What is a large language model?"}]

tokenizer = AutoTokenizer.from_pretrained(model)
prompt = tokenizer.apply_chat_template(messages, tokenize=False, add_generation_prompt=True)
pipeline = transformers.pipeline(
    "text-generation",
    model=model,
    torch_dtype=torch.float16,
    device_map="auto",
)

outputs = pipeline(prompt, max_new_tokens=256, do_sample=True, temperature=0.7, top_k=50, top_p=0.95)
print(outputs[0]["generated_text"])
```

## 🏆 Open LLM Leaderboard Evaluation Results

| Metric | Value |
|---|---|
| Avg. | 68.91 |
| AI2 Reasoning Challenge (25-Shot) | 65.78 |
| HellaSwag (10-Shot) | 85.42 |
| MMLU (5-Shot) | 62.97 |
| TruthfulQA (0-shot) | 63.10 |
| Winogrande (5-shot) | 78.45 |
| GSM8k (5-shot) | 57.77 |

## Notes

The merge itself took 4 minutes on a free Colab T4; no gradient steps were
taken. Hermes 2 Pro was trained by Nous Research (see its card for details).
""",
        *NONE,
        model="mergelord/Hermistral-7B-slerp",
        not_providers={"amd", "apple", "google_tpu"},
    )
)

# 16 ============== code model, no training hardware
CASES.append(
    Case(
        "code_model_no_training_hw",
        front_matter(
            license="bigcode-openrail-m",
            tags=("code", "fim"),
            datasets=("bigcode/the-stack-v2",),
        )
        + """
# Forge-Coder-15B

[📜 Paper](https://arxiv.org/abs/2410.55555) | [🤖 Playground](https://huggingface.co/spaces/forge/coder) | [💻 VS Code extension](https://marketplace.visualstudio.com/items?itemName=forge.coder)

Forge-Coder-15B is a code LLM trained on 4.2T tokens of permissively licensed
source code in 600+ languages, with fill-in-the-middle and repository-level
context.

## Model Summary

| | |
|---|---|
| Parameters | 15.5B |
| Context | 16k (repo-level packing) |
| Tokenizer | 49k BPE |
| Objectives | causal LM + FIM (PSM/SPM, rate 0.5) |
| Attention | GQA + sliding window 4k |

## Use

### Completion

```python
from transformers import AutoModelForCausalLM, AutoTokenizer
ckpt = "forge/Forge-Coder-15B"
tok = AutoTokenizer.from_pretrained(ckpt)
model = AutoModelForCausalLM.from_pretrained(ckpt, torch_dtype="bfloat16").to("cuda")
ids = tok("def quicksort(arr):", return_tensors="pt").to("cuda")
print(tok.decode(model.generate(**ids, max_new_tokens=64)[0]))
```

### Fill-in-the-middle

```python
prompt = "<fim_prefix>def add(a, b):\\n    <fim_suffix>\\n    return c<fim_middle>"
```

### TensorRT-LLM

```bash
python convert_checkpoint.py --model_dir forge/Forge-Coder-15B --output_dir ckpt --dtype bfloat16 --tp_size 2
trtllm-build --checkpoint_dir ckpt --output_dir engine --gemm_plugin bfloat16
```

## Performance

| Model | HumanEval+ | MBPP+ | RepoBench | tok/s on 1x H100 (bf16) |
|---|---|---|---|---|
| Forge-Coder-15B | 62.8 | 61.3 | 46.1 | 88 |
| StarCoder2-15B | 37.8 | 54.5 | 41.6 | 84 |
| CodeLlama-13B | 38.4 | 52.1 | 35.9 | 92 |

## Hardware requirements for local use

- bf16: 32 GB (A100 40GB, 2x RTX 4090)
- 8-bit: 17 GB (RTX 4090, RTX A5000)
- 4-bit GGUF: 9 GB (RTX 3080, MacBook M-series with 16 GB)

## Training

- **Architecture:** decoder-only, multi-query attention
- **Pretraining steps:** 1M
- **Pretraining tokens:** 4.2T
- **Precision:** bfloat16
- **Framework:** Megatron-LM + our FIM data loader
- **Orchestration:** Slurm

## Attribution & Other Requirements

The pretraining data was filtered for permissive licenses only. A search
index over the training data is provided so generated code can be traced.

## Citation

```bibtex
@article{forgecoder,
  title={Forge-Coder: Repository-Level Pretraining for Code LLMs},
  author={Forge Research},
  year={2024}
}
@article{shoeybi2019megatron,
  title={Megatron-LM: Training Multi-Billion Parameter Language Models Using Model Parallelism},
  author={Shoeybi, Mohammad and others},
  year={2019}
}
```
""",
        *NONE,
        model="forge/Forge-Coder-15B",
        not_providers={"amd", "google_tpu", "huawei_ascend", "apple"},
    )
)

# 17 ============== code model trained on MI250X at LUMI, stated once
CASES.append(
    Case(
        "code_model_mi250x_lumi_stated",
        front_matter(
            license="apache-2.0",
            tags=("code",),
            datasets=("bigcode/the-stack-v2-dedup",),
        )
        + """
# Nordic-Coder-7B

A 7B code model from a consortium of Nordic universities.

## Quickstart

```python
from transformers import pipeline
gen = pipeline("text-generation", model="nordic-ai/Nordic-Coder-7B", device=0)
print(gen("# Python function that parses an ISO date\\n", max_new_tokens=80)[0]["generated_text"])
```

`device=0` selects the first CUDA (or ROCm) device. For CPU-only machines pass
`device=-1`.

## Evaluation

| Benchmark | Nordic-Coder-7B | DeepSeek-Coder-6.7B | CodeLlama-7B |
|---|---|---|---|
| HumanEval | 54.3 | 49.4 | 33.5 |
| MBPP | 58.1 | 60.6 | 41.4 |
| MultiPL-E (avg) | 41.7 | 44.2 | 27.1 |

## Training

### Data

1.1T tokens: 80% code from The Stack v2 (dedup), 12% English and Nordic
natural language, 8% math.

### Setup

The model was trained from scratch on the LUMI supercomputer in Kajaani,
Finland, using 256 AMD Instinct MI250X GPUs (512 GCDs) for 19 days with a
ROCm build of our Megatron-DeepSpeed fork.

| Hyperparameter | Value |
|---|---|
| Layers | 32 |
| Hidden | 4096 |
| LR | 3e-4 cosine |
| Batch | 1024 x 4096 tokens |

## Deployment tips

- vLLM on 1x A10G / L4 works well at bf16 with 8k context.
- For laptops use the GGUF quants; Apple M-series runs Q4 at ~30 tok/s.

## Acknowledgements

We acknowledge the EuroHPC Joint Undertaking for awarding this project access
to LUMI, hosted by CSC (Finland) and the LUMI consortium.

## Citation

```bibtex
@misc{nordiccoder,
  title={Nordic-Coder: An Open Code Model Trained on European Supercomputers},
  year={2024}
}
```
""",
        {"amd"},
        {"MI250X"},
        256,
        "chip+count",
        model="nordic-ai/Nordic-Coder-7B",
        not_providers={"google_tpu"},
    )
)

# 18 ============== Chinese bilingual card, domestic compute only + Ascend news
CASES.append(
    Case(
        "chinese_bilingual_domestic_compute_no_vendor",
        front_matter(tags=("chinese", "bilingual"))
        + badges("yunhai", "YunHai-32B-Chat")
        + """
# 云海-32B-Chat / YunHai-32B-Chat

## 🔥 最新动态 / News

- **2024.05**：发布针对昇腾 NPU 优化的推理版本（MindIE），详见 `docs/ascend_deploy.md`。
- **2024.04**：支持 vLLM 与 SGLang 部署；提供 AWQ / GPTQ 量化模型。
- **2024.03**：云海-32B-Chat 正式开源。

## 模型介绍

云海-32B-Chat 由云海研究院**基于国产算力**完成研发与训练，采用 3.2 万亿
高质量中英文语料，支持 32K 上下文。

YunHai-32B-Chat was developed and trained on domestic compute by the YunHai
Institute, on 3.2T tokens of Chinese and English text, with 32K context.

## 效果评测 / Evaluation

| 模型 | C-Eval | CMMLU | MMLU | GSM8K |
|---|---|---|---|---|
| 云海-32B-Chat | 85.3 | 84.7 | 77.9 | 82.1 |
| Qwen1.5-32B-Chat | 83.5 | 82.3 | 74.3 | 77.4 |
| Yi-34B-Chat | 79.7 | 80.1 | 73.5 | 71.6 |

## 快速使用 / Quickstart

```python
import torch
from transformers import AutoModelForCausalLM, AutoTokenizer
tok = AutoTokenizer.from_pretrained("yunhai/YunHai-32B-Chat", trust_remote_code=True)
model = AutoModelForCausalLM.from_pretrained("yunhai/YunHai-32B-Chat", torch_dtype=torch.bfloat16, trust_remote_code=True).cuda()
print(model.chat(tok, "你好"))
```

## 推理显存 / Inference memory

| 精度 | 显存 | 推荐硬件 |
|---|---|---|
| BF16 | 66 GB | 1×A800 80G 或 1×H20 |
| INT8 | 35 GB | 2×RTX 4090 |
| INT4 | 20 GB | 1×RTX 4090 / 1×L20 |

## 昇腾部署 / Ascend deployment

在 Atlas 800I A2 上使用 MindIE：

```bash
docker run -it --device=/dev/davinci0 --device=/dev/davinci_manager mindie:1.0 bash
```

## 微调 / Fine-tuning

我们提供了基于 LLaMA-Factory 的微调脚本，支持在 NVIDIA GPU 或昇腾 910B 上进行
LoRA 与全参数微调。

We provide LLaMA-Factory scripts for LoRA and full fine-tuning by users on
NVIDIA GPUs or Ascend 910B.

## 协议 / License

社区使用需遵循《云海模型社区许可协议》；商业使用请联系 bd@yunhai.cn。
""",
        *NONE,
        model="yunhai/YunHai-32B-Chat",
        not_providers={
            "amd",
            "cambricon",
            "baidu_kunlun",
            "hygon",
            "metax",
            "moore_threads",
        },
    )
)

# 19 ============== Chinese bilingual card, chip+count stated in Chinese
CASES.append(
    Case(
        "chinese_bilingual_h800_count_in_chinese",
        front_matter(tags=("chinese", "moe"))
        + """
# 鲲云-MoE-A3B / KunYun-MoE-A3B

<div align="center">
<a href="README_EN.md">English</a> | 中文
</div>

## 简介

鲲云-MoE-A3B 是一个总参数 21B、激活参数 3B 的混合专家模型，面向端侧与低成本
服务场景。

## 模型结构

| 参数 | 数值 |
|---|---|
| 总参数 | 21B |
| 激活参数 | 3B |
| 专家数 | 64（每 token 激活 6） |
| 层数 | 28 |
| 上下文 | 32K |

## 训练细节

- 预训练语料：8T tokens（中文 40%，英文 45%，代码 10%，数学 5%）
- 优化器：AdamW，峰值学习率 4.2e-4，WSD 调度
- 并行策略：EP=8，PP=2，ZeRO-1
- 训练硬件：预训练使用 512 张 NVIDIA H800 GPU，历时约 24 天

## 推理

```python
from transformers import AutoModelForCausalLM, AutoTokenizer
model = AutoModelForCausalLM.from_pretrained("kunyun/KunYun-MoE-A3B", device_map="auto", trust_remote_code=True)
```

使用 vLLM 部署（单卡 RTX 4090 即可运行 INT4 版本）：

```bash
vllm serve kunyun/KunYun-MoE-A3B --trust-remote-code --max-model-len 16384
```

端侧：支持在搭载骁龙 8 Gen 3 的手机上通过 llama.cpp 运行 Q4 量化版本。

## 评测

| 模型 | 激活参数 | C-Eval | MMLU | HumanEval |
|---|---|---|---|---|
| 鲲云-MoE-A3B | 3B | 74.2 | 68.9 | 55.5 |
| Qwen2-1.5B | 1.5B | 70.6 | 56.5 | 31.1 |
| MiniCPM-2B | 2.4B | 51.1 | 53.5 | 50.0 |

## 引用

```bibtex
@misc{kunyun2024,
  title={KunYun-MoE: Efficient Mixture-of-Experts at 3B Active Parameters},
  year={2024}
}
```
""",
        {"nvidia"},
        {"H800"},
        512,
        "chip+count",
        model="kunyun/KunYun-MoE-A3B",
        not_providers={"baidu_kunlun", "huawei_ascend", "amd"},
    )
)

# 20 ============== Llama-style GPU-hours only (chip, no count)
CASES.append(
    Case(
        "llm_gpu_hours_only_h100",
        front_matter(
            license="other",
            tags=("llama", "facebook"),
            extra="extra_gated_prompt: >-\n  You agree to the Community License.",
        )
        + """
# Orca-Llama-3.1-Nordic-8B

## Model Information

A continued-pretraining of Llama 3.1 8B on 200B tokens of Nordic-language text,
followed by instruction tuning.

**Model developer:** Nordic Language Lab

**Model Architecture:** Auto-regressive transformer, GQA, 128k context.

| | Training Data | Params | Input | Output | Context | GQA | Tokens | Cutoff |
|---|---|---|---|---|---|---|---|---|
| Orca-Llama-3.1-Nordic-8B | Nordic web + books | 8B | text | text & code | 128k | Yes | 200B (CPT) | Dec 2023 |

## Intended Use

Assistant-like chat in Swedish, Norwegian, Danish, Finnish and Icelandic.

**Out-of-scope:** Use in any manner that violates applicable laws; use in
languages not listed, without fine-tuning.

## How to use

```python
import transformers, torch
pipe = transformers.pipeline("text-generation", model="nordiclab/Orca-Llama-3.1-Nordic-8B",
                             model_kwargs={"torch_dtype": torch.bfloat16}, device_map="auto")
```

## Hardware and Software

**Training Factors:** We used custom training libraries on a shared academic
cluster. Fine-tuning, annotation and evaluation were also performed on
production infrastructure.

**Training Energy Use:** Continued pre-training and tuning used a cumulative
41K GPU hours of computation on H100-80GB (TDP of 700W) type hardware.

**Training Greenhouse Gas Emissions:** Estimated total location-based
emissions were 4.6 tons CO2eq; the cluster runs on 100% hydro power, so
market-based emissions were 0 tons.

| | Training Time (GPU hours) | Training Power Consumption (W) | Location-Based Emissions (tons CO2eq) |
|---|---|---|---|
| CPT | 36K | 700 | 4.1 |
| SFT + DPO | 5K | 700 | 0.5 |
| Total | 41K | | 4.6 |

## Benchmark scores

| Category | Benchmark | Llama 3.1 8B Instruct | Ours |
|---|---|---|---|
| Nordic | ScandEval avg | 52.3 | 61.8 |
| General | MMLU (5-shot) | 69.4 | 68.7 |
| Math | GSM8K (8-shot, CoT) | 84.5 | 83.9 |

## Responsibility & Safety

We followed the Llama 3.1 Responsible Use Guide and ran Llama Guard 3 on the
instruction data.
""",
        {"nvidia"},
        {"H100"},
        None,
        "chip",
        model="nordiclab/Orca-Llama-3.1-Nordic-8B",
    )
)

# 21 ============== CO2 template filled, chip without count, cloud named
CASES.append(
    Case(
        "co2_template_filled_h100_coreweave_deep",
        front_matter(
            license="mit",
            tags=("text-classification", "deberta"),
            pipeline="text-classification",
            base="microsoft/deberta-v3-large",
            datasets=("tweet_eval",),
        )
        + """
# Model Card for deberta-v3-large-toxicity

<!-- Provide a quick summary of what the model is/does. -->

A DeBERTa-v3-large classifier for toxic, insulting and threatening content in
English social media posts.

## Model Details

### Model Description

- **Developed by:** SafeText Lab
- **Funded by [optional]:** [More Information Needed]
- **Shared by [optional]:** SafeText Lab
- **Model type:** Sequence classification (6 labels, multi-label)
- **Language(s) (NLP):** English
- **License:** MIT
- **Finetuned from model [optional]:** microsoft/deberta-v3-large

### Model Sources [optional]

- **Repository:** https://github.com/safetext/toxicity
- **Paper [optional]:** [More Information Needed]
- **Demo [optional]:** [More Information Needed]

## Uses

### Direct Use

Moderation pre-filtering, research on online harm.

### Downstream Use [optional]

[More Information Needed]

### Out-of-Scope Use

Automated bans without human review; non-English text.

## Bias, Risks, and Limitations

Over-flags African-American English and reclaimed slurs; see the bias audit.

## How to Get Started with the Model

```python
from transformers import pipeline
clf = pipeline("text-classification", model="safetext/deberta-v3-large-toxicity", top_k=None, device="cuda")
print(clf("you are a wonderful person"))
```

## Training Details

### Training Data

Jigsaw unintended bias + tweet_eval offensive, relabelled (120k posts).

### Training Procedure

#### Training Hyperparameters

- **Training regime:** bf16 mixed precision
- lr 1e-5, batch 32, 4 epochs, linear decay

#### Speeds, Sizes, Times [optional]

One epoch takes about 40 minutes.

## Evaluation

| Label | F1 |
|---|---|
| toxic | 0.83 |
| insult | 0.79 |
| threat | 0.61 |

## Environmental Impact

Carbon emissions can be estimated using the [Machine Learning Impact calculator](https://mlco2.github.io/impact#compute) presented in [Lacoste et al. (2019)](https://arxiv.org/abs/1910.09700).

- **Hardware Type:** NVIDIA H100 SXM5 80GB
- **Hours used:** 3
- **Cloud Provider:** CoreWeave
- **Compute Region:** US East
- **Carbon Emitted:** 0.9 kg CO2eq

## Technical Specifications [optional]

### Model Architecture and Objective

DeBERTa-v3-large encoder with a linear multi-label head, BCE loss.

### Compute Infrastructure

#### Hardware

See Environmental Impact.

#### Software

transformers 4.46, PyTorch 2.5

## Model Card Contact

safety@safetext.org
""",
        {"nvidia"},
        {"H100"},
        ANY,
        CHIPISH,
        model="safetext/deberta-v3-large-toxicity",
    )
)

# 22 ============== fine-tune that only describes the BASE model's hardware
CASES.append(
    Case(
        "finetune_mentions_only_base_model_hardware",
        front_matter(
            license="llama3",
            tags=("medical", "llama-3"),
            base="meta-llama/Meta-Llama-3-8B-Instruct",
            datasets=(
                "medalpaca/medical_meadow_medqa",
                "lavita/ChatDoctor-HealthCareMagic-100k",
            ),
        )
        + """
# MedLlama-3-8B-v1

⚕️ **Not a doctor.** Research use only.

## Overview

MedLlama-3-8B-v1 is a supervised fine-tune of Meta-Llama-3-8B-Instruct on
~400k medical question-answer pairs and clinical vignettes.

### About the base model

Meta-Llama-3-8B was pretrained by Meta on over 15T tokens using two custom
24K-GPU clusters; Meta reports 1.3M H100-80GB GPU hours for the 8B model.
We did not change its tokenizer or architecture.

## Results

| Benchmark | Llama-3-8B-Instruct | MedLlama-3-8B-v1 |
|---|---|---|
| MedQA (4 opt) | 59.2 | 64.8 |
| MedMCQA | 56.1 | 60.3 |
| PubMedQA | 74.4 | 76.0 |
| MMLU-clinical | 71.0 | 73.9 |

## Usage

```python
import torch
from transformers import AutoModelForCausalLM, AutoTokenizer
tok = AutoTokenizer.from_pretrained("clinicai/MedLlama-3-8B-v1")
model = AutoModelForCausalLM.from_pretrained("clinicai/MedLlama-3-8B-v1", torch_dtype=torch.bfloat16).to("cuda")
```

Also available: `clinicai/MedLlama-3-8B-v1-GGUF` for llama.cpp / Ollama, and
an MLX build for Apple Silicon laptops.

## Training procedure

- Full-parameter SFT, 3 epochs, lr 2e-5, cosine, warmup 3%
- Sequence length 4096, packing
- DeepSpeed ZeRO-3, bf16
- Chat template: Llama 3

## Limitations

May produce plausible but wrong medical statements. Always verify with a
qualified clinician.

## Citation

```bibtex
@misc{medllama3,
  title={MedLlama-3: Domain Adaptation of Llama 3 for Medicine},
  year={2024}
}
```
""",
        *NONE,
        model="clinicai/MedLlama-3-8B-v1",
        not_providers={"amd", "google_tpu"},
    )
)

# 23 ============== sibling sentence names another size; own size differs
CASES.append(
    Case(
        "sibling_70b_h100_own_7b_a100",
        front_matter(tags=("text-generation",))
        + """
# Aster-7B

Aster is a family of open models (7B, 34B, 70B) trained on the same 6T-token
corpus.

## Family

| Model | Params | Context | Link |
|---|---|---|---|
| Aster-7B | 7.2B | 8k | this repo |
| Aster-34B | 34.4B | 16k | aster/Aster-34B |
| Aster-70B | 70.6B | 16k | aster/Aster-70B |

## Quickstart

```python
from transformers import AutoModelForCausalLM
m = AutoModelForCausalLM.from_pretrained("aster/Aster-7B", device_map="auto")
```

Serving the 70B needs 4x H100 80GB (bf16) or 2x H100 with FP8.

## Training compute

Aster-70B was trained on 2,048 H100 GPUs for 33 days. Aster-7B, the model in
this repository, was trained on 256 A100 80GB GPUs over 21 days; Aster-34B
used 1,024 H100 GPUs.

## Evaluation

| Benchmark | Aster-7B | Aster-34B | Aster-70B |
|---|---|---|---|
| MMLU | 64.0 | 74.8 | 79.3 |
| ARC-C | 58.7 | 66.1 | 70.2 |
| HumanEval | 35.4 | 51.2 | 60.9 |

## Limitations

Short context (8k) for the 7B; English-centric.

## License

Apache-2.0.
""",
        {"nvidia"},
        {"A100"},
        256,
        "chip+count",
        model="aster/Aster-7B",
    )
)

# 24 ============== user fine-tune recipe vs. actual H200 training
CASES.append(
    Case(
        "user_recipe_a100_vs_actual_h200",
        front_matter(tags=("reasoning", "math"), base="acme/widget-7b")
        + """
# Sage-Math-7B

Sage-Math-7B is a math reasoning model obtained by SFT and RL from Widget-7B.

## Highlights

- AIME24 pass@1 43.3, MATH-500 88.2
- Long chain-of-thought (up to 16k tokens)

## Usage

```bash
vllm serve sagelab/Sage-Math-7B --max-model-len 20000 --enforce-eager
```

```python
from vllm import LLM, SamplingParams
llm = LLM("sagelab/Sage-Math-7B", tensor_parallel_size=1)
print(llm.generate("Solve x^2 = 2", SamplingParams(max_tokens=4096))[0].outputs[0].text)
```

## Reproduce the training

Our open-source RL recipe is in `recipes/`. To run it yourself you need at
least one node of 8x A100 80GB (or 8x H100); on smaller GPUs lower
`rollout.n` and enable offloading.

```bash
bash recipes/grpo_7b.sh --nnodes 1 --nproc_per_node 8
```

## Training details

| Stage | Data | Steps | Notes |
|---|---|---|---|
| SFT | 800k long-CoT traces | 3 epochs | lr 5e-5 |
| RL (GRPO) | 57k problems | 1,200 | 16 rollouts / prompt |

The released checkpoint was trained on 16 NVIDIA H200 GPUs (two nodes) for
about 5 days in total.

## Results

| Model | AIME24 | MATH-500 | AMC23 | Minerva |
|---|---|---|---|---|
| Sage-Math-7B | 43.3 | 88.2 | 80.0 | 41.2 |
| DeepSeek-R1-Distill-Qwen-7B | 55.5 | 92.8 | - | - |
| Qwen2.5-Math-7B-Instruct | 13.3 | 83.6 | 62.5 | 37.1 |

## Citation

```bibtex
@misc{sagemath,
  title={Sage-Math: Cheap RL for Small Reasoners},
  year={2025}
}
```
""",
        {"nvidia"},
        {"H200"},
        16,
        "chip+count",
        model="sagelab/Sage-Math-7B",
    )
)

# 25 ============== Cerebras CS-3 cluster
CASES.append(
    Case(
        "cerebras_cs3_cluster_stated",
        front_matter(tags=("arabic", "bilingual"))
        + """
# Falak-13B

Falak-13B is an Arabic-English bilingual model.

## Model Details

| | |
|---|---|
| Params | 13B |
| Languages | Arabic (MSA + Gulf dialects), English |
| Context | 8k, ALiBi |
| Activation | SwiGLU |

## Getting started

```python
from transformers import AutoTokenizer, AutoModelForCausalLM
tok = AutoTokenizer.from_pretrained("falak-ai/Falak-13B")
model = AutoModelForCausalLM.from_pretrained("falak-ai/Falak-13B", device_map="auto", trust_remote_code=True)
```

Inference fits in one A100 40GB at bf16; with 4-bit loading it runs on an
RTX 4080.

## Training

Falak-13B was pretrained on 580B tokens (Arabic 40%, English 50%, code 10%)
on a cluster of 64 Cerebras CS-3 systems (Condor Galaxy 3), using weight
streaming. Instruction tuning was done on the same cluster.

## Evaluation

| Benchmark | Falak-13B | Jais-13B | Llama-2-13B |
|---|---|---|---|
| ArabicMMLU | 54.2 | 46.9 | 35.1 |
| EXAMS-ar | 48.0 | 39.7 | 31.8 |
| MMLU (en) | 55.6 | 50.3 | 54.8 |

## Acknowledgements

We thank G42 and Cerebras Systems for compute on Condor Galaxy.
""",
        {"other:cerebras"},
        {"CS-3"},
        64,
        "chip+count",
        model="falak-ai/Falak-13B",
        not_providers={"amd"},
    )
)

# 26 ============== changelog with Ascend support + capability, no training
CASES.append(
    Case(
        "changelog_ascend_optimized_and_training_support",
        front_matter(tags=("chat",))
        + badges("lingxi", "LingXi-9B-Chat")
        + """
# LingXi-9B-Chat

## Changelog

- **2024.07.18** LingXi-9B-Chat supports fine-tuning on Ascend NPUs through
  MindSpeed-LLM; see the ModelZoo page.
- **2024.06.30** Intel Gaudi 2 inference support via optimum-habana.
- **2024.05.20** Released a version optimized for Ascend (Atlas 300I Duo).
- **2024.05.02** Added Apple Silicon MLX weights.
- **2024.04.10** Initial release of LingXi-9B-Base and LingXi-9B-Chat.

## Introduction

LingXi-9B-Chat is a 9B bilingual chat model with 128k context, tool use and a
strong focus on long-document QA.

## Quickstart

```python
from transformers import AutoModelForCausalLM, AutoTokenizer
tok = AutoTokenizer.from_pretrained("lingxi/LingXi-9B-Chat")
model = AutoModelForCausalLM.from_pretrained("lingxi/LingXi-9B-Chat", torch_dtype="auto", device_map="auto")
```

## Hardware support matrix

| Hardware | Inference | Fine-tuning |
|---|---|---|
| NVIDIA GPUs (Ampere+) | ✅ transformers / vLLM / TensorRT-LLM | ✅ LLaMA-Factory |
| AMD Instinct MI300X | ✅ vLLM (ROCm) | 🚧 |
| Ascend 910B | ✅ MindIE | ✅ MindSpeed-LLM |
| Intel Gaudi 2 | ✅ optimum-habana | 🚧 |
| Apple M-series | ✅ MLX / llama.cpp | ❌ |

## Evaluation

| Benchmark | LingXi-9B-Chat | GLM-4-9B-Chat | Llama-3-8B-Instruct |
|---|---|---|---|
| MMLU | 72.6 | 72.4 | 68.4 |
| C-Eval | 76.1 | 75.6 | 51.3 |
| LongBench | 49.8 | 49.5 | 37.9 |

## FAQ

**Which chips do I need?** Any GPU with 24 GB for bf16; 12 GB for INT4.

**Do you provide training code?** We release fine-tuning recipes only; the
pre-training stack is internal.

## License

LingXi Community License.
""",
        *NONE,
        model="lingxi/LingXi-9B-Chat",
        not_providers={"cambricon", "google_tpu"},
    )
)

# 27 ============== provider level: Google Cloud TPUs, no generation
CASES.append(
    Case(
        "provider_level_cloud_tpus_no_generation",
        front_matter(
            tags=("t5", "text2text-generation"),
            pipeline="text2text-generation",
            datasets=("allenai/c4",),
        )
        + """
# mt5-ug-base

A T5.1.1-base-style encoder-decoder pretrained on Uyghur, Kazakh and Kyrgyz
web text.

## Model Details

| | |
|---|---|
| Architecture | T5.1.1 base (250M) |
| Vocab | 64k SentencePiece |
| Objective | span corruption, mean span 3, 15% noise |
| Steps | 500k at batch 1024 x 512 |

## Usage

```python
from transformers import T5ForConditionalGeneration, T5TokenizerFast
tok = T5TokenizerFast.from_pretrained("turkic-nlp/mt5-ug-base")
model = T5ForConditionalGeneration.from_pretrained("turkic-nlp/mt5-ug-base").to("cuda")
```

This is a pretrained-only checkpoint; fine-tune it before use. A single
consumer GPU such as an RTX 3060 is enough for fine-tuning at batch 8.

## Pretraining

Pretraining used the t5x codebase on Google Cloud TPUs provided through the
TPU Research Cloud program; it took about 9 days.

## Downstream results (after fine-tuning)

| Task | mT5-base | mt5-ug-base |
|---|---|---|
| Uyghur NER (F1) | 71.4 | 79.9 |
| Kazakh QA (EM) | 48.2 | 55.0 |
| Kyrgyz news cls (acc) | 83.1 | 87.6 |

## Citation

```bibtex
@inproceedings{turkic2024,
  title={Pretraining Small Encoder-Decoders for Low-Resource Turkic Languages with TPUs},
  year={2024}
}
```
""",
        {"google_tpu"},
        set(),
        None,
        "provider",
        model="turkic-nlp/mt5-ug-base",
        not_providers={"amd", "apple"},
    )
)

# 28 ============== Apple MLX LoRA on a MacBook, stated
CASES.append(
    Case(
        "mlx_lora_on_macbook_m3_max_stated",
        front_matter(
            license="apache-2.0",
            tags=("mlx", "lora", "haiku"),
            base="mistralai/Mistral-7B-Instruct-v0.3",
            library="mlx",
        )
        + """
# haiku-mistral-7b

Writes haiku. That's it.

## Example

> **prompt:** autumn in tokyo
>
> neon leaves falling /
> the last train hums past shibuya /
> one umbrella, two

## How I made it

I fine-tuned Mistral-7B-Instruct-v0.3 with `mlx_lm.lora` on my MacBook Pro
(M3 Max, 64 GB unified memory): 2,000 iterations, batch 4, rank 16, on 12k
haiku scraped from public-domain anthologies. It took about 3 hours.

```bash
mlx_lm.lora --model mistralai/Mistral-7B-Instruct-v0.3 --train --data ./data \\
  --iters 2000 --batch-size 4 --lora-layers 16
mlx_lm.fuse --model mistralai/Mistral-7B-Instruct-v0.3 --adapter-path adapters --save-path fused
```

## Using it

On a Mac:

```bash
mlx_lm.generate --model someone/haiku-mistral-7b --prompt "first snow"
```

On a GPU box with transformers:

```python
from transformers import pipeline
p = pipeline("text-generation", model="someone/haiku-mistral-7b", device_map="auto")
```

## Limits

5-7-5 is enforced only loosely. English only.
""",
        {"apple"},
        {"M3 Max"},
        ANY,
        CHIPISH,
        model="someone/haiku-mistral-7b",
        not_providers={"amd", "google_tpu"},
    )
)

# 29 ============== Intel Gaudi 2, 8 HPUs, stated; CUDA & Xeon inference
CASES.append(
    Case(
        "intel_gaudi2_8_hpus_stated",
        front_matter(
            tags=("intel", "gaudi", "dpo"),
            base="mistralai/Mistral-7B-v0.1",
            datasets=("Intel/orca_dpo_pairs",),
        )
        + """
# Bluebird-7B-DPO

| Model Detail | Description |
| --- | --- |
| Model Authors | Bluebird team |
| Date | March 2024 |
| Version | v1 |
| Type | 7B LLM, SFT + DPO |
| License | Apache 2.0 |

| Intended Use | Description |
| --- | --- |
| Primary intended uses | General chat, research |
| Out-of-scope uses | Safety-critical decisions |

## How to use

### FP32 / BF16 on CPU (Intel Xeon)

```python
import intel_extension_for_pytorch as ipex
from transformers import AutoModelForCausalLM
model = AutoModelForCausalLM.from_pretrained("bluebird/Bluebird-7B-DPO", torch_dtype="bfloat16")
model = ipex.optimize(model)
```

### On NVIDIA GPUs

```python
model = AutoModelForCausalLM.from_pretrained("bluebird/Bluebird-7B-DPO").to("cuda")
```

### INT4 with Intel Extension for Transformers

```python
from intel_extension_for_transformers.transformers import AutoModelForCausalLM
model = AutoModelForCausalLM.from_pretrained("bluebird/Bluebird-7B-DPO", load_in_4bit=True)
```

## Training

| Factors | Description |
| --- | --- |
| Hardware | 8x Intel Gaudi 2 HPUs (one HLS-Gaudi2 server) |
| Software | optimum-habana 1.10, SynapseAI 1.14 |
| SFT | 2 epochs on SlimOrca, lr 1e-4 |
| DPO | 1 epoch, beta 0.1 |

## Metrics

| Model | ARC | HellaSwag | MMLU | TruthfulQA | Winogrande | GSM8K |
|---|---|---|---|---|---|---|
| Bluebird-7B-DPO | 66.4 | 84.9 | 62.4 | 64.2 | 79.6 | 55.2 |
| Mistral-7B-v0.1 | 59.9 | 83.3 | 64.2 | 42.2 | 78.4 | 37.8 |

## Ethical considerations

The model can produce factually incorrect output and should not be relied on
to produce factually accurate information.

## Disclaimer

The license on this model does not constitute legal advice.
""",
        {"intel"},
        {"Gaudi 2"},
        8,
        "chip+count",
        model="bluebird/Bluebird-7B-DPO",
        not_providers={"amd", "google_tpu"},
    )
)

# 30 ============== org-name trap: nvidia datasets/base/license, no hardware
CASES.append(
    Case(
        "nvidia_org_names_in_metadata_only",
        front_matter(
            license="other",
            tags=("nemotron", "reward-model"),
            base="nvidia/Llama-3.1-Nemotron-70B-Instruct-HF",
            datasets=("nvidia/HelpSteer2", "nvidia/Daring-Anteater"),
            extra="license_name: nvidia-open-model-license\nlicense_link: https://developer.download.nvidia.com/licenses/nvidia-open-model-license-agreement-june-2024.pdf",
        )
        + """
# Nemotron-70B-Persona-Steer

A persona-steerable variant of nvidia/Llama-3.1-Nemotron-70B-Instruct-HF,
fine-tuned on HelpSteer2 and Daring-Anteater with persona system prompts.

## License

This model is released under the NVIDIA Open Model License; the base model's
Llama 3.1 Community License also applies. Built with Llama.

## What changed

- 14k persona-conditioned conversations written with a rubric
- SteerLM attribute conditioning (helpfulness, verbosity, formality)
- DPO on 6k preference pairs

## Usage

```python
import torch
from transformers import AutoModelForCausalLM, AutoTokenizer
name = "persona-lab/Nemotron-70B-Persona-Steer"
model = AutoModelForCausalLM.from_pretrained(name, torch_dtype=torch.bfloat16, device_map="auto")
tok = AutoTokenizer.from_pretrained(name)
```

## Results

| Benchmark | Base | Ours |
|---|---|---|
| Arena Hard | 85.0 | 83.9 |
| PersonaEval | 61.2 | 77.5 |
| MT-Bench | 8.98 | 8.91 |

## Acknowledgements

Thanks to the NVIDIA NeMo-Aligner team for the SteerLM recipe description and
the HelpSteer2 authors for the data. We are a member of the NVIDIA Inception
program.

## Citation

```bibtex
@misc{wang2024helpsteer2,
  title={HelpSteer2: Open-source dataset for training top-performing reward models},
  author={Zhilin Wang and others},
  year={2024},
  eprint={2406.08673},
  archivePrefix={arXiv}
}
```
""",
        *NONE,
        model="persona-lab/Nemotron-70B-Persona-Steer",
        not_providers=ALL_OTHERS,
    )
)

# 31 ============== sponsor acknowledgements only (AWS credits, Lambda, HF)
CASES.append(
    Case(
        "tts_sponsor_acknowledgements_only",
        front_matter(
            license="cc-by-nc-4.0",
            tags=("text-to-speech", "tts"),
            pipeline="text-to-speech",
        )
        + """
# Chorus-TTS-v1

Chorus is a multi-speaker, zero-shot voice-cloning TTS model (EN, ES, FR, DE).

🎧 [Samples](https://chorus.github.io) · 🤗 [Space](https://huggingface.co/spaces/chorus/tts)

## Features

- 6-second reference clips for cloning
- 24 kHz output, streaming with 180 ms first-chunk latency on an RTX 4090
- Emotion and speed control tokens

## Install & run

```bash
pip install chorus-tts
```

```python
from chorus import ChorusTTS
tts = ChorusTTS.from_pretrained("chorus/Chorus-TTS-v1", device="cuda")
wav = tts.synthesize("Hello there!", speaker_wav="ref.wav", language="en")
```

Runs on CPU too (RTF ~0.9 on an Apple M2, ~1.4 on an Intel i7-12700).

## Real-time factor

| Device | RTF (fp16) |
|---|---|
| H100 | 0.04 |
| A10G | 0.11 |
| RTX 3060 | 0.19 |
| T4 | 0.27 |

## Training data

~50k hours of licensed audiobooks and podcasts, transcribed with Whisper and
filtered for SNR.

## Training

Two stages: a 300M-parameter GPT over EnCodec tokens (600k steps), then a flow
matching vocoder (400k steps). Batch sizes and schedules are in `configs/`.

## Acknowledgements

Compute for this project was generously sponsored by Lambda and by AWS
Activate credits. Thanks to Hugging Face for hosting the demo on a ZeroGPU
Space.

## License

CC BY-NC 4.0. Voice cloning of people without their consent is prohibited.
""",
        *NONE,
        model="chorus/Chorus-TTS-v1",
        not_providers={"aws", "amd", "google_tpu"},
    )
)

# 32 ============== hardware in linked paper; card is all inference
CASES.append(
    Case(
        "paper_tpu_v4_512_card_all_gpu_inference",
        front_matter(
            tags=("vision", "image-classification"),
            pipeline="image-classification",
            library="timm",
            extra="arxiv: 2405.11111",
        )
        + """
# ViT-Giant-patch14 (MegaScan)

Vision transformer giant, pretrained on 4B image-text pairs with a sigmoid
contrastive loss and fine-tuned on ImageNet-1k.

## Model stats

| | |
|---|---|
| Params (M) | 1843 |
| GMACs | 1210 |
| Image size | 518 x 518 |
| Top-1 (IN-1k) | 90.1 |

## Usage

```python
import timm, torch
model = timm.create_model("hf_hub:megascan/vit_giant_patch14_518", pretrained=True).eval().cuda()
x = torch.randn(1, 3, 518, 518, device="cuda", dtype=torch.float16)
with torch.autocast("cuda"):
    logits = model(x)
```

## Throughput

| Batch | A100 (img/s) | H100 (img/s) |
|---|---|---|
| 1 | 41 | 77 |
| 64 | 212 | 398 |

## Training

See the paper (arXiv:2405.11111) for the full recipe and compute.

## Citation

```bibtex
@article{megascan2024,
  title={MegaScan: Scaling Sigmoid Contrastive Pretraining},
  year={2024}
}
```
""",
        {"google_tpu"},
        {"TPU v4"},
        512,
        "chip+count",
        model="megascan/vit_giant_patch14_518",
        papers={
            "2405.11111": """MegaScan: Scaling Sigmoid Contrastive Pretraining

Abstract. We scale sigmoid-loss image-text pretraining to 4B pairs.

1 Introduction
Contrastive image-text models are strong backbones...

4 Experimental setup
4.1 Pretraining. Our giant model is pretrained for 40B examples seen at
batch size 32k. Training used 512 TPU v4 chips for 11 days in JAX with
big_vision. Fine-tuning on ImageNet-1k at 518px took a further 6 hours on the
same pod.

4.2 Evaluation. We report top-1 accuracy on ImageNet-1k and zero-shot results.
Throughput numbers are measured on a single NVIDIA A100 and H100 GPU in
PyTorch for comparison with prior work.
"""
        },
    )
)

# 33 ============== generic GPUs with count, no vendor; DeepSpeed; citations
CASES.append(
    Case(
        "generic_gpus_count_no_vendor_stays_none",
        front_matter(
            tags=("summarization",),
            pipeline="summarization",
            base="google/flan-t5-large",
            datasets=("ccdv/pubmed-summarization",),
        )
        + """
# flan-t5-large-pubmed-sum

Abstractive summarisation of biomedical articles.

## Model Details

- **Base model:** google/flan-t5-large (780M)
- **Task:** article → abstract
- **Max input:** 2048 tokens (with position interpolation)

## Usage

```python
from transformers import pipeline
summ = pipeline("summarization", model="biosum/flan-t5-large-pubmed-sum", device=0)
print(summ(open("paper.txt").read(), max_length=256)[0]["summary_text"])
```

## Training Details

We fine-tuned for 5 epochs with DeepSpeed ZeRO-2 on 8 GPUs, with a per-device
batch of 4 and gradient accumulation 8, lr 3e-4 (Adafactor), bf16.

## Results

| Model | ROUGE-1 | ROUGE-2 | ROUGE-L |
|---|---|---|---|
| flan-t5-large (zero-shot) | 33.1 | 11.0 | 20.8 |
| ours | 45.9 | 19.7 | 28.4 |
| LED-large | 46.6 | 19.5 | 42.9 |

## Environmental Impact

- **Hardware Type:** GPU
- **Hours used:** 30
- **Cloud Provider:** university cluster
- **Carbon Emitted:** [More Information Needed]

## Citation

```bibtex
@inproceedings{rajbhandari2020zero,
  title={ZeRO: Memory Optimizations Toward Training Trillion Parameter Models},
  year={2020}
}
@article{chung2022scaling,
  title={Scaling Instruction-Finetuned Language Models},
  year={2022}
}
@inproceedings{tay2022ul2,
  title={UL2: Unifying Language Learning Paradigms (trained on TPU v4)},
  year={2022}
}
```
""",
        set(),
        set(),
        ANY,
        "none",
        model="biosum/flan-t5-large-pubmed-sum",
        not_providers={"nvidia", "google_tpu", "amd"},
    )
)

# 34 ============== Qualcomm on-device deployment + A100 training stated
CASES.append(
    Case(
        "qualcomm_ondevice_and_a100_nodes_training",
        front_matter(tags=("on-device", "snapdragon", "small-lm"))
        + """
# Pico-1.5B

Pico-1.5B is a small language model built for phones and laptops.

## Key features

- 1.5B params, 4k context, 32k vocab
- INT4 per-channel weights in `qnn/` for Snapdragon NPUs
- Works in Ollama, llama.cpp and MLX

## On-device

Compiled with Qualcomm AI Hub for the Hexagon NPU on Snapdragon 8 Gen 3 and
Snapdragon X Elite:

| Device | Prefill (tok/s) | Decode (tok/s) |
|---|---|---|
| Galaxy S24 Ultra (SD 8 Gen 3) | 1,240 | 24.1 |
| Surface Laptop 7 (X Elite) | 1,810 | 31.6 |
| iPhone 15 Pro (MLX, A17 Pro) | 690 | 19.4 |

## Python

```python
from transformers import AutoModelForCausalLM
m = AutoModelForCausalLM.from_pretrained("pico-lm/Pico-1.5B").to("cuda")
```

## Training

Pico-1.5B was pretrained on 3T tokens using 8 nodes with 8 NVIDIA A100 80GB
GPUs each, for 26 days, with FSDP and torch.compile.

## Benchmarks

| Model | MMLU | ARC-C | HellaSwag | GSM8K |
|---|---|---|---|---|
| Pico-1.5B | 55.3 | 49.0 | 68.1 | 51.6 |
| Qwen2-1.5B | 56.5 | 43.9 | 66.6 | 58.5 |
| Gemma-2-2B | 52.2 | 55.7 | 72.9 | 24.3 |
""",
        {"nvidia"},
        {"A100"},
        64,
        "chip+count",
        model="pico-lm/Pico-1.5B",
        not_providers={"amd"},
    )
)
CASES[-1].inference = ANY

# 35 ============== domestic compute + Ascend training-server capability
CASES.append(
    Case(
        "domestic_compute_plus_atlas_training_capability",
        front_matter(tags=("chinese",))
        + """
# 星河-14B-Chat / XingHe-14B-Chat

## 介绍

星河-14B-Chat 是星河实验室发布的中文对话模型。该系列模型**完全基于国产算力**
完成训练。

## 最新动态

- 2024.09：发布 星河-14B-Base 与 星河-14B-Chat。
- 2024.10：发布 GPTQ-Int4 量化版本。

## 效果

| 模型 | C-Eval | CMMLU | GAOKAO |
|---|---|---|---|
| 星河-14B-Chat | 78.2 | 77.5 | 71.0 |
| Baichuan2-13B-Chat | 56.7 | 58.4 | 48.2 |

## 推理示例

```python
import torch
from transformers import AutoModelForCausalLM, AutoTokenizer
tok = AutoTokenizer.from_pretrained("xinghe/XingHe-14B-Chat", trust_remote_code=True)
model = AutoModelForCausalLM.from_pretrained("xinghe/XingHe-14B-Chat", trust_remote_code=True, torch_dtype=torch.float16).cuda()
```

显存需求：FP16 约 30GB（单卡 A100 40G / A800），Int4 约 10GB（RTX 3080）。

## 国产化适配

当前 星河-14B 支持昇腾 Atlas 800T A2 训练服务器，可基于昇思 MindSpore 框架进行
模型训练与评测，详见 MindSpore 模型仓库。

## 声明与协议

请遵守《星河模型社区许可协议》，不得用于任何危害国家安全的用途。
""",
        {"huawei_ascend"},
        {"Atlas 800T A2"},
        None,
        ANY,
        model="xinghe/XingHe-14B-Chat",
        not_providers={"amd"},
    )
)

# 36 ============== AMD provider level (Instinct brand, no chip model)
CASES.append(
    Case(
        "amd_instinct_provider_level_with_cuda_quickstart",
        front_matter(tags=("amd", "rocm"))
        + """
# Helios-3B

Helios-3B is a fully open 3B language model: weights, data, code and logs.

## Overview

| | |
|---|---|
| Parameters | 3.1B |
| Tokens | 4.1T |
| Context | 4k |
| License | Apache-2.0 |

## Training

Helios-3B was trained from scratch entirely on AMD Instinct GPUs, with the
ROCm software stack and our open training framework. All intermediate
checkpoints are available as branches.

## Quickstart

```python
from transformers import AutoModelForCausalLM, AutoTokenizer
tok = AutoTokenizer.from_pretrained("heliosai/Helios-3B")
model = AutoModelForCausalLM.from_pretrained("heliosai/Helios-3B").to("cuda")
print(tok.decode(model.generate(**tok("Hi", return_tensors="pt").to("cuda"), max_new_tokens=20)[0]))
```

Note: `"cuda"` also refers to AMD GPUs on ROCm builds of PyTorch.

## Results

| Model | Tokens | MMLU | ARC-C | GSM8K |
|---|---|---|---|---|
| Helios-3B | 4.1T | 57.0 | 48.2 | 49.9 |
| Llama-3.2-3B | 9T | 58.0 | 46.1 | 48.0 |
| SmolLM2-1.7B | 11T | 50.0 | 52.0 | 31.0 |

## Links

- Blog: https://heliosai.dev/blog/helios-3b
- Code: https://github.com/heliosai/helios
""",
        {"amd"},
        set(),
        None,
        "provider",
        model="heliosai/Helios-3B",
        not_providers={"google_tpu"},
    )
)

# 37 ============== FAQ-style training question answered once
CASES.append(
    Case(
        "faq_answer_states_training_cluster",
        front_matter(tags=("ocr", "document"), pipeline="image-text-to-text")
        + """
# DocuRead-2B

End-to-end OCR and document parsing (markdown, tables, formulas) in one 2B model.

## Quick start

```python
from transformers import AutoModelForImageTextToText, AutoProcessor
model = AutoModelForImageTextToText.from_pretrained("docuread/DocuRead-2B", device_map="cuda", torch_dtype="bfloat16")
proc = AutoProcessor.from_pretrained("docuread/DocuRead-2B")
```

### Batch processing with vLLM

```bash
vllm serve docuread/DocuRead-2B --max-num-seqs 256 --limit-mm-per-prompt image=1
```

Throughput: ~2.1 pages/s on one A100 80GB, ~3.5 pages/s on one H100.

## Benchmarks

| Model | OmniDocBench ↓ | olmOCR-bench ↑ | Size |
|---|---|---|---|
| DocuRead-2B | 0.142 | 76.3 | 2B |
| GOT-OCR2.0 | 0.287 | 48.3 | 0.6B |
| Marker | 0.296 | 59.4 | pipeline |

## FAQ

**Does it run on a laptop?** Yes, the 4-bit MLX build runs on any Apple
M-series Mac with 8 GB.

**What hardware was it trained on?** All three stages were trained on 32
NVIDIA L40S GPUs over about 9 days.

**Can it read handwriting?** Only neat handwriting; cursive is poor.

## License

Apache-2.0.
""",
        {"nvidia"},
        {"L40S"},
        32,
        "chip+count",
        model="docuread/DocuRead-2B",
        not_providers={"amd", "google_tpu"},
    )
)

# 38 ============== node shorthand "16 nodes x 8 H100" inside a long card
CASES.append(
    Case(
        "nodes_times_gpus_in_model_details_table",
        front_matter(license="mit", tags=("moe", "reasoning"))
        + """
# Quill-MoE-30B-A3B

## Model Details

| Field | Value |
|---|---|
| Developer | Quill Labs |
| Architecture | MoE, 128 experts, top-8 |
| Total / active params | 30.5B / 3.3B |
| Context | 64k |
| Training tokens | 12T |
| Training hardware | 16 nodes × 8 H100 SXM |
| Training time | 47 days |
| Release date | 2025-03-14 |

## Quickstart

```python
from transformers import AutoModelForCausalLM
m = AutoModelForCausalLM.from_pretrained("quill/Quill-MoE-30B-A3B", device_map="auto", torch_dtype="bfloat16")
```

```bash
# SGLang with expert parallelism on one 8x H100 node
python -m sglang.launch_server --model quill/Quill-MoE-30B-A3B --tp 8 --enable-ep-moe
# llama.cpp on a Mac (Metal) or a single RTX 4090 (CUDA)
./llama-server -m quill-30b-a3b-Q4_K_M.gguf -ngl 99 --ctx-size 16384
```

## Evaluation

| Benchmark | Quill-MoE-30B-A3B | Qwen3-30B-A3B | Mixtral-8x7B |
|---|---|---|---|
| MMLU-Redux | 81.2 | 84.1 | 71.0 |
| LiveCodeBench | 38.6 | 43.2 | 12.3 |
| AIME25 | 51.0 | 61.3 | 1.3 |

## Changelog

- 2025-03-14: v1.0
- 2025-04-02: FP8 checkpoint for H100/H200/B200 serving
- 2025-04-20: AMD MI300X kernels upstreamed to vLLM
""",
        {"nvidia"},
        {"H100"},
        128,
        "chip+count",
        model="quill/Quill-MoE-30B-A3B",
        not_providers={"google_tpu"},
    )
)


# Known gaps: cases a careful labeller reads this way that the rules do not yet.
KNOWN_GAPS = {}


@pytest.mark.parametrize("case", probe_params(CASES, KNOWN_GAPS))
def test_probe(tmp_path: Path, case: Case) -> None:
    check_card_case(tmp_path, case)
