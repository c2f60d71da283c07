"""CAMEO sub-codes from what an act is about.

The same verb gets a different CAMEO code depending on its content: "pledged economic aid" is
0331, "pledged to free the prisoners" 0353, "demanded the resignation of" 1041, "accused the army
of war crimes" 1124, "threatened to impose a curfew" 1323, "protested against the tax law" 1412.
CAMEO's roots repeat one structure of content, so the stage has three parts:

* a small taxonomy of **content slots** (``SLOTS``): material cooperation, diplomatic backing,
  aid, political reform, giving way, meeting, settling, mediation (for promises, appeals,
  demands and refusals); crime, abuses, aggression, war crimes, espionage (for accusations and
  investigations); the objects of threats; the aims of protests;
* a **content classifier** (``content_slot``) that reads the act's content from the parse (the
  complement clause's verb and object, or the noun object with its ``of``/``for``/``over``/
  ``against`` phrase, never the parties) and maps its words to a slot through word classes
  (``word_classes.yaml``) and a few construction rules (a verb class with an object class);
* a table (``CODES``) from a family of codes and a slot to the CAMEO code.

``refine_code`` puts them together; a code whose PLOVER category is not the event's is never
chosen (the base code stays).
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from ..knowledge.lexicon import load_word_classes
from ..knowledge.ontology import cameo_to_plover
from .syntax import children_of, lemma_of, subtree_of
from .triggers import Found

# Content slots, by the kind of act they refine.
_ASK_SLOTS = (
    "cooperate_economic", "cooperate_military", "cooperate_judicial", "cooperate_intelligence", "cooperate",
    "backing",
    "aid_economic", "aid_military", "aid_humanitarian", "aid_peacekeeping", "aid",
    "reform_leadership", "reform_policy", "reform_rights", "reform_institutions", "reform",
    "yield_administrative", "yield_dissent", "yield_release", "yield_sanctions", "yield_access",
    "yield_deescalate", "yield",
    "meet", "settle", "mediation", "mediate",
)  # fmt: skip
_ALLEGE_SLOTS = ("crime", "human_rights", "aggression", "war_crimes", "espionage")
_THREAT_SLOTS = (
    "nonforce", "cut_aid", "sanctions", "break_relations", "administrative", "curb_expression", "ban_parties",
    "curfew", "emergency_rule", "dissent", "halt_talks", "halt_mediation", "expel_presence", "repression",
    "blockade", "occupation", "unconventional_violence", "conventional_attack", "mass_destruction", "ultimatum",
)  # fmt: skip
_AIM_SLOTS = ("reform_leadership", "reform_policy", "reform_rights", "reform_institutions")
SLOTS: tuple[str, ...] = tuple(dict.fromkeys(_ASK_SLOTS + _ALLEGE_SLOTS + _THREAT_SLOTS + _AIM_SLOTS))

# Rules: (slot, word classes that must each name a word of the content). The first rule that
# holds wins, so a composition ("lift" + "sanctions") comes before a single class.
_Rule = tuple[str, tuple[str, ...]]
_ASK_RULES: tuple[_Rule, ...] = (
    ("mediate", ("mediate_self",)),
    ("yield_sanctions", ("ease_act", "sanction")),
    ("yield_dissent", ("ease_act", "crackdown")),
    ("yield_administrative", ("ease_act", "administrative_penalty")),
    ("yield_deescalate", ("ease_act", "hostilities")),
    ("yield_access", ("admit_act", "outsider")),
    ("yield_release", ("release_act",)),
    ("yield_deescalate", ("deescalation",)),
    ("reform_leadership", ("leadership_change",)),
    ("reform_rights", ("rights_change",)),
    ("reform_institutions", ("institutions_change",)),
    ("reform_policy", ("policy_change",)),
    ("reform", ("reform_word",)),
    ("yield", ("concession",)),
    ("mediation", ("mediation",)),
    ("settle", ("settlement",)),
    ("meet", ("meeting",)),
    ("aid_peacekeeping", ("protection",)),
    ("cooperate_intelligence", ("cooperation", "intelligence_matter")),
    ("cooperate_judicial", ("cooperation", "judicial_matter")),
    ("cooperate_military", ("cooperation", "military_matter")),
    ("cooperate_economic", ("cooperation", "economic_matter")),
    ("cooperate", ("cooperation",)),
    ("cooperate_judicial", ("extradition",)),
    ("aid_humanitarian", ("help", "humanitarian_matter")),
    ("aid_military", ("help", "weapon")),
    ("aid_military", ("help", "armed_force")),
    ("aid_military", ("help", "military_matter")),
    ("aid_economic", ("help", "money")),
    ("aid_economic", ("help", "economic_matter")),
    ("aid_humanitarian", ("aid_goods", "humanitarian_matter")),
    ("aid_military", ("weapon",)),
    ("aid", ("help",)),
    ("aid_military", ("backing", "military_matter")),
    ("aid_economic", ("backing", "economic_matter")),
    ("aid_humanitarian", ("backing", "humanitarian_matter")),
    ("backing", ("backing",)),
)
_ALLEGE_RULES: tuple[_Rule, ...] = (
    ("war_crimes", ("war_crime",)),
    ("espionage", ("espionage",)),
    ("human_rights", ("rights_abuse",)),
    ("crime", ("crime",)),
    ("aggression", ("aggression",)),
)
_THREAT_RULES: tuple[_Rule, ...] = (
    ("ultimatum", ("ultimatum",)),
    ("mass_destruction", ("mass_destruction",)),
    ("cut_aid", ("cut_act", "help")),
    ("cut_aid", ("cut_act", "money")),
    ("break_relations", ("cut_act", "ties")),
    ("break_relations", ("cut_act", "diplomat")),
    ("halt_mediation", ("cut_act", "mediation")),
    ("halt_talks", ("cut_act", "talks")),
    ("expel_presence", ("expel_act", "outsider")),
    ("expel_presence", ("expel_act", "armed_force")),
    ("break_relations", ("expel_act", "diplomat")),
    ("sanctions", ("sanction",)),
    ("sanctions", ("cut_act", "trade")),
    ("curb_expression", ("censor_act", "media")),
    ("ban_parties", ("outlaw_act", "political_party")),
    ("curfew", ("curfew",)),
    ("emergency_rule", ("emergency_rule",)),
    ("blockade", ("blockade",)),
    ("occupation", ("occupation",)),
    ("repression", ("crackdown",)),
    ("unconventional_violence", ("unconventional_violence",)),
    ("conventional_attack", ("conventional_attack",)),
    ("dissent", ("dissent",)),
    ("administrative", ("administrative_penalty",)),
    ("nonforce", ("nonforce",)),
)
_AIM_RULES: tuple[_Rule, ...] = (
    ("reform_leadership", ("leadership_change",)),
    ("reform_rights", ("rights_change",)),
    ("reform_institutions", ("institutions_change",)),
    ("reform_policy", ("policy_change",)),
)
# Giving in (080) is refined only when what is given in to is a demand for reform ("bowed to
# demands for his resignation": 0831), not whatever else its content names ("conceded defeat").
_GIVE_IN_RULES: tuple[_Rule, ...] = tuple((slot, ("demand_word", *needs)) for slot, needs in _AIM_RULES)
# Classes the rules use that are single words rather than a file class.
_OWN_CLASSES = {
    "mediate_self": frozenset({"mediate", "mediator", "broker", "good office"}),
    "reform_word": frozenset({"reform", "reforms"}),
    "concession": frozenset({"concession", "compromise", "give way", "back down"}),
    "demand_word": frozenset({"demand", "call", "pressure", "request", "appeal", "clamour", "clamor"}),
    "extradition": frozenset({"extradition", "extradite"}),
    "curfew": frozenset({"curfew"}),
    "emergency_rule": frozenset({"emergency", "martial law"}),
}


_DOMAINS = ("economic", "military", "judicial", "intelligence")


def _ask_codes(root: str, base: str, backing: str | None, mediate: str, mediation: str) -> dict[str, str]:
    """Slot -> code for one of the roots that repeat CAMEO's structure of cooperation, aid, reform,
    giving way, meeting, settling and mediation (``base``: the third digit of the root's codes
    of material cooperation, aid, reform and giving way, "1345" for "031", "033", "034", "035")."""
    coop, aid, reform, give = (f"{root}{d}" for d in base)
    out = {
        "cooperate": coop,
        "aid": aid,
        "reform": reform,
        "yield": give,
        **{f"cooperate_{k}": f"{coop}{n}" for n, k in enumerate(_DOMAINS, 1)},
        **{f"aid_{k}": f"{aid}{n}" for n, k in enumerate(("economic", "military", "humanitarian", "peacekeeping"), 1)},
        **{f"reform_{k}": f"{reform}{n}" for n, k in enumerate(("leadership", "policy", "rights", "institutions"), 1)},
        **{
            f"yield_{k}": f"{give}{n}"
            for n, k in enumerate(("administrative", "dissent", "release", "sanctions", "access", "deescalate"), 1)
        },
        "mediate": mediate,
        "mediation": mediation,
    }
    if backing is not None:
        out["backing"] = backing
    return out


# (family, slot) -> CAMEO code. A family is a root ("03", "10") or, where only one code of a
# root takes content, that code ("080": giving in; "112": accusations; "141"..."145": the kinds of protest).
CODES: dict[tuple[str, str], str] = {}
for _root, _digits, _backing, _mediate, _mediation, _meet, _settle in (
    ("02", "1345", "022", "028", "028", "026", "027"),
    ("03", "1345", "032", "039", "038", "036", "037"),
    ("10", "1345", "102", "108", "108", "106", "107"),
    ("12", "1234", None, "126", "126", "125", "127"),
):
    for _slot, _code in _ask_codes(_root, _digits, _backing, _mediate, _mediation).items():
        CODES[(_root, _slot)] = _code
    CODES[(_root, "meet")], CODES[(_root, "settle")] = _meet, _settle
for _slot, _digit in (("crime", "1"), ("human_rights", "2"), ("aggression", "3"), ("war_crimes", "4")):
    CODES[("09", _slot)] = f"09{_digit}"
    CODES[("112", _slot)] = f"112{_digit}"
CODES[("09", "espionage")] = "091"  # an inquiry into spying is an inquiry into a crime
CODES[("112", "espionage")] = "1125"
CODES.update(
    {
        ("13", "nonforce"): "131", ("13", "cut_aid"): "1311", ("13", "sanctions"): "1312",
        ("13", "break_relations"): "1313", ("13", "administrative"): "132", ("13", "curb_expression"): "1321",
        ("13", "ban_parties"): "1322", ("13", "curfew"): "1323", ("13", "emergency_rule"): "1324",
        ("13", "dissent"): "133", ("13", "halt_talks"): "134", ("13", "halt_mediation"): "135",
        ("13", "expel_presence"): "136", ("13", "repression"): "137", ("13", "blockade"): "1381",
        ("13", "occupation"): "1382", ("13", "unconventional_violence"): "1383",
        ("13", "conventional_attack"): "1384", ("13", "mass_destruction"): "1385", ("13", "ultimatum"): "139",
    }
)  # fmt: skip
for _kind in ("141", "142", "143", "144", "145"):
    for _n, _slot in enumerate(_AIM_SLOTS, 1):
        CODES[(_kind, _slot)] = f"{_kind}{_n}"
for _n, _slot in enumerate(_AIM_SLOTS, 1):
    CODES[("080", _slot)] = f"083{_n}"  # giving in to demands for new leadership, policy, rights, institutions

# The rules that read the content of each family's acts.
_RULES_OF: dict[str, tuple[_Rule, ...]] = {
    "02": _ASK_RULES, "03": _ASK_RULES, "10": _ASK_RULES, "12": _ASK_RULES,
    "09": _ALLEGE_RULES, "112": _ALLEGE_RULES, "13": _THREAT_RULES,
    "080": _GIVE_IN_RULES,
    **{k: _AIM_RULES for k in ("141", "142", "143", "144", "145")},
}  # fmt: skip

# The slot a request's or a refusal's mode stands for when its content names nothing finer.
_SLOT_OF_MODE = {"assist": "aid", "change": "reform", "yield": "yield", "meet": "meet"}

# Grammar: the dependents of a trigger that hold its content, and the prepositions that
# introduce it ("called for", "protested against", "accused ... of", "a probe into").
_CONTENT_DEPS = frozenset({"xcomp", "ccomp", "dobj", "attr", "oprd", "pcomp"})
_CONTENT_PREPS = frozenset(
    {"of", "for", "over", "against", "into", "about", "on", "with", "in", "to", "from", "out", "off"}
)
# Dependents that say when, why or where rather than what.
_CIRCUMSTANCE_DEPS = frozenset({"advcl", "relcl", "parataxis", "npadvmod", "tmod"})
# Clauses beside a trigger that state what it wants ("marched, demanding the president's
# resignation", "went on hunger strike to protest the law").
_AIM_VERBS = frozenset({"demand", "call", "seek", "press", "urge", "ask", "protest", "oppose", "denounce", "reject"})


@cache
def _classes() -> dict[str, frozenset[str]]:
    return {**load_word_classes(), **_OWN_CLASSES}


@cache
def _act_words() -> frozenset[str]:
    return frozenset().union(*(m for name, m in _classes().items() if name.endswith("_act")))


def family_of(code: str) -> str | None:
    """The family of ``code`` whose sub-codes depend on content ("03" for "030", "112", "141")."""
    for key in (code[:3], code[:2]):
        if key in _RULES_OF:
            return key
    return None


def content_tokens(f: Found) -> list[Token]:
    """The words of what the act is about, in text order: the trigger's complement clause, noun
    object and content phrases (a nominal trigger's modifiers and what its light verb adds: "went
    on strike over pay"), else the complement the coder found; without the parties the act is
    done to or by (the trigger's object, the complement's subject)."""
    trigger = f.token
    roots = _content_children(trigger)
    if trigger.pos_ == "NOUN" and trigger.dep_ != "ROOT":
        # "went on hunger strike to demand...", "launched an investigation into corruption"
        light = trigger.head.head if trigger.dep_ == "pobj" and trigger.head.dep_ == "prep" else trigger.head
        if light.pos_ in ("VERB", "AUX"):
            roots += [c for c in _content_children(light) if c.dep_ not in _CONTENT_DEPS and not _inside(trigger, c)]
    if not roots and f.content is not None and f.content.i != trigger.i:
        roots = [f.content]
    seen: dict[int, Token] = {}
    for r in roots:
        for t in _phrase(r):
            if t.i != trigger.i:
                seen[t.i] = t
    for m in (*f.actor, *f.recipient):
        head = trigger.doc[m.head]
        if head.head.i == trigger.i or head.dep_ in ("nsubj", "nsubjpass"):
            # the party's name, not what follows it ("accused the militants of smuggling")
            for i in range(m.start, max(m.head + 1, m.start)):
                seen.pop(i, None)
    return [seen[i] for i in sorted(seen)]


def _content_children(tok: Token) -> list[Token]:
    """The dependents of ``tok`` that hold what it is about."""
    return [
        c
        for c in children_of(tok)
        if c.dep_ in _CONTENT_DEPS
        or (c.dep_ in ("prep", "agent") and lemma_of(c) in _CONTENT_PREPS)
        or (c.dep_ in ("advcl", "acl", "xcomp") and lemma_of(c) in _AIM_VERBS)
        or (tok.pos_ == "NOUN" and c.i < tok.i and c.dep_ in ("compound", "amod", "nmod"))
    ]


def _phrase(tok: Token) -> list[Token]:
    """``tok`` and its dependents, without the circumstances hung on them ("talks after the
    election", "release the prisoners before the vote"): only the prepositions of content."""
    out = [tok]
    for c in children_of(tok):
        if c.dep_ in _CIRCUMSTANCE_DEPS and not _infinitive(c):
            continue
        if c.dep_ == "prep" and lemma_of(c) not in _CONTENT_PREPS:
            continue
        out.extend(_phrase(c))
    return out


def _infinitive(tok: Token) -> bool:
    """A "to" clause ("calls to withdraw"): what is asked, not a circumstance."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(tok))


def _inside(tok: Token, root: Token) -> bool:
    return any(t.i == tok.i for t in subtree_of(root))


def content_words(tokens: list[Token]) -> frozenset[str]:
    """The lemmas of ``tokens`` and the pairs of adjacent lemmas ("war crime", "martial law").
    A word of an act that modifies a noun describes it ("free elections", "open talks"): it is
    left out."""
    acts = _act_words()
    tokens = [t for t in tokens if not (t.dep_ == "amod" and lemma_of(t) in acts)]
    lemmas = [lemma_of(t) for t in tokens]
    pairs = [f"{lemmas[n]} {lemmas[n + 1]}" for n in range(len(tokens) - 1) if tokens[n + 1].i == tokens[n].i + 1]
    return frozenset(lemmas + pairs)


def content_slot(family: str, words: frozenset[str]) -> str | None:
    """The slot the content ``words`` fill for an act of ``family`` (see ``family_of``), else None."""
    classes = _classes()
    for slot, needs in _RULES_OF.get(family, ()):
        if all(classes[name] & words for name in needs):
            return slot
    return None


def refine_code(f: Found, code: str | None) -> str | None:
    """``code`` refined by the content of the act: the sub-code of the slot its content fills, when
    that sub-code exists and keeps the event's PLOVER category; else ``code``."""
    if not code:
        return code
    family = family_of(code)
    if family is None:
        return code
    if family == "02" and f.entry.cameo and f.entry.cameo[:2] == "10" and f.event == f.entry.event:
        family = "10"  # a demand whose mode gave it an appeal's code
    slot = content_slot(family, content_words(content_tokens(f)))
    if slot is None and family in ("10", "12") and f.mode in _SLOT_OF_MODE:
        slot = _SLOT_OF_MODE[f.mode]
    refined = CODES.get((family, slot)) if slot is not None else None
    if refined is None or refined == code:
        return code
    try:
        category = cameo_to_plover(refined)[0]
    except ValueError:
        return code
    return refined if category == f.event else code
