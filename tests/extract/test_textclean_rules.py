"""The cleaner's rules for forms, disclosures, author boxes, code listings, repeated paragraphs and
end-of-article sections, and its line model; all on text written for these tests."""

# ruff: noqa: E501 - the fixtures are scraped lines, as long as real ones

from __future__ import annotations

from collections import Counter

from extract_support import PARAS as _PARAS
from extract_support import article as _article

from newsgraph.extract import linescore
from newsgraph.extract.textclean import (
    REASONS,
    _apply_rules,
    _candidates,
    _features,
    _Line,
    _trailing_links,
    clean_text,
)


def _reasons(ext, reason):
    return [r.text for r in ext.removals if r.reason == reason]


def _check_removals(raw, ext):
    norm = raw.replace("\r\n", "\n").replace("\r", "\n")
    for r in ext.removals:
        assert norm[r.start : r.end] == r.text
        assert r.reason in REASONS


def test_sign_up_form_after_the_article_is_boilerplate():
    raw = (
        f"{_article()}\n\nGet the harbour newsletter\n\nThe week's council news, delivered straight to your inbox every Friday.\n\n"
        "First Name *\n\nEmail *\n\nSubmit\n\nBy clicking Submit, you agree to our Terms of Use and Privacy Policy.\n\n"
        "Thank you! Your submission has been received!\n\nOops! Something went wrong while submitting the form."
    )
    ext = clean_text(raw)
    _check_removals(raw, ext)
    gone = _reasons(ext, "boilerplate")
    for text in (
        "First Name *",
        "Email *",
        "Submit",
        "delivered straight to your inbox",
        "you agree",
        "Thank you!",
        "Oops!",
    ):
        assert any(text in g for g in gone), text
        assert text not in ext.text
    assert ext.text.startswith("The harbour council") and ext.text.endswith("end of the month.")


def test_a_single_word_like_name_is_not_a_form():
    raw = f"{_article(_PARAS[:2])}\n\nName\n\n{_article(_PARAS[2:])}"
    assert "Name" not in _reasons(clean_text(raw), "boilerplate")


def test_affiliate_disclosure_and_feedback_widget_are_boilerplate():
    raw = (
        "This post contains affiliate links: if you buy through them, we may earn a small commission at no extra cost to you.\n\n"
        f"{_article()}\n\nWas this article helpful?\n\nYesNo\n\nThanks for your feedback!"
    )
    ext = clean_text(raw)
    _check_removals(raw, ext)
    gone = _reasons(ext, "boilerplate")
    assert any("affiliate links" in g for g in gone)
    for text in ("Was this article helpful?", "YesNo", "Thanks for your feedback!"):
        assert text in gone, text
    assert "commission" not in ext.text


def test_author_box_is_boilerplate():
    raw = (
        f"{_article()}\n\nMaria Lindqvist\n\nSenior Editor\n\n"
        "Maria Lindqvist is a senior editor who has covered local politics and the harbour for twelve years; she lives in the old town."
    )
    ext = clean_text(raw)
    _check_removals(raw, ext)
    gone = _reasons(ext, "boilerplate")
    assert "Maria Lindqvist" in gone and any(
        g.startswith("Maria Lindqvist is a senior editor") for g in gone
    )
    assert "twelve years" not in ext.text and ext.text.endswith("end of the month.")


def test_a_story_about_a_person_is_not_an_author_box():
    raw = (
        "Harbour master retires\n\nJohn Harper\n\n"
        "John Harper is retiring after thirty years as harbour master, and he says the sea wall was the hardest job of his career.\n\n"
        f"{_article()}"
    )
    ext = clean_text(raw)
    # the bio rule needs a line naming the person: here that is the headline block, and a
    # report about someone leads with their name, so the story keeps the rest
    assert "The harbour council met" in ext.text


def test_closing_bio_line_is_boilerplate():
    raw = f"{_article()}\n\nMaria Lindqvist is a freelance journalist based in Oslo who writes about cities and transport."
    ext = clean_text(raw)
    _check_removals(raw, ext)
    assert any("freelance journalist" in g for g in _reasons(ext, "boilerplate"))
    assert ext.text.endswith("end of the month.")


def test_last_paragraph_about_someone_is_kept():
    last = "Jones has said he will appeal the ruling, and his lawyers expect the case to reach the higher court before the summer."
    ext = clean_text(f"{_article()}\n\n{last}")
    assert ext.text.endswith(last)


def test_repeated_paragraph_is_a_duplicate():
    quote = "“We cannot let the wall fall into the sea while we argue about who pays for it,” the mayor said."
    raw = f"{_article(_PARAS[:2])}\n\n{quote}\n\n{_article(_PARAS[2:])}\n\n{quote}"
    ext = clean_text(raw)
    _check_removals(raw, ext)
    assert ext.text.count("argue about who pays") == 1
    assert _reasons(ext, "duplicate") == [quote]


def test_code_listing_stays_in_the_article():
    code = "\n".join(
        [
            "const BUDGET = 400000000;",
            "const RATES = { low: 1200, mid: 2400, high: 5100 };",
            "function repairCost(sections) {",
            "  let total = 0;",
            "  sections.forEach((s) => {",
            "    total += s.lengthM * RATES[s.band];",
            "  });",
            "  return Math.ceil(total);",
            "}",
            "const sections = loadSections('wall.csv');",
            "console.log(repairCost(sections));",
        ]
    )
    raw = (
        "Skip to content\n\nHome\n\nBlog\n\nAbout\n\n"
        "The council's engineers published the small script they use to price each section of the wall, and it is short enough to read in a minute.\n\n"
        f"{code}\n\n"
        "The script multiplies the length of each section by a rate that depends on how far the wall has moved, and it stops when the total passes the budget."
    )
    ext = clean_text(raw)
    _check_removals(raw, ext)
    for line in ("total += s.lengthM * RATES[s.band];", "return Math.ceil(total);", "});"):
        assert line in ext.text, line


def test_end_of_article_sections_are_related_links():
    raw = (
        f"{_article()}\n\nRecent Articles\n\nCouncil approves new ferry timetable\n\nTram depot to reopen next spring\n\n"
        "About the Author\n\nMaria Lindqvist covers the harbour and the council for the paper."
    )
    ext = clean_text(raw)
    _check_removals(raw, ext)
    related = _reasons(ext, "related link")
    assert "Recent Articles" in related and "About the Author" in related
    assert "ferry timetable" not in ext.text and "covers the harbour" not in ext.text


def test_bracketed_read_more_and_photo_by_captions():
    raw = (
        f"{_article(_PARAS[:2])}\n\n[Read more: Ferry operators strike over pay]\n\n"
        "Workers inspect the sea wall after the storm. | Photo by Jane Smith\n\n"
        f"{_article(_PARAS[2:])}"
    )
    ext = clean_text(raw)
    _check_removals(raw, ext)
    assert "[Read more: Ferry operators strike over pay]" in _reasons(ext, "related link")
    assert any("Photo by Jane Smith" in c for c in _reasons(ext, "image caption"))
    assert all(p in ext.text for p in _PARAS) and "Photo by" not in ext.text


def test_run_of_furniture_ends_the_article_but_one_line_does_not():
    furniture = "Share\n\nFacebook\n\nTwitter\n\nTags: harbour, council\n\n"
    other = "Ferry operators have called a strike for next week over pay, the union said in a statement on Monday evening after talks broke down."
    ext = clean_text(f"{_article()}\n\n{furniture}{other}")
    assert "Ferry operators" not in ext.text
    ext = clean_text(f"{_article(_PARAS[:2])}\n\nAdvertisement\n\n{_article(_PARAS[2:])}")
    assert "The mayor said" in ext.text and "Several members" in ext.text


def test_sign_off_closes_the_article():
    raw = (
        f"{_article()}\n\nWhat comes next\n\nThe regional minister is expected to reply within a fortnight.\n\n"
        "Read more: Ferry operators strike over pay\n\nml/ab (AP, Reuters)"
    )
    ext = clean_text(raw)
    assert ext.text.endswith("within a fortnight.")
    assert ext.agencies == ["AP", "Reuters"]


def test_section_heading_over_numbered_steps_is_not_a_teaser():
    raw = (
        f"{_article(_PARAS[:2])}\n\nHow the repair will work\n\n1. Survey the wall\n\n"
        "Surveyors will measure every section of the wall in the first month and mark the parts that have moved the most.\n\n"
        f"{_article(_PARAS[2:])}"
    )
    ext = clean_text(raw)
    assert "How the repair will work" in ext.text and "1. Survey the wall" in ext.text


def test_line_model_features_and_probabilities():
    raw = f"Skip to content\n\nHome\n\n{_article()}\n\nShare\n\nSubscribe to our newsletter for weekly updates.\n\n© 2025 Harbour News"
    page = _apply_rules(raw)
    _, seq = _candidates(page.lines)
    counts = Counter(ln.text for ln in page.lines)
    rows = linescore.features(seq, counts)
    probs = linescore.probabilities(seq, counts)
    assert len(rows) == len(probs) == len(seq)
    for ln, row, p in zip(seq, rows, probs, strict=True):
        assert (row is None) == (p is None) == (ln.reason is not None)
        if row is not None:
            assert len(row) == len(linescore.NAMES)
            assert 0.0 < p < 1.0
    prose = [p for ln, p in zip(seq, probs, strict=True) if p is not None and ln.text in _PARAS]
    assert prose and min(prose) > 0.5


def test_call_to_action_buttons_are_navigation_but_imperative_subheadings_are_kept():
    raw = (
        f"{_article(_PARAS[:2])}\n\nLearn more\n\nCheck the wall before winter\n\n"
        f"{_article(_PARAS[2:])}\n\nGet started for free\n\nBook a demo"
    )
    ext = clean_text(raw)
    _check_removals(raw, ext)
    nav = _reasons(ext, "navigation")
    for button in ("Get started for free", "Book a demo", "Learn more"):
        assert button in nav and button not in ext.text
    assert "Check the wall before winter" in ext.text and ext.text.endswith("end of the month.")


def test_shop_and_expand_buttons_of_product_boxes_are_navigation():
    buttons = (
        "Check price at Harbour Outfitters",
        "Check Price at Quayside Supply (on sale!)",
        "Buy on Example Store",
        "Show 2 More ▼",
        "READ MORE ↓",
        "+ More Info",
        "See It",
    )
    # one button between two paragraphs, the rest after the article (a run of furniture
    # inside the body still ends it)
    raw = (
        f"{_PARAS[0]}\n\n{buttons[0]}\n\n{_PARAS[1]}\n\n{buttons[3]}\n\n{_PARAS[2]}\n\n"
        f"{buttons[5]}\n\n{_PARAS[3]}\n\n"
        + "\n\n".join((*buttons[1:3], buttons[4], buttons[6], "Buy at the harbour market"))
    )
    ext = clean_text(raw)
    _check_removals(raw, ext)
    nav = _reasons(ext, "navigation")
    for button in (*buttons, "Buy at the harbour market"):
        assert button in nav and button not in ext.text, button
    assert all(p in ext.text for p in _PARAS)
    # a sentence that begins like a button is text
    for line in (
        "Buy at the harbour market before the stalls close at noon, the council said.",
        "See it for yourself: the wall has moved.",
    ):
        ext = clean_text(f"{_article(_PARAS[:2])}\n\n{line}\n\n{_article(_PARAS[2:])}")
        assert line in ext.text, line


def test_rating_widget_caption_buttons_and_source_prompts_are_removed():
    raw = (
        f"{_article(_PARAS[:2])}\n\nhide caption\n\ntoggle caption\n\n"
        f"{_article(_PARAS[2:])}\n\nAdd Harbour News as a preferred source on Google\n\n"
        "How useful was this post?\n\nClick on a star to rate it!\n\nSubmit Rating\n\n"
        "Average rating 4.6 / 5. Vote count: 212\n\nNo votes so far! Be the first to rate this post."
    )
    ext = clean_text(raw)
    _check_removals(raw, ext)
    assert ext.text == _article()
    assert "toggle caption" in _reasons(ext, "image caption")
    assert "Click on a star to rate it!" in _reasons(ext, "boilerplate")


def test_an_average_rating_in_a_list_is_kept():
    item = "Average Rating: 4.9"
    raw = f"{_article(_PARAS[:2])}\n\n1. Harbour Movers\n\n{item}\n\n{_article(_PARAS[2:])}"
    assert item not in _reasons(clean_text(raw), "boilerplate")


def test_support_appeals_are_boilerplate():
    appeals = (
        "Thanks for reading Harbour Notes! Subscribe for free to receive new posts and support my work.",
        "Harbour Notes is a reader-supported publication. To receive new posts and support my work, consider becoming a free or paid subscriber.",
        "Since you made it to the bottom of this article, we have a small favor to ask.",
        "Enjoyed this piece? We need your help to keep publishing.",
    )
    raw = _article() + "".join(f"\n\n{a}" for a in appeals)
    ext = clean_text(raw)
    _check_removals(raw, ext)
    assert ext.text == _article()
    assert set(appeals) <= set(_reasons(ext, "boilerplate"))


def test_discussion_heading_starts_the_comments():
    raw = (
        f"{_article()}\n\nDiscussion about this post\n\nPer Olsen\n\n"
        "I walk along that wall every morning and the cracks have been there for years."
    )
    ext = clean_text(raw)
    assert "Discussion about this post" in _reasons(ext, "comments")
    assert "cracks" not in ext.text


def test_more_end_of_article_headings():
    for heading in ("Explore more articles", "You'll also love", "Further reading", "Popular"):
        raw = (
            f"{_article()}\n\n{heading}\n\nCouncil approves new ferry timetable\n\n"
            "Tram depot to reopen next spring"
        )
        ext = clean_text(raw)
        assert heading in _reasons(ext, "related link"), heading
        assert "ferry timetable" not in ext.text


def test_author_box_under_a_name_line_closes_the_article():
    for head, bio in (
        (
            "Maria Lindqvist",
            "Maria covers the harbour and the council, and before that she was a reporter in Bergen for ten years.",
        ),
        (
            "Written byMaria Lindqvist",
            "Award-winning writer Maria Lindqvist has covered the harbour for the paper since 2015.",
        ),
        (
            "Albert Swann",
            "(Editor / Journalist) – Albert comes from a family of shipbuilders and has written about boats for years.",
        ),
    ):
        raw = f"{_article()}\n\n{head}\n\n{bio}"
        ext = clean_text(raw)
        _check_removals(raw, ext)
        assert ext.text == _article(), head
        assert bio in _reasons(ext, "boilerplate")


def test_a_list_of_places_is_not_an_author_box():
    raw = (
        f"{_article()}\n\nHuntsville State Park\n\n"
        "Huntsville State Park is another great place for riders who are new to the trails, with fourteen miles of them."
    )
    assert "Huntsville State Park is another" in clean_text(raw).text


def test_table_of_contents_is_removed_and_its_titles_kept_below():
    raw = (
        "Repairing the sea wall\n\nIn this article\n\nWhat went wrong\n\nWho pays\n\nWhat comes next\n\n"
        f"What went wrong\n\n{_PARAS[0]}\n\n{_PARAS[1]}\n\nWho pays\n\n{_PARAS[2]}\n\nWhat comes next\n\n{_PARAS[3]}"
    )
    ext = clean_text(raw)
    _check_removals(raw, ext)
    toc = _reasons(ext, "table of contents")
    assert toc == ["In this article", "What went wrong", "Who pays", "What comes next"]
    assert ext.text.count("Who pays") == 1 and ext.title == "Repairing the sea wall"


def test_published_date_is_preferred_to_the_updated_one():
    raw = (
        "Council to repair the sea wall\n\nMarch 26, 2023\n\nLast updated on September 16th, 2023 at 09:27 am\n\n"
        f"{_article()}"
    )
    assert clean_text(raw).published == "2023-03-26"
    raw = f"Council to repair the sea wall\n\nUpdated Dec 3, 2025\n\nPublished Oct 10, 2023\n\n{_article()}"
    assert clean_text(raw).published == "2023-10-10"


def test_headline_is_the_heading_the_body_is_about():
    raw = (
        "Partner With Us Today For Better Results\n\nCouncil to repair the harbour sea wall\n\n"
        f"Dec 17, 2025 Jane Doe\n\n{_article()}"
    )
    ext = clean_text(raw)
    assert ext.title == "Council to repair the harbour sea wall"
    assert ext.published == "2025-12-17"


def test_reference_list_after_the_article_is_dropped():
    for heading in ("References", "Sources", "Article Sources", "Footnotes", "Citations"):
        raw = (
            f"{_article()}\n\n{heading}\n\n"
            "1. Berg K, Dahl M. Coastal walls after winter storms. Harbour Eng. 2019;12:44-51.\n\n"
            "2. Regional Roads Office. Annual report on shore roads (2021)."
        )
        ext = clean_text(raw)
        _check_removals(raw, ext)
        assert heading in _reasons(ext, "related link"), heading
        assert "Coastal walls" not in ext.text and "shore roads" not in ext.text
        assert all(p in ext.text for p in _PARAS)


def test_sources_heading_inside_short_article_is_kept_out_of_the_rule():
    # the heading needs the article's prose above it: a page opening with "Sources" is not cut
    raw = f"Sources\n\n{_article()}"
    ext = clean_text(raw)
    assert all(p in ext.text for p in _PARAS)


def test_short_lines_closing_the_body_are_a_link_list():
    raw = f"{_article()}\n\nFerry timetable\n\nTram depot works\n\nHarbour parking map\n\nCouncil minutes"
    ext = clean_text(raw)
    _check_removals(raw, ext)
    assert all(p in ext.text for p in _PARAS)
    for line in ("Ferry timetable", "Tram depot works", "Harbour parking map", "Council minutes"):
        assert line not in ext.text, line


def test_closing_table_or_numbered_list_is_not_a_link_list():
    items = ("1. Check the wall", "2. Mark the cracks", "3. Call the engineer")
    raw = f"{_article()}\n\n" + "\n\n".join(items)
    ext = clean_text(raw)
    for line in items[:2]:  # (the last heading ending the body is a teaser, an older rule)
        assert line in ext.text, line


def test_a_field_repeated_in_every_list_item_is_not_a_duplicate():
    field = "Opening hours: weekdays from nine to five"
    items = []
    for name in ("North pier café", "Harbour museum", "Ferry ticket office", "Old lighthouse"):
        items += [
            name,
            f"{field}",
            f"The {name.lower()} sits on the waterfront and is run by the town.",
        ]
    raw = f"{_article(_PARAS[:2])}\n\n" + "\n\n".join(items) + f"\n\n{_article(_PARAS[2:])}"
    ext = clean_text(raw)
    _check_removals(raw, ext)
    assert ext.text.count(field) == 4
    assert not _reasons(ext, "duplicate")


def test_a_paragraph_printed_twice_is_still_a_duplicate():
    quote = "The wall has moved more in one winter than in the fifty years before it."
    raw = f"{_article(_PARAS[:2])}\n\n{quote}\n\n{_article(_PARAS[2:3])}\n\n{quote}\n\n{_PARAS[3]}"
    ext = clean_text(raw)
    assert ext.text.count(quote) == 1
    assert quote in _reasons(ext, "duplicate")


def _lines(texts):
    out = []
    for k, text in enumerate(texts):
        ln = _Line(start=0, end=len(text), text=text, block=k, idx=k)
        _features(ln)
        out.append(ln)
    return out


def test_trailing_links_rule_on_a_body():
    body = _lines([*_PARAS, "Ferry timetable", "Tram depot works", "Harbour parking map"])
    _trailing_links(body)
    assert [ln.reason for ln in body] == [None] * 4 + ["boilerplate"] * 3
    # two short lines are not yet a list; a closing numbered list or table stays
    for tail in (
        ["Ferry timetable", "Tram depot works"],
        ["1. Check the wall", "2. Mark it", "3. Call"],
    ):
        body = _lines([*_PARAS, *tail])
        _trailing_links(body)
        assert all(ln.reason is None for ln in body), tail


_CARDS = (
    (
        "Tram depot to close for summer works",
        "May 2, 2025",
        "The east side depot will shut for eight weeks while the tracks are relaid.",
    ),
    (
        "New ferry timetable from June",
        "April 28, 2025",
        "Two extra crossings a day will run on weekdays until the end of September.",
    ),
    (
        "Library opens its reading garden",
        "April 21, 2025",
        "The garden behind the old library is open to readers from ten until six.",
    ),
    (
        "Harbour market moves indoors",
        "April 14, 2025",
        "Stalls will trade in the former fish hall while the quay is being resurfaced.",
    ),
)


def test_repeated_card_template_is_flagged_for_the_line_model():
    # a grid of cards (title, date, blurb) repeated four times is one template; the article's
    # paragraphs around it, all of one shape, and a heading over them are no template
    cards = [line for card in _CARDS for line in card]
    texts = ["Council to repair the sea wall", *_PARAS[:2], *cards, *_PARAS[2:]]
    seq = _lines(texts)
    flags = linescore._templates(seq)  # per line: cards in its template, 0 for none
    assert flags[3 : 3 + len(cards)] == [4] * len(cards)
    assert flags[:3] == [0] * 3 and flags[3 + len(cards) :] == [0] * 2
    # two cards are not yet a list of cards
    assert not any(linescore._templates(_lines([*_PARAS, *cards[:6], *_PARAS])))


def test_sections_of_one_paragraph_are_kept_though_they_repeat_a_shape():
    # subheading, paragraph, subheading, paragraph: the shape of a list of cards too, so the
    # line model sees the template flag, but it is a feature weighed beside the others, not a
    # rule: the article of short sections is kept whole
    texts = ["Council to repair the sea wall"]
    for k, para in enumerate(_PARAS):
        texts += [f"Part {'one two three four'.split()[k]} of the repair", para]
    seq = _lines(texts)
    flags = linescore._templates(seq)
    assert flags[3:] == [3] * 6  # (the first paragraph is longer: its section is no copy)
    rows = linescore.features(seq, Counter(texts))
    names = linescore.NAMES
    assert {"card template", "card template short", "card template prose"} <= set(names)
    assert rows[4][names.index("card template prose")] == 1.0
    assert rows[3][names.index("card template short")] == 1.0
    ext = clean_text("\n\n".join(texts))
    assert all(p in ext.text for p in _PARAS)
