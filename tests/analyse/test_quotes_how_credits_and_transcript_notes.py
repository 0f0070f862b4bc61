"""`That was how X described it` credits a quotation only when X is the subject of the verb
right after `how`: a later speech verb in the same sentence (`That was how it looked, when
the pier was described as …`) names no speaker, and `That's how X put it` credits as `That
is how` does. An editor's note line inside a broadcast transcript (`UPDATE: …`, `WARNING:
…`) is no turn and breaks no run of turns, so the turns either side stay the labels'."""

from quote_support import only, quotes

LOOKED = (
    "The council opened the new pier on Monday.\n\n"
    '"The pier is finished and it is open to everyone from today."\n\n'
    "That was how it looked to residents on Tuesday, when the pier was described as finished "
    "by the mayor.\n"
)

CONTRACTED = (
    "The council opened the new pier on Monday.\n\n"
    '"Nobody asked us what we thought of the plan before they built it."\n\n'
    "That's how Mara Quill described the consultation.\n"
)

NOTES = (
    "Coastline Radio\nThe Harbour Hour\n\n"
    "[00:00:09] HOST: Good evening, I'm Lina Farr. The ferry to Osk stopped running last "
    "week.\n\n"
    "[00:00:22] TOMAS WEEL: The quay was empty, Lina. Only the gulls were there.\n\n"
    "UPDATE: The ferry resumed service on Friday.\n\n"
    "[00:00:35] HOST: What does the minister say?\n\n"
    "[00:00:41] ERIK MOSSBERG: The ferry will return in April, and the fares will not rise.\n\n"
    "WARNING: Some listeners may find the following distressing.\n\n"
    "[00:00:52] TOMAS WEEL: Islanders I spoke to do not believe him.\n"
)


def test_a_later_speech_verb_in_the_how_sentence_credits_no_one(nlp):
    q = only(quotes(nlp, LOOKED), "The pier is finished")
    assert q.speaker is None or "looked" not in q.speaker.text


def test_thats_how_credits_like_that_is_how(nlp):
    q = only(quotes(nlp, CONTRACTED), "Nobody asked us")
    assert q.speaker_name == "Mara Quill"


def test_note_lines_break_no_run_of_broadcast_turns(nlp):
    found = quotes(nlp, NOTES)
    assert only(found, "What does the minister say").speaker_name == "Lina Farr"
    last = only(found, "Islanders I spoke to")
    assert last.kind == "direct" and last.speaker is not None
    assert last.speaker.text == "TOMAS WEEL"
    assert not any("resumed service" in q.text or "distressing" in q.text for q in found)


FELT = (
    "The talks ended on Monday.\n\n"
    '"The list was agreed name by name, and it changed four times before the last week."\n\n'
    "That was how it felt to the families, when the mayor, Ida Semmel, described the talks as "
    "a success.\n"
)

DESCRIBED = (
    "The talks ended on Monday.\n\n"
    '"The list was agreed name by name, and it changed four times before the last week."\n\n'
    "That was how a senior diplomat who took part in the talks, Rashid Qarun, described the "
    "negotiations by telephone on Monday evening.\n"
)


def test_a_name_in_a_later_clause_is_no_credit(nlp):
    assert only(quotes(nlp, FELT), "The list was agreed").speaker_name != "Ida Semmel"


def test_a_speaker_described_by_a_relative_clause_is_credited(nlp):
    assert only(quotes(nlp, DESCRIBED), "The list was agreed").speaker_name == "Rashid Qarun"
