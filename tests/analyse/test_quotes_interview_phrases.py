"""Session 13 (reviews): an interview is a phrase on the speech verb, not any `interview` noun
in what was said; a listener after `speaking to` is people, not a topic."""

import pytest

from newsgraph.analyse.quotes import extract_quotes

_QA = (
    "\n\nQ: What changes at the depot?\n\n"
    "A: Buses will be charged overnight from the new substation.\n\n"
    "Q: When does it start?\n\n"
    "A: The first electric buses leave the depot in September."
)


@pytest.mark.parametrize(
    "intro",
    [
        "Transit minister Ivo Marlen said on Tuesday that the depot was a frequent subject of "
        "conversation among drivers. Here is what the plan means for riders.",
        "Transit minister Ivo Marlen said on Tuesday that interviews for forty driver posts "
        "would begin soon. Here is what the plan means for riders.",
    ],
)
def test_an_interview_noun_inside_the_news_makes_no_interview(nlp, intro):
    found = [q for q in extract_quotes(nlp(intro + _QA)) if q.label == "quote"]
    assert not any("substation" in q.text or "September" in q.text for q in found), [
        (q.speaker_name, q.text[:30]) for q in found
    ]


def test_an_interview_phrase_still_makes_the_answers_quotes(nlp):
    text = (
        "In an interview with the Valdor Gazette, transit minister Ivo Marlen explained the "
        "plan." + _QA
    )
    found = [q for q in extract_quotes(nlp(text)) if q.label == "quote"]
    assert any("substation" in q.text for q in found), [(q.speaker_name, q.text) for q in found]


@pytest.mark.parametrize(
    "tail",
    [
        "speaking to fears that fares would double.",
        "speaking to complaints made by riders last winter.",
    ],
)
def test_speaking_to_a_topic_names_no_listener(nlp, tail):
    text = (
        "Transit minister Ivo Marlen toured the Valdor depot on Monday.\n\n"
        f'"No fare will rise this year," Ivo Marlen said, {tail}'
    )
    [q] = [q for q in extract_quotes(nlp(text)) if q.label == "quote"]
    assert q.addressee is None, q.addressee.text


@pytest.mark.parametrize("people", ["the farmers", "fishermen", "the drivers"])
def test_speaking_to_people_names_them_as_listeners(nlp, people):
    text = (
        "Transit minister Ivo Marlen toured the Valdor depot on Monday.\n\n"
        f'"No fare will rise this year," Ivo Marlen said, speaking to {people} at the gate.'
    )
    [q] = [q for q in extract_quotes(nlp(text)) if q.label == "quote"]
    assert q.addressee is not None and q.addressee.text in people


@pytest.mark.parametrize(
    ("text", "via"),
    [
        (
            "Commodore Ilsa Varn said in a statement carried by Quessanian state radio that the "
            "patrol boats would stay in port.",
            "Quessanian state radio",
        ),
        (
            '"The port will stay closed," Commodore Ilsa Varn said in a statement broadcast on '
            "Valdor Television.",
            "Valdor Television",
        ),
        ("Economist Pavel Roe wrote in The Meridian Herald that the tariff would fail.", "Herald"),
    ],
)
def test_the_outlet_that_carried_or_printed_the_words_is_the_channel(nlp, text, via):
    [q] = [q for q in extract_quotes(nlp(text)) if q.label == "quote"]
    assert q.via is not None and via in q.via


@pytest.mark.parametrize(
    "text",
    [
        '"We will appeal the ruling," trade minister Anna Voss said in a statement.',
        "Trade minister Anna Voss said in Portavel on Monday that the tariff would stay.",
    ],
)
def test_a_bare_statement_or_a_place_is_no_channel(nlp, text):
    [q] = [q for q in extract_quotes(nlp(text)) if q.label == "quote"]
    assert q.via is None, q.via


_BRIEFING = (
    "Transcript: weekly press briefing by spokesperson Mira Kallas\n\n"
    "MS KALLAS: Good morning. The ferry to Ostrel will run again from Monday, and the fares "
    "stay as they are.\n\n"
    "QUESTION (Valdor Radio): Will the crews be paid for the weeks of the strike?\n\n"
    "MS KALLAS: The crews will be paid in full for every week they were idle.\n\n"
    "QUESTION: Can you confirm how many ferries will sail in the first week?\n\n"
    "MS KALLAS: Four ferries will sail in the first week, and six after that.\n\n"
    "MS KALLAS: Thank you, and good afternoon to you all."
)


def test_a_briefing_s_answers_are_direct_quotes_of_the_spokesperson(nlp):
    found = [q for q in extract_quotes(nlp(_BRIEFING)) if q.label == "quote"]
    answers = [q for q in found if q.speaker_name == "Mira Kallas"]
    assert len(answers) == 3, [(q.speaker_name, q.kind, q.text) for q in found]
    assert all(q.kind == "direct" for q in answers)


def test_a_briefing_s_questions_and_courtesies_are_no_quotes(nlp):
    found = [q for q in extract_quotes(nlp(_BRIEFING)) if q.label == "quote"]
    assert not any("how many ferries" in q.text or "Thank you" in q.text for q in found), [
        (q.speaker_name, q.text) for q in found
    ]


def test_a_group_after_a_dateline_is_no_name_and_no_place(nlp):
    text = (
        "HOLLIN, Jan 4 - Farmers on the plains west of Hollin warned on Friday that they "
        "could lose the barley crop."
    )
    [q] = [q for q in extract_quotes(nlp(text)) if q.label == "quote"]
    assert q.speaker is not None and q.speaker.text.startswith("Farmers"), q.speaker
    assert q.speaker_name is None


def test_a_place_s_service_speaks_by_its_own_name(nlp):
    text = "Quessany's coast guard said on Monday that the trawler had been escorted to port."
    [q] = [q for q in extract_quotes(nlp(text)) if q.label == "quote"]
    assert q.speaker_name is not None and "coast guard" in q.speaker_name


def test_a_briefing_label_takes_the_full_name_the_title_gives(nlp):
    body = _BRIEFING.split("\n\n", 1)[1]
    title = "Weekly press briefing by spokesperson Mira Kallas"
    found = [q for q in extract_quotes(nlp(body), title) if q.label == "quote"]
    assert found and all(q.speaker_name == "Mira Kallas" for q in found), [
        (q.speaker_name, q.text[:20]) for q in found
    ]
