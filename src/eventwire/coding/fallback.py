"""A learned fallback: the category of a clause no lexicon entry fires on.

The lexicon's rules are precise but miss wordings they were never written for ("exchanged
fire", "reinforced troops along the frontier"). This model looks at a clause's main verb the way
the rules do, through features, and says which PLOVER category it reports, or none:

* the verb's lemma, with its particle ("fire back"), its object's lemma and word class
  ("reinforce + @armed_force"), its prepositions with their objects' classes;
* negation, modality and the governing verb (a reported clause, an aim);
* its subject's word class.

(A bag of the clause's other nouns and verbs was tried and dropped: on held-out dev clauses it
made the model less precise.)

It is a multinomial logistic regression over those features (``eval/tools/train_fallback.py``
trains it on the ``dev`` split of the gold corpus and the NGEC synthetic headlines, never on a
``test`` split or the PLOVER gold standard). The weights ship in
``knowledge/calibration/fallback.npz`` (under a megabyte) with the probability the model must
reach, chosen on held-out dev clauses; without the file the fallback is off. The coder asks it
only about clauses where no rule fired (:func:`asked`), and keeps its answer when the model is at
least that sure; the record's ``rule`` then reads ``model: <lemma> -> <CATEGORY>``.
"""

from __future__ import annotations

import io
from functools import lru_cache
from importlib import resources

import numpy as np
from spacy.tokens import Token

from ..knowledge.lexicon import load_word_classes
from .syntax import children_of, lemma_of

NONE = "NONE"
THRESHOLD = 0.5
# Grammar: dependency labels of the clause heads the model is asked about.
CLAUSE_DEPS = frozenset({"ROOT", "ccomp", "conj", "advcl", "xcomp", "parataxis"})


@lru_cache(maxsize=1)
def _classes_of() -> dict[str, str]:
    out: dict[str, str] = {}
    for name, members in sorted(load_word_classes().items()):
        for m in members:
            out.setdefault(m, name)
    return out


def _cls(tok: Token) -> str:
    return _classes_of().get(lemma_of(tok), "")


def features(verb: Token) -> list[str]:
    """The features of a clause headed by ``verb`` (strings; the model hashes nothing)."""
    lem = lemma_of(verb)
    out = [f"v={lem}", f"dep={verb.dep_}"]
    head = verb.head
    if head.i != verb.i:
        out.append(f"head={lemma_of(head)}")
    for c in children_of(verb):
        d = c.dep_
        if d == "prt":
            out.append(f"v+prt={lem}_{c.lower_}")
        elif d in ("dobj", "attr", "oprd"):
            cl = _cls(c)
            out += [f"obj={lemma_of(c)}", f"v+obj={lem}_{lemma_of(c)}"]
            if cl:
                out += [f"objcls={cl}", f"v+objcls={lem}_{cl}"]
        elif d == "prep":
            out.append(f"v+prep={lem}_{c.lower_}")
            for g in children_of(c):
                if g.dep_ == "pobj":
                    out.append(f"prep+obj={c.lower_}_{lemma_of(g)}")
                    if _cls(g):
                        out.append(f"prep+cls={c.lower_}_{_cls(g)}")
        elif d == "neg":
            out.append("neg")
        elif d in ("aux", "auxpass"):
            out.append(f"aux={c.lower_}")
            if d == "auxpass":
                out.append("passive")
        elif d in ("nsubj", "nsubjpass") and _cls(c):
            out.append(f"subjcls={_cls(c)}")
    return out


class Model:
    """Weights over a fixed feature vocabulary and label set, and the probability an answer
    must reach to be kept (``threshold``)."""

    def __init__(
        self,
        vocab: list[str],
        labels: list[str],
        weights: np.ndarray,
        bias: np.ndarray,
        *,
        threshold: float = THRESHOLD,
    ) -> None:
        self.index = {f: i for i, f in enumerate(vocab)}
        self.labels = labels
        self.weights = weights.astype(np.float32)
        self.bias = bias.astype(np.float32)
        self.threshold = float(threshold)

    def probabilities(self, feats: list[str]) -> np.ndarray:
        z = self.bias.copy()
        for f in feats:
            i = self.index.get(f)
            if i is not None:
                z += self.weights[i]
        z -= z.max()
        e = np.exp(z)
        return e / e.sum()

    def predict(self, feats: list[str]) -> tuple[str, float]:
        p = self.probabilities(feats)
        k = int(p.argmax())
        return self.labels[k], float(p[k])

    def save(self) -> bytes:
        buf = io.BytesIO()
        np.savez_compressed(
            buf,
            vocab=np.array(list(self.index)),
            labels=np.array(self.labels),
            weights=self.weights.astype(np.float16),
            bias=self.bias,
            threshold=np.array(self.threshold),
        )
        return buf.getvalue()

    @classmethod
    def from_bytes(cls, data: bytes) -> Model:
        with np.load(io.BytesIO(data), allow_pickle=False) as z:
            vocab, labels = [str(v) for v in z["vocab"]], [str(v) for v in z["labels"]]
            threshold = float(z["threshold"]) if "threshold" in z.files else THRESHOLD
            return cls(vocab, labels, z["weights"].astype(np.float32), z["bias"], threshold=threshold)


@lru_cache(maxsize=1)
def default_model() -> Model | None:
    try:
        data = resources.files("eventwire.knowledge.calibration").joinpath("fallback.npz").read_bytes()
    except (FileNotFoundError, ModuleNotFoundError, OSError):
        return None
    return Model.from_bytes(data)


def candidates(sent_tokens: list[Token]) -> list[Token]:
    """The clause heads of a sentence the model may be asked about."""
    return [t for t in sent_tokens if t.pos_ == "VERB" and t.dep_ in CLAUSE_DEPS]


# The CAMEO root code of each PLOVER category, for records the model decided.
ROOT_CAMEO: dict[str, str] = {
    "AGREE": "030", "CONSULT": "040", "SUPPORT": "050", "COOPERATE": "060", "AID": "070",
    "CONCEDE": "080", "RETREAT": "080", "REQUEST": "020", "ACCUSE": "110", "REJECT": "120",
    "THREATEN": "130", "PROTEST": "140", "MOBILIZE": "150", "SANCTION": "160", "COERCE": "170",
    "ASSAULT": "180",
}  # fmt: skip


def asked(sent_tokens: list[Token], covered: set[int], *, skip: frozenset[str]) -> list[Token]:
    """The clause heads the model is asked about: those no rule covers (``covered`` holds token
    indices), whose lemma is not in ``skip`` (reporting verbs: what they report is coded, not
    the saying)."""
    return [v for v in candidates(sent_tokens) if v.i not in covered and lemma_of(v) not in skip]


def model_triggers(
    sent_tokens: list[Token], covered: set[int], *, skip: frozenset[str]
) -> list[tuple[Token, str, float]]:
    """(clause head, category, probability) for the clause heads :func:`asked` gives, where the
    model is at least its ``threshold`` sure of a category."""
    model = default_model()
    if model is None:
        return []
    out = []
    for v in asked(sent_tokens, covered, skip=skip):
        label, p = model.predict(features(v))
        if label != NONE and p >= model.threshold:
            out.append((v, label, p))
    return out
