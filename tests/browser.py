"""Headless Chromium for page tests: Debian's `chromium`, installed by `.ci/run`.

Each call starts a fresh browser with an empty profile and no background networking (this
machine's network is closed, and a page under test must not need it). `dump_dom` returns the DOM
after scripts ran, so a test can tell whether injected markup executed; `screenshot` saves a PNG
under the test output folder for a person to look at.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
#: Screenshots land here (gitignored) so a CI run leaves them for inspection.
SCREENSHOTS = Path(os.environ.get("NEWSGRAPH_TEST_OUTPUT", REPO / "out" / "test")) / "screenshots"

_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-extensions",
    "--hide-scrollbars",
    "--virtual-time-budget=3000",
)


def chromium() -> str:
    """The browser binary, or skip with the reason (`.ci/run` installs it on CI)."""
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    pytest.skip("chromium not installed (apt-get install chromium; .ci/run does it on CI)")


def _run(args: list[str], timeout: float) -> subprocess.CompletedProcess[str]:
    with tempfile.TemporaryDirectory(prefix="ng-chromium-") as profile:
        cmd = [chromium(), *_FLAGS, f"--user-data-dir={profile}", *args]
        return subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, check=False)


def dump_dom(url: str, *, timeout: float = 60) -> str:
    """The page's DOM, serialised after its scripts ran (`file://` or `http://127.0.0.1`)."""
    proc = _run(["--dump-dom", url], timeout)
    if proc.returncode != 0 or not proc.stdout.strip():
        raise RuntimeError(f"chromium could not render {url}: {proc.stderr[-500:]}")
    return proc.stdout


def screenshot(url: str, name: str, *, width: int = 1400, height: int = 2400) -> Path:
    """Save a PNG of the page as `SCREENSHOTS/name.png` and return its path."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    path.unlink(missing_ok=True)
    proc = _run([f"--screenshot={path}", f"--window-size={width},{height}", url], timeout=60)
    if not path.exists() or path.stat().st_size == 0:
        raise RuntimeError(f"chromium made no screenshot of {url}: {proc.stderr[-500:]}")
    return path
