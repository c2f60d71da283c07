"""The coder's process-wide housekeeping, run in fresh interpreters so no other test has touched it."""

from __future__ import annotations

import os
import subprocess
import sys

# Codes one text, then another while 200,000 new lists are alive, and prints how many objects
# are frozen out of the garbage collector's sight before and after each call.
_CODE_TWICE = """
import gc
from eventwire import code_texts

before = gc.get_freeze_count()
events = list(code_texts(["Rebels attacked an army base near Kidal on Sunday, the army said."]))
first = gc.get_freeze_count()
held = [[] for _ in range(200_000)]  # alive through the next call: frozen if the coder froze again
list(code_texts(["Protesters marched in Bamako on Monday."]))
print("FROZEN", before, first, gc.get_freeze_count(), sum(map(len, events)))
"""

# Drops a reference cycle with automatic collection off, freezes, then collects: a cycle that was
# frozen instead of collected would outlive the collection.
_FREEZE_AFTER_GARBAGE = """
import gc, weakref
from eventwire.coding import coder

class Node:
    pass

gc.disable()
node = Node()
node.me = node  # a reference cycle: only the cyclic collector can free it
dropped = weakref.ref(node)
del node
coder._freeze_tables()
gc.enable()
gc.collect()
print("FROZEN", dropped() is None)
"""


def _run(script: str) -> list[str]:
    proc = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONWARNINGS": "ignore"},
        timeout=600,
    )
    assert proc.returncode == 0, proc.stderr
    line = next(ln for ln in proc.stdout.splitlines() if ln.startswith("FROZEN "))
    return line.split()[1:]


def test_tables_are_frozen_once_after_the_first_article() -> None:
    before, first, second, events = _run(_CODE_TWICE)
    assert int(before) == 0
    # the knowledge base, gazetteer, lexicon and pipeline: far more than a bare interpreter holds
    assert int(first) > 100_000
    # once per process: the 200,000 lists alive during the second call are not frozen (the count
    # itself moves a little as frozen containers are untracked and tracked again)
    assert abs(int(second) - int(first)) < 100_000
    assert int(events) >= 1


def test_garbage_is_collected_before_the_tables_are_frozen() -> None:
    assert _run(_FREEZE_AFTER_GARBAGE) == ["True"]


def test_two_verbs_acting_on_things_of_their_own_are_two_events() -> None:
    from eventwire import code_text

    text = "Officials shut down mobile data in the capital on Friday and sealed the roads into the city."
    assert [e.trigger.text for e in code_text(text, published="2023-01-03") if e.event_type == "COERCE"] == [
        "shut down",
        "sealed",
    ]


def test_verbs_sharing_one_object_are_one_event() -> None:
    from eventwire import code_text

    evs = code_text("Turkey advised and equipped the Somali army.", published="2023-01-03")
    assert len([e for e in evs if e.event_type == "AID"]) == 1


def test_the_collector_is_off_while_an_article_is_analysed_and_on_again_after() -> None:
    import gc

    from eventwire.coding import coder

    states = []
    analyze = coder.Coder.analyze

    def watched(self: coder.Coder, doc: object, article: object) -> object:
        states.append(gc.isenabled())
        return analyze(self, doc, article)

    coder.Coder.analyze = watched  # type: ignore[method-assign]
    try:
        from eventwire import code_texts

        list(code_texts(["Troops shelled a village near the river on Monday."]))
    finally:
        coder.Coder.analyze = analyze  # type: ignore[method-assign]
    assert states == [False]
    assert gc.isenabled()


def test_an_act_told_on_its_noun_before_the_years_news_is_no_record() -> None:
    from eventwire import code_text

    told = "Both armies have broken the truce signed {}, monitors said."
    recent = code_text(told.format("last month"), published="2024-09-05")
    older = code_text(told.format("last year"), published="2024-09-05")  # background to the news
    assert [e.trigger.text for e in recent if e.event_type == "AGREE"] == ["signed"]
    assert [e.event_type for e in older] == ["ASSAULT"]


_MARCH = (
    "Thousands march in Caracas against government\n\n"
    "Thousands of Venezuelans marched through Caracas on Sunday to demand early elections, organisers said.\n\n"
)


def test_the_act_named_again_by_a_noun_pointing_back_takes_its_day() -> None:
    from eventwire import code_text

    text = _MARCH + "State television said the demonstrations were small and had been organised from abroad.\n"
    evs = [e for e in code_text(text, published="2024-03-05") if e.trigger.text == "demonstrations"]
    assert len(evs) == 1 and evs[0].date == "2024-03-03"


def test_an_act_named_by_a_noun_that_does_not_point_back_is_the_news_of_the_day() -> None:
    from eventwire import code_text

    text = _MARCH + "Separate protests were held in Maracaibo, local media said.\n"
    evs = [e for e in code_text(text, published="2024-03-05") if e.trigger.text == "protests"]
    assert len(evs) == 1 and evs[0].date == "2024-03-05"


_RAID = (
    "Police raid smugglers' depot\n\n"
    "SONORA, Mexico, March 5 (Wire) - Police in Sonora raided a warehouse held by smugglers on Saturday and seized "
    "40 rifles, prosecutors said.\n\n"
    "Three officers were wounded by gunfire during the raid, the prosecutors said.\n\n"
    "In a separate case, gunmen ambushed a police patrol in Sinaloa on Sunday, killing two officers.\n"
)


def test_an_act_during_another_takes_the_day_of_the_act_it_happened_in() -> None:
    from eventwire import code_text

    wounded = [e for e in code_text(_RAID, published="2024-03-05") if e.trigger.text == "wounded"]
    assert len(wounded) == 1 and wounded[0].date == "2024-03-02", [(e.trigger.text, e.date) for e in wounded]


def test_an_act_during_an_act_never_told_keeps_no_other_tellings_day() -> None:
    from eventwire import code_text

    text = _RAID.replace("raided a warehouse held by smugglers on Saturday and seized", "seized")
    wounded = [e for e in code_text(text, published="2024-03-05") if e.trigger.text == "wounded"]
    assert len(wounded) == 1 and wounded[0].date == "2024-03-05", [(e.trigger.text, e.date) for e in wounded]
