"""Measuring eventwire against hand-coded gold files."""

from .gsr import GoldEvent, Report, breakdown, evaluate, evaluate_gold, format_table, load_gold, score, split_half
from .seed import SeedReport, match_seed

__all__ = [
    "GoldEvent",
    "Report",
    "SeedReport",
    "breakdown",
    "evaluate",
    "evaluate_gold",
    "format_table",
    "load_gold",
    "match_seed",
    "score",
    "split_half",
]
