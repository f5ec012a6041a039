# ruff: noqa: E501 (snippets keep the long lines real documents have)
"""Unseen model documents, fifth round: multi-document releases from Chinese
labs (bilingual cards, Chinese READMEs with 国产化适配 sections, Ascend
tutorials, requirements, English report text), written for these tests and
judged by the dev labels' conventions.

The failures it found first led to fixes: negated hardware ("未使用英伟达",
"could not obtain A100"), 万卡, "a total of N NPUs", table count columns,
思元 and 云燧 chips, BI-V100 is no NVIDIA V100, ablation proxy models are
other models.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import ANY, check_repo_case, probe_params
from helpers import RepoCase as Case

NONE = dict(providers=set(), chips=set(), count=None, disclosure="none")
CHIPISH = ("chip", "chip+count")


def readme_cn(
    name: str,
    intro: str = "",
    news: str = "",
    deploy: str = "",
    finetune: str = "",
    domestic: str = "",
    extra: str = "",
) -> str:
    """A Chinese GitHub README in the usual section order."""
    return (
        f'<div align="center"><h1>{name}</h1></div>\n\n'
        f'<p align="center">🤗 <a href="https://huggingface.co/">Hugging Face</a> | '
        f'<a href="README_EN.md">English</a></p>\n\n'
        f"## 新闻\n\n{news or '- 2024.09.12 我们开源了 ' + name + ' 的模型权重与推理代码。'}\n\n"
        f"## 模型介绍\n\n{intro or name + ' 是一个通用大语言模型，支持中英双语对话。'}\n\n"
        "## 模型下载\n\n| 模型 | 下载 |\n|---|---|\n"
        f"| {name} | [🤗 HF](https://huggingface.co/) |\n\n"
        "## 快速开始\n\n```python\nfrom transformers import AutoModelForCausalLM, AutoTokenizer\n"
        f'tok = AutoTokenizer.from_pretrained("{name}", trust_remote_code=True)\n'
        f'model = AutoModelForCausalLM.from_pretrained("{name}", device_map="auto", trust_remote_code=True)\n```\n\n'
        f"## 推理部署\n\n{deploy or '推荐使用 vLLM 进行部署，详见 docs/deploy.md。'}\n\n"
        f"## 微调\n\n{finetune or '我们提供了 LoRA 微调脚本，见 finetune/ 目录。'}\n\n"
        + (f"## 国产化适配\n\n{domestic}\n\n" if domestic else "")
        + (extra + "\n\n" if extra else "")
        + "## 声明\n\n本模型仅供学术研究使用，使用者需遵守相关法律法规。\n\n"
        "## 引用\n\n```bibtex\n@article{foo2024,\n  title={Technical Report},\n  year={2024}\n}\n```\n"
    )


ASCEND_TUTORIAL = """# {name} 国产化运行指南

本指引介绍如何在华为昇腾 Atlas 800T A2 服务器上运行 {name}，包括环境准备、推理与微调。

## 环境准备

- 驱动与固件：Ascend HDK 23.0.3
- CANN：8.0.RC1
- 镜像：`docker pull swr.cn-south-1.myhuaweicloud.com/ascendhub/mindie:1.0`

```bash
docker run -it --device=/dev/davinci0 --device=/dev/davinci_manager \\
  -v /usr/local/Ascend/driver:/usr/local/Ascend/driver mindie:1.0 bash
```

## 推理

```bash
python run_infer.py --model_path ./{name} --device npu
```

## 微调

单机 8 卡微调示例：

```bash
export ASCEND_RT_VISIBLE_DEVICES=0,1,2,3,4,5,6,7
torchrun --nproc_per_node 8 finetune.py --model_name_or_path ./{name} --device npu
```
"""

REQS_NPU = """torch==2.1.0
torch_npu==2.1.0.post3
transformers==4.40.0
accelerate>=0.27
sentencepiece
"""

REQS_CUDA = """torch==2.3.0
transformers==4.43.0
flash-attn==2.5.8
vllm==0.5.3
"""

DS_FT_README = """# DeepSpeed 微调

测试环境：8 * A100-SXM4-80G，CUDA 12.1，deepspeed 0.14.0。

```bash
bash sft_single_node.sh
```
"""

CASES = [
    # 1 bilingual card (Chinese first) + Chinese README + tutorial + torch_npu reqs
    Case(
        "bilingual_cn_first_ascend_qianka_tutorial_infer",
        "xinghe/Xinghe-13B",
        {"huawei_ascend"},
        {"Ascend 910B"},
        ANY,
        CHIPISH,
        inference={"huawei_ascend", "nvidia"},
        cards={
            "xinghe/Xinghe-13B": (
                "---\nlicense: apache-2.0\nlanguage:\n- zh\n- en\n---\n"
                "# 星河-13B\n\n## 简介\n星河-13B 基于昇腾910B千卡集群训练，训练数据共 3.2T tokens。\n\n"
                '## 快速使用\n```python\nmodel = AutoModelForCausalLM.from_pretrained("xinghe/Xinghe-13B").cuda()\n```\n\n'
                "---\n\n# Xinghe-13B\n\n## Introduction\nXinghe-13B was trained on a cluster of "
                "more than one thousand Ascend 910B NPUs on 3.2T tokens.\n"
            )
        },
        files={
            "xinghe-ai/Xinghe:README.md": readme_cn(
                "Xinghe-13B", deploy="支持 vLLM 与 MindIE 部署。"
            ),
            "xinghe-ai/Xinghe:tutorial/xinghe_国产化运行.md": ASCEND_TUTORIAL.format(
                name="Xinghe-13B"
            ),
            "xinghe-ai/Xinghe:requirements.txt": REQS_NPU,
        },
    ),
    # 2 H800 2048 in README intro; Ascend tutorial for users
    Case(
        "readme_2048_h800_pretrain_ascend_tutorial",
        "xinghe/Xinghe-34B",
        {"nvidia"},
        {"H800"},
        2048,
        "chip+count",
        inference=ANY,
        cards={
            "xinghe/Xinghe-34B": "# Xinghe-34B\n\n详见 [GitHub](https://github.com/xinghe-ai/Xinghe34)。\n"
        },
        files={
            "xinghe-ai/Xinghe34:README.md": readme_cn(
                "Xinghe-34B",
                intro="Xinghe-34B 使用 2048 张 H800 在 8T tokens 上完成预训练，上下文长度 32K。",
            ),
            "xinghe-ai/Xinghe34:tutorial/xinghe34_国产化运行.md": ASCEND_TUTORIAL.format(
                name="Xinghe-34B"
            ),
        },
        not_providers={"huawei_ascend"},
    ),
    # 3 Kunlun P800 wanka in Chinese card + English report
    Case(
        "kunlun_p800_wanka_card_and_report",
        "baiyun/Baiyun-VL-30B",
        {"baidu_kunlun"},
        {"Kunlun P800"},
        10000,
        "chip+count",
        cards={
            "baiyun/Baiyun-VL-30B": (
                "# Baiyun-VL-30B\n\n## 模型亮点\n- 在昆仑芯 P800 万卡集群上完成训练。\n"
                "- 支持 32K 上下文与多图输入。\n"
            )
        },
        papers={
            "2509.11111": (
                "Baiyun-VL Technical Report\n\nAbstract\nWe present Baiyun-VL, a family of vision-language models.\n\n"
                "4 Infrastructure\nBaiyun-VL-30B was trained on a cluster of more than ten thousand Kunlun P800 "
                "accelerators connected with RDMA, using our hybrid parallel training stack.\n"
            )
        },
        not_providers={"nvidia"},
    ),
    # 4 MetaX C550 in report; card says 全流程基于国产算力
    Case(
        "metax_c550_report_domestic_card",
        "brainlab/Lingxi-7B",
        {"metax"},
        {"C550"},
        None,
        "chip",
        cards={
            "brainlab/Lingxi-7B": (
                "# 灵犀-7B\n\n灵犀-7B 的训练与推理全流程基于国产算力完成。\n\n"
                "# Lingxi-7B\n\nThe full training and inference pipeline of Lingxi-7B runs on domestic Chinese compute.\n"
            )
        },
        papers={
            "2509.22222": (
                "Lingxi Technical Report\n\n5 Training Infrastructure\nLingxi-7B was trained on a cluster of several "
                "hundred MetaX C550 GPUs, covering data preprocessing, distributed training and evaluation.\n"
            )
        },
    ),
    # 5 Moore Threads KUAE cluster only (no chip)
    Case(
        "moore_kuae_cluster_no_chip",
        "mtlab/Kuafu-3B",
        {"moore_threads"},
        set(),
        ANY,
        "provider",
        cards={
            "mtlab/Kuafu-3B": (
                "# 夸父-3B\n\n## 训练\n夸父-3B 在摩尔线程夸娥（KUAE）智算集群上完成全部预训练，训练稳定无中断。\n"
            )
        },
    ),
    # 6 Moore Threads KUAE card + report naming MTT S4000 with count
    Case(
        "moore_kuae_card_s4000_report_count",
        "mtlab/Kuafu-13B",
        {"moore_threads"},
        {"MTT S4000"},
        1024,
        "chip+count",
        cards={
            "mtlab/Kuafu-13B": "# 夸父-13B\n\n在摩尔线程夸娥（KUAE）千卡智算集群上训练。\n"
        },
        papers={
            "2409.33333": (
                "Kuafu: Training Large Language Models on Moore Threads GPUs\n\n3 Experimental Setup\n"
                "Kuafu-13B is pretrained on 1,024 MTT S4000 GPUs (128 nodes with 8 GPUs each) for 21 days.\n"
            )
        },
    ),
    # 7 Cambricon 思元590 Chinese-only chip name
    Case(
        "cambricon_siyuan590_chinese_name",
        "hanwu/Hanwu-14B",
        {"cambricon"},
        ANY,
        None,
        "chip",
        cards={
            "hanwu/Hanwu-14B": "# Hanwu-14B\n\n## 训练硬件\n本模型基于寒武纪思元590加速卡集群完成预训练与指令微调。\n"
        },
    ),
    # 8 Hygon DCU K100 with count
    Case(
        "hygon_dcu_k100_count",
        "haiguang/Shuguang-7B",
        {"hygon"},
        {"K100"},
        512,
        "chip+count",
        cards={
            "haiguang/Shuguang-7B": (
                "# Shuguang-7B\n\n## 训练细节\n我们使用 512 张海光 DCU K100 完成了 Shuguang-7B 的预训练，"
                "软件栈为 DTK 24.04 与 PyTorch 2.1。\n"
            )
        },
    ),
    # 9 Iluvatar BI-V100: must not be read as NVIDIA V100
    Case(
        "iluvatar_bi_v100_not_nvidia",
        "tianshu/Tiangai-1B",
        {"iluvatar"},
        ANY,
        ANY,
        ANY,
        cards={
            "tianshu/Tiangai-1B": (
                "# Tiangai-1B\n\n## Training\nTiangai-1B was trained on 64 Iluvatar CoreX BI-V100 accelerators"
                "（天数智芯天垓100）。\n"
            )
        },
        not_providers={"nvidia"},
    ),
    # 10 Iluvatar 天垓150 with count + English chip
    Case(
        "iluvatar_bi_v150_count",
        "tianshu/Tiangai-7B",
        {"iluvatar"},
        {"BI-V150"},
        256,
        "chip+count",
        cards={
            "tianshu/Tiangai-7B": "# Tiangai-7B\n\n## 训练\n使用 256 张天数智芯天垓150（BI-V150）训练 20 天。\n"
        },
    ),
    # 11 Enflame 云燧 T20 with count
    Case(
        "enflame_t20_count",
        "suiyuan/Suiyuan-7B",
        {"other:enflame"},
        ANY,
        256,
        "chip+count",
        cards={
            "suiyuan/Suiyuan-7B": (
                "# Suiyuan-7B\n\n## 训练\n本模型基于燧原（Enflame）云燧 T20 训练集群完成预训练，共使用 256 张 T20 加速卡。\n"
            )
        },
    ),
    # 12 Domestic compute + capability sentence naming Ascend in README (TeleChat convention)
    Case(
        "domestic_full_pipeline_capability_in_readme",
        "telelab/Tianqiong-12B",
        {"huawei_ascend"},
        {"Atlas 800T A2"},
        None,
        "chip",
        inference={"huawei_ascend"},
        cards={
            "telelab/Tianqiong-12B": (
                "# 天穹-12B\n\n天穹系列模型全流程基于国产算力训练，训练数据 10T tokens。\n\n"
                "更多信息见 GitHub 仓库。\n"
            )
        },
        files={
            "telelab/Tianqiong:README.md": readme_cn(
                "Tianqiong-12B",
                deploy="支持在昇腾 Atlas 800I A2 上使用 MindIE 部署。",
                domestic="天穹-12B 支持昇腾 Atlas 800T A2 训练服务器，可基于 MindSpore 与 MindSpore Transformers 进行训练与评测。",
            ),
        },
    ),
    # 13 Domestic compute, no vendor anywhere; only MindSpore model-zoo links
    Case(
        "domestic_no_vendor_mindspore_links_only",
        "telelab/Tianqiong-35B",
        **NONE,
        cards={
            "telelab/Tianqiong-35B": (
                "# 天穹-35B\n\n天穹-35B 基于国产算力研发训练。\n\n## 国产化算力适配\n"
                "- [MindSpore-Lab 模型页](https://modelers.cn/models/MindSpore-Lab/Tianqiong-35B)\n\n"
                "# Tianqiong-35B\n\nTianqiong-35B was developed and trained on domestic compute.\n"
            )
        },
    ),
    # 14 Baichuan-style: supports inference/finetune on Ascend natively; no training hw
    Case(
        "capability_infer_finetune_ascend_no_training",
        "baixin/Baixin2-7B",
        **NONE,
        inference={"huawei_ascend"},
        cards={"baixin/Baixin2-7B": "# Baixin2-7B\n\n见 GitHub。\n"},
        files={
            "baixin-inc/Baixin2:README.md": readme_cn(
                "Baixin2-7B",
                domestic=(
                    "- 推理部署：Baixin2-7B 已原生支持在昇腾 NPU 上推理，无需额外适配。\n"
                    "- 模型微调：Baixin2-7B 已原生支持基于昇腾 NPU 的微调，参考 MindSpeed-LLM。"
                ),
                deploy="使用 vLLM 部署：`vllm serve baixin/Baixin2-7B`。",
            ),
        },
    ),
    # 15 vllm-ascend as deployment only
    Case(
        "vllm_ascend_plugin_deploy_only",
        "lanzhou/Lanzhou-8B",
        **NONE,
        inference={"huawei_ascend"},
        cards={
            "lanzhou/Lanzhou-8B": (
                "# Lanzhou-8B\n\n## 部署\n推荐通过 vllm-ascend 插件部署：\n\n```bash\npip install vllm vllm-ascend\n"
                "vllm serve lanzhou/Lanzhou-8B --tensor-parallel-size 2\n```\n"
            )
        },
    ),
    # 16 LMDeploy with ascend device
    Case(
        "lmdeploy_ascend_backend_inference",
        "lanzhou/Lanzhou-20B",
        **NONE,
        inference={"huawei_ascend"},
        cards={
            "lanzhou/Lanzhou-20B": (
                "# Lanzhou-20B\n\n## 推理部署\nLMDeploy 已支持华为昇腾后端，可在 Atlas 800I A2 上运行：\n\n"
                "```bash\nlmdeploy serve api_server lanzhou/Lanzhou-20B --backend pytorch --device ascend\n```\n"
            )
        },
    ),
    # 17 Kunlun training; A100 only as throughput comparison, English report
    Case(
        "kunlun_train_a100_throughput_comparison_report",
        "baiyun/Baiyun-8B",
        {"baidu_kunlun"},
        {"Kunlun P800"},
        2048,
        "chip+count",
        papers={
            "2510.44444": (
                "Baiyun-8B Technical Report\n\n3 Training Infrastructure\nBaiyun-8B was pretrained on 2,048 Kunlun P800 XPUs. "
                "On this cluster we reach a per-chip throughput of 1.1x that of an A100 cluster running the same "
                "Megatron configuration.\n"
            )
        },
        not_providers={"nvidia"},
    ),
    # 18 Pengcheng Cloud Brain II named together with Ascend 910 in the training sentence
    Case(
        "pengcheng_cloud_brain_ii_ascend_910_training",
        "pcl/Pengzhou-13B",
        {"huawei_ascend"},
        {"Ascend 910"},
        ANY,
        CHIPISH,
        cards={
            "pcl/Pengzhou-13B": (
                "# 鹏州-13B\n\n## 训练\n鹏州-13B 的预训练在鹏城实验室“鹏城云脑II”（由 4096 块昇腾 910 组成）上完成。\n\n"
                "## 致谢\n感谢鹏城实验室提供的算力支持。\n"
            )
        },
    ),
    # 19 Sibling sizes with different hardware in one README table; target large
    Case(
        "readme_size_table_separate_count_column_large",
        "xinghe/Xinghe-2-34B",
        {"nvidia"},
        {"H800"},
        1024,
        "chip+count",
        cards={"xinghe/Xinghe-2-34B": "# Xinghe-2-34B\n\n详见仓库 README。\n"},
        files={
            "xinghe-ai/Xinghe2:README.md": readme_cn(
                "Xinghe-2",
                extra=(
                    "## 训练配置\n\n| 模型 | 训练芯片 | 卡数 | 训练 tokens |\n|---|---|---|---|\n"
                    "| Xinghe-2-1.5B | 昇腾 910B | 256 | 3T |\n| Xinghe-2-34B | H800 | 1024 | 8T |"
                ),
            ),
        },
        others=("xinghe/Xinghe-2-1.5B",),
        not_providers={"huawei_ascend"},
    ),
    # 20 same table, small size
    Case(
        "readme_size_table_separate_count_column_small",
        "xinghe/Xinghe-2-1.5B",
        {"huawei_ascend"},
        {"Ascend 910B"},
        256,
        "chip+count",
        cards={"xinghe/Xinghe-2-1.5B": "# Xinghe-2-1.5B\n\n详见仓库 README。\n"},
        files={
            "xinghe-ai/Xinghe2:README.md": readme_cn(
                "Xinghe-2",
                extra=(
                    "## 训练配置\n\n| 模型 | 训练芯片 | 卡数 | 训练 tokens |\n|---|---|---|---|\n"
                    "| Xinghe-2-1.5B | 昇腾 910B | 256 | 3T |\n| Xinghe-2-34B | H800 | 1024 | 8T |"
                ),
            ),
        },
        others=("xinghe/Xinghe-2-34B",),
        not_providers={"nvidia"},
    ),
    # 21 trained abroad on H800, deployed on Ascend via MindIE
    Case(
        "h800_trained_ascend_mindie_deploy",
        "haiyan/Haiyan-MoE-16B",
        {"nvidia"},
        {"H800"},
        2048,
        "chip+count",
        inference={"huawei_ascend", "nvidia"},
        cards={
            "haiyan/Haiyan-MoE-16B": (
                "# Haiyan-MoE-16B\n\n## Training\nHaiyan-MoE-16B was pre-trained on 2,048 NVIDIA H800 GPUs in our "
                "Singapore data centre.\n\n## 部署\n- NVIDIA GPU：`vllm serve haiyan/Haiyan-MoE-16B -tp 4`\n"
                "- 昇腾：支持在 Atlas 800I A2 上通过 MindIE 部署推理，详见 tutorial/haiyan_国产化运行.md。\n"
            )
        },
        files={
            "haiyan-ai/Haiyan:tutorial/haiyan_国产化运行.md": ASCEND_TUTORIAL.format(
                name="Haiyan-MoE-16B"
            )
        },
    ),
    # 22 export control: post-training on H20, pretraining on H800
    Case(
        "export_control_h20_post_h800_pretrain",
        "haiyan/Haiyan-72B",
        {"nvidia"},
        {"H800", "H20"},
        ANY,
        CHIPISH,
        cards={
            "haiyan/Haiyan-72B": (
                "# Haiyan-72B\n\n## 训练\nHaiyan-72B 的预训练在 H800 集群上完成；受美国出口管制影响，"
                "后训练阶段（SFT 与 RL）改用 H20 完成。\n"
            )
        },
    ),
    # 23 export control negation: cannot get A100/H100, trained on Ascend
    Case(
        "export_control_no_a100_trained_on_ascend",
        "haiyan/Haiyan-Lite-7B",
        {"huawei_ascend"},
        {"Ascend 910B"},
        1024,
        "chip+count",
        cards={
            "haiyan/Haiyan-Lite-7B": (
                "# Haiyan-Lite-7B\n\n## 训练\n由于出口管制，我们无法获得 A100 或 H100，Haiyan-Lite-7B 的全部训练"
                "在 1024 张昇腾 910B 上完成。\n"
            )
        },
        not_providers={"nvidia"},
    ),
    # 24 torch_npu in requirements, but card states A800 training
    Case(
        "torch_npu_requirements_a800_stated",
        "qingyun/Qingyun-7B",
        {"nvidia"},
        {"A800"},
        512,
        "chip+count",
        cards={
            "qingyun/Qingyun-7B": "# Qingyun-7B\n\n## 训练\n本模型使用 512 张 A800 训练，共 2.6T tokens。\n"
        },
        files={
            "qingyun-ai/Qingyun:requirements.txt": REQS_NPU,
            "qingyun-ai/Qingyun:README.md": readme_cn("Qingyun-7B"),
        },
        not_providers={"huawei_ascend"},
    ),
    # 25 tutorial + deepspeed test env only: user recipes, no training hw
    Case(
        "tutorial_and_ds_test_env_user_recipes_only",
        "qingyun/Qingyun-2-7B",
        **NONE,
        inference=ANY,
        cards={"qingyun/Qingyun-2-7B": "# Qingyun-2-7B\n\n通用对话模型，见 GitHub。\n"},
        files={
            "qingyun-ai/Qingyun2:README.md": readme_cn("Qingyun-2-7B"),
            "qingyun-ai/Qingyun2:tutorial/qingyun_国产化运行.md": ASCEND_TUTORIAL.format(
                name="Qingyun-2-7B"
            ),
            "qingyun-ai/Qingyun2:deepspeed/README.md": DS_FT_README,
            "qingyun-ai/Qingyun2:requirements.txt": REQS_CUDA,
        },
    ),
    # 26 English first, Chinese below states Ascend count
    Case(
        "bilingual_en_first_chinese_training_detail",
        "yunhai/Yunhai-9B",
        {"huawei_ascend"},
        {"Ascend 910B"},
        4096,
        "chip+count",
        cards={
            "yunhai/Yunhai-9B": (
                "# Yunhai-9B\n\n## Overview\nYunhai-9B is a bilingual base model. See the technical report for details.\n\n"
                '## Quickstart\n```python\nmodel = AutoModelForCausalLM.from_pretrained("yunhai/Yunhai-9B", device_map="cuda")\n```\n\n'
                "---\n\n# 云海-9B\n\n## 概述\n云海-9B 是一个中英双语基座模型。\n\n## 训练细节\n"
                "云海-9B 在 4096 张昇腾 910B 上训练了 45 天。\n"
            )
        },
    ),
    # 27 report PDF: Atlas 800T A2 servers with NPU total
    Case(
        "report_pdf_atlas_800t_a2_npu_total",
        "yunhai/Yunhai-Pro-70B",
        {"huawei_ascend"},
        ANY,
        8192,
        "chip+count",
        papers={
            "2510.55555": (
                "Yunhai-Pro Technical Report\n\n1 Introduction\nWe introduce Yunhai-Pro-70B, a dense language model.\n\n"
                "3.4 Infrastructure\nYunhai-Pro-70B was trained on Atlas 800T A2 servers with a total of 8,192 "
                "Ascend NPUs, using MindSpeed and a customised pipeline schedule.\n"
            )
        },
    ),
    # 28 report: main model on Kunlun; ablations on A100
    Case(
        "report_ablation_small_models_a100",
        "baiyun/Baiyun-32B",
        {"baidu_kunlun"},
        {"Kunlun P800"},
        ANY,
        CHIPISH,
        papers={
            "2510.66666": (
                "Baiyun-32B Technical Report\n\n3 Pre-training\n3.1 Infrastructure\nBaiyun-32B was trained on "
                "Kunlun P800 XPUs with the PaddlePaddle framework.\n\n6 Ablations\nAll ablation runs use 1B-parameter "
                "proxy models trained on 64 A100 GPUs for 100B tokens each.\n"
            )
        },
        not_providers={"nvidia"},
    ),
    # 29 continued pretraining + SFT from a base on Ascend, count
    Case(
        "continued_pretrain_from_base_on_ascend",
        "medlab/Yiyuan-Med-7B",
        {"huawei_ascend"},
        {"Ascend 910B"},
        32,
        "chip+count",
        cards={
            "medlab/Yiyuan-Med-7B": (
                "---\nbase_model: Qwen/Qwen2-7B\n---\n# 医元-Med-7B\n\n"
                "我们在 Qwen2-7B 基础上，使用 32 张昇腾 910B 进行了医疗领域继续预训练与指令微调。\n"
            )
        },
    ),
    # 30 metax inference only, training on H800
    Case(
        "metax_c500_inference_h800_training",
        "qingyun/Qingyun-Math-7B",
        {"nvidia"},
        {"H800"},
        None,
        "chip",
        inference=ANY,
        cards={
            "qingyun/Qingyun-Math-7B": (
                "# Qingyun-Math-7B\n\n## 训练\n本模型在 H800 集群上完成训练。\n\n## 推理部署\n"
                "已适配沐曦曦云 C500，可使用沐曦版 vLLM 部署推理。\n"
            )
        },
        not_providers={"metax"},
    ),
    # 31 Hygon DCU deploy only
    Case(
        "hygon_dcu_inference_only",
        "qingyun/Qingyun-Coder-1.5B",
        **NONE,
        inference={"hygon"},
        cards={
            "qingyun/Qingyun-Coder-1.5B": (
                "# Qingyun-Coder-1.5B\n\n## 国产化适配\n支持在海光 DCU 上推理，需安装 DTK 24.04 及对应版本的 PyTorch。\n"
            )
        },
    ),
    # 32 negated NVIDIA in the training sentence ("全程未使用英伟达 GPU")
    Case(
        "ascend_training_negated_nvidia_cn",
        "shenyuan/Shenyuan-V2",
        {"huawei_ascend"},
        {"Ascend 910B"},
        None,
        "chip",
        cards={
            "shenyuan/Shenyuan-V2": (
                "# Shenyuan-V2\n\n## 训练\nShenyuan-V2 完全在昇腾 910B 集群上训练，全程未使用英伟达 GPU。\n"
            )
        },
        not_providers={"nvidia"},
    ),
    # 33 inference speed table across A100 / 910B / H20; training on H800 stated
    Case(
        "inference_speed_table_three_devices_h800_training",
        "shenyuan/Shenyuan-Lite",
        {"nvidia"},
        {"H800"},
        256,
        "chip+count",
        inference={"nvidia", "huawei_ascend"},
        cards={
            "shenyuan/Shenyuan-Lite": (
                "# Shenyuan-Lite\n\n## 训练\n使用 256 张 H800 训练。\n\n## 推理速度\n\n"
                "| 硬件 | 吞吐 (tokens/s) |\n|---|---|\n| A100 80G | 2100 |\n| 昇腾 910B | 1800 |\n| H20 | 2300 |\n"
            )
        },
        not_providers={"huawei_ascend"},
    ),
    # 34 domestic compute + thanks to Huawei Ascend for compute
    Case(
        "domestic_compute_thanks_ascend_compute",
        "zhongke/Zhongke-13B",
        {"huawei_ascend"},
        set(),
        None,
        "provider",
        cards={
            "zhongke/Zhongke-13B": (
                "# Zhongke-13B\n\n本模型全流程基于国产算力训练。\n\n## 致谢\n感谢华为昇腾计算团队为本模型训练提供的算力支持。\n"
            )
        },
    ),
    # 35 Kunlun P800 training, R300 inference
    Case(
        "kunlun_p800_train_r300_infer",
        "baiyun/Baiyun-Speech-1B",
        {"baidu_kunlun"},
        {"Kunlun P800"},
        None,
        "chip",
        inference={"baidu_kunlun"},
        cards={
            "baiyun/Baiyun-Speech-1B": (
                "# Baiyun-Speech-1B\n\n- 训练硬件：昆仑芯 P800\n- 推理硬件：昆仑芯 R300 / R200\n"
            )
        },
    ),
    # 36 NVIDIA and Kunlun both named in Chinese (英伟达) for training
    Case(
        "paddle_trained_on_nvidia_and_kunlun_cn",
        "wenxin/Wenyuan-0.3B",
        {"nvidia", "baidu_kunlun"},
        set(),
        None,
        "provider",
        cards={
            "wenxin/Wenyuan-0.3B": (
                "# Wenyuan-0.3B\n\n## 训练\n基于飞桨框架，Wenyuan-0.3B 同时在英伟达 GPU 与昆仑芯 XPU 上完成训练。\n"
            )
        },
    ),
    # 37 H20 recommended for deployment only
    Case(
        "h20_recommended_deploy_only",
        "shenyuan/Shenyuan-R1-Distill-14B",
        **NONE,
        inference={"nvidia"},
        cards={
            "shenyuan/Shenyuan-R1-Distill-14B": (
                "# Shenyuan-R1-Distill-14B\n\n## 推理部署\n推荐部署硬件：单机 8 × H20 (96GB)，或 4 × A800 (80GB)。\n"
            )
        },
    ),
    # 38 Cambricon English+Chinese with count
    Case(
        "cambricon_mlu590_count_bilingual",
        "hanwu/Hanwu-70B",
        {"cambricon"},
        {"MLU590"},
        2048,
        "chip+count",
        cards={
            "hanwu/Hanwu-70B": (
                "# Hanwu-70B\n\n## 训练\n使用 2048 张寒武纪思元590（MLU590）完成预训练。\n\n"
                "## Training\nPretrained on 2,048 Cambricon MLU590 accelerators.\n"
            )
        },
    ),
    # 39 paddlepaddle-xpu in requirements of own repo, training launcher with XPU flags
    Case(
        "paddle_xpu_requirements_inference_readme",
        "wenxin/Wenyuan-Doc-1B",
        **NONE,
        inference={"baidu_kunlun"},
        cards={"wenxin/Wenyuan-Doc-1B": "# Wenyuan-Doc-1B\n\n文档解析模型。\n"},
        files={
            "wenxin-ai/WenyuanDoc:README.md": readme_cn(
                "Wenyuan-Doc-1B",
                deploy="在昆仑芯 XPU 上推理：安装 `paddlepaddle-xpu` 后运行 `python infer.py --device xpu`。",
            ),
            "wenxin-ai/WenyuanDoc:requirements_xpu.txt": "paddlepaddle-xpu==3.0.0\npaddlenlp==3.0.0\n",
        },
    ),
    # 40 MetaX 曦云 C550 in Chinese only
    Case(
        "metax_xiyun_c550_chinese_only",
        "brainlab/Lingxi-1B",
        {"metax"},
        {"C550"},
        None,
        "chip",
        cards={
            "brainlab/Lingxi-1B": "# 灵犀-1B\n\n## 训练\n灵犀-1B 基于沐曦曦云 C550 集群完成训练。\n"
        },
    ),
]


# Known gaps: cases a careful labeller reads this way that the rules do not yet.
KNOWN_GAPS = {
    "domestic_full_pipeline_capability_in_readme": (
        "a 'supports the training server' capability is confirmed by domestic"
        " compute only in the model's own card, not its repository's README"
    ),
    "domestic_compute_thanks_ascend_compute": (
        "thanks to a vendor's team for the compute used to train is set aside"
    ),
}


@pytest.mark.parametrize("case", probe_params(CASES, KNOWN_GAPS))
def test_probe(tmp_path: Path, case: Case) -> None:
    check_repo_case(tmp_path, case)
