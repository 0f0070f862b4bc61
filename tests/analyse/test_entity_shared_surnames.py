"""A bare surname several people of one article share goes to its principal (the one named
most, the headline counting, then one not introduced as a relative in apposition, then the
latest named), not to the relative named last
(`His daughter, Greta Brandvik, said …. Brandvik was born …` is the father); where the
article names only the relative in full, the bare surname is still the relative."""

from __future__ import annotations

from quote_support import only, quotes

from newsgraph.analyse.entities import extract_entities

OBITUARY = (
    "Oskar Brandvik, who ran the Kelmar shipyard for three decades, died on Sunday in "
    "Ostberg. He was 79.\n\n"
    "His daughter, Greta Brandvik, said he had died in his sleep.\n\n"
    "Brandvik was born in 1947 in Harlow, the son of a welder. In 1993 he faced the board "
    'over the layoffs. "A yard that fears its own workers will sink," he told the board.\n\n'
    "Brandvik retired in 2012 and kept a boat on the fjord.\n"
)

CONTROL = (
    "The Kelmar shipyard will close its dry dock next year, its owners said on Monday.\n\n"
    "The yard's director, Greta Brandvik, said the dock was too old to repair.\n\n"
    "Brandvik said the workers would move to the new hall.\n"
)


def _owner(nlp, text: str, at: str, title: str | None = None) -> str | None:
    """The person whose mentions include the bare word at the first place `at` begins."""
    start = text.index(at)
    for e in extract_entities(nlp(text), title=title):
        if e.type == "PERSON" and any(m.start == start for m in e.mentions):
            return e.name
    return None


def _owners_ner_missed(nlp, text: str, at: str) -> list[str]:
    """The entities whose mentions include the word at `at` once NER's span there is dropped."""
    doc = nlp(text)
    start = text.index(at)
    doc.ents = [e for e in doc.ents if e.start_char != start]  # NER missed it
    return [e.name for e in extract_entities(doc) if any(m.start == start for m in e.mentions)]


def test_a_shared_surname_is_not_the_relative_named_last(nlp) -> None:
    assert _owner(nlp, OBITUARY, "Brandvik was born") == "Oskar Brandvik"
    assert _owner(nlp, OBITUARY, "Brandvik retired") == "Oskar Brandvik"


def test_the_headline_names_the_principal(nlp) -> None:
    # each named once in the body, the daughter last; the headline names the father
    text = (
        "Oskar Brandvik ran the Kelmar shipyard for three decades.\n\n"
        "Greta Brandvik said her father had died in his sleep on Sunday.\n\n"
        "Brandvik was born in 1947 in Harlow, the son of a welder.\n"
    )
    title = "Oskar Brandvik, shipbuilder who saved the yard, dies at 79"
    assert _owner(nlp, text, "Brandvik was born", title) == "Oskar Brandvik"
    assert _owner(nlp, text, "Brandvik was born") == "Greta Brandvik"


def test_the_quote_after_the_shared_surname_is_the_principals(nlp) -> None:
    assert only(quotes(nlp, OBITUARY), "fears its own").speaker_name == "Oskar Brandvik"


def test_a_surname_only_the_relative_has_in_full_is_the_relative(nlp) -> None:
    assert _owner(nlp, CONTROL, "Brandvik said") == "Greta Brandvik"
    assert only(quotes(nlp, CONTROL), "would move").speaker_name == "Greta Brandvik"


def test_a_shared_surname_ner_left_bare_is_the_principals(nlp) -> None:
    assert _owners_ner_missed(nlp, OBITUARY, "Brandvik retired") == ["Oskar Brandvik"]


def test_a_shared_surname_on_a_tie_is_the_latest_named_of_two_principals(nlp) -> None:
    # neither is introduced as the other's relative: the bare surname is the one just named
    text = (
        "Hillary Clinton spoke in Iowa on Monday.\n\n"
        "Bill Clinton campaigned in Ohio on the same day.\n\n"
        "Clinton told a crowd in Toledo that his wife would win.\n"
    )
    assert _owner(nlp, text, "Clinton told") == "Bill Clinton"
    assert _owners_ner_missed(nlp, text, "Clinton told") == ["Bill Clinton"]


def test_a_relative_stays_near_across_a_hard_wrapped_line(nlp) -> None:
    # a single line break inside a paragraph is no paragraph break: the son spoke
    wrapped = (
        "Oskar Brandvik died on Sunday in Ostberg.\n\n"
        "His son, Karl Brandvik, reached the\nhospital an hour later. "
        '"He fought to the end," Brandvik said.\n'
    )
    assert only(quotes(nlp, wrapped), "fought").speaker_name == "Karl Brandvik"
    new_paragraph = wrapped.replace("the\n", "the ").replace("later. ", "later.\n\n")
    assert only(quotes(nlp, new_paragraph), "fought").speaker_name == "Oskar Brandvik"
