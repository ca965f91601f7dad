"""The ``attribution-review`` command line (click): review, import, export, extract, stats."""

from __future__ import annotations

import getpass
import json
import os
import sqlite3
import sys
import time
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import IO, Any

import click
import sqlite_utils
from dateutil import parser as date_parser

from extract import Registry, bundled_registry, extract, load_registry
from extract.registry import RegistryError, read_sources, seeds_dir
from store import export as exporting
from store.db import StoreError, default_db_path, describe, open_db
from store.importers import ImportResult, import_file
from store.readers import FORMATS, SPLITS, EmptyInput, InputError
from store.review import progress
from store.sources import load_registry as stored_registry
from store.sources import save_sources

EXIT_BAD_INPUT = 2


class Failure(click.ClickException):
    """A user-facing error: one line on stderr, exit status 2."""

    exit_code = EXIT_BAD_INPUT

    def show(self, file: IO[Any] | None = None) -> None:
        click.echo(f"attribution-review: error: {self.message}", err=True)


def default_reviewer() -> str:
    try:
        return os.environ.get("ATTRIBUTION_REVIEW_REVIEWER") or getpass.getuser()
    except (KeyError, OSError):
        return "reviewer"


def parse_date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date_parser.parse(value).date()
    except (ValueError, OverflowError):
        raise click.BadParameter(f"not a date: {value!r}") from None


def open_store(path: Path) -> sqlite_utils.Database:
    """Open the database, giving a new one the bundled source registry."""
    try:
        db = open_db(path)
    except StoreError as exc:
        raise Failure(str(exc)) from None
    if not db.execute("SELECT 1 FROM sources LIMIT 1").fetchone():
        save_sources(db, bundled_registry())
    return db


def merge_sources(db: sqlite_utils.Database, sources_file: Path | None) -> Registry:
    if sources_file:
        try:
            save_sources(db, read_sources(sources_file))
        except RegistryError as exc:
            raise Failure(str(exc)) from None
    return stored_registry(db)


def run_imports(
    db: sqlite_utils.Database,
    files: list[Path],
    registry: Registry,
    *,
    fmt: str | None = None,
    split: str = "lines",
    published: date | None = None,
    show_progress: bool = False,
    skip_invalid: bool = False,
) -> list[ImportResult]:
    """Import each file whole or not at all. With ``skip_invalid`` a bad line is reported on
    stderr (``FILE:LINE: reason``) and left out, and a file left with nothing to import is a
    warning rather than an error: the user asked for the good lines, and there were none."""
    results = []
    for path in files:
        skipped: list[InputError] = []

        def report(error: InputError, skipped: list[InputError] = skipped) -> None:
            skipped.append(error)
            click.echo(f"attribution-review: skipped {error}", err=True)

        label = f"{path.name[:30]:<30}"
        total = _count_lines(path) if show_progress else 0
        with click.progressbar(
            length=total or 1, label=label, show_pos=True, show_eta=True, file=sys.stderr,
            hidden=not show_progress, item_show_func=_show_rate,
        ) as bar:
            try:
                results.append(
                    import_file(
                        db, path, registry, fmt=fmt, split=split, published=published,
                        progress=_rated(bar), on_skip=report if skip_invalid else None,
                    )
                )
            except InputError as exc:
                if skip_invalid and isinstance(exc, EmptyInput):
                    click.echo(f"attribution-review: warning: {path}: nothing to import", err=True)
                    continue
                raise Failure(str(exc)) from None
        if skipped:
            click.echo(f"attribution-review: {path}: {len(skipped)} invalid lines skipped", err=True)
    return results


def _rated(bar: Any) -> Callable[[int], None]:
    """A progress callback that also shows the rate (sentences/s) next to count and ETA."""
    start = time.perf_counter()
    done = 0

    def update(n: int) -> None:
        nonlocal done
        done += n
        bar.update(n, done / max(time.perf_counter() - start, 1e-9))

    return update


def _show_rate(rate: float | None) -> str | None:
    return f"{rate:,.0f}/s" if rate is not None else None


def _count_lines(path: Path) -> int:
    try:
        with path.open("rb") as handle:
            return sum(chunk.count(b"\n") for chunk in iter(lambda: handle.read(1 << 20), b""))
    except OSError:
        return 0


def import_seeds(db: sqlite_utils.Database) -> list[ImportResult]:
    files = sorted(seeds_dir().glob("*.txt"))
    return run_imports(db, files, stored_registry(db))


class _Main(click.Group):
    """The command group; a database or file problem anywhere below it becomes one line on
    stderr and exit status 2, never a traceback."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except StoreError as exc:
            raise Failure(str(exc)) from None
        except sqlite3.Error as exc:
            where = (ctx.obj or {}).get("db") or default_db_path()
            raise Failure(f"{where}: {describe(exc)}") from None
        except BrokenPipeError:
            # The reader of our output went away (`export | head`): stop quietly.
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            sys.exit(1)
        except OSError as exc:
            where = f"{exc.filename}: " if exc.filename else ""
            raise Failure(f"{where}{exc.strerror or exc}") from None


@click.group(cls=_Main, invoke_without_command=True, context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--db", "db_path", type=click.Path(path_type=Path), default=None,
    help="Database file. Default: $ATTRIBUTION_REVIEW_DB or ./attribution-review.db",
)
@click.option(
    "--reviewer", default=None,
    help="Name recorded with each decision. Default: $ATTRIBUTION_REVIEW_REVIEWER or your login.",
)
@click.option(
    "--keymap", "keymap_file", type=click.Path(path_type=Path, dir_okay=False), default=None,
    help="TOML file of binding id = \"keys\" to remap the review keys (see ? in the app). "
    "Default: $XDG_CONFIG_HOME/attribution-review/keymap.toml if it exists.",
)
@click.option("--theme", default=None, help="Textual theme, e.g. textual-dark, textual-light.")
@click.version_option(package_name="attribution-review")
@click.pass_context
def main(ctx: click.Context, db_path: Path | None, reviewer: str | None,
         keymap_file: Path | None, theme: str | None) -> None:
    """Review who news sentences attribute their claims to.

    With no command, opens the review screen; on a new database it first imports the
    bundled seed sentences.
    """
    ctx.ensure_object(dict)
    ctx.obj["db"] = db_path or default_db_path()
    ctx.obj["reviewer"] = reviewer or default_reviewer()
    ctx.obj["keymap"] = keymap_file
    ctx.obj["theme"] = theme
    if ctx.invoked_subcommand is None:
        ctx.invoke(review)


@main.command()
@click.pass_context
def review(ctx: click.Context) -> None:
    """Open the review screen at the first pending sentence.

    Keys: a accept · r reject · e edit · u undo · j/k next/previous · / search · f filter ·
    ? help (every key) · q quit.
    """
    path: Path = ctx.obj["db"]
    is_new = not path.exists()
    db = open_store(path)
    if is_new:
        import_seeds(db)
    db.close()
    from tui.app import ReviewApp  # Textual loads only for the screen, not for batch commands
    from tui.keymap import KeymapError, load_keymap

    try:
        keymap = load_keymap(ctx.obj.get("keymap"))
    except KeymapError as exc:
        raise Failure(str(exc)) from None
    theme = ctx.obj.get("theme")
    if theme:
        from textual.theme import BUILTIN_THEMES

        if theme not in BUILTIN_THEMES:
            raise Failure(f"unknown theme {theme!r}; one of: {', '.join(sorted(BUILTIN_THEMES))}")
    ReviewApp(path, reviewer=ctx.obj["reviewer"], keymap=keymap, theme=theme).run()


@main.command("import")
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(FORMATS), default=None,
              help="Input format. Default: from the extension (.jsonl, .csv; else txt).")
@click.option("--split", type=click.Choice(SPLITS), default="lines", show_default=True,
              help="'lines': one sentence per line; 'sentences': split prose into sentences.")
@click.option("--published", default=None, metavar="DATE",
              help="Publication date of the documents, to resolve 'on Friday' and the like.")
@click.option("--sources", "sources_file", type=click.Path(path_type=Path), default=None,
              help="A TOML source registry to merge into the database's before extracting.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar or summary.")
@click.option("--skip-invalid", is_flag=True,
              help="Import a file's good lines and report each bad one on stderr "
                   "(FILE:LINE: reason) instead of refusing the whole file.")
@click.pass_context
def import_(ctx: click.Context, files: tuple[Path, ...], fmt: str | None, split: str,
            published: str | None, sources_file: Path | None, quiet: bool,
            skip_invalid: bool) -> None:
    """Import sentences from FILES (txt: one per line; jsonl: {"text": ..., "meta": {...}};
    csv: a 'text' column). Each file is imported whole or not at all; sentences already in
    the database are skipped."""
    pub = parse_date(published)
    db = open_store(ctx.obj["db"])
    registry = merge_sources(db, sources_file)
    results = run_imports(
        db, list(files), registry, fmt=fmt, split=split, published=pub,
        show_progress=not quiet and sys.stderr.isatty(), skip_invalid=skip_invalid,
    )
    if not quiet:
        for r in results:
            note = f", {r.duplicates} already present" if r.duplicates else ""
            click.echo(f"{r.path}: {r.added} sentences added{note}, {r.candidates} attributions proposed")


@main.command("reextract")
@click.option("--sources", "sources_file", type=click.Path(path_type=Path), default=None,
              help="A TOML source registry to merge into the database's first.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar or summary.")
@click.pass_context
def reextract_(ctx: click.Context, sources_file: Path | None, quiet: bool) -> None:
    """Propose again for every pending sentence with the database's source registry (after
    new entities were added in the edit form, or with --sources). Decided sentences are
    never touched."""
    from store.reextract import pending_count, reextract

    db = _existing_db(ctx.obj["db"])
    registry = merge_sources(db, sources_file)
    show = not quiet and sys.stderr.isatty()
    with click.progressbar(length=max(pending_count(db), 1), label="re-extracting",
                           show_pos=True, show_eta=True, file=sys.stderr, hidden=not show) as bar:
        result = reextract(db, registry, progress=bar.update)
    if not quiet:
        click.echo(f"{result.sentences} pending sentences: proposals changed for {result.changed}")


@main.command("export")
@click.option("--format", "fmt", type=click.Choice(exporting.FORMATS), default="jsonl", show_default=True)
@click.option("--status", type=click.Choice(exporting.STATUS_FILTERS), default="all", show_default=True,
              help="Which sentences: one status, 'reviewed' (any decision) or 'all'.")
@click.option("-o", "--output", type=click.Path(path_type=Path, dir_okay=False), default=None,
              help="Output file. Default: standard output.")
@click.pass_context
def export_(ctx: click.Context, fmt: str, status: str, output: Path | None) -> None:
    """Export sentences with their attributions as JSON Lines or CSV."""
    db = _existing_db(ctx.obj["db"])
    rows: Iterator[Any] = exporting.records(db, status)
    writer = exporting.WRITERS[fmt]
    if fmt == "jsonl":  # the same records, as ready lines: no dict per row
        rows, writer = exporting.jsonl_lines(db, status), exporting.write_lines
    # A bar on stderr only at a terminal, and never over records going to that terminal.
    show = sys.stderr.isatty() and (output is not None or not sys.stdout.isatty())
    with click.progressbar(
        length=max(exporting.count(db, status) if show else 1, 1), label="export", show_pos=True,
        show_eta=True, file=sys.stderr, hidden=not show, item_show_func=_show_rate,
    ) as bar:
        rows = exporting.ticking(rows, _rated(bar)) if show else rows
        if output is None:
            writer(rows, sys.stdout)
            return
        tmp = output.with_name(output.name + ".part")
        try:
            with tmp.open("w", encoding="utf-8", newline="") as out:
                n = writer(rows, out)
            tmp.replace(output)  # a reader never sees half an export
        except OSError as exc:
            tmp.unlink(missing_ok=True)
            raise Failure(f"{output}: {exc.strerror}") from None
    click.echo(f"{n} sentences written to {output}", err=True)


def _existing_db(path: Path) -> sqlite_utils.Database:
    if not path.exists():
        raise Failure(f"{path}: no such database (import some sentences first)")
    return open_store(path)


@main.command("extract")
@click.argument("file", required=False, default="-", type=click.File("rb"))
@click.option("--sources", "sources_file", type=click.Path(path_type=Path), default=None,
              help="A TOML source registry to use instead of the bundled one.")
@click.option("--published", default=None, metavar="DATE", help="Date that anchors 'on Friday'.")
def extract_(file: IO[bytes], sources_file: Path | None, published: str | None) -> None:
    """Propose attributions for sentences, one per line (standard input without FILE), as
    JSON Lines: {"text": ..., "attributions": [...]}."""
    try:
        registry = load_registry(sources_file) if sources_file else bundled_registry()
    except RegistryError as exc:
        raise Failure(str(exc)) from None
    pub = parse_date(published)
    name = getattr(file, "name", "-")
    name = "<stdin>" if name in ("-", "<stdin>") or not isinstance(name, str) else name
    for number, raw in enumerate(file, 1):
        try:
            line = raw.decode("utf-8-sig" if number == 1 else "utf-8").rstrip("\r\n")
        except UnicodeDecodeError:
            raise Failure(f"{name}:{number}: invalid UTF-8") from None
        found = extract(line, registry, published=pub)
        sys.stdout.write(
            json.dumps({"text": line, "attributions": [a.to_dict() for a in found]}, ensure_ascii=False)
            + "\n"
        )


@main.command()
@click.pass_context
def stats(ctx: click.Context) -> None:
    """Counts per status, and of proposed attributions per entity."""
    db = _existing_db(ctx.obj["db"])
    p = progress(db)
    click.echo(f"sentences  {p.total}")
    for status, n in p.counts.items():
        click.echo(f"  {status:<9}{n}")
    click.echo("top entities proposed:")
    for entity, n in db.execute(
        "SELECT entity, count(*) AS n FROM candidates GROUP BY entity ORDER BY n DESC LIMIT 15"
    ):
        click.echo(f"  {n:>6}  {entity}")
