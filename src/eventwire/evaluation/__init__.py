"""Measuring eventwire against hand-coded gold files."""

from .seed import SeedReport, match_seed

__all__ = ["SeedReport", "match_seed"]
