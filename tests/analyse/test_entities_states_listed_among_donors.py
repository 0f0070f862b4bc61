"""A one-word name NER reads as an organisation is a state when the text lists it among
states that give (`$10 million from Corland, 4 million euros from Halveth`): one country,
never an organisation of that name. Names invented."""

from __future__ import annotations

from newsgraph.analyse.entities import extract_entities


def _types(nlp, text: str) -> dict[str, str]:
    return {e.name: e.type for e in extract_entities(nlp(text))}


def test_a_name_listed_among_giving_states_is_a_state(nlp) -> None:
    text = (
        "Pledges so far include $10 million from Corland, 4 million euros from Halveth, "
        "2.5 million pounds from Oskara and 30 million Norvalian crowns."
    )
    found = _types(nlp, text)
    assert found.get("Halveth") == "GPE", found
    assert found.get("Oskara") == "GPE", found


def test_the_state_is_one_entity_at_every_mention(nlp) -> None:
    text = (
        "A Halveth rescuer has described how her team pulled a woman alive from the rubble. "
        "Pledges so far include $10 million from Corland and 4 million euros from Halveth."
    )
    found = _types(nlp, text)
    assert found.get("Halveth") == "GPE", found
    assert not any(t == "ORG" and "Halveth" in n for n, t in found.items()), found
