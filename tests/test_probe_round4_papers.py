# ruff: noqa: E501 (snippets keep the long lines real documents have)
"""Unseen model documents, fourth round: papers and technical reports as a
model's main source, shaped like PDF extraction (wrapped and hyphenated
lines, running headers and page numbers, captions, flattened tables,
related work naming other labs' hardware, thanks, references), written for
these tests and judged by the dev labels' conventions.

The failures it found first led to fixes: a numbered heading after a
paragraph is not joined into it, "was carried out on", "by fine-tuning X
on", "takes four days on", counts before Moore Threads and other vendors,
"with 128 cores", GPU-days are no count, Trainium2 chips, "..., and Foo-8B
on Y" is the sibling's clause.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import ANY, check_repo_case, probe_params
from helpers import RepoCase as Case

from chipaudit.signals.catalog import TRACKED_PROVIDERS

NONE = dict(providers=set(), chips=set(), count=None, disclosure="none")
ALL = set(TRACKED_PROVIDERS)


# ------------------------------------------------------------ PDF shaping


def _wrap(par: str, width: int) -> list[str]:
    """Greedy wrap with end-of-line hyphenation of long plain words."""
    lines, cur = [], ""
    for word in par.split():
        if not cur:
            cur = word
            continue
        if len(cur) + 1 + len(word) <= width:
            cur += " " + word
            continue
        room = width - len(cur) - 2
        if (
            len(word) >= 8
            and word.isalpha()
            and word.islower()
            and room >= 4
            and len(word) - room >= 3
        ):
            lines.append(cur + " " + word[:room] + "-")
            cur = word[room:]
        else:
            lines.append(cur)
            cur = word
    if cur:
        lines.append(cur)
    return lines


def pdf(blocks: list[str], width: int = 54, header: str = "", every: int = 48) -> str:
    """Blocks: '=' prefix keeps lines verbatim (headings, tables, captions),
    anything else is a paragraph wrapped at `width`. A footer (page number)
    and the running header are interleaved every `every` lines."""
    out: list[str] = []
    for block in blocks:
        if block.startswith("="):
            out.extend(block[1:].strip("\n").split("\n"))
        else:
            out.extend(_wrap(block, width))
    paged: list[str] = []
    page = 1
    for i, line in enumerate(out, 1):
        paged.append(line)
        if header and i % every == 0:
            page += 1
            paged.extend([str(page - 1), header])
    return "\n".join(paged) + "\n"


# ------------------------------------------------------------ LLM report skeleton


def llm_report(
    family: str = "Widget",
    sizes: tuple[str, ...] = ("1B", "7B", "70B"),
    related: str = "",
    infra: str = "",
    post: str = "",
    inference: str = "",
    limitations: str = "",
    acks: str = "",
    appendix: str = "",
    extra_refs: str = "",
    width: int = 94,
    org: str = "Acme AI",
) -> str:
    names = [f"{family}-{s}" for s in sizes]
    sizes_txt = ", ".join(sizes[:-1]) + f" and {sizes[-1]}"
    blocks = [
        f"={family}: Open Foundation Language Models from {sizes[0]} to {sizes[-1]} Parameters",
        f"={org} Research*",
        "=Abstract",
        f"We present {family}, a family of dense decoder-only language models with {sizes_txt} "
        "parameters. The models are pretrained on a mixture of web text, code, mathematics and "
        "multilingual documents, and are then aligned with supervised fine-tuning and preference "
        "optimization. On a broad suite of knowledge, reasoning and coding benchmarks the "
        f"{family} models are competitive with open models of similar size. We release base and "
        "chat weights under a permissive license together with the evaluation harness.",
        "=*Full author list in Appendix C.",
        "=1 Introduction",
        "Open language models have become an important substrate for research on alignment, "
        "interpretability and efficient adaptation. Yet many releases document their data and "
        "training procedure only sparingly, which makes it difficult to reproduce results or to "
        f"attribute improvements. With {family} we aim to be transparent about the recipe: the "
        "composition of the pretraining mixture, the learning-rate schedule, the decontamination "
        "procedure and the post-training stages are all described in this report.",
        "Our contributions are as follows. First, we describe a data pipeline that combines "
        "heuristic filtering, model-based quality scoring and fuzzy deduplication. Second, we "
        "study how the annealing phase at the end of pretraining affects downstream reasoning. "
        "Third, we report a careful comparison with contemporary open models using a single, "
        "public evaluation harness.",
        "=2 Related Work",
        related
        or "Scaling studies have shown that loss falls predictably with model size and data "
        "(Kaplan et al., 2020; Hoffmann et al., 2022). Several open families followed, including "
        "BLOOM (Scao et al., 2022), Falcon (Almazrouei et al., 2023) and the Llama series "
        "(Touvron et al., 2023), each with a different emphasis on data quality and openness.",
        "=3 Pretraining",
        "=3.1 Data",
        "The pretraining corpus contains 9.2 trillion tokens after filtering. Web documents make "
        "up roughly 70% of the mixture; the remainder consists of source code from permissively "
        "licensed repositories, mathematical text, scientific articles and parallel text in 28 "
        "languages. We apply line-level and document-level heuristics, followed by a classifier "
        "trained to predict whether a page would be cited by an educational resource.",
        "=3.2 Architecture",
        "All models use pre-normalization with RMSNorm, SwiGLU activations, rotary position "
        "embeddings and grouped-query attention. The vocabulary has 128k entries. Table 1 lists "
        "the shape of each model.",
        "=Table 1: Model architectures.\nModel\nLayers\nHidden size\nHeads\nKV heads\n"
        + "\n".join(
            f"{n}\n{layers}\n{h}\n{a}\n8"
            for n, (layers, h, a) in zip(
                names, [(16, 2048, 16), (32, 4096, 32), (80, 8192, 64)], strict=True
            )
        ),
        "=3.3 Optimization",
        "We use AdamW with beta values of 0.9 and 0.95, weight decay of 0.1 and gradient clipping "
        "at 1.0. The learning rate follows a warmup-stable-decay schedule; the final 5% of steps "
        "anneal the rate linearly to zero on a higher-quality subset of the corpus.",
    ]
    if infra:
        blocks += ["=3.4 Training Infrastructure", *infra.split("\n\n")]
    blocks += [
        "=4 Post-training",
        post
        or "Chat models are obtained with two rounds of supervised fine-tuning on roughly one "
        "million curated prompt-response pairs, followed by direct preference optimization on "
        "pairs ranked by a reward model. We filter responses for correctness with unit tests and "
        "answer checking where possible.",
        "=5 Evaluation",
        "We evaluate on MMLU, ARC-Challenge, HellaSwag, GSM8K, MATH and HumanEval with the "
        "settings reported in Table 2.",
        "=Table 2: Base model results (5-shot MMLU, 0-shot others).\nModel\nMMLU\nGSM8K\nHumanEval\n"
        + "\n".join(
            f"{n}\n{52 + 9 * i}.3\n{31 + 19 * i}.8\n{22 + 17 * i}.0"
            for i, n in enumerate(names)
        ),
    ]
    if inference:
        blocks += ["=6 Inference Efficiency", *inference.split("\n\n")]
    blocks += [
        "=7 Limitations",
        limitations
        or f"The {family} models can produce factually wrong or harmful content. Their "
        "knowledge is limited to the pretraining cut-off and their multilingual ability is "
        "uneven across languages. We have not evaluated the models in safety-critical settings.",
    ]
    if acks:
        blocks += ["=Acknowledgements", acks]
    blocks += [
        "=References",
        "=Jordan Hoffmann, Sebastian Borgeaud, Arthur Mensch, et al. 2022. Training compute-\n"
        "optimal large language models. arXiv preprint arXiv:2203.15556.\n"
        "Jared Kaplan, Sam McCandlish, Tom Henighan, et al. 2020. Scaling laws for neural\n"
        "language models. arXiv preprint arXiv:2001.08361.\n"
        "Hugo Touvron, Thibaut Lavril, Gautier Izacard, et al. 2023. LLaMA: Open and efficient\n"
        "foundation language models. arXiv preprint arXiv:2302.13971.\n" + extra_refs,
    ]
    if appendix:
        blocks += ["=A Additional Details", *appendix.split("\n\n")]
    return pdf(blocks, width=width, header=f"{family} Technical Report", every=55)


def card(model: str, extra: str = "") -> str:
    short = model.split("/")[1]
    return (
        f"---\nlicense: apache-2.0\nlibrary_name: transformers\n---\n\n# {short}\n\n"
        f"{short} is part of the model family described in our technical report.\n\n"
        "## Usage\n\n```python\nfrom transformers import AutoModelForCausalLM\n"
        f"model = AutoModelForCausalLM.from_pretrained('{model}')\n```\n\n" + extra
    )


W7 = "acme/Widget-7B"
W_SIBS = ("acme/Widget-1B", "acme/Widget-70B")

# ------------------------------------------------------------ vision paper skeleton


def vision_paper(
    training: str, related: str = "", extra: str = "", acks: str = ""
) -> str:
    blocks = [
        "=WidgetNet: Rethinking Residual Blocks for Efficient\nImage Recognition",
        "=Anonymous Authors1 Second Author1,2\n1Acme Vision Lab 2University of Somewhere",
        "=Abstract",
        "We revisit the design of residual blocks for convolutional networks and propose WidgetNet, a "
        "family of models that trade depth for width in a principled way. WidgetNet-50 reaches 80.9% "
        "top-1 accuracy on ImageNet with fewer multiply-accumulate operations than comparable "
        "baselines, and transfers well to detection and segmentation.",
        "=1. Introduction",
        "Convolutional networks remain a strong choice for image recognition when latency matters. "
        "Since the introduction of residual connections, many variants have adjusted the bottleneck "
        "ratio, the grouping of convolutions and the normalization layers. In this work we ask a "
        "simple question: given a fixed budget of operations, how should a residual block be shaped?",
        "=2. Related Work",
        related
        or "Residual networks (He et al., 2016) made very deep models trainable. Later work explored "
        "grouped convolutions (Xie et al., 2017), squeeze-and-excitation (Hu et al., 2018) and "
        "compound scaling (Tan and Le, 2019). Vision transformers (Dosovitskiy et al., 2021) split "
        "images into patches and apply self-attention.",
        "=3. Method",
        "A WidgetNet block consists of a pointwise expansion, a depthwise convolution with a large "
        "kernel and a pointwise projection. We vary the expansion ratio per stage and find that a "
        "schedule which widens early stages gives the best accuracy for a given cost. Stages are "
        "separated by strided convolutions rather than pooling layers.",
        "=Table 1. Configurations of WidgetNet variants.\nmodel\nblocks\nwidth\nGFLOPs\nWidgetNet-26\n"
        "2-2-4-2\n64\n2.1\nWidgetNet-50\n3-4-6-3\n96\n4.3\nWidgetNet-101\n3-4-23-3\n96\n8.0",
        "=4. Experiments",
        "=4.1. ImageNet classification",
        training,
        "=Table 2. ImageNet-1k validation accuracy.\nmodel\ntop-1\ntop-5\nWidgetNet-26\n77.4\n93.5\n"
        "WidgetNet-50\n80.9\n95.3\nWidgetNet-101\n82.2\n96.0",
        "=4.2. Transfer to detection",
        "We plug WidgetNet backbones into a standard two-stage detector and fine-tune on COCO with "
        "the 1x schedule. WidgetNet-50 improves box AP by 1.8 points over a ResNet-50 baseline.",
    ]
    if extra:
        blocks += extra.split("\n\n")
    blocks += [
        "=5. Conclusion",
        "We presented a simple family of residual networks with a careful allocation of width. "
        "Future work will examine neural architecture search over the same design space.",
    ]
    if acks:
        blocks += ["=Acknowledgements", acks]
    blocks += [
        "=References\n[1] Kaiming He, Xiangyu Zhang, Shaoqing Ren, and Jian Sun. Deep residual\n"
        "learning for image recognition. In CVPR, 2016.\n"
        "[2] Priya Goyal, Piotr Dollar, Ross Girshick, et al. Accurate, large minibatch SGD:\n"
        "Training ImageNet in 1 hour. arXiv:1706.02677, 2017.\n"
        "[3] Mingxing Tan and Quoc Le. EfficientNet: Rethinking model scaling for convolu-\n"
        "tional neural networks. In ICML, 2019.",
    ]
    return pdf(
        blocks, width=52, header="WidgetNet: Rethinking Residual Blocks", every=50
    )


WN = "acme/widgetnet-50"
WN_SIBS = ("acme/widgetnet-26", "acme/widgetnet-101")

# ------------------------------------------------------------ speech paper skeleton


def speech_paper(training: str, inference: str = "", related: str = "") -> str:
    blocks = [
        "=EchoWidget: Robust Multilingual Speech Recognition\nwith Streaming Conformers",
        "=Acme Speech Team",
        "=ABSTRACT",
        "We introduce EchoWidget, a family of streaming speech recognition models in three sizes. "
        "Trained on 410k hours of weakly labelled audio in 60 languages, EchoWidget-Large lowers the "
        "average word error rate by 12% relative to strong open baselines while keeping a latency of "
        "under 320 ms.",
        "=Index Terms— speech recognition, conformer, streaming, multilingual",
        "=1. INTRODUCTION",
        "Automatic speech recognition has improved rapidly with large weakly supervised corpora. "
        "However most open models are trained for offline decoding and degrade when audio arrives in "
        "chunks. EchoWidget is built for streaming from the start: a chunked conformer encoder with "
        "limited right context and a transducer decoder.",
        "=2. RELATED WORK",
        related
        or "Conformers (Gulati et al., 2020) combine convolution and attention for speech. Whisper "
        "(Radford et al., 2023) showed the value of large weakly labelled datasets, and several "
        "works distilled such models for speed.",
        "=3. MODEL",
        "The encoder downsamples 80-channel log-mel features by a factor of eight and applies "
        "conformer blocks with chunk size 640 ms. EchoWidget-Small, EchoWidget-Base and "
        "EchoWidget-Large use 12, 17 and 24 blocks with widths 256, 512 and 1024.",
        "=Table 1: Model sizes.\nModel Params Blocks\nEchoWidget-Small 39M 12\n"
        "EchoWidget-Base 118M 17\nEchoWidget-Large 610M 24",
        "=4. EXPERIMENTAL SETUP",
        "=4.1. Data",
        "The training set combines 410k hours of audio paired with transcripts found on the web, "
        "filtered with a language identifier and a forced-alignment score. We remove utterances "
        "shorter than one second or longer than thirty seconds and normalize transcripts by "
        "lower-casing and removing punctuation for languages that use it inconsistently. For "
        "evaluation we use LibriSpeech test-other, the FLEURS test sets and Common Voice 15.",
        "=4.2. Tokenization",
        "Transcripts are tokenized with a shared sentencepiece model of 8,192 units trained on a "
        "balanced sample of all languages. A language tag is prepended to every target sequence, "
        "so that a single decoder can be used for all languages and the tag can be forced at "
        "inference when the language is known in advance.",
        "=4.3. Training",
        training,
        "=5. RESULTS",
        "Table 2 reports word error rates on held-out sets. Streaming decoding costs between 0.4 and "
        "0.9 absolute points compared with full-context decoding.",
        "=Table 2: WER (%) on the test sets.\nModel\nLibriSpeech\nFLEURS\nCommonVoice\n"
        "EchoWidget-Small\n4.1\n14.2\n16.8\nEchoWidget-Base\n3.2\n10.9\n12.7\n"
        "EchoWidget-Large\n2.5\n8.1\n9.6",
    ]
    if inference:
        blocks += ["=6. EFFICIENCY", inference]
    blocks += [
        "=6.1. Ablations",
        "Removing the convolution module raises the average error rate by 6% relative, and halving "
        "the chunk size to 320 ms costs another 4% relative. Increasing the right context beyond "
        "two frames brings no further gain but adds latency, so we keep the smaller setting.",
        "=Table 3: Ablations on EchoWidget-Base (average WER).\nSetting\nWER\nfull model\n8.9\n"
        "no convolution\n9.4\nchunk 320 ms\n9.3\nright context 4\n8.9",
        "=7. CONCLUSION",
        "EchoWidget shows that streaming recognition can match offline systems on many languages "
        "when trained on enough data. We release all checkpoints.",
        '=8. REFERENCES\n[1] A. Gulati et al., "Conformer: Convolution-augmented transformer for\n'
        'speech recognition," in Proc. Interspeech, 2020.\n'
        '[2] A. Radford et al., "Robust speech recognition via large-scale weak supervision,"\n'
        "in Proc. ICML, 2023.",
    ]
    return pdf(blocks, width=50, header="ICASSP 2025", every=45)


EW = "acme/echowidget-large"

# ------------------------------------------------------------ diffusion paper skeleton


def diffusion_paper(
    training: str, inference: str = "", related: str = "", acks: str = ""
) -> str:
    blocks = [
        "=PixWidget: Scaling Rectified Flow Transformers for\nHigh-Resolution Text-to-Image Synthesis",
        "=Acme Generative Team",
        "=Abstract",
        "We present PixWidget, a family of text-to-image models based on rectified flow transformers "
        "with 2B and 8B parameters. PixWidget generates images at up to 2048 pixels and follows "
        "complex prompts more closely than previous open models in human preference studies.",
        "=1 Introduction",
        "Diffusion models have become the dominant approach to image generation. Recent work replaced "
        "the convolutional U-Net with transformers operating on latent patches, which scale more "
        "predictably with compute. We continue this line and study the choices that matter most at "
        "high resolution: the timestep sampling density, the text encoder and the autoencoder.",
        "=2 Related Work",
        related
        or "Latent diffusion (Rombach et al., 2022) moved generation into the latent space of an "
        "autoencoder. Diffusion transformers (Peebles and Xie, 2023) replaced the U-Net backbone. "
        "Rectified flow (Liu et al., 2023) connects data and noise with straight paths.",
        "=3 Method",
        "Images are encoded by a 16-channel autoencoder with a downsampling factor of eight. Text is "
        "embedded with two frozen encoders whose outputs are concatenated. The transformer uses joint "
        "attention over text and image tokens with separate weights for the two modalities.",
        "=4 Training",
        training,
        "=Figure 3: Samples from PixWidget-8B at 1024 x 1024 resolution. Prompts\nare listed in Appendix B.",
        "=4.1 Data",
        "The training set contains 1.1 billion image-text pairs gathered from licensed stock "
        "collections and public web data. Captions are rewritten by a vision-language model to "
        "describe the image in detail; during training we use the original caption with a "
        "probability of one half so that the model also responds well to short prompts.",
        "=4.2 Resolution schedule",
        "Training starts at 256 pixels, moves to 512 pixels and ends with mixed aspect ratios "
        "around one megapixel. At each change of resolution we shift the timestep distribution "
        "towards higher noise levels, which we found important to keep global structure stable.",
        "=Table 2: Training stages.\nStage\nResolution\nSteps\nBatch\n1\n256\n500k\n4096\n2\n512\n"
        "200k\n2048\n3\n1024\n100k\n1024",
        "=5 Evaluation",
        "=5.1 Automatic metrics",
        "On GenEval, which checks object counts, colours and positions with a detector, PixWidget-8B "
        "reaches an overall score of 0.74 and PixWidget-2B 0.68. FID on a held-out set of 30k "
        "captions is reported in Appendix A but correlates poorly with human judgement.",
        "=5.2 Human preference",
        "We report GenEval and human preference win rates against four open baselines. PixWidget-8B "
        "is preferred in 61% of comparisons for prompt following and 57% for visual quality.",
    ]
    if inference:
        blocks += ["=6 Sampling Speed", inference]
    blocks += [
        "=7 Limitations and Societal Impact",
        "Like other generative models, PixWidget can reproduce biases present in its training data "
        "and may be misused to create misleading images. We apply safety filtering to the training "
        "set and release the model with a usage policy.",
    ]
    if acks:
        blocks += ["=Acknowledgments", acks]
    blocks += [
        "=References\nWilliam Peebles and Saining Xie. Scalable diffusion models with transformers.\n"
        "In ICCV, 2023.\nRobin Rombach, Andreas Blattmann, Dominik Lorenz, Patrick Esser, and Bjorn\n"
        "Ommer. High-resolution image synthesis with latent diffusion models. In CVPR, 2022.",
    ]
    return pdf(blocks, width=56, header="PixWidget", every=52)


PW = "acme/PixWidget-2B"
PW_SIBS = ("acme/PixWidget-8B",)

P = "2405.01234"

CASES: list[Case] = [
    # ============================================================ LLM reports
    Case(
        "llm_family_all_sizes_one_cluster",
        W7,
        {"nvidia"},
        {"H100"},
        ANY,
        ("chip", "chip+count"),
        cards={W7: card(W7)},
        papers={
            P: llm_report(
                infra=(
                    "All Widget models were pretrained on a dedicated cluster of 2,048 NVIDIA H100 80GB "
                    "GPUs connected by 400 Gbps InfiniBand. We use a combination of tensor, pipeline and "
                    "data parallelism implemented on top of Megatron-Core, and reach a model FLOPs "
                    "utilization between 38% and 43% depending on model size."
                )
            )
        },
        others=W_SIBS,
        not_providers=ALL - {"nvidia"},
    ),
    Case(
        "llm_largest_count_smaller_same_cluster",
        W7,
        {"nvidia"},
        {"H800"},
        None,
        "chip",
        cards={W7: card(W7)},
        papers={
            P: llm_report(
                infra=(
                    "Widget-70B was pretrained on 4,096 NVIDIA H800 GPUs for 52 days. The 1B and 7B models "
                    "were trained on smaller partitions of the same H800 cluster, whose nodes each hold "
                    "eight GPUs linked by NVLink and eight 200 Gbps RoCE network cards."
                )
            )
        },
        others=W_SIBS,
        not_providers=ALL - {"nvidia"},
    ),
    Case(
        "llm_only_largest_stated_tpu",
        W7,
        {"google_tpu"},
        {"TPU v5p"},
        None,
        "chip",
        cards={W7: card(W7)},
        papers={
            P: llm_report(
                infra=(
                    "Our largest model, Widget-70B, was trained on 6,144 TPU v5p chips arranged in several "
                    "pods, using JAX with fully sharded data parallelism across slices. Checkpoints are "
                    "written asynchronously every 500 steps to cloud storage."
                )
            )
        },
        others=W_SIBS,
        not_providers=ALL - {"google_tpu"},
    ),
    Case(
        "llm_gpu_hours_table_one_cell_per_line",
        W7,
        {"nvidia"},
        {"H100"},
        None,
        "chip",
        cards={W7: card(W7)},
        papers={
            P: llm_report(
                infra=(
                    "Pretraining ran on H100-80GB GPUs with a power cap of 700 W. Table 3 lists the GPU hours "
                    "and the estimated emissions of each model, computed with the regional carbon intensity "
                    "of the data center.\n\n"
                    "=Table 3: Pretraining compute and estimated emissions.\nModel\nGPU hours\nPower (W)\n"
                    "tCO2eq\nWidget-1B\n92,160\n700\n27\nWidget-7B\n614,400\n700\n181\nWidget-70B\n"
                    "5,898,240\n700\n1,740"
                )
            )
        },
        others=W_SIBS,
        not_providers=ALL - {"nvidia"},
    ),
    Case(
        "llm_generic_gpu_hours_only",
        W7,
        **NONE,
        cards={W7: card(W7)},
        papers={
            P: llm_report(
                infra=(
                    "Training Widget-7B took about 610 thousand GPU hours, and the whole project, including "
                    "ablations and failed runs, consumed roughly three times as much. We do not count the "
                    "compute used for data filtering."
                )
            )
        },
        others=W_SIBS,
        not_providers=ALL,
    ),
    Case(
        "llm_inference_benchmark_h100_only",
        W7,
        set(),
        set(),
        None,
        "none",
        {"nvidia"},
        cards={W7: card(W7)},
        papers={
            P: llm_report(
                inference=(
                    "We measure serving throughput with vLLM on a single NVIDIA H100 80GB GPU using 1,000 "
                    "prompts of 512 tokens and 256 generated tokens. Widget-7B serves 3,900 output tokens per "
                    "second at batch size 64. With FP8 weights the throughput rises to 5,600 tokens per "
                    "second with no measurable loss on our benchmarks."
                )
            )
        },
        others=W_SIBS,
        not_providers=ALL - {"nvidia"},
    ),
    Case(
        "llm_related_work_hardware_only",
        W7,
        **NONE,
        cards={W7: card(W7)},
        papers={
            P: llm_report(
                related=(
                    "Scaling studies have shown that loss falls predictably with model size and data "
                    "(Kaplan et al., 2020). PaLM (Chowdhery et al., 2022) was trained on 6,144 TPU v4 chips "
                    "across two pods, while OPT-175B (Zhang et al., 2022) used 992 A100 GPUs and "
                    "BLOOM was trained on 384 A100 GPUs of the Jean Zay supercomputer. Gopher was trained on "
                    "TPU v3 pods (Rae et al., 2021)."
                )
            )
        },
        others=W_SIBS,
        not_providers=ALL,
    ),
    Case(
        "llm_related_work_tpu_own_ascend",
        W7,
        {"huawei_ascend"},
        ANY,
        512,
        "chip+count",
        cards={W7: card(W7)},
        papers={
            P: llm_report(
                org="Zhiyuan Compute Lab",
                related=(
                    "PaLM (Chowdhery et al., 2022) was trained on 6,144 TPU v4 chips, and Llama 2 "
                    "(Touvron et al., 2023) used NVIDIA A100 clusters. In contrast to these efforts, "
                    "which rely on accelerators that are difficult to obtain for many groups, our work "
                    "targets domestic hardware."
                ),
                infra=(
                    "Widget-7B was trained on 512 Ascend 910B NPUs organised as 64 Atlas 800T A2 "
                    "servers. We use the MindSpeed framework with a tensor parallel size of 2 and a "
                    "pipeline parallel size of 4. Over the run we observed 11 hardware failures, each "
                    "recovered from the latest checkpoint within 20 minutes."
                ),
            )
        },
        others=W_SIBS,
        not_providers=ALL - {"huawei_ascend"},
    ),
    Case(
        "llm_ascend_cluster_family_8k",
        W7,
        {"huawei_ascend"},
        {"Ascend 910B"},
        ANY,
        ("chip", "chip+count"),
        cards={W7: card(W7)},
        papers={
            P: llm_report(
                org="Zhiyuan Compute Lab",
                infra=(
                    "The Widget series is trained entirely on a cluster of 8,192 Ascend 910B NPUs. Each "
                    "compute node contains 8 NPUs with 64 GB of HBM each, and nodes are interconnected by a "
                    "200 Gbps RoCE fabric. To keep the utilization high we overlap the all-gather of "
                    "parameters with the forward pass and recompute only the attention blocks."
                ),
            )
        },
        others=W_SIBS,
        not_providers=ALL - {"huawei_ascend"},
    ),
    Case(
        "llm_kunlun_p800_report",
        W7,
        {"baidu_kunlun"},
        {"Kunlun P800"},
        3000,
        "chip+count",
        cards={W7: card(W7)},
        papers={
            P: llm_report(
                org="Baidu-like Cloud",
                infra=(
                    "Widget-7B was pretrained on 3,000 Kunlun P800 chips in our XPU cluster. The training "
                    "stack is built on PaddlePaddle with custom fused kernels for attention and RMSNorm, and "
                    "sustains 41% MFU at a sequence length of 8,192."
                ),
            )
        },
        others=W_SIBS,
        not_providers=ALL - {"baidu_kunlun"},
    ),
    Case(
        "llm_mixed_pretrain_ascend_sft_h800",
        W7,
        {"huawei_ascend", "nvidia"},
        {"Ascend 910B", "H800"},
        ANY,
        "chip+count",
        cards={W7: card(W7)},
        papers={
            P: llm_report(
                org="Zhiyuan Compute Lab",
                infra=(
                    "Pretraining of Widget-7B was carried out on 2,048 Ascend 910B NPUs over 30 days."
                ),
                post=(
                    "Supervised fine-tuning and preference optimization of Widget-7B were run on a "
                    "separate cluster of 64 NVIDIA H800 GPUs, where the post-training codebase was "
                    "developed. Each SFT epoch takes about six hours."
                ),
            )
        },
        others=W_SIBS,
        not_providers=ALL - {"huawei_ascend", "nvidia"},
    ),
    Case(
        "llm_ack_amd_lumi_training_a100",
        W7,
        {"nvidia"},
        {"A100"},
        256,
        "chip+count",
        cards={W7: card(W7)},
        papers={
            P: llm_report(
                infra=(
                    "Widget-7B was trained on 256 NVIDIA A100 40GB GPUs over 21 days, using PyTorch FSDP "
                    "with activation checkpointing and bf16 mixed precision."
                ),
                acks=(
                    "We thank CSC for access to the LUMI supercomputer and AMD for early access to "
                    "MI250X nodes, which we used for tokenizer experiments and evaluation. We are also "
                    "grateful to our colleagues who reviewed drafts of this report."
                ),
            )
        },
        others=W_SIBS,
        not_providers=ALL - {"nvidia", "amd"},
    ),
    Case(
        "llm_references_hardware_titles_only",
        W7,
        **NONE,
        cards={W7: card(W7)},
        papers={
            P: llm_report(
                extra_refs=(
                    "Deepak Narayanan, Mohammad Shoeybi, Jared Casper, et al. 2021. Efficient large-scale\n"
                    "language model training on GPU clusters using Megatron-LM. In SC21.\n"
                    "Norman P. Jouppi, George Kurian, Sheng Li, et al. 2023. TPU v4: An optically reconfigurable\n"
                    "supercomputer for machine learning with hardware support for embeddings. In ISCA.\n"
                    "Tri Dao. 2023. FlashAttention-2: Faster attention with better parallelism and work\n"
                    "partitioning on NVIDIA H100 GPUs. arXiv preprint arXiv:2307.08691.\n"
                )
            )
        },
        others=W_SIBS,
        not_providers=ALL,
    ),
    Case(
        "llm_page_break_inside_hw_sentence",
        W7,
        {"nvidia"},
        {"A100"},
        1024,
        "chip+count",
        cards={W7: card(W7)},
        papers={
            P: llm_report(
                infra=(
                    "=Widget-7B was pretrained for 34 days on a cluster of 1,024 NVIDIA A100 80GB\n"
                    "17\nWidget Technical Report\n"
                    "GPUs hosted by our cloud partner, using ZeRO stage 1 with bf16 mixed precision and a\n"
                    "global batch size of 4M tokens."
                )
            )
        },
        others=W_SIBS,
        not_providers=ALL - {"nvidia"},
    ),
    Case(
        "llm_footnote_marker_after_gpus",
        W7,
        {"nvidia"},
        {"H100"},
        768,
        "chip+count",
        cards={W7: card(W7)},
        papers={
            P: llm_report(
                infra=(
                    "We trained Widget-7B on 768 NVIDIA H100 SXM GPUs² for about 19 days, with a mean "
                    "throughput of 3,100 tokens per second per GPU.\n\n"
                    "=²The cluster was rented from a commercial cloud provider; see the acknowledgements."
                )
            )
        },
        others=W_SIBS,
        not_providers=ALL - {"nvidia"},
    ),
    Case(
        "llm_appendix_compute_table_per_model",
        W7,
        {"nvidia"},
        {"A100"},
        256,
        "chip+count",
        cards={W7: card(W7)},
        papers={
            P: llm_report(
                appendix=(
                    "Table 6 summarises the hardware used for each pretraining run. Runs for the smaller "
                    "models were scheduled on the older partition of our cluster.\n\n"
                    "=Table 6: Pretraining hardware per model.\nModel\nAccelerator\n#GPUs\nDays\n"
                    "Widget-1B\nA100-40GB\n64\n6\nWidget-7B\nA100-80GB\n256\n14\nWidget-70B\nH100-80GB\n2,048\n41"
                )
            )
        },
        others=W_SIBS,
        not_providers=ALL - {"nvidia"},
    ),
    Case(
        "llm_sizes_different_vendors_separate_sentences",
        W7,
        {"google_tpu"},
        {"TPU v5e"},
        256,
        "chip+count",
        cards={W7: card(W7)},
        papers={
            P: llm_report(
                infra=(
                    "Widget-1B and Widget-7B were trained with JAX on Cloud TPU. Widget-7B used a slice of "
                    "256 TPU v5e chips for 25 days.\n\n"
                    "Widget-70B was trained separately with PyTorch on 2,048 NVIDIA H100 GPUs, as the TPU "
                    "quota available to us did not allow a run of that size."
                )
            )
        },
        others=W_SIBS,
        not_providers=ALL - {"google_tpu", "nvidia"},
    ),
    Case(
        "llm_distilled_student_teacher_hardware",
        "acme/Widget-1B",
        {"nvidia"},
        {"A100"},
        64,
        "chip+count",
        cards={"acme/Widget-1B": card("acme/Widget-1B")},
        papers={
            P: llm_report(
                infra=(
                    "Widget-70B serves as the teacher and was pretrained on 4,096 H100 GPUs.\n\n"
                    "The student, Widget-1B, is trained by logit distillation from the teacher on 64 NVIDIA "
                    "A100 GPUs, with teacher logits precomputed and stored in a top-k compressed format."
                )
            )
        },
        others=("acme/Widget-7B", "acme/Widget-70B"),
        not_providers=ALL - {"nvidia"},
    ),
    Case(
        "llm_chat_finetuned_on_gaudi2",
        "acme/Widget-7B-Chat",
        {"intel"},
        {"Gaudi 2"},
        16,
        "chip+count",
        cards={"acme/Widget-7B-Chat": card("acme/Widget-7B-Chat")},
        papers={
            P: llm_report(
                post=(
                    "Widget-7B-Chat is obtained by fine-tuning Widget-7B on 16 Intel Gaudi 2 accelerators "
                    "with the optimum-habana library. Supervised fine-tuning takes three epochs over one "
                    "million examples, followed by DPO on 180k preference pairs."
                )
            )
        },
        others=("acme/Widget-7B", "acme/Widget-70B"),
        not_providers=ALL - {"intel"},
    ),
    Case(
        "llm_domestic_compute_no_vendor",
        W7,
        **NONE,
        cards={W7: card(W7)},
        papers={
            P: llm_report(
                org="Zhiyuan Compute Lab",
                infra=(
                    "The entire Widget series was trained on domestic Chinese AI accelerators in our own "
                    "data center, without using any imported GPUs. We describe the fault-tolerance "
                    "mechanisms that were needed to keep runs of several weeks stable on this platform."
                ),
            )
        },
        others=W_SIBS,
        not_providers=ALL,
    ),
    Case(
        "llm_train_h800_deploy_ascend",
        W7,
        {"nvidia"},
        {"H800"},
        512,
        "chip+count",
        {"huawei_ascend"},
        cards={"acme/Widget-7B": "# Widget-7B\n\nSee the technical report.\n"},
        papers={
            P: llm_report(
                infra="Widget-7B was trained on 512 NVIDIA H800 GPUs over 26 days.",
                inference=(
                    "For deployment we ported Widget-7B to Ascend 910B NPUs with a custom attention "
                    "operator. A single Atlas 800I A2 server decodes 2,300 tokens per second at batch "
                    "size 32, which is sufficient for our production traffic."
                ),
            )
        },
        others=W_SIBS,
        not_providers=ALL - {"nvidia", "huawei_ascend"},
    ),
    Case(
        "llm_future_work_tpu_no_training_hw",
        W7,
        **NONE,
        cards={W7: card(W7)},
        papers={
            P: llm_report(
                limitations=(
                    "The Widget models can produce factually wrong content. Due to our compute budget we "
                    "did not train beyond 70B parameters. In future work we plan to port the training "
                    "stack to TPU v5p and to explore mixture-of-experts variants, which we expect to run "
                    "more efficiently on that hardware."
                )
            )
        },
        others=W_SIBS,
        not_providers=ALL,
    ),
    Case(
        "llm_limitations_reveals_training_gpus",
        W7,
        {"nvidia"},
        ANY,
        8,
        "chip+count",
        cards={W7: card(W7)},
        papers={
            P: llm_report(
                sizes=("1B", "3B", "7B"),
                limitations=(
                    "Our study has several limitations. Because we only had access to 8 NVIDIA RTX A6000 "
                    "GPUs, Widget-7B was trained for just 200 billion tokens, far fewer than compute-optimal "
                    "recipes would suggest. Results may therefore understate what the architecture can do."
                ),
            )
        },
        others=("acme/Widget-1B", "acme/Widget-3B"),
        not_providers=ALL - {"nvidia"},
    ),
    Case(
        "llm_mi300x_report_two_column",
        W7,
        {"amd"},
        {"MI300X"},
        1024,
        "chip+count",
        cards={W7: card(W7)},
        papers={
            P: llm_report(
                width=55,
                infra=(
                    "Widget-7B was pretrained on 1,024 AMD Instinct MI300X GPUs spread over 128 nodes, "
                    "using ROCm 6.2 and a fork of Megatron-LM with HIP kernels for fused attention."
                ),
            )
        },
        others=W_SIBS,
        not_providers=ALL - {"amd"},
    ),
    Case(
        "llm_trainium2_report",
        W7,
        {"aws"},
        ANY,
        512,
        "chip+count",
        cards={W7: card(W7)},
        papers={
            P: llm_report(
                infra=(
                    "Widget-7B was trained on 512 AWS Trainium2 chips (32 trn2.48xlarge instances) with the "
                    "Neuron SDK and NeuronX Distributed for tensor and pipeline parallelism."
                )
            )
        },
        others=W_SIBS,
        not_providers=ALL - {"aws"},
    ),
    Case(
        "llm_moore_threads_kuae",
        W7,
        {"moore_threads"},
        {"MTT S4000"},
        1000,
        "chip+count",
        cards={W7: card(W7)},
        papers={
            P: llm_report(
                org="Zhiyuan Compute Lab",
                infra=(
                    "Widget-7B was trained on a KUAE cluster of 1,000 Moore Threads MTT S4000 GPUs. The "
                    "run lasted 13 days, and we ported the fused kernels with the MUSA toolkit."
                ),
            )
        },
        others=W_SIBS,
        not_providers=ALL - {"moore_threads"},
    ),
    # ============================================================ vision papers
    Case(
        "vision_resnet_style_8_v100",
        WN,
        {"nvidia"},
        {"V100"},
        8,
        "chip+count",
        papers={
            P: vision_paper(
                "We train all models on ImageNet-1k for 300 epochs with SGD, a batch size of 1024 and "
                "cosine decay. Training WidgetNet-50 takes four days on 8 Tesla V100 GPUs with mixed "
                "precision. We use RandAugment, mixup and label smoothing of 0.1."
            )
        },
        others=WN_SIBS,
        not_providers=ALL - {"nvidia"},
    ),
    Case(
        "vision_generic_gpus_no_vendor",
        WN,
        **NONE,
        papers={
            P: vision_paper(
                "We train all models on ImageNet-1k for 300 epochs with SGD and a batch size of 1024 "
                "distributed over 16 GPUs. Synchronized batch normalization is used across devices."
            )
        },
        others=WN_SIBS,
        not_providers=ALL,
    ),
    Case(
        "vision_related_work_goyal_tpu_own_silent",
        WN,
        **NONE,
        papers={
            P: vision_paper(
                "We follow the standard recipe: 300 epochs, SGD with momentum 0.9, batch size 1024, "
                "cosine decay and a five-epoch warmup.",
                related=(
                    "Residual networks (He et al., 2016) made very deep models trainable. Goyal et al. "
                    "trained ResNet-50 in one hour on 256 Tesla P100 GPUs, and later work reduced this to "
                    "minutes using TPU v3 pods with 1,024 cores. EfficientNets (Tan and Le, 2019) were "
                    "trained on TPU v3."
                ),
            )
        },
        others=WN_SIBS,
        not_providers=ALL,
    ),
    Case(
        "vision_tpu_cores_and_gpu_latency",
        WN,
        {"google_tpu"},
        {"TPU v3"},
        ANY,
        "chip+count",
        {"nvidia"},
        papers={
            P: vision_paper(
                "All ImageNet models are trained on Cloud TPU v3 with 128 cores for 350 epochs. We use "
                "a global batch size of 4096 and the LAMB optimizer.",
                extra=(
                    "=4.3. Inference latency\n"
                    "=Table 3. Inference throughput (images/s) measured on one NVIDIA\nA100 GPU with batch 256 and TensorRT.\n"
                    "model\nthroughput\nWidgetNet-26\n4120\nWidgetNet-50\n2630\nWidgetNet-101\n1410"
                ),
            )
        },
        others=WN_SIBS,
        not_providers=ALL - {"google_tpu", "nvidia"},
    ),
    Case(
        "vision_ack_gpu_donation_only",
        WN,
        ANY,
        set(),
        None,
        ANY,
        papers={
            P: vision_paper(
                "We follow the standard recipe: 300 epochs, SGD with momentum 0.9, batch size 1024 and "
                "cosine decay.",
                acks=(
                    "We gratefully acknowledge the support of NVIDIA Corporation with the donation of "
                    "the Titan Xp GPU used for this research."
                ),
            )
        },
        others=WN_SIBS,
        not_providers=ALL - {"nvidia"},
    ),
    # ============================================================ speech papers
    Case(
        "speech_sizes_separate_sentences_large",
        EW,
        {"nvidia"},
        {"A100"},
        64,
        "chip+count",
        papers={
            P: speech_paper(
                "All models are trained with the AdamW optimizer and a peak learning rate of 1e-3. "
                "EchoWidget-Small and EchoWidget-Base were trained on 8 V100 GPUs each. "
                "EchoWidget-Large was trained on 64 A100 GPUs for 12 days with a batch of 2.5 hours of "
                "audio per step."
            )
        },
        others=("acme/echowidget-small", "acme/echowidget-base"),
        not_providers=ALL - {"nvidia"},
    ),
    Case(
        "speech_small_model_sibling_stated",
        "acme/echowidget-small",
        {"nvidia"},
        {"V100"},
        ANY,
        "chip+count",
        papers={
            P: speech_paper(
                "All models are trained with the AdamW optimizer and a peak learning rate of 1e-3. "
                "EchoWidget-Small and EchoWidget-Base were trained on 8 V100 GPUs each. "
                "EchoWidget-Large was trained on 64 A100 GPUs for 12 days with a batch of 2.5 hours of "
                "audio per step."
            )
        },
        others=("acme/echowidget-large", "acme/echowidget-base"),
        not_providers=ALL - {"nvidia"},
    ),
    Case(
        "speech_rtf_on_device_inference",
        EW,
        {"nvidia"},
        {"A100"},
        32,
        "chip+count",
        {"nvidia", "apple"},
        papers={
            P: speech_paper(
                "We train EchoWidget-Large for 600k steps on 32 NVIDIA A100 GPUs, which takes about ten "
                "days. SpecAugment and speed perturbation are applied on the fly.",
                inference=(
                    "Streaming decoding of EchoWidget-Large runs at a real-time factor of 0.03 on a single "
                    "RTX 4090, and the quantized model transcribes in real time on an iPhone 15 Pro using "
                    "the Apple Neural Engine."
                ),
            )
        },
        others=("acme/echowidget-small", "acme/echowidget-base"),
        not_providers=ALL - {"nvidia", "apple"},
    ),
    Case(
        "speech_no_hardware_at_all",
        EW,
        **NONE,
        inference=set(),
        papers={
            P: speech_paper(
                "All models are trained with the AdamW optimizer for 600k steps with a peak learning "
                "rate of 1e-3 and a Noam schedule. SpecAugment and speed perturbation are applied."
            )
        },
        others=("acme/echowidget-small", "acme/echowidget-base"),
        not_providers=ALL,
    ),
    # ============================================================ diffusion papers
    Case(
        "diffusion_gpu_days_only",
        PW,
        {"nvidia"},
        {"A100"},
        None,
        "chip",
        papers={
            P: diffusion_paper(
                "We train in three stages of increasing resolution, 256, 512 and 1024 pixels. In total "
                "PixWidget-2B required about 18,000 A100 GPU-days, most of which were spent at 256 "
                "pixels. We use an exponential moving average of the weights with decay 0.9999."
            )
        },
        others=PW_SIBS,
        not_providers=ALL - {"nvidia"},
    ),
    Case(
        "diffusion_tpu_train_apple_sampling",
        PW,
        {"google_tpu"},
        {"TPU v4"},
        256,
        "chip+count",
        {"apple", "nvidia"},
        papers={
            P: diffusion_paper(
                "PixWidget-2B was trained on 256 TPU v4 chips with JAX, and PixWidget-8B on 1,024 TPU "
                "v5p chips. Both models were trained for 800k steps at a batch size of 2,048.",
                inference=(
                    "With 28 sampling steps PixWidget-2B generates a 1024 x 1024 image in 2.1 seconds on "
                    "an Apple M2 Ultra and in 0.9 seconds on an NVIDIA H100."
                ),
            )
        },
        others=PW_SIBS,
        not_providers=ALL - {"google_tpu", "apple", "nvidia"},
    ),
    Case(
        "diffusion_mixed_pretrain_tpu_finetune_h100",
        PW,
        {"google_tpu", "nvidia"},
        {"TPU v5e", "H100"},
        ANY,
        "chip+count",
        papers={
            P: diffusion_paper(
                "Pretraining of PixWidget-2B at 256 and 512 pixels was run on 512 TPU v5e chips. The "
                "high-resolution fine-tuning stage at 1024 pixels and the aesthetic fine-tuning of "
                "PixWidget-2B were run on 64 NVIDIA H100 GPUs with PyTorch."
            )
        },
        others=PW_SIBS,
        not_providers=ALL - {"google_tpu", "nvidia"},
    ),
    Case(
        "diffusion_related_work_hw_own_h100",
        PW,
        {"nvidia"},
        {"H100"},
        128,
        "chip+count",
        papers={
            P: diffusion_paper(
                "PixWidget-2B was trained on 128 H100 GPUs for 19 days.",
                related=(
                    "Latent diffusion (Rombach et al., 2022) was trained on A100 GPUs, and Imagen (Saharia "
                    "et al., 2022) was trained on TPU v4 chips. Muse used 512-core TPU v4 pods."
                ),
            )
        },
        others=PW_SIBS,
        not_providers=ALL - {"nvidia"},
    ),
]


# Known gaps: cases a careful labeller reads this way that the rules do not yet.
KNOWN_GAPS = {
    "llm_only_largest_stated_tpu": (
        "hardware stated only for the largest size, named as a sibling, is not"
        " read as the family's chip"
    ),
    "llm_appendix_compute_table_per_model": (
        "a table flattened to one cell per line is not read as rows"
    ),
}


@pytest.mark.parametrize("case", probe_params(CASES, KNOWN_GAPS))
def test_probe(tmp_path: Path, case: Case) -> None:
    check_repo_case(tmp_path, case)
