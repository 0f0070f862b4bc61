"""The pipeline: ingest → extract → (analyse) → store, one item at a time.

Each item is handled on its own: a bad one becomes an `IngestFailure` line and the batch goes
on; a good one is stored in its own transaction, so nothing stored is lost when a later one fails
or the process is killed, and a re-run skips what is already there.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from itertools import islice
from typing import Any
from urllib.parse import urlsplit

from newsgraph.analyse import analyse
from newsgraph.extract import NoTextFound, extract
from newsgraph.extract.digest import split_digest
from newsgraph.extract.genre import alert_label, section_view
from newsgraph.extract.language import ANALYSED_LANGUAGES, language_of
from newsgraph.extract.metadata import normalise_date
from newsgraph.extract.outlets import host_of, outlet_from_domain, outlet_from_url, site_name
from newsgraph.extract.textclean import wire_note_of
from newsgraph.records import (
    COPY_FIELD,
    KNOWN_FIELDS,
    Article,
    Extraction,
    IngestFailure,
    IngestSkip,
    RawItem,
    content_id,
    identity_of,
    publisher_field,
)
from newsgraph.store import Store
from newsgraph.store.sqlite import SUPERSEDED


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
    #: articles stored as a later version of a stored page (`status` "superseded"), and
    #: stored stubs that a fuller version of their page replaced
    versions: int = 0
    #: stored articles this run made versions of a fuller one (a stub taken over, or one of
    #: two analysed versions of a page repaired)
    demoted: list[str] = field(default_factory=list)
    #: whether every story was regrouped from scratch (`reprocess` of the whole store)
    regrouped: bool = False
    #: each duplicate named: its input, and in the reason the stored article it repeats
    duplicate_items: list[IngestSkip] = field(default_factory=list)

    @property
    def failed(self) -> int:
        return len(self.failures)

    def line(self) -> str:
        """What came in, then what the ingested items were stored as. Every item read is
        ingested (stored), a duplicate (already stored: skipped), no article (skipped) or
        failed; an ingested one is a report, or a version of a page already stored (kept with
        its raw input, not analysed, in no story). The CLI and the run report both print it."""
        line = (
            f"{self.ingested} ingested, {self.duplicates} skipped as duplicates (already stored), "
            f"{len(self.skipped)} skipped (no article), {self.failed} failed"
        )
        demoted = len(self.demoted)
        new_versions = max(self.versions - demoted, 0)
        if self.ingested:
            reports = self.ingested - new_versions
            notes = []
            if self.not_analysed:
                notes.append(f"{self.not_analysed} not analysed: not English")
            if self.analysis_errors:
                notes.append(f"{len(self.analysis_errors)} not analysed: an error")
            parts = [
                f"{reports} {_plural(reports, 'report')}"
                + (f" ({'; '.join(notes)})" if notes else "")
            ]
            if new_versions:
                parts.append(
                    f"{new_versions} {_plural(new_versions, 'version')} of a page already "
                    "stored (kept, not a report)"
                )
            line += f"; stored as {', '.join(parts)}"
        if demoted:
            line += (
                f"; {demoted} stored {_plural(demoted, 'report')} became "
                f"{_plural(demoted, 'a version')} of a fuller one (kept, not a report)"
            )
        return line


def _plural(n: int, word: str) -> str:
    if n == 1:
        return word
    return word[2:] + "s" if word.startswith("a ") else word + "s"


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
    outlet = host_label(site_name(outlet) if outlet else outlet_from_domain(url), url)
    # too short to tell (a one-line alert): the input's own declared language, if the text agrees
    language = language_of(extraction.text, raw.fields.get("language") or raw.fields.get("lang"))
    metadata = {k: v for k, v in raw.fields.items() if k not in KNOWN_FIELDS}
    metadata["extracted"] = {k: v for k, v in found.items() if v}
    if extraction.agencies:
        metadata["agencies"] = list(extraction.agencies)
    # a plain-text column's section line (`Opinion` over its headline, removed as furniture)
    # says it is a view; the dossier reads `section` (an input's own field wins)
    if "section" not in metadata and (view := section_view(extraction.removals)):
        metadata["section"] = view.capitalize()
    # a wire alert's label (`BREAKING: Quake strikes …`) is kept apart from its headline
    label, title = alert_label(pick("title"))
    if label:
        metadata["alert"] = label
    # a wire story's bracketed note (`(Corrects …)`) leaves the body; the dossier lists it
    if "wire_note" not in metadata and (note := wire_note_of(extraction.removals)):
        metadata["wire_note"] = note
    external_id = given.get("external_id")
    return Article(
        id=raw.id,
        source=raw.source,
        kind=raw.kind,
        text=extraction.text,
        external_id=None if external_id is None else str(external_id),
        url=url,
        outlet=outlet,
        title=title,
        byline=pick("byline"),
        published=normalise_date(pick("published")),
        language=language,
        status="analysed" if language in ANALYSED_LANGUAGES else "not_analysed",
        extractor=extraction.extractor,
        metadata=metadata,
        removals=list(extraction.removals),
    )


#: The field of a digest item's stored raw input that says which item it is: `1` on the first
#: item, which keeps the digest's raw input; `{"item": n, "raw": <first item's id>}` on the
#: others, whose raw input is that reference only (the digest's payload is stored once).
DIGEST_FIELD = "digest_item"


def item_id(parent_id: str, n: int) -> str:
    """The id of a digest's n-th item (from 1): deterministic, from the digest's own id."""
    return content_id(f"{parent_id}#item-{n}".encode())


def articles_of(raw: RawItem, split: bool = True) -> list[Article]:
    """The articles of one raw input: one, or (with `split`) one per item of a digest
    (`extract.digest`), each with its own id (`item_id`), its source `<input>#item-<n>` and
    `metadata["digest"]` naming the digest and its place in it. Raises what `extract` raises."""
    extraction = extract(raw)
    items = split_digest(extraction) if split else None
    if items is None:
        return [build_article(raw, extraction)]
    title = " ".join(str(raw.fields.get("title") or extraction.title or "").split())
    articles = []
    for n, found in enumerate(items, 1):
        article = build_article(raw, found)
        article.id = item_id(raw.id, n)
        article.source = f"{raw.source}#item-{n}"
        article.title = found.title  # the item's heading, over the digest's own title
        article.metadata["digest"] = {"id": raw.id, "item": n, "items": len(items)}
        if title:
            article.metadata["digest"]["title"] = title
        articles.append(article)
    return articles


def stored_input(raw: RawItem, article: Article) -> RawItem:
    """The raw input stored with `article`: the input itself, or for a digest's item its
    `DIGEST_FIELD` form (the payload on the first item, a reference on the others)."""
    digest = article.metadata.get("digest")
    if not digest:
        return raw
    n = digest["item"]
    if n == 1:
        return replace(raw, source=article.source, fields={**raw.fields, DIGEST_FIELD: 1})
    ref = {"item": n, "raw": item_id(digest["id"], 1)}
    return RawItem(article.source, raw.kind, b"", {DIGEST_FIELD: ref}, raw.container)


def input_of(store: Store, article_id: str) -> tuple[RawItem, int | None] | None:
    """The raw input an article was made from, as it was read, and the article's item number
    when the input is a digest (None otherwise); None when nothing is stored."""
    raw = store.get_raw(article_id)
    mark = raw.fields.get(DIGEST_FIELD) if raw is not None else None
    if raw is None or mark is None:
        return None if raw is None else (raw, None)
    n = 1
    if isinstance(mark, dict):
        n, raw = mark.get("item"), store.get_raw(str(mark.get("raw")))
        if raw is None:
            return None
    fields = {k: v for k, v in raw.fields.items() if k != DIGEST_FIELD}
    return replace(raw, source=raw.source.rsplit("#item-", 1)[0], fields=fields), n


def process(
    raw: RawItem, item: int | None = None, split: bool = True
) -> list[Article] | IngestFailure:
    """Extract and analyse one raw item (a digest's items, or only its item `item`; `split`
    False: the input whole, as a stored article that was no digest is reprocessed); an
    extraction error becomes a one-line failure.

    An analysis error does not lose the article: it is stored with its text and the error is
    kept in `metadata["analysis_error"]`, so `reprocess` can retry it after a fix.
    """
    try:
        articles = _pick(articles_of(raw, split), item)
    except NoTextFound as e:
        return IngestFailure(raw.source, str(e))
    except Exception as e:  # noqa: BLE001 - one bad item must never stop the batch
        return IngestFailure(raw.source, f"extraction failed: {type(e).__name__}: {e}")
    for article in articles:
        try:
            analyse(article)
        except Exception as e:  # noqa: BLE001
            article.quotes = []
            article.metadata["analysis_error"] = f"{type(e).__name__}: {e}"
    return articles


def _pick(articles: list[Article], item: int | None) -> list[Article]:
    """`articles`, or its digest item `item` (raises NoTextFound when the input no longer
    splits into that item: a newer extractor reads it otherwise)."""
    if item is None:
        return articles
    found = [a for a in articles if (a.metadata.get("digest") or {}).get("item") == item]
    if not found:
        # ingesting the input again is a duplicate of its stored first item (`ingest.seen`)
        raise NoTextFound(
            f"no longer splits into a digest item {item}; the stored item is kept as it was "
            "(ingest the input into a new database to read it anew)"
        )
    return found


def ingest(
    store: Store,
    items: Iterable[RawItem | IngestFailure | IngestSkip],
    *,
    jobs: int = 1,
    on_failure: Callable[[IngestFailure], None] | None = None,
    on_skip: Callable[[IngestSkip], None] | None = None,
    on_warning: Callable[[IngestFailure], None] | None = None,
    on_duplicate: Callable[[IngestSkip], None] | None = None,
) -> RunSummary:
    """Store every new article from `items`; report each failure (and duplicate) as it happens.

    With `jobs` > 1, extraction runs in worker processes (it is CPU-bound: trafilatura, regexes)
    while this process keeps the only database connection; order and results are unchanged.
    """
    summary = RunSummary()

    def fail(failure: IngestFailure) -> None:
        summary.failures.append(failure)
        store.record_failure(failure.source, failure.reason)
        if on_failure is not None:
            on_failure(failure)

    drawn: dict[str, dict[str, Any]] = {}  # id -> the fields of the input drawn with it
    sources: dict[str, str] = {}  # id -> the input drawn with it, to name what a duplicate repeats

    def duplicate(item: RawItem, of: str) -> None:
        """Count a duplicate and name it with the stored article (and input) it repeats."""
        article = None if of in sources else store.get_article(of, with_removals=False)
        stored = sources.get(of) or (article.source if article else "")
        skip = IngestSkip(
            item.source, f"duplicate of article {of}" + (f" ({stored})" if stored else "")
        )
        summary.duplicates += 1
        summary.duplicate_items.append(skip)
        if on_duplicate is not None:
            on_duplicate(skip)

    def seen(item: RawItem) -> str | None:
        """The id `item` is drawn or stored under (a digest's: its first item's), or None."""
        if item.id in drawn or store.has_article(item.id):
            return item.id
        first = item_id(item.id, 1)
        return first if store.has_article(first) else None

    def fresh() -> Iterator[RawItem | IngestFailure]:
        """Items to extract: not stored yet, nor drawn earlier in this run (a batch is drawn
        before any of it is stored, so a second copy in one batch is caught here). The same
        payload from another outlet or URL is a copy, stored under an id of its own."""
        for item in items:
            if isinstance(item, IngestSkip):
                summary.skipped.append(item)
                if on_skip is not None:
                    on_skip(item)
                continue
            if isinstance(item, RawItem):
                if of := seen(item):
                    copy = _as_copy(item, of, drawn, store)
                    if copy is None or (of := seen(copy)):
                        duplicate(item, of)
                        summary.article_ids.append(of)
                        continue
                    item = copy
                drawn[item.id] = item.fields
                sources[item.id] = item.source
            yield item

    linker = EntityLinker(store)
    namer = OutletNamer(store)
    versions = PageVersions(store)

    def store_one(item: RawItem, result: Article) -> None:
        """Store one article with the raw input it keeps (`stored_input`)."""
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
        stub, wire = versions.takeover(result)
        if store.add_article(result, item, supersedes=stub, wire=wire):
            namer.learn(result)
            stub = versions.learn(result)
            if stub is not None:
                summary.demoted.append(stub)
            summary.versions += (result.status == SUPERSEDED) + (stub is not None)
            summary.ingested += 1
            summary.not_analysed += result.status == "not_analysed"
        else:
            duplicate(item, result.id)
        summary.article_ids.append(result.id)

    # Batches are drawn in this thread: the store's connection must not cross threads.
    with _executor(jobs) as imap:
        for batch in _batched(fresh(), max(1, jobs) * 8):
            for item, results in imap(_process_item, batch):
                if isinstance(results, IngestFailure):
                    fail(results)
                    continue
                for result in results:
                    store_one(stored_input(item, result), result)
    for version, current in versions.repaired:
        summary.demoted.append(version)
        summary.versions += 1
        summary.article_ids.append(current)  # grouped if it was in no story
    return summary


def _as_copy(
    item: RawItem, of: str, drawn: dict[str, dict[str, Any]], store: Store
) -> RawItem | None:
    """`item` as a copy of the earlier input with its payload (drawn or stored as `of`) when
    another publisher gives it (a wire copy): another URL where both name one, else another
    outlet where both name one. None for a duplicate: the same page, or a side that names
    neither."""
    if COPY_FIELD in item.fields or identity_of(item.fields) is None:
        return None
    if of in drawn:
        other = drawn[of]
    else:
        raw = store.get_raw(of)
        other = raw.fields if raw is not None else {}
    if not _other_publisher(item.fields, other):
        return None
    return replace(item, fields={**item.fields, COPY_FIELD: identity_of(item.fields)})


def _other_publisher(mine: dict[str, Any], other: dict[str, Any]) -> bool:
    for key in ("url", "outlet"):
        a, b = (publisher_field(f, key).casefold() for f in (mine, other))
        if a and b:
            return a != b
    return False


#: The prefix of a host that names an edition of its site, not another site: `www.` (and
#: numbered web servers), mobile and AMP pages. What is left keeps a dot (`m.example` stays).
_EDITION = re.compile(r"^(?:www\d*|m|mobile|amp)\.(?=[^.]+\.)")
#: The spellings of a host that `Store.name_host_outlet` renames with it (case aside).
EDITION_FORMS = ("www.", "m.", "mobile.", "amp.")
#: An outlet written as a bare domain (`www.Harbour-Times.example`, `https://kbc.example/`).
_DOMAIN = re.compile(
    r"(?i)^(?:https?://)?((?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z][a-z0-9-]*[a-z0-9])\.?/?$"
)


def outlet_host(url: str | None) -> str | None:
    """The host that stands for an article's outlet: `outlets.host_of` (lower case, no `www.`)
    without an edition prefix (`m.`, `amp.`, `www2.`), so every page of one site is one
    outlet: `https://m.Harbour-Times.example/a` -> `harbour-times.example`."""
    host = host_of(url)
    while host and (m := _EDITION.match(host)):
        host = host[m.end() :]
    return host


def domain_form(outlet: str | None) -> str | None:
    """The host an outlet written as a bare domain is (`outlet_host`'s form), or None when
    the outlet is a name: `www.Coastline-Post.example` -> `coastline-post.example`."""
    m = _DOMAIN.match(outlet.strip()) if outlet else None
    return outlet_host(m.group(1)) if m else None


def host_label(outlet: str | None, url: str | None) -> str | None:
    """The outlet an article shows. A name stays; an outlet that is only a host (none found,
    or a bare domain: the text's URL, an extractor's site name taken from the URL or from a
    title `Headline - www.site.example`) is the outlet table's name for the host, else the host
    as `outlet_host` writes it, the same on every page of the site whatever the page's format.
    The host, not a name made from it: `coastlinepost` is no name the site gives itself
    (`Coastline Post`? `CoastlinePost`?), `kbc-news` would be `Kbc News` for `KBC`, and a
    user recognises the host in the article's URL; the outlet namer replaces it by the name
    a page of the host gives (`OutletNamer`)."""
    if outlet:
        host = domain_form(outlet)
        if host is None:
            return outlet
    else:
        host = outlet_host(url)
    if not host or "." not in host:
        return None
    return outlet_from_url(host) or host


class OutletNamer:
    """Names an outlet the way its own pages do.

    An article whose outlet is only its URL's host (`host_label`: `vena.example`, from a
    pre-scraped text or a page that names itself nowhere) takes the name other articles from
    that host already gave (`ABC`, from a page's site name), so one outlet is not counted as
    two. The host is `outlet_host`'s: `www.`, `m.` and `amp.` pages are one site. The first
    name stored for a host wins, and it is given to the articles stored under the bare host
    before it was known (in any spelling of the host: `www.vena.example`), so the names do not
    depend on the order articles came in. A bare domain is never a name. `name` only reads;
    `learn` runs once the article is stored, so an input that is not stored (a duplicate)
    renames nothing.
    """

    def __init__(self, store: Store) -> None:
        self.store = store
        self.names: dict[str, str] | None = None

    def _load(self) -> dict[str, str]:
        if self.names is None:
            self.names = {}
            for url, outlet in self.store.urls_and_outlets():
                host = outlet_host(url)
                if host and domain_form(outlet) is None:
                    self.names.setdefault(host, outlet)
        return self.names

    def name(self, article: Article) -> None:
        """Give the article the name its host already has, if its outlet is only the host."""
        host = outlet_host(article.url)
        if host is None:
            return
        names = self._load()
        bare = article.outlet is None or domain_form(article.outlet) == host
        if bare and host in names:
            article.outlet = names[host]

    def learn(self, article: Article) -> None:
        """A stored article's outlet names its host, if the host had no name yet: the stored
        articles under the bare host take it."""
        host = outlet_host(article.url)
        outlet = article.outlet
        names = self._load()
        if host and outlet and domain_form(outlet) is None and host not in names:
            names[host] = outlet
            self.store.name_host_outlet(host, outlet, [p + host for p in EDITION_FORMS])


#: Query parameters that track a visit and name no other page.
_TRACKING = ("utm_", "fbclid", "gclid", "mc_cid", "mc_eid", "ref", "cmpid", "ocid")


def page_key(
    url: str | None,
    outlet: str | None = None,
    title: str | None = None,
    declared: str | None = None,
) -> tuple[str, str, str] | None:
    """(host, host + path + query, headline) naming one page, or None for no URL or a site's
    front page (many articles share it: it names no page). The headline is part of it: a live
    page keeps its URL while each update gets a headline of its own, and each update is a
    report. The host (`outlet_host`, as the outlet namer has it) stands for the outlet:
    an outlet's name can be learnt mid-run (a bare host renamed), which must not make one page
    two, so `outlet` is not part of the key. Tracking parameters (`utm_*`, `fbclid`, `ref`)
    name no other page.

    `declared` is the URL the page gives itself (`rel=canonical`, `og:url`: the extractor's
    `url`): an AMP, print or mobile edition fetched under its own URL names its page so, and
    is one page with it. It counts only on the input URL's own site (`outlet_host`): a
    syndication partner's page whose canonical points to the origin is another publisher's
    copy (a wire copy, a report of its own), not a version of the origin's page."""
    if declared == url or not isinstance(declared, str):
        return _url_key(url, title)
    if url is None or outlet_host(declared) == outlet_host(url):
        key = _url_key(declared, title)
        if key is not None:
            return key
    return _url_key(url, title)


def article_page(article: Article) -> tuple[str, str, str] | None:
    """`page_key` of an article, with the URL its page declares (the extractor's, kept in
    `metadata.extracted`: the input's own `url` wins in `article.url`)."""
    return page_key(article.url, article.outlet, article.title, _declared(article))


def article_own_page(article: Article) -> tuple[str, str, str] | None:
    """`page_key` of an article by the URL it was fetched from alone (where `article_page`
    took a declared URL, the key it falls back on: `page_slot`)."""
    return page_key(article.url, article.outlet, article.title)


def stored_key(row: tuple) -> tuple[str, str, str] | None:
    """`page_key` of a `Store.article_urls` row (id, url, outlet, title, status, declared)."""
    return page_key(row[1], row[2], row[3], row[5])


def stored_own_keys(stored: Iterable[tuple], keys: dict[str, tuple | None]) -> dict[str, tuple]:
    """id -> own URL's key of the `Store.article_urls` rows whose key (`keys`) is another:
    a declared URL's (`page_slot`)."""
    own = {}
    for row in stored:
        if row[5] is not None and row[0] in keys:
            mine = page_key(row[1], row[2], row[3])
            if mine != keys[row[0]]:
                own[row[0]] = mine
    return own


def _declared(article: Article) -> str | None:
    found = article.metadata.get("extracted")
    return found.get("url") if isinstance(found, dict) else None


def one_article(text: str | None, other: str | None) -> bool:
    """Whether two texts are one article's (an edition, a cut or an update of it): most of the
    shorter one's word 5-grams are in the other (`group.wire.containment`). Page 2 of a
    paginated article, or another article a CMS gives the same canonical URL (a tag page, a
    recurring column's headline), shares no more than stock phrases. Unknown text: one."""
    from newsgraph.group.wire import MIN_CONTAINMENT, containment, shingles

    a, b = shingles(text or ""), shingles(other or "")
    return not a or not b or containment(a, b) >= MIN_CONTAINMENT


def page_slot(
    current: dict[tuple, tuple],
    via: dict[str, tuple | None],
    article_id: str,
    keys: tuple[tuple | None, tuple | None],
    text_of: Callable[[str], str | None],
) -> tuple | None:
    """The page key an article competes under, from (its `page_key`, its own URL's key).
    A declared URL makes two pages one only when their texts are one article's
    (`one_article`): else the article is its own URL's page, and a current version that had
    taken a URL by declaring it gives it back to the page fetched from it (it goes back to
    its own URL's key, `via`: id -> own key of the current versions keyed by a declared URL).
    The same rule for a run (`PageVersions`), a store's repair and `plan_versions`."""
    key, own = keys
    cur = current.get(key) if key else None
    if cur is None or cur[0] == article_id:
        return key
    cur_own = via.get(cur[0], key)
    if (own == key and cur_own == key) or one_article(text_of(cur[0]), text_of(article_id)):
        return key
    if own != key:
        return None if own is None else page_slot(current, via, article_id, (own, own), text_of)
    del current[key]
    if via.pop(cur[0], None) is not None:
        current.setdefault(cur_own, cur)
    return key


def _url_key(url: str | None, title: str | None) -> tuple[str, str, str] | None:
    host = outlet_host(url)
    if not host:
        return None
    text = url.strip().strip("<>")  # host_of found a host: `url` is a string
    try:
        parts = urlsplit(text if "://" in text else "http://" + text)
    except ValueError:
        return None
    path = parts.path.rstrip("/")
    if not path:
        return None
    kept = [
        q
        for q in parts.query.split("&")
        if q and not q.split("=", 1)[0].lower().startswith(_TRACKING)
    ]
    query = f"?{'&'.join(kept)}" if kept else ""
    return host, f"{host}{path}{query}", " ".join((title or "").casefold().split())


#: A version of a page is a stub of a later one (a teaser, or a cut that an update completes)
#: when its text is under this share of the later one's ...
STUB_SHARE = 0.5
#: ... or under this many characters while the later one is not (a teaser of a full report),
STUB_CHARS = 400
#: and in both cases the later one is longer by at least this many characters: a change of a
#: few characters around `STUB_CHARS` (a typo fixed) does not make a new report.
STUB_GAIN = 200


def is_stub(length: int, later: int, cut: bool = False) -> bool:
    """Whether a version of `length` characters is a stub of one of `later` characters. A
    shorter version is never a stub's successor (a correction that cuts text stays a
    version), and between two near-full versions the first stored stays the report, unless
    the first is `cut` short: a truncated save of the later one (`cut_short`)."""
    if cut and length < later:
        return True
    return later - length >= STUB_GAIN and (
        length < STUB_SHARE * later or length < STUB_CHARS <= later
    )


#: How a finished text ends: a truncated save stops anywhere else (`Brevland demanded on Wedn`).
_FINISHED = re.compile(r"""[.!?…:;)\]"'”’»]$""")


def cut_short(text: str | None, later: str | None) -> bool:
    """Whether `text` is `later` cut off mid-sentence (a truncated save of the page): whitespace
    aside, a strict prefix of it that does not end as a sentence does. An earlier version
    that ends with a finished paragraph is no cut (an update appends to it: the first stays)."""
    if not text or not later:
        return False
    a, b = " ".join(text.split()), " ".join(later.split())
    return len(a) < len(b) and b.startswith(a) and not _FINISHED.search(a)


def version_texts(
    store: Store, rows: list[tuple[str, tuple | None, int | None]]
) -> dict[str, str | None]:
    """The stored texts of the articles whose page has several versions (for `cut_short`);
    a store's texts are not all read."""
    texts = {}
    for article_id in _competing(rows):
        article = store.get_article(article_id, with_removals=False)
        texts[article_id] = article.text if article else None
    return texts


def _competing(rows: list[tuple[str, tuple | None, int | None]]) -> set[str]:
    """The ids of the rows whose page key more than one row has."""
    seen: dict[tuple, int] = {}
    for _, key, _ in rows:
        if key is not None:
            seen[key] = seen.get(key, 0) + 1
    return {i for i, key, _ in rows if key is not None and seen[key] > 1}


def with_lengths(
    store: Store, rows: list[tuple[str, tuple | None, int | None]]
) -> list[tuple[str, tuple | None, int | None]]:
    """The rows with the stored text length filled in where a page has several versions (the
    only place the stub rule compares lengths): a store's texts are not all read."""
    competing = _competing(rows)
    wanted = [i for i, _, n in rows if n is None and i in competing]
    lengths = store.text_lengths(wanted) if wanted else {}
    return [(i, key, lengths.get(i, n)) for i, key, n in rows]


def plan_versions(
    rows: Iterable[tuple[str, tuple | None, int]],
    texts: dict[str, str | None] | None = None,
    own: dict[str, tuple | None] | None = None,
) -> dict[str, str | None]:
    """The current version of each page, from (id, page key, text length) in the order the
    articles were stored: id -> the id of its page's current version, None for the current
    one itself (and for an article that names no page). The first version is current until
    a version of which it is a stub comes (`is_stub`; `texts`, the competing versions' texts,
    tell a truncated save, `cut_short`): that one is current from then on.
    `PageVersions` applies the same rule article by article as a run stores them, so a
    `reprocess` that plans the whole store ends where a fresh run of the inputs would.
    `own`: id -> its own URL's key, for the rows keyed by a declared URL (`page_slot`)."""
    current: dict[tuple, tuple[str, int]] = {}
    via: dict[str, tuple | None] = {}
    key_of: dict[str, tuple | None] = {}
    texts, own = texts or {}, own or {}
    for article_id, found, length in rows:
        held = current.get(found) if found else None
        key = page_slot(current, via, article_id, (found, own.get(article_id, found)), texts.get)
        if held is not None and key == found and found not in current:
            # the version there gave the URL back (`page_slot`): its versions go with it
            back = next((k for k, v in current.items() if v == held), None)
            key_of = {i: back if k == key else k for i, k in key_of.items()}
        key_of[article_id] = key
        if key is None:
            continue
        cur = current.get(key)
        cut = cur is not None and cut_short(texts.get(cur[0]), texts.get(article_id))
        if cur is None or is_stub(cur[1], length, cut):
            current[key] = (article_id, length)
            if article_id in own and own[article_id] != key:
                via[article_id] = own[article_id]
    return {
        i: None if key is None or current[key][0] == i else current[key][0]
        for i, key in key_of.items()
    }


def _as_version(article: Article, current: str) -> None:
    """Make an article (not stored yet, or being stored again) a version of `current`."""
    article.status = SUPERSEDED
    article.metadata["version_of"] = current
    article.metadata.pop("analysis_error", None)
    article.quotes, article.entities, article.events = [], [], []
    article.entity_merges = {}


class PageVersions:
    """A re-save or re-scrape of a page already stored is a new version, not a new report.

    The store keys articles by their content, so a truncated or updated copy of a page (same
    canonical URL, same host, same headline) is a new article; counted as one it would make
    one outlet two reports of a story. It is stored with its raw input (nothing is lost:
    `reprocess` and `show article --raw` still have it), but with status `superseded` and
    `metadata["version_of"]` naming the page's current version, without analysis: grouping
    takes only analysed articles, so stories, dossiers, quotes and events count the page once.

    The first version stored (insertion order, not id order: ids are content hashes) stays
    the current one, unless it is a stub of a later one (`is_stub`: a teaser, or text a
    fraction of the later one's). Then the fuller version is stored as the current one and
    the stored stub becomes its version in the same transaction (`Store.add_article(...,
    supersedes=)`, `Store.supersede`: its analysis goes and the fuller version takes its
    place in its story; text and raw input stay; its versions name the new one), so the
    order in which a teaser and its full text come does not decide which is analysed.
    """

    def __init__(self, store: Store) -> None:
        self.store = store
        #: page key -> (id, text length or None until needed) of its current version
        self.current: dict[tuple[str, str, str], tuple[str, int | None]] | None = None
        #: article id -> the stored stub it replaces once it is stored
        self.replaces: dict[str, str] = {}
        #: (version, current) pairs `_load` repaired: two analysed versions of one page
        self.repaired: list[tuple[str, str]] = []
        #: id -> own URL's key of a current version keyed by a declared URL (`page_slot`)
        self.via: dict[str, tuple | None] = {}
        #: article id -> (the key `mark` gave it, its own URL's key), for `learn`
        self.keys: dict[str, tuple] = {}

    def _load(self) -> dict[tuple[str, str, str], tuple[str, int | None]]:
        """The current version of each stored page: the analysed ones, in insertion order.

        A store can hold two analysed versions of one page (made before page versions, or by
        a run killed between storing a fuller version and demoting its stub before the two
        were one transaction): the rule is applied to them here and the store repaired, the
        loser made a version of the winner (`repaired`)."""
        if self.current is None:
            stored = [r for r in self.store.article_urls() if r[4] != SUPERSEDED]
            rows = with_lengths(self.store, [(r[0], stored_key(r), None) for r in stored])
            own = stored_own_keys(stored, {i: key for i, key, _ in rows})
            self.current = {}
            for article_id, found, length in rows:
                keys = (found, own.get(article_id, found))
                key = page_slot(self.current, self.via, article_id, keys, self._text)
                if not key:
                    continue
                cur = self.current.get(key)
                if cur is None:
                    self._hold(key, keys[1], article_id, length)
                elif is_stub(cur[1], length, cut_short(self._text(cur[0]), self._text(article_id))):
                    self.store.supersede(cur[0], article_id, take_place=True)
                    self.repaired.append((cur[0], article_id))
                    self._hold(key, keys[1], article_id, length)
                else:
                    self.store.supersede(article_id, cur[0])
                    self.repaired.append((article_id, cur[0]))
        return self.current

    def mark(self, article: Article) -> None:
        """Mark `article` as a later version if its page is stored under another id, unless
        the stored one is a stub of it (then `replaces` names the stub, which the article
        takes over as it is stored: `takeover`)."""
        current = self._load()
        keys = (article_page(article), article_own_page(article))
        key = page_slot(current, self.via, article.id, keys, lambda i: self._text(i, article))
        self.keys[article.id] = (key, keys[1])
        cur = current.get(key) if key else None
        if cur is None or cur[0] == article.id:
            return
        if cur[1] is None:
            cur = current[key] = (cur[0], self.store.text_lengths([cur[0]]).get(cur[0], 0))
        if is_stub(cur[1], len(article.text), cut_short(self._text(cur[0]), article.text)):
            self.replaces[article.id] = cur[0]
            return
        _as_version(article, cur[0])

    def _text(self, article_id: str, new: Article | None = None) -> str | None:
        """A stored article's text, or `new`'s own (for `cut_short` and `one_article`: only
        where a page has two versions)."""
        if new is not None and new.id == article_id:
            return new.text
        article = self.store.get_article(article_id, with_removals=False)
        return article.text if article else None

    def takeover(self, article: Article) -> tuple[str | None, list[tuple[str, str]]]:
        """(the stub `article` takes over, or None; its wire-copy pairs with the other
        members of the stub's story), for `Store.add_article(supersedes=, wire=)`: the
        fuller version takes the stub's place in its story in the transaction that stores
        it, so no story is regrouped. Reads the story's members: its size, not the store's."""
        stub = self.replaces.get(article.id)
        if stub is None or article.status == SUPERSEDED:
            return None, []
        story = self.store.story_of(stub)
        if story is None:
            return stub, []
        from newsgraph.group.run import story_doc
        from newsgraph.group.wire import wire_copies

        members = [a for r in self.store.story_records(story) for a in r["articles"] if a != stub]
        if not members:
            return stub, []
        docs = [story_doc(a) for a in self.store.iter_articles(ids=members)]
        pairs = wire_copies([*docs, story_doc(article)])
        return stub, [p for p in pairs if article.id in p]

    def learn(self, article: Article) -> str | None:
        """After `article` was stored: it is its page's current version if it is the first
        or took over a stub; the id of the stub it took over (now a version of it), if any."""
        key, own = self.keys.pop(article.id, None) or (
            article_page(article),
            article_own_page(article),
        )
        stub = self.replaces.pop(article.id, None)
        if not key or article.status == SUPERSEDED:
            return None
        current = self._load()
        if stub is not None or key not in current:
            self._hold(key, own, article.id, len(article.text))
        return stub

    def _hold(self, key: tuple, own: tuple | None, article_id: str, length: int | None) -> None:
        """Make `article_id` its page's current version (`via` notes a declared URL's key)."""
        self.current[key] = (article_id, length)
        if own != key:
            self.via[article_id] = own


class EntityLinker:
    """Gives an article's entities their global keys against everything already stored.

    Runs in the process that holds the store, article by article, so keys do not depend on
    how extraction was parallelised. The index is read from the store once per run and then
    grows in place: linking an article does not copy it.
    """

    def __init__(self, store: Store) -> None:
        self.store = store
        self.linker = None
        #: link against the stored index (False: start empty, as a fresh run of the same
        #: inputs does; `reprocess` of the whole store sets it)
        self.stored_index = True

    def link(self, article: Article) -> None:
        if not article.entities:
            return
        from newsgraph.analyse.linking import Linker, key_info

        if self.linker is None:
            rows = self.store.entity_index() if self.stored_index else []
            self.linker = Linker({row[0]: key_info(*row) for row in rows})
        keys, evidence = self.linker.link_article(article.id, article.entities)
        if self.linker.rekeyed or self.linker.splits:
            # a short name stored earlier joins this article's full name, and a second full
            # name makes a short name ambiguous: both in one transaction
            self.store.relink_entities(
                self.linker.rekeyed, self.linker.splits, self.linker.split_off
            )
        self.linker.rekeyed = {}
        self.linker.splits = []
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
) -> tuple[RawItem | IngestFailure, list[Article] | IngestFailure]:
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
    """Re-run extraction from the stored raw inputs (after upgrading newsgraph), and leave the
    store as a fresh run of the same inputs would: the articles are analysed again in the
    order they were first stored, the versions of each page are planned again over the whole
    store (`plan_versions`, with the new extractions' URLs, headlines and lengths), so a
    stored version that is now its page's current one is analysed too and one that no longer
    is becomes a version (out of its story).

    Streamed: a first pass extracts each article and keeps only its page key and length (the
    plan needs no more); the second extracts it again, analyses it and writes it at once, so
    memory does not grow with the number of articles (the price: extraction runs twice).
    Stories: when every stored article was reprocessed, they are regrouped from scratch (a
    fresh run's); otherwise a reprocessed article keeps its story, a demoted one leaves it,
    and one in no story joins (`group_new`), so reprocessing a few costs what they cost
    (`summary.regrouped` says which)."""
    summary = RunSummary()
    linker = EntityLinker(store)
    namer = OutletNamer(store)
    wanted = list(dict.fromkeys(ids))
    order = store.insertion_order(wanted)
    #: id -> (page key, text length) of each article extracted again
    planned: dict[str, tuple[tuple | None, int]] = {}
    #: id -> own URL's key of each article extracted again that a declared URL keys
    owns: dict[str, tuple | None] = {}

    def fail(failure: IngestFailure) -> None:
        summary.failures.append(failure)
        if on_failure is not None:
            on_failure(failure)

    def extracted(article_id: str) -> Article | IngestFailure:
        found = input_of(store, article_id)
        if found is None:
            return IngestFailure(article_id, "no stored raw input for this article")
        raw, item = found
        try:
            [article] = _pick(articles_of(raw, item is not None), item)
            return article
        except NoTextFound as e:
            return IngestFailure(raw.source, str(e))
        except Exception as e:  # noqa: BLE001 - one bad item must never stop the batch
            return IngestFailure(raw.source, f"extraction failed: {type(e).__name__}: {e}")

    def plan_one(article_id: str) -> None:
        result = extracted(article_id)
        if isinstance(result, IngestFailure):
            fail(result)
        else:
            planned[article_id] = (article_page(result), len(result.text))
            mine = article_own_page(result)
            if mine != planned[article_id][0]:
                owns[article_id] = mine

    known = set(order)
    # Reprocessing the whole store links as a fresh run of its inputs does: from nothing, in
    # the order the articles were first stored. The stored keys are the old run's, linked
    # with every later article known (an `org:` key of a name a later article makes a place
    # would join that place), so starting from them made keys depend on what was stored
    # before (review 11: `org:lowmarch` folded into `loc:lowmarch`, 34 -> 33 entities).
    linker.stored_index = not known >= set(store.insertion_order())
    for article_id in wanted:
        if article_id not in known:
            fail(IngestFailure(article_id, "no stored article with this id"))
    for article_id in order:
        plan_one(article_id)

    stored = {row[0]: row for row in store.article_urls()}
    every = store.insertion_order()
    tried = set(order)
    while True:
        rows = with_lengths(store, list(_version_rows(every, stored, planned)))
        kept = [stored[i] for i in every if i in stored and i not in planned]
        own = {**stored_own_keys(kept, {i: key for i, key, _ in rows}), **owns}
        plan = plan_versions(rows, version_texts(store, rows), own)
        # A page's current version stored as a version has no analysis: analyse it too.
        promote = [
            i
            for i in every
            if plan.get(i) is None and i in stored and stored[i][4] == SUPERSEDED and i not in tried
        ]
        if not promote:
            break
        for article_id in promote:
            tried.add(article_id)
            plan_one(article_id)

    for article_id in every:
        current = plan.get(article_id)
        if article_id not in planned:
            if current is not None and _stale_version(store, stored, article_id, current):
                store.supersede(article_id, current)
                summary.demoted.append(article_id)
            continue
        found = input_of(store, article_id)
        got = process(found[0], found[1], found[1] is not None) if found else None
        if not isinstance(got, list):  # cannot happen: the first pass extracted it
            fail(got or IngestFailure(article_id, "no stored raw input for this article"))
            continue
        [article] = got
        namer.name(article)
        if current is not None:
            _as_version(article, current)
        linker.link(article)
        store.replace_article(article)
        namer.learn(article)
        summary.ingested += 1
        summary.not_analysed += article.status == "not_analysed"
        summary.versions += article.status == SUPERSEDED
        summary.article_ids.append(article_id)
    if summary.ingested or summary.demoted:
        from newsgraph.group.run import group_new, regroup

        if known >= set(every):  # the whole store: a fresh run's stories
            regroup(store)
            summary.regrouped = True
        else:
            group_new(store, [i for i in every if plan.get(i) is None and i in planned])
    return summary


def _version_rows(
    every: list[str], stored: dict[str, tuple], planned: dict[str, tuple[tuple | None, int]]
) -> Iterator[tuple[str, tuple | None, int | None]]:
    """(id, page key, text length) of every stored article in insertion order: a reprocessed
    one's from its new extraction, the others' as stored (their length None: `with_lengths`
    reads it where needed)."""
    for article_id in every:
        if article_id in planned:
            key, length = planned[article_id]
            yield article_id, key, length
        elif article_id in stored:
            yield article_id, stored_key(stored[article_id]), None


def _stale_version(store: Store, stored: dict[str, tuple], article_id: str, current: str) -> bool:
    """Whether a stored article the plan makes a version of `current` is not stored so."""
    if stored[article_id][4] != SUPERSEDED:
        return True
    article = store.get_article(article_id, with_removals=False)
    return article is not None and article.metadata.get("version_of") != current


def group_stored(store: Store, summary: RunSummary) -> int:
    """Stories after an ingest run: its new articles join them (`group.run.group_new`). A
    fuller version that took over a stub took the stub's place in its story as it was stored
    (`Store.add_article(supersedes=)`), so it is grouped already and nothing is regrouped:
    the cost is the run's, not the store's. How many stories changed."""
    from newsgraph.group.run import group_new

    return group_new(store, summary.article_ids)
