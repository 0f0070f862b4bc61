"""Typed records that the pipeline stages hand to each other.

Stages never reach into each other's internals: ingest yields `RawItem`s (or `IngestFailure`s),
extract turns a `RawItem` into an `Extraction`, the pipeline assembles an `Article`, and the store
persists it. Every span (`start`, `end`) is a character offset into a named text, so each item can
be traced to the exact words it came from.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any, Literal

PayloadKind = Literal["text", "html"]

#: The entity types the analysis gives, in the order the CLI, the web app and the API offer them.
ENTITY_TYPES = ("PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "VESSEL")

#: Metadata field names an input may give (JSON keys, feed entry fields, WARC headers...).
KNOWN_FIELDS = ("external_id", "title", "url", "outlet", "byline", "published")


def content_id(content: bytes) -> str:
    """Article id: a hash of the raw payload, so one input is stored once, whatever its path."""
    return hashlib.sha256(content).hexdigest()[:16]


#: The field that sets a verbatim copy apart from an earlier input with the same payload: the
#: copy's outlet and URL (another outlet republishing one agency text is a second report, a wire
#: copy, not a duplicate). It enters the copy's id, and is stored with the raw input, so the id
#: is the same when the input is read again or reprocessed.
COPY_FIELD = "copy_identity"


def publisher_field(fields: dict[str, Any], key: str) -> str:
    """An input's `outlet` or `url` as its container states it, spaces collapsed ('' if none)."""
    return " ".join(str(fields.get(key) or "").split())


def identity_of(fields: dict[str, Any]) -> str | None:
    """Who published an input, as its container states it (`outlet|url`), or None."""
    parts = [publisher_field(fields, k) for k in ("outlet", "url")]
    return "|".join(parts) if any(parts) else None


@dataclass(frozen=True, slots=True)
class RawItem:
    """One input document exactly as read, before extraction; the store keeps it verbatim.

    `content` is the payload (the text or the HTML, as bytes); `fields` holds the metadata the
    container gave beside it (a JSON record's other keys, a feed entry's title, a WARC target
    URI), using `KNOWN_FIELDS` names where they apply and any other key as extra metadata.
    """

    source: str
    kind: PayloadKind
    content: bytes
    fields: dict[str, Any] = field(default_factory=dict)
    container: str = "file"  # file | jsonl | json | warc | feed | url | stdin

    @property
    def id(self) -> str:
        salt = self.fields.get(COPY_FIELD)
        return content_id(self.content + b"\0" + str(salt).encode() if salt else self.content)


@dataclass(frozen=True, slots=True)
class IngestFailure:
    """An input that could not become an article, with the reason in one line."""

    source: str
    reason: str

    def line(self) -> str:
        return f"{self.source}: {self.reason}"


@dataclass(frozen=True, slots=True)
class IngestSkip:
    """An input deliberately not made into an article (a feed entry that is only a summary).

    Unlike a failure it does not make the run's exit code non-zero: nothing was wrong with it.
    """

    source: str
    reason: str

    def line(self) -> str:
        return f"{self.source}: {self.reason}"


@dataclass(frozen=True, slots=True)
class Removal:
    """A piece of the input the cleaner dropped or changed, kept so a user can audit it.

    `start`/`end` are offsets into the decoded input text (newlines normalised to `\\n`).
    A sentence join is a removal of the line break it replaced (reason `joined broken sentence`).
    """

    start: int
    end: int
    text: str
    reason: str


@dataclass(slots=True)
class Extraction:
    """What extraction found in one input: the clean body all offsets refer to, plus metadata."""

    text: str
    title: str | None = None
    published: str | None = None  # ISO 8601 date or datetime
    byline: str | None = None
    outlet: str | None = None
    url: str | None = None
    agencies: list[str] = field(default_factory=list)  # credited in a sign-off: ["AP", "AFP"]
    removals: list[Removal] = field(default_factory=list)
    extractor: str = ""


@dataclass(slots=True)
class Article:
    """A stored article: clean text, metadata and provenance. `text` is what every span indexes."""

    id: str
    source: str
    kind: PayloadKind
    text: str
    external_id: str | None = None
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    byline: str | None = None
    published: str | None = None
    language: str | None = None
    status: str = "analysed"  # analysed | not_analysed (language we do not analyse)
    extractor: str = ""
    metadata: dict[str, Any] = field(default_factory=dict)
    removals: list[Removal] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    events: list[Any] = field(default_factory=list)  # analyse.events.Event
    #: entity index -> why it joined an existing key ("partial name: Brenn -> Tomas Brenn")
    entity_merges: dict[int, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Mention:
    """Words in an article's clean text: `text == article.text[start:end]`."""

    text: str
    start: int
    end: int


@dataclass(slots=True)
class Quote:
    """A quotation or reported statement and who made it.

    `start`/`end` cover the content (for a direct quote: inside the quote marks). `speaker` is
    the mention that names the speaker where the quote is attributed (it may be a pronoun or a
    description); `speaker_name` is that mention resolved to a full name from the article, or
    None when the article never names the speaker. `label` tells attributed quotes from quote
    marks that attribute nothing: `quote`, `scare` (a quoted word or phrase with no speaker and
    no speech cue) or `headline`.
    """

    kind: str  # direct | mixed | indirect
    text: str
    start: int
    end: int
    cue: Mention | None = None
    speaker: Mention | None = None
    speaker_name: str | None = None
    addressee: Mention | None = None
    addressee_name: str | None = None
    via: str | None = None
    label: str = "quote"
    speaker_entity: int | None = None  # index into the article's entities, when linked
    addressee_entity: int | None = None
    speaker_key: str | None = None  # the entity's global key, once entities are linked
    addressee_key: str | None = None
    #: The earlier part of the same quotation, split from this one by its cue (`"A," he said.
    #: "B."`, or a quote reopened in the next paragraph); None for a quote that starts its own.
    #: The extractor gives that part's (start, end, kind), which has no id until the article's
    #: id is known; the store gives the id. `continues_id` gives the id from either.
    continues: tuple[int, int, str] | str | None = None

    def id_for(self, article_id: str) -> str:
        """Stable id: the same article, span and kind always give the same quote id."""
        return quote_id(article_id, self.start, self.end, self.kind)

    def continues_id(self, article_id: str) -> str | None:
        """The id of the earlier part this quote continues, or None."""
        if self.continues is None or isinstance(self.continues, str):
            return self.continues
        return quote_id(article_id, *self.continues)


def quote_id(article_id: str, start: int, end: int, kind: str) -> str:
    """A quote's stable id from its article, span and kind."""
    return content_id(f"{article_id}:{start}:{end}:{kind}".encode())


@dataclass(frozen=True, slots=True)
class EntityMention:
    """One place an entity is mentioned: `link` says how the words refer to it."""

    text: str
    start: int
    end: int
    link: str = "name"  # name | title | description | metonym | pronoun


@dataclass(slots=True)
class Entity:
    """A person, organisation, place or country as one article refers to it.

    `key` identifies the entity across articles: the same key in two articles is the same
    entity (cross-article linking sets it; within one article it starts as the canonical name).
    `country` is ISO 3166 alpha-3; `roles` keeps titles and descriptions the article gives
    (`Russian President`, `senior transatlantic fellow with the Asia program at …`).
    """

    name: str
    type: str  # PERSON | ORG | GPE | LOC | FAC | NORP | VESSEL (a ship)
    mentions: list[EntityMention] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    key: str = ""
