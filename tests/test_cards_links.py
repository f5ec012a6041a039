"""Card front matter (lineage) and links in card text (GitHub repos, arXiv ids)."""

from __future__ import annotations

import pytest

from chipaudit.cards import parse_card
from chipaudit.links import ArxivId, arxiv_ids, github_repos, parse_arxiv_id

# -- cases.md C01: base_model and datasets as a string or a list ----------------

C01_CARDS = [
    # C01 A: one id as a bare string.
    ("---\nbase_model: Qwen/Qwen2.5-7B\n---\n", ["Qwen/Qwen2.5-7B"], []),
    # C01 B: a merge lists its parents in order.
    (
        "---\nbase_model:\n  - Qwen/Qwen2.5-7B\n  - meta-llama/Llama-3.1-8B\n"
        "base_model_relation: merge\n---\n",
        ["Qwen/Qwen2.5-7B", "meta-llama/Llama-3.1-8B"],
        [],
    ),
    # C01 C: a quoted id, and datasets as a bare string (hub issue #2642).
    (
        '---\nbase_model: "Qwen/Qwen2.5-7B"\ndatasets: my-org/hw-logs\n---\n',
        ["Qwen/Qwen2.5-7B"],
        ["my-org/hw-logs"],
    ),
    # C01 D: an empty list.
    ("---\nbase_model: []\n---\n", [], []),
    # Stray items a hand-edited card can hold: numbers, a lone dash, quotes.
    (
        "---\nbase_model: [a/b, 5, '-', \"'c/d'\"]\ndatasets: [x/y]\n---\n",
        ["a/b", "c/d"],
        ["x/y"],
    ),
    ("\ufeff---\nbase_model: a/b\n---\nbody", ["a/b"], []),
]


@pytest.mark.parametrize(("card", "base_models", "datasets"), C01_CARDS)
def test_c01_lineage_shapes(card: str, base_models: list, datasets: list) -> None:
    parsed = parse_card(card)
    assert parsed.base_models == base_models
    assert parsed.datasets == datasets
    assert parsed.warning == ""


@pytest.mark.parametrize(("card", "base_models", "datasets"), C01_CARDS)
def test_c01_no_lineage_entry_is_garbled(
    card: str, base_models: list, datasets: list
) -> None:
    for name in parse_card(card).base_models + parse_card(card).datasets:
        assert len(name) > 1
        assert name != "-"
        assert name[0] not in "'\"" and name[-1] not in "'\""


@pytest.mark.parametrize(
    ("card", "warning", "body"),
    [
        ("no front matter", "", "no front matter"),
        ("---\nunterminated", "front matter has no closing ---", "---\nunterminated"),
        ("---\n- a\n- b\n---\nbody", "front matter is not a mapping", "\nbody"),
        ("---\n---\nbody", "", "\nbody"),
    ],
)
def test_odd_front_matter_never_raises(card: str, warning: str, body: str) -> None:
    parsed = parse_card(card)
    assert parsed.warning == warning
    assert parsed.body == body
    assert parsed.base_models == []


def test_broken_yaml_keeps_the_body() -> None:
    parsed = parse_card("---\nbase_model: [oops\n---\nTrained on 8 A100 GPUs.\n")
    assert parsed.warning.startswith("bad YAML")
    assert parsed.body == "\nTrained on 8 A100 GPUs.\n"


# -- cases.md C13: arXiv link forms ------------------------------------------------


@pytest.mark.parametrize(
    ("link", "expected"),
    [
        ("arXiv:2401.12345v3", ArxivId("2401.12345", 3)),
        ("https://arxiv.org/pdf/2401.12345v2.pdf", ArxivId("2401.12345", 2)),
        ("https://arxiv.org/abs/hep-th/9711200", ArxivId("hep-th/9711200")),
        ("arxiv.org/abs/math.DG/0211159v1", ArxivId("math/0211159", 1)),
        ("math/0211159", ArxivId("math/0211159")),
        ("atom-ph/9601001", ArxivId("atom-ph/9601001")),
        ("https://huggingface.co/papers/2401.12345", ArxivId("2401.12345")),
        ("https://doi.org/10.48550/arXiv.2401.12345", ArxivId("2401.12345")),
        ("2401.12345", ArxivId("2401.12345")),
        ("no id here", None),
    ],
)
def test_c13_link_forms(link: str, expected: ArxivId | None) -> None:
    assert parse_arxiv_id(link) == expected


def test_c13_subject_class_forms_are_one_paper() -> None:
    with_class = parse_arxiv_id("arxiv.org/abs/math.DG/0211159v1")
    without = parse_arxiv_id("math/0211159")
    assert with_class is not None and without is not None
    assert with_class.id == without.id


@pytest.mark.parametrize(
    ("card", "ids"),
    [
        (
            "arXiv:2401.12345v3 then https://arxiv.org/abs/2402.00002 and "
            "arXiv:2401.12345 again",
            ["2401.12345", "2402.00002"],
        ),
        ("[paper](https://arxiv.org/pdf/2401.12345v2.pdf)", ["2401.12345"]),
        ("See https://arxiv.org/abs/hep-th/9711200.", ["hep-th/9711200"]),
        ("Paper: https://huggingface.co/papers/2401.12345", ["2401.12345"]),
        ("doi: 10.48550/arXiv.2401.12345", ["2401.12345"]),
        ("Trained on 2401.12345 tokens.", []),
    ],
)
def test_c13_ids_in_card_text(card: str, ids: list[str]) -> None:
    assert arxiv_ids(card) == ids


@pytest.mark.parametrize(
    ("card", "repos"),
    [
        ("Code: https://github.com/acme/widget", ["acme/widget"]),
        ("git clone https://github.com/acme/widget.git", ["acme/widget"]),
        ("https://github.com/acme/widget/tree/main/train", ["acme/widget"]),
        ("[code](https://github.com/Foo-Bar/baz_1.0).", ["Foo-Bar/baz_1.0"]),
        ("https://github.com/orgs/acme/people", []),
        ("https://github.com/sponsors/someone", []),
    ],
)
def test_github_repos_in_card_text(card: str, repos: list[str]) -> None:
    assert github_repos(card) == repos
