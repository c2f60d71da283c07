"""Read YAML data files as node trees, so every complaint can name the file and the line.

``yaml.compose`` keeps the position of each node (``start_mark.line``, 0-based); the helpers
below turn nodes into plain values and raise :class:`~eventwire.errors.DataFileError` with the
1-based line of the offending node.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import yaml

from ...errors import DataFileError

_Loader: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

_TRUE = {"true", "yes", "on"}
_DATE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")


def line_of(node: yaml.Node) -> int:
    """1-based line where ``node`` starts."""
    return int(node.start_mark.line) + 1


class NodeReader:
    """Turns the nodes of one file into values, raising errors that name that file."""

    def __init__(self, display: str) -> None:
        self.display = display

    def fail(self, reason: str, node: yaml.Node | None = None) -> DataFileError:
        return DataFileError(self.display, reason, line=line_of(node) if node is not None else None)

    def compose(self, path: Path) -> yaml.Node | None:
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            raise DataFileError(self.display, "file not found; check the path") from None
        except UnicodeDecodeError as exc:
            raise DataFileError(self.display, f"not UTF-8 text ({exc.reason}); save it as UTF-8") from None
        except OSError as exc:
            raise DataFileError(self.display, f"cannot be read ({exc.strerror})") from None
        try:
            return yaml.compose(text, Loader=_Loader)
        except yaml.MarkedYAMLError as exc:
            mark = exc.problem_mark or exc.context_mark
            line = int(mark.line) + 1 if mark is not None else None
            raise DataFileError(self.display, f"not valid YAML: {exc.problem or exc}", line=line) from None
        except yaml.YAMLError as exc:
            raise DataFileError(self.display, f"not valid YAML: {exc}") from None

    def mapping(self, node: yaml.Node, what: str) -> dict[str, tuple[yaml.Node, yaml.Node]]:
        """Key -> (key node, value node); rejects non-mappings, non-string and repeated keys."""
        if not isinstance(node, yaml.MappingNode):
            raise self.fail(f"{what} must be a mapping", node)
        out: dict[str, tuple[yaml.Node, yaml.Node]] = {}
        for key_node, value_node in node.value:
            key = self.scalar(key_node)
            if not isinstance(key, str):
                raise self.fail(f"{what}: keys must be strings, got {key!r}", key_node)
            if key in out:
                raise self.fail(f"{what}: key {key!r} is repeated", key_node)
            out[key] = (key_node, value_node)
        return out

    def sequence(self, node: yaml.Node, what: str) -> list[yaml.Node]:
        if isinstance(node, yaml.ScalarNode) and self.scalar(node) is None:
            return []
        if not isinstance(node, yaml.SequenceNode):
            raise self.fail(f"{what} must be a list", node)
        return list(node.value)

    def scalar(self, node: yaml.Node) -> str | int | float | bool | None:
        if not isinstance(node, yaml.ScalarNode):
            raise self.fail("expected a single value, found a list or mapping", node)
        tag = node.tag.rsplit(":", 1)[-1]
        value: str = node.value
        if tag == "null":
            return None
        if tag == "bool":
            return value.lower() in _TRUE
        if tag == "int":
            try:
                return int(value.replace("_", ""), 0)
            except ValueError:
                return value
        if tag == "float":
            try:
                return float(value)
            except ValueError:
                return value
        return value  # str, timestamp and anything else: keep the text as written

    def text(self, node: yaml.Node, what: str) -> str:
        """A required, non-empty string."""
        value = self.scalar(node)
        if not isinstance(value, str) or not value.strip():
            raise self.fail(f"{what} must be a non-empty string, got {value!r}", node)
        return value.strip()

    def optional_text(self, node: yaml.Node, what: str) -> str | None:
        """A non-empty string or null."""
        return None if self.scalar(node) is None else self.text(node, what)

    def texts(self, node: yaml.Node, what: str) -> tuple[str, ...]:
        return tuple(self.text(item, f"each item of {what}") for item in self.sequence(node, what))

    def date(self, node: yaml.Node, what: str) -> str:
        """A required date written YYYY, YYYY-MM or YYYY-MM-DD (quoted or not)."""
        value = self.scalar(node)
        text = str(value)
        if value is None or isinstance(value, bool) or not _DATE.match(text):
            raise self.fail(f"{what} must be YYYY, YYYY-MM or YYYY-MM-DD, got {value!r}", node)
        return text

    def optional_date(self, node: yaml.Node, what: str) -> str | None:
        """A date as for :meth:`date`, or null."""
        return None if self.scalar(node) is None else self.date(node, what)

    def items(self, node: yaml.Node | None, what: str) -> Iterator[yaml.Node]:
        """The entries of a top-level list (an empty file has none)."""
        if node is None:
            return iter(())
        return iter(self.sequence(node, what))
