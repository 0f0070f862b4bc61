"""A figure glued to a speaker's name (`Brandt 44.1%`, a results line read as a name) names
nobody: the dossier names the linked speaker by its entity, else by the name before the
figure."""

from __future__ import annotations

from dossier_support import article

from newsgraph.compare.bundle import bundle_from_export
from newsgraph.compare.dossier import assemble

TEXT = (
    "Halvorsen won 52.4% and Brandt 44.1%, the commission said. "
    "Brandt says her party's own count gives her 50.8% and she will not concede."
)


def _quote(qid: str, name: str, entity: str | None) -> dict:
    start = TEXT.index("her party's")
    return {
        "id": qid,
        "article": "a" * 16,
        "kind": "indirect",
        "text": TEXT[start : len(TEXT) - 1],
        "start": start,
        "end": len(TEXT) - 1,
        "speaker": {"entity": entity, "name": name, "mention": None},
        "cue": "says",
        "addressee": None,
        "via": None,
        "label": "quote",
        "continues": None,
    }


def _dossier(quote: dict) -> dict:
    art = article("a", "Korvale Dispatch", TEXT)
    doc = {
        "stories": [{"id": "s-1", "title": "t", "articles": [art["id"]], "wire_copies": []}],
        "articles": [art],
        "quotes": [quote],
        "events": [],
        "entities": [
            {"id": "person:ola-brandt", "name": "Ola Brandt", "type": "PERSON", "aliases": []}
        ],
    }
    return assemble(bundle_from_export(doc, "s-1"))


def _sources(d: dict) -> list[str]:
    return [s["name"] for row in d["sources_cited"] for s in row["sources"]]


def test_a_linked_speaker_with_a_figure_in_the_name_is_named_by_the_entity():
    d = _dossier(_quote("q1", "Brandt 44.1%", "person:ola-brandt"))
    assert _sources(d) == ["Ola Brandt"]


def test_an_unlinked_speaker_is_named_before_the_figure():
    d = _dossier(_quote("q1", "Brandt 44.1 per cent", None))
    assert _sources(d) == ["Brandt"]


def test_a_name_with_a_number_that_is_no_figure_is_kept():
    d = _dossier(_quote("q1", "Article 19", None))
    assert _sources(d) == ["Article 19"]
