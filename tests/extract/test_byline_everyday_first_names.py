"""A bare byline line whose first name is an everyday word and whose surname is an institution
noun (`Grant Court`) is a person's when the text never speaks of such a body; a body's name
line (`Supreme Court`, `Central Bank`) over a story about that body stays no byline (invented
text)."""

from newsgraph.extract.textclean import clean_text

GARDEN = (
    "Allotment holders in Osterby will pay more for their plots from April, after the town "
    "agreed a new rent scheme on Tuesday evening.\n\n"
    "The annual rent for a full plot rises from 40 to 55 crowns, and the waiting list, which "
    "has grown to more than 300 names, will be reviewed every spring.\n\n"
    "Growers said they accepted the rise but wanted the water taps repaired before the "
    "season starts, as several had been broken since last summer.\n"
)
HEAD = "Allotment rents to rise by a third in Osterby\n\n"


def test_everyday_first_name_byline_is_kept():
    got = clean_text(HEAD + "Grant Court\n\n12 March 2026\n\n" + GARDEN)
    assert got.byline == "Grant Court"


COURT = (
    "The Supreme Court on Tuesday struck down a law that let the port authority seize fishing "
    "boats without a hearing, in a ruling that could cost the authority millions.\n\n"
    "Five of the seven judges found that the law breached the right to a fair hearing. The "
    "court gave parliament six months to pass a new law.\n\n"
    "The port authority said it would study the ruling and would not seize any more boats "
    "until the new law was in force.\n"
)


def test_body_name_over_a_story_about_it_is_no_byline():
    got = clean_text(
        "Court strikes down boat seizure law\n\nSupreme Court\n\n12 March 2026\n\n" + COURT
    )
    assert got.byline is None


def test_body_named_by_its_noun_only_is_no_byline():
    text = COURT.replace("The Supreme Court", "The judges").replace("The court", "The bench")
    text += "\nThe bank that financed the boats said it welcomed the ruling.\n"
    got = clean_text(
        "Court strikes down boat seizure law\n\nCentral Bank\n\n12 March 2026\n\n" + text
    )
    assert got.byline is None
