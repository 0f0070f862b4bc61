"""The `newsgraph` command line. Every command is documented in README.md.

Exit codes: 0 all went well; 1 some items failed (each named on stderr, the rest were stored);
2 a usage error (bad option or filter value, unknown id, missing or unreadable database).
"""

from __future__ import annotations

import codecs
import json
import os
import re
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from newsgraph import __version__
from newsgraph.records import ENTITY_TYPES

if TYPE_CHECKING:  # the heavy modules load inside the commands that use them (`_lazy`)
    from newsgraph.pipeline import RunSummary
    from newsgraph.records import Article, IngestFailure, IngestSkip, RawItem
    from newsgraph.store import Store

DEFAULT_DB = "newsgraph.db"
#: `newsgraph.export.FORMATS`, written here so that `--help` does not load the export (a test
#: keeps the two equal).
EXPORT_FORMATS = ("json", "jsonl", "csv")


class _LazyHelpOption(click.Option):
    """An option whose help text is made when help is shown (`help_fn`): the values it names
    live in modules that only the command itself loads."""

    def __init__(self, *args: Any, help_fn: Callable[[], str], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._help_fn = help_fn

    def get_help_record(self, ctx: click.Context) -> tuple[str, str] | None:
        if self.help is None:
            self.help = self._help_fn()
        return super().get_help_record(ctx)


def _event_types_help() -> str:
    from newsgraph.analyse.plover import TYPES

    return f"PLOVER type, any case: {', '.join(TYPES)}."


def _date_help(what: str) -> Callable[[], str]:
    def make() -> str:
        from newsgraph.store.browse import DATE_FORMS

        return f"{what} ({DATE_FORMS})."

    return make


def db_option(f: Callable) -> Callable:
    return click.option(
        "--db",
        "db_path",
        type=click.Path(dir_okay=False),
        default=lambda: os.environ.get("NEWSGRAPH_DB", DEFAULT_DB),
        show_default=f"$NEWSGRAPH_DB or {DEFAULT_DB}",
        help="Database: a SQLite file or a postgresql:// URL (ingest and analyze create a "
        "missing file; the other commands refuse it).",
    )(f)


def _check_encoding(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """An encoding Python knows (`latin-1`, `cp1252`), else a usage error before any input."""
    if value is None:
        return None
    try:
        codecs.lookup(value)
    except LookupError:
        raise click.BadParameter(f"unknown encoding {value!r}") from None
    return value


class NotFound(click.ClickException):
    """An id or a name that names nothing stored: one line on stderr (`Error: no …`), exit
    code 2 like a usage error, for every lookup (`show`, `dossier`, `quotes --article`)."""

    exit_code = 2


class BadFilter(click.ClickException):
    """A filter value that can match nothing: one line on stderr (`Error: --type: …`, no
    usage text around it), exit code 2 like any usage error."""

    exit_code = 2


def _checked(check: str) -> Callable:
    """A click callback from one of the store's filter checks (`newsgraph.store.browse`, by
    name: the web's too): one rule for what a filter takes, and a one-line error that names
    the valid values. The store loads when the command runs, not for `--help`."""

    def callback(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
        from newsgraph.store import browse

        try:
            return getattr(browse, check)(value)
        except browse.QueryError as e:
            raise BadFilter(f"{param.opts[0]}: {e}") from None

    return callback


_check_date = _checked("check_date")


def ingest_options(f: Callable) -> Callable:
    options = [
        click.option(
            "--allow-private",
            is_flag=True,
            help="Allow URLs that resolve to private or loopback addresses.",
        ),
        click.option(
            "--max-bytes",
            type=click.IntRange(min=1),
            default=10_000_000,
            show_default=True,
            help="Size cap per input item (file, record, download).",
        ),
        click.option(
            "--encoding",
            default=None,
            callback=_check_encoding,
            help="Encoding of plain-text files (default UTF-8).",
        ),
        click.option(
            "--timeout",
            type=click.FloatRange(min=0.1),
            default=20.0,
            show_default=True,
            help="Seconds per URL request.",
        ),
        click.option("--ignore-robots", is_flag=True, help="Do not honour robots.txt for URLs."),
        click.option(
            "--jobs",
            "-j",
            type=click.IntRange(min=1),
            default=1,
            show_default=True,
            help="Worker processes for extraction (worth it for large batches).",
        ),
        click.option(
            "--progress/--no-progress",
            default=None,
            help="Progress bar (default: when stderr is a terminal).",
        ),
        click.option(
            "--all-duplicates",
            is_flag=True,
            help=f"Name every duplicate input (default: the first {DUPLICATE_LINES}, then count).",
        ),
    ]
    for option in reversed(options):
        f = option(f)
    return f


def open_store(db_path: str, *, create: bool = False) -> Store:
    """The database; a missing SQLite file is created only for a command that stores
    (`create`): a command that reads refuses it, and creates no folder or file."""
    from newsgraph.store import Store, StoreError
    from newsgraph.store.dialect import is_url

    if not create and not is_url(db_path) and not Path(db_path).is_file():
        raise click.UsageError(
            f"no database at {db_path} (`newsgraph ingest` or `analyze` creates one)"
        )
    try:
        return Store(db_path)
    except StoreError as e:
        raise click.UsageError(str(e)) from e


def _report_failure(failure: IngestFailure) -> None:
    _write_err(f"error: {failure.line()}")


def _report_skip(skip: IngestSkip) -> None:
    _write_err(f"skipped: {skip.line()}")


#: Duplicates named one a line (stderr, report.md) before a count stands for the rest: a re-run
#: of a big batch is all duplicates, and 10,000 lines would bury the failures.
DUPLICATE_LINES = 20


def duplicate_cap(opts: dict[str, Any]) -> int | None:
    """How many duplicates a run names (None: all, `--all-duplicates`)."""
    return None if opts.get("all_duplicates") else DUPLICATE_LINES


def _duplicate_reporter(cap: int | None) -> Callable[[IngestSkip], None]:
    """Name each duplicate on stderr as it is met, up to `cap`."""
    named = 0

    def report(skip: IngestSkip) -> None:
        nonlocal named
        if cap is None or named < cap:
            named += 1
            _report_skip(skip)

    return report


def _write_err(line: str) -> None:
    from tqdm import tqdm

    tqdm.write(line, file=sys.stderr)


def _with_progress(
    items: Iterator[RawItem | IngestFailure], total: int | None, show: bool | None
) -> Iterator[RawItem | IngestFailure]:
    from tqdm import tqdm

    enabled = sys.stderr.isatty() if show is None else show
    if not enabled:
        yield from items
        return
    with tqdm(items, total=total, unit="item", file=sys.stderr, dynamic_ncols=True) as bar:
        yield from bar


def _run_ingest(store: Store, paths: tuple[str, ...], opts: dict[str, Any]) -> RunSummary:
    from newsgraph.ingest import IngestOptions, count_inputs, iter_inputs
    from newsgraph.pipeline import group_stored, ingest
    from newsgraph.report import unnamed_duplicates

    options = IngestOptions(
        max_bytes=opts["max_bytes"],
        allow_private=opts["allow_private"],
        timeout=opts["timeout"],
        encoding=opts["encoding"],
        respect_robots=not opts["ignore_robots"],
    )
    stdin = sys.stdin.buffer if "-" in paths else None
    items = iter_inputs(paths, options, stdin=stdin)
    total = None if "-" in paths else count_inputs(paths)
    summary = ingest(
        store,
        _with_progress(items, total, opts["progress"]),
        jobs=opts["jobs"],
        on_failure=_report_failure,
        on_skip=_report_skip,
        on_warning=lambda w: _write_err(f"warning: {w.line()}"),
        on_duplicate=_duplicate_reporter(duplicate_cap(opts)),
    )
    if rest := unnamed_duplicates(summary, duplicate_cap(opts)):
        _write_err(f"skipped: {rest}")
    group_stored(store, summary)
    return summary


def summary_line(summary: RunSummary) -> str:
    """The closing line of `ingest` and `analyze` (the run report prints the same line)."""
    return summary.line()


def _finish(summary: RunSummary, verb: str = "ingest") -> None:
    click.echo(f"{verb}: {summary_line(summary)}", err=True)
    if summary.failed:
        sys.exit(1)


#: Commands that live in other modules, loaded only when they run (or `--help` names them):
#: name -> (module, attribute, the short help `newsgraph --help` lists; a test keeps it the
#: command's own).
LAZY_COMMANDS = {
    "serve": (
        "newsgraph.web.cli",
        "serve",
        "Serve the web app and HTTP API (pages at /, API at /api, reference at /docs).",
    ),
}


def _takes_db(cmd: click.Command) -> bool:
    return any("--db" in p.opts for p in cmd.params)


def _gives_db(args: list[str]) -> bool:
    """Whether the command line `args` gives `--db` itself (before a `--`)."""
    for a in args:
        if a == "--":
            return False
        if a == "--db" or a.startswith("--db="):
            return True
    return False


class _Group(click.Group):
    """A group that hands the top-level `--db` (`newsgraph --db X CMD`) to the command it
    runs, unless the command's own `--db` is given (that one wins), and that loads the
    `LAZY_COMMANDS` only when they are run or asked for their help."""

    #: The top level's lazy commands; a subgroup (`show`) has none of its own.
    lazy: dict[str, tuple[str, str, str]] = LAZY_COMMANDS

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*super().list_commands(ctx), *self.lazy})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name in self.lazy and cmd_name not in self.commands:
            import importlib

            module, attr, _ = self.lazy[cmd_name]
            self.add_command(getattr(importlib.import_module(module), attr), cmd_name)
        return super().get_command(ctx, cmd_name)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """As click lists them, with a lazy command's short help from `LAZY_COMMANDS`."""
        rows = []
        limit = formatter.width - 6 - max(len(n) for n in self.list_commands(ctx))
        for name in self.list_commands(ctx):
            if name in self.lazy and name not in self.commands:
                short = click.Command(name, help=self.lazy[name][2])
                rows.append((name, short.get_short_help_str(limit)))
                continue
            cmd = self.get_command(ctx, name)
            if cmd is not None and not cmd.hidden:
                rows.append((name, cmd.get_short_help_str(limit)))
        if rows:
            with formatter.section("Commands"):
                formatter.write_dl(rows)

    def resolve_command(
        self, ctx: click.Context, args: list[str]
    ) -> tuple[str | None, click.Command | None, list[str]]:
        name, cmd, rest = super().resolve_command(ctx, args)
        db = ctx.find_root().meta.get(_ROOT_DB)
        if (
            db is not None
            and cmd is not None
            and not isinstance(cmd, click.Group)
            and _takes_db(cmd)
            and not _gives_db(rest)
        ):
            rest = ["--db", db, *rest]
        return name, cmd, rest


_ROOT_DB = "newsgraph.root_db"


def _root_db(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is not None:
        ctx.meta[_ROOT_DB] = value
    return value


class _SubGroup(_Group):
    """A command group under the top level: it passes `--db` on but lists no lazy commands."""

    lazy: dict[str, tuple[str, str, str]] = {}


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="newsgraph")
@click.option(
    "--db",
    "db_path",
    type=click.Path(dir_okay=False),
    default=None,
    callback=_root_db,
    expose_value=False,
    is_eager=True,
    help="Database for the command (as its own --db; a --db given after the command wins).",
)
def main() -> None:
    """newsgraph: news articles from many outlets, turned into checkable knowledge."""


@main.command("ingest")
@click.argument("paths", nargs=-1, required=True)
@db_option
@ingest_options
def ingest_cmd(paths: tuple[str, ...], db_path: str, **opts: Any) -> None:
    """Store articles from files, folders, URLs or `-` (stdin).

    Reads .txt, .html/.htm, .json/.jsonl, .warc/.warc.gz, RSS/Atom feeds and http(s) URLs.
    The same input is stored once; failures are named one per line and the batch goes on.
    """
    with open_store(db_path, create=True) as store:
        summary = _run_ingest(store, paths, opts)
    _finish(summary)


@main.command("analyze")
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--out",
    "out_dir",
    type=click.Path(file_okay=False),
    required=True,
    help="Folder for the report and the export.",
)
@db_option
@ingest_options
def analyze_cmd(paths: tuple[str, ...], out_dir: str, db_path: str, **opts: Any) -> None:
    """Ingest PATHS, analyse them, and write a report and export to --out."""
    from newsgraph.report import write_report

    with open_store(db_path, create=True) as store:
        summary = _run_ingest(store, paths, opts)
        written = write_report(store, Path(out_dir), summary, duplicate_cap(opts))
    for path in written:
        click.echo(f"wrote {path}")
    _finish(summary, "analyze")


@main.command("export")
@click.option(
    "--format", "fmt", type=click.Choice(EXPORT_FORMATS), default="json", show_default=True
)
@click.option(
    "-o",
    "--output",
    type=click.Path(),
    default=None,
    help="Output file (a folder for csv); default: stdout (json, jsonl).",
)
@db_option
def export_cmd(fmt: str, output: str | None, db_path: str) -> None:
    """Export everything in the database (the contract in docs/export.md)."""
    from newsgraph.export import build_document, write_csv, write_json, write_jsonl

    with open_store(db_path) as store:
        doc = build_document(store)
    if fmt == "csv":
        if output is None:
            raise click.UsageError("--format csv writes one file per list: give -o FOLDER")
        for path in write_csv(doc, Path(output)):
            click.echo(f"wrote {path}", err=True)
        return
    writer = write_json if fmt == "json" else write_jsonl
    if output is None:
        writer(doc, sys.stdout)
    else:
        with open(output, "w", encoding="utf-8") as f:
            writer(doc, f)
        click.echo(f"wrote {output}", err=True)


@main.group("show", cls=_SubGroup)
def show() -> None:
    """Show one stored item in full."""


@show.command("article")
@click.argument("article_id")
@click.option("--removed", is_flag=True, help="List what the cleaner removed, with reasons.")
@click.option("--raw", is_flag=True, help="Print the raw input as stored.")
@click.option("--json", "as_json", is_flag=True, help="Print the export record as JSON.")
@db_option
def show_article(article_id: str, removed: bool, raw: bool, as_json: bool, db_path: str) -> None:
    """Show an article (ID may be an unambiguous prefix)."""
    from newsgraph.export.contract import article_record
    from newsgraph.pipeline import input_of

    with open_store(db_path) as store:
        full_id = store.resolve_id(article_id)
        article = store.get_article(full_id) if full_id else None
        if article is None:
            raise NotFound(f"no article with id {article_id!r} (or ambiguous prefix)")
        # a digest's items 2+ store a reference: print the digest's input they were cut from
        found = input_of(store, article.id) if raw else None
        raw_item = found[0] if found is not None else None
    if as_json:
        record = article_record(article)
        record["removed"] = [
            {
                # a removal the raw page does not hold verbatim has no position (-1 stored)
                "start": r.start if r.start >= 0 else None,
                "end": r.end if r.start >= 0 else None,
                "reason": r.reason,
                "text": r.text,
            }
            for r in article.removals
        ]
        click.echo(json.dumps(record, ensure_ascii=False, indent=2))
        return
    if raw_item is not None:
        click.echo(raw_item.content.decode("utf-8", errors="replace"))
        return
    if removed:
        click.echo(_format_removals(article))
        return
    click.echo(_format_article(article))


def _format_article(a: Article) -> str:
    rows = [
        ("id", a.id),
        ("title", a.title),
        ("outlet", a.outlet),
        ("byline", a.byline),
        ("published", a.published),
        ("url", a.url),
        ("language", a.language),
        ("status", a.status),
        ("version of", _current_version(a)),
        ("reason", _not_analysed_reason(a)),
        ("source", a.source),
        ("extractor", a.extractor),
        ("removed", f"{len(a.removals)} items (--removed lists them)"),
    ]
    head = "\n".join(f"{k:>10}: {v}" for k, v in rows if v is not None)
    return f"{head}\n\n{a.text}"


def _current_version(a: Article) -> str | None:
    """The id of the page's current version, for a version stored as `superseded` (the
    `[version of ID]` of `articles`, in full), else None."""
    from newsgraph.store.sqlite import SUPERSEDED

    return a.metadata.get("version_of") if a.status == SUPERSEDED else None


def _not_analysed_reason(a: Article) -> str | None:
    """Why an article is stored but not analysed, or None. The store keeps no reason of its
    own: `not_analysed` means a language the analysis does not handle (`ANALYSED_LANGUAGES`),
    so the reason is said from the stored language (the export carries the same two fields,
    docs/export.md)."""
    if a.status != "not_analysed":
        return None
    from newsgraph.extract.language import ANALYSED_LANGUAGES

    handled = ", ".join(sorted(ANALYSED_LANGUAGES))
    if a.language is None:
        return f"language not detected (text too short to tell); analysed: {handled}"
    return f"language {a.language} is not analysed (analysed: {handled})"


def _format_removals(a: Article) -> str:
    digest = (a.metadata.get("digest") or {}) if not a.removals else {}
    if digest.get("item", 1) > 1:
        # the page is shared by the digest's items: its audit is kept once, on the first
        from newsgraph.pipeline import item_id

        first = item_id(str(digest.get("id")), 1)
        return f"nothing removed from item {digest['item']}; the digest's audit is on {first}"
    if not a.removals:
        note = " (HTML: all visible page text is in the article)" if a.kind == "html" else ""
        return f"nothing removed{note}"
    lines = []
    for r in a.removals:
        text = r.text.replace("\n", "\\n")
        if len(text) > 100:
            text = text[:97] + "..."
        # a removal the raw page does not hold verbatim is stored with no position (-1)
        span = f"{r.start:>7}-{r.end:<8}" if r.start >= 0 else f"{'position unknown':<16}"
        lines.append(f"{span} {r.reason:<24} {text}")
    return "\n".join(lines)


@show.command("entity")
@click.argument("name")
@click.option(
    "--context",
    type=click.IntRange(min=0),
    default=60,
    show_default=True,
    help="Characters of context on each side of a mention.",
)
@db_option
def show_entity(name: str, context: int, db_path: str) -> None:
    """Show an entity (id, name or alias): its mentions in context and the quotes it said."""
    from newsgraph.analyse.linking import distinct_roles
    from newsgraph.store.browse import ambiguous_entity, is_description

    with open_store(db_path) as store:
        found = store.find_entities(name)
        if not found and is_description(name):
            raise NotFound(
                f"{name!r} is a description, not an entity's name: the quotes of speakers "
                f"it named are in `newsgraph quotes --speaker {_shell_word(name)}`"
            )
        if not found:
            raise NotFound(f"no entity named {name!r}")
        if len(found) > 1:
            raise click.UsageError(ambiguous_entity(name, found))
        keys = [found[0][0]]
        [record] = store.entity_records(keys=keys)
        record["roles"] = sorted(distinct_roles(record["roles"]))
        texts = {m["article"]: None for m in record["mentions"]}
        for article_id in texts:
            article = store.get_article(article_id, with_removals=False)
            texts[article_id] = article.text if article else ""
        said = store.quotes_by_entity(record["id"])
    click.echo(
        f"{record['name']}  ({record['type']}, {record['country'] or 'no country'})  "
        f"id {record['id']}"
    )
    if record["aliases"]:
        click.echo(f"  aliases: {', '.join(record['aliases'])}")
    if record["roles"]:
        click.echo(f"  roles: {'; '.join(record['roles'])}")
    if record["lat"] is not None:
        click.echo(f"  location: {record['lat']:.4f}, {record['lon']:.4f}")
    click.echo(f"\nMentions ({len(record['mentions'])}):")
    for m in record["mentions"]:
        text = texts[m["article"]] or ""
        left = _one_line(text[max(0, m["start"] - context) : m["start"]]).lstrip()
        right = _one_line(text[m["end"] : m["end"] + context]).rstrip()
        click.echo(
            f"  {m['article'][:8]} {m['start']:>6} [{m['link']}] …{left}"
            f"[{text[m['start'] : m['end']]}]{right}…"
        )
    if said:
        click.echo(f"\nQuotes ({len(said)}):")
        for _, article_id, q in said:
            click.echo(f"  {article_id[:8]} {q.start:>6} {q.kind:<8} {_ellipsis(q.text, 140)}")


@main.command("entities")
@click.option(
    "--type",
    "etype",
    type=click.Choice(ENTITY_TYPES, case_sensitive=False),
    default=None,
    help="Entity type (any case).",
)
@click.option(
    "--country",
    default=None,
    callback=_checked("check_country"),
    help="ISO 3166 alpha-3 code, e.g. RUS (any case).",
)
@click.option("--limit", type=click.IntRange(min=1), default=50, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="JSON Lines in the export's shape.")
@db_option
def entities_cmd(
    etype: str | None, country: str | None, limit: int, as_json: bool, db_path: str
) -> None:
    """List entities, most mentioned first, with aliases, roles and country."""
    from newsgraph.analyse.linking import distinct_roles
    from newsgraph.export.contract import entity_record

    with open_store(db_path) as store:
        records = store.entity_records(type=etype, country=country)
    records.sort(key=lambda r: (-len(r["mentions"]), r["id"]))
    for r in records[:limit]:
        r["roles"] = sorted(distinct_roles(r["roles"]))
        if as_json:
            click.echo(json.dumps(entity_record(r), ensure_ascii=False))
            continue
        articles = len({m["article"] for m in r["mentions"]})
        extra = f"  aka {', '.join(r['aliases'][:4])}" if r["aliases"] else ""
        role = f"  [{'; '.join(r['roles'][:2])}]" if r["roles"] else ""
        click.echo(
            f"{len(r['mentions']):>5} mentions {articles:>3} articles  {r['type']:<6} "
            f"{r['country'] or '-':<4} {r['name']}{extra}{role}"
        )


@main.command("articles")
@click.option("--search", "query", default=None, help="Full-text query (SQLite FTS5 syntax).")
@click.option("--outlet", default=None, help="Only this outlet.")
@click.option("--limit", type=click.IntRange(min=1), default=50, show_default=True)
@db_option
def articles_cmd(query: str | None, outlet: str | None, limit: int, db_path: str) -> None:
    """List stored articles, or search them."""
    with open_store(db_path) as store:
        if query:
            for hit in _search_hits(store, query, outlet, limit):
                click.echo(
                    f"{hit['id']}  {hit['title'] or '(no title)'}"
                    f"{_status_mark(hit['status'], hit['metadata'])}\n    {hit['snippet']}"
                )
            return
        shown = 0
        for a in store.iter_articles():
            if outlet and (a.outlet or "").lower() != outlet.lower():
                continue
            click.echo(
                f"{a.id}  {a.published or '?':<10.10}  {a.outlet or '?':<20.20}  "
                f"{a.title or '(no title)'}{_status_mark(a.status, a.metadata)}"
            )
            shown += 1
            if shown >= limit:
                break


def _search_hits(store: Store, query: str, outlet: str | None, limit: int) -> list[dict]:
    """The first `limit` articles matching `query` (of `outlet` only, any case, filtered
    before the limit), best first: export records with a one-line `snippet`, matches in [ ]."""
    from newsgraph.store import browse

    hits: list[dict] = []
    offset: int | None = 0
    while offset is not None and len(hits) < limit:
        try:
            page = browse.search_articles(
                store, query, limit=limit - len(hits), offset=offset, outlet=outlet
            )
        except browse.QueryError as e:
            raise click.UsageError(str(e)) from e
        hits += page.items
        offset = page.next_offset
    for hit in hits:
        marked = hit["snippet"].replace(browse.MATCH_START, "[").replace(browse.MATCH_END, "]")
        hit["snippet"] = _one_line(marked).strip()
    return hits


def _status_mark(status: str, metadata: dict) -> str:
    """What a listing must say beside a row that is not a report of its own: an earlier or
    stub version of another stored page, or an article stored but not analysed."""
    from newsgraph.store.sqlite import SUPERSEDED

    if status == SUPERSEDED:
        of = metadata.get("version_of")
        return f"  [version of {of[:12]}]" if of else "  [superseded]"
    return "  [not analysed]" if status == "not_analysed" else ""


@main.command("quotes")
@click.option(
    "--speaker",
    default=None,
    help="Only quotes by this speaker: an entity id, part of a name (any case), or a "
    "description (`the spokeswoman`: also the words that named the speaker).",
)
@click.option("--article", "article_id", default=None, help="Only quotes from this article.")
@click.option("--kind", type=click.Choice(["direct", "mixed", "indirect"]), default=None)
@click.option("--attributed", is_flag=True, help="Only quotes with a speaker.")
@click.option("--json", "as_json", is_flag=True, help="JSON Lines in the export's quote shape.")
@db_option
def quotes_cmd(
    speaker: str | None,
    article_id: str | None,
    kind: str | None,
    attributed: bool,
    as_json: bool,
    db_path: str,
) -> None:
    """List quotations with their speakers (who said what, to whom, through whom)."""
    from newsgraph.export.contract import quote_record
    from newsgraph.store.browse import find_quotes

    with open_store(db_path) as store:
        if article_id:
            full = store.resolve_id(article_id)
            if full is None:
                raise NotFound(f"no article with id {article_id!r}")
            article_id = full
        rows = find_quotes(
            store, article=article_id, speaker=speaker, kind=kind, attributed=attributed
        )
    for quote_id, art, q, canonical in rows:
        if as_json:
            click.echo(json.dumps(quote_record(quote_id, art, q), ensure_ascii=False))
            continue
        unnamed = f"({q.speaker.text})" if q.speaker else "(unattributed)"
        who = canonical or q.speaker_name or unnamed
        extra = "".join(
            [
                f" to {q.addressee_name or q.addressee.text}" if q.addressee else "",
                f" via {q.via}" if q.via else "",
            ]
        )
        click.echo(f"{art[:8]} {q.start:>6} {q.kind:<8} {who}{extra}: {_ellipsis(q.text, 160)}")


def _shell_word(text: str) -> str:
    """`text` quoted for a shell command line a user may paste."""
    import shlex

    return shlex.quote(text)


def _one_line(text: str) -> str:
    """`text` on one line: each run of white space (a line break, a blank line) one space, and
    no space where the text has none (`[Rask], speaking`)."""
    return re.sub(r"\s+", " ", text)


def _plural(n: int, noun: str) -> str:
    """`1 article`, `2 articles`."""
    return f"{n} {noun}{'s' * (n != 1)}"


def _ellipsis(text: str, n: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


@main.command("events")
@click.option(
    "--type",
    "etype",
    default=None,
    callback=_checked("check_event_type"),
    cls=_LazyHelpOption,
    help_fn=_event_types_help,
)
@click.option("--actor", default=None, help="An actor or target whose name or id contains this.")
@click.option(
    "--country",
    default=None,
    callback=_checked("check_country"),
    help="An actor or target from this country (ISO 3166 alpha-3, e.g. RUS; any case).",
)
@click.option(
    "--since",
    default=None,
    callback=_check_date,
    cls=_LazyHelpOption,
    help_fn=_date_help("Events whose date reaches this date or later"),
)
@click.option(
    "--until",
    default=None,
    callback=_check_date,
    cls=_LazyHelpOption,
    help_fn=_date_help("Events whose date starts on or before this date"),
)
@click.option("--limit", type=click.IntRange(min=1), default=100, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="JSON Lines in the export's shape.")
@click.option(
    "--grouped",
    is_flag=True,
    help="One line per real-world event (merged across the articles of a story), with its "
    "number of mentions and articles.",
)
@db_option
def events_cmd(
    etype: str | None,
    actor: str | None,
    country: str | None,
    since: str | None,
    until: str | None,
    limit: int,
    as_json: bool,
    grouped: bool,
    db_path: str,
) -> None:
    """List events: who did what to whom, where and when, with the article span that says so.

    A date filter compares periods: an event dated at a week, month or year matches when that
    period overlaps the range from --since to --until (undated events match no date filter).
    """
    from newsgraph.store.browse import DateError, check_range, event_records

    try:
        check_range(since, until)
    except DateError as e:
        raise BadFilter(str(e)) from None
    with open_store(db_path) as store:
        records = event_records(store, type=etype, since=since, until=until)
        records = _parties_filtered(records, actor, country)
        if grouped:
            every, stories = store.event_records(), store.story_records()
            report_of = _wire_reports(store, stories)
        elif as_json:
            from newsgraph.export.contract import add_event_groups_from

            records = records[:limit]
            add_event_groups_from(store, records)  # the export's `event_group`, as it gives it
    if grouped:
        _events_grouped(records, every, stories, report_of, limit, as_json)
        return
    for r in records[:limit]:
        if as_json:
            click.echo(json.dumps(r, ensure_ascii=False))
            continue
        click.echo(f"{_event_line(r)}  ({r['article'][:8]} {r['start']})")


def _parties_filtered(records: list[dict], actor: str | None, country: str | None) -> list[dict]:
    """The events with an actor or target whose name or id holds `actor` (any case) and one
    from `country`."""

    def parties(r: dict) -> list[dict]:
        return r["actors"] + r["targets"]

    if actor:
        low = actor.lower()
        records = [
            r
            for r in records
            if any(
                low in (p["name"] or "").lower() or low in (p["entity"] or "") for p in parties(r)
            )
        ]
    if country:
        records = [r for r in records if any((p["country"] or "") == country for p in parties(r))]
    return records


def _wire_reports(store: Store, stories: list[dict]) -> dict[str, str]:
    """Article id -> its report id, for the articles that are wire copies: the dossier's rule
    (`compare.bundle.wire_report_of`), per story."""
    from newsgraph.compare.bundle import wire_report_of
    from newsgraph.export.contract import article_record

    out: dict[str, str] = {}
    for story in stories:
        pairs = story["wire_copies"]
        if not pairs:
            continue
        ids = sorted({i for pair in pairs for i in pair})
        records = [article_record(a) for a in store.iter_articles(ids)]
        out.update(wire_report_of(records, pairs))
    return out


def _count_reports(group: dict, members: list[dict], report_of: dict[str, str]) -> None:
    """Add `reports`, `wire_groups` and `report_mentions` to an event group: its mentions
    with a wire-copy set's copies taken once (the copy that tells it most often); `mentions`
    stays every article's count."""
    by_report: dict[str, dict[str, int]] = {}
    for e in members:
        report = report_of.get(e["article"], e["article"])
        per_copy = by_report.setdefault(report, {})
        per_copy[e["article"]] = per_copy.get(e["article"], 0) + len(e.get("mentions") or [None])
    group["reports"] = len(by_report)
    group["wire_groups"] = sorted(sorted(c) for c in by_report.values() if len(c) > 1)
    group["report_mentions"] = sum(max(c.values()) for c in by_report.values())


def _event_line(r: dict) -> str:
    """Date, type, status, who -> whom, place: the part an event and an event group share."""
    who = " + ".join(p["name"] for p in r["actors"]) or "?"
    whom = " + ".join(p["name"] for p in r["targets"])
    where = f" in {r['place']['name']}" if r["place"] else ""
    return (
        f"{r['date'] or '????-??-??':<10} {r['type']:<9} {r['status']:<9} {who}"
        f"{' -> ' + whom if whom else ''}{where}"
    )


def _events_grouped(
    matching: list[dict],
    every: list[dict],
    stories: list[dict],
    report_of: dict[str, str],
    limit: int,
    as_json: bool,
) -> None:
    """Real-world events that any matching event tells, each once with all its members (the
    export's `event_group`); a count on stderr. Wire copies of one agency text are one report,
    as in the dossier (`compare.bundle.wire_report_of`): `reports` counts them once,
    `wire_groups` lists each set of copies, and `report_mentions` counts a sentence the copies
    share once (`mentions` counts every article's)."""
    from newsgraph.group.events import event_groups, group_summaries
    from newsgraph.store.browse import event_order

    groups = event_groups(every, stories)
    wanted = {groups[r["id"]] for r in matching}
    rows = [g for g in group_summaries(every, groups) if g["event_group"] in wanted]
    rows.sort(key=event_order)  # by the group's date, as `events` lists (stable: ties in order)
    events_by_id = {e["id"]: e for e in every}
    for g in rows:
        _count_reports(g, [events_by_id[i] for i in g["events"]], report_of)
    for g in rows[:limit]:
        if as_json:
            click.echo(json.dumps(g, ensure_ascii=False))
            continue
        n, r, k = g["report_mentions"], g["reports"], len(g["articles"])
        counts = f"{_plural(n, 'mention')}, {_plural(k, 'article')}"
        if k != r:  # wire copies: the articles are fewer reports
            copies, texts = sum(len(w) for w in g["wire_groups"]), len(g["wire_groups"])
            counts = (
                f"{_plural(n, 'mention')}, {_plural(r, 'report')} ({k} articles: "
                f"{copies} copies of {_plural(texts, 'wire text')})"
            )
        click.echo(f"{_event_line(g)}  [{counts}] {g['event_group']}")
    told = sum(len(g["events"]) for g in rows)
    click.echo(
        f"{_plural(len(rows), 'real-world event')}, told by {_plural(told, 'article event')}",
        err=True,
    )


@main.command("stories")
@click.option("--rebuild", is_flag=True, help="Regroup every article from scratch first.")
@click.option("--limit", type=click.IntRange(min=1), default=50, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="JSON Lines in the export's shape.")
@db_option
def stories_cmd(rebuild: bool, limit: int, as_json: bool, db_path: str) -> None:
    """List stories (articles about the same event), largest first, with outlets and dates."""
    with open_store(db_path) as store:
        if rebuild:
            from newsgraph.group.run import regroup

            click.echo(f"regrouped into {regroup(store)} stories", err=True)
        records = store.story_records()
        articles = {
            a.id: a for a in store.iter_articles(ids=[i for r in records for i in r["articles"]])
        }
    records.sort(key=lambda r: (-len(r["articles"]), r["id"]))
    for r in records[:limit]:
        if as_json:
            click.echo(json.dumps(r, ensure_ascii=False))
            continue
        members = [articles[i] for i in r["articles"] if i in articles]
        outlets = _story_outlets(members)
        dates = sorted(a.published[:10] for a in members if a.published)
        span = f"{dates[0]}..{dates[-1]}" if dates else "undated"
        noun = "article" if len(members) == 1 else "articles"
        click.echo(
            f"{r['id']}  {len(members):>3} {noun:<8}  {span:<22} {r['title'] or ''}\n"
            f"    outlets: {', '.join(outlets)}"
            + (f"; wire copies: {len(r['wire_copies'])}" if r["wire_copies"] else "")
        )


def _story_outlets(members: list[Article]) -> list[str]:
    """A story's outlets, sorted; an outlet whose reports in the story are all in a language
    newsgraph does not analyse is marked ` [not analysed]` (it counts in no comparison)."""
    read = {a.outlet or "?" for a in members if a.status != "not_analysed"}
    every = {a.outlet or "?" for a in members}
    return [o if o in read else f"{o} [not analysed]" for o in sorted(every)]


@show.command("story")
@click.argument("story_id")
@db_option
def show_story(story_id: str, db_path: str) -> None:
    """Show a story: its articles by date, with outlets, and the wire copies among them
    (STORY_ID may be an unambiguous prefix, or an article id in the story)."""
    from newsgraph.store.browse import instant

    with open_store(db_path) as store:
        full = store.resolve_story_id(story_id)
        records = store.story_records(full) if full else []
        if not records:
            raise NotFound(f"no story with id {story_id!r} (or ambiguous prefix)")
        [r] = records
        members = list(store.iter_articles(ids=r["articles"]))
    members.sort(key=lambda a: (instant(a.published), a.id))
    click.echo(f"{r['id']}: {r['title'] or '(no title)'}  ({_plural(len(members), 'article')})")
    for a in members:
        click.echo(
            f"  {a.id}  {a.published or '?':<25.25} {a.outlet or '?':<22.22} "
            f"{a.title or '(no title)'}"
        )
    for a, b in r["wire_copies"]:
        click.echo(f"  wire copy: {a} = {b}")


@main.command("dossier")
@click.argument("story")
@click.option(
    "--format", "fmt", type=click.Choice(["html", "md", "json"]), default="html", show_default=True
)
@click.option(
    "-o", "--output", type=click.Path(dir_okay=False), default=None, help="Default: stdout."
)
@click.option(
    "--from-export",
    "export_path",
    type=click.Path(exists=True, dir_okay=False),
    default=None,
    help="Read the story from a JSON export instead of the database.",
)
@db_option
def dossier_cmd(
    story: str, fmt: str, output: str | None, export_path: str | None, db_path: str
) -> None:
    """How each outlet covered STORY (an id, id prefix, or an article id in it)."""
    from newsgraph.compare import StoryNotFound, build_dossier
    from newsgraph.compare.bundle import bundle_from_export
    from newsgraph.compare.dossier import assemble
    from newsgraph.compare.render import render_html, render_markdown

    try:
        if export_path is not None:
            try:
                doc = json.loads(Path(export_path).read_text(encoding="utf-8"))
            except (OSError, ValueError) as e:
                raise click.UsageError(f"{export_path}: not a newsgraph JSON export ({e})") from e
            dossier = assemble(bundle_from_export(doc, story))
        else:
            with open_store(db_path) as store:
                dossier = build_dossier(store, story)
    except StoryNotFound as e:
        raise NotFound(str(e)) from e
    if fmt == "json":
        text = json.dumps(dossier, ensure_ascii=False, indent=2, sort_keys=False) + "\n"
    elif fmt == "md":
        text = render_markdown(dossier)
    else:
        text = render_html(dossier)
    if output is None:
        click.echo(text, nl=False)
    else:
        Path(output).write_text(text, encoding="utf-8")
        click.echo(f"wrote {output}", err=True)


@main.command("reprocess")
@click.argument("ids", nargs=-1)
@db_option
def reprocess_cmd(ids: tuple[str, ...], db_path: str) -> None:
    """Re-run extraction on stored raw inputs (all articles, or the given IDS), then settle
    page versions; all articles: stories are regrouped, so the database is what a fresh run
    would give; given IDS: they keep their stories (those in none join one)."""
    from newsgraph.pipeline import reprocess

    with open_store(db_path) as store:
        if ids:
            resolved = []
            for given in ids:
                full = store.resolve_id(given)
                if full is None:
                    raise NotFound(f"no article with id {given!r}")
                resolved.append(full)
        else:
            resolved = [a.id for a in store.iter_articles()]
        summary = reprocess(store, resolved, on_failure=_report_failure)
    line = f"reprocess: {summary.ingested} reprocessed, {summary.failed} failed"
    if summary.versions or summary.demoted:
        line += f", {summary.versions + len(summary.demoted)} stored as versions of a page"
    if summary.regrouped:
        line += "; stories regrouped"
    elif summary.ingested or summary.demoted:
        line += "; stories kept (new current versions grouped; `stories --rebuild` regroups)"
    click.echo(line, err=True)
    if summary.failed:
        sys.exit(1)


if __name__ == "__main__":  # pragma: no cover
    main()
