"""The pipeline: ingest → extract → (analyse) → store, one item at a time.

Each item is handled on its own: a bad one becomes an `IngestFailure` line and the batch goes
on; a good one is stored in its own transaction, so nothing stored is lost when a later one fails
or the process is killed, and a re-run skips what is already there.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import islice
from urllib.parse import urlsplit

from newsgraph.analyse import analyse
from newsgraph.extract import NoTextFound, extract
from newsgraph.extract.language import ANALYSED_LANGUAGES, detect_language
from newsgraph.extract.metadata import normalise_date
from newsgraph.extract.outlets import host_of, outlet_from_domain, site_name
from newsgraph.records import (
    KNOWN_FIELDS,
    Article,
    Extraction,
    IngestFailure,
    IngestSkip,
    RawItem,
)
from newsgraph.store import Store


@dataclass
class RunSummary:
    """What a run did, for the closing summary line and the exit code."""

    ingested: int = 0
    duplicates: int = 0
    not_analysed: int = 0
    failures: list[IngestFailure] = field(default_factory=list)
    skipped: list[IngestSkip] = field(default_factory=list)
    article_ids: list[str] = field(default_factory=list)
    analysis_errors: list[IngestFailure] = field(default_factory=list)
    #: articles stored as a later version of a stored page (`status` "superseded")
    versions: int = 0

    @property
    def failed(self) -> int:
        return len(self.failures)

    def line(self) -> str:
        line = (
            f"{self.ingested} ingested, {self.duplicates} skipped as duplicates, "
            f"{len(self.skipped)} skipped (no article), {self.failed} failed, "
            f"{self.not_analysed} not analysed (language)"
        )
        if self.analysis_errors:
            line += f", {len(self.analysis_errors)} stored without analysis (error)"
        if self.versions:
            line += f", {self.versions} stored as new versions of a stored page (not counted)"
        return line


def build_article(raw: RawItem, extraction: Extraction) -> Article:
    """Merge what the input says about itself with what extraction found.

    Metadata the input gives explicitly (a JSON field, a feed entry's title, a WARC target URI)
    wins over what was guessed from the text; the guesses are kept in `metadata["extracted"]`.
    """
    given = {k: raw.fields.get(k) for k in KNOWN_FIELDS}
    found = {
        "title": extraction.title,
        "url": extraction.url,
        "outlet": extraction.outlet,
        "byline": extraction.byline,
        "published": extraction.published,
    }

    def pick(name: str) -> str | None:
        value = given.get(name)
        if value is None or not str(value).strip():
            value = found.get(name)
        return None if value is None else " ".join(str(value).split()) or None

    url = pick("url")
    outlet = pick("outlet")
    outlet = site_name(outlet) if outlet else outlet_from_domain(url)
    language = detect_language(extraction.text)
    metadata = {k: v for k, v in raw.fields.items() if k not in KNOWN_FIELDS}
    metadata["extracted"] = {k: v for k, v in found.items() if v}
    if extraction.agencies:
        metadata["agencies"] = list(extraction.agencies)
    external_id = given.get("external_id")
    return Article(
        id=raw.id,
        source=raw.source,
        kind=raw.kind,
        text=extraction.text,
        external_id=None if external_id is None else str(external_id),
        url=url,
        outlet=outlet,
        title=pick("title"),
        byline=pick("byline"),
        published=normalise_date(pick("published")),
        language=language,
        status="analysed" if language in ANALYSED_LANGUAGES else "not_analysed",
        extractor=extraction.extractor,
        metadata=metadata,
        removals=list(extraction.removals),
    )


def process(raw: RawItem) -> Article | IngestFailure:
    """Extract and analyse one raw item; an extraction error becomes a one-line failure.

    An analysis error does not lose the article: it is stored with its text and the error is
    kept in `metadata["analysis_error"]`, so `reprocess` can retry it after a fix.
    """
    try:
        article = build_article(raw, extract(raw))
    except NoTextFound as e:
        return IngestFailure(raw.source, str(e))
    except Exception as e:  # noqa: BLE001 - one bad item must never stop the batch
        return IngestFailure(raw.source, f"extraction failed: {type(e).__name__}: {e}")
    try:
        analyse(article)
    except Exception as e:  # noqa: BLE001
        article.quotes = []
        article.metadata["analysis_error"] = f"{type(e).__name__}: {e}"
    return article


def ingest(
    store: Store,
    items: Iterable[RawItem | IngestFailure | IngestSkip],
    *,
    jobs: int = 1,
    on_failure: Callable[[IngestFailure], None] | None = None,
    on_skip: Callable[[IngestSkip], None] | None = None,
    on_warning: Callable[[IngestFailure], None] | None = None,
) -> RunSummary:
    """Store every new article from `items`; report each failure as it happens.

    With `jobs` > 1, extraction runs in worker processes (it is CPU-bound: trafilatura, regexes)
    while this process keeps the only database connection; order and results are unchanged.
    """
    summary = RunSummary()

    def fail(failure: IngestFailure) -> None:
        summary.failures.append(failure)
        store.record_failure(failure.source, failure.reason)
        if on_failure is not None:
            on_failure(failure)

    drawn: set[str] = set()

    def fresh() -> Iterator[RawItem | IngestFailure]:
        """Items to extract: not stored yet, nor drawn earlier in this run (a batch is drawn
        before any of it is stored, so a second copy in one batch is caught here)."""
        for item in items:
            if isinstance(item, IngestSkip):
                summary.skipped.append(item)
                if on_skip is not None:
                    on_skip(item)
                continue
            if isinstance(item, RawItem):
                if item.id in drawn or store.has_article(item.id):
                    summary.duplicates += 1
                    summary.article_ids.append(item.id)
                    continue
                drawn.add(item.id)
            yield item

    linker = EntityLinker(store)
    namer = OutletNamer(store)
    versions = PageVersions(store)
    # Batches are drawn in this thread: the store's connection must not cross threads.
    with _executor(jobs) as imap:
        for batch in _batched(fresh(), max(1, jobs) * 8):
            for item, result in imap(_process_item, batch):
                if isinstance(result, IngestFailure):
                    fail(result)
                    continue
                namer.name(result)
                versions.mark(result)
                linker.link(result)
                if "analysis_error" in result.metadata:
                    warning = IngestFailure(
                        item.source, f"stored, analysis failed: {result.metadata['analysis_error']}"
                    )
                    summary.analysis_errors.append(warning)
                    if on_warning is not None:
                        on_warning(warning)
                if store.add_article(result, item):
                    namer.learn(result)
                    versions.learn(result)
                    summary.versions += result.status == SUPERSEDED
                    summary.ingested += 1
                    summary.not_analysed += result.status == "not_analysed"
                else:
                    summary.duplicates += 1
                summary.article_ids.append(item.id)
    return summary


class OutletNamer:
    """Names an outlet the way its own pages do.

    A pre-scraped text whose outlet is only its URL's host (`vena.example`) takes the name other
    articles from that host already gave (`ABC`, from a page's site name), so one outlet is not
    counted as two. The first name stored for a host wins, and it is given to the articles
    stored under the bare host before it was known, so the names do not depend on the order
    articles came in. `name` only reads; `learn` runs once the article is stored, so an input
    that is not stored (a duplicate) renames nothing.
    """

    def __init__(self, store: Store) -> None:
        self.store = store
        self.names: dict[str, str] | None = None

    def _load(self) -> dict[str, str]:
        if self.names is None:
            self.names = {}
            for url, outlet in self.store.urls_and_outlets():
                host = host_of(url)
                if host and outlet != host:
                    self.names.setdefault(host, outlet)
        return self.names

    def name(self, article: Article) -> None:
        """Give the article the name its host already has, if its outlet is only the host."""
        host = host_of(article.url)
        if host is None:
            return
        names = self._load()
        if article.outlet in (None, host) and host in names:
            article.outlet = names[host]

    def learn(self, article: Article) -> None:
        """A stored article's outlet names its host, if the host had no name yet: the stored
        articles under the bare host take it."""
        host = host_of(article.url)
        outlet = article.outlet
        names = self._load()
        if host and outlet and outlet != host and host not in names:
            names[host] = outlet
            self.store.name_host_outlet(host, outlet)


#: `Article.status` of a later version of a stored page (see `PageVersions`).
SUPERSEDED = "superseded"


#: Query parameters that track a visit and name no other page.
_TRACKING = ("utm_", "fbclid", "gclid", "mc_cid", "mc_eid", "ref", "cmpid", "ocid")


def page_key(
    url: str | None, outlet: str | None, title: str | None = None
) -> tuple[str, str, str] | None:
    """(host, host + path + query, headline) naming one page, or None for no URL or a site's
    front page (many articles share it: it names no page). The headline is part of it: a live
    page keeps its URL while each update gets a headline of its own, and each update is a
    report. The host stands for the outlet: an outlet's name can be learnt mid-run (a bare host
    renamed), which must not make one page two; tracking parameters (`utm_*`, `fbclid`, `ref`)
    name no other page. `outlet` is used only when the URL has no host."""
    if not url:
        return None
    try:
        parts = urlsplit(url.strip() if "://" in url else "http://" + url.strip())
    except ValueError:
        return None
    host = (parts.hostname or "").lower().removeprefix("www.")
    path = parts.path.rstrip("/")
    if not host or not path:
        return None
    kept = [
        q
        for q in parts.query.split("&")
        if q and not q.split("=", 1)[0].lower().startswith(_TRACKING)
    ]
    query = f"?{'&'.join(kept)}" if kept else ""
    return (
        host or (outlet or "").casefold(),
        f"{host}{path}{query}",
        " ".join((title or "").casefold().split()),
    )


class PageVersions:
    """A re-save or re-scrape of a page already stored is a new version, not a new report.

    The store keys articles by their content, so a truncated or updated copy of a page (same
    canonical URL, same outlet, same headline) is a new article; counted as one it would make
    one outlet two reports of a story. It is stored with its raw input (nothing is lost:
    `reprocess` and `show article --raw` still have it), but with status `superseded` and
    `metadata["version_of"]` naming the first stored version, without analysis: grouping
    takes only analysed articles, so stories, dossiers, quotes and events count the page once.
    The first stored version stays the report (a later, longer version does not replace it).
    """

    def __init__(self, store: Store) -> None:
        self.store = store
        self.first: dict[tuple[str, str, str], str] | None = None

    def _load(self) -> dict[tuple[str, str, str], str]:
        if self.first is None:
            self.first = {}
            for article_id, url, outlet, title, status in self.store.article_urls():
                key = page_key(url, outlet, title)
                if key and status != SUPERSEDED:
                    self.first.setdefault(key, article_id)
        return self.first

    def mark(self, article: Article) -> None:
        """Mark `article` as a later version if its page is stored under another id."""
        key = page_key(article.url, article.outlet, article.title)
        first = self._load().get(key) if key else None
        if first is None or first == article.id:
            return
        article.status = SUPERSEDED
        article.metadata["version_of"] = first
        article.metadata.pop("analysis_error", None)
        article.quotes, article.entities, article.events = [], [], []
        article.entity_merges = {}

    def learn(self, article: Article) -> None:
        key = page_key(article.url, article.outlet, article.title)
        if key and article.status != SUPERSEDED:
            self._load().setdefault(key, article.id)


class EntityLinker:
    """Gives an article's entities their global keys against everything already stored.

    Runs in the process that holds the store, article by article, so keys do not depend on
    how extraction was parallelised. The index is read from the store once per run and then
    grows in place: linking an article does not copy it.
    """

    def __init__(self, store: Store) -> None:
        self.store = store
        self.linker = None

    def link(self, article: Article) -> None:
        if not article.entities:
            return
        from newsgraph.analyse.linking import Linker, key_info

        if self.linker is None:
            self.linker = Linker({row[0]: key_info(*row) for row in self.store.entity_index()})
        keys, evidence = self.linker.link_article(article.id, article.entities)
        for i, entity in enumerate(article.entities):
            entity.key = keys[i]
        # An identical name is identity, not a merge: only the judgement calls need evidence.
        article.entity_merges = {
            ev.index: f"{ev.reason}: {ev.name} -> {ev.canonical}"
            for ev in evidence
            if ev.reason not in ("same name", "same key")
        }
        for q in article.quotes:
            if q.speaker_entity is not None:
                q.speaker_key = article.entities[q.speaker_entity].key
            if q.addressee_entity is not None:
                q.addressee_key = article.entities[q.addressee_entity].key


def _batched(items: Iterable, size: int) -> Iterator[list]:
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


def _process_item(
    item: RawItem | IngestFailure,
) -> tuple[RawItem | IngestFailure, Article | IngestFailure]:
    return item, item if isinstance(item, IngestFailure) else process(item)


@contextmanager
def _executor(jobs: int) -> Iterator[Callable]:
    """`imap` over a process pool when jobs > 1, else the builtin `map` (no pool overhead)."""
    if jobs <= 1:
        yield map
        return
    import multiprocessing

    with multiprocessing.get_context("spawn").Pool(jobs) as pool:
        yield lambda f, it: pool.imap(f, it, chunksize=4)


def reprocess(
    store: Store,
    ids: Iterable[str],
    *,
    on_failure: Callable[[IngestFailure], None] | None = None,
) -> RunSummary:
    """Re-run extraction from the stored raw inputs (after upgrading newsgraph)."""
    summary = RunSummary()
    linker = EntityLinker(store)
    namer = OutletNamer(store)
    versions = PageVersions(store)
    for article_id in ids:
        raw = store.get_raw(article_id)
        if raw is None:
            failure = IngestFailure(article_id, "no stored raw input for this article")
        else:
            result = process(raw)
            if isinstance(result, Article):
                namer.name(result)
                versions.mark(result)
                linker.link(result)
                store.replace_article(result)
                namer.learn(result)
                summary.ingested += 1
                summary.not_analysed += result.status == "not_analysed"
                summary.article_ids.append(article_id)
                continue
            failure = result
        summary.failures.append(failure)
        if on_failure is not None:
            on_failure(failure)
    return summary
