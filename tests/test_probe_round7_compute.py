# ruff: noqa: E501 (snippets keep the long lines real documents have)
"""Unseen model documents, seventh round: the compute provider, who ran the
machines (a cloud or a named supercomputer) apart from the chip vendor,
written for these tests. Each case checks the training providers and the
compute providers together.

The failures it found first led to fixes: one name per provider whatever
the text calls it (GCP and Google Cloud, 阿里云 and Alibaba Cloud, Amazon
Web Services and AWS), instance types name their cloud, Volcano Engine,
Huawei, Baidu and Tencent clouds in Chinese, "Summit" and "Frontier" only
as machines, TPU Research Cloud is Google Cloud.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
from helpers import judge, probe_params


@dataclass
class Case:
    id: str
    card: str | None
    papers: dict[str, str]
    training_providers: set[str]
    compute_providers: set[str]
    model: str = "acme/widget-7b"


def mlco2(hardware: str, cloud: str, region: str = "us-east-1") -> str:
    return (
        "# Widget 7B\n\n## Environmental Impact\n\n"
        "Carbon emissions were estimated with the Machine Learning Impact calculator.\n\n"
        f"- **Hardware Type:** {hardware}\n- **Hours used:** 310\n"
        f"- **Cloud Provider:** {cloud}\n- **Compute Region:** {region}\n"
        "- **Carbon Emitted:** 42 kg CO2eq\n"
    )


CASES = [
    Case(
        "basic_aws_p4d",
        "Widget 7B was trained on 64 A100 GPUs on AWS (p4d instances).",
        {},
        {"nvidia"},
        {"AWS"},
    ),
    Case("mlco2_aws", mlco2("8x NVIDIA A100 80GB", "AWS"), {}, {"nvidia"}, {"AWS"}),
    Case(
        "mlco2_gcp_tpu",
        mlco2("TPUv3 pod (32 cores)", "GCP", "us-central1"),
        {},
        {"google_tpu"},
        {"Google Cloud"},
    ),
    Case(
        "mlco2_azure",
        mlco2("16x H100 SXM", "Azure", "eastus"),
        {},
        {"nvidia"},
        {"Azure"},
    ),
    Case(
        "mlco2_private",
        mlco2("4x RTX A6000", "Private Infrastructure", "Germany"),
        {},
        {"nvidia"},
        set(),
    ),
    Case(
        "mlco2_unfilled",
        mlco2(
            "[More Information Needed]",
            "[More Information Needed]",
            "[More Information Needed]",
        ),
        {},
        set(),
        set(),
    ),
    Case(
        "gcloud_tpu_v4",
        "We pretrained Widget 7B on Google Cloud TPU v4-512 pods for three weeks.",
        {},
        {"google_tpu"},
        {"Google Cloud"},
    ),
    Case(
        "azure_ndv4",
        "Training ran on an Azure NDv4 (A100) cluster of 32 nodes, 256 GPUs in total.",
        {},
        {"nvidia"},
        {"Azure"},
    ),
    Case(
        "aws_p5_48xlarge",
        "The model was trained on 16 AWS p5.48xlarge instances (128 H100 GPUs).",
        {},
        {"nvidia"},
        {"AWS"},
    ),
    Case(
        "p5_instance_only",
        "Pretraining used 16 p5.48xlarge instances with 8 H100 GPUs each.",
        {},
        {"nvidia"},
        {"AWS"},
    ),
    Case(
        "trainium_trn1",
        "Widget 7B was trained on AWS Trainium (trn1.32xlarge) instances using the Neuron SDK.",
        {},
        {"aws"},
        {"AWS"},
    ),
    Case(
        "alibaba_pai_lingjun",
        "Training was carried out on Alibaba Cloud PAI-Lingjun with 1024 H800 GPUs.",
        {},
        {"nvidia"},
        {"Alibaba Cloud"},
    ),
    Case(
        "oracle_oci",
        "We trained the model on Oracle Cloud Infrastructure bare-metal nodes with 512 H100 GPUs.",
        {},
        {"nvidia"},
        {"Oracle Cloud"},
    ),
    Case(
        "coreweave_h100",
        "Pretraining was done on a CoreWeave H100 cluster (256 GPUs).",
        {},
        {"nvidia"},
        {"CoreWeave"},
    ),
    Case(
        "lambda_labs_8xa100",
        "Fine-tuning of Widget 7B took 14 hours on a Lambda Labs 8xA100 instance.",
        {},
        {"nvidia"},
        {"Lambda Labs"},
    ),
    Case(
        "lumi_mi250x",
        "The model was trained on the LUMI supercomputer using 512 AMD MI250X GPUs.",
        {},
        {"amd"},
        {"LUMI"},
    ),
    Case(
        "frontier",
        "Widget 7B was trained on Frontier at the Oak Ridge Leadership Computing Facility with 3072 MI250X GPUs.",
        {},
        {"amd"},
        {"Frontier"},
    ),
    Case(
        "leonardo_booster",
        "We trained Widget 7B on the Leonardo booster partition at CINECA using 256 A100 64GB GPUs.",
        {},
        {"nvidia"},
        {"Leonardo"},
    ),
    Case(
        "juwels_booster",
        "Training took place on JUWELS Booster at the Jülich Supercomputing Centre on 128 A100 GPUs.",
        {},
        {"nvidia"},
        {"JUWELS"},
    ),
    Case(
        "fugaku_a64fx",
        "Widget 7B was trained on the supercomputer Fugaku using 13,824 nodes of A64FX processors.",
        {},
        {"other:fujitsu"},
        {"Fugaku"},
    ),
    Case(
        "summit_v100",
        "The model was trained on the Summit supercomputer using 1536 V100 GPUs.",
        {},
        {"nvidia"},
        {"Summit"},
    ),
    Case(
        "stability_ai_compute",
        "Widget 7B was trained on 512 A100 GPUs; the compute was provided by Stability AI.",
        {},
        {"nvidia"},
        {"Stability AI"},
    ),
    Case(
        "own_cluster",
        "Widget 7B was trained on 64 H100 GPUs on our own cluster.",
        {},
        {"nvidia"},
        set(),
    ),
    Case(
        "trc_provided",
        "Widget 7B was trained on a TPU v3-256 pod provided by Google's TPU Research Cloud.",
        {},
        {"google_tpu"},
        {"Google Cloud"},
    ),
    Case(
        "google_gift_sponsor",
        "Widget 7B was trained on 32 A100 GPUs at our lab.\n\n## Acknowledgements\n\nWe thank Google for a generous research gift that supported this work.",
        {},
        {"nvidia"},
        set(),
    ),
    Case(
        "sagemaker_inference_only",
        "Widget 7B was trained on 128 A100 GPUs.\n\n## Deployment\n\nYou can deploy the model on AWS SageMaker or Azure ML endpoints for inference.",
        {},
        {"nvidia"},
        set(),
    ),
    Case(
        "cloud_in_citation",
        "Widget 7B was trained on 32 A100 GPUs.\n\n## References\n\n- Doe, J. et al. (2022). Scaling Transformers on AWS and Google Cloud. arXiv:2201.00000.",
        {},
        {"nvidia"},
        set(),
    ),
    Case(
        "zh_aliyun",
        "本模型在阿里云上使用 512 张 A800 GPU 完成训练。",
        {},
        {"nvidia"},
        {"Alibaba Cloud"},
    ),
    Case(
        "zh_volcano",
        "模型在火山引擎机器学习平台上使用 256 张 H800 GPU 训练。",
        {},
        {"nvidia"},
        {"Volcano Engine"},
    ),
    Case(
        "zh_baidu",
        "模型在百度智能云上使用 1024 张昆仑芯 P800 训练完成。",
        {},
        {"baidu_kunlun"},
        {"Baidu AI Cloud"},
    ),
    Case(
        "zh_huawei",
        "模型在华为云上使用 2048 张昇腾 910B 训练。",
        {},
        {"huawei_ascend"},
        {"Huawei Cloud"},
    ),
    Case(
        "sibling_model_cloud",
        "Widget 70B was trained on Azure with 2048 H100 GPUs. Widget 7B was trained on 64 A100 GPUs on our in-house cluster.",
        {},
        {"nvidia"},
        set(),
    ),
    Case(
        "spelling_gcp",
        "Widget 7B was trained on 64 A100 GPUs on GCP.",
        {},
        {"nvidia"},
        {"Google Cloud"},
    ),
    Case(
        "spelling_aws_long",
        "Widget 7B was trained on 64 A100 GPUs on Amazon Web Services.",
        {},
        {"nvidia"},
        {"AWS"},
    ),
    Case(
        "spelling_lambda",
        "Widget 7B was trained on 8 H100 GPUs rented from Lambda.",
        {},
        {"nvidia"},
        {"Lambda Labs"},
    ),
    Case(
        "data_prep_cloud",
        "Data deduplication was run on AWS EC2 CPU instances. The model itself was trained on 256 H100 GPUs.",
        {},
        {"nvidia"},
        set(),
    ),
    Case(
        "available_on_cloud",
        "Widget 7B was trained on 512 A100 GPUs. The model is also available on Azure AI Foundry and Amazon Bedrock.",
        {},
        {"nvidia"},
        set(),
    ),
    Case(
        "trap_summit_word",
        "Widget 7B was trained on 64 H100 GPUs and presented at the AI Summit 2024.",
        {},
        {"nvidia"},
        set(),
    ),
    Case(
        "trap_frontier_word",
        "Widget 7B pushes the frontier of small models. It was trained on 64 H100 GPUs.",
        {},
        {"nvidia"},
        set(),
    ),
    Case(
        "paper_lumi",
        "# Widget 7B\n\nA small widget model. See the paper for details.",
        {
            "2401.00001": "We trained Widget 7B on 1024 MI250X GPUs on the LUMI supercomputer in Finland."
        },
        {"amd"},
        {"LUMI"},
    ),
]


# Known gaps: cases a careful labeller reads this way that the rules do not yet.
KNOWN_GAPS = {
    "stability_ai_compute": "a company that is no cloud ('compute provided by X') is not recorded",
}


@pytest.mark.parametrize("case", probe_params(CASES, KNOWN_GAPS))
def test_probe(tmp_path: Path, case: Case) -> None:
    cards = {case.model: case.card} if case.card is not None else None
    verdict, evidence = judge(tmp_path, case.model, cards=cards, papers=case.papers)
    got = (set(verdict["training_providers"]), set(verdict["compute_providers"]))
    assert got == (case.training_providers, case.compute_providers), (
        f"expected {(case.training_providers, case.compute_providers)} got {got}"
    )
