"""Paraphrase links across outlets: one outlet quotes, another reports the utterance in other
words, often with the speaker given another way (a wrong attribution, a description)."""

from __future__ import annotations

import pytest
from ledger_support import OTHERS, group_of, quote


def _typed(record: dict, entity: str) -> dict:
    record["speaker"]["entity"] = entity
    return record


def _fragment_and_quotation(text: str, name: str = "Brannick") -> tuple[dict, dict]:
    """A mixed quote by the outlet whose text is `text`, and a quotation by the person `name`
    that shares the fragment `resting in the quiet`."""
    a = _typed(
        quote("a1", "a", text, kind="mixed", speaker="Vell Courier"),
        "org:vell-courier",
    )
    b = _typed(
        quote(
            "b1",
            "b",
            "My client is resting in the quiet of that place right now.",
            "direct",
            name,
        ),
        "person:" + name.lower().replace(" ", "-").replace("'", ""),
    )
    return a, b


# -- the quote's own text names the other's speaker -----------------------------------------------


def test_a_quote_whose_text_names_the_other_speaker_saying_it_is_linked() -> None:
    # The extractor took `… Odo Brannick said` into the quote and gave it the outlet as speaker:
    # the speaker is the other quote's, and the fragment is his words.
    a, b = _fragment_and_quotation(
        "where her lawyer Odo Brannick said she was “resting in the quiet” of a clinic"
    )
    assert group_of(a, b, *OTHERS) == {"a1", "b1"}


@pytest.mark.parametrize(
    "text",
    [
        # the object of a preposition: the critics said it
        "where critics of Odo Brannick said she was “resting in the quiet” of a clinic",
        # a passive: someone told Brannick
        "where Odo Brannick was told she was “resting in the quiet” of a clinic",
        # the object of a verb: the nurse said it
        "where a nurse who treated Brannick told reporters she was “resting in the quiet” there",
    ],
)
def test_a_name_that_is_not_the_subject_of_the_verb_of_saying_is_not_its_speaker(
    text: str,
) -> None:
    a, b = _fragment_and_quotation(text)
    assert group_of(a, b, *OTHERS) == {"a1"}


@pytest.mark.parametrize(
    "name",
    ["Odo McBrannick", "Odo O'Brannick", "Odo Vell-Brannick"],
)
def test_a_surname_with_a_capital_inside_an_apostrophe_or_a_hyphen_is_found(name: str) -> None:
    surname = name.split()[-1].replace("'", "’")
    a, b = _fragment_and_quotation(
        f"where her lawyer Odo {surname} said she was “resting in the quiet” of a clinic", name
    )
    assert group_of(a, b, *OTHERS) == {"a1", "b1"}


@pytest.mark.parametrize(
    "text",
    [
        "where Odo Brannick, her lawyer for ten years, told reporters she was “resting in the "
        "quiet” of a clinic",
        "where her lawyer, Odo Brannick, said she was “resting in the quiet” of a clinic",
        "where Sen. Odo Brannick (R) of Tarnby, the chair of the health committee, says that she "
        "is “resting in the quiet” of a clinic",
    ],
)
def test_a_name_with_its_apposition_before_the_verb_is_the_speaker(text: str) -> None:
    """Guard (passed before the review fixes too): the apposition between commas and a name's
    own qualifiers do not part the name from its verb."""
    a, b = _fragment_and_quotation(text)
    assert group_of(a, b, *OTHERS) == {"a1", "b1"}


def test_a_possessive_name_in_the_quote_is_not_its_speaker() -> None:
    """Guard (passed before the speaker-in-the-quote rule too): `Brannick's lawyer said`:
    someone else said it; the speakers stay unknown to each other."""
    a, b = _fragment_and_quotation(
        "where Odo Brannick's lawyer said she was “resting in the quiet” of a clinic"
    )
    assert group_of(a, b, *OTHERS) == {"a1"}


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
    assert group_of(a, b, *OTHERS) == {"a1", "b1"}


def test_two_named_speakers_still_tell_a_short_quotation_apart() -> None:
    """Guard (passed before the pronoun rule too): neither speaker found through a pronoun."""
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
    assert group_of(a, b, *OTHERS) == {"a1"}


# -- an article reporting two sentences of a statement apart ----------------------------------


def test_a_report_of_another_sentence_joins_though_it_links_to_a_cut_of_it() -> None:
    # Outlet c carries sentence 2 of the statement and, elsewhere, reports sentence 1 in its own
    # words: the report links to outlet b's cut of sentence 1 only, not to the whole statement
    # (its words are a small share of it), yet it tells which sentence it reports.
    statement = quote(
        "a1",
        "a",
        "Mara Quist has checked herself into the Larkspur Recovery Clinic. We ask that her "
        "family's privacy be respected at this time.",
        speaker="Odile Fenn",
    )
    cut = quote(
        "b1", "b", "Mara Quist has checked herself into the Larkspur Recovery Clinic", speaker=None
    )
    second = quote("c1", "c", "her family's privacy be respected at this time", "indirect")
    report = quote(
        "c2",
        "c",
        "Mara Quist has finally entered the Larkspur Recovery Clinic in Velden on Tuesday",
        "indirect",
        speaker=None,
    )
    assert group_of(statement, cut, second, report, *OTHERS) == {"a1", "b1", "c1", "c2"}


# -- the same speaker's quoted key word ------------------------------------------------------------

_OUTCRY = (
    "How often must we watch this in our valley? In Harrow Bend, an unarmed boy with his hands "
    "up? This is just unbearable, and it has to be intolerable"
)


def test_a_reports_quoted_key_word_found_in_the_speakers_quotation_links() -> None:
    said = quote("a1", "a", _OUTCRY, speaker="Ona Vesk")
    report = quote(
        "b1",
        "b",
        "the run of guards beating unarmed miners should be seen as “intolerable.”",
        "mixed",
        speaker="Ona Vesk",
    )
    assert group_of(said, report, *OTHERS) == {"a1", "b1"}


def test_a_quoted_word_under_a_negation_the_quotation_lacks_does_not_link() -> None:
    said = quote(
        "a1",
        "a",
        "Who gives us the best chance in the autumn? I think we do, because our roads, our "
        "schools and our farms are better run.",
        speaker="Ona Vesk",
    )
    report = quote(
        "b1",
        "b",
        "the race for the council seat will be so close after the flood that the rival "
        "candidate “has no chance” before the autumn vote",
        "mixed",
        speaker="Ona Vesk",
    )
    assert group_of(said, report, *OTHERS) == {"a1"}
    # the same words without the negation: the key word quoted
    agreed = dict(report, text=report["text"].replace("has no chance", "has a chance"))
    agreed["end"] = len(agreed["text"])
    assert group_of(said, agreed, *OTHERS) == {"a1", "b1"}
