"""A told range that starts at zero (`0-5`, `0 to 10`) ends: the scale loop that lifts `1 to
2 million` to millions must not multiply a zero for ever (it hung the ECB+ benchmark)."""

from __future__ import annotations

import signal

import pytest

from newsgraph.compare.conflicts import _range_low


@pytest.fixture
def deadline():
    def _raise(*_):  # type: ignore[no-untyped-def]
        raise TimeoutError("_range_low did not return")

    old = signal.signal(signal.SIGALRM, _raise)
    signal.alarm(5)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, old)


@pytest.mark.parametrize(("before", "value"), [("the side won 0-", 5.0), ("from 0 to ", 10.0)])
def test_a_range_from_zero_returns(deadline, before: str, value: float) -> None:
    low = _range_low(before, value)
    assert low in (0.0, None)


def test_a_range_in_millions_still_takes_its_scale(deadline) -> None:
    assert _range_low("between 1 and ", 2_000_000.0) == 1_000_000.0
