"""Events: who acts (session 10, product review 9). A town a dateline names is where the report
was filed, and a town acts only as its government speaks or rules (`Velmora rejected ...`, as
`Moscow said`); the victims of dying, of a passive killing or injuring, or of a killing's
object are targets, never actors, and a death with no agent keeps the actors empty; a people's
adjective with no known country acts as its noun phrase (`Kalvani government`) or as the
article's place it is formed from (`Kalvani` -> `Kalvan`), never as a bare adjective; a blaze
and its reporter do not act. Sentences written for these tests (invented places, people and
groups: Velmora, Torvik Bay, Port Arvel, Kalvan, Ostrel Front, Anton Kell)."""

from __future__ import annotations

import pytest


def _run(nlp, text, published="2031-03-12"):
    from newsgraph.analyse.entities import extract_entities
    from newsgraph.analyse.events import extract_events

    doc = nlp(text)
    return extract_events(doc, extract_entities(doc), published)


def _names(side):
    return [a[1] for a in side]


# -- a dateline's town ---------------------------------------------------------------------------


@pytest.mark.parametrize("town", ["TORVIK BAY", "PORT ARVEL"])
def test_a_dateline_town_parsed_into_the_subject_does_not_act(nlp, town):
    # the parser hangs the dateline's first word on the subject as its modifier
    text = (
        f"{town} — Negotiators for Kalvan and the militants of the Ostrel Front began truce "
        "talks on Monday under Kalvani mediation."
    )
    found = [e for e in _run(nlp, text) if e.type == "consult"]
    assert found
    assert _names(found[0].actors) == ["Negotiators", "Ostrel Front"]


def test_a_dateline_town_hosting_talks_is_no_actor(nlp):
    text = (
        "VELMORA, March 12 — The Ostrel Front and Kalvan agreed to a truce.\n\n"
        "Velmora hosted the talks on Monday."
    )
    for event in _run(nlp, text):
        assert "Velmora" not in _names(event.actors)


def test_a_town_still_acts_as_its_government_rejecting(nlp):
    text = (
        "VELMORA, March 12 — The Ostrel Front and Kalvan agreed to a truce.\n\n"
        "Velmora rejected the demands of the Ostrel Front on Tuesday."
    )
    found = [e for e in _run(nlp, text) if e.type == "reject"]
    assert found
    assert _names(found[0].actors) == ["Velmora"]


def test_a_towns_police_act_as_the_phrase(nlp):
    text = (
        "VELMORA, March 12 — The Ostrel Front and Kalvan agreed to a truce.\n\n"
        "Velmora police arrested two protesters on Monday."
    )
    found = [e for e in _run(nlp, text) if e.type == "coerce"]
    assert found
    assert _names(found[0].actors) == ["Velmora police"]


# -- victims -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text,victims",
    [
        ("Thirty people have died in the fighting since Monday.", "Thirty people"),
        ("Nine people were injured in the clashes on Tuesday.", "Nine people"),
        ("Shelling hit the market on Tuesday, killing two workers.", "two workers"),
    ],
)
def test_victims_are_targets_and_no_one_acts(nlp, text, victims):
    found = [e for e in _run(nlp, text) if e.type == "assault"]
    assert found
    assert found[0].actors == []
    assert _names(found[0].targets) == [victims]


def test_a_passive_killing_by_someone_has_them_act(nlp):
    found = [e for e in _run(nlp, "Two soldiers were killed by rebels on Tuesday.")]
    assert found
    assert _names(found[0].actors) == ["rebels"]
    assert _names(found[0].targets) == ["Two soldiers"]


def test_the_dead_act_no_more_in_a_coordinated_verb(nlp):
    text = (
        "The mayor said the families deserved to know why two people had died and announced "
        "an inquiry."
    )
    for event in _run(nlp, text):
        assert "two people" not in _names(event.actors)


# -- peoples' adjectives -------------------------------------------------------------------------


def test_a_demonym_with_no_country_acts_as_its_phrase(nlp):
    text = "The Kalvani government and the Ostrel Front agreed on Tuesday to a ceasefire."
    found = [e for e in _run(nlp, text) if e.type == "agree"]
    assert found
    assert _names(found[0].actors) == ["Kalvani government", "Ostrel Front"]


@pytest.mark.parametrize("subject", ["Kalvani forces", "The Kalvani army"])
def test_a_demonym_acts_as_the_place_it_is_formed_from(nlp, subject):
    text = (
        "Kalvan and the Ostrel Front have fought since 2020.\n\n"
        f"{subject} shelled two villages near the border on Wednesday."
    )
    found = [e for e in _run(nlp, text) if e.trigger == "shelled"]
    assert found
    assert _names(found[0].actors) == ["Kalvan"]


def test_a_blaze_and_its_reporter_are_no_actors(nlp):
    # the blaze cannot act, and the verb coordinated with its own is no misparse of the
    # reporting clause: the fire chief did not take control of anything
    text = (
        "The blaze started shortly after 2 p.m. in a storage hall run by the Velmora Grain "
        "Company and took four hours to bring under control, fire chief Anton Kell said."
    )
    for event in _run(nlp, text):
        assert event.actors == []


# -- a norm, help with an inquiry, a thing a place names --------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        '"Nobody should go to work at the docks and not come home," Mayor Anton Kell said.',
        '"No family should have to wait for news like this," Mayor Anton Kell said.',
    ],
)
def test_a_norm_with_a_negative_subject_is_no_request(nlp, said):
    assert not any(e.type == "request" for e in _run(nlp, said))


def test_guard_an_obligation_put_to_an_actor_stays_a_request(nlp):
    text = "The Ostrel Front should release the hostages, Mayor Anton Kell said."
    assert any(e.type == "request" for e in _run(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "The Velmora Grain Company said it was helping investigators.",
        "The Velmora Grain Company said it was helping the investigation into the blaze.",
        "Kell said the Velmora Grain Company had helped inspectors and the coroner.",
    ],
)
def test_helping_an_inquiry_is_no_aid(nlp, text):
    assert not any(e.type == "aid" for e in _run(nlp, text))


def test_guard_helping_people_stays_aid(nlp):
    text = "The Velmora Grain Company helped the families of the injured workers."
    assert any(e.type == "aid" for e in _run(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "Mayor Anton Kell ordered an inquiry into the collapse of the Torvik bridge.",
        # guard: a name tagged a facility, no target before the rule either
        "Mayor Anton Kell ordered an inquiry into the collapse of the Velmora bridge.",
    ],
)
def test_a_place_naming_an_investigated_thing_is_no_target(nlp, text):
    found = [e for e in _run(nlp, text) if e.type == "accuse"]
    assert found
    assert found[0].targets == []


# -- where it happened (product review 10) -------------------------------------------------------


def _place_names(events, kind):
    return [e.place[0] if e.place else None for e in events if e.type == kind]


def test_a_headline_run_into_the_lead_keeps_the_leads_place(nlp):
    # a headline with no full stop, parsed into the lead's sentence: the lead's arrest is a
    # clause serving the headline's, and its `in` phrase names the place (an invented town,
    # known to no table)
    text = (
        "Police arrest 40 as protests over Velmora's count spread\n\n"
        "Police arrested 40 people overnight in Port Arvel as protests over the disputed count "
        "spread to three more cities, the Interior Minister said on Tuesday."
    )
    assert _place_names(_run(nlp, text), "coerce") == ["Port Arvel"]


def test_the_lead_sentence_alone_has_its_place(nlp):
    text = (
        "Police arrested 40 people overnight in Port Arvel as protests over the disputed count "
        "spread to three more cities, the Interior Minister said on Tuesday."
    )
    assert _place_names(_run(nlp, text), "coerce") == ["Port Arvel"]


@pytest.mark.parametrize(
    ("text", "kind", "place"),
    [
        # the parser hangs the place on the subject or the object of a preposition
        (
            "Police in Dravenholt detained a reporter for three hours on Tuesday.",
            "coerce",
            "Dravenholt",
        ),
        ("Troops clashed with rebels at Kessin Ridge on Monday.", "assault", "Kessin Ridge"),
    ],
)
def test_a_place_on_an_argument_of_an_act_is_where_it_happened(nlp, text, kind, place):
    assert _place_names(_run(nlp, text), kind) == [place]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The two sides met in talks on Monday.", "consult"),
        ("Police arrested 40 protesters in March.", "coerce"),
        # a statement's object's place is where its object happened, not the statement
        ("Kalvan condemned the attack in Velmora.", "accuse"),
    ],
)
def test_guard_no_place_from_talks_dates_or_a_statements_object(nlp, text, kind):
    found = [e for e in _run(nlp, text) if e.type == kind]
    assert found
    assert found[0].place is None


@pytest.mark.parametrize(
    "text, actor",
    [
        (
            "OSLO (Reuters) - Norway launched a missile strike on the port of Varnholt on "
            "Monday, officials said.",
            "Norway",
        ),
        ("LIMA, Peru - Peru attacked an air base near the border on Monday.", "Peru"),
    ],
)
def test_a_dateline_capital_leaves_its_country_acting(nlp, text, actor):
    """Code review 10 (second): a capital's mentions are its country's entity, so a dateline
    naming the capital made the whole country a town that never acts. (Real countries: the
    rule needs the tables' capitals; the events are invented.)"""
    events = [e for e in _run(nlp, text) if e.type == "assault"]
    assert events and actor in _names(events[0].actors)
