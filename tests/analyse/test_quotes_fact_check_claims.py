"""A fact-check's `Claim: "…"` line quotes the claimant its block names (`Who said it: X, …`,
or `X claimed …`); the `Who said it:` line itself is no quote."""

from quote_support import quotes

FACT_CHECK = (
    "We checked two claims made this week about the Ostley bridge.\n\n"
    'Claim: "The new bridge cost twice as much as the old one."\n'
    "Who said it: Marta Selden, at a council meeting on 3 May.\n"
    "Rating: False\n"
    "The council's accounts show the bridge came in under budget.\n\n"
    'Claim: "Ferry traffic has halved since the bridge opened."\n'
    "Who said it: Mayor Ivo Brandt, in a radio interview.\n"
    "Rating: Mostly true\n"
    "Port records show a fall of 46 per cent."
)


def test_each_claim_is_the_claimant_s(nlp):
    found = quotes(nlp, FACT_CHECK)
    by_text = {q.text: q.speaker_name for q in found if q.kind == "direct"}
    assert by_text["The new bridge cost twice as much as the old one."] == "Marta Selden"
    assert by_text["Ferry traffic has halved since the bridge opened."] == "Ivo Brandt"


def test_who_said_it_lines_are_no_quotes(nlp):
    found = quotes(nlp, FACT_CHECK)
    assert not any(q.speaker is not None and q.speaker.text == "Who" for q in found)
    assert not any("Marta Selden, at a council" in q.text for q in found)


def test_a_claim_block_naming_the_claimant_in_a_sentence(nlp):
    text = (
        "We checked a claim about the Ostley bridge.\n\n"
        'Claim: "The new bridge cost twice as much as the old one."\n'
        "Marta Selden, a councillor, claimed this at a meeting on 3 May. The accounts disagree."
    )
    [claim] = [q for q in quotes(nlp, text) if "twice as much" in q.text]
    assert claim.speaker_name == "Marta Selden"


def test_said_by_names_the_claimant_and_a_speaker_label_stays_a_speaker(nlp):
    text = (
        'Claim: "Ferry traffic has halved since the bridge opened."\n'
        "Said by: Ivo Brandt, in a radio interview.\n\n"
        "SPEAKER: Order. The member for Ostley will resume her seat now."
    )
    found = quotes(nlp, text)
    assert [q.speaker_name for q in found if "Ferry" in q.text] == ["Ivo Brandt"]
    assert any("resume her seat" in q.text for q in found)
