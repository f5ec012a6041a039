"""Signals and phase rules, one snippet per row: what a sentence in a card or
paper says about the chips that trained or serve a model."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from helpers import judge, judge_card, mentions, training_of

from chipaudit.signals.catalog import find_mentions
from chipaudit.signals.classify import in_repo_id

NONE = ([], [], None, "none")


# -- lookalikes: names that are not chips, and chips in mixed text -----------


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        # Chinese cards write chip names with no space: 在A100上训练.
        ("在A100上训练", [("nvidia", "A100")]),
        ("使用昇腾训练", [("huawei_ascend", "")]),
        ("共64张A100", [("nvidia", "A100")]),
        # The A10 is a different card from the A100, and neither holds the other.
        ("the A10 GPU", [("nvidia", "A10")]),
        ("the A100 GPU", [("nvidia", "A100")]),
        ("on H20 GPUs", [("nvidia", "H20")]),
        ("A800", [("nvidia", "A800")]),
        ("H800", [("nvidia", "H800")]),
        # The guarded terms still match where they do name hardware.
        ("Hexagon NPU", [("qualcomm", "")]),
        ("DTK-24.04", [("hygon", "")]),
        ("MUSA", [("moore_threads", "")]),
        ("MACA 2.0", [("metax", "")]),
        ("Kunlun chips", [("baidu_kunlun", "")]),
        ("昆仑芯P800", [("baidu_kunlun", "Kunlun P800"), ("baidu_kunlun", "")]),
    ],
)
def test_chip_names_are_found(snippet: str, expected: list[tuple[str, str]]) -> None:
    assert mentions(snippet) == expected


@pytest.mark.parametrize(
    "snippet",
    [
        # H2O the KV-cache method and H2O.ai the company are not the H20 chip.
        "We compare against H2O and SnapKV for KV-cache eviction.",
        "H2o keeps heavy hitters in the cache.",
        "Built by H2O.ai.",
        # jaxtyping and tritonclient are libraries, not hardware.
        "from jaxtyping import Float",
        "import tritonclient.http as httpclient",
        # Kunlun the company (Skywork's parent) and a person's name.
        "Skywork is developed by the Kunlun Group · Skywork team.",
        "Kunlun Inc. released the weights.",
        "由昆仑万维集团·天工团队开发。",
        "Kunlun Zhu wrote the evaluation code.",
        # "ascend" the verb, "hexagon" in a prompt, "DTK" in a formula.
        "As prices ascend, demand falls.",
        "Write a program of a ball bouncing inside a spinning hexagon.",
        "DTK = alpha * (D - K)",
        # MUSA and MACA inside other words.
        "The MUSAic dataset of music captions.",
        "A recipe for MACAroni and cheese.",
        "Collected in Macau and Hong Kong.",
        # "no" inside "nodes" is neither a chip nor a negation.
        "We used 16 nodes.",
    ],
)
def test_lookalikes_name_no_provider(snippet: str) -> None:
    assert mentions(snippet) == []


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        # Known supercomputers stand for their chips.
        ("The model was trained on the Summit supercomputer.", ("nvidia", "V100")),
        ("The model was trained on LUMI.", ("amd", "MI250X")),
        (
            "Pre-training was conducted on the Leonardo supercomputer.",
            ("nvidia", "A100"),
        ),
        ("The model was trained on the Aurora supercomputer.", ("intel", "Max 1550")),
        # China-market variants are NVIDIA parts.
        ("We trained on 512 A800 GPUs.", ("nvidia", "A800")),
        ("We trained on 256 H800 GPUs.", ("nvidia", "H800")),
        ("We trained on 32 H20 GPUs.", ("nvidia", "H20")),
        # Vendors outside the tracked list are kept as other:<vendor>.
        ("The model was trained on a Cerebras CS-2.", ("other:cerebras", "CS-2")),
        ("The model was trained on Graphcore IPUs.", ("other:graphcore", "IPU")),
        ("The model was trained on SambaNova RDUs.", ("other:sambanova", "RDU")),
        ("The model was trained on Groq hardware.", ("other:groq", "")),
        ("The model was trained on Fujitsu A64FX processors.", ("other:fujitsu", "")),
    ],
)
def test_systems_and_other_vendors_train(
    tmp_path: Path, snippet: str, expected: tuple[str, str]
) -> None:
    verdict, _ = judge_card(tmp_path, snippet)
    provider, chip = expected
    assert verdict["training_providers"] == [provider]
    assert verdict["training_chips"] == ([chip] if chip else [])


@pytest.mark.parametrize(
    "snippet",
    [
        "The model was trained on H2O-generated data.",
        "We trained the model with jaxtyping annotations on our cluster.",
        "Training used tritonclient to call a reward server.",
        "The model was trained by Kunlun Inc. researchers.",
        "The model was trained on the Kunlun Group cluster.",
        "Kunlun Zhu trained the model.",
        "The model was trained while GPU prices ascend.",
        "The loss is DTK = a + b; we trained it.",
        "The model was trained on MUSAic data.",
        "We trained it on MACAroni recipes in Macau.",
    ],
)
def test_lookalikes_in_training_sentences_give_no_verdict(
    tmp_path: Path, snippet: str
) -> None:
    verdict, _ = judge_card(tmp_path, snippet)
    assert training_of(verdict) == NONE
    assert verdict["inference_providers"] == []


def test_nodes_is_no_negation(tmp_path: Path) -> None:
    verdict, _ = judge_card(
        tmp_path, "The model was trained on 64 nodes of 8 A100 GPUs."
    )
    assert training_of(verdict) == (["nvidia"], ["A100"], 512, "chip+count")


def test_a100_is_not_also_an_a10() -> None:
    found = find_mentions("We trained on A100 GPUs.")
    assert [m.chip for m in found if m.kind == "chip"] == ["A100"]


# -- training statements, chips and counts ------------------------------------


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        (
            "The model was trained on 64 A100 GPUs.",
            (["nvidia"], ["A100"], 64, "chip+count"),
        ),
        (
            "Pre-training was conducted on 512 H800 GPUs.",
            (["nvidia"], ["H800"], 512, "chip+count"),
        ),
        (
            "Pre-training was conducted on a cluster of H100 GPUs.",
            (["nvidia"], ["H100"], None, "chip"),
        ),
        (
            "Training took 21 days on 256 V100 GPUs.",
            (["nvidia"], ["V100"], 256, "chip+count"),
        ),
        (
            "It took 14 days on 128 A100 GPUs.",
            (["nvidia"], ["A100"], 128, "chip+count"),
        ),
        (
            "We trained the model on 256 V100 GPUs.",
            (["nvidia"], ["V100"], 256, "chip+count"),
        ),
        (
            "We pre-trained on 2048 Ascend 910 NPUs.",
            (["huawei_ascend"], ["Ascend 910"], 2048, "chip+count"),
        ),
        ("The model was trained on 8×A100.", (["nvidia"], ["A100"], 8, "chip+count")),
        (
            "The model was trained on 8x A100 80GB.",
            (["nvidia"], ["A100"], 8, "chip+count"),
        ),
        (
            "We trained on 16 TPU v3 chips.",
            (["google_tpu"], ["TPU v3"], 16, "chip+count"),
        ),
        (
            "The model was trained on a TPU v3-8.",
            (["google_tpu"], ["TPU v3"], 8, "chip+count"),
        ),
        (
            "Training was done on A100 (8 cards).",
            (["nvidia"], ["A100"], 8, "chip+count"),
        ),
        (
            "Training ran on 32 nodes of 8 H100.",
            (["nvidia"], ["H100"], 256, "chip+count"),
        ),
        (
            "我们使用昇腾910B预训练了该模型。",
            (["huawei_ascend"], ["Ascend 910B"], None, "chip"),
        ),
        ("模型在A100上训练。", (["nvidia"], ["A100"], None, "chip")),
        # Cards write plural chip names ("4 A100s").
        ("We trained the model on 4 A100s.", (["nvidia"], ["A100"], 4, "chip+count")),
        # Method sections open with "Following X et al."; still our training.
        (
            "Following Smith et al. (2022), we trained on 64 A100 GPUs.",
            (["nvidia"], ["A100"], 64, "chip+count"),
        ),
        ("我们使用昇腾训练了该模型。", (["huawei_ascend"], [], None, "provider")),
    ],
)
def test_training_statements(tmp_path: Path, snippet: str, expected: tuple) -> None:
    verdict, _ = judge_card(tmp_path, snippet)
    assert training_of(verdict) == expected


@pytest.mark.parametrize(
    "snippet",
    [
        "Training used 1.2M GPU hours on A100 GPUs.",
        "Training consumed 80,000 A100 GPU hours.",
        "Training took 80,000 GPU-hours on H100.",
    ],
)
def test_gpu_hours_are_no_chip_count(tmp_path: Path, snippet: str) -> None:
    verdict, _ = judge_card(tmp_path, snippet)
    assert verdict["training_providers"] == ["nvidia"]
    assert verdict["training_count"] is None
    assert verdict["disclosure"] == "chip"


# -- inference only -------------------------------------------------------------


@pytest.mark.parametrize(
    ("snippet", "provider"),
    [
        ("```python\nmodel = AutoModel.from_pretrained('x').cuda()\n```", "nvidia"),
        ('Load the model with device="cuda" on an NVIDIA GPU.', "nvidia"),
        (
            "```bash\nvllm serve acme/widget-7b --tensor-parallel-size 8 # H100\n```",
            "nvidia",
        ),
        ("## Deployment\nWe serve the model on H100 GPUs with vLLM.", "nvidia"),
        ("Latency was measured on an A100 at batch size 1.", "nvidia"),
        ("Running the model requires at least 24GB VRAM (e.g. RTX 4090).", "nvidia"),
        ("推理部署：支持昇腾（MindIE）。", "huawei_ascend"),
    ],
)
def test_usage_and_serving_are_inference_only(
    tmp_path: Path, snippet: str, provider: str
) -> None:
    verdict, _ = judge_card(tmp_path, snippet)
    assert training_of(verdict) == NONE
    assert verdict["inference_providers"] == [provider]


# -- neither: citations, names, thanks, prompts, placeholders, recipes -----------


@pytest.mark.parametrize(
    "snippet",
    [
        "@article{x, title={Trained on A100}, author={Doe et al.}}",
        "@inproceedings{li2023,\n  author = {Li, Wei},\n  title = {On A100s},\n}",
        "[1] J. Doe et al. Scaling on TPU v4. arXiv preprint arXiv:2201.00001, 2022.",
        "## Citation\n\n```\n@article{x, title={Training on H100}, author={Doe}}\n```",
        "Authors: Nvidia Zhang, Ascend Li",
        "We thank NVIDIA for compute support.",
        "We thank Google for providing TPU v4 compute.",
        "Prompt: write a story about a cat that was trained on H100 GPUs.",
        "- **Hardware Type:** [More Information Needed]",
        # User recipes in READMEs are the reader's training, not this model's.
        "The above command assumes training on 8 V100 GPUs.",
        "You can fine-tune it on 4 A100 GPUs with the script below.",
        "## Fine-tuning\n\nTo fine-tune on your own data, run it on 8 A100 GPUs.",
        # Related work in a paper: another group's model.
        "Zhang et al. trained their model on V100 GPUs.",
    ],
)
def test_not_this_models_hardware(tmp_path: Path, snippet: str) -> None:
    verdict, _ = judge_card(tmp_path, snippet)
    assert training_of(verdict) == NONE
    assert verdict["inference_providers"] == []


# -- implied evidence from training code ------------------------------------------


@pytest.mark.parametrize(
    ("path", "code", "provider"),
    [
        ("train.py", "import torch\nmodel = build()\nmodel.cuda()\n", "nvidia"),
        (
            "scripts/launch_pretrain.sh",
            "CUDA_VISIBLE_DEVICES=0,1 torchrun --nproc_per_node 2 train.py\n",
            "nvidia",
        ),
        ("scripts/train.sh", "export NCCL_DEBUG=INFO\npython train.py\n", "nvidia"),
        (
            "train.py",
            "import torch_xla.core.xla_model as xm\ndev = xm.xla_device()\n",
            "google_tpu",
        ),
        # cases.md C11: a pretraining script passing a TPU slice flag.
        ("scripts/pretrain_tpu_v4.sh", "python train.py --tpu v4-512\n", "google_tpu"),
        ("train.py", "flags.DEFINE_bool('use_tpu', True, 'Use TPU')\n", "google_tpu"),
    ],
)
def test_training_code_is_implied(
    tmp_path: Path, path: str, code: str, provider: str
) -> None:
    verdict, evidence = judge(
        tmp_path,
        cards={"acme/widget-7b": "# Widget"},
        files={f"acme/widget:{path}": code},
    )
    assert verdict["training_providers"] == [provider]
    assert verdict["disclosure"] == "implied"
    assert evidence[0]["document_key"] == f"github:acme/widget:{path}"


def test_implied_never_outranks_a_stated_disclosure(tmp_path: Path) -> None:
    # A card stating TPU v4 beside a train.py that calls .cuda().
    verdict, _ = judge(
        tmp_path,
        cards={
            "acme/widget-7b": "## Training\n\nThe model was trained on TPU v4 chips.\n"
        },
        files={"acme/widget:train.py": "model.cuda()\n"},
    )
    assert training_of(verdict) == (["google_tpu"], ["TPU v4"], None, "chip")


# -- attribution: another model, the base model -------------------------------------


def test_a_sibling_named_in_the_sentence_is_kept_apart(tmp_path: Path) -> None:
    verdict, evidence = judge(
        tmp_path,
        cards={"acme/widget-7b": "Widget-70B was trained on 2048 H100 GPUs.\n"},
        others=("acme/widget-70b",),
    )
    assert training_of(verdict) == NONE
    assert [row["about"] for row in evidence] == ["other"]


def test_a_fine_tune_does_not_inherit_its_base_models_hardware(tmp_path: Path) -> None:
    verdict, _ = judge(
        tmp_path,
        cards={
            "acme/widget-7b": "---\nbase_model: acme/base-7b\n---\nA fine-tune.\n",
            "acme/base-7b": "Base-7B was trained on 512 H800 GPUs.\n",
        },
    )
    assert training_of(verdict) == NONE
    assert verdict["base_models"] == ["acme/base-7b"]


def test_a_chat_variant_does_not_inherit_the_base_card(tmp_path: Path) -> None:
    verdict, _ = judge(
        tmp_path,
        "acme/widget-7b-chat",
        cards={
            "acme/widget-7b-chat": "---\nbase_model: acme/widget-7b\n---\nChat.\n",
            "acme/widget-7b": "The model was trained on 512 H800 GPUs.\n",
        },
    )
    assert training_of(verdict) == NONE
    assert verdict["base_models"] == ["acme/widget-7b"]


def test_domestic_compute_with_a_vendor_named_elsewhere(tmp_path: Path) -> None:
    verdict, _ = judge_card(tmp_path, "本模型基于国产算力训练，支持昇腾。")
    assert verdict["domestic_compute"] is True
    assert verdict["training_providers"] == ["huawei_ascend"]


# -- cases.md C07: Latin chip names inside Chinese prose ------------------------

C07_TRAINING = [
    # C07.1: A100 count written with 张 and no spaces.
    (
        "我们在64张A100上完成了全部预训练。",
        (["nvidia"], ["A100"], 64, "chip+count"),
    ),
    # C07.2: an Ascend cluster with the count as 卡.
    (
        "模型基于昇腾910B集群训练，共使用2048卡。",
        (["huawei_ascend"], ["Ascend 910B"], 2048, "chip+count"),
    ),
    # C07.4: continued pre-training on Kunlunxin.
    (
        "使用昆仑芯P800进行了继续预训练。",
        (["baidu_kunlun"], ["Kunlun P800"], None, "chip"),
    ),
]


def spaced(snippet: str) -> str:
    """The same sentence with ASCII spaces around each Latin run."""
    return re.sub(r"([A-Za-z0-9]+)", r" \1 ", snippet)


@pytest.mark.parametrize(("snippet", "expected"), C07_TRAINING)
@pytest.mark.parametrize("form", ["as written", "ascii spaced"])
def test_c07_training_in_chinese_prose(
    tmp_path: Path, snippet: str, expected: tuple, form: str
) -> None:
    text = snippet if form == "as written" else spaced(snippet)
    verdict, _ = judge_card(tmp_path, text)
    assert training_of(verdict) == expected


def test_c07_inference_sentence_trains_nothing(tmp_path: Path) -> None:
    # C07.3: a deployment line naming Ascend (MindIE) and NVIDIA.
    verdict, _ = judge_card(tmp_path, "推理部署：支持 昇腾 （MindIE）与 英伟达 GPU。")
    assert training_of(verdict) == NONE
    assert verdict["inference_providers"] == ["huawei_ascend", "nvidia"]


def test_c07_inference_sentence_unspaced_trains_nothing(tmp_path: Path) -> None:
    # C07.3 as written: 英伟达 runs straight into "GPU".
    verdict, _ = judge_card(tmp_path, "推理部署：支持昇腾（MindIE）与英伟达GPU。")
    assert training_of(verdict) == NONE
    assert verdict["inference_providers"] == ["huawei_ascend", "nvidia"]


# -- cases.md C09: names that look like chips ----------------------------------


@pytest.mark.parametrize(
    "card",
    [
        # C09.1: Skywork's README credits the Kunlun Group, in English and Chinese.
        "Skywork is developed by the Kunlun Group · Skywork team.",
        "由昆仑万维集团·天工团队开发。",
        # C09.2: a KV-cache paper comparing against H2O.
        "We compare against H2O and SnapKV for KV-cache eviction.",
        # C09.3: an h2o-danube fine-tune.
        "---\nbase_model: h2oai/h2o-danube3-4b-base\n---\nBuilt by H2O.ai.\n",
    ],
)
def test_c09_lookalikes_give_no_provider(tmp_path: Path, card: str) -> None:
    verdict, _ = judge_card(tmp_path, card)
    assert training_of(verdict) == NONE
    assert verdict["inference_providers"] == []


def test_c09_kunlunxin_cluster_trains(tmp_path: Path) -> None:
    # C09.5: a Chinese card training on a Kunlunxin P800 cluster.
    verdict, _ = judge_card(tmp_path, "训练使用昆仑芯P800集群。")
    assert training_of(verdict) == (["baidu_kunlun"], ["Kunlun P800"], None, "chip")


def test_c09_real_h20_trains(tmp_path: Path) -> None:
    # C09.4: an RL paper reporting NVIDIA H20 GPUs.
    card = "Reinforcement learning ran on 32 NVIDIA H20 GPUs."
    verdict, _ = judge_card(tmp_path, card)
    assert training_of(verdict) == (["nvidia"], ["H20"], 32, "chip+count")


def test_domestic_compute_with_no_vendor(tmp_path: Path) -> None:
    # A Chinese card that says only 国产算力 (domestic compute), no vendor.
    verdict, _ = judge_card(tmp_path, "模型在国产算力上完成训练。")
    assert training_of(verdict) == NONE
    assert verdict["domestic_compute"] is True


def test_capability_alone_is_no_training(tmp_path: Path) -> None:
    verdict, _ = judge_card(tmp_path, "The model can be trained on Ascend 910B NPUs.")
    assert training_of(verdict) == NONE


def test_phase_is_decided_per_clause(tmp_path: Path) -> None:
    # A card sentence reporting pre-training and then serving: the serving
    # clause is inference, not a second training provider.
    card = (
        "The model was pre-trained on 1024 Ascend 910B NPUs, "
        "then we serve it on H100 GPUs."
    )
    verdict, _ = judge_card(tmp_path, card)
    assert training_of(verdict) == (
        ["huawei_ascend"],
        ["Ascend 910B"],
        1024,
        "chip+count",
    )
    assert verdict["inference_providers"] == ["nvidia"]


@pytest.mark.parametrize(
    ("card", "expected"),
    [
        # Gemma-style hardware section naming the TPU generation glued to "TPU".
        (
            "### Hardware\n\nIt was trained on Tensor Processing Unit (TPU) "
            "hardware (TPUv5p).",
            (["google_tpu"], ["TPU v5p"], None, "chip"),
        ),
        # A fine-tune reported on one consumer card ("a single" is a count).
        (
            "This model was fine-tuned on a single NVIDIA RTX 3090 for 3 hours.",
            (["nvidia"], ["RTX 3090"], 1, "chip+count"),
        ),
        # A node named by its system with the GPU count after it.
        (
            "We used a DGX H100 node (8 GPUs) for all experiments.",
            (["nvidia"], ["H100"], 8, "chip+count"),
        ),
        # A spec list under a training heading.
        (
            "## Training\n\n* **GPUs:** 512 H100-80G\n* **Training time:** 10 days",
            (["nvidia"], ["H100"], 512, "chip+count"),
        ),
    ],
)
def test_more_training_phrasings(
    tmp_path: Path, card: str, expected: tuple[object, ...]
) -> None:
    verdict, _ = judge_card(tmp_path, card)
    assert training_of(verdict) == expected


def test_docker_gpu_flag_is_nvidia_inference(tmp_path: Path) -> None:
    # A serving quick start that runs the container with `--gpus all`
    # (the NVIDIA container runtime) and names no vendor otherwise.
    card = "## Quick start\n\n```bash\ndocker run --gpus all -p 8000:8000 my/image\n```"
    verdict, _ = judge_card(tmp_path, card)
    assert training_of(verdict) == ([], [], None, "none")
    assert verdict["inference_providers"] == ["nvidia"]


def test_vendor_inside_a_repo_id_is_no_mention() -> None:
    # Usage code that loads a model whose id starts with a vendor's name.
    code = 'tok = AutoTokenizer.from_pretrained("cerebras/Cerebras-GPT-13B")'
    assert [m.text for m in find_mentions(code)] == ["Cerebras"]
    assert in_repo_id(code, find_mentions(code)[0])


@pytest.mark.parametrize(
    ("path", "text"),
    [
        # A library change log announcing a GPU helper.
        ("CHANGELOG.md", "- feat: add `Pipeline.cuda()` convenience method"),
        # A fine-tuning directory's guide with its own test environment.
        ("deepspeed/README.md", "Test environment: 8 * A100-SXM4-40G"),
    ],
)
def test_changelogs_and_recipe_directories_say_nothing_of_the_model(
    tmp_path: Path, path: str, text: str
) -> None:
    verdict, _ = judge(tmp_path, files={f"acme/tool:{path}": text})
    assert training_of(verdict) == ([], [], None, "none")
    assert verdict["inference_providers"] == []


@pytest.mark.parametrize(
    ("card", "count"),
    [
        # A model-card spec line giving nodes × GPUs per node × chip.
        ("## Training\n\n- **Hardware:** 32 x 8 x A100 GPUs", 256),
        # Cores in parentheses after the chip and the word "hardware".
        ("The model was trained on TPUv3 hardware (8 cores).", 8),
    ],
)
def test_counts_from_spec_lines(tmp_path: Path, card: str, count: int) -> None:
    verdict, _ = judge_card(tmp_path, card)
    assert verdict["training_count"] == count
    assert verdict["disclosure"] == "chip+count"


def test_compute_provider_from_a_labelled_line_of_the_training_section(
    tmp_path: Path,
) -> None:
    # An environmental-impact block: the cloud is on its own labelled line.
    card = (
        "## Environmental Impact\n\n- **Hardware Type:** A100 PCIe 40GB\n"
        "- **Hours used:** 1500\n- **Cloud Provider:** AWS\n"
    )
    verdict, _ = judge_card(tmp_path, card)
    assert verdict["training_providers"] == ["nvidia"]
    assert verdict["compute_providers"] == ["AWS"]


@pytest.mark.parametrize(
    ("card", "expected"),
    [
        # A count glued to the chip by an "x".
        ("Trained using 8xH100 for 24 hours.", (["nvidia"], ["H100"], 8, "chip+count")),
        # A laptop fine-tune: "Mac" is a local-machine word, the verb decides.
        ("Fine-tuned on a Mac M2 with MLX.", (["apple"], ["M2"], None, "chip")),
        # A bare Ascend model number in Chinese prose that names the stack.
        (
            "本模型在 910B 集群上训练完成，使用 MindSpore 框架。",
            (["huawei_ascend"], ["Ascend 910B"], None, "chip"),
        ),
        # Supercomputers named for their chips.
        (
            "Training was performed on the Perlmutter supercomputer at NERSC.",
            (["nvidia"], ["A100"], None, "chip"),
        ),
        (
            "The model was trained on the ABCI supercomputer.",
            (["nvidia"], [], None, "provider"),
        ),
        # Look-alikes of the new terms stay silent.
        ("The Alps are beautiful. We use 0x10 offsets.", ([], [], None, "none")),
    ],
)
def test_glued_counts_laptops_bare_ascend_and_supercomputers(
    tmp_path: Path, card: str, expected: tuple[object, ...]
) -> None:
    verdict, _ = judge_card(tmp_path, card)
    assert training_of(verdict) == expected


def test_a_guide_to_run_and_tune_the_model_is_usage(tmp_path: Path) -> None:
    # A Chinese tutorial: "this guide runs the model on Ascend 800T A2,
    # including simple inference and fine-tuning" — usage, not its training.
    card = "本指引旨在昇腾 800T A2 上运行本模型，包含模型的简单推理和微调。"
    verdict, _ = judge_card(tmp_path, card)
    assert training_of(verdict) == ([], [], None, "none")
    assert verdict["inference_providers"] == ["huawei_ascend"]


def test_no_context_pattern_matches_everything() -> None:
    # A stray "|" at the end of a contexts.yaml entry makes an empty
    # alternative that matches any text: every mention would take that phase.
    from chipaudit.signals.catalog import contexts

    for name, pattern in contexts().items():
        assert not pattern.search("zq xv wk"), name


def test_no_catalog_term_matches_the_empty_string() -> None:
    from chipaudit.signals.catalog import terms

    for term in terms():
        assert not term.pattern.fullmatch(""), term.pattern.pattern


@pytest.mark.parametrize(
    ("card", "provider"),
    [
        (
            "This model was trained on 64 NVIDIA H100 GPUs using our training script.",
            "nvidia",
        ),
        (
            "The model was trained on 64 H100 GPUs with the default hyperparameters.",
            "nvidia",
        ),
        (
            "We pretrained the model on 512 TPU v4 chips (see the guide for details).",
            "google_tpu",
        ),
        (
            "We trained this model on 256 A100 GPUs, for example with a batch of 4M.",
            "nvidia",
        ),
        ("本模型在 512 张昇腾 910B NPU 上训练，训练脚本已开源。", "huawei_ascend"),
    ],
)
def test_words_a_recipe_uses_do_not_cancel_a_report(
    tmp_path: Path, card: str, provider: str
) -> None:
    # "script", "guide", "example", "default" also appear in reports of what
    # was done; only an address to the reader makes a sentence a recipe.
    verdict, _ = judge_card(tmp_path, f"# widget-7b\n\n## Training\n{card}\n")
    assert verdict["training_providers"] == [provider]


@pytest.mark.parametrize(
    "card",
    [
        "You can train the model on 8 A100 GPUs with the script below.",
        "If you fine-tune it, we recommend 4 H100 GPUs and the default settings.",
        "See the example script to train your own model on TPU v4.",
    ],
)
def test_a_recipe_for_the_reader_is_still_a_recipe(tmp_path: Path, card: str) -> None:
    verdict, _ = judge_card(tmp_path, f"# widget-7b\n\n## Training\n{card}\n")
    assert verdict["training_providers"] == []
