# ruff: noqa: E501 (snippets keep the long lines real documents have)
"""Unseen model documents, eighth round: cards in other languages
(Japanese, Korean, Vietnamese, Russian, Spanish, French, German, Portuguese,
Arabic, Turkish, Indonesian, Traditional Chinese) and sloppy community
cards, written for these tests and judged by the dev labels' conventions.

The failures it found first led to fixes: training, inference and heading
cues in those languages, counts in 張/枚/장/대 and "8 GPU A100", bare RTX
numbers ("my 3090", "1x4090"), lowercase m-chips, "fine tuned" with a space,
"used ... for training", emoji-led bold headings, abbreviations that do not
end a sentence (z. B., ör.).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import ANY, CardCase, check_card_case, probe_params

NONE = dict(providers=set(), chips=set(), count=None, disclosure="none")


def nv(chip, count, **kw):
    disc = "chip+count" if count is not None else "chip"
    return dict(providers={"nvidia"}, chips={chip}, count=count, disclosure=disc, **kw)


def inf(*provs):
    return dict(NONE, inference=set(provs))


H = "# Widget-7B\n\n"

CASES = [
    # --- Japanese
    CardCase(
        "ja_a100_8mai_gakushu",
        H
        + "Widget-7Bは日本語に特化した7Bの言語モデルです。\n\n本モデルはNVIDIA A100 8枚で学習しました。\n",
        **nv("A100", 8),
    ),
    CardCase(
        "ja_h100_pretrain",
        H + "日本語コーパス 100B トークンで、H100を使って事前学習を行いました。\n",
        **nv("H100", None),
    ),
    CardCase(
        "ja_inference_4090_required",
        H + "## 使い方\n\n推論にはRTX 4090 (24GB) 以上のGPUが必要です。\n",
        **inf("nvidia"),
    ),
    CardCase(
        "ja_training_section_list",
        H
        + "## 学習の詳細\n\n- GPU: A100 80GB x 8\n- 学習時間: 約3日\n- 学習率: 2e-5\n",
        **nv("A100", 8),
    ),
    CardCase(
        "ja_benchmark_speed",
        H + "## ベンチマーク\n\nRTX 3090での推論速度: 約35 tokens/s\n",
        **inf("nvidia"),
    ),
    CardCase(
        "ja_colab_t4_runs",
        H + "Google Colab の無料枠 (T4) でも動作します。\n",
        **inf("nvidia"),
    ),
    CardCase(
        "ja_gakushu_ni_shiyou",
        H + "学習にはA100 (80GB) を8枚使用しました。\n",
        **nv("A100", 8),
    ),
    # --- Korean
    CardCase(
        "ko_a100_8jang_trained",
        H
        + "한국어 instruction 데이터로 미세조정한 모델입니다.\n\n이 모델은 A100 8장으로 학습했습니다.\n",
        **nv("A100", 8),
    ),
    CardCase(
        "ko_inference_requirement",
        H + "## 추론\n\n추론에는 최소 24GB VRAM의 GPU(예: RTX 3090)가 필요합니다.\n",
        **inf("nvidia"),
    ),
    CardCase(
        "ko_h100_4dae_finetune",
        H + "H100 4대를 사용하여 3 epoch 동안 파인튜닝했습니다.\n",
        **nv("H100", 4),
    ),
    CardCase(
        "ko_en_mixed_list",
        H + "## Training details\n\n- 학습 장비: H100 8장\n- 학습 기간: 3일\n",
        **nv("H100", 8),
    ),
    # --- Vietnamese
    CardCase(
        "vi_huan_luyen_8_a100",
        H + "Mô hình được huấn luyện trên 8 GPU A100 trong 2 ngày.\n",
        **nv("A100", 8),
    ),
    CardCase(
        "vi_suy_luan_t4",
        H
        + "Để chạy suy luận, bạn cần một GPU có ít nhất 16GB VRAM, ví dụ NVIDIA T4.\n",
        **inf("nvidia"),
    ),
    # --- Russian
    CardCase(
        "ru_obuchena_8_a100",
        H + "Модель обучена на 8 GPU A100 в течение 5 дней.\n",
        **nv("A100", 8),
    ),
    CardCase(
        "ru_inference_one_3090",
        H + "Для инференса достаточно одной видеокарты RTX 3090.\n",
        **inf("nvidia"),
    ),
    CardCase(
        "ru_training_section_16_h100",
        H + "## Обучение\n\nОбучение проводилось на 16 × H100 80GB.\n",
        **nv("H100", 16),
    ),
    CardCase(
        "ru_future_next_version",
        H + "Следующая версия модели будет обучена на 64 H100.\n",
        **NONE,
    ),
    # --- Spanish
    CardCase(
        "es_entrenado_4_a100",
        H + "El modelo fue entrenado en 4 GPUs A100 durante 10 horas.\n",
        **nv("A100", 4),
    ),
    CardCase(
        "es_hardware_inferencia",
        H
        + "Requisitos de hardware para inferencia: una GPU NVIDIA con 24 GB (por ejemplo, RTX 4090).\n",
        **inf("nvidia"),
    ),
    CardCase(
        "es_se_puede_ajustar",
        H + "El modelo se puede ajustar (fine-tuning) en una sola RTX 3090 con LoRA.\n",
        providers=set(),
        chips=set(),
        count=None,
        disclosure="none",
    ),
    # --- French
    CardCase(
        "fr_entraine_8_h100",
        H + "Le modèle a été entraîné sur 8 GPU H100 pendant 3 jours.\n",
        **nv("H100", 8),
    ),
    CardCase(
        "fr_inference_une_a100",
        H + "Pour l'inférence, une seule carte A100 suffit.\n",
        **inf("nvidia"),
    ),
    # --- German
    CardCase(
        "de_trainiert_verb_final",
        H + "Das Modell wurde auf 4 × A100 trainiert.\n",
        **nv("A100", 4),
    ),
    CardCase(
        "de_inferenz_benoetigt",
        H
        + "Für die Inferenz wird eine GPU mit mindestens 16 GB benötigt (z. B. RTX 4080).\n",
        **inf("nvidia"),
    ),
    # --- Portuguese
    CardCase(
        "pt_treinado_8_a100",
        H + "O modelo foi treinado em 8 GPUs A100 da NVIDIA.\n",
        **nv("A100", 8),
    ),
    CardCase(
        "pt_ajustado_tpu_v3_8",
        H + "Ajustado (fine-tuning) em uma TPU v3-8 do Google Colab.\n",
        providers={"google_tpu"},
        chips={"TPU v3"},
        count=ANY,
        disclosure=("chip", "chip+count"),
    ),
    # --- Arabic
    CardCase(
        "ar_tadrib_8_a100",
        H + "تم تدريب النموذج على 8 وحدات معالجة رسومات A100.\n",
        **nv("A100", 8),
    ),
    CardCase(
        "ar_istidlal_3090",
        H + "للاستدلال، يكفي استخدام بطاقة RTX 3090 واحدة.\n",
        **inf("nvidia"),
    ),
    # --- Turkish
    CardCase(
        "tr_egitildi_8_a100",
        H + "Model, 8 adet A100 GPU üzerinde eğitildi.\n",
        **nv("A100", 8),
    ),
    CardCase(
        "tr_cikarim_4090",
        H + "Çıkarım için en az 24 GB VRAM'li bir GPU (ör. RTX 4090) önerilir.\n",
        **inf("nvidia"),
    ),
    # --- Indonesian
    CardCase(
        "id_dilatih_4_a100",
        H + "Model ini dilatih pada 4 GPU A100 selama 12 jam.\n",
        **nv("A100", 4),
    ),
    CardCase(
        "id_inferensi_colab_t4",
        H + "Untuk inferensi, model dapat dijalankan di GPU T4 gratis Google Colab.\n",
        **inf("nvidia"),
    ),
    # --- Traditional Chinese
    CardCase(
        "zht_xunlian_yu_8_a100",
        H + "本模型訓練於 8 張 A100 GPU 上,共耗時 3 天。\n",
        **nv("A100", 8),
    ),
    CardCase(
        "zht_tuili_4090", H + "推理需要至少一張 RTX 4090 顯示卡。\n", **inf("nvidia")
    ),
    # --- mixed
    CardCase(
        "mixed_ja_en_train_and_infer",
        H + "Training: A100 x 8 (約2日)\n\n推論: RTX 3090 1枚で動作確認済み\n",
        **nv("A100", 8, inference={"nvidia"}),
    ),
    # --- sloppy English
    CardCase(
        "sloppy_trianed_typo",
        H + "trianed on 8 a100 for like 2 days on my uni cluster\n",
        **nv("A100", 8),
    ),
    CardCase(
        "sloppy_finetuned_w_1x4090",
        H + "finetuned w/ 1x4090, took ~6h\n",
        **nv("RTX 4090", 1),
    ),
    CardCase(
        "sloppy_my_3090_lol",
        H + "trained it on my 3090 lol. dont expect miracles\n",
        providers={"nvidia"},
        chips={"RTX 3090"},
        count=ANY,
        disclosure=("chip", "chip+count"),
    ),
    CardCase(
        "sloppy_colab_pro_a100",
        H + "used colab pro A100 for training, 3 epochs\n",
        providers={"nvidia"},
        chips={"A100"},
        count=ANY,
        disclosure=("chip", "chip+count"),
    ),
    CardCase(
        "sloppy_8xA100_nospace",
        H + "Trained on 8xA100 80GB for 2 epochs.\n",
        **nv("A100", 8),
    ),
    CardCase(
        "sloppy_on1_a100",
        H + "fine tuned on1 A100 (40gb) with qlora\n",
        **nv("A100", 1),
    ),
    CardCase(
        "sloppy_lowercase_h100s",
        H + "pretrained on 64 h100s over 2 weeks\n",
        **nv("H100", 64),
    ),
    CardCase(
        "sloppy_emoji_training_bullets",
        H
        + "🚀 **Training**\n\n🖥️ Hardware: 8x H100\n⏱️ Time: 20 hours\n📚 Data: 50k samples\n",
        **nv("H100", 8),
    ),
    CardCase(
        "sloppy_emoji_inference",
        H + "⚡ runs on a single rtx4090 at ~40 tok/s\n",
        **inf("nvidia"),
    ),
    CardCase(
        "sloppy_bad_table_training",
        H + "## training\n| gpu | 4x a100\n| time | 3 days |\n| lr | 2e-4 |\n",
        **nv("A100", 4),
    ),
    CardCase(
        "sloppy_bad_table_vram",
        H
        + "| quant | vram | gpu |\n|--|--|\n| q4 | 6gb | rtx 3060 |\n| q8 | 10gb | rtx 3080 |\n",
        **inf("nvidia"),
    ),
    CardCase(
        "sloppy_tested_m2_macbook",
        H + "works great!! tested on my m2 macbook air, ~15 tok/s\n",
        **inf("apple"),
    ),
    CardCase(
        "sloppy_neither_gpu_poor",
        H + "fine-tune of llama, thx to the community. gpu poor here lol\n",
        **inf(),
    ),
    CardCase(
        "sloppy_u_can_train_4090",
        H + "u can train this on a single rtx4090 np\n",
        providers=set(),
        chips=set(),
        count=None,
        disclosure="none",
    ),
    CardCase(
        "sloppy_kaggle_2x_t4",
        H + "trained on kaggle 2x T4 (free tier)\n",
        **nv("T4", 2),
    ),
]


# Known gaps: cases a careful labeller reads this way that the rules do not yet.
KNOWN_GAPS = {
    "ja_colab_t4_runs": (
        "a bare '(T4)' after Colab in Japanese prose is not read as a chip"
    ),
    "ar_tadrib_8_a100": (
        "an Arabic count word between the number and the chip ('8 وحدات') is not read"
    ),
    "sloppy_trianed_typo": (
        "a misspelt training verb ('trianed') is no training statement"
    ),
}


@pytest.mark.parametrize("case", probe_params(CASES, KNOWN_GAPS))
def test_card_probe_n(tmp_path: Path, case: CardCase) -> None:
    check_card_case(tmp_path, case)
