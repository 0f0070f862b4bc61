"""Event types: what the cue lexicon (`plover.py`) makes of a sentence, checked against the
PLOVER category definitions. Sentences and names written for these tests (invented places,
people and companies)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        # harm with no attacker is no PLOVER event (product review 9: a warehouse fire)
        "A warehouse blaze killed two workers in Ostrel on Tuesday.",
        "Two dock workers died and nine were hurt in the fire at the Varnholt depot.",
        "Four villagers were killed in a landslide near Kestmoor on Monday.",
        "Three crew members died when their ferry sank off Brannock.",
        "The storm destroyed forty homes along the Ostrel coast.",
        "An outbreak of cholera has killed eleven people in the camps of Dravelin.",
        "A gas explosion killed four people in a block of flats in Ostrel.",
    ],
)
def test_harm_without_an_attacker_is_no_assault(events, text):
    assert not any(e.type == "assault" for e in events(text))


@pytest.mark.parametrize(
    "text",
    [
        "A fire tore through a timber yard in Ostrel on Tuesday, killing three workers.",
        "A storm swept across the Kestmoor coast and killed four fishermen.",
        # a dateline parsed as a second subject of the head clause
        "OSTREL, June 2 — A fire tore through a timber yard on Tuesday, killing three "
        "workers and injuring five, the fire service said.",
    ],
)
def test_a_fire_killing_in_a_participle_clause_is_no_assault(events, text):
    assert not any(e.type == "assault" for e in events(text))


def test_guard_attackers_killing_in_a_participle_clause_stay_assault(events):
    # guard: the head clause's subject is an attacker, not an accident
    text = "Gunmen stormed a village near Ostrel on Tuesday, killing three farmers."
    assert any(e.type == "assault" for e in events(text))


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen killed six villagers in Ostrel on Tuesday.",
        "Six soldiers died in clashes with Varnholt rebels near Ostrel.",
        "Varnholt rebels killed two soldiers near the border on Monday.",
        "The militia set fire to the market and killed four traders.",
        # an explosion alone is as often a bomb: it stays an attack
        "An explosion killed four soldiers at a checkpoint in Ostrel.",
        # weapon fire is no accident (the subject check must not take `fire` alone)
        "Mortar fire killed two soldiers near Kestmoor.",
        "Sniper fire killed a Varnholt officer.",
        "Fire from government troops killed four villagers.",
    ],
)
def test_harm_with_an_attacker_stays_assault(events, text):
    # guards against over-firing of the accident rules (they pass before them as well)
    assert any(e.type == "assault" for e in events(text))


@pytest.mark.parametrize(
    "text",
    [
        "The mayor of Ostrel, Vena Holm, ordered an inquiry into safety at the docks.",
        "The Varnholt parliament set up a commission to investigate the collapse of the dam.",
    ],
)
def test_an_ordered_inquiry_is_accuse_investigate_without_an_accused(events, text):
    # guard: the reading held before session 10; it pins the decision documented here
    # PLOVER ACCUSE, mode investigate: "any investigation, including commissions, grand
    # juries, judicial or political" (codebook). An inquiry is typed accuse whether or not
    # anyone is accused; the mode says it is an investigation and no one is its target.
    found = [e for e in events(text) if e.type == "accuse"]
    assert found
    assert found[0].mode == "investigate"
    assert not found[0].targets


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # synonyms of the categories' verbs that the CAMEO dictionary files in a block
        # without a code of their own, phrasal verbs and verb + object pairs
        ("The Varnholt foreign minister lauded the Ostrelian peace plan on Monday.", "support"),
        ("Ostrel approved of the Varnholt reforms on Tuesday.", "support"),
        ("The Varnholt opposition berated the government over the port deal.", "accuse"),
        ("Ostrelian prosecutors will prosecute the former mayor of Kestmoor.", "accuse"),
        (
            "The Varnholt attorney general brought charges against three Ostrelian officers.",
            "accuse",
        ),
        ("Varnholt ruled out talks with the Ostrelian rebels on Monday.", "reject"),
        ("Ostrel and Varnholt shunned the summit in Kestmoor.", "protest"),
        ("Ostrel ejected the Varnholt monitors from the border zone.", "sanction"),
        ("The Ostrelian rebels quit the peace talks in Kestmoor on Friday.", "sanction"),
        ("Varnholt froze the assets of six Ostrelian banks.", "sanction"),
        ("Varnholt expelled a prominent Ostrelian activist on Sunday.", "coerce"),
        ("The Ostrelian police interned forty Varnholt dissidents.", "coerce"),
        ("The junta clamped down on the Kestmoor press on Monday.", "coerce"),
        ("Varnholt called up 20,000 reservists on Monday.", "mobilize"),
        ("Militants beheaded a Varnholt official in Kestmoor.", "assault"),
        ("Varnholt troops battled Ostrelian rebels near Kestmoor on Tuesday.", "assault"),
        ("Gunmen gunned down two Varnholt policemen in Kestmoor.", "assault"),
        ("The Varnholt government capitulated to the strikers on Friday.", "concede"),
        ("Ostrel agreed to repatriate 300 Varnholt prisoners.", "agree"),
        ("Ostrel repatriated 300 Varnholt prisoners on Monday.", "retreat"),
    ],
)
def test_category_vocabulary(events, text, kind):
    # the lauded, ruled-out, froze-assets, clamped-down, beheaded, gunned-down and repatriate
    # rows are guards (read right before the session-10 lexicon too); the others are new
    found = events(text)
    assert found and found[0].type == kind, [(e.type, e.trigger) for e in found]
