"""Old import paths (before the package layout of 0.1.x) still work, warn, and alias the new modules."""

from __future__ import annotations

import importlib
import subprocess
import sys

import pytest

OLD_TO_NEW = {
    "eventwire.article": "eventwire.text.article",
    "eventwire.segment": "eventwire.text.segment",
    "eventwire.pipeline": "eventwire.coding.pipeline",
    "eventwire.actors_ruler": "eventwire.coding.actors_ruler",
    "eventwire.syntax": "eventwire.coding.syntax",
    "eventwire.mentions": "eventwire.coding.mentions",
    "eventwire.events": "eventwire.coding.events",
    "eventwire.quotes": "eventwire.coding.quotes",
    "eventwire.claims": "eventwire.coding.claims",
    "eventwire.timex": "eventwire.coding.timex",
    "eventwire.places": "eventwire.coding.places",
    "eventwire.coder": "eventwire.coding.coder",
    "eventwire.actors": "eventwire.knowledge.actors",
    "eventwire.actors.kb": "eventwire.knowledge.actors.kb",
    "eventwire.actors.userfiles": "eventwire.knowledge.actors.userfiles",
    "eventwire.lexicon": "eventwire.knowledge.lexicon",
    "eventwire.ontology": "eventwire.knowledge.ontology",
    "eventwire.ontology.plover": "eventwire.knowledge.ontology.plover",
    "eventwire.ingest": "eventwire.store.ingest",
    "eventwire.export": "eventwire.store.export",
    "eventwire.incidents": "eventwire.store.incidents",
    "eventwire.sidecar": "eventwire.scale.sidecar",
    "eventwire.api": "eventwire.serve.api",
}


@pytest.mark.parametrize(("old", "new"), sorted(OLD_TO_NEW.items()))
def test_old_path_is_the_new_module(old: str, new: str) -> None:
    assert importlib.import_module(old) is importlib.import_module(new)


def test_old_path_warns_once_in_a_fresh_interpreter() -> None:
    code = (
        "import warnings; warnings.simplefilter('error', DeprecationWarning)\n"
        "import eventwire\n"  # the package itself uses no old path
        "try:\n    import eventwire.coder\nexcept DeprecationWarning as w:\n    print(w)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert "eventwire.coder is deprecated: import eventwire.coding.coder instead" in out


def test_old_names_still_import() -> None:
    from eventwire.coder import code_text as old
    from eventwire.coding.coder import code_text as new

    assert old is new
