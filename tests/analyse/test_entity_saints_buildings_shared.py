"""Two buildings named after one saint (`St Aldric's Church`, `St Aldric's Hospital`) are two
entities, each under its own name: the saint's name alone could be either, and one building's
name is never another's (docs/entities.md)."""

from __future__ import annotations

from newsgraph.analyse.entities import extract_entities


def test_each_building_keeps_its_own_name(nlp) -> None:
    text = (
        "The funeral was held at St Aldric's Church in Kerrow on Monday. Patients at "
        "St Aldric's Hospital watched it on television."
    )
    ents = extract_entities(nlp(text))
    named = {m.text: e.name for e in ents for m in e.mentions}
    assert named.get("St Aldric's Church") == "St Aldric's Church", named
    assert named.get("St Aldric's Hospital") in (None, "St Aldric's Hospital"), named
