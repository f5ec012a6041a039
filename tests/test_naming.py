"""Attribution by name: whether a passage speaks of this model, its family or
another model."""

from __future__ import annotations

import pytest

from chipaudit.signals.naming import FAMILY, OTHER, SELF, Naming, core_tokens, tokens


@pytest.mark.parametrize(
    "spellings",
    [
        # OLMo's card, paper and repo write one name three ways.
        ("OLMo 7B Twin", "OLMo-7B-Twin", "olmo_7b_twin"),
        ("Qwen2.5-7B", "qwen2.5 7b", "Qwen2.5 7B"),
    ],
)
def test_spellings_of_one_name_line_up(spellings: tuple[str, ...]) -> None:
    assert len({tuple(tokens(name)) for name in spellings}) == 1


@pytest.mark.parametrize(
    ("name", "core"),
    [
        ("Qwen2.5-7B-Instruct", tokens("Qwen2.5-7B")),
        ("Llama-3.1-8B-Instruct-GGUF", tokens("Llama-3.1-8B")),
        ("bge-m3", ["bge", "m3"]),
        ("OLMo-7B-Twin-2T", tokens("OLMo-7B-Twin-2T")),
    ],
)
def test_packaging_suffixes_are_not_part_of_the_name(
    name: str, core: list[str]
) -> None:
    assert core_tokens(name) == core


WIDGET = Naming.for_model("acme/Widget-7B", ["acme/Widget-70B", "acme/Widget-7B"], [])


@pytest.mark.parametrize(
    ("passage", "about"),
    [
        ("Widget-7B was trained on A100.", SELF),
        ("Widget 7B is small.", SELF),
        ("The model was trained.", SELF),
        # A sibling size named in the sentence is another model.
        ("Widget-70B was trained on A100.", OTHER),
        ("Widget models were trained on A100.", FAMILY),
        # The family stem followed by another product name.
        ("Widget-OCR was trained on A100.", OTHER),
    ],
)
def test_about_with_a_sibling_in_the_store(passage: str, about: str) -> None:
    assert WIDGET.about(passage) == about


# OLMo-7B-Twin-2T beside OLMo-7B: the longer name wins when both could match.
OLMO = Naming.for_model(
    "allenai/OLMo-7B-Twin-2T", ["allenai/OLMo-7B"], ["allenai/OLMo"]
)


@pytest.mark.parametrize(
    ("passage", "about"),
    [
        ("OLMo 7B Twin was trained on LUMI.", SELF),
        ("olmo_7b_twin config", SELF),
        ("OLMo 7B was trained on A100 GPUs.", OTHER),
        ("OLMo models", FAMILY),
    ],
)
def test_about_a_twin_and_its_sibling(passage: str, about: str) -> None:
    assert OLMO.about(passage) == about


def test_default_applies_when_no_name_is_given() -> None:
    assert WIDGET.about("Trained on A100.", default=OTHER) == OTHER


@pytest.mark.parametrize(
    ("model_id", "passage", "about"),
    [
        # a size word left out: the family's name
        (
            "lab/foo-embed-base-v2",
            "the foo-embed-v2 models (small, base, large)",
            FAMILY,
        ),
        # another word left out, as in a script's path: this model
        ("lab/Foo-LM-3B", "scripts | pretrain_foo_3b.sh", SELF),
        # a version left out: an older model
        ("lab/Foo-1.5-7B", "Foo-7B was trained on 64 GPUs.", OTHER),
    ],
)
def test_a_name_with_our_words_left_out(
    model_id: str, passage: str, about: str
) -> None:
    naming = Naming.for_model(model_id, [model_id], [])
    assert naming.about(passage, default="") == about
