"""Recall over varied wording: the NGEC synthetic stories (``id, label, mode, title, outlet, text``).

Each story was written to illustrate one PLOVER category (``label``) and mode; the labels are
noisy pseudo-labels. A story is coded as an article (title, blank line, body) and scored on:

* **found**: the labelled category is among the story's output events;
* **mode agreement**: among stories whose category was found, one of those events carries the
  labelled mode (legacy mode names mapped);
* **events per story**: how much the coder outputs, so recall is never bought with volume.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import DataFileError
from ..knowledge.ontology import normalize_category
from ..knowledge.ontology.plover import normalize_mode
from .corpus import first_record


@dataclass(frozen=True)
class Story:
    id: str
    label: str
    mode: str | None
    text: str


def is_ngec_file(path: str | Path) -> bool:
    """A JSONL file of stories: objects with a ``label`` and a ``text``."""
    first = first_record(path)
    return first is not None and "label" in first and "text" in first


def load_stories(path: str | Path, *, limit: int | None = None, half: str = "all") -> list[Story]:
    """Read the stories; ``half`` keeps every other story ("even": 0, 2, ...; "odd": 1, 3, ...)."""
    p = Path(path)
    out: list[Story] = []
    try:
        lines = p.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise DataFileError(str(p), f"cannot read the stories ({exc.strerror})") from None
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        if half != "all" and (n - 1) % 2 != (0 if half == "even" else 1):
            continue
        try:
            d = json.loads(line)
            cat, _ = normalize_category(d["label"])
            mode = normalize_mode(cat, d.get("mode"))
        except (ValueError, KeyError, TypeError) as exc:
            raise DataFileError(
                str(p), f"not a story record with a PLOVER label ({exc}); expected id, label, mode, title, text", line=n
            ) from None
        body = d.get("text") or ""
        title = (d.get("title") or "").strip()
        out.append(Story(str(d.get("id", n)), cat, mode, f"{title}\n\n{body}" if title else body))
        if limit is not None and len(out) >= limit:
            break
    return out


@dataclass
class StoryReport:
    stories: int = 0
    found: int = 0
    mode_scored: int = 0
    mode_agree: int = 0
    events: int = 0
    per_label: dict[str, list[int]] = field(default_factory=dict)  # label -> [stories, found]
    misses: list[dict[str, Any]] = field(default_factory=list)

    def summary(self) -> dict[str, Any]:
        r = lambda n, d: round(n / d, 3) if d else None  # noqa: E731
        return {
            "stories": self.stories,
            "label_found": r(self.found, self.stories),
            "mode_agreement": r(self.mode_agree, self.mode_scored),
            "events_per_story": r(self.events, self.stories),
            "per_label": {k: {"stories": v[0], "found": r(v[1], v[0])} for k, v in sorted(self.per_label.items())},
        }


def evaluate_stories(stories: list[Story], *, convention: str = "manual") -> StoryReport:
    """Code each story and count those where an event of the story's label is found, read under
    ``convention`` (:mod:`eventwire.evaluation.conventions`)."""
    from ..coding.coder import code_texts
    from .conventions import under

    rep = StoryReport()
    for story, coded in zip(stories, code_texts([s.text for s in stories])):
        events = under(coded, convention)
        rep.stories += 1
        rep.events += len(events)
        row = rep.per_label.setdefault(story.label, [0, 0])
        row[0] += 1
        same = [e for e in events if e.event_type == story.label]
        if same:
            rep.found += 1
            row[1] += 1
            if story.mode:
                rep.mode_scored += 1
                rep.mode_agree += any(e.mode == story.mode for e in same)
        else:
            rep.misses.append(
                {"id": story.id, "label": story.label, "coded": sorted(Counter(e.event_type for e in events))}
            )
    return rep
