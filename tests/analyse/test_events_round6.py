"""Events, session 6: participants read from the clause's structure (a parsed dative, a
purpose clause, an object's `by`/`from` phrase, a count read as a particle's phrase, a
nationality in a target's own words), one-country stories, frame-decided types, and person
names that are no places. Sentences written for these tests; real countries, invented events."""

from __future__ import annotations

import pytest


def _countries(actors):
    return {a[2] for a in actors}


@pytest.mark.parametrize(
    ("text", "kind", "target"),
    [
        # `granted X to Y` parsed with `to` as a dative
        ("Chile granted asylum to three Bolivian army officers on Tuesday.", "aid", "BOL"),
        # a purpose clause names whom the act is for
        (
            "Farmers began a hunger strike to protest against Peru's decision to cut subsidies.",
            "protest",
            "PER",
        ),
        # the object's `by` phrase: whom the demand is on
        ("The ministry demanded an apology by Moscow for the incident.", "request", "RUS"),
        # `up to 16 X`, the count read as the particle's phrase
        ("Rebels kidnapped up to 16 Russian civilian advisers from a bazaar.", "assault", "RUS"),
    ],
)
def test_targets_from_the_clause(events, text, kind, target):
    found = [e for e in events(text) if e.type == kind]
    assert found and target in _countries(found[0].targets)


def test_object_by_phrase_is_no_actor(events):
    # the capital is the target, so the ministry takes no country from it
    found = events("The ministry demanded an apology by Moscow for the incident.")
    assert found and "RUS" not in _countries(found[0].actors)


def test_target_nationality_in_its_own_words(events):
    # no entity in `Bosnian Serb families`: the target's country is read off its words
    found = events("The army expelled Bosnian Serb families from the town.")
    assert found and "BIH" in _countries(found[0].targets)


@pytest.mark.parametrize(
    ("text", "side", "country"),
    [
        # a named target in a story of one country is of it
        ("Opposition groups in Malawi demanded that President Banda step down.", "targets", "MWI"),
        # a named actor too, when the story's one country is the target's
        ("Judge Ana Ruiz opened an inquiry into 12 Peruvian officials.", "actors", "PER"),
    ],
)
def test_one_country_story(events, text, side, country):
    found = events(text)
    assert found and country in _countries(getattr(found[0], side))


def test_generic_actor_takes_no_country_of_the_victims(events):
    # `Rebels` are not Japanese because the engineers they kidnapped are
    found = events("Rebels kidnapped four Japanese engineers near the border.")
    assert found
    assert "JPN" in _countries(found[0].targets)
    assert "JPN" not in _countries(found[0].actors)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # `strike`: its frame decides (object: assault; none: a strike; a deal: agree)
        ("Warplanes struck rebel positions near the border.", "assault"),
        ("Dock workers struck over pay in Chile.", "protest"),
        ("The unions struck a deal with the government.", "agree"),
        # arrests need people
        ("Police rounded up dozens of opposition supporters.", "coerce"),
        ("The head of the militia was arrested in Kinshasa.", "coerce"),
        ("Security forces dispersed the demonstrators with tear gas.", "coerce"),
        # `back down` yields; `back` supports
        ("The rebels backed down from their threat to quit the talks.", "concede"),
        ("Poland backed Ukraine's bid to join the union.", "support"),
        # pledges: their content decides the intent
        ("The rebels vowed to attack the capital.", "threaten"),
        ("The rebels vowed to free the hostages.", "agree"),
        # signing a truce is an agreement; declaring one is not
        ("Colombia and the rebels signed a ceasefire.", "agree"),
        ("The rebels declared a ceasefire on Sunday.", "retreat"),
        ("The rebels said they would accept a UN-brokered truce.", "agree"),
        # expelling envoys is a sanction, expelling other people deporting them
        ("Peru expelled two Venezuelan diplomats.", "sanction"),
        ("Burundi expelled 200 Rwandan refugees.", "coerce"),
        # retaliating: force, or a threat of it
        ("Israel retaliated with air strikes on Gaza.", "assault"),
        ("Iraq said it would retaliate against any attack.", "threaten"),
        # blame in a reported clause
        ("Iran said the United States was responsible for the crash.", "accuse"),
        # armed forces leaving a country
        ("The last Soviet soldiers left Afghanistan on Wednesday.", "retreat"),
        # put under a measure; an act done in protest
        ("The authorities placed the opposition leader under house arrest.", "coerce"),
        ("Workers at the mine walked off the job in protest at the layoffs.", "protest"),
        # a phrasal verb whose particle the parser read as an adverb
        ("The minister stepped down on Friday.", "retreat"),
    ],
)
def test_frame_decides_the_type(events, text, kind):
    found = events(text)
    assert found and found[0].type == kind


@pytest.mark.parametrize(
    "text",
    [
        "An earthquake struck the region on Monday.",
        "The speech struck a chord with voters.",
        "The appeals court could strike down the rules.",
        "The newspaper rounded up a sampling of reactions from readers.",
        "The measures arrested the decline of the currency.",
        "The wind dispersed the smoke over the city.",
        "The minister said he was responsible for the budget.",
        "The minister left Cairo on Wednesday.",
    ],
)
def test_frame_gives_no_event(events, text):
    assert not events(text)


def test_expelled_people_are_the_targets(events):
    found = events("Burundi expelled 200 Rwandan refugees.")
    assert found and "RWA" in _countries(found[0].targets)


def test_blame_targets_the_blamed(events):
    found = events("Iran said the United States was responsible for the crash.")
    assert found and "USA" in _countries(found[0].targets)


@pytest.mark.parametrize(
    "text",
    [
        # acting on the country itself, or on its state: no country for the actor from it
        "Senator Ana Ruiz criticized Iran on Monday.",
        "Senator Ana Ruiz accused the Saudi government of lying.",
    ],
)
def test_actor_takes_no_country_from_the_state_it_acts_on(events, text):
    found = events(text)
    assert found and not _countries(found[0].actors) - {None}


def test_person_name_is_no_place():
    from newsgraph.analyse.countries import resolve_actor, resolve_country

    # a one-word town name that is also the surname of another country's office holder
    assert resolve_country("Bush") is None
    assert resolve_actor("Bush").country is None
    # with a title, the office holder; capitals and big cities stay places
    assert resolve_country("President Bush") == "USA"
    assert resolve_country("Paris") == "FRA"
    assert resolve_country("Moscow") == "RUS"
    assert resolve_country("Houston") == "USA"
