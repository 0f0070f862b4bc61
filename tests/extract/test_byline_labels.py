"""A page's labels are no byline: a section label over the headline, a list heading of
everyday words under it, an `Author` box's heading, a `By Category` filter, a possessive
clause, menu items the scrape ran together; a name of everyday words with a role beside it
stays a byline (invented text)."""

from __future__ import annotations

from newsgraph.extract.textclean import clean_text

HEADLINE = "Ferry pier to close after a century of crossings"
PARAS = [
    "The harbour board voted on Monday to close the old ferry pier for good, ending a service "
    "that had carried passengers across the bay since the town was founded in the last century.",
    "Board members said the timber piles had rotted beyond repair, and that a new pier would "
    "cost more than the board could raise from its own budget in the next ten years.",
    "Ferry users said they would petition the county to keep a summer service running from the "
    "fishing quay instead, at least until the money for a new pier could be found.",
    "The last crossing is planned for the end of the month, when the skipper who has run the "
    "boat for twenty years will take the final group of passengers across the water.",
]

MORE = [
    "A local historian said the pier had survived two storms and a fire, and that its loss "
    "would be felt most by the older people of the town, who remember it at its busiest.",
    "The board said it would keep the ticket office open as a small museum of the crossing, "
    "with photographs and the old timetables lent by families from around the bay.",
    "Shop owners near the pier said they feared the loss of the summer trade that the ferry "
    "brought, and asked the board for help with signs pointing visitors to the quay.",
    "The county is expected to decide on the petition for a summer service in the spring, "
    "after a public meeting at the town hall that the board has promised to attend.",
]


def _page(head: list[str], tail: list[str] | None = None) -> str:
    return "\n\n".join(["The Bay Gazette", *head, *PARAS, *(tail or [])]) + "\n"


def test_section_label_over_the_headline_is_no_byline():
    got = clean_text(_page(["Home", "Harbour Operations", HEADLINE]))
    assert got.title == HEADLINE
    assert got.byline is None


def test_list_heading_under_the_headline_is_no_byline():
    got = clean_text(_page([HEADLINE, "Key Takeaways"]))
    assert got.byline is None


def test_everyday_name_with_a_role_under_the_headline_stays():
    got = clean_text(_page([HEADLINE, "Rose Hills", "Senior Writer"]))
    assert got.byline == "Rose Hills"
    got = clean_text(_page([HEADLINE, "Christian Winter", "March 4, 2027"]))
    assert got.byline == "Christian Winter"


def test_author_box_heading_far_from_the_headline_is_no_byline():
    tail = [*MORE, "Author", "Recent Posts", "Follow me", "Ten walks along the bay"]
    got = clean_text(_page([HEADLINE], tail))
    assert got.byline is None


def test_by_filter_far_from_the_headline_is_no_byline():
    tail = [*MORE, "Browse", "By Category", "Back", "Ten walks along the bay"]
    got = clean_text(_page([HEADLINE], tail))
    assert got.byline is None


def test_possessive_after_by_is_no_byline():
    lead = "The new boat, a catamaran by Orla Penn's yard"
    got = clean_text(_page([HEADLINE, lead]))
    assert got.byline is None


def test_menu_items_run_together_are_no_byline():
    got = clean_text(_page([HEADLINE, "By TopicGuest EpisodesSponsors", "March 4, 2027"]))
    assert got.byline is None


def test_name_with_a_date_under_the_headline_stays():
    got = clean_text(_page([HEADLINE, "Orla Penn", "March 4, 2027"]))
    assert got.byline == "Orla Penn"


def test_name_on_a_date_line_is_the_byline():
    for line in (
        "Dec 17, 2026 Orla Penn",
        "Orla Penn 3/4/2027",
        "March 1, 2027March 8, 2027Orla Penn",
        "12 Comments | Orla Penn | Last Updated: March 11, 2027",
    ):
        got = clean_text(_page([HEADLINE, line]))
        assert got.byline == "Orla Penn", line


def test_label_on_a_date_line_is_no_byline():
    got = clean_text(_page([HEADLINE, "March 11, 2027 | Recent Posts"]))
    assert got.byline is None


def test_article_by_label_over_a_name():
    head = [HEADLINE, "Share", "Print", "Expert Reviewed", "Article by:", "Orla Penn"]
    got = clean_text(_page(head))
    assert got.byline == "Orla Penn"


def test_name_over_a_day_and_month_without_a_year():
    got = clean_text(_page(["Orla Penn", "Mar 9", HEADLINE]))
    assert got.byline == "Orla Penn"
