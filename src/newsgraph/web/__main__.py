"""`python -m newsgraph.web` runs `newsgraph serve` (used by bench/web_load.py)."""

from newsgraph.web.cli import serve

serve(prog_name="newsgraph serve")
