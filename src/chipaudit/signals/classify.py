"""Classify every mention in one document: phase, strength, count, attribution.

Consumes a stored document, its relation to the model (own card, related card,
repository file, paper) and the model's `Naming`; produces `Finding`s, each a
mention with its phase (training / inference / neither), the rule that
decided it, the strength of a training statement (stated / capability /
implied), the chip count when one is given, and the verbatim quote.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import cached_property, lru_cache

from chipaudit.signals.catalog import Mention, contexts, find_mentions
from chipaudit.signals.naming import FAMILY, OTHER, SELF, Naming, cased_tokens
from chipaudit.store import Document
from chipaudit.text import Prepared, prepare

TRAINING, INFERENCE, NEITHER = "training", "inference", "neither"
# Strengths of training evidence, strongest first: a statement, a mention in a
# training section, a capability ("supports training on"), code that shows it.
STATED, SECTION, CAPABILITY, IMPLIED = "stated", "section", "capability", "implied"
QUOTE_LIMIT = 320
# A document naming chips more often than this (a generated list, a log) is
# classified on its first mentions: the cost of a mention is bounded, a run
# is not held up by one document.
MAX_MENTIONS = 5000
logger = logging.getLogger(__name__)
CODE_SUFFIXES = (
    ".py",
    ".sh",
    ".bash",
    ".slurm",
    ".sbatch",
    ".yaml",
    ".yml",
    ".json",
    ".toml",
    ".cfg",
    ".txt",
    ".ipynb",
    ".pbs",
    ".job",
    ".pbtxt",
    ".mk",
)
# Relations of a document to the model being resolved.
OWN_CARD, RELATED_CARD, REPOSITORY, PAPER = "own_card", "related_card", "repo", "paper"


@dataclass
class Finding:
    """One classified mention, ready to become an evidence row."""

    mention: Mention
    document: Document
    relation: str
    phase: str
    rule: str
    strength: str
    about: str
    count: int | None
    quote: str
    line: int
    unit: str
    # Labelled lines of the section holding a training mention ("Cloud
    # Provider: AWS"), where the compute provider is often written.
    section_fields: str = ""
    # Where the section holding a training mention starts (-1: not training).
    section: int = -1

    @property
    def provider(self) -> str:
        return self.mention.provider

    @property
    def chip(self) -> str:
        return self.mention.chip

    def evidence_row(self) -> dict[str, object]:
        return {
            "source": self.document.source,
            "document_key": self.document.document_key,
            "line": self.line,
            "phase": self.phase,
            "provider": self.provider,
            "chip": self.chip,
            "count": self.count,
            "quote": self.quote,
            "rule": self.rule,
            "about": self.about,
        }


@dataclass
class DocumentView:
    """A document prepared once and shared by every model that links it."""

    document: Document
    prepared: Prepared
    mentions: list[Mention]
    path: str
    role: str
    # The file launches training or configures it (torchrun, learning rate).
    trains: bool = False

    @cached_property
    def tokens(self) -> list[str]:
        """The plain view's name tokens, for naming decisions."""
        return cased_tokens(self.prepared.plain)

    @classmethod
    def of(cls, document: Document) -> DocumentView:
        path = document.key.split(":", 1)[1] if document.source == "github" else ""
        prepared = prepare(document.text, source=document.source, path=path)
        found = find_mentions(prepared.plain)
        if len(found) > MAX_MENTIONS:
            logger.warning(
                "%s: %d chip mentions; only the first %d are classified",
                document.document_key,
                len(found),
                MAX_MENTIONS,
            )
            found = found[:MAX_MENTIONS]
        mentions = [
            replace(mention, kind="code", chip="")
            if in_url(prepared.plain, mention)
            else mention
            for mention in _without_borrowed_names(found)
            if not in_repo_id(prepared.plain, mention)
        ]
        role = file_role(path)
        launches = bool(LAUNCH.search(prepared.plain))
        trains = launches or bool(TRAIN_CONFIG.search(prepared.plain))
        if role == "script" and launches:
            role = "code"  # a launcher of some training run, not a model run
        return cls(document, prepared, mentions, path, role, trains)


# ROCm's RCCL reads NCCL's variable names ("NCCL_SOCKET_IFNAME"): in a
# document that shows AMD code, they name no NVIDIA hardware.
BORROWED_NAME = re.compile(r"^(?:NCCL|nccl)(?:_[A-Z_]+)?$")


def _without_borrowed_names(mentions: list[Mention]) -> list[Mention]:
    if not any(m.provider == "amd" and m.kind == "code" for m in mentions):
        return mentions
    return [
        m
        for m in mentions
        if not (m.provider == "nvidia" and BORROWED_NAME.match(m.text))
    ]


def file_role(path: str) -> str:
    """training | inference | environment | recipe | code | prose, from a path."""
    if not path:
        return "prose"
    patterns = contexts()
    name = path.rsplit("/", 1)[-1]
    is_code = (
        name.endswith(CODE_SUFFIXES) or "." not in name or name.startswith("Dockerfile")
    )
    if patterns["changelog_path"].search(path):
        return "changelog"
    if patterns["ci_path"].search(path) and is_code:
        return "ci"
    if patterns["environment_path"].search(path):
        return "environment"
    if not is_code or name.endswith((".md", ".rst")):
        return "recipe_doc" if patterns["recipe_directory"].search(path) else "prose"
    if patterns["recipe_path"].search(path):
        return "recipe"
    if patterns["training_path"].search(path):
        return "training"
    if patterns["inference_path"].search(path):
        return "inference"
    if name.endswith((".sh", ".bash")):
        return "script"
    return "code"


@dataclass(frozen=True)
class RepoContext:
    """What a repository is to the model: its own (named like it), training
    code (a training framework or fork), and whom its README speaks of."""

    own: bool = False
    training: bool = False
    default: str = SELF


def classify_view(
    view: DocumentView,
    relation: str,
    naming: Naming,
    repo: RepoContext | None = None,
) -> list[Finding]:
    """Classify every mention of one document for one model."""
    repo = repo or RepoContext()
    training_repo = repo.training
    if view.role == "code" and view.trains and relation == REPOSITORY:
        # A launcher or training config of the model's own repository, or
        # one named for the model: its own training code.
        named = SELF in naming.mentions(view.path.replace("/", " | "))
        if repo.own or named:
            view = replace(view, role="training")
    view_default = SELF
    if relation == REPOSITORY and not repo.own:
        view_default = naming.document_default(view.tokens, view.path)
        if view_default == SELF:
            view_default = repo.default
    elif relation == REPOSITORY:
        # Even in the model's own repository a file named for a sibling
        # ("slurm/foo_70b.sbatch") is that sibling's.
        view_default = naming.document_default([], view.path)
    return [
        _classify(view, mention, relation, naming, training_repo, view_default)
        for mention in view.mentions
    ]


def _classify(
    view: DocumentView,
    mention: Mention,
    relation: str,
    naming: Naming,
    training_repo: bool,
    view_default: str,
) -> Finding:
    prepared = view.prepared
    start, end = prepared.unit_span(mention.start)
    unit = prepared.plain[start:end]
    headings = prepared.headings_at(mention.start)
    clause_start, clause_end = _clause_span(unit, mention.start - start)
    clause = unit[clause_start:clause_end]
    # A table row reads with its caption and its column names.
    table = (_table_caption(prepared, start, end), _table_header(prepared, start))
    lead_in = _lead_in(prepared, mention.start) or " ".join(filter(None, table))
    if lead_in:
        # A list item reads with the sentence that introduces the list:
        # "We have tested it on these GPUs:" then "* NVIDIA A100".
        clause = f"{lead_in} {clause}"
        unit_for_phase = f"{lead_in} {unit}"
    else:
        unit_for_phase = unit
    # A card's title that is the model's name says nothing of the section
    # ("# widget-7b-sql-lora" is no fine-tuning recipe).
    title = _card_title(view, relation)
    sections = [h for h in headings if not (h == title and naming.names_self(h))]
    phase, rule, strength = decide_phase(
        view, mention, clause, sections, training_repo, relation
    )
    if clause != unit_for_phase and rule.endswith(":none"):
        phase, rule, strength = decide_phase(
            view, mention, unit_for_phase, sections, training_repo, relation
        )
    elif strength == SECTION and ELLIPTICAL.match(clause):
        # "The 2B model was trained on X, the 9B model on Y": the second
        # clause shares the first one's verb, and its statement.
        if (
            decide_phase(view, mention, unit, sections, training_repo, relation)[2]
            == STATED
        ):
            phase, rule, strength = TRAINING, "statement:trained", STATED
    about = _about(
        view, mention, unit, headings, relation, naming, training_repo, view_default
    )
    patterns = contexts()
    if (
        about in (SELF, FAMILY)
        and patterns["third_party"].search(unit)
        and not patterns["first_person"].search(unit)
    ):
        about = OTHER
    elif about in (SELF, FAMILY) and patterns["family"].search(unit):
        about = FAMILY
    about = _about_clause(unit, clause_start, clause_end, relation, naming, about)
    respective = _respective_name(view, mention, start, end, naming)
    if respective:
        about = naming.about(respective, default=OTHER)
    count = chip_count(prepared.plain, mention, start, end)
    if count is None and mention.kind == "chip":
        count = _count_column(unit, _table_header(prepared, start))
    quote = _quote(prepared.plain, start, end, mention)
    return Finding(
        mention=mention,
        document=view.document,
        relation=relation,
        phase=phase,
        rule=rule,
        strength=strength,
        about=about,
        count=count,
        quote=quote,
        line=prepared.line_of(mention.start),
        unit=unit,
        section_fields=_section_fields(prepared, mention) if phase == TRAINING else "",
        section=prepared.section_span(mention.start)[0] if phase == TRAINING else -1,
    )


# A clause with no verb of its own: "the 9B model on 4096 TPUv4 chips".
ELLIPTICAL = re.compile(
    r"^\W*(?:and\s+)?(?:the\s+)?[\w.-]+(?:\s+[\w.-]+)?\s+(?:on|with|using)\s", re.I
)
CLAUSE_BREAK = re.compile(
    r",\s*(?:and\s+)?then\b|;\s|\s(?:while|whereas)\s|,\s*but\s|"
    r"\s+and\s+then\s+|，(?:然后|并|而)|；|"
    # "..., and we fine-tuned it on ...", "train on X and deploy it on Y"
    r",?\s+and\s+(?=(?:we|I)\s|(?:deploy|serve|run|test|evaluat|benchmark)\w*\s)|"
    # a relative clause: "distilled from X (which was trained on ...)"
    r",\s*(?=which\s)|\(\s*(?=which\s|(?:pre-?)?trained\s)|"
    # another sized model's clause: "..., and Foo-8B on 1,024 TPU v5p chips",
    # "The 2B model was trained on X, the 9B model on Y"
    r",\s+and\s+(?=[A-Z][\w.]*(?:-[\w.]+)*-\d+(?:\.\d+)?[BM]\b)|"
    r",\s+(?:and\s+)?(?=the\s+\d+(?:\.\d+)?[BM]\s+(?:model|variant|version)\b)|"
    # a comparison after the statement: "..., 1.2x faster than on A100"
    r",\s*(?=(?:\d+(?:\.\d+)?\s*[x×]\s+|far\s+|much\s+)?"
    r"(?:faster|slower|compared|versus|less than|more than|fewer than)\b)|"
    r"，(?=[^，。]{0,30}(?:相比|相较|对比|优于|快于|倍))"
)


def _clause_span(unit: str, offset: int) -> tuple[int, int]:
    """The clause of a sentence that holds an offset: "pre-trained on X, then
    we serve it on Y" has a training clause and a serving clause."""
    start, end = 0, len(unit)
    breaks = [(found.start(), found.end()) for found in CLAUSE_BREAK.finditer(unit)]
    leading = LEADING_CLAUSE.match(unit)
    if leading:
        breaks = sorted([leading.span("cut"), *breaks])
    breaks = sorted(breaks + _relative_ends(unit, breaks))
    for break_start, break_end in breaks:
        if break_end <= offset:
            start = break_end
        elif break_start >= offset:
            end = break_start
            break
    return start, end


# A comma before a sized model name: "Unlike Foo-70B, which was trained on
# X, Foo-7B was trained on Y" ends the relative clause there.
NAME_AFTER_COMMA = re.compile(r",\s+(?=[A-Z][\w.]*(?:-[\w.]+)*-\d+(?:\.\d+)?[BM]\b)")


def _relative_ends(unit: str, breaks: list[tuple[int, int]]) -> list[tuple[int, int]]:
    ends = []
    for found in NAME_AFTER_COMMA.finditer(unit):
        before = [end for _, end in breaks if end <= found.start()]
        if before and unit[max(before) :].startswith("which"):
            ends.append(found.span())
    return ends


# "While Foo-7B was pretrained on X, this adapter was trained on Y": the
# leading clause ends at its comma.
LEADING_CLAUSE = re.compile(
    r"^(?:While|Whilst|Whereas|Although|Though|Unlike)\b[^,]{1,160}?(?P<cut>,\s)", re.I
)


RELATIVE = re.compile(r"(?:which|(?:pre-?)?trained)\s")
# A size named without the model's name: "the 9B model", "7B variant".
BARE_SIZE = re.compile(
    r"\b(\d+(?:\.\d+)?)\s*([BM])(?:[- ]parameters?)?\s+"
    r"(?:model|variant|version|checkpoint)s?\b",
    re.I,
)


def _our_size(size: re.Match[str], naming: Naming) -> bool:
    return f"{size.group(1)}{size.group(2)}".lower() in naming.own


# The last words before a relative clause: "distilled from Widget-70B, which
# was trained on ..." speaks of Widget-70B.
ANTECEDENT_SPLIT = re.compile(
    r"\s(?:from|of|by|than|with|on|and|is|was|are|were|to|into)\s", re.I
)


def _about_clause(
    unit: str, start: int, end: int, relation: str, naming: Naming, about: str
) -> str:
    """Whom the clause holding a mention speaks of, where it says more than the
    unit: a relative clause speaks of the model just before it, a clause that
    says "this model" speaks of this one, and a clause that derives this model
    from its base ("we fine-tuned Foo-7B on ...") reports this model's training
    even though it names the base."""
    patterns = contexts()
    clause = unit[start:end]
    if RELATIVE.match(clause):
        antecedent = ANTECEDENT_SPLIT.split(unit[max(0, start - 80) : start])[-1]
        if naming.about(antecedent, default="") == OTHER:
            return OTHER
    if clause != unit and about != OTHER:
        # "Foo-2B was trained on X, and Foo-8B on Y": the clause's own name;
        # "Prior work trained ... on X, whereas we train on Y": its subject.
        others = patterns["third_party"].search(clause) and not patterns[
            "first_person"
        ].search(clause)
        if others or naming.about(clause, default="") == OTHER:
            return OTHER
        size = BARE_SIZE.search(clause)
        if size and not _our_size(size, naming):
            return OTHER
        return about
    if about != OTHER or relation == RELATED_CARD:
        return about
    if clause != unit:
        if patterns["third_party"].search(clause):
            return OTHER
        named = naming.about(clause, default="")
        if named:
            return named
        if patterns["self_reference"].search(clause):
            return SELF
    elif patterns["self_reference"].search(unit) and not naming.about(unit, default=""):
        # "本 LoRA 适配器在 8 张昇腾 910B 上微调完成" under a heading that names
        # the base: the sentence says whom it speaks of.
        return SELF
    derived = patterns["derived_from_base"].search(clause)
    if derived and naming.names_a_base(unit):
        return SELF
    return about


def decide_phase(
    view: DocumentView,
    mention: Mention,
    unit: str,
    headings: list[str],
    training_repo: bool,
    relation: str = REPOSITORY,
) -> tuple[str, str, str]:
    """(phase, rule, strength) for one mention, from the file's role, the
    headings above it and the unit around it."""
    patterns = contexts()
    role = view.role
    if role in ("changelog", "ci"):
        return NEITHER, f"path:{role}", ""
    reports = patterns["reported_training"].search(unit)
    if role == "recipe_doc" and not training_repo and not reports:
        # A recipe directory's README instructs users, unless it reports
        # what was trained ("X was trained with train_script.py on ...").
        return NEITHER, "path:recipe_doc", ""
    if role not in ("prose", "recipe_doc"):
        return _code_phase(role, unit, training_repo)
    if _negated(view.prepared.plain, mention):
        return NEITHER, "context:negated", ""
    heading = " / ".join(headings[-2:])
    reported = bool(patterns["own_training_report"].search(unit))
    if reported and mention.kind != "code":
        return TRAINING, "statement:own_training", STATED
    if headings and patterns["neither_heading"].search(headings[-1]):
        return NEITHER, "heading:not_hardware", ""
    if patterns["neither"].search(unit):
        return NEITHER, "context:not_hardware", ""
    if _in_citation(view.prepared.plain, mention):
        return NEITHER, "context:citation", ""
    if view.prepared.in_code(mention.start):
        return _code_block_phase(unit, heading, training_repo)
    if patterns["training_statement"].search(unit):
        return _training_statement(unit, heading, view, relation, mention)
    if heading and patterns["recipe_heading"].search(heading):
        return NEITHER, "heading:recipe", ""
    if _says_trained(unit) and patterns["recipe"].search(unit):
        # "Run X training on 4 A100 nodes", "set the number of GPUs you wish
        # to use for training": instructions to the reader, not serving.
        return NEITHER, "statement:recipe", ""
    if _installs_only(unit):
        return NEITHER, "context:install", ""
    line_start, line_end = view.prepared.line_span(mention.start)
    if (
        heading
        and HARDWARE_LINE.match(view.prepared.plain[line_start:line_end])
        and patterns["training_heading"].search(heading)
        and not patterns["inference"].search(heading)
    ):
        # "- Hardware: free Colab T4" under "How I trained it".
        return TRAINING, "heading:training", SECTION
    if patterns["inference"].search(unit) or patterns["usage_code"].search(unit):
        return INFERENCE, "context:inference", ""
    if heading and patterns["inference"].search(heading):
        return INFERENCE, "heading:inference", ""
    if heading and patterns["training_heading"].search(heading):
        if mention.kind == "code":
            return NEITHER, "heading:training_code", ""
        if _strong_recipe(unit) or (
            relation != OWN_CARD and patterns["recipe"].search(unit)
        ):
            return NEITHER, "statement:recipe", ""
        if patterns["capability"].search(unit):
            return TRAINING, "heading:capability", CAPABILITY
        return TRAINING, "heading:training", SECTION
    return NEITHER, "context:none", ""


def _strong_recipe(unit: str) -> bool:
    """Recipe cues no report outweighs: the reader addressed, an imperative."""
    patterns = contexts()
    found = patterns["recipe"].search(unit)
    while found:
        if not patterns["recipe_weak"].fullmatch(found.group()):
            return True
        found = patterns["recipe"].search(unit, found.end())
    return False


def _training_statement(
    unit: str, heading: str, view: DocumentView, relation: str, mention: Mention
) -> tuple[str, str, str]:
    patterns = contexts()
    if patterns["capability"].search(unit):
        if patterns["recipe"].search(unit):
            # "We provide fine-tuning scripts that support X or Y": a recipe.
            return NEITHER, "statement:recipe", ""
        return TRAINING, "statement:capability", CAPABILITY
    is_paper = view.document.source == "paper"
    reported = patterns["first_person"].search(unit) or patterns[
        "reported_training"
    ].search(unit)
    weak = patterns["recipe_weak"].search(unit) and not reported
    if not is_paper and (_strong_recipe(unit) or weak):
        if patterns["inference"].search(unit):
            # A guide to run the model (and maybe tune it yourself): usage.
            return INFERENCE, "statement:guide", ""
        return NEITHER, "statement:recipe", ""
    if (
        not is_paper
        and heading
        and patterns["recipe_heading"].search(heading)
        and not patterns["first_person"].search(unit)
        and relation != OWN_CARD
    ):
        return NEITHER, "heading:recipe", ""
    if patterns["inference"].search(unit) and not _says_trained(unit):
        return INFERENCE, "context:inference", ""
    if mention.kind == "code":
        return TRAINING, "statement:code", IMPLIED
    return TRAINING, "statement:trained", STATED


# Words that deny the hardware right after them: "未使用英伟达 GPU",
# "could not obtain A100 or H100", "without any TPUs".
NEGATION_BEFORE = re.compile(
    r"(?:无法获得|无法使用|未使用|没有使用|不使用|未采用|并未使用|"
    r"(?:并非|不是|而非|(?<![非])非)(?:在|于|使用|基于)?|"
    r"\bwithout(?:\s+using)?(?:\s+any)?|\bcould\s+not\s+(?:get|obtain|access|buy)|"
    r"\bnever\s+used|\bno|\binstead\s+of|\brather\s+than|\bnon-|"
    r"(?:\bnot|n't)\s+(?:\w+\s+){0,2}(?:on|with|using)(?:\s+any)?)"
    r"\s*(?:[\w-]+\s*(?:或|和|、|/|\bor\b|\band\b)\s*)?$",
    re.I,
)


def _negated(plain: str, mention: Mention) -> bool:
    return bool(
        NEGATION_BEFORE.search(plain[max(0, mention.start - 40) : mention.start])
    )


# A year closing the parenthesis; "(A100 × 2048)" is a count, not a year.
CITATION_AFTER = re.compile(
    r"^[^()\n×*]{0,40}?,?\s*(?:et al\.?,?\s*)?(?<!\bx\s)(?<!\bx)(?:19|20)\d\d[a-z]?\)"
)
URL_AROUND = re.compile(r"(?:https?://|www\.|\]\()\S*$")


def _in_citation(plain: str, mention: Mention) -> bool:
    """ "(NVIDIA, 2025)": a reference, not a statement."""
    before = plain[max(0, mention.start - 30) : mention.start]
    after = plain[mention.end : mention.end + 60]
    return "(" in before[-25:] and bool(CITATION_AFTER.match(after))


REPO_ID = re.compile(r"[A-Za-z0-9][\w.-]*/[\w.]*[-_][\w.-]*")


def in_repo_id(plain: str, mention: Mention) -> bool:
    """A vendor name inside a Hub or GitHub id ("cerebras/Cerebras-GPT-13B",
    "Graphcore/bert-large-ipu") names a repository, not hardware."""
    if mention.kind == "code":
        return False
    start = mention.start
    while (
        start > 0
        and not plain[start - 1].isspace()
        and plain[start - 1] not in "\"'`(=,["
    ):
        start -= 1
    end = mention.end
    while end < len(plain) and not plain[end].isspace() and plain[end] not in "\"'`),]":
        end += 1
    return bool(REPO_ID.fullmatch(plain[start:end]))


def in_url(plain: str, mention: Mention) -> bool:
    """A mention inside a link target ("github.com/NVIDIA/Megatron-LM")."""
    return bool(URL_AROUND.search(plain[max(0, mention.start - 80) : mention.start]))


def _says_trained(unit: str) -> bool:
    return bool(
        re.search(
            r"\b(?:pre-?)?trained\b|\bpre-?training\b|\btraining\b|\bfine-?tun(?:ed|ing)\b|"
            r"\bpost-training\b|\b(?:SFT|DPO|RLHF|GRPO|PPO)\b|"
            r"\bdistilled\b|GPU[- ]hours|\bHours used\b|训练|微调|訓練|学習|학습|"
            r"обучен|entrenad|entraîné|trainiert|treinad|ajustad|dilatih|eğitil|تدريب",
            unit,
            re.I,
        )
    )


def _code_phase(role: str, unit: str, training_repo: bool) -> tuple[str, str, str]:
    if role == "training" or (
        training_repo and role in ("recipe", "environment", "code", "script")
    ):
        return TRAINING, f"code:{role}_file", IMPLIED
    if role == "recipe":
        return NEITHER, "code:recipe_file", ""
    if role == "environment":
        return INFERENCE, "code:environment_file", ""
    if role == "inference" or contexts()["usage_code"].search(unit):
        return INFERENCE, "code:usage", ""
    if role == "script":
        # A shell script that is neither training nor a recipe runs the model.
        return INFERENCE, "code:script", ""
    return NEITHER, "code:library", ""


# A configuration of a training run: an optimiser's settings.
TRAIN_CONFIG = re.compile(
    r"(?m)^\s*[\"']?(?:learning_rate|lr|max_steps|num_train_epochs|max_epochs|"
    r"train_batch_size|global_batch(?:_size)?|gradient_accumulation_steps|"
    r"warmup_steps|optimizer|distributed_type|num_nodes)[\"']?\s*[:=]|"
    r"^\s*strategy\s*[:=]\s*[\"']?(?:ddp|deepspeed|fsdp)"
)
# A command that launches distributed training.
LAUNCH = re.compile(
    r"\b(?:torchrun|deepspeed|accelerate launch|srun|sbatch|"
    r"train\w*\.(?:py|sh)|pretrain\w*)"
)
HARDWARE_LINE = re.compile(
    r"^\W*(?:\S+\s+)?(?:hardware|gpus?|compute|accelerators?|devices?|硬件|显卡|算力)"
    r"\s*(?:\*\*)?\s*[:：|]",
    re.I,
)
# A key and its value in a configuration: `"gpu": "A100",`, `devices: 8`.
CONFIG_LINE = re.compile(r"^\s*[\"']?[\w.-]+[\"']?\s*[:=]\s*\S")
RUN_CUE = re.compile(
    r"\b(?:run|runs|running|inference|infer|serv\w*|deploy\w*|execution|"
    r"encod\w*|generat\w*)\b|推理|部署|运行",
    re.I,
)


def _installs_only(unit: str) -> bool:
    """ "pip install torch --index-url .../cu121", "Installing PyTorch with
    CUDA support is recommended": software set up, no hardware run on."""
    patterns = contexts()
    return bool(
        patterns["install_note"].search(unit)
        and not patterns["usage_code"].search(unit)
        and not RUN_CUE.search(unit)
    )


def _code_block_phase(
    unit: str, heading: str, training_repo: bool
) -> tuple[str, str, str]:
    patterns = contexts()
    if _installs_only(unit):
        return NEITHER, "code:install", ""
    if LAUNCH.search(unit):
        if training_repo:
            return TRAINING, "code:training_command", IMPLIED
        return NEITHER, "code:recipe_command", ""
    if heading and patterns["recipe_heading"].search(heading):
        return NEITHER, "heading:recipe", ""
    if heading and patterns["setup_heading"].search(heading):
        return INFERENCE, "code:setup", ""
    if (
        heading
        and CONFIG_LINE.match(unit)
        and patterns["training_heading"].search(heading)
        and not patterns["usage_code"].search(unit)
        and not patterns["inference"].search(heading)
    ):
        # A configuration shown under "Training config": the run's settings.
        return TRAINING, "heading:training_config", SECTION
    return INFERENCE, "code:usage", ""


def _about(
    view: DocumentView,
    mention: Mention,
    unit: str,
    headings: list[str],
    relation: str,
    naming: Naming,
    training_repo: bool,
    view_default: str,
) -> str:
    """Who the unit speaks of; a related card speaks of its own model unless
    the unit names this one better."""
    default = OTHER if relation == RELATED_CARD else view_default
    if relation == RELATED_CARD and _same_name(view.document.key, naming.model_id):
        # The upstream of a copy bears the same name: no passage in it can
        # name this model more exactly than its own.
        return OTHER
    sibling_document = default == OTHER
    if view.role not in ("prose", "recipe_doc"):
        return default
    if training_repo and relation == REPOSITORY and view_default == SELF:
        # The prose of a training-code repository documents the codebase (often
        # a fork): it speaks for this model only where it names it.
        default = OTHER
    block = view.prepared.code_block_at(mention.start)
    if block is not None:
        # Inside a code example the model it loads names its subject.
        scopes = [view.prepared.plain[block[0] : block[1]]]
    else:
        # The unit's own words first, then the list item above, then the
        # heading: "The base model, x/y, was trained on ..." under a heading
        # naming this model is still about the base model.
        scopes = [unit, _parent_item(view.prepared, mention.start), *headings[-1:]]
    title = _card_title(view, relation)
    about = default
    for scope in scopes:
        named = naming.about(scope, default="") if scope else ""
        if named == OTHER and scope == title and not naming.names_sibling(scope):
            # A card's own title is a short or spaced form of the model's name
            # ("# Widget Cardio" for widget-cardio-v2) unless it names another.
            named = SELF
        if named:
            # In a document about a sibling, naming the family alone does
            # not make a passage ours.
            about = OTHER if named == FAMILY and sibling_document else named
            break
    if about != OTHER and ANAPHOR.match(unit):
        # "Foo-70B is out. It was pretrained on ...": "it" is the model the
        # sentence before named.
        previous = _previous_sentence(view.prepared, mention.start)
        if previous and naming.about(previous, default="") == OTHER:
            about = OTHER
    if (
        about != OTHER
        and not naming.names_self(unit)
        and names_foreign_model(unit, naming)
    ):
        # "Gizmo-3B was trained on ...": a model we do not know, not ours.
        about = OTHER
    if relation == RELATED_CARD and about == FAMILY:
        return OTHER
    return about


RESPECTIVELY = re.compile(r"\brespectively\b|分别")


def _respective_name(
    view: DocumentView, mention: Mention, start: int, end: int, naming: Naming
) -> str:
    """ "A and B were trained on X and Y, respectively": the model name paired
    with this mention, when the unit names as many sized models as chips."""
    unit = view.prepared.plain[start:end]
    if not RESPECTIVELY.search(unit):
        return ""
    names = [
        found.group()
        for found in MODEL_NAME.finditer(unit)
        if found.group(1).lower() not in NOT_MODEL_NAMES
        and not _names_hardware(found.group())
    ]
    chips = [m for m in view.mentions if start <= m.start < end and m.kind == "chip"]
    if len(names) < 2 or len(names) != len(chips):
        return ""
    # A vendor name ("Ascend ... NPUs") goes with its provider's chip.
    same = [m for m in chips if m.provider == mention.provider]
    if mention not in chips and len(same) != 1:
        return ""
    return names[chips.index(mention if mention in chips else same[0])]


ANAPHOR = re.compile(r"^\W*(?:It|Its|They|Their|The model|该模型|它)\b")


def _previous_sentence(prepared: Prepared, offset: int) -> str:
    """The sentence before the one holding an offset, on the same line."""
    start, _ = prepared.unit_span(offset)
    before = start - 1
    while before > 0 and prepared.plain[before].isspace():
        before -= 1
    if before <= 0 or prepared.line_span(before) != prepared.line_span(offset):
        return ""
    low, high = prepared.unit_span(before)
    return prepared.plain[low:high] if high <= start else ""


def _same_name(model_id: str, other_id: str) -> bool:
    return model_id.split("/")[-1].lower() == other_id.split("/")[-1].lower()


def _card_title(view: DocumentView, relation: str) -> str:
    """The first heading of the model's own card, its title."""
    headings = view.prepared.headings
    return headings[0].text if relation == OWN_CARD and headings else ""


FIELD_LINE = re.compile(
    r"^[\s*|-]*(?:\*\*)?[\w ]*(?:cloud|compute|provider|platform|infrastructure|"
    r"cluster|supercomputer|region|hosted)[\w ]*(?:\*\*)?\s*[:|]",
    re.I | re.M,
)


def _section_fields(prepared: Prepared, mention: Mention) -> str:
    """The labelled lines ("Cloud Provider: AWS") of the section a mention is in."""
    start, end = prepared.section_span(mention.start)
    section = prepared.plain[start : min(end, start + 4000)]
    lines = section.splitlines()
    return "\n".join(line for line in lines if FIELD_LINE.match(line))


# A model name with a size: "Gizmo-3B", "SpeedLM-1.3B", "Widget 70B".
MODEL_NAME = re.compile(
    r"(?<![\w-])([A-Z][A-Za-z0-9.]*(?:-[A-Za-z0-9.]+)*)[- ](\d+(?:\.\d+)?[BM])(?![\w])"
)


@lru_cache(maxsize=4096)
def _names_hardware(name: str) -> bool:
    return bool(find_mentions(name))


def names_foreign_model(unit: str, naming: Naming) -> bool:
    """The unit names a sized model that is neither this one nor its family."""
    for found in MODEL_NAME.finditer(unit):
        name = found.group(1)
        if name.lower() in NOT_MODEL_NAMES or _names_hardware(found.group()):
            continue  # "The 8B model", "Ascend 910B"
        if naming.about(found.group(), default="") == "":
            return True
    return False


NOT_MODEL_NAMES = frozenset(
    "the a an our this that these those each all both its their every our"
    " only first second last new base".split()
)


def _lines_above(
    prepared: Prepared, line_start: int, limit: int
) -> Iterator[tuple[int, str]]:
    """The lines above the one starting at line_start, nearest first, with
    their start offsets; at most limit of them."""
    cursor = line_start - 1
    for _ in range(limit):
        if cursor <= 0:
            return
        above_start = prepared.plain.rfind("\n", 0, cursor) + 1
        yield above_start, prepared.plain[above_start:cursor]
        cursor = above_start - 1


def _table_header(prepared: Prepared, offset: int) -> str:
    """The header row of the Markdown table a row is in ("| Model | Training
    hardware |"): a cell reads with its column names."""
    line_start, line_end = prepared.line_span(offset)
    if not prepared.plain[line_start:line_end].lstrip().startswith("|"):
        return ""
    header = ""
    for _, above in _lines_above(prepared, line_start, 200):
        if not above.lstrip().startswith("|"):
            break
        header = above
    return header.strip() if header and not set(header) <= set("|-: ") else ""


TABLE_CAPTION = re.compile(r"^\s*Table\s+[A-Z]?\d+[.:]\s")
TABLE_ROW_MAX = 80


def _table_caption(prepared: Prepared, start: int, end: int) -> str:
    """For a short row of a table in paper text (no sentence, some numbers),
    the "Table N: ..." caption a few lines above it."""
    row = prepared.plain[start:end]
    if not prepared.is_paper or len(row) > TABLE_ROW_MAX or "." in row[-2:]:
        return ""
    if not any(char.isdigit() for char in row):
        return ""
    for _, above in _lines_above(prepared, start, 20):
        if TABLE_CAPTION.match(above):
            return above.strip()
        if len(above) > TABLE_ROW_MAX:
            return ""  # prose: the row is not in a captioned table
    return ""


# A table column that counts chips: "卡数", "#GPUs", "Number of NPUs", "GPUs".
COUNT_HEADER = re.compile(
    r"卡数|芯片数|数量|^#\s*\w+$|\b(?:number|num|no)\.?\s+of\s+\w+|"
    r"\b(?:GPU|NPU|TPU|chip|card|accelerator)s?\s*(?:count|#|number)\b|"
    r"^(?:GPU|NPU|TPU|chip|card|accelerator)s?$|^count$",
    re.I,
)


def _count_column(row: str, header: str) -> int | None:
    """The chip count a table row gives in a counting column of its own
    ("| Foo-34B | H800 | 1024 |" under "| Model | Chip | 卡数 |")."""
    if not header or not row.lstrip().startswith("|"):
        return None
    names = [cell.strip() for cell in header.strip().strip("|").split("|")]
    cells = [cell.strip() for cell in row.strip().strip("|").split("|")]
    if len(names) != len(cells):
        return None
    for name, cell in zip(names, cells, strict=True):
        if COUNT_HEADER.search(name) and re.fullmatch(r"\d[\d,]*", cell):
            return _number(cell)
    return None


LIST_ITEM = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s")
DEFINITION = re.compile(r"^\s*:\s+\S")


def _lead_in(prepared: Prepared, offset: int) -> str:
    """The sentence ending in ":" that introduces the list an item is in."""
    line_start, line_end = prepared.line_span(offset)
    line = prepared.plain[line_start:line_end]
    if DEFINITION.match(line):
        # A definition list: ": 64 × A100" reads with its term above.
        above = next(_lines_above(prepared, line_start, 1), (0, ""))[1]
        return above.strip()
    if not LIST_ITEM.match(line):
        return ""
    known = prepared.lead_ins
    if line_start in known:
        return known[line_start]
    items = [line_start]
    found = ""
    for above_start, above in _lines_above(prepared, line_start, 50):
        if above_start in known:
            found = known[above_start]
            break
        if not above.strip() or LIST_ITEM.match(above):
            items.append(above_start)
            continue
        if above.rstrip().endswith(":"):
            # The sentence that ends the line, not the whole paragraph.
            last = len(above.rstrip()) - 1
            start, end = prepared.unit_span(above_start + last)
            found = prepared.plain[start:end].strip()
        break
    known.update(dict.fromkeys(items, found))
    return found


def _parent_item(prepared: Prepared, offset: int) -> str:
    """The list item one level up, or a table row's first cell."""
    line_start, line_end = prepared.line_span(offset)
    line = prepared.plain[line_start:line_end]
    if line.lstrip().startswith("|"):
        return line.strip().strip("|").split("|")[0]
    indent = len(line) - len(line.lstrip())
    if indent == 0 or not line.lstrip().startswith(("-", "*", "+")):
        return ""
    for _, above in _lines_above(prepared, line_start, 10_000):
        if above.strip() and len(above) - len(above.lstrip()) < indent:
            return above
    return ""


NUMBER = (
    r"\d+(?:\.\d+)?[Kk]\b|\d{1,3}(?:,\d{3})+|\d+|"
    r"\b(?:single|one|two|four|eight|sixteen)\b"
)
COUNT_BEFORE = re.compile(
    rf"(?P<count>{NUMBER})"
    r"(?P<plus>\+)?\s*(?:[x×*]\s*|(?:张|块|卡|台|颗)\s*|-?(?:GPU|chip|card|NPU|TPU)s?\s+|"
    r"(?:adet|buah|Stück|unidades|unités)\s+)?"
    r"(?:(?:\d+\s*(?:GB|G)\b|NVIDIA|Nvidia|AMD|Intel|Google|Huawei|Baidu(?:’s|'s)?|"
    r"Graphcore|Cerebras|MetaX|cloud|Cloud|Instinct|Kunlun|Kunlunxin|Ascend|Tesla|"
    r"AWS|Habana|Moore Threads|MThreads|Cambricon|Hygon|Iluvatar|Enflame|"
    r"Apple|Qualcomm)\s*)*$"
)
# "8 trn1.32xlarge instances (128 Trainium chips)": the chips in all the
# instances, not the instances.
UNITS_TOTAL = re.compile(
    r"^\S*\s*(?:instances?|nodes?|servers?|machines?)\s*\(\s*(?P<total>\d[\d,]*)\s*"
    r"(?:[\w-]+\s+)?(?:chips?|GPUs?|NPUs?|TPUs?|accelerators?)\s*\)"
)
# "8 GPUs (A100 80GB)", "x8 H100": the count on the other side of a bracket
# or written before its "x".
COUNT_OUTSIDE = re.compile(
    rf"(?:(?P<count>{NUMBER})\s*(?:GPUs?|NPUs?|TPUs?|accelerators?|cards?)\s*\(\s*"
    r"(?:NVIDIA|Nvidia|AMD|Tesla|Intel|Google)?\s*|"
    r"(?<![\w.])[x×](?P<times>\d+)\s+)$"
)
COUNT_AFTER = re.compile(
    r"^(?:\s*(?:\(\s*\d+\s*GB\s*\)|-?\d+\s*GB|SXM\d?|PCIe|GPUs?|chips?|cards?|NPUs?|"
    r"accelerators?|devices?|processors?|nodes?|servers?|systems?|instances?|"
    r"hardware))*"
    r"\s*(?:\(?\s*[x×*]\s*(?P<times>\d+)\b|"
    r"\(\s*(?P<cards>\d+)\s*(?:cards?|GPUs?|chips?|cores?)\s*\)|"
    r"\s+with\s+(?P<with>\d[\d,]*)\s+(?:cores|chips|cards|accelerators)\b)"
)
NODES = re.compile(
    r"(?P<nodes>\d+)\s*(?:(?:[\w-]+\s+)?(?:nodes?|servers?|machines?)\s*,?\s*"
    r"(?:of|with|each\s+(?:\w+\s+)?with|each\s+having|each\s+hosting)|"
    rf"(?:nodes?\s*)?[x×*])\s*(?P<per>{NUMBER})\s*(?:GPUs?\s*)?(?:x\s*|×\s*|\*\s*)?"
    r"\S*\s*$"
)
# "64 nodes of Gaudi2 (8 HPUs per node)": the node count before the chip,
# the chips a node holds after it.
NODES_BEFORE = re.compile(
    r"(?P<nodes>\d+)\s*(?:nodes?|servers?|machines?)\s*(?:of)?\s*$"
)
PER_NODE_AFTER = re.compile(
    rf"^\S*\s*\(\s*(?P<per>{NUMBER})\s*(?:[A-Z]*PUs?|chips?|cards?|accelerators?)"
    r"\s*(?:per|each|/|a)\s*(?:node|server|machine)\s*\)"
)
# "8 Gaudi2 servers with 8 HPUs each", "4 × trn1.32xlarge (16 Trainium chips
# each)", "64 台 Atlas 800T A2 服务器（每台 8 卡）": chips per counted unit.
PER_UNIT_AFTER = re.compile(
    r"^\S*\s*(?:(?:nodes?|servers?|machines?|instances?|systems?)\s*,?\s*"
    rf"(?:each\s+)?(?:with|having|hosting)\s+(?P<per>{NUMBER})\s+[\w-]*\s*"
    r"(?:GPUs?|HPUs?|NPUs?|TPUs?|chips?|cards?|accelerators?|each)"
    rf"|[^()（）\n]{{0,40}}[(（]\s*(?P<inner>{NUMBER})\s*"
    r"(?:[\w-]+\s+)?(?:GPUs?|HPUs?|NPUs?|TPUs?|chips?|cards?|accelerators?)\s*"
    r"(?:each|per\s+(?:node|server|instance|machine))\s*[)）]"
    rf"|[^()（）\n]{{0,40}}[(（]\s*(?:每台|每节点|每个节点)\s*(?P<cn>{NUMBER})\s*[卡张]"
    r"\s*[)）])"
)
CHINESE_DIGITS = {
    "一": 1,
    "两": 2,
    "二": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
    "十": 10,
}
CHINESE_SCALES = {"十": 10, "百": 100, "千": 1000, "万": 10_000}
CHINESE_COUNT = re.compile(
    r"(?:共|总共|使用了?|用了)?\s*(?P<count>(?<![A-Za-z\d])\d[\d,]*(?:\.\d+)?\s*[千万]?|"
    r"[一两二三四五六七八九十]+[十百千万]?|(?<![\d一两二三四五六七八九十])[千万])"
    r"\s*(?:张|張|块|卡|颗|枚|장|대)"
)
# "Atlas 800T A2 servers with a total of 8,192 Ascend NPUs"
TOTAL_COUNT = re.compile(
    r"^[^.;]{0,40}?\b(?:a total of|in total|totall?ing)\s+(?P<total>\d[\d,]*)\s+"
    r"(?:[\w-]+\s+){0,2}(?:NPUs?|GPUs?|TPUs?|chips?|cards?|accelerators?)\b"
)
HOURS_AFTER = re.compile(
    r"^\s*(?:GPU|TPU|NPU)?[- ]?hours?\b|^\s*(?:GPU|TPU)?\s*-?\s*hours|"
    r"^-?core[- ](?:hours|days)|^\s*(?:GPU|TPU|NPU)?[- ]?days?\b",
    re.I,
)


def chip_count(plain: str, mention: Mention, start: int, end: int) -> int | None:
    """The number of chips a unit gives for a mention ("256 V100 GPUs",
    "8×A100", "TPU v3-8", "(8 cards)", "64张A100"), or None."""
    if mention.kind != "chip" and not mention.text.lower().startswith("tpu"):
        return None
    after = plain[mention.end : min(end, mention.end + 60)]
    if HOURS_AFTER.search(after):
        return None
    slice_size = re.match(r".*?v\d+[a-z]*[- ](\d+)$", mention.text)
    if slice_size:
        return int(slice_size.group(1))
    before = plain[max(start, mention.start - 60) : mention.start]
    nodes = NODES.search(before)
    if nodes:
        return int(nodes["nodes"]) * _number(nodes["per"])
    node_count = NODES_BEFORE.search(before)
    if node_count:
        per_node = PER_NODE_AFTER.match(after)
        return int(node_count["nodes"]) * _number(per_node["per"]) if per_node else None
    total = UNITS_TOTAL.match(after)
    if total:
        return _number(total["total"])
    counted = COUNT_OUTSIDE.search(before)
    if counted:
        return _number(counted["count"] or counted["times"])
    found = COUNT_BEFORE.search(before)
    if found and not _is_year_or_size(found["count"], before):
        per_unit = PER_UNIT_AFTER.match(after)
        each = per_unit and (per_unit["per"] or per_unit["inner"] or per_unit["cn"])
        return _number(found["count"]) * (_number(each) if each else 1)
    found_after = COUNT_AFTER.search(after)
    if found_after:
        return _number(
            found_after["times"] or found_after["cards"] or found_after["with"]
        )
    total = TOTAL_COUNT.search(plain[mention.end : end])
    if total:
        return _number(total["total"])
    chinese = CHINESE_COUNT.search(plain[start:end])
    if chinese:
        return _chinese_number(chinese["count"])
    return None


def _chinese_number(text: str) -> int:
    """ "64", "1万" (10,000), "两千" (2,000), "八" (8), "万" (10,000)."""
    text = text.replace(",", "").strip()
    if text in CHINESE_SCALES and text != "十":
        return CHINESE_SCALES[text]
    scale = CHINESE_SCALES.get(text[-1], 1) if len(text) > 1 else 1
    head = text[:-1].strip() if scale > 1 else text
    if re.fullmatch(r"\d+(?:\.\d+)?", head):
        return round(float(head) * scale)
    value = CHINESE_DIGITS.get(head, 0) if len(head) == 1 else 0
    if len(head) == 2 and head[1] in CHINESE_SCALES:
        value = CHINESE_DIGITS.get(head[0], 0) * CHINESE_SCALES[head[1]]
    return value * scale if value else scale


def _is_year_or_size(number: str, before: str) -> bool:
    value = _number(number)
    return (1990 <= value <= 2035 and "," not in number) or value == 0


NUMBER_WORDS = {"single": 1, "one": 1, "two": 2, "four": 4, "eight": 8, "sixteen": 16}


def _number(text: str) -> int:
    if text.lower() in NUMBER_WORDS:
        return NUMBER_WORDS[text.lower()]
    if text[-1:] in "kK":
        return round(float(text[:-1]) * 1000)  # "6K Ascend NPUs"
    return int(text.replace(",", ""))


def _quote(plain: str, start: int, end: int, mention: Mention) -> str:
    """The unit around a mention, cut at word boundaries to QUOTE_LIMIT."""
    if end - start > QUOTE_LIMIT:
        half = QUOTE_LIMIT // 2
        start = max(start, mention.start - half)
        end = min(end, max(mention.end + half, start + QUOTE_LIMIT))
        while start < mention.start and not plain[start - 1].isspace():
            start += 1
        while end > mention.end and end < len(plain) and not plain[end].isspace():
            end -= 1
    return plain[start:end].strip()


__all__ = [
    "FAMILY",
    "OTHER",
    "SELF",
    "Finding",
    "DocumentView",
    "classify_view",
    "decide_phase",
    "chip_count",
    "file_role",
]
