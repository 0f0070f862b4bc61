"""Events, round 6: cue coverage that generalises (word families, transfer and movement
verbs with their objects, yielding to demands, accusing clauses, parse repair). Sentences
written for these tests; real countries, invented events."""

from __future__ import annotations

import pytest

PUBLISHED = "2031-03-13"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # nominalisations done by a light verb: the verb's event
        ("Cuba made fresh accusations against Chile on Monday.", "accuse"),
        ("The Kenyan foreign ministry issued a strong condemnation of the raid.", "accuse"),
        ("Pakistan issued a flat denial of the Indian charges.", "reject"),
        (
            "The Philippine government made an urgent appeal to the rebels to free the hostages.",
            "request",
        ),
        ("Indian police ordered the arrest of a Kashmiri separatist leader.", "coerce"),
        ("The Sudanese authorities announced a ban on all public gatherings.", "coerce"),
        ("Rebel fighters launched an invasion of the northern province of Chad.", "assault"),
        ("The government announced the release of 200 political prisoners in Burma.", "retreat"),
        ("Tanzania announced the expulsion of three Burundian diplomats.", "sanction"),
        ("Norway announced a donation of 5 million dollars to Palestinian refugees.", "aid"),
        ("The Indian prime minister held discussions with his Nepalese counterpart.", "consult"),
        # a physical event that takes place or breaks out
        ("Clashes between Indian and Pakistani troops broke out along the frontier.", "assault"),
        ("Fighting flared again in Grozny on Saturday, Russian officials said.", "assault"),
    ],
)
def test_word_families(events, text, kind):
    found = events(text)
    assert found and found[0].type == kind


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan ministry issued a press release on Monday.",
        "Demand for Russian oil continued to rise in China.",
        "Talks between Greece and Turkey broke down on Monday.",
    ],
)
def test_family_nouns_that_are_no_event_here(events, text):
    assert not events(text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # relief goods handed over: aid; forces moved: mobilize
        ("Sweden sent food and medicine to refugees in eastern Zaire.", "aid"),
        ("The Red Cross distributed blankets to earthquake victims in northern Iran.", "aid"),
        ("Japan shipped rice to North Korea to ease the famine.", "aid"),
        ("India moved troops to the border with Pakistan on Saturday.", "mobilize"),
        ("Turkey sent reinforcements to its border with Iraq.", "mobilize"),
        # intelligence shared: cooperate; weapons handed over: retreat (disarm)
        ("Turkey has been exchanging information with Syrian security services.", "cooperate"),
        ("The rebels handed over their weapons to peacekeepers in Angola.", "retreat"),
        # a formal protest lodged is a complaint (accuse), not a demonstration
        ("Vietnam lodged a formal protest with China over the seizure of its boats.", "accuse"),
        (
            "Kenyan President Daniel Moi received the Ugandan foreign minister in Nairobi.",
            "consult",
        ),
        ("Serbia ignored the United Nations deadline to withdraw its forces.", "reject"),
        ("Peruvian soldiers rounded up dozens of suspected guerrillas.", "coerce"),
        ("The World Bank approved a 200 million dollar loan to Kenya on Friday.", "aid"),
        ("The Bosnian Serbs voiced their opposition to the peace plan.", "reject"),
        ("Egypt voiced its support for the Palestinian leadership.", "support"),
        ("Jordan renewed its call for an international conference on the Middle East.", "request"),
        ("Miners went on strike in Romania to demand higher pay.", "protest"),
    ],
)
def test_verb_and_object(events, text, kind):
    found = events(text)
    assert found and found[0].type == kind


@pytest.mark.parametrize(
    "text",
    [
        "The Serbian government bowed to the demands of the opposition.",
        "The Bolivian government gave in to the demands of striking miners.",
        "Israel agreed to the demand of Egypt to reopen the crossing, officials said.",
    ],
)
def test_yielding_to_demands_is_a_concession(events, text):
    found = events(text)
    assert found and found[0].type == "concede"


def test_charging_that_is_an_accusation_not_an_arrest(events):
    found = events("Human rights groups charged that Indonesian troops had tortured prisoners.")
    assert found and found[0].type == "accuse"
    found = events("Indonesian police charged two Australian journalists on Monday.")
    assert found and found[0].type == "coerce"


def test_troops_taking_part_are_no_troop_movement(events):
    found = events("Chilean and Argentine troops took part in joint exercises near the border.")
    assert [e.type for e in found] == ["cooperate"]


def test_a_past_tense_misparsed_as_a_participle_is_the_clause_verb(events):
    # no verb heads the sentence: the parser reads `donated` as describing `groups`
    found = events(
        "Doctors from two American charities donated and personally delivered medical "
        "equipment worth $40,000 to a hospital in Basra, risking heavy fines."
    )
    assert found and found[0].type == "aid"
    assert {a[2] for a in found[0].actors} == {"USA"}


def test_a_person_pronoun_with_no_person_named_is_the_speaker(events):
    found = events("The Iraqi leader said he would shoot down any plane over Iraqi airspace.")
    assert found and found[0].type == "threaten"
    assert {a[2] for a in found[0].actors} == {"IRQ"}


def test_a_joint_operation_is_cooperation(events):
    found = events("French and German police carried out a joint operation against smugglers.")
    assert found and found[0].type == "cooperate"
    found = events("Kenyan troops launched an operation against rebels in Somalia.")
    assert found and found[0].type == "assault"


# -- verbs that are an event only with an armed or hostile object (code review of the wider
# lexicon): alone, they are everyday sentences. Invented names and places.


@pytest.mark.parametrize(
    "text",
    [
        "Firefighters battled the blaze for six hours.",
        "Mara Quill battled cancer for three years.",
        "Mara Quill interned at a Kestmoor bank.",
        "The senator mustered enough votes to pass the bill.",
        "The tycoon amassed a fortune in shipping.",
        "The referee ejected the Ostrel captain.",
        "The Kestmoor coach called up the striker for the friendly.",
        "Farmers slaughtered two hundred cattle.",
        "The opposition leader sniped at the minister.",
        "The two brewers teamed up to open a pub.",
        "The minister left the talks early to catch a flight.",
    ],
)
def test_everyday_uses_of_fighting_and_massing_verbs_are_no_event(events, text):
    assert not events(text), [(e.type, e.trigger) for e in events(text)]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # guards: the readings the wider lexicon was for hold with an armed or hostile object
        ("Varnholt troops battled Ostrelian rebels near Kestmoor on Tuesday.", "assault"),
        ("Rebel forces battled government troops for control of Kestmoor.", "assault"),
        ("Ostrel ejected the Varnholt monitors from the border zone.", "sanction"),
        ("The Ostrelian police interned forty Varnholt dissidents.", "coerce"),
        ("Varnholt called up 20,000 reservists on Monday.", "mobilize"),
        ("The Ostrelian army called up 3,000 troops.", "mobilize"),
        ("Varnholt amassed troops on the Ostrel border.", "mobilize"),
        ("Varnholt mustered 5,000 troops near the border.", "mobilize"),
        ("Militiamen slaughtered forty villagers near Kestmoor.", "assault"),
        ("Gunmen slaughtered twelve worshippers at a mosque near Kestmoor.", "assault"),
        ("The Ostrelian rebels quit the peace talks in Kestmoor on Friday.", "sanction"),
    ],
)
def test_guard_fighting_and_massing_verbs_with_an_armed_object(events, text, kind):
    found = events(text)
    assert found and found[0].type == kind, [(e.type, e.trigger) for e in found]


def test_guard_calling_soldiers_names_is_no_mobilisation(events):
    assert not events("The minister called the soldiers heroes.")


# -- harm with no attacker (`plover.ACCIDENTS`): the cause must be the harm's own, not a word
# in another phrase of the sentence


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers killed four protesters in the square with live fire.",
        "Police injured forty protesters in the square with smoke grenades.",
        "After the storm, soldiers killed six protesters in Ostrel.",
        "Forty protesters were injured by smoke grenades fired by the police.",
        # a cause word that modifies a weapon or a fight
        "Troops killed three rebels in a fire fight near Kestmoor.",
    ],
)
def test_an_accident_word_in_another_phrase_leaves_the_attack(events, text):
    assert any(e.type == "assault" for e in events(text))


@pytest.mark.parametrize(
    "text",
    [
        # guards: the cause next to its preposition, a modifier or two between, or the subject
        "Four villagers were killed in a landslide near Kestmoor on Monday.",
        "Four workers were injured in a massive fire at the depot.",
        "Two soldiers were killed in a helicopter crash near Kestmoor.",
        "Two soldiers were killed yesterday in a helicopter crash near Kestmoor.",
        "Two children were killed by lightning in Kestmoor.",
        "Forty homes were destroyed by the flood waters in Ostrel.",
        "A fire at the Varnholt depot killed two workers.",
        # a person is no armed actor: a driver kills in a crash
        "Mara Quill killed two pedestrians in a crash near Kestmoor.",
    ],
)
def test_guard_harm_with_its_own_accident_cause_stays_no_assault(events, text):
    assert not any(e.type == "assault" for e in events(text))


@pytest.mark.parametrize(
    "text",
    [
        # guards: a weapon the cause word modifies, or a weapon's fire, is an attack
        "A fire bomb killed two guards at the Ostrel depot.",
        "Two soldiers were killed by mortar fire near Kestmoor.",
    ],
)
def test_guard_a_weapon_named_with_a_cause_word_stays_assault(events, text):
    assert any(e.type == "assault" for e in events(text))
