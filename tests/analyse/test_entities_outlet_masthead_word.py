"""The outlet's last word alone (`told the Times` in `The Velmar Times`) is the outlet's own
short name even where the outlets table knows that word as another paper's; it is the other
paper only where the text names that paper in full too, or the outlet is a weekday edition of
it. Names invented."""

from __future__ import annotations

from newsgraph.analyse.entities import extract_entities
from newsgraph.records import Entity


def _by_name(nlp, text: str, **kw) -> dict[str, Entity]:
    return {e.name: e for e in extract_entities(nlp(text), **kw)}


def test_the_outlets_last_word_is_the_outlet(nlp) -> None:
    for word in ("Times", "Guardian"):
        text = f"The mayor of Orsa told the {word} on Monday that she would resign."
        found = _by_name(nlp, text, outlet=f"The Velmar {word}")
        assert word not in found, found
        assert word in found[f"Velmar {word}"].aliases, found


def test_the_other_paper_named_in_full_keeps_its_short_form(nlp) -> None:
    text = (
        "The mayor of Orsa told The Times of London on Monday that she would resign. "
        "She repeated to the Times on Tuesday that the decision was final."
    )
    found = _by_name(nlp, text, outlet="The Velmar Times")
    assert "Velmar Times" not in found, found
