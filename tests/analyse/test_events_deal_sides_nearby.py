"""A deal told with no party takes the sides of a meeting told in its own sentence or the one
just before, never of one told further back nor across a marker of other news (`Separately`,
`Meanwhile`); a deal made to settle someone's act (`to end the dockers' strike`) has them as a
side. Sentences written for these tests (invented places); published 2031-03-13."""


def _deal_sides(found):
    return [sorted(a[1] for a in e.actors) for e in found if e.type == "agree"]


def test_deal_told_as_other_news_takes_no_sides_from_the_meeting(events):
    found = events(
        "Envoys from Norvik and Ilvane met in Portavel on Monday to discuss fishing rights. "
        "Meanwhile, a deal was reached late on Tuesday to end the porters' strike, union "
        "officials said."
    )
    sides = _deal_sides(found)
    assert sides and all(not {"Norvik", "Ilvane"} & set(s) for s in sides), sides


def test_deal_takes_no_sides_from_a_meeting_two_sentences_back(events):
    found = events(
        "Envoys from Norvik and Ilvane met in Portavel on Monday. Snow fell in Portavel on "
        "Monday. "
        "A deal was reached late on Tuesday."
    )
    assert _deal_sides(found) == []


def test_deal_right_after_the_meeting_keeps_its_sides(events):
    found = events(
        "Envoys from Norvik and Ilvane met in Portavel on Monday. A deal was reached late on "
        "Tuesday."
    )
    assert _deal_sides(found) == [["Ilvane", "Norvik"]]
