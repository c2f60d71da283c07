"""Coding: the spaCy pipeline and the stages that turn a parsed article into PLOVER events.

The entry points are in :mod:`.coder` (``Coder``, ``code_text``, ``code_texts``, ``analyze_text``).
"""
