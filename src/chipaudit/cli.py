"""The `chipaudit` command: thin wrappers that parse flags, call the library and
format results. Data goes to stdout, everything else to stderr."""

from __future__ import annotations

import json
import logging
import sqlite3
import sys
from collections.abc import Callable
from functools import wraps
from pathlib import Path
from typing import Any, TypeVar

import click
import httpx

from chipaudit import __version__, config
from chipaudit.collect import collect
from chipaudit.errors import (
    ChipauditError,
    ModelNotFound,
    StoreMissing,
    VerdictMissing,
)
from chipaudit.evaluate import DEFAULT_BINS, evaluate, format_report, load_labels
from chipaudit.export import FORMATS, SUFFIXES, export_tables, with_urls
from chipaudit.llm import LLM_MODEL_ENV, LLM_URL_ENV, check_url, open_client, redacted
from chipaudit.pipeline import RunSummary, classify_models
from chipaudit.report import write_report
from chipaudit.snapshot import (
    ImportReport,
    check_snapshot_dir,
    export_snapshot,
    import_snapshot,
)
from chipaudit.sources.http import HttpClient
from chipaudit.sources.huggingface import Selection, read_ids_file
from chipaudit.store import Store

F = TypeVar("F", bound=Callable[..., Any])


def describe(error: Exception) -> str:
    """One line naming the input: our errors say it; the store and the file
    system get the path and what to try."""
    if isinstance(error, sqlite3.Error):
        db = click.get_current_context().obj.get("db")
        return f"store {db}: {error}; check the path and its permissions (--db)"
    if isinstance(error, OSError) and not isinstance(error, ChipauditError):
        reason = error.strerror or str(error)
        return f"{error.filename}: {reason}" if error.filename else reason
    return str(error)


def friendly_errors(command: F) -> F:
    """Turn chipaudit's own errors into one message and exit 1; Ctrl-C exits
    130, as a shell expects of an interrupted command."""

    @wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except (ChipauditError, OSError, sqlite3.Error) as error:
            if click.get_current_context().obj.get("debug"):
                raise
            click.echo(f"error: {describe(error)}", err=True)
            sys.exit(getattr(error, "exit_code", 1))
        except KeyboardInterrupt:
            click.echo(
                "interrupted: everything stored so far is kept; run the same "
                "command again to resume",
                err=True,
            )
            sys.exit(130)

    return wrapper  # type: ignore[return-value]


@click.group()
@click.version_option(__version__)
@click.option("--db", envvar=config.DB_ENV, help="Store file (env CHIPAUDIT_DB).")
@click.option("-v", "--verbose", count=True, help="More log lines (-vv for debug).")
@click.option("-q", "--quiet", is_flag=True, help="Only warnings and errors.")
@click.option("--debug", is_flag=True, help="Show tracebacks.")
@click.pass_context
def main(ctx: click.Context, db: str | None, verbose: int, quiet: bool, debug: bool):
    """Find which chips trained and serve Hugging Face models, with evidence.

    Example: chipaudit run --snapshot ../shared/corpus
    """
    level = logging.WARNING if quiet or not verbose else logging.INFO
    if verbose > 1 or debug:
        level = logging.DEBUG
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s")
    logging.getLogger("httpx").addFilter(HideCredentials())
    ctx.obj = {"db": config.db_path(db), "debug": debug, "quiet": quiet}


class HideCredentials(logging.Filter):
    """httpx logs request URLs as given: a password in one is hidden."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, tuple):
            record.args = tuple(
                redacted(str(arg)) if isinstance(arg, httpx.URL) else arg
                for arg in record.args
            )
        return True


def open_store(ctx: click.Context, *, existing: bool = False) -> Store:
    """The store; commands that only read it refuse to create an empty one
    (and leave an empty file, which SQLite would make a store, as it is)."""
    path = Path(ctx.obj["db"])
    if existing and not store_exists(path):
        raise StoreMissing(str(path), empty=path.is_file())
    return Store(path)


def store_exists(path: Path) -> bool:
    # SQLite writes its header as soon as a store is created (we use WAL), so
    # a 0-byte file was never a store.
    return path.exists() and not (path.is_file() and path.stat().st_size == 0)


def warn_unclassified(store: Store) -> None:
    """Name on stderr what a reading command leaves out: models stored by a
    run that stopped before classifying them."""
    count = len(store.unclassified_model_ids())
    if count:
        models = "model has" if count == 1 else "models have"
        click.echo(
            f"warning: {count} stored {models} no verdict yet and will be left "
            "out; run `chipaudit run` to finish classifying",
            err=True,
        )


@main.command()
@click.option(
    "--snapshot",
    "snapshot_dir",
    type=click.Path(path_type=Path),
    help="Import this snapshot directory first, then classify it.",
)
@click.option("--top", type=click.IntRange(min=1), help="Collect the top N models.")
@click.option("--all-time", is_flag=True, help="Rank --top by all-time downloads.")
@click.option("--author", help="Collect only this organisation's or user's models.")
@click.option(
    "--ids",
    "ids_file",
    type=click.Path(path_type=Path, exists=True, dir_okay=False),
    help="Collect the model ids in this file (one a line, or a models.jsonl).",
)
@click.option("--since", type=click.DateTime(["%Y-%m-%d"]), help="Created on/after.")
@click.option("--until", type=click.DateTime(["%Y-%m-%d"]), help="Created on/before.")
@click.option("--refresh", is_flag=True, help="Revalidate what is already stored.")
@click.option(
    "--llm-url",
    envvar=LLM_URL_ENV,
    help="OpenAI-compatible server URL (ending in /v1) that judges weak or "
    "conflicting verdicts (env CHIPAUDIT_LLM_URL; key from OPENAI_API_KEY).",
)
@click.option(
    "--llm-model",
    envvar=LLM_MODEL_ENV,
    help="Model name on that server (env CHIPAUDIT_LLM_MODEL; default: its first).",
)
@click.pass_context
@friendly_errors
def run(
    ctx: click.Context,
    snapshot_dir: Path | None,
    llm_url: str | None,
    llm_model: str | None,
    **live: Any,
) -> None:
    """Collect, classify and resolve: one verdict per model.

    \b
    Example: chipaudit run --snapshot ../shared/corpus
    Example: chipaudit run --top 100
    """
    selection = live_selection(live)
    llm_url = llm_options(ctx, llm_url, llm_model)
    if snapshot_dir is not None and selection is not None:
        raise click.UsageError("use --snapshot or live selection options, not both")
    if snapshot_dir is not None:
        check_snapshot_dir(snapshot_dir)
    elif selection is None and not has_models(Path(ctx.obj["db"])):
        raise click.UsageError(
            f"the store {ctx.obj['db']} holds no models yet; give --snapshot DIR "
            "or a selection (--top N, --author NAME, --ids FILE)"
        )
    with open_store(ctx) as store:
        model_ids = None
        skipped = None
        if selection is not None:
            model_ids = collect_live(
                store, selection, live["refresh"], not ctx.obj.get("quiet")
            )
        if snapshot_dir is not None:
            report = import_snapshot(store, snapshot_dir)
            echo_import(report, f" from {snapshot_dir}")
            skipped = report.skipped
        with open_client(llm_url, llm_model) as llm:
            summary = classify_models(store, model_ids, llm=llm)
        echo_summary(summary)
        if skipped is not None:
            click.echo(f"skipped snapshot entries: {skipped}", err=True)
        for line in llm.counters.lines() if llm else []:
            click.echo(line, err=True)


def llm_options(ctx: click.Context, url: str | None, model: str | None) -> str | None:
    """The checked LLM server URL (None for rules only); warns of a model name
    that nothing will use and of a URL that does not look like an API base."""
    if not url:
        if model:
            given = flag_or_env(ctx, "llm_model", "--llm-model", LLM_MODEL_ENV)
            click.echo(
                f"warning: {given} {model} is ignored without --llm-url "
                f"(or {LLM_URL_ENV}); verdicts come from the rules only",
                err=True,
            )
        return None
    url = check_url(url)
    if not url.endswith("/v1"):
        click.echo(
            f"warning: --llm-url {redacted(url)} does not end in /v1; requests go "
            f"to {redacted(url)}/chat/completions",
            err=True,
        )
    return url


def flag_or_env(ctx: click.Context, name: str, flag: str, env: str) -> str:
    """How the user gave an option: its flag, or the environment variable."""
    source = ctx.get_parameter_source(name)
    return env if source == click.core.ParameterSource.ENVIRONMENT else flag


def has_models(path: Path) -> bool:
    """True when the store at `path` exists and holds models to reclassify."""
    if not store_exists(path):
        return False
    with Store(path) as store:
        return bool(store.model_ids())


def live_selection(live: dict[str, Any]) -> Selection | None:
    """The Hub selection the live options describe, or None when there is none."""
    chosen = ("top", "author", "ids_file", "since", "until")
    if live["since"] and live["until"] and live["since"] > live["until"]:
        raise click.UsageError("--since is after --until; no model can match")
    if not any(live[name] for name in chosen):
        needing = (("--all-time", "all_time"), ("--refresh", "refresh"))
        given = [flag for flag, name in needing if live[name]]
        if given:
            needs = "needs" if len(given) == 1 else "need"
            raise click.UsageError(
                f"{' and '.join(given)} {needs} a live selection to act on "
                "(--top N, --author NAME, --ids FILE, --since or --until DATE)"
            )
        return None
    selection = Selection(
        top=live["top"],
        all_time=live["all_time"],
        author=live["author"],
        since=live["since"].date() if live["since"] else None,
        until=live["until"].date() if live["until"] else None,
    )
    if live["ids_file"]:
        selection.ids, selection.seeds = ids_from(live["ids_file"])
    return selection


def ids_from(path: Path) -> tuple[list[str], dict[str, dict[str, list[str]]]]:
    """The model ids and seeds in an --ids file; warns of every line left out."""
    found = read_ids_file(path)
    for problem in found.problems:
        click.echo(f"warning: {problem}", err=True)
    if not found.ids:
        raise click.UsageError(
            f"{path}: no valid model ids; give one owner/name a line "
            "(or a snapshot's models.jsonl)"
        )
    return found.ids, found.seeds


def collect_live(
    store: Store, selection: Selection, refresh: bool, progress: bool = True
) -> list[str]:
    with HttpClient(cache=store) as client:
        try:
            report = collect(
                store, selection, client=client, refresh=refresh, progress=progress
            )
        finally:
            for line in client.summary_lines():
                click.echo(line, err=True)
    for line in report.lines():
        click.echo(line, err=True)
    return report.models


def echo_summary(summary: RunSummary) -> None:
    for line in summary.lines():
        click.echo(line, err=True)
    for problem in summary.errors:
        click.echo(f"  {problem.model_id}: {problem.message}", err=True)


@main.group()
def snapshot() -> None:
    """Move the store in and out of snapshot directories (format 1)."""


@snapshot.command("import")
@click.argument("directory", type=click.Path(path_type=Path))
@click.pass_context
@friendly_errors
def snapshot_import(ctx: click.Context, directory: Path) -> None:
    """Load a snapshot directory into the store.

    Example: chipaudit snapshot import ../shared/corpus
    """
    check_snapshot_dir(directory)
    with open_store(ctx) as store:
        report = import_snapshot(store, directory)
    echo_import(report)
    click.echo(f"skipped snapshot entries: {report.skipped}", err=True)


def echo_import(report: ImportReport, where: str = "") -> None:
    for problem in report.problems:
        click.echo(f"warning: {problem.message}", err=True)
    click.echo(
        f"imported {report.models} models, {report.documents} documents{where}",
        err=True,
    )


@snapshot.command("export")
@click.argument("directory", type=click.Path(path_type=Path))
@click.option("--force", is_flag=True, help="Overwrite a snapshot already there.")
@click.pass_context
@friendly_errors
def snapshot_export(ctx: click.Context, directory: Path, force: bool) -> None:
    """Write every model and document in the store as a snapshot directory.

    Example: chipaudit snapshot export out/snapshot
    """
    with open_store(ctx, existing=True) as store:
        models, documents = export_snapshot(store, directory, force=force)
    click.echo(
        f"exported {models} models, {documents} documents to {directory}", err=True
    )


@main.command()
@click.argument("model_id")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.pass_context
@friendly_errors
def show(ctx: click.Context, model_id: str, as_json: bool) -> None:
    """Show one model's verdict and the evidence behind it.

    Example: chipaudit show BAAI/bge-m3 --json
    """
    model_id = model_id.strip()
    if not model_id:
        raise click.UsageError(
            "'' is not a model id; give owner/name, as in BAAI/bge-m3"
        )
    with open_store(ctx, existing=True) as store:
        model_id = store.find_model_id(model_id) or model_id
        verdict = store.get_verdict(model_id)
        if verdict is None and store.get_model(model_id) is not None:
            raise VerdictMissing(model_id)
        if verdict is None:
            stored = len(store.model_ids())
            raise ModelNotFound(model_id, stored, store.close_model_ids(model_id))
        evidence = with_urls(store.evidence(model_id), store)
    if as_json:
        click.echo(json.dumps({**verdict, "evidence": evidence}, ensure_ascii=False))
        return
    click.echo(format_verdict(verdict, evidence))


def format_verdict(verdict: dict[str, Any], evidence: list[dict[str, Any]]) -> str:
    def joined(key: str) -> str:
        return ", ".join(verdict.get(key) or []) or "-"

    lines = [
        verdict["model_id"],
        "  training providers:  "
        + (", ".join(verdict.get("training_providers") or []) or "undisclosed"),
        f"  training chips:      {joined('training_chips')}",
        f"  chip count:          {verdict.get('training_count') or '-'}",
        f"  disclosure:          {verdict['disclosure']}",
        f"  inference providers: {joined('inference_providers')}",
        f"  compute providers:   {joined('compute_providers')}",
        f"  base models:         {joined('base_models')}",
        f"  basis:               {verdict.get('basis', '-')}",
        f"  card:                {verdict.get('card_status', '-')}",
        f"  decided by:          {verdict['decided_by']}"
        f" (confidence {verdict.get('confidence', 0):.2f})",
    ]
    if verdict.get("llm_status"):
        model = f" ({verdict['llm_model']})" if verdict.get("llm_model") else ""
        lines.append(f"  llm:                 {verdict['llm_status']}{model}")
    lines.append("  evidence:")
    for row in evidence:
        where = f"{row['document_key']}:{row['line']}"
        chip = f" {row['chip']}" if row["chip"] else ""
        lines.append(f"    [{row['phase']}] {row['provider']}{chip}  {where}")
        lines.append(f'      "{row["quote"]}"  ({row["rule"]})')
        if row.get("url"):
            lines.append(f"      {row['url']}")
    return "\n".join(lines)


@main.command("export")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(FORMATS),
    default="csv",
    show_default=True,
    help="Table format.",
)
@click.option(
    "--out",
    type=click.Path(path_type=Path),
    required=True,
    help="Output path; the evidence table goes beside it with `.evidence`.",
)
@click.pass_context
@friendly_errors
def export_command(ctx: click.Context, fmt: str, out: Path) -> None:
    """Write the models table and the evidence table.

    Example: chipaudit export --format csv --out out/models.csv
    """
    if out.suffix and out.suffix.lower() not in SUFFIXES[fmt]:
        click.echo(
            f"warning: {out} does not end in {SUFFIXES[fmt][0]}, yet it will hold "
            f"{fmt}; pass --format to match the name",
            err=True,
        )
    with open_store(ctx, existing=True) as store:
        warn_unclassified(store)
        models_path, evidence_path = export_tables(store, fmt, out)
    click.echo(f"wrote {models_path} and {evidence_path}", err=True)


@main.command("evaluate")
@click.option(
    "--labels",
    "labels_path",
    type=click.Path(path_type=Path),
    required=True,
    help="Labels CSV: model_id, training_providers, training_chips, level, "
    "inference_providers.",
)
@click.option(
    "--slice",
    "slice_columns",
    multiple=True,
    help="Also score per value of this labels column, `org`, or the verdict's "
    "`basis`, `disclosure` or `decided_by` (repeatable).",
)
@click.option(
    "--bins",
    type=click.IntRange(1, 100),
    default=DEFAULT_BINS,
    show_default=True,
    help="Confidence bins in the calibration table.",
)
@click.option(
    "--fail-under",
    type=click.FloatRange(0, 1),
    help="Exit 1 when the exact provider-set share is below this (0..1).",
)
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.pass_context
@friendly_errors
def evaluate_command(
    ctx: click.Context,
    labels_path: Path,
    slice_columns: tuple[str, ...],
    bins: int,
    fail_under: float | None,
    as_json: bool,
) -> None:
    """Score the stored verdicts against a labels file.

    Example: chipaudit evaluate --labels ../shared/labels/dev.csv --slice level
    """
    labels = load_labels(labels_path)
    with open_store(ctx, existing=True) as store:
        warn_unclassified(store)
        report = evaluate(store, labels, str(labels_path), slice_columns, bins)
    if as_json:
        click.echo(json.dumps(report.as_dict(), ensure_ascii=False))
    else:
        click.echo(format_report(report))
    share = report.overall.exact_share or 0.0
    if fail_under is not None and share < fail_under:
        click.echo(
            f"exact provider-set share {share:.2f} is below --fail-under "
            f"{fail_under:.2f}",
            err=True,
        )
        sys.exit(1)


@main.command("report")
@click.option(
    "--out",
    type=click.Path(path_type=Path, dir_okay=False),
    required=True,
    help="The HTML file to write.",
)
@click.option(
    "--epoch",
    "epoch_dir",
    type=click.Path(path_type=Path, exists=True, file_okay=False),
    help="A directory of Epoch AI CSVs to compare against (notable_ai_models.csv, "
    "large_scale_ai_models.csv, ml_hardware.csv).",
)
@click.pass_context
@friendly_errors
def report_command(ctx: click.Context, out: Path, epoch_dir: Path | None) -> None:
    """Write one self-contained HTML report over the stored verdicts.

    Example: chipaudit report --out report.html --epoch ../shared/corpus/epoch
    """
    with open_store(ctx, existing=True) as store:
        warn_unclassified(store)
        written = write_report(store, out, epoch_dir)
    for note in written.epoch_notes:
        click.echo(f"warning: --epoch: {note}; its figures are left out", err=True)
    click.echo(f"wrote {out} ({written.models} models)", err=True)
