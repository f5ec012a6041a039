"""Resolution: one verdict per model from the findings in all its documents.

Consumes a model's card, the files of its linked repositories, its linked
papers and (when its own card is missing) the cards of its closest relatives;
produces the verdict (training providers and chips, count, disclosure level,
inference providers, compute providers, base models, confidence) and the
evidence rows behind it. Deterministic: the same store gives the same verdict.
"""

from __future__ import annotations

import re
from collections import OrderedDict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import Any

from chipaudit.cards import parse_card
from chipaudit.links import arxiv_ids, github_repos
from chipaudit.signals.catalog import (
    CHINESE_PROVIDERS,
    compute_names,
    confidence_table,
    contexts,
)
from chipaudit.signals.classify import (
    CAPABILITY,
    IMPLIED,
    INFERENCE,
    OWN_CARD,
    PAPER,
    RELATED_CARD,
    REPOSITORY,
    SECTION,
    STATED,
    TRAINING,
    DocumentView,
    Finding,
    RepoContext,
    classify_view,
)
from chipaudit.signals.naming import (
    FAMILY,
    OTHER,
    SELF,
    Naming,
    core_tokens,
    tokens,
)
from chipaudit.store import Document, Store

LEVELS = ("none", "implied", "provider", "chip", "chip+count")
VIEW_CACHE_SIZE = 512
MAX_EVIDENCE_ROWS = 60
# Repositories that host inference or training frameworks for everyone: never
# a model's own code, whatever a card links.
FRAMEWORK_REPOS = re.compile(
    r"^(?:huggingface/(?:transformers|text-generation-inference|peft|trl|accelerate|"
    r"optimum[\w-]*)|vllm-project/vllm|ggerganov/llama\.cpp|ggml-org/llama\.cpp|"
    r"sgl-project/sglang|ollama/ollama|ml-explore/mlx(?:-lm|-examples)?|"
    r"NVIDIA/TensorRT-LLM|InternLM/lmdeploy|hiyouga/LLaMA-Factory|modelscope/ms-swift)$",
    re.I,
)
TRAINING_REPO = re.compile(r"train|deepspeed|megatron|nanotron|foundry", re.I)


@dataclass
class ModelDocuments:
    """The documents one model is judged on, each with its relation."""

    items: list[tuple[Document, str]] = field(default_factory=list)
    repos: list[str] = field(default_factory=list)
    # Repositories found only in the card text, not in the model's links.
    card_repos: list[str] = field(default_factory=list)
    card_text: str = ""


class ViewCache:
    """Prepared documents, shared across the models that link them (a
    repository's files serve every model of its family), least recently used
    dropped first so memory stays bounded on runs of thousands of models."""

    def __init__(self, size: int = VIEW_CACHE_SIZE) -> None:
        self.size = size
        self._views: OrderedDict[str, DocumentView] = OrderedDict()

    def view(self, document: Document) -> DocumentView:
        key = f"{document.document_key}@{document.content_hash}"
        if key in self._views:
            self._views.move_to_end(key)
            return self._views[key]
        view = DocumentView.of(document)
        self._views[key] = view
        if len(self._views) > self.size:
            self._views.popitem(last=False)
        return view


def resolve_model(
    store: Store, model_id: str, cache: ViewCache | None = None
) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """The verdict and evidence rows for one model."""
    cache = cache or ViewCache()
    documents = model_documents(store, model_id)
    card = parse_card(documents.card_text)
    naming = Naming.for_model(
        model_id, store.model_ids(), documents.repos, card.base_models
    )
    findings: list[Finding] = []
    recipe_dirs = example_directories(documents)
    repos = {
        repo: repo_context(store, repo, naming, cache, repo in documents.card_repos)
        for repo in documents.repos
    }
    for document, relation in documents.items:
        repo = document.key.split(":", 1)[0] if document.source == "github" else ""
        view = cache.view(document)
        if view.role in ("training", "code", "script") and _under(
            view.path, recipe_dirs.get(repo)
        ):
            view = replace(view, role="recipe")
        findings.extend(classify_view(view, relation, naming, repos.get(repo)))
    own_views = [
        cache.view(document)
        for document, relation in documents.items
        if relation == OWN_CARD
        or (relation == REPOSITORY and repos[document.key.split(":", 1)[0]].own)
    ]
    domestic = states_domestic_compute(own_views)
    packaging = is_packaging(model_id, card.metadata)
    verdict, deciding = decide(
        model_id, findings, card.base_models, domestic, packaging
    )
    verdict["card_status"] = _card_status(store, model_id)
    return verdict, evidence_rows(findings, deciding)


def model_documents(store: Store, model_id: str) -> ModelDocuments:
    """Own card, linked repositories' files, linked papers, related cards."""
    found = ModelDocuments()
    card = store.get_document("modelcard", model_id)
    links = store.links(model_id)
    repos = list(links.get("github", []))
    papers = list(links.get("arxiv", [])) + list(links.get("papers", []))
    if card is not None:
        found.items.append((card, OWN_CARD))
        found.card_text = card.text
        body = parse_card(card.text).body
        linked = [r for r in github_repos(body) if not FRAMEWORK_REPOS.match(r)]
        found.card_repos = [r for r in linked if r not in repos]
        repos += linked
        papers += arxiv_ids(card.text)
    else:
        for related in related_cards(store, model_id):
            found.items.append((related, RELATED_CARD))
    found.repos = unique(repos)
    for repo in found.repos:
        found.items += [(doc, REPOSITORY) for doc in store.github_documents(repo)]
    for paper in unique(papers):
        document = store.get_document("paper", paper)
        if document is not None:
            found.items.append((document, PAPER))
    return found


def repo_context(
    store: Store,
    repo: str,
    naming: Naming,
    cache: ViewCache,
    from_card_text: bool = False,
) -> RepoContext:
    """Own repository (named like the model), training code, README subject."""
    name = repo.split("/")[-1]
    repo_tokens = core_tokens(name)
    # Named like the model, or like its family ("Qwen3" for Qwen3-0.6B): the
    # repository speaks for the model even where it names siblings.
    own = naming.own[: len(repo_tokens)] == repo_tokens
    readme = store.get_document("github", f"{repo}:README.md")
    default = SELF
    if readme is not None and not own:
        # A repository a card merely links, whose README never names this
        # model or its family, is someone else's code.
        unnamed = OTHER if from_card_text else SELF
        plain = cache.view(readme).tokens
        default = naming.document_default(plain, unnamed=unnamed, strict=from_card_text)
    return RepoContext(own, bool(TRAINING_REPO.search(name)), default)


EXAMPLES_TITLE = re.compile(
    r"\b(?:usage|examples?|tutorials?|getting started|quick ?start|how to)\b", re.I
)


def example_directories(documents: ModelDocuments) -> dict[str, list[str]]:
    """Per repository, the directories whose README presents its scripts as
    usage examples for users: scripts below them are recipes."""
    found: dict[str, list[str]] = {}
    for document, _ in documents.items:
        if document.source != "github":
            continue
        repo, path = document.key.split(":", 1)
        directory, _, name = path.rpartition("/")
        if not directory or name.lower() != "readme.md":
            continue
        title = next(
            (line for line in document.text.splitlines() if line.startswith("#")), ""
        )
        if EXAMPLES_TITLE.search(title):
            found.setdefault(repo, []).append(directory + "/")
    return found


def _under(path: str, directories: list[str] | None) -> bool:
    return any(path.startswith(directory) for directory in directories or [])


def related_cards(store: Store, model_id: str) -> list[Document]:
    """Cards of the same name under another owner (the upstream of a
    conversion), or of the same owner whose name is a prefix of this one's."""
    owner, name = model_id.split("/", 1)
    # Full names here: "Foo-7B" is a shorter name of "Foo-7B-Instruct".
    own = tokens(name)
    related = []
    for other in store.model_ids():
        if other == model_id:
            continue
        other_owner, other_name = other.split("/", 1)
        theirs = tokens(other_name)
        same_name = other_name.lower() == name.lower()
        prefix = (
            other_owner == owner
            and len(theirs) < len(own)
            and own[: len(theirs)] == theirs
        )
        if same_name or prefix:
            card = store.get_document("modelcard", other)
            if card is not None:
                related.append(card)
    return related


def decide(
    model_id: str,
    findings: list[Finding],
    base_models: list[str],
    domestic: bool = False,
    packaging: bool = False,
) -> tuple[dict[str, Any], list[Finding]]:
    """Combine findings into one verdict (the central rule of chipaudit);
    with it, the findings that decided its training providers."""
    # Another owner's fine-tune of a base: what the base's family papers and
    # cards say of "our models" is the base's story, not this model's.
    owner = model_id.split("/")[0].lower()
    stem = core_tokens(model_id.split("/")[-1])[:1]
    foreign = any(
        base.split("/")[0].lower() != owner
        and core_tokens(base.split("/")[-1])[:1] == stem
        for base in base_models
    )
    basis, training = training_tier(findings, domestic, family=not foreign)
    if packaging and training:
        # A quantized or converted copy was not trained: what its card says of
        # training is its base model's story (kept as evidence, not verdict).
        basis, training = "packaging", []
    providers = unique(f.provider for f in training)
    chips = unique(f.chip for f in training if f.chip)
    counts = [f.count for f in training if f.count and f.chip]
    tier = training[0].strength if training else ""
    level = disclosure_level(tier, chips, counts)
    inference = [
        f
        for f in findings
        if f.phase == INFERENCE
        and f.about in (SELF, FAMILY)
        and f.relation != RELATED_CARD
    ]
    verdict = {
        "model_id": model_id,
        "training_providers": providers,
        "training_chips": chips,
        "training_count": max(counts) if counts else None,
        "disclosure": level,
        "inference_providers": unique(f.provider for f in inference),
        "inference_chips": unique(f.chip for f in inference if f.chip),
        "base_models": base_models,
        "base_model_training_providers": [],
        "compute_providers": compute_providers(training),
        "domestic_compute": domestic,
        "decided_by": "rules",
        "basis": basis,
        "confidence": confidence(basis, providers),
        "training_rule": training[0].rule if training else "",
    }
    return verdict, training


BASES = (
    "stated",
    "stated_family",
    "training_section",
    "domestic_capability",
    "implied",
)


# Names that only a quantized copy carries, and names that an original may
# carry too ("Native-4bit-LM", "TinyLM-mlx"): those count with a base model.
PACKAGING_TOKENS = frozenset("gguf ggml awq gptq exl2 quantized quant".split())
FORMAT_TOKENS = frozenset(
    "mlx onnx bnb 2bit 3bit 4bit 5bit 6bit 8bit int4 int8 fp8 nf4 q4 q5 q6 q8"
    " openvino coreml tflite".split()
)


TUNING_TOKENS = frozenset("lora qlora adapter sft dpo finetune ft tuned".split())


def is_packaging(model_id: str, metadata: dict[str, Any]) -> bool:
    """A quantized or format-converted copy of another model (by its name, or
    by `base_model_relation: quantized` in its card)."""
    name = model_id.split("/")[-1]
    # Words as written too: name tokens split "exl2" into "exl" and "2".
    name_tokens = set(tokens(name)) | set(re.split(r"[^a-z0-9]+", name.lower()))
    relation = str(metadata.get("base_model_relation") or "").lower()
    bits_per_weight = re.search(r"\d(?:\.\d+)?bpw\b", name, re.I)
    formats = name_tokens & FORMAT_TOKENS if metadata.get("base_model") else set()
    if formats == {"mlx"} and name_tokens & TUNING_TOKENS:
        formats = set()  # an adapter trained with MLX, not a conversion
    named = bool(name_tokens & PACKAGING_TOKENS or formats or bits_per_weight)
    return named or relation == "quantized"


def training_tier(
    findings: list[Finding], domestic: bool = False, family: bool = True
) -> tuple[str, list[Finding]]:
    """The basis and findings of the strongest tier of training evidence about
    this model: stated about this model, else stated about its family, else
    named in a training section, else a capability confirmed by a
    domestic-compute statement, else implied by training code. With none, the
    basis says whether training evidence about others was set aside. Without
    `family`, statements about the family do not count."""
    usable = [
        f
        for f in findings
        if f.phase == TRAINING and f.about in (SELF, FAMILY) and not _disjunctive(f)
    ]
    stated = [f for f in usable if f.strength == STATED]
    tiers = [
        [f for f in stated if f.about == SELF],
        [f for f in stated if f.about == FAMILY and family and _family_counts(f)],
        [f for f in usable if f.strength == SECTION and f.about == SELF],
        _confirmed_capability(usable) if domestic else [],
        [f for f in usable if f.strength == IMPLIED and f.about == SELF],
    ]
    for basis, tier in zip(BASES, tiers, strict=True):
        if tier:
            if basis == "stated":
                tier = _with_section_peers(tier, usable)
            tier = _with_capability_chips(_drop_family_counts(tier), usable)
            return basis, _with_section_counts(tier, usable)
    set_aside = any(f.phase == TRAINING for f in findings)
    return ("set_aside" if set_aside else "no_training_evidence"), []


def _with_section_peers(tier: list[Finding], usable: list[Finding]) -> list[Finding]:
    """A training section that states one stage's hardware speaks for the
    chips it lists for the other stages too ("- Pretraining: 256 MI250X" and
    "- DPO: 8x H100"): mixed training."""
    sections = {(f.document.document_key, f.section) for f in tier if _is_item(f)}
    peers = [
        f
        for f in usable
        if f.strength == SECTION
        and f.about == SELF
        and f.chip
        and _is_item(f)
        and (f.document.document_key, f.section) in sections
    ]
    return tier + peers


def _is_item(finding: Finding) -> bool:
    """A list item or table row: one line of a list of stages."""
    return bool(re.match(r"\s*(?:[-*+|]|\d+[.)])\s", finding.unit))


def _with_section_counts(tier: list[Finding], usable: list[Finding]) -> list[Finding]:
    """When the chosen evidence names a chip but no count, a training section
    about this model counting that chip ("| GPU | 1× MI300X |") tells how many."""
    chips = {f.chip for f in tier if f.chip}
    if not chips or any(f.count for f in tier):
        return tier
    counted = [
        f
        for f in usable
        if f.strength == SECTION and f.about == SELF and f.chip in chips and f.count
    ]
    return tier + counted


def _with_capability_chips(tier: list[Finding], usable: list[Finding]) -> list[Finding]:
    """When the chosen evidence names a provider but no chip, a capability
    statement or a training-section line about this model naming that
    provider's chip ("supports the Atlas 800T A2 training server", "Hardware:
    384 A100 GPUs") tells which."""
    if any(f.chip for f in tier) or tier[0].strength == IMPLIED:
        return tier
    providers = {f.provider for f in tier}
    detail = [
        f
        for f in usable
        if f.strength in (CAPABILITY, SECTION)
        and f.about == SELF
        and f.chip
        and f.provider in providers
    ]
    return tier + detail


def _family_counts(finding: Finding) -> bool:
    """A statement about the whole family speaks for this model when it is in
    the model's own card, own repository or paper."""
    return finding.relation in (OWN_CARD, REPOSITORY, PAPER)


def _drop_family_counts(tier: list[Finding]) -> list[Finding]:
    """A count a paper states for another size ("our largest model was
    trained on 2048 ...") is not this model's count; one for all sizes ("all
    models were trained on 32 ...") is. A card's family statement keeps its
    count, as the labels read it: the card speaks for the release."""
    other_size = contexts()["other_size"]
    for finding in tier:
        if (
            finding.about == FAMILY
            and finding.relation == PAPER
            and other_size.search(finding.quote)
        ):
            finding.count = None
    return tier


def _disjunctive(finding: Finding) -> bool:
    return bool(contexts()["disjunction"].search(finding.unit))


def _confirmed_capability(usable: list[Finding]) -> list[Finding]:
    return [
        f
        for f in usable
        if f.strength == CAPABILITY
        and f.provider in CHINESE_PROVIDERS
        and f.relation == OWN_CARD
    ]


def states_domestic_compute(views: Iterable[DocumentView]) -> bool:
    """A sentence says the model was trained on domestic (Chinese) compute
    without naming a vendor ("基于国产算力训练")."""
    patterns = contexts()
    for view in views:
        for found in patterns["domestic_compute"].finditer(view.prepared.plain):
            start, end = view.prepared.unit_span(found.start())
            if patterns["training_statement"].search(view.prepared.plain[start:end]):
                return True
    return False


def disclosure_level(tier: str, chips: list[str], counts: list[int]) -> str:
    if not tier:
        return "none"
    if tier == IMPLIED:
        return "implied"
    if chips and counts:
        return "chip+count"
    if chips:
        return "chip"
    return "provider"


def compute_providers(training: list[Finding]) -> list[str]:
    """Who ran the machines, by the names of signals/compute.yaml, from the
    deciding statements and the labelled lines of their sections."""
    texts = [f"{finding.unit}\n{finding.section_fields}" for finding in training]
    found = [
        (text.find(match.group()), index, name)
        for index, text in enumerate(texts)
        for name, pattern in compute_names().items()
        for match in [pattern.search(text)]
        if match
    ]
    return unique(name for _, _, name in sorted(found, key=lambda f: (f[1], f[0])))


def confidence(basis: str, providers: list[str]) -> float:
    """How often a verdict reached this way is right (signals/confidence.yaml,
    measured on labelled data); lower when the evidence names several
    providers, since mixed training and misread evidence look alike."""
    table = confidence_table()
    value = table.get(basis, table["default"])
    if len(providers) > 1:
        value *= table["several_providers_factor"]
    return round(value, 2)


def evidence_rows(
    findings: list[Finding], deciding: list[Finding]
) -> list[dict[str, Any]]:
    """The findings that decided the verdict first, then other training and
    inference findings, then the rest, capped."""
    decisive = {id(finding) for finding in deciding}
    ranked = sorted(
        findings,
        key=lambda f: (
            id(f) not in decisive,
            {TRAINING: 0, INFERENCE: 1}.get(f.phase, 2),
            {SELF: 0, FAMILY: 1, OTHER: 2}.get(f.about, 3),
            f.document.document_key,
            f.line,
            not f.chip,
            f.count is None,
        ),
    )
    rows: list[dict[str, Any]] = []
    seen: set[tuple[str, int, str, str]] = set()
    for finding in ranked:
        key = (
            finding.document.document_key,
            finding.line,
            finding.provider,
            finding.phase,
        )
        if key in seen:
            continue
        seen.add(key)
        rows.append(finding.evidence_row())
        if len(rows) >= MAX_EVIDENCE_ROWS:
            break
    return rows


def _card_status(store: Store, model_id: str) -> str:
    model = store.get_model(model_id)
    status = model["card_status"] if model else "unknown"
    if status == "unknown":
        return "ok" if store.has_document("modelcard", model_id) else "absent"
    return str(status)


def unique(items: Iterable[str]) -> list[str]:
    """The non-empty items, first occurrence kept, in order."""
    seen: list[str] = []
    for item in items:
        if item and item not in seen:
            seen.append(item)
    return seen
