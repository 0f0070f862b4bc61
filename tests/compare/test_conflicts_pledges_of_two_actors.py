"""A sum told by `we` (`We will together provide 45 million crowns …`, three ministers' joint
statement) is some actor's not named in its clause: a named actor's sum elsewhere (`Osterland
will provide 20 million crowns …`) is no conflict with it for sharing only the place it goes to.
The same named actor's two sums stay one. Invented text."""

from __future__ import annotations

from dossier_support import number_values as _numbers

HANSARD = (
    "Osterland Chamber of Deputies, 5 March 2031.\n\n"
    "Mr Kell Dunmore (Varby East): What will the Government do for the people of Velm after "
    "the veto?\n\n"
    "Ms Orla Venn: The veto was a failure of the council and we said so in New Carden.\n\n"
    "Ms Orla Venn: I can also tell the Chamber that Osterland will provide 20 million crowns in "
    "humanitarian aid to Velm, starting next week.\n\n"
    "Hon. Members: Hear, hear."
)
JOINT = (
    "The foreign ministers of Arvia, Dulm and Kesk issued a joint statement on Velm on Friday. "
    "The statement reads:\n\n"
    "1. We deplore the veto of the ceasefire resolution for Velm.\n\n"
    "2. We will request an emergency session of the Assembly.\n\n"
    "3. We will together provide 45 million crowns in emergency aid to Velm, delivered through "
    "the Assembly's aid office."
)


def test_a_named_actors_pledge_and_a_we_pledge_are_no_conflict():
    assert not [a for a, _ in _numbers(HANSARD, JOINT) if a.startswith("crown")]


def test_one_named_actors_two_pledges_stay_a_conflict():
    same = (
        "Osterland will provide 45 million crowns in humanitarian aid to Velm, starting next "
        "week, the minister said."
    )
    assert ("crown (expected)", ["20000000", "45000000"]) in _numbers(HANSARD, same)
