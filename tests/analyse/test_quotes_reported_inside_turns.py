"""A broadcast or debate turn is its speaker's direct quote, and a named third party whose
words the turn reports spoke too: `VELL: The minister told me that the talks had failed.`
gives Vell's turn and the minister's indirect speech, relayed by Vell (`via`: her name, never
the label). The speaker's own `I said …`, a pronoun's report and her own side's (`Our
engineers say …`) stay inside the turn."""

from quote_support import only, quotes

TEXT = (
    "Coastline Radio\nThe Harbour Hour\n\n"
    "HOST: Good evening, I'm Lina Farr. The ferry talks collapsed on Friday.\n\n"
    "MARTA VELL: The minister told me on Friday that the talks had failed.\n\n"
    "HOST: Did he say why?\n\n"
    "MARTA VELL: He said the unions had walked out. I said that was not good enough.\n\n"
    "ERIK MOSSBERG: The ferry will return in April.\n"
)


def test_the_turn_and_the_speech_it_reports_are_both_quotes(nlp):
    found = quotes(nlp, TEXT)
    turn = only(found, "The minister told me")
    assert turn.kind == "direct" and turn.speaker is not None
    assert turn.speaker.text == "MARTA VELL"
    inner = [q for q in found if q.text == "the talks had failed"]
    assert len(inner) == 1 and inner[0].kind == "indirect"
    assert inner[0].speaker is not None and inner[0].speaker.text == "The minister"
    assert inner[0].via == "Marta Vell"  # the person, not the label


def test_own_words_and_pronouns_stay_in_the_turn(nlp):
    found = quotes(nlp, TEXT)
    turn = only(found, "He said the unions")
    assert turn.kind == "direct" and turn.speaker is not None
    assert not any(q.text.startswith(("the unions had", "that was not")) for q in found)


DEBATE = (
    "Official Report of the House, 20 November\n\n"
    "Mr Vance: Will the Minister at least tell the House whether she spoke to the Velmaran "
    "ambassador before the vote?\n\n"
    "The Minister for Foreign Affairs (Ms Tessaly Marr): I will not comment on private "
    "conversations, and I never will.\n\n"
    "Mr Vance: The Prime Minister said on Monday that the vote would be free. It was not.\n\n"
    "Ms Tessaly Marr: I said that the vote would be free, and it was.\n"
)


def test_a_debate_turn_reports_a_named_office_but_not_a_question(nlp):
    found = quotes(nlp, DEBATE)
    assert not any(q.text.startswith("she spoke to") for q in found)
    inner = [q for q in found if q.text == "the vote would be free"]
    assert len(inner) == 1 and inner[0].via == "Vance"
