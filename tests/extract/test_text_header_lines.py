"""A plain-text file's header lines (invented text): `Outlet` / `Section` / date / headline /
`By X` gives the outlet from its first line and the section's view label; a Russian paper's
name over its date is its outlet; a numbered notice's issuer, unit and `Place, date` lines are
the outlet and the date, its headline the title, and no byline."""

from newsgraph.extract import genre
from newsgraph.extract.textclean import clean_text

BODY = (
    "I have argued for years that a city which cannot maintain its tunnels cannot call itself "
    "modern. Last week the people of Osterby learned what that means: no trains, no buses and a "
    "ferry that could not dock.\n\n"
    "When I was minister, I asked twice for money to replace the tunnel's pumps. Twice the "
    "treasury said no. I do not write this to settle old scores. I write it because the same "
    "arguments are being made again.\n\n"
    "We cannot give back the hours commuters lost. We can make sure it never happens again.\n"
)


def _column(masthead: str, section: str) -> str:
    return (
        f"{masthead}\n{section}\n12 March 2026\n\n"
        "The harbour tunnel is a warning we keep ignoring\n\nBy Sofie Lindqvist\n\n" + BODY
    )


def test_review_masthead_over_a_section_label_is_the_outlet():
    got = clean_text(_column("Tarnvik Review", "Opinion"))
    assert got.outlet == "Tarnvik Review"
    assert got.title == "The harbour tunnel is a warning we keep ignoring"
    assert got.byline == "Sofie Lindqvist"


def test_section_line_keeps_its_view_label():
    got = clean_text(_column("Tarnvik Review", "Opinion"))
    assert [r.text for r in got.removals if r.reason == "metadata: section"] == ["Opinion"]
    assert genre.section_view(got.removals) == "opinion"
    assert "Opinion" not in got.text


def test_news_section_is_no_view():
    got = clean_text(_column("Tarnvik Review", "Business"))
    assert got.outlet == "Tarnvik Review"
    assert genre.section_view(got.removals) is None


RUSSIAN = (
    "Северный вестник\n12 марта 2026\n\n"
    "Городской совет Тарнвика отказался продать старый рынок застройщикам\n\nИрина Волкова\n\n"
    "Городской совет Тарнвика во вторник отклонил план продажи старого зернового рынка группе "
    "застройщиков после четырёх часов споров в переполненном зале.\n\n"
    "Депутаты проголосовали 23 голосами против 18. Противники сделки заявили, что здание рынка "
    "должно остаться в собственности города и стать рынком местных фермеров.\n\n"
    "Застройщики сообщили, что разочарованы решением и изучат его, прежде чем сделать новое "
    "предложение.\n"
)


def test_russian_paper_name_is_the_outlet():
    got = clean_text(RUSSIAN, select_body=False)
    assert got.outlet == "Северный вестник"
    assert got.byline == "Ирина Волкова"


NOTICE = (
    "Department of Trade of the Republic of Orvania\nOffice of Export Licensing\n\n"
    "NOTICE No. 2026/12\nKelmar City, 3 April 2026\n\n"
    "Suspension of export licences held by firms trading in restricted chemicals\n\n"
    "The Secretary of Trade, Lena Marsh, has today suspended the export licences of the following "
    "firms under the Export Control Act 2015 for shipping restricted chemicals without permits. "
    "Their pending applications are refused and Orvanian banks may not finance their shipments. "
    "The suspensions take effect on 4 April 2026.\n\n"
    "1. Pallor Chemicals Ltd - Orvania - solvent maker\n"
    "2. Vesk Trading LLC - Marduk - broker\n"
    "3. Orin Freight SARL - Orvania - shipping agent\n\n"
    "The Secretary said the list would be reviewed in six months and that further firms could be "
    "added if investigators found new evidence of illegal shipments.\n"
)


def test_numbered_notice_is_a_document_label():
    assert genre.document_label("NOTICE No. 2026/12") == "notice"
    assert genre.document_label("Public Notice No 7") == "notice"
    assert genre.document_label("Notice of the council's decision") is None


def test_notice_head_gives_outlet_title_and_no_byline():
    got = clean_text(NOTICE)
    assert got.outlet == "Department of Trade of the Republic of Orvania"
    assert (
        got.title == "Suspension of export licences held by firms trading in restricted chemicals"
    )
    assert got.byline is None
    assert got.published == "2026-04-03"
    assert "Kelmar City" not in got.text and "Office of Export Licensing" not in got.text


def test_any_name_over_a_section_label_and_date_is_the_outlet():
    got = clean_text(_column("Harrowgate Voice", "Comment"))
    assert got.outlet == "Harrowgate Voice"
    assert genre.section_view(got.removals) == "comment"
