"""Exceptions raised by eventwire.

    EventwireError                 base of everything below
    ├── InputError                 an input cannot be read as an article (names the input and the fix)
    │   ├── MissingInputError      the path does not exist
    │   ├── EmptyInputError        no text once decoded and cleaned
    │   ├── BinaryInputError       the bytes are not text
    │   ├── EncodingInputError     not UTF-8 (or the declared encoding)
    │   └── TooLargeInputError     above the size limit
    ├── DataFileError              a bundled or user data file (lexicon, knowledge base) is malformed
    └── ModelError                 the spaCy pipeline cannot be loaded

Every message is one line, says what was wrong with which input, and what to do.
"""

from __future__ import annotations


class EventwireError(Exception):
    """Base class of all eventwire errors."""


class InputError(EventwireError):
    """An input cannot be coded; ``source`` names it."""

    def __init__(self, source: str, reason: str, hint: str) -> None:
        self.source = source
        self.reason = reason
        self.hint = hint
        super().__init__(f"{source}: {reason}; {hint}")


class MissingInputError(InputError):
    pass


class EmptyInputError(InputError):
    pass


class BinaryInputError(InputError):
    pass


class EncodingInputError(InputError):
    pass


class TooLargeInputError(InputError):
    pass


class DataFileError(EventwireError):
    """A data file is malformed; the message names the file and, where known, the line."""

    def __init__(self, path: str, reason: str, *, line: int | None = None) -> None:
        self.path = path
        self.line = line
        self.reason = reason
        where = f"{path}:{line}" if line is not None else path
        super().__init__(f"{where}: {reason}")


class ModelError(EventwireError):
    pass
