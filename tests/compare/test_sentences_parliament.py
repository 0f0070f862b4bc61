"""A parliament's record abbreviates `hon.` / `Hon.` (`the hon. Lady`, `the Rt Hon. Member`):
its stop ends no sentence. A bracketed interjection (`[Hon. Members: "Shame!"]`) is a sentence
of its own, not the start of the next one. Invented text."""

from newsgraph.compare.claims import split
from newsgraph.compare.text import sentences

RECORD = (
    "The Minister said the fleet would sail on Monday. The House will hear the hon. Lady "
    'for Westmere in a moment. I have said what I told the House. [Hon. Members: "Shame!"] '
    "We will not vote for the harbour levy."
)


def _texts(text: str) -> list[str]:
    return [text[a:b] for a, b in sentences(text)]


def test_hon_is_an_abbreviation():
    got = _texts(RECORD)
    assert "The House will hear the hon. Lady for Westmere in a moment." in got
    assert not [s for s in got if s.endswith("hon.") or s.endswith("Hon.")]


def test_a_bracketed_interjection_is_a_sentence_of_its_own():
    got = _texts(RECORD)
    assert "We will not vote for the harbour levy." in got
    claims = [s.text for s in split([{"id": "a", "text": RECORD}], {"a": "a"})]
    assert "We will not vote for the harbour levy." in claims
