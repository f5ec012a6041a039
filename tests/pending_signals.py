"""Cases the product gets wrong today: kept out of collection (the file name
does not start with test_) until the classifier is fixed. Each row says what
real input it came from, what it should give and what it gives now.

Run them with: .venv/bin/pytest tests/pending_signals.py
"""

from __future__ import annotations

from pathlib import Path

from helpers import judge_card, training_of

NONE = ([], [], None, "none")


def test_serving_clause_in_a_training_sentence(tmp_path: Path) -> None:
    # One sentence reporting pre-training and then serving: the serving clause
    # is taken as training too.
    # Now: (["huawei_ascend", "nvidia"], ["Ascend 910B", "H100"], 1024, ...),
    # inference_providers == [].
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
