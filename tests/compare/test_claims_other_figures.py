"""`other figure` beside a shared claim: only a figure for the thing the claim's sentences
measure alike (a vote share beside vote shares, a turnout beside turnouts), and only days of
one kind of event, count as another report's other figure."""

from __future__ import annotations

from newsgraph.compare.claims import Sentence, agreeing, attach, shared_and_unique, split


def _sents(*texts: str) -> list[Sentence]:
    arts = [{"id": f"a{n}", "text": t} for n, t in enumerate(texts)]
    return split(arts, {a["id"]: a["id"] for a in arts})


def _other_figures(sents: list[Sentence]) -> list[list[str]]:
    shared, _ = shared_and_unique(sents, [list(range(len(sents)))])
    return [[d["text"] for d in row["differs"]] for row in shared]


VOTE = (
    "The commission said on Monday that Halvorsen had won 52.4% of the vote against 44.1% "
    "for Brandt, on a turnout of 57.2%."
)
SHARES = "Halvorsen received 52.4 per cent of valid votes and Brandt 44.1 per cent."


def test_a_turnout_is_no_other_figure_for_vote_shares():
    turnout = "Turnout in Sunday's vote was 63.5 per cent, according to the commission."
    assert _other_figures(_sents(VOTE, SHARES, turnout)) == [[]]


def test_another_turnout_is_another_figure_for_a_turnout():
    same = "Turnout was 57.2 per cent, the commission said, with all ballots counted."
    turnout = "Turnout in Sunday's vote was 63.5 per cent, according to the commission."
    assert _other_figures(_sents(VOTE, same, turnout)) == [[turnout]]


def _events(sents: list[Sentence], *told: tuple[str, str]) -> list[dict]:
    return [
        {"id": f"e{n}", "article": s.article, "start": s.start, "end": s.end, "type": t, "date": d}
        for n, (s, (t, d)) in enumerate(zip(sents, told, strict=True))
    ]


ARRESTS = "Police in Korvale detained 187 people overnight after thousands protested there."
PROTEST = "Thousands protested in the capital of Korvale on Tuesday night against the result."


def test_an_arrest_on_one_day_is_no_other_day_for_a_protest_on_another():
    sents = _sents(ARRESTS, PROTEST)
    attach(sents, [], _events(sents, ("coerce", "2031-03-05"), ("protest", "2031-03-04")))
    rows, differs = agreeing(sents, [[0, 1]])
    assert (rows, differs) == ([[0, 1]], {})


def test_one_kind_of_event_on_two_days_still_differs():
    sents = _sents(ARRESTS, PROTEST)
    attach(sents, [], _events(sents, ("protest", "2031-03-05"), ("protest", "2031-03-04")))
    rows, differs = agreeing(sents, [[0, 1]])
    assert rows == [[0], [1]] and set(differs) == {0, 1}
