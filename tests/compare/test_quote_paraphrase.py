"""Paraphrase links across outlets: one outlet quotes, another reports the utterance in other
words, often with the speaker given another way (a wrong attribution, a description)."""

from __future__ import annotations

from ledger_support import quote

from newsgraph.compare.quotes import group_quotes

# Other statements of the story (other articles), so that rare words weigh as in a real story.
OTHERS = [
    quote(f"o{n}", f"x{n}", text, kind="indirect", speaker=None)
    for n, text in enumerate(
        (
            "the ferry timetable changes on the first of the month",
            "fuel prices on the island rose for the third month in a row",
            "a music festival is planned for the old market square in July",
            "two schools will merge next year because of falling pupil numbers",
            "the library will extend its opening hours during the exam season",
            "the new bridge over the river is expected to open in the autumn",
        )
    )
]


def _group_of(*records: dict, of: str = "a1") -> set[str]:
    groups = group_quotes(list(records), {r["article"]: r["article"] for r in records}, {})
    return next(set(g["quotes"]) for g in groups if of in g["quotes"])


def _typed(record: dict, entity: str) -> dict:
    record["speaker"]["entity"] = entity
    return record


# -- the quote's own text names the other's speaker -----------------------------------------------


def test_a_quote_whose_text_names_the_other_speaker_saying_it_is_linked() -> None:
    # The extractor took `… Odo Brannick said` into the quote and gave it the outlet as speaker:
    # the speaker is the other quote's, and the fragment is his words.
    a = _typed(
        quote(
            "a1",
            "a",
            "where her lawyer Odo Brannick said she was “resting in the quiet” of a clinic",
            kind="mixed",
            speaker="Vell Courier",
        ),
        "org:vell-courier",
    )
    b = _typed(
        quote(
            "b1",
            "b",
            "My client is resting in the quiet of that place right now.",
            "direct",
            "Brannick",
        ),
        "person:odo-brannick",
    )
    assert _group_of(a, b, *OTHERS) == {"a1", "b1"}


def test_a_possessive_name_in_the_quote_is_not_its_speaker() -> None:
    # `Brannick's lawyer said`: someone else said it; the speakers stay unknown to each other.
    a = _typed(
        quote(
            "a1",
            "a",
            "where Odo Brannick's lawyer said she was “resting in the quiet” of a clinic",
            kind="mixed",
            speaker="Vell Courier",
        ),
        "org:vell-courier",
    )
    b = _typed(
        quote(
            "b1",
            "b",
            "My client is resting in the quiet of that place right now.",
            "direct",
            "Brannick",
        ),
        "person:odo-brannick",
    )
    assert _group_of(a, b, *OTHERS) == {"a1"}


def _speaker(record: dict, entity: str | None, mention: str | None = None) -> dict:
    record["speaker"]["entity"] = entity
    if mention is not None:
        record["speaker"]["mention"] = {"text": mention, "start": 0, "end": len(mention)}
    return record


# -- a speaker found through a pronoun --------------------------------------------------------


def test_a_quotation_word_for_word_links_against_a_speaker_found_through_a_pronoun() -> None:
    # `she said`: the resolver picked another person than the other outlet names.
    a = _speaker(
        quote("a1", "a", "Rivers belong to the anglers.", "direct", "Orla Fenwick"),
        "person:orla-fenwick",
        "she",
    )
    b = _speaker(
        quote("b1", "b", "Rivers belong to the anglers", "direct", "Tomas Grell"),
        "person:tomas-grell",
        "Grell",
    )
    assert _group_of(a, b, *OTHERS) == {"a1", "b1"}


def test_two_named_speakers_still_tell_a_short_quotation_apart() -> None:
    a = _speaker(
        quote("a1", "a", "Rivers belong to the anglers.", "direct", "Orla Fenwick"),
        "person:orla-fenwick",
        "Fenwick",
    )
    b = _speaker(
        quote("b1", "b", "Rivers belong to the anglers", "direct", "Tomas Grell"),
        "person:tomas-grell",
        "Grell",
    )
    assert _group_of(a, b, *OTHERS) == {"a1"}
