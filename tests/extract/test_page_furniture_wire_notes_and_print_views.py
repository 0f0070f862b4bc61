"""Session 21 round 2 (review 22 findings 10-12): page furniture kept in an HTML body (a donation
appeal, a print view's header, a magazine's kicker, standfirst, credits line and editor's note),
a wire's bracketed version note, print-view outlets, a © line's year, `Autor:` bylines and a
byline line the HTML extractor leaves out. Every text here is invented."""

from __future__ import annotations

from newsgraph.extract.credits import COPYRIGHT_HOLDER
from newsgraph.extract.genre import alert_label
from newsgraph.extract.html import extract_html
from newsgraph.extract.outlets import title_site
from newsgraph.extract.textclean import (
    REASONS,
    byline_paragraph,
    clean_text,
    closing_pitch,
    episode_furniture,
    print_header,
    wire_note,
)

_PARAS = [
    "The harbour board of Quellby voted on Tuesday to close the old ferry pier for repairs, "
    "a decision that will send the morning boats to the north quay until the spring.",
    "Board chair Ines Rook said the timber piles had rotted faster than engineers expected, "
    "and that the cost of the work had risen to four million crowns since the first survey.",
    "Ferry operators said the north quay was too small for the larger boats, and warned that "
    "some crossings could be cancelled during the busiest weeks of the winter timetable.",
    "The board will publish a timetable for the works next month, after talks with the "
    "operators and the fishing cooperative that also uses the pier.",
]


def _page(head: str = "", before: str = "", after: str = "", title: str = "") -> str:
    body = "".join(f"<p>{p}</p>" for p in _PARAS)
    title = title or "Quellby closes its old ferry pier for repairs"
    return (
        f"<html><head><title>{title}</title>{head}</head><body><article>"
        f"{before}{body}{after}</article></body></html>"
    )


def _reasons(ext, reason: str) -> list[str]:
    return [r.text for r in ext.removals if r.reason == reason]


# -- finding 10: furniture kept in the body ---------------------------------------------------


def test_donation_appeal_closing_an_html_page_is_boilerplate():
    appeal = (
        "Support independent journalism: The Quellby Lantern is funded by its readers. "
        "Donate today."
    )
    ext = extract_html(_page(after=f'<p class="donate">{appeal}</p>'))
    assert "Donate today" not in ext.text
    assert appeal in _reasons(ext, "boilerplate")
    assert _PARAS[-1] in ext.text


def test_a_report_on_donations_closing_the_text_stays():
    news = (
        "The fishing cooperative said donations to its repair fund had doubled since the "
        "storm, and that it would give the money to the board."
    )
    assert not closing_pitch(news)
    ext = extract_html(_page(after=f"<p>{news}</p>"))
    assert "donations to its repair fund" in ext.text


def test_print_view_header_lines_are_removed_from_html():
    header = (
        '<div class="print-header"><p>Printed from quellbylantern.example on 04/03/2026 at '
        "09:12</p><p>Article URL: https://quellbylantern.example/news/pier-closes</p></div>"
    )
    ext = extract_html(_page(before=header))
    assert "Printed from" not in ext.text and "Article URL" not in ext.text
    assert ext.text.startswith("The harbour board of Quellby")
    assert any(t.startswith("Printed from") for t in _reasons(ext, "boilerplate"))


def test_print_stamp_and_article_url_in_pre_scraped_text():
    raw = (
        "Printed from quellbylantern.example on 04/03/2026 at 09:12\n\n"
        "Article URL: https://quellbylantern.example/news/pier-closes\n\n" + "\n\n".join(_PARAS)
    )
    ext = clean_text(raw, select_body=False)
    assert "Printed from" not in ext.text
    assert ext.url == "https://quellbylantern.example/news/pier-closes"
    assert _reasons(ext, "boilerplate") == [
        "Printed from quellbylantern.example on 04/03/2026 at 09:12"
    ]


def test_print_header_needs_a_host_or_a_date_in_figures():
    assert print_header("Printed from quellbylantern.example on 04/03/2026 at 09:12")
    assert print_header("This article was printed on 4.3.2026")
    assert print_header("Story URL: https://quellbylantern.example/a")
    assert not print_header("Printed on recycled paper, the report runs to 300 pages.")
    assert not print_header("Printed from the archive, the letters tell another story.")


def test_kicker_over_the_repeated_headline_leaves_the_text():
    before = (
        '<p class="kicker">The Long Read</p><h1>Quellby closes its old ferry pier for repairs</h1>'
    )
    ext = extract_html(_page(before=before))
    assert "The Long Read" not in ext.text
    assert ext.text.startswith("The harbour board of Quellby")


def test_a_short_first_paragraph_over_other_text_is_no_kicker():
    ext = extract_html(_page(before="<p>Storm damage</p>"))
    assert ext.text.startswith("Storm damage")


def test_standfirst_by_its_class_is_removed_with_its_reason():
    dek = (
        "The board says the rotten piles leave it no choice; the ferry operators say the "
        "north quay cannot take their boats."
    )
    ext = extract_html(_page(before=f'<p class="dek">{dek}</p>'))
    assert "rotten piles leave it no choice" not in ext.text
    assert _reasons(ext, "standfirst") == [dek]


def test_same_paragraph_without_a_standfirst_class_stays():
    para = (
        "The board says the rotten piles leave it no choice; the ferry operators say the "
        "north quay cannot take their boats."
    )
    for cls in ("intro-text", "subtitle"):  # a blog's subtitle is as often its text as not
        ext = extract_html(_page(before=f'<p class="{cls}">{para}</p>'))
        assert ext.text.startswith("The board says"), cls


def test_standfirst_over_a_short_text_is_its_prose_and_stays():
    dek = "A broken lock gate emptied the harbour at Quellby overnight, stranding the fleet."
    page = (
        "<html><head><title>In pictures: Quellby harbour runs dry</title></head><body><article>"
        f'<p class="standfirst">{dek}</p><p>More pictures will follow on Thursday.</p>'
        "</article></body></html>"
    )
    assert extract_html(page).text.startswith(dek)


def test_words_and_photographs_credit_line_gives_the_byline():
    credits = "<p>Words by Maren Tolk. Photographs by Ivo Sander.</p>"
    ext = extract_html(_page(before=credits))
    assert ext.byline == "Maren Tolk"
    assert "Words by" not in ext.text
    assert _reasons(ext, "metadata: byline") == ["Words by Maren Tolk. Photographs by Ivo Sander."]


def test_credits_line_in_pre_scraped_text_gives_the_byline():
    raw = (
        "Quellby closes its old ferry pier for repairs\n\n"
        "Words by Maren Tolk. Photographs by Ivo Sander.\n\n" + "\n\n".join(_PARAS)
    )
    ext = clean_text(raw)
    assert ext.byline == "Maren Tolk"
    assert _reasons(ext, "metadata: byline") == ["Words by Maren Tolk. Photographs by Ivo Sander."]
    odd = clean_text(raw.replace("Maren Tolk", "Popular Demand"))
    assert odd.byline is None


def test_credit_line_byline_needs_a_name():
    text = "Words by Popular Demand\n\nThe board met on Tuesday."
    assert byline_paragraph("Words by Popular Demand. Photographs by Ivo Sander.", text) is None
    assert byline_paragraph("Written by Maren Tolk | 4 March 2026", text) == "Maren Tolk"
    assert byline_paragraph("Words by Maren Tolk. Photographs by Ivo Sander.", text) == (
        "Maren Tolk"
    )
    assert byline_paragraph("Story by Maren Tolk, photographs by Ivo Sander", text) == "Maren Tolk"


def test_editors_note_on_where_the_interview_took_place_is_furniture():
    note = "This interview took place on 2 March in Quellby and has been condensed."
    assert episode_furniture(note)
    assert episode_furniture(
        "The conversation was recorded in Selm and has been edited for length."
    )
    assert not episode_furniture(
        "The interview took place on Monday in Selm, and the minister left early."
    )
    ext = extract_html(_page(after=f'<p class="note"><em>{note}</em></p>'))
    assert "has been condensed" not in ext.text
    assert note in _reasons(ext, "boilerplate")


# -- finding 11: wire notes and slugs --------------------------------------------------------

_WIRE = [
    "By Tove Arnell",
    "QUELLBY, March 4 (Norvik Wire) - The harbour board of Quellby voted on Tuesday to close "
    "the old ferry pier for repairs, sending the morning boats to the north quay.",
    "Board chair Ines Rook said the repairs would cost 4.1 million crowns, up from 3.6 million "
    "in the first survey.",
    "Ferry operators warned that some crossings could be cancelled in the winter.",
]


def test_wire_correction_note_opening_the_text_is_a_correction_notice():
    note = (
        "(Corrects repair cost in paragraph 2 to 4.1 million crowns, not 1.4 million; "
        "adds operators' warning)"
    )
    ext = clean_text("\n\n".join([note, *_WIRE]), select_body=False)
    assert "Corrects" not in ext.text
    assert _reasons(ext, "correction notice") == [note]
    assert ext.title is None or "Corrects" not in ext.title
    assert ext.text.startswith("QUELLBY, March 4")


def test_wire_update_note_is_an_update_notice():
    note = "(Adds quotes from operators in paragraphs 3-4)"
    ext = clean_text("\n\n".join([note, *_WIRE]), select_body=False)
    assert _reasons(ext, "update notice") == [note]
    assert "correction notice" in REASONS and "update notice" in REASONS


def test_wire_note_opening_an_html_page_is_removed_with_its_reason():
    note = "(Corrects repair cost in paragraph 2)"
    ext = extract_html(_page(before=f"<p>{note}</p>"))
    assert note not in ext.text
    assert _reasons(ext, "correction notice") == [note]


def test_wire_note_shape():
    assert wire_note("(Updates with board vote; corrects spelling of chair's name)") == (
        "correction notice"
    )
    assert wire_note("(Refiles to fix typo in headline)") == "update notice"
    assert wire_note("(The board corrects its figures every March.)") is None
    assert wire_note("(Corrects figure") is None


def test_a_bracketed_note_inside_the_story_stays():
    late = "(Adds details in the harbour's statement, which the board later withdrew)"
    paras = [*_WIRE[1:], "The board met again on Wednesday.", "It said nothing new.", late]
    ext = clean_text("\n\n".join(paras), select_body=False)
    assert late in ext.text


def test_corrected_update_slug_leaves_the_title():
    assert alert_label("CORRECTED-UPDATE 2-Quellby closes its old ferry pier") == (
        "CORRECTED-UPDATE 2",
        "Quellby closes its old ferry pier",
    )
    assert alert_label("CORRECTED-Quellby closes its old ferry pier") == (
        "CORRECTED",
        "Quellby closes its old ferry pier",
    )


# -- finding 12: outlets and bylines ---------------------------------------------------------


def test_print_version_mark_is_not_part_of_the_site_name():
    title = "Quellby closes its old ferry pier - Quellby Lantern (print version)"
    assert title_site(title) == "Quellby Lantern"
    assert title_site("Quellby closes its pier | Quellby Lantern [Printer-friendly version]") == (
        "Quellby Lantern"
    )


def test_print_page_outlet_is_the_site_it_names_not_its_host():
    page = _page(
        title="Quellby closes its old ferry pier - Harrow Bay Lantern (print edition)",
        before='<div class="print-logo">Harrow Bay Lantern</div>',
        after='<div class="print-footer"><p>© 2026 Harrow Bay Lantern. For personal use.</p></div>',
    )
    ext = extract_html(page, url="https://hblantern.example/news/pier")
    assert ext.outlet == "Harrow Bay Lantern"


def test_copyright_year_after_the_holder_is_not_the_holder():
    for line, holder in [
        ("© Lantern Evening Post 2026. All rights reserved.", "Lantern Evening Post"),
        ("© Gazeta Portowa 2025-2026. Wszelkie prawa zastrzeżone.", "Gazeta Portowa"),
        ("© 2026 Lantern Evening Post. All rights reserved.", "Lantern Evening Post"),
        ("© Radio 4 Quellby 2026", "Radio 4 Quellby"),
    ]:
        assert COPYRIGHT_HOLDER.search(line).group("holder") == holder


def test_copyright_line_names_the_outlet_without_its_year():
    raw = (
        "Quellby closes its old ferry pier for repairs\n\n"
        + "\n\n".join(_PARAS)
        + "\n\n© Lantern Evening Post 2026. All rights reserved."
    )
    assert clean_text(raw).outlet == "Lantern Evening Post"


def test_labelled_author_in_other_languages_is_the_byline():
    body = (
        "Rada portu w Quellby zdecydowała we wtorek o zamknięciu starego mola na czas remontu.\n\n"
        "Przewoźnicy ostrzegają, że część rejsów zostanie odwołana zimą."
    )
    for label, name in [
        ("Autor: Zofia Marek", "Zofia Marek"),
        ("Autorka: Ewa Lis", "Ewa Lis"),
        ("Auteur : Jean Vallet", "Jean Vallet"),
        ("Autorin: Greta Holm", "Greta Holm"),
    ]:
        ext = clean_text(f"Zamknięcie mola w Quellby\n\n{label}\n\n{body}", select_body=False)
        assert ext.byline == name, label
        assert label not in ext.text


def test_autor_without_its_colon_opens_a_sentence():
    line = "Autor raportu Jan Nowak mówi, że remont był konieczny."
    ext = clean_text(
        f"Zamknięcie mola\n\n{line}\n\nRada portu zdecydowała we wtorek.", select_body=False
    )
    assert ext.byline is None
    assert line in ext.text


def test_byline_line_the_extractor_drops_above_the_text_is_read():
    meta = '<p class="print-meta">By Lena Holt | 4 March 2026 | News</p>'
    ext = extract_html(
        _page(before=f"<h1>Quellby closes its old ferry pier for repairs</h1>{meta}")
    )
    assert ext.byline == "Lena Holt"
    assert _reasons(ext, "metadata: byline") == ["By Lena Holt | 4 March 2026 | News"]


def test_byline_line_after_the_text_is_another_articles():
    teaser = '<aside><p class="print-meta">By Lena Holt | 4 March 2026 | News</p></aside>'
    ext = extract_html(_page(after=teaser))
    assert ext.byline is None
