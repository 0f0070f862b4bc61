"""Session 13 reviews of the events stage: who a quoted `I` is, counterfactual `would`, a struck
building after `on`, a sign's own message, seizures told aside or in the passive, warnings
of what may befall the warner, questions, and lawsuits in the CAMEO back-off. Text written
for these tests."""

from __future__ import annotations

import pytest

from newsgraph.analyse.plover import cameo_type, cameo_verbs


def _names(actors):
    return [a[1] for a in actors]


# -- A1: `I`/`we` are only the speaker framing the quotation from outside it ------------------


def test_a_quoted_i_is_not_a_name_inside_the_quote(events):
    found = events(
        '"Governor Lena Brask believes I will never accept this truce," militia leader Oskar '
        "Dahl said on Tuesday."
    )
    assert found
    for e in found:
        assert "Lena Brask" not in _names(e.actors), (e.type, e.actors)
    assert any("Oskar Dahl" in _names(e.actors) for e in found)


def test_a_quoted_i_threatened_is_the_speaker_not_who_threatened(events):
    found = events(
        '"Police chief Mirko Sand told me I would be detained if I spoke again," said '
        "blogger Ines Varga."
    )
    assert [_names(e.targets) for e in found] == [["Ines Varga"]]


def test_an_unquoted_i_is_not_the_subject_before_it(events):
    found = events(
        "Mayor Petra Lind has said I am a liar, but I will sue her in the Holm district court."
    )
    for e in found:
        assert "Petra Lind" not in _names(e.actors), (e.type, e.actors)


def test_a_quoted_i_after_a_frame_before_the_quote_is_its_speaker(events):
    found = events('Governor Lena Brask said: "I will sign the truce on Friday."')
    assert [(e.type, e.status, _names(e.actors)) for e in found] == [
        ("agree", "planned", ["Lena Brask"])
    ]


# -- A2: a counterfactual `would` is no commitment, nor an act -----------------------------


@pytest.mark.parametrize(
    "text",
    [
        '"I would have signed the truce if they had called," Governor Lena Brask said.',
        '"If I were mayor, I would impose a curfew on Holm," councillor Oskar Dahl said.',
        "Had the army moved, the militia would have attacked the depot.",
    ],
)
def test_a_counterfactual_would_makes_no_event(events, text):
    assert [(e.type, e.status, e.actors) for e in events(text)] == []


def test_a_conditional_threat_with_would_stays(events):
    found = events("The militia said they would attack the depot if the army moved.")
    assert [(e.type, e.status) for e in found] == [("threaten", "planned")]


# -- A3: after `on`, a building struck or raided is the place ------------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Drones carried out a strike on Velm City Hospital on Tuesday, killing six people.",
            "Velm City Hospital",
        ),
        ("Gunmen opened fire on Holm Central Station on Tuesday.", "Holm Central Station"),
    ],
)
def test_a_struck_building_after_on_is_the_place(events, text, place):
    [e] = [e for e in events(text) if e.type in ("assault", "coerce")]
    assert e.place is not None and e.place[0] == place


def test_a_body_sanctioned_after_on_is_still_no_place(events):
    [e] = [
        e
        for e in events("The council imposed sanctions on Velm University on Tuesday.")
        if e.type == "sanction"
    ]
    assert e.place is None


# -- A4: a sign shows a protest only with its own message -----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "About 200 people gathered in Holm on Tuesday for the fair, some waving banners, "
        "organisers said.",
        "About 200 people gathered in Holm on Tuesday for the fair, some waving banners. "
        '"It was a lovely afternoon," organiser Ines Varga said.',
    ],
)
def test_a_fair_with_banners_and_a_quote_elsewhere_is_no_protest(events, text):
    assert "protest" not in [e.type for e in events(text)]


@pytest.mark.parametrize(
    "text",
    [
        'About 200 people gathered in Holm on Tuesday, chanting "Open the mine".',
        "About 200 people gathered in Holm on Tuesday, some waving banners demanding new "
        "elections.",
    ],
)
def test_a_sign_or_chant_with_its_own_message_protests(events, text):
    assert "protest" in [e.type for e in events(text)]


# -- B: seizures told aside or in the passive; warnings; questions --------------------------


def test_a_seizure_in_a_relative_clause_is_its_own_event(events):
    found = events(
        "Velmar demanded on Thursday the return of the Grey Heron, a freighter that the Holm "
        "coast guard seized late on Wednesday in the Dask Strait."
    )
    by_type = {e.type: e for e in found}
    assert set(by_type) == {"request", "coerce"}
    assert by_type["coerce"].date == "2031-03-12"  # Wednesday, not the demand's Thursday
    assert by_type["request"].date == "2031-03-13"


def test_a_relative_clause_date_is_not_the_upper_event_s(events):
    found = events(
        "Velmar demanded the release of the sailors whom the coast guard detained on Sunday."
    )
    [request] = [e for e in found if e.type == "request"]
    assert request.date is None


@pytest.mark.parametrize(
    "text",
    [
        "The Grey Heron was seized on 9 March.",
        "The freighter was seized by the coast guard on 9 March.",
    ],
)
def test_a_passive_seizure_keeps_what_was_seized(events, text):
    [e] = events(text)
    assert (e.type, e.cameo, e.date) == ("coerce", "171", "2031-03-09")
    assert e.targets


def test_a_seized_ship_ner_calls_a_work_of_art_is_still_the_target(events):
    # NER reads `the Amber Wave` after another sentence as a title: the ship's words stand
    [e] = events("Mara Lind spoke. The Amber Wave was seized on 9 March.")
    assert (e.type, _names(e.targets)) == ("coerce", ["Amber Wave"])


def test_armed_men_boarding_a_vessel_seize_it(events):
    [e] = events("Holm marines boarded the freighter in the Dask Strait on Tuesday.")
    assert (e.type, e.cameo, e.date) == ("coerce", "171", "2031-03-11")


def test_passengers_boarding_a_ferry_is_no_event(events):
    assert events("Passengers boarded the ferry in Velm on Tuesday.") == []


def test_a_warning_of_what_may_befall_the_warner_is_no_threat(events):
    text = "Growers near Holm warned on Thursday that they could lose most of the olive crop."
    assert "threaten" not in [e.type for e in events(text)]


def test_a_warning_of_the_warner_s_own_act_still_threatens(events):
    text = "The militia warned on Thursday that they would attack the depot."
    assert "threaten" in [e.type for e in events(text)]


@pytest.mark.parametrize(
    "text",
    [
        "QUESTION (Holm Radio): Is Velmar ready to pay a fine to free the sailors?",
        "Will Velmar impose sanctions on Holm?",
    ],
)
def test_a_question_tells_no_event(events, text):
    assert events(text) == []


# -- C: suing and indicting are ACCUSE (CAMEO 115), also in the dictionary back-off ------------


@pytest.mark.parametrize("verb", ["sue", "indict", "prosecute"])
def test_lawsuit_verbs_back_off_to_accuse(verb):
    code = cameo_verbs().defaults[verb]
    assert (code, cameo_type(code)) == ("115", "accuse")


def test_arrest_still_backs_off_to_coerce():
    assert cameo_type(cameo_verbs().defaults["arrest"]) == "coerce"


def test_a_question_quoted_at_the_end_leaves_the_told_act(events):
    """Only the quoted question is asked; the arrest before it is told as fact."""
    found = events(
        "Police arrested 40 protesters in Harlow Square on Tuesday, prompting one mother to "
        'ask: "Where is my son?"'
    )
    assert "coerce" in [e.type for e in found]


def test_an_act_inside_a_quoted_question_is_asked(events):
    found = events('Reporters asked the minister: "Will Velmar impose sanctions on Holm?"')
    assert not {"sanction", "threaten"} & {e.type for e in found}
