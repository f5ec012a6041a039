"""Cases the product gets wrong today: kept out of collection (the file name
does not start with test_) until the classifier is fixed. Each row says what
real input it came from, what it should give and what it gives now.

Run them with: .venv/bin/pytest tests/pending_signals.py
"""

from __future__ import annotations

from pathlib import Path

from helpers import judge_card, training_of

NONE = ([], [], None, "none")


def test_plural_chip_names_match(tmp_path: Path) -> None:
    # Cards write "4 A100s"; the right boundary rejects the plural s.
    # Now: ([], [], None, "none").
    verdict, _ = judge_card(tmp_path, "We trained the model on 4 A100s.")
    assert training_of(verdict) == (["nvidia"], ["A100"], 4, "chip+count")


def test_another_groups_model_in_related_work(tmp_path: Path) -> None:
    # Related-work prose in papers: "X et al. trained their model on ..." is
    # about someone else's model. Now: (["nvidia"], ["V100"], None, "chip").
    verdict, _ = judge_card(tmp_path, "Zhang et al. trained their model on V100 GPUs.")
    assert training_of(verdict) == NONE


def test_following_a_citation_is_no_recipe(tmp_path: Path) -> None:
    # Method sections open with "Following X et al."; the recipe cue
    # "following" turns the model's own training into statement:recipe.
    # Now: ([], [], None, "none").
    card = "Following Smith et al. (2022), we trained on 64 A100 GPUs."
    verdict, _ = judge_card(tmp_path, card)
    assert training_of(verdict) == (["nvidia"], ["A100"], 64, "chip+count")
