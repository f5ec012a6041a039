"""The run: classify and resolve every model in the store, one verdict each.

Consumes models, links and documents from the store; produces verdicts and
evidence rows in the store, plus a RunSummary for the closing report. One
model's failure is recorded as a problem and never stops the others.
"""

from __future__ import annotations

import logging
from collections import Counter
from dataclasses import dataclass, field

from chipaudit import CLASSIFIER_VERSION
from chipaudit.llm import LlmClient, review
from chipaudit.resolve import ViewCache, resolve_model
from chipaudit.store import Problem, Store

log = logging.getLogger(__name__)


@dataclass
class RunSummary:
    models: int = 0
    by_provider: Counter[str] = field(default_factory=Counter)
    by_disclosure: Counter[str] = field(default_factory=Counter)
    errors: list[Problem] = field(default_factory=list)

    def lines(self) -> list[str]:
        undisclosed = self.by_disclosure.get("none", 0)
        providers = ", ".join(
            f"{name} {count}" for name, count in self.by_provider.most_common()
        )
        levels = ", ".join(
            f"{name} {count}" for name, count in sorted(self.by_disclosure.items())
        )
        return [
            f"models: {self.models}",
            f"training providers: {providers or '-'} (undisclosed {undisclosed})",
            f"disclosure: {levels or '-'}",
            f"errors: {len(self.errors)}",
        ]


def classify_models(
    store: Store, model_ids: list[str] | None = None, llm: LlmClient | None = None
) -> RunSummary:
    """Resolve a verdict for each model (all in the store when none are named)."""
    summary = RunSummary()
    cache = ViewCache()
    store.clear_problems("classify")
    for model_id in model_ids if model_ids is not None else store.model_ids():
        try:
            verdict, evidence = resolve_model(store, model_id, cache)
            if llm is not None:
                verdict, evidence = review(llm, store, verdict, evidence)
        except Exception as error:  # one model's fault must not stop the run
            problem = Problem(model_id, "classify", type(error).__name__, str(error))
            store.add_problem(problem)
            summary.errors.append(problem)
            log.error("%s: classification failed: %s", model_id, error)
            continue
        store.put_verdict(model_id, verdict, evidence, CLASSIFIER_VERSION)
        summary.models += 1
        summary.by_disclosure[verdict["disclosure"]] += 1
        for provider in verdict["training_providers"]:
            summary.by_provider[provider] += 1
        log.info(
            "%s: %s (%s)",
            model_id,
            ";".join(verdict["training_providers"]) or "undisclosed",
            verdict["disclosure"],
        )
    link_base_models(store)
    return summary


def link_base_models(store: Store) -> None:
    """Record, beside each verdict, what its base models were trained on (when
    their verdicts are in the store): lineage, never this model's own."""
    verdicts = {verdict["model_id"]: verdict for verdict in store.verdicts()}
    for model_id, verdict in verdicts.items():
        inherited: list[str] = []
        for base in verdict.get("base_models") or []:
            for provider in (verdicts.get(base) or {}).get("training_providers", []):
                if provider not in inherited:
                    inherited.append(provider)
        if inherited != verdict.get("base_model_training_providers", []):
            verdict["base_model_training_providers"] = inherited
            store.update_verdict(model_id, verdict)
