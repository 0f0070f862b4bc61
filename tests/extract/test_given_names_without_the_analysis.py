"""The text cleaner asks whether a word is a given name (`credits.given_name`) of the shared
name data (`newsgraph.names`), not of an analysis module: extraction loads no part of
`newsgraph.analyse`, and the analysis answers as it did through its re-export."""

from __future__ import annotations

import subprocess
import sys

import pytest

from newsgraph.analyse import countries

_PROBE = (
    "import sys\n"
    "from newsgraph.extract.credits import given_name\n"
    "assert given_name('Marta') and not given_name('Key')\n"
    "print(sorted(m for m in sys.modules if m.startswith('newsgraph.analyse')))\n"
)


def test_a_given_name_is_read_without_loading_the_analysis():
    out = subprocess.run(
        [sys.executable, "-c", _PROBE], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "[]"


@pytest.mark.parametrize("word", ["Marta", "Ilse", "Karl", "Key", "Der", "Belvar"])
def test_the_analysis_reads_the_same_name_words(word):
    from newsgraph.names import is_name_word

    assert countries.is_name_word(word) == is_name_word(word)
