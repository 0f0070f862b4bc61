"""A byline printed in capitals (`By LENA HOLT`) is stored in the name's case, only when the whole
name is in capitals (an agency's `AFP`, a desk's `REUTERS STAFF` stay); the Indonesian and Malay
`Oleh` is a byline's `By` (invented text)."""

from __future__ import annotations

import pytest
from extract_support import PARAS

from newsgraph.extract.html import extract_html
from newsgraph.extract.textclean import clean_text


def _page(byline: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in PARAS)
    return (
        "<html><head><title>Council to repair the sea wall</title></head><body><article>"
        f'<h1>Council to repair the sea wall</h1><div class="byline">By {byline}</div>{body}'
        "</article></body></html>"
    )


@pytest.mark.parametrize(
    ("printed", "stored"),
    [
        ("LENA HOLT", "Lena Holt"),
        ("JEAN-PAUL O'NEIL", "Jean-Paul O'Neil"),
        ("ANA DE LA CRUZ", "Ana de la Cruz"),
    ],
)
def test_a_capitals_byline_takes_the_names_case(printed, stored):
    assert extract_html(_page(printed)).byline == stored


def test_a_capitals_byline_in_text_takes_the_names_case():
    text = "Council to repair the sea wall\n\nBy LENA HOLT\n\n" + "\n\n".join(PARAS)
    assert clean_text(text, select_body=True).byline == "Lena Holt"


@pytest.mark.parametrize(
    ("printed", "stored"),
    [
        ("LENA HOLT", "Lena Holt"),
        ("LENA HOLT AND BO KERR", "Lena Holt and Bo Kerr"),
        ("AFP", "AFP"),
        ("BBC NEWS", "BBC NEWS"),
        ("REUTERS STAFF", "REUTERS STAFF"),
        ("Lena HOLT", "Lena HOLT"),
        ("Ana Lint", "Ana Lint"),
    ],
)
def test_byline_case(printed, stored):
    from newsgraph.extract.credits import byline_case  # here: the pages' tests fail by behaviour

    assert byline_case(printed) == stored


INDONESIAN = (
    "Harian Pesisir\n\n"
    "Dewan kota sepakati pembangunan tanggul baru di pelabuhan\n\n"
    "Oleh Ratna Wulandari\n\n"
    "Dewan kota Selm pada Rabu sepakat membangun tanggul baru sepanjang dua belas kilometer di "
    "sepanjang pelabuhan, setelah banjir besar merendam ratusan rumah warga musim lalu.\n\n"
    "Wali kota mengatakan pembangunan akan dimulai tahun depan dan dibiayai bersama oleh "
    "pemerintah provinsi serta pemerintah pusat, meskipun biaya akhirnya belum diketahui.\n\n"
    "Para nelayan menyambut baik keputusan itu, tetapi meminta agar dermaga kecil tetap dibuka "
    "selama pekerjaan berlangsung supaya mereka tetap bisa melaut setiap hari.\n"
)


def test_the_indonesian_by_word_is_not_part_of_the_name():
    got = clean_text(INDONESIAN, select_body=False)
    assert got.byline == "Ratna Wulandari"
