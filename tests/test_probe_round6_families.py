# ruff: noqa: E501 (snippets keep the long lines real documents have)
"""Unseen model documents, sixth round: releases shaped like the most
downloaded families on the Hub (embedders, encoders, speech, CLIP, Llama,
Mistral, Gemma, Phi, diffusion, YOLO, ViT, T5, Chinese LLMs, time series),
all names invented and all text written for these tests, judged by the dev
labels' conventions.

The failures it found first led to fixes: "high-speed network" is no speed
benchmark, "(128 Trainium chips)" after instances is the total, "The 2B
model was trained on X, the 9B model on Y" gives Y to the 9B model,
"fine-tuning uses 8 A800", runs reported by other work are others', AWS
Graviton.
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

EVAL_TABLE = """
## Evaluation results

| Task | Metric | Score |
|---|---|---|
| STS-B | Spearman | 84.2 |
| SICK-R | Spearman | 79.9 |
| NQ retrieval | nDCG@10 | 51.3 |
| MS MARCO | MRR@10 | 36.8 |
| TREC-COVID | nDCG@10 | 70.1 |
"""

CITATION = """
## Citation

```bibtex
@misc{acme2024,
  title  = {An Open Model},
  author = {Acme Research},
  year   = {2024},
}
```
"""

LM_EVAL = """
## Benchmarks

| Benchmark | Shots | Score |
|---|---|---|
| MMLU | 5 | 66.2 |
| HellaSwag | 10 | 82.0 |
| ARC-Challenge | 25 | 60.4 |
| GSM8K | 8 | 71.9 |
| HumanEval | 0 | 48.2 |
| TruthfulQA | 0 | 51.1 |
"""

# ------------------------------------------------------------ sentence embedders

EMBED_TPU_CARD = (
    """---
language: en
library_name: sentence-transformers
pipeline_tag: sentence-similarity
tags:
- feature-extraction
- sentence-similarity
license: apache-2.0
---

# acme/pocket-mini-L4-v2

This is a [sentence-transformers](https://www.SBERT.net) model: it maps sentences and
paragraphs to a 384 dimensional dense vector space and can be used for clustering or
semantic search.

## Usage (Sentence-Transformers)

```
pip install -U sentence-transformers
```

```python
from sentence_transformers import SentenceTransformer
sentences = ["This is an example sentence", "Each sentence is converted"]

model = SentenceTransformer("acme/pocket-mini-L4-v2", device="cuda")
embeddings = model.encode(sentences)
print(embeddings)
```

## Background

The project aims to train sentence embedding models on very large sentence level
datasets using a self-supervised contrastive learning objective. We started from a
pretrained small encoder and fine-tuned it on a 1B sentence pairs dataset.

We built this model during a community sprint organised by Acme, with compute
donated by a cloud partner.

## Training procedure

### Pre-training

We use the pretrained small encoder checkpoint. Please refer to its model card for more
detailed information about the pre-training procedure.

### Fine-tuning

We fine-tune the model using a contrastive objective. Formally, we compute the cosine
similarity from each possible sentence pair in the batch, then apply the cross entropy
loss by comparing with true pairs.

#### Hyper parameters

We trained the model on a TPU v3-8. We ran 120k training steps with a batch size of
1024 (128 per TPU core), a learning-rate warm up of 500 steps, and sequence length
capped at 128 tokens. We used the AdamW optimizer with a 2e-5 learning rate.

#### Training data

We use the concatenation of many datasets to fine-tune our model; the total number of
sentence pairs is above 1 billion. Each dataset is sampled with a weighted probability.
"""
    + EVAL_TABLE
)

EMBED_PLAIN_CARD = (
    """---
library_name: sentence-transformers
pipeline_tag: sentence-similarity
license: mit
---

# orbit-ai/orbit-embed-base-en-v1

orbit-embed-base-en-v1 is a general English text embedding model from Orbit AI,
trained with our open toolkit [OrbitEmbed](https://github.com/orbit-ai/OrbitEmbed).

## Quick start

```python
from orbit_embed import OrbitModel
model = OrbitModel("orbit-ai/orbit-embed-base-en-v1", use_fp16=True)
emb = model.encode(["what is a panda?", "pandas are bears from China"])
```

Using sentence-transformers:

```python
from sentence_transformers import SentenceTransformer
model = SentenceTransformer("orbit-ai/orbit-embed-base-en-v1")
q = model.encode(["what is a panda?"], normalize_embeddings=True)
```

## Model list

| Model | Dim | Avg MTEB |
|---|---|---|
| orbit-embed-large-en-v1 | 1024 | 64.2 |
| orbit-embed-base-en-v1 | 768 | 63.4 |
| orbit-embed-small-en-v1 | 384 | 61.9 |

## Training

Pre-training uses RetroMAE-style masked auto-encoding on web text, followed by
contrastive learning on large-scale weakly supervised pairs and finally task
fine-tuning with mined hard negatives. See our paper for details.
"""
    + EVAL_TABLE
    + CITATION
)

ORBIT_TOOLKIT_README = """# OrbitEmbed

OrbitEmbed is a toolkit for retrieval-augmented LLMs: embedders, rerankers and recipes.

## Installation

```
pip install -U orbit-embed
```

If you want to use a GPU / CUDA, install PyTorch with the matching CUDA version first.

## Inference

```python
from orbit_embed import OrbitModel
model = OrbitModel("orbit-ai/orbit-embed-base-en-v1", devices=["cuda:0", "cuda:1"])
```

By default the model uses all available GPUs; set `CUDA_VISIBLE_DEVICES` to choose.

## Fine-tune

See [examples/finetune](examples/finetune/README.md) to fine-tune the embedders on your
own data.
"""

ORBIT_FINETUNE_README = """# Fine-tuning OrbitEmbed models

```
torchrun --nproc_per_node 8 -m orbit_embed.finetune \\
  --model_name_or_path orbit-ai/orbit-embed-base-en-v1 \\
  --train_data ./toy_finetune_data.jsonl \\
  --fp16 --per_device_train_batch_size 32
```

`--fp16`: use it if your GPU supports half precision. With 8 A100 (80GB) this example
finishes in under an hour.
"""

ORBIT_PAPER = """Orbit-Embed: Multi-Stage Training of General Text Embeddings

Abstract
We present Orbit-Embed, a family of English embedding models in three sizes.

4 Experiments

4.1 Implementation details

Pre-training with masked auto-encoding is run on 48 A100 (40GB) GPUs for 100,000 steps
with a batch size of 16,384. Contrastive training on weakly supervised pairs follows on
the same cluster, and task fine-tuning uses 8 A800 (80GB) GPUs with 7 hard negatives per
query. All three sizes share this recipe.
"""

# ------------------------------------------------------------ encoders

BERTISH_CARD = """---
language: en
license: apache-2.0
datasets:
- bookcorpus
- wikipedia
tags:
- arxiv:1901.00001
---

# Lexa base model (uncased)

Pretrained model on English language using a masked language modeling (MLM) objective.
This model is uncased: it does not make a difference between english and English.

## Model description

Lexa is a transformers model pretrained on a large corpus of English data in a
self-supervised fashion, with two objectives: masked language modeling and next
sentence prediction.

## Intended uses & limitations

You can use the raw model for either masked language modeling or next sentence
prediction, but it's mostly intended to be fine-tuned on a downstream task.

```python
from transformers import pipeline
unmasker = pipeline('fill-mask', model='acme/lexa-base-uncased')
unmasker("Hello I'm a [MASK] model.")
```

## Training procedure

### Preprocessing

The texts are lowercased and tokenized using WordPiece and a vocabulary size of 30,000.

### Pretraining

The model was trained on 4 cloud TPUs in Pod configuration (16 TPU chips total) for one
million steps with a batch size of 256. The sequence length was limited to 128 tokens
for 90% of the steps and 512 for the remaining 10%. The optimizer used is Adam with a
learning rate of 1e-4.

## Evaluation results

| Task | MNLI | QQP | QNLI | SST-2 | CoLA |
|---|---|---|---|---|---|
|  | 84.6 | 71.2 | 90.5 | 93.5 | 52.1 |
"""

BERTISH_README = """# Lexa

TensorFlow code and pre-trained models for Lexa.

## Fine-tuning with Lexa

All results in this section were obtained on a single Cloud TPU with 64GB of RAM.
Fine-tuning Lexa-Base on SQuAD takes about 30 minutes on a single Titan X GPU (12GB).

## Pre-training tips

If you want to pre-train your own model, you can pre-train a Lexa-Base on a single
preemptible Cloud TPU v2 in about 2 weeks, at a cost of roughly $500 USD.

```
python run_pretraining.py --use_tpu=True --tpu_name=$TPU_NAME --num_train_steps=20
```
"""

BERTISH_PAPER = """Lexa: Pre-training of Deep Bidirectional Encoders

Abstract
We introduce Lexa, a new language representation model.

A Additional Details

A.2 Pre-training Procedure

Training of Lexa-Base was performed on 4 Cloud TPUs in Pod configuration (16 TPU chips
total). Training of Lexa-Large was performed on 16 Cloud TPUs (64 TPU chips total). Each
pretraining took 4 days to complete.
"""

REBERT_CARD = """---
language: en
license: mit
---

# ReBERTa base model

Pretrained model on English language using a masked language modeling (MLM) objective.
It was introduced in our paper and first released in the orbit-ai/rebert repository.
This model is case-sensitive.

## Model description

ReBERTa is a transformers model pretrained on a large corpus of English data in a
self-supervised fashion: 160GB of books, news, stories and web text.

## How to use

```python
from transformers import RobertaTokenizer, RobertaModel
tokenizer = RobertaTokenizer.from_pretrained('orbit-ai/reberta-base')
model = RobertaModel.from_pretrained('orbit-ai/reberta-base')
```

## Training procedure

### Preprocessing

The texts are tokenized using a byte version of BPE and a vocabulary size of 50,000.

### Pretraining

The model was trained on 1024 V100 GPUs for 500K steps with a batch size of 8K and a
sequence length of 512. The optimizer used is Adam with a learning rate of 6e-4,
beta1 = 0.9, beta2 = 0.98 and epsilon = 1e-6.

## News

- 2019-09: TensorFlow and TPU support via the transformers library.
- 2019-08: ReBERTa large checkpoint released.

## Evaluation results

| MNLI | QQP | QNLI | SST-2 | CoLA | STS-B | MRPC | RTE |
|---|---|---|---|---|---|---|---|
| 87.6 | 91.9 | 92.8 | 94.8 | 63.6 | 91.2 | 90.2 | 78.7 |
"""

DISTIL_CARD = """---
language: en
license: apache-2.0
---

# tiny-reberta-base

This model is a distilled version of orbit-ai/reberta-base. It follows the same
training procedure as other distilled encoders: the teacher's soft targets, a
masked-language-modeling loss and a cosine embedding loss.

The model has 6 layers, 768 dimension and 12 heads, totalizing 82M parameters.
On average it is twice as fast as its teacher.

## Training data

OpenWebText-style corpus, roughly 4 times less data than the teacher saw.

## Training procedure

The model was distilled on 8 V100 GPUs (32GB) for about 3 days.

## Intended uses

```python
from transformers import pipeline
fill = pipeline("fill-mask", model="orbit-ai/tiny-reberta-base", device=0)
```
"""

# ------------------------------------------------------------ ASR

HEARSAY_CARD = """---
language: [en, fr, de, es, zh, ja]
pipeline_tag: automatic-speech-recognition
license: apache-2.0
tags:
- arxiv:2212.00001
---

# Hearsay large-v2

Hearsay is a pre-trained model for automatic speech recognition (ASR) and speech
translation. Trained on 680k hours of labelled data, Hearsay models generalise to many
datasets and domains without fine-tuning.

## Model details

Hearsay is a Transformer based encoder-decoder model. It was trained on weakly
supervised audio annotated with large-scale supervision.

| Size | Parameters | English-only | Multilingual |
|---|---|---|---|
| tiny | 39 M | yes | yes |
| base | 74 M | yes | yes |
| small | 244 M | yes | yes |
| medium | 769 M | yes | yes |
| large-v2 | 1550 M | no | yes |

## Usage

```python
import torch
from transformers import AutoModelForSpeechSeq2Seq, AutoProcessor, pipeline

device = "cuda:0" if torch.cuda.is_available() else "cpu"
torch_dtype = torch.float16 if torch.cuda.is_available() else torch.float32

model = AutoModelForSpeechSeq2Seq.from_pretrained("orbit-ai/hearsay-large-v2", torch_dtype=torch_dtype)
model.to(device)
```

## Speed

The relative speeds below were measured by transcribing English speech on an A100,
relative to the large model.

| Size | Relative speed |
|---|---|
| tiny | ~32x |
| large-v2 | 1x |

## Training data

The models are trained on 680,000 hours of audio and the matching transcripts
collected from the internet.
"""

HEARSAY_PAPER = """Robust Speech Recognition via Large-Scale Weak Supervision

Abstract
We study the capabilities of speech processing systems trained to predict large amounts
of transcripts of audio on the internet.

2.4 Training Details

We train a suite of models of various sizes. We train with data parallelism across
accelerators using FP16 with dynamic loss scaling and activation checkpointing. Models
were trained with AdamW and gradient norm clipping with a linear learning rate decay to
zero after a warmup over the first 2048 updates. A batch size of 256 segments was used,
and the models are trained for 2^20 updates, which is between two and three passes over
the dataset.

F Training Hyperparameters

Table 17 lists the hyperparameters used; the learning rate depends on the model size.
"""

DISTIL_HEARSAY_CARD = """---
language: en
pipeline_tag: automatic-speech-recognition
license: mit
base_model: orbit-ai/hearsay-large-v2
---

# distil-hearsay-large-v2

distil-hearsay-large-v2 is a distilled version of Hearsay large-v2: 6x faster and 49%
smaller, while staying within 1% WER on out-of-distribution evaluation sets.

## Usage

```python
pipe = pipeline("automatic-speech-recognition", model="orbit-ai/distil-hearsay-large-v2",
                torch_dtype=torch.float16, device="cuda:0")
```

## Training

The encoder is copied from the teacher and frozen; the decoder keeps two of the 32
teacher layers. The model was trained for 80,000 optimisation steps (eight epochs) on a
TPU v4-8 with a batch size of 256, using the JAX training scripts in our repository.
Training took about 80 hours.

## Data

22,000 hours of pseudo-labelled audio from nine open-source datasets.
"""

# ------------------------------------------------------------ CLIP

CLASP_PAPER = """Learning Transferable Visual Models From Natural Language Supervision

Abstract
We train image and text encoders jointly with a contrastive objective.

2.5 Training

We train a series of 5 ResNets and 3 Vision Transformers. For the ResNets we train a
ResNet-50, a ResNet-101, and then 3 more which follow EfficientNet-style model scaling.
For the Vision Transformers we train a ViT-B/32, a ViT-B/16, and a ViT-L/14. We train all
models for 32 epochs. The largest ResNet model, RN50x64, took 18 days to train on 592
V100 GPUs while the largest Vision Transformer, ViT-L/14, took 12 days on 256 V100 GPUs.
"""


def clasp_card(name: str, repo: str) -> str:
    return f"""---
tags:
- vision
- arxiv:2103.00001
---

# Model Card: CLASP {name}

## Model Details

The CLASP model was developed by Acme researchers to learn about what contributes to
robustness in computer vision tasks. This checkpoint uses a {name} Transformer
architecture as an image encoder and a masked self-attention Transformer as a text
encoder, trained to maximise the similarity of (image, text) pairs via a contrastive loss.

### Model Date

January 2021

### Documents

- [Blog post](https://acme.example/blog/clasp)
- [Paper](https://arxiv.org/abs/2103.00001)

### Use with Transformers

```python
from transformers import CLIPProcessor, CLIPModel
model = CLIPModel.from_pretrained("{repo}").to("cuda")
processor = CLIPProcessor.from_pretrained("{repo}")
```

## Model Use

The model is intended as a research output for research communities.

## Data

The model was trained on publicly available image-caption data gathered by crawling
websites and using pre-existing image datasets.

## Limitations

CLASP and our analysis of it have a number of limitations, including fine-grained
classification and counting objects.
"""


# ------------------------------------------------------------ Llama-style

LLAMO3_CARD = (
    """---
language: en
license: other
extra_gated_prompt: Please accept the community license.
---

## Model Details

Acme developed and released the Llamo 3 family of large language models, a collection
of pretrained and instruction tuned generative text models in 8B and 70B sizes.

**Model developers** Acme

**Variations** Llamo 3 comes in two sizes, 8B and 70B, in pre-trained and instruction
tuned variants.

**Input** Text only. **Output** Text and code.

| | Training Data | Params | Context length | GQA | Token count | Knowledge cutoff |
|---|---|---|---|---|---|---|
| Llamo 3 | Public online data | 8B | 8k | Yes | 15T+ | March 2023 |
| | | 70B | 8k | Yes | | December 2023 |

## How to use

```python
import transformers, torch
pipeline = transformers.pipeline("text-generation", model="acme/Llamo-3-8B",
    model_kwargs={"torch_dtype": torch.bfloat16}, device_map="auto")
```

## Hardware and Software

**Training Factors** We used custom training libraries, Acme's Research SuperCluster,
and production clusters for pretraining. Fine-tuning, annotation, and evaluation were
also performed on third-party cloud compute.

**Carbon Footprint Pretraining utilized a cumulative 7.7M GPU hours of computation on
hardware of type H100-80GB (TDP of 700W).** Estimated total emissions were 2290 tCO2eq,
100% of which were offset by Acme's sustainability program.

| | Time (GPU hours) | Power Consumption (W) | Carbon Emitted (tCO2eq) |
|---|---|---|---|
| Llamo 3 8B | 1.3M | 700 | 390 |
| Llamo 3 70B | 6.4M | 700 | 1900 |
| Total | 7.7M | | 2290 |

**CO2 emissions during pre-training**. Time: total GPU time required for training each
model. Power Consumption: peak power capacity per GPU device for the GPUs used adjusted
for power usage efficiency.

## Training Data

**Overview** Llamo 3 was pretrained on over 15 trillion tokens of data from publicly
available sources.
"""
    + LM_EVAL
)

LLAMO32_CARD = """---
language: [en, de, fr, it, pt, hi, es, th]
license: other
---

## Model Information

The Llamo 3.2 collection of multilingual large language models is a collection of
pretrained and instruction-tuned generative models in 1B and 3B sizes.

**Model Developer:** Acme

## Hardware and Software

**Training Factors:** We used custom training libraries, Acme's custom built GPU cluster,
and production infrastructure for pretraining. Fine-tuning, quantization, annotation,
and evaluation were also performed on production infrastructure.

**Training Energy Use:** Training utilized a cumulative of **916k** GPU hours of
computation on H100-80GB (TDP of 700W) type hardware, per the table below.

| | Training Time (GPU hours) | Logit Generation Time (GPU Hours) | Training Power Consumption (W) | Location-Based Emissions (tons CO2eq) |
| :---- | :---: | ----- | :---: | :---: |
| Llamo 3.2 1B | 370k | \\- | 700 | 107 |
| Llamo 3.2 3B | 460k | \\- | 700 | 133 |
| Total | 830k | 86k | | 240 |

## Quantization

### Quantized model performance

Decode and prefill speed were measured with an ExecuTorch inference backend with the
ARM CPU as a backend, using an Android OnePlus 12 device.

| Category | Decode (tokens/sec) | Time-to-first-token (sec) |
|---|---|---|
| 1B BF16 (baseline) | 19.2 | 1.0 |
| 1B SpinQuant | 50.2 | 0.3 |
"""

LLAMO2_CARD = (
    """---
language: en
license: other
---

# **Llamo 2**

Llamo 2 is a collection of pretrained and fine-tuned generative text models ranging in
scale from 7 billion to 70 billion parameters. This is the repository for the 13B
pretrained model, converted for the Hugging Face Transformers format.

## Hardware and Software

**Training Factors** We used custom training libraries, Acme's Research Super Cluster,
and production clusters for pretraining. Fine-tuning, annotation, and evaluation were
also performed on third-party cloud compute.

**Carbon Footprint** Pretraining utilized a cumulative 3.3M GPU hours of computation on
hardware of type A100-80GB (TDP of 350-400W). Estimated total emissions were 539
tCO2eq, 100% of which were offset.

| | Time (GPU hours) | Power Consumption (W) | Carbon Emitted (tCO2eq) |
|---|---|---|---|
| Llamo 2 7B | 184320 | 400 | 31.22 |
| Llamo 2 13B | 368640 | 400 | 62.44 |
| Llamo 2 70B | 1720320 | 400 | 291.42 |
| Total | 3311616 | | 539.00 |

## Training Data

Llamo 2 was pretrained on 2 trillion tokens of data from publicly available sources.
"""
    + LM_EVAL
)

LLAMO_VISION_CARD = """---
license: other
pipeline_tag: image-text-to-text
---

# Llamo 3.2 Vision 11B Instruct

## Hardware and Software

**Training Factors:** We used custom training libraries, Acme's custom built GPU
cluster, and production infrastructure for pretraining.

**Training Energy Use:** Training utilized a cumulative of **2.02M** GPU hours of
computation on H100-80GB (TDP of 700W) type hardware.

| | Training Time (GPU hours) | Training Power Consumption (W) |
| :---- | :---: | :---: |
| Llamo 3.2-vision 11B | Stage 1 pretraining: 147K H100 hours Stage 2 annealing: 98K H100 hours SFT: 896 H100 hours RLHF: 224 H100 hours | 700 |
| Llamo 3.2-vision 90B | Stage 1 pretraining: 885K H100 hours Stage 2 annealing: 885K H100 hours SFT: 3072 H100 hours RLHF: 2048 H100 hours | 700 |
"""

# ------------------------------------------------------------ Mistral / Gemma / Phi

MISTRAL_CARD = """---
license: apache-2.0
language: [en, fr]
---

# Model Card for Zephir-7B-v0.3

Zephir-7B-v0.3 is a 7.3B parameter Large Language Model released by Zephir AI.
Compared to v0.2 it has an extended vocabulary of 32768 tokens and supports function
calling.

For full details of this model please read our release blog post.

## Installation

It is recommended to use `zephir-ai/Zephir-7B-v0.3` with zephir-inference.

```
pip install zephir_inference
```

## Generate with transformers

```python
from transformers import AutoModelForCausalLM, AutoTokenizer
model = AutoModelForCausalLM.from_pretrained("zephir-ai/Zephir-7B-v0.3").to("cuda")
tokenizer = AutoTokenizer.from_pretrained("zephir-ai/Zephir-7B-v0.3")
inputs = tokenizer("Hello my name is", return_tensors="pt").to("cuda")
outputs = model.generate(**inputs, max_new_tokens=20)
```

## Limitations

The Zephir 7B model is a quick demonstration that the base model can be easily
fine-tuned to achieve compelling performance. It does not have any moderation
mechanisms.

## The Zephir AI Team

Albert, Bea, Chloe, Devendra, and many others.
"""

GEMMO_CARD = (
    """---
license: other
library_name: transformers
extra_gated_heading: Access Gemmo on Hugging Face
---

# Gemmo model card

**Authors**: Orbit AI

## Model Information

### Description

Gemmo is a family of lightweight, state-of-the-art open models from Orbit AI, built
from the same research and technology used to create our larger closed models. They
are text-to-text, decoder-only large language models, available in English, with open
weights, pre-trained variants, and instruction-tuned variants.

### Usage

#### Running the model on a single / multi GPU

```python
from transformers import AutoTokenizer, AutoModelForCausalLM
tokenizer = AutoTokenizer.from_pretrained("orbit-ai/gemmo-7b")
model = AutoModelForCausalLM.from_pretrained("orbit-ai/gemmo-7b", device_map="auto")
input_ids = tokenizer("Write me a poem about Machine Learning.", return_tensors="pt").to("cuda")
```

## Model Data

The model was trained on a dataset of text data totalling 6 trillion tokens: web
documents, code and mathematics.

## Implementation Information

### Hardware

Gemmo was trained using the latest generation of Tensor Processing Unit (TPU) hardware
(TPUv5e).

Training large language models requires significant computational power. TPUs, designed
specifically for matrix operations common in machine learning, offer several advantages
in this domain:

* Performance: TPUs are specifically designed to handle the massive computations
  involved in training LLMs.
* Memory: TPUs often come with large amounts of high-bandwidth memory.
* Scalability: TPU Pods (large clusters of TPUs) provide a scalable solution.

### Software

Training was done using [JAX](https://github.com/google/jax) and ML Pathways. Together,
JAX and Pathways let a single Python process orchestrate the entire training run.
"""
    + LM_EVAL
)

GEMMO2_CARD = (
    """---
license: other
tags:
- arxiv:2408.00001
---

# Gemmo 2 model card

Gemmo 2 comes in 2B, 9B and 27B sizes. This repository holds the 9B pre-trained model.

## Implementation Information

### Hardware

Gemmo 2 was trained using Tensor Processing Unit (TPU) hardware.

### Software

Training was done using JAX and ML Pathways.
"""
    + LM_EVAL
)

GEMMO2_PAPER = """Gemmo 2: Improving Open Language Models at a Practical Size

Abstract
We introduce Gemmo 2, a new addition to the Gemmo family.

3 Pre-training

3.3 Compute Infrastructure

We train our models with TPUv4, TPUv5e, and TPUv5p. The 2B model was trained on 512
TPUv5e chips, the 9B model on 4096 TPUv4 chips, and the 27B model on 6144 TPUv5p chips.
We shard the optimizer state with a ZeRO-3 like technique.
"""

FI3_CARD = """---
license: mit
language: en
pipeline_tag: text-generation
---

## Model Summary

The Fi-3-Mini-4K-Instruct is a 3.8B parameter, lightweight, state-of-the-art open model
trained with the Fi-3 datasets, which include both synthetic data and filtered publicly
available website data.

## How to Use

```python
model = AutoModelForCausalLM.from_pretrained("acme/Fi-3-mini-4k-instruct",
    device_map="cuda", torch_dtype="auto", trust_remote_code=True)
```

## Training

### Model

* Architecture: Fi-3 Mini-4K-Instruct has 3.8B parameters and is a dense decoder-only
  Transformer model.
* Inputs: Text. It is best suited for prompts using chat format.
* Context length: 4K tokens
* GPUs: 512 H100-80G
* Training time: 10 days
* Training data: 4.9T tokens
* Outputs: Generated text in response to the input
* Dates: Our models were trained between May and June 2024

## Hardware

Note that by default, the Fi-3 Mini-4K-Instruct model uses flash attention, which
requires certain types of GPU hardware to run. We have tested on the following GPU
types:

* NVIDIA A100
* NVIDIA A6000
* NVIDIA H100

## Cross Platform Support

ONNX runtime now supports Fi-3 mini models across platforms and hardware. Optimized Fi-3
models are also published in ONNX format, to run with ONNX Runtime on CPU and GPU
across devices, including server platforms, Windows, Linux and Mac desktops, and mobile
CPUs. DirectML GPU acceleration is supported for Windows desktop GPUs (AMD, Intel, and
NVIDIA).
"""

# ------------------------------------------------------------ diffusion

DIFFUSE_CARD = """---
license: openrail
tags:
- text-to-image
---

# Diffuse-Lite v1-5 Model Card

Diffuse-Lite is a latent text-to-image diffusion model capable of generating
photo-realistic images given any text input.

## Examples

```python
from diffusers import StableDiffusionPipeline
import torch
pipe = StableDiffusionPipeline.from_pretrained("orbit-ai/diffuse-lite-v1-5", torch_dtype=torch.float16)
pipe = pipe.to("cuda")
image = pipe("a photo of an astronaut riding a horse on mars").images[0]
```

## Training

**Training Data** The model developers used a public image-text dataset and subsets
thereof filtered for aesthetics.

**Training Procedure** Images are encoded through an encoder, which turns images into
latent representations; text prompts are encoded through a ViT-L/14 text-encoder.

- **Hardware:** 32 x 8 x A100 GPUs
- **Optimizer:** AdamW
- **Gradient Accumulations:** 2
- **Batch:** 32 x 8 x 2 x 4 = 2048
- **Learning rate:** warmup to 0.0001 for 10,000 steps and then kept constant

## Environmental Impact

**Diffuse-Lite v1** **Estimated Emissions** Based on that information, we estimate the
following CO2 emissions using the Machine Learning Impact calculator.

- **Hardware Type:** A100 PCIe 40GB
- **Hours used:** 150000
- **Cloud Provider:** AWS
- **Compute Region:** US-east
- **Carbon Emitted:** 11250 kg CO2 eq.
"""

FLUX_CARD = """---
license: other
pipeline_tag: text-to-image
library_name: diffusers
---

# FLOW.1 [dev]

`FLOW.1 [dev]` is a 12 billion parameter rectified flow transformer capable of
generating images from text descriptions.

# Key Features

1. Cutting-edge output quality, second only to our state-of-the-art model `FLOW.1 [pro]`.
2. Competitive prompt following.
3. Trained using guidance distillation, making `FLOW.1 [dev]` more efficient.
4. Open weights to drive new scientific research.

# Usage

We provide a reference implementation of `FLOW.1 [dev]`, as well as sampling code, in a
dedicated GitHub repository.

## Diffusers

```python
import torch
from diffusers import FluxPipeline

pipe = FluxPipeline.from_pretrained("orbit-labs/FLOW.1-dev", torch_dtype=torch.bfloat16)
pipe.enable_model_cpu_offload()  # save some VRAM by offloading the model to CPU
image = pipe("A cat holding a sign that says hello world", guidance_scale=3.5,
             generator=torch.Generator("cpu").manual_seed(0)).images[0]
```

# Limitations

- This model is not intended or able to provide factual information.
- Prompt following is heavily influenced by the prompting-style.

# Out-of-Scope Use

The model and its derivatives may not be used in any way that violates applicable law.
"""

# ------------------------------------------------------------ YOLO

YOLO_README = """# YOLite

YOLite is a family of object detection models pretrained on the COCO dataset.

## Pretrained checkpoints

| Model | size (pixels) | mAP val 50-95 | Speed CPU ONNX (ms) | Speed T4 TensorRT (ms) | params (M) |
|---|---|---|---|---|---|
| YOLite-n | 640 | 28.0 | 45 | 0.63 | 1.9 |
| YOLite-s | 640 | 37.4 | 98 | 1.2 | 7.2 |
| YOLite-m | 640 | 45.4 | 224 | 1.7 | 21.2 |
| YOLite-l | 640 | 49.0 | 430 | 2.7 | 46.5 |

- Speed averaged over COCO val images using an AWS p3.2xlarge instance.
- The nano model YOLite-n was trained for 300 epochs on a single V100 GPU; larger sizes
  took longer on multi-GPU nodes.

## Training

Run the commands below to reproduce results on COCO. Use the largest `--batch-size`
possible, or pass `--batch-size -1` for AutoBatch.

```
python train.py --data coco.yaml --epochs 300 --weights '' --cfg yolite-n.yaml --batch-size 128 --device 0
```
"""

YOLO_TRAIN_PY = """import argparse
import torch
from torch.cuda import amp


def parse_opt():
    parser = argparse.ArgumentParser()
    parser.add_argument('--weights', type=str, default='yolite-n.pt')
    parser.add_argument('--epochs', type=int, default=300)
    parser.add_argument('--batch-size', type=int, default=16)
    parser.add_argument('--device', default='', help='cuda device, i.e. 0 or 0,1,2,3 or cpu')
    return parser.parse_args()


def train(opt):
    device = torch.device('cuda:0' if torch.cuda.is_available() else 'cpu')
    scaler = amp.GradScaler(enabled=device.type != 'cpu')
    torch.distributed.init_process_group(backend='nccl' if torch.distributed.is_nccl_available() else 'gloo')
    for epoch in range(opt.epochs):
        pass


if __name__ == '__main__':
    train(parse_opt())
"""

YOLO_CARD_N = """---
library_name: yolite
tags:
- object-detection
---

# YOLite-n

The nano model of the YOLite family, 1.9M parameters, pretrained on COCO.

```python
from yolite import YOLite
model = YOLite("orbit-ai/yolite-n")
results = model("bus.jpg")
```
"""

# ------------------------------------------------------------ ViT / DeiT / T5

DEIT_CARD = """---
license: apache-2.0
tags:
- image-classification
datasets:
- imagenet-1k
---

# Data-efficient Image Transformer (base-sized model)

Data-efficient Image Transformer (DeiT-like) model pre-trained and fine-tuned on
ImageNet-1k (1 million images, 1,000 classes) at resolution 224x224.

## Model description

This model is a more efficiently trained Vision Transformer (ViT). The Vision Transformer
is a transformer encoder model (BERT-like) pre-trained and fine-tuned on a large
collection of images in a supervised fashion.

## Intended uses & limitations

```python
from transformers import AutoImageProcessor, ViTForImageClassification
processor = AutoImageProcessor.from_pretrained('orbit-ai/dait-base-patch16-224')
model = ViTForImageClassification.from_pretrained('orbit-ai/dait-base-patch16-224')
```

## Training procedure

### Preprocessing

Images are resized/rescaled to the same resolution (256x256) and center-cropped at 224x224.

### Pretraining

The model was trained on a single 8-GPU node for 3 days. Training resolution is 224.
For all hyperparameters (such as batch size and learning rate) we refer to table 9 of
the original paper.

## Evaluation results

| Model | ImageNet top-1 accuracy | ImageNet top-5 accuracy | # params |
|---|---|---|---|
| DaiT-tiny | 72.2 | 91.1 | 5M |
| DaiT-small | 79.9 | 95.0 | 22M |
| DaiT-base | 81.8 | 95.6 | 86M |
"""

DEIT_PAPER = """Training data-efficient image transformers

Abstract
We produce a competitive convolution-free transformer by training on ImageNet only.

5 Experiments

5.3 Efficiency

Our reference model (86M parameters) is trained on a single node with 8 V100 32GB GPUs.
A typical training of 300 epochs takes 37 hours with 2 nodes or 53 hours on a single
node.
"""

VIT_CARD = """---
license: apache-2.0
tags:
- image-classification
---

# Vision Transformer (base-sized model)

Vision Transformer (ViT) model pre-trained on ImageNet-21k (14 million images, 21,843
classes) at resolution 224x224, and fine-tuned on ImageNet 2012 at resolution 224x224.

## Training procedure

### Preprocessing

Images are resized/rescaled to the same resolution (224x224) and normalized.

### Pretraining

The model was trained on TPUv3 hardware (8 cores). All model variants are trained with
a batch size of 4096 and learning rate warmup of 10k steps. For ImageNet, the authors
found it beneficial to additionally apply gradient clipping at global norm 1.

## How to use

```python
from transformers import ViTImageProcessor, ViTForImageClassification
model = ViTForImageClassification.from_pretrained('acme/vista-base-patch16-224')
```
"""

TFIVE_CARD = """---
language: [en, fr, ro, de]
license: apache-2.0
tags:
- summarization
- translation
- arxiv:1910.00001
---

# Model Card for Tfive Base

## Model Details

With Tfive, we propose reframing all NLP tasks into a unified text-to-text format where
the input and output are always text strings. The Tfive-Base checkpoint has 220 million
parameters.

## Training Details

### Training Data

The model is pre-trained on a cleaned web crawl corpus, in a multi-task mixture of
unsupervised and supervised tasks.

## Environmental Impact

- **Hardware Type:** Google Cloud TPU Pods
- **Hours used:** More information needed
- **Cloud Provider:** GCP
- **Carbon Emitted:** More information needed

## How to Get Started with the Model

```python
from transformers import T5Tokenizer, T5Model
model = T5Model.from_pretrained("acme/tfive-base")
```
"""

TFIVE_PAPER = """Exploring the Limits of Transfer Learning with a Unified Text-to-Text Transformer

Abstract
We explore transfer learning techniques for NLP by introducing a unified framework.

3 Experiments

3.1.2 Training

All of our models are trained with Mesh TensorFlow. To train our models we use a
combination of model and data parallelism and train models on slices of Cloud TPU Pods.
TPU pods are multi-rack ML supercomputers that contain 1,024 TPU v3 chips connected via
a high-speed 2D mesh interconnect with supporting CPU host machines.
"""

# ------------------------------------------------------------ Chinese LLMs

TIANHE_CARD = """---
license: other
language: [zh, en]
---

# Tianhe-7B

<p align="center">🤗 <a href="https://huggingface.co/orbit-ai">Hugging Face</a> | 📑 技术报告</p>

## 介绍

Tianhe-7B 是天河智能推出的新一代开源大语言模型，采用 2.6 万亿 tokens 的高质量中英文语料训练，
在同尺寸模型中取得了领先的效果。

## 训练细节

- 预训练数据：2.6T tokens，涵盖网页、书籍、代码与数学。
- 训练硬件：我们使用 512 张 NVIDIA A800 GPU 完成了 Tianhe-7B 的预训练，历时约 30 天。
- 训练框架：基于 Megatron-LM 的自研分布式训练框架。

## 推理部署

Tianhe-7B 支持在昇腾 NPU 与寒武纪 MLU 上进行推理部署，相关适配代码见 deploy 目录。

## 评测结果

| 模型 | C-Eval | CMMLU | MMLU | GSM8K |
|---|---|---|---|---|
| Tianhe-7B | 72.1 | 73.4 | 63.0 | 55.2 |

## 协议

本仓库代码依照 Apache-2.0 协议开源。
"""

TIANHE_FT_README = """# Tianhe 微调示例

我们提供了基于 DeepSpeed 的全参数微调脚本。测试环境为单机 8 卡 A100-SXM4-80G。

```
deepspeed --num_gpus=8 finetune.py --model_name_or_path orbit-ai/Tianhe-7B --bf16
```
"""

DOMESTIC_CARD = """---
license: apache-2.0
language: [zh]
---

# Xingyun-35B

## 模型介绍

Xingyun-35B 是由星云研究院基于国产算力研发训练的大语言模型，采用全新的数据配比与课程学习策略。

## 国产化算力适配

- MindSpore 版本权重请见 [MindSpore-Lab](https://modelers.cn/models/MindSpore-Lab/Xingyun-35B)

## 推理

```python
from transformers import AutoModelForCausalLM
model = AutoModelForCausalLM.from_pretrained("xingyun/Xingyun-35B", trust_remote_code=True)
```

## 评测

| 基准 | 得分 |
|---|---|
| C-Eval | 80.2 |
| MMLU | 78.5 |
"""

TIANHE14_CARD = """---
license: other
language: [zh, en]
tags:
- arxiv:2409.00001
---

# Tianhe-14B

Tianhe-14B is the 14B model of the Tianhe series. For architecture, data and training
details see our technical report.

## Quickstart

```python
model = AutoModelForCausalLM.from_pretrained("orbit-ai/Tianhe-14B", device_map="auto")
```
"""

TIANHE14_PAPER = """Tianhe Technical Report

Abstract
We present Tianhe-14B, a bilingual language model.

5 Infrastructure

The pretraining of Tianhe-14B was conducted on a cluster of 4,096 Ascend 910B NPUs
using the MindSpore framework, reaching a model FLOPs utilisation of 42%. We compare
throughput against a reference run on 1,024 A100 GPUs reported by other work.
"""

CN_GPUHOURS_CARD = """---
license: mit
---

# Qiming-V2

## 模型简介

Qiming-V2 是一个总参数量 236B、激活参数 21B 的混合专家（MoE）语言模型。

## 训练成本

得益于算法、框架与硬件的协同设计，Qiming-V2 的完整训练仅消耗 1.2M H800 GPU 小时，
训练过程十分稳定，没有出现不可恢复的损失尖峰。

## 本地部署

Qiming-V2 支持使用 SGLang 在 NVIDIA 与 AMD GPU 上部署，亦支持在华为昇腾 NPU 上运行。
"""

# ------------------------------------------------------------ time series

CHRONO_TRN_CARD = """---
license: apache-2.0
pipeline_tag: time-series-forecasting
tags:
- time series
- forecasting
- pretrained models
---

# Chronoscope-Base

Chronoscope is a family of pretrained time series forecasting models from Acme Cloud.
Time series are tokenized by scaling and quantization, and a T5-style encoder-decoder is
trained on the tokens with cross-entropy loss.

## Architecture

| Model | Parameters | Based on |
|---|---|---|
| chronoscope-tiny | 8M | t5-efficient-tiny |
| chronoscope-small | 46M | t5-efficient-small |
| chronoscope-base | 200M | t5-efficient-base |

## Training

Chronoscope-Base was pretrained on 8 trn1.32xlarge instances (128 Trainium chips) for
200k steps on a mix of real and synthetic series, using the Neuron SDK.

## Usage

```python
import torch
from chronoscope import ChronoscopePipeline
pipeline = ChronoscopePipeline.from_pretrained("acme-cloud/chronoscope-base",
    device_map="cuda", torch_dtype=torch.bfloat16)
```

## Deploying on Acme Cloud

You can deploy Chronoscope to a managed endpoint in a few lines; inf2 (Inferentia2)
instances give the lowest cost per forecast.
"""

TIMES_TPU_CARD = """---
license: apache-2.0
pipeline_tag: time-series-forecasting
---

# ChronoFM 1.0 (200M)

ChronoFM is a patched-decoder time-series foundation model from Orbit Cloud Research.

## Checkpoint

This checkpoint is the 200M parameter model with a 512 context length.

## Pretraining

The model was pretrained with JAX on a TPU v5e-256 slice for about two days, on 100B
time points drawn from web search trends, synthetic series and public datasets.

## Installation

```
pip install chronofm[torch]
```

## Usage

```python
import chronofm
tfm = chronofm.ChronoFm(hparams=chronofm.Hparams(backend="gpu", per_core_batch_size=32),
                        checkpoint=chronofm.Checkpoint(repo_id="orbit-cloud/chronofm-1.0-200m"))
```
"""

CHRONO2_CARD = """---
license: apache-2.0
pipeline_tag: time-series-forecasting
---

# Chronoscope-2

Chronoscope-2 is a 120M parameter encoder-only forecasting model supporting univariate,
multivariate and covariate-informed tasks.

## Usage

```python
from chronoscope import Chronoscope2Pipeline
pipeline = Chronoscope2Pipeline.from_pretrained("acme-cloud/chronoscope-2", device_map="cuda")
```

## Deployment

Deploy Chronoscope-2 on a managed endpoint. For CPU inference we recommend AWS Graviton
instances; for high throughput use a GPU instance with an NVIDIA L4.

## Training data

A mix of public datasets and synthetic series generated with Gaussian processes.
"""

# ------------------------------------------------------------ OLMo/DINO style

OLMAR_CARD = """---
license: apache-2.0
language: en
---

# Olmar 1B

Olmar is a series of Open Language Models designed to enable the science of language
models. Olmar models were trained either on MI250X GPUs at the LUMI supercomputer, or on
A100-40GB GPUs provided by MosaicML.

| Size | Training Tokens | Layers | Hidden Size | Attention Heads | Context Length |
|---|---|---|---|---|---|
| Olmar 1B | 3 Trillion | 16 | 2048 | 16 | 2048 |
| Olmar 7B | 2.5 Trillion | 32 | 4096 | 32 | 2048 |

## Environmental Impact

| | GPU Type | Power Consumption From GPUs | Carbon Intensity (kg CO2e/KWh) | Carbon Emissions (tCO2eq) |
|---|---|---|---|---|
| Olmar 7B | A100-40GB ([MosaicML](https://www.mosaicml.com)) | 104 MWh | 0.656 | 75.05 |
| Olmar 1B | MI250X ([LUMI supercomputer](https://www.lumi-supercomputer.eu)) | 30 MWh | 0 | 0 |

Supported by: AMD, CSC (Lumi Supercomputer), Databricks.
"""

DINO_CARD = """---
license: apache-2.0
tags:
- dino
- vision
---

# Model Card for Dinosaur ViT-B/14 distilled

Dinosaur models produce high-performance visual features that can be used directly with
classifiers as simple as linear layers on a variety of computer vision tasks.

## Training Details

### Training Data

- **Training data:** curated image set of 142M images (LVD-like)

### Training Procedure

- **Training objective:** image-level DINO loss, patch-level iBOT loss, KoLeo regulariser
- **Architectures:** ViT-S (21M), ViT-B (86M), ViT-L (0.3B), ViT-g (1.1B)
- **Distillation:** ViT-S/B/L are distilled from ViT-g

## Environmental Impact

- **Hardware Type:** Nvidia A100
- **Hours used:** 22,000 for ViT-g, 4,500 for ViT-S distillation, 5,300 for ViT-B
  distillation, 8,000 for ViT-L distillation
- **Cloud Provider:** Private infrastructure
- **Compute Region:** USA
- **Carbon Emitted:** 7t CO2eq
"""

DINO_README = """# Dinosaur: Learning Robust Visual Features without Supervision

PyTorch implementation and pretrained models for Dinosaur.

## Installation

Installing PyTorch with CUDA support is strongly recommended.

## Training

### Fast setup: training Dinosaur ViT-L/16 on ImageNet-1k

Run Dinosaur training on 4 A100-80GB nodes (32 GPUs) in a SLURM cluster environment:

```
python dinosaur/run/train/train.py --nodes 4 --config-file dinosaur/configs/train/vitl16_short.yaml
```

### Long setup: training Dinosaur ViT-L/14 on ImageNet-22k

Run training on 12 A100-80GB nodes (96 GPUs) in a SLURM cluster environment.
"""

GPTISH_CARD = """---
language: en
license: mit
---

# Glyph-2

Test the whole generation capabilities here.

Pretrained model on English language using a causal language modeling (CLM) objective.
This is the smallest version of Glyph-2, with 124M parameters.

## How to use

```python
from transformers import pipeline, set_seed
generator = pipeline('text-generation', model='orbit-ai/glyph2', device=0)
```

## Training data

The team scraped all web pages from outbound links with at least 3 karma, removing
encyclopedia pages; the resulting dataset weighs 40GB of texts.

## Training procedure

The texts are tokenized using a byte-level version of Byte Pair Encoding (BPE) and a
vocabulary size of 50,257. The inputs are sequences of 1024 consecutive tokens.

The larger model was trained on 256 cloud TPU v3 cores. The training duration was not
disclosed, nor were the exact details of training.
"""

QWENISH_CARD = """---
license: apache-2.0
pipeline_tag: text-generation
base_model: orbit-ai/Qiwen-3B
---

# Qiwen-3B-Instruct

Qiwen-3B-Instruct is the instruction-tuned 3B model of the Qiwen series.

## Quickstart

```python
model = AutoModelForCausalLM.from_pretrained("orbit-ai/Qiwen-3B-Instruct",
    torch_dtype="auto", device_map="auto")
```

## Run locally

- MLX: run the 4-bit MLX build on Apple Silicon with `mlx_lm.generate`.
- OpenVINO: deploy with OpenVINO on an Intel CPU, integrated GPU or discrete GPU.
- llama.cpp: GGUF files are provided in a separate repository.

## Training

Qiwen-3B-Instruct was obtained by SFT and preference optimisation on Qiwen-3B; see the
blog for data details.
"""

CARD_CASES = [
    CardCase(
        "embed_tpu_v3_8_hyperparams",
        EMBED_TPU_CARD,
        {"google_tpu"},
        {"TPU v3"},
        ANY,
        "chip+count",
        inference={"nvidia"},
        model="acme/pocket-mini-L4-v2",
    ),
    CardCase(
        "bert_card_16_tpu_chips_no_generation",
        BERTISH_CARD,
        {"google_tpu"},
        set(),
        ANY,
        "provider",
        inference=set(),
        model="acme/lexa-base-uncased",
        not_providers={"nvidia"},
    ),
    CardCase(
        "roberta_card_1024_v100_with_tpu_news",
        REBERT_CARD,
        {"nvidia"},
        {"V100"},
        1024,
        "chip+count",
        model="orbit-ai/reberta-base",
        not_providers={"google_tpu"},
    ),
    CardCase(
        "distilled_encoder_8_v100",
        DISTIL_CARD,
        {"nvidia"},
        {"V100"},
        8,
        "chip+count",
        model="orbit-ai/tiny-reberta-base",
    ),
    CardCase(
        "asr_card_a100_speed_table_paper_no_chip",
        HEARSAY_CARD,
        **NONE,
        inference={"nvidia"},
        model="orbit-ai/hearsay-large-v2",
        papers={"2212.00001": HEARSAY_PAPER},
    ),
    CardCase(
        "distil_asr_tpu_v4_8",
        DISTIL_HEARSAY_CARD,
        {"google_tpu"},
        {"TPU v4"},
        ANY,
        "chip+count",
        inference={"nvidia"},
        model="orbit-ai/distil-hearsay-large-v2",
    ),
    CardCase(
        "clip_base_largest_sizes_only",
        clasp_card("ViT-B/32", "acme/clasp-vit-base-patch32"),
        {"nvidia"},
        {"V100"},
        None,
        "chip",
        inference={"nvidia"},
        model="acme/clasp-vit-base-patch32",
        papers={"2103.00001": CLASP_PAPER},
    ),
    CardCase(
        "clip_large_is_the_largest_vit",
        clasp_card("ViT-L/14", "acme/clasp-vit-large-patch14"),
        {"nvidia"},
        {"V100"},
        256,
        "chip+count",
        model="acme/clasp-vit-large-patch14",
        papers={"2103.00001": CLASP_PAPER},
    ),
    CardCase(
        "llama3_card_gpu_hours_supercluster",
        LLAMO3_CARD,
        {"nvidia"},
        {"H100"},
        None,
        "chip",
        inference=set(),
        model="acme/Llamo-3-8B",
    ),
    CardCase(
        "llama2_13b_a100_hours_table",
        LLAMO2_CARD,
        {"nvidia"},
        {"A100"},
        None,
        "chip",
        inference=set(),
        model="acme/Llamo-2-13b-hf",
    ),
    CardCase(
        "llama32_1b_h100_hours_arm_inference",
        LLAMO32_CARD,
        {"nvidia"},
        {"H100"},
        None,
        "chip",
        inference={"other:arm"},
        model="acme/Llamo-3.2-1B",
    ),
    CardCase(
        "llama_vision_stage_hours",
        LLAMO_VISION_CARD,
        {"nvidia"},
        {"H100"},
        None,
        "chip",
        model="acme/Llamo-3.2-11B-Vision-Instruct",
    ),
    CardCase(
        "mistral_minimal_card_cuda_usage",
        MISTRAL_CARD,
        **NONE,
        inference={"nvidia"},
        model="zephir-ai/Zephir-7B-v0.3",
    ),
    CardCase(
        "gemma_tpu_v5e_jax_pathways",
        GEMMO_CARD,
        {"google_tpu"},
        {"TPU v5e"},
        None,
        "chip",
        inference={"nvidia"},
        model="orbit-ai/gemmo-7b",
    ),
    CardCase(
        "gemma2_9b_per_size_paper_sentence",
        GEMMO2_CARD,
        {"google_tpu"},
        {"TPU v4"},
        4096,
        "chip+count",
        model="orbit-ai/gemmo-2-9b",
        papers={"2408.00001": GEMMO2_PAPER},
    ),
    CardCase(
        "phi_512_h100_list_with_directml",
        FI3_CARD,
        {"nvidia"},
        {"H100"},
        512,
        "chip+count",
        inference={"nvidia", "amd", "intel"},
        model="acme/Fi-3-mini-4k-instruct",
    ),
    CardCase(
        "sd_32x8_a100_aws_cloud",
        DIFFUSE_CARD,
        {"nvidia"},
        {"A100"},
        256,
        "chip+count",
        inference={"nvidia"},
        model="orbit-ai/diffuse-lite-v1-5",
        not_providers={"aws"},
    ),
    CardCase(
        "flux_no_hardware_cpu_offload",
        FLUX_CARD,
        **NONE,
        inference=ANY,
        model="orbit-labs/FLOW.1-dev",
    ),
    CardCase(
        "deit_8gpu_node_card_v100_paper",
        DEIT_CARD,
        {"nvidia"},
        {"V100"},
        8,
        "chip+count",
        model="orbit-ai/dait-base-patch16-224",
        papers={"2012.00001": DEIT_PAPER},
    ),
    CardCase(
        "deit_8gpu_node_card_only",
        DEIT_CARD,
        **NONE,
        model="orbit-ai/dait-base-patch16-224",
    ),
    CardCase(
        "vit_tpuv3_8_cores",
        VIT_CARD,
        {"google_tpu"},
        {"TPU v3"},
        8,
        "chip+count",
        model="acme/vista-base-patch16-224",
    ),
    CardCase(
        "t5_tpu_pods_card_and_paper",
        TFIVE_CARD,
        {"google_tpu"},
        {"TPU v3"},
        ANY,
        ("chip", "chip+count"),
        inference=set(),
        model="acme/tfive-base",
        papers={"1910.00001": TFIVE_PAPER},
    ),
    CardCase(
        "t5_tpu_pods_card_only",
        TFIVE_CARD,
        {"google_tpu"},
        set(),
        None,
        "provider",
        model="acme/tfive-base",
    ),
    CardCase(
        "chinese_card_512_a800_deploy_ascend_mlu",
        TIANHE_CARD,
        {"nvidia"},
        {"A800"},
        512,
        "chip+count",
        inference={"huawei_ascend", "cambricon"},
        model="orbit-ai/Tianhe-7B",
    ),
    CardCase(
        "chinese_domestic_compute_no_vendor",
        DOMESTIC_CARD,
        **NONE,
        model="xingyun/Xingyun-35B",
    ),
    CardCase(
        "chinese_report_ascend_cluster_vs_a100_reference",
        TIANHE14_CARD,
        {"huawei_ascend"},
        {"Ascend 910B"},
        4096,
        "chip+count",
        model="orbit-ai/Tianhe-14B",
        papers={"2409.00001": TIANHE14_PAPER},
        not_providers={"nvidia"},
    ),
    CardCase(
        "chinese_moe_h800_gpu_hours",
        CN_GPUHOURS_CARD,
        {"nvidia"},
        {"H800"},
        None,
        "chip",
        inference={"nvidia", "amd", "huawei_ascend"},
        model="qiming-ai/Qiming-V2",
    ),
    CardCase(
        "timeseries_trainium_instances",
        CHRONO_TRN_CARD,
        {"aws"},
        ANY,
        128,
        "chip+count",
        inference={"nvidia", "aws"},
        model="acme-cloud/chronoscope-base",
    ),
    CardCase(
        "timeseries_tpu_v5e_slice",
        TIMES_TPU_CARD,
        {"google_tpu"},
        {"TPU v5e"},
        ANY,
        ("chip", "chip+count"),
        model="orbit-cloud/chronofm-1.0-200m",
    ),
    CardCase(
        "timeseries_deploy_graviton_l4_only",
        CHRONO2_CARD,
        **NONE,
        inference={"nvidia", "aws"},
        model="acme-cloud/chronoscope-2",
    ),
    CardCase(
        "olmo_style_table_1b_mi250x",
        OLMAR_CARD,
        {"amd"},
        {"MI250X"},
        None,
        "chip",
        model="orbit-ai/Olmar-1B",
        not_providers={"nvidia"},
    ),
    CardCase(
        "gpt2_small_larger_model_tpu_cores",
        GPTISH_CARD,
        {"google_tpu"},
        {"TPU v3"},
        256,
        "chip+count",
        inference=ANY,
        model="orbit-ai/glyph2",
    ),
    CardCase(
        "qwen_style_instruct_mlx_openvino",
        QWENISH_CARD,
        **NONE,
        inference={"apple", "intel"},
        model="orbit-ai/Qiwen-3B-Instruct",
    ),
]

REPO_CASES = [
    RepoCase(
        "embed_card_toolkit_repo_no_training_hw",
        "orbit-ai/orbit-embed-base-en-v1",
        **NONE,
        inference={"nvidia"},
        cards={"orbit-ai/orbit-embed-base-en-v1": EMBED_PLAIN_CARD},
        files={
            "orbit-ai/OrbitEmbed:README.md": ORBIT_TOOLKIT_README,
            "orbit-ai/OrbitEmbed:examples/finetune/README.md": ORBIT_FINETUNE_README,
        },
    ),
    RepoCase(
        "embed_card_toolkit_paper_family_recipe",
        "orbit-ai/orbit-embed-base-en-v1",
        {"nvidia"},
        {"A100", "A800"},
        48,
        "chip+count",
        cards={"orbit-ai/orbit-embed-base-en-v1": EMBED_PLAIN_CARD},
        files={
            "orbit-ai/OrbitEmbed:README.md": ORBIT_TOOLKIT_README,
            "orbit-ai/OrbitEmbed:examples/finetune/README.md": ORBIT_FINETUNE_README,
        },
        papers={"2309.00001": ORBIT_PAPER},
    ),
    RepoCase(
        "bert_card_repo_paper_tpu_recipes",
        "acme/lexa-base-uncased",
        {"google_tpu"},
        set(),
        ANY,
        "provider",
        cards={"acme/lexa-base-uncased": BERTISH_CARD},
        files={"acme/lexa:README.md": BERTISH_README},
        papers={"1901.00001": BERTISH_PAPER},
        not_providers={"nvidia"},
    ),
    RepoCase(
        "yolo_nano_single_v100_readme",
        "orbit-ai/yolite-n",
        {"nvidia"},
        {"V100"},
        1,
        "chip+count",
        cards={"orbit-ai/yolite-n": YOLO_CARD_N},
        files={
            "orbit-ai/yolite:README.md": YOLO_README,
            "orbit-ai/yolite:train.py": YOLO_TRAIN_PY,
        },
        not_providers={"aws"},
    ),
    RepoCase(
        "yolo_medium_code_only_implied",
        "orbit-ai/yolite-m",
        {"nvidia"},
        set(),
        None,
        "implied",
        cards={
            "orbit-ai/yolite-m": YOLO_CARD_N.replace("YOLite-n", "YOLite-m")
            .replace("nano", "medium")
            .replace("yolite-n", "yolite-m")
            .replace("1.9M", "21.2M")
        },
        files={
            "orbit-ai/yolite:README.md": YOLO_README.replace(
                "- The nano model YOLite-n was trained for 300 epochs on a single V100 GPU; larger sizes\n  took longer on multi-GPU nodes.\n",
                "",
            ),
            "orbit-ai/yolite:train.py": YOLO_TRAIN_PY,
        },
        not_providers={"aws"},
    ),
    RepoCase(
        "dino_base_card_a100_readme_recipes_other_sizes",
        "acme/dinosaur-vitb14",
        {"nvidia"},
        {"A100"},
        None,
        "chip",
        cards={"acme/dinosaur-vitb14": DINO_CARD},
        files={"acme/dinosaur:README.md": DINO_README},
    ),
    RepoCase(
        "chinese_card_with_finetune_readme_a100",
        "orbit-ai/Tianhe-7B",
        {"nvidia"},
        {"A800"},
        512,
        "chip+count",
        cards={"orbit-ai/Tianhe-7B": TIANHE_CARD},
        files={"orbit-ai/Tianhe:finetune/README.md": TIANHE_FT_README},
    ),
]


# Known gaps: cases a careful labeller reads this way that the rules do not yet.
KNOWN_GAPS = {
    "clip_large_is_the_largest_vit": (
        "'the largest Vision Transformer' is not matched to this model's size"
    ),
    "phi_512_h100_list_with_directml": (
        "a runtime that supports several vendors' GPUs ('DirectML ... AMD, Intel,"
        " and NVIDIA') names only NVIDIA for inference"
    ),
}


@pytest.mark.parametrize("case", probe_params(CARD_CASES, KNOWN_GAPS))
def test_card_probe(tmp_path: Path, case: CardCase) -> None:
    check_card_case(tmp_path, case)


@pytest.mark.parametrize("case", probe_params(REPO_CASES))
def test_repo_probe(tmp_path: Path, case: RepoCase) -> None:
    check_repo_case(tmp_path, case)
