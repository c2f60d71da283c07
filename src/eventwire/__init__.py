"""eventwire: news reports to PLOVER event data with evidence.

    >>> import eventwire
    >>> events = eventwire.code_text(text, published="2018-02-06")
    >>> events[0].to_dict()["event_type"]
"""

from __future__ import annotations

__version__ = "0.1.0"

from .coder import Analysis, Coder, analyze_text, code_text, code_texts  # noqa: E402
from .record import Actor, Event, Place, Quote  # noqa: E402

__all__ = [
    "Actor",
    "Analysis",
    "Coder",
    "Event",
    "Place",
    "Quote",
    "__version__",
    "analyze_text",
    "code_text",
    "code_texts",
]
