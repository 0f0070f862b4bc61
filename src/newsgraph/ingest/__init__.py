"""Ingest stage: read every kind of input into `RawItem`s, and every problem into one
`IngestFailure` line, without ever letting one bad input stop the batch."""

from .options import IngestOptions
from .sources import count_inputs, iter_inputs

__all__ = ["IngestOptions", "count_inputs", "iter_inputs"]
