"""CAMEO event codes: short names, Goldstein scores and a translation to PLOVER.

Goldstein values are those of the published CAMEO conflict-cooperation scale; the two
digit roots carry a representative value for the whole root. The PLOVER translation is
our own reading of the codebook and agrees with the 2021 CAMEO-to-PLOVER table on the
category except where noted in ``_PLOVER_DEPARTURES``.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class CameoCode:
    """One CAMEO code with a short name and its Goldstein score."""

    code: str
    name: str
    goldstein: float

    @property
    def root(self) -> str:
        """The two-digit root, e.g. "19" for "193"."""
        return self.code[:2]


# PLOVER translation of one code: (category, mode, context); None when CAMEO has an
# event type that PLOVER deliberately dropped (most "make a statement" codes).
_Plover = tuple[str, str | None, str | None] | None

# Two long context names, shortened to keep the table readable.
_INST = "political_institutions"
_RIGHTS = "rights_freedoms"

# (code, Goldstein score, short name, PLOVER translation)
_ROWS: tuple[tuple[str, float, str, _Plover], ...] = (
    # 01 public statements: mostly outside PLOVER
    ("01", 0.0, "Make a public statement", None),
    ("010", 0.0, "Make a statement, not specified below", None),
    ("011", -0.1, "Decline to comment", None),
    ("012", -0.4, "Comment pessimistically", None),
    ("013", 0.4, "Comment optimistically", None),
    ("014", 0.0, "Consider a policy option", None),
    ("015", 0.0, "Acknowledge or claim responsibility", None),
    ("016", 3.4, "Deny responsibility", None),
    ("017", 0.0, "Perform a symbolic act", None),
    ("018", 3.4, "Express sympathy", ("SUPPORT", None, None)),
    ("019", 3.4, "Express agreement", ("SUPPORT", None, None)),
    # 02 appeals: PLOVER folds these into REQUEST
    ("02", 3.0, "Appeal", ("REQUEST", None, None)),
    ("020", 3.0, "Appeal, not specified below", ("REQUEST", None, None)),
    ("021", 3.4, "Appeal for material cooperation", ("REQUEST", "assist", None)),
    ("0211", 3.4, "Ask for economic cooperation", ("REQUEST", "assist", "economic")),
    ("0212", 3.4, "Ask for military cooperation", ("REQUEST", "assist", "military")),
    ("0213", 3.4, "Ask for judicial cooperation", ("REQUEST", "assist", "legal")),
    ("0214", 3.4, "Ask for intelligence sharing", ("REQUEST", "assist", "intelligence")),
    ("022", 3.2, "Appeal for diplomatic backing", ("REQUEST", "assist", "diplomatic")),
    ("023", 3.4, "Appeal for aid", ("REQUEST", "assist", None)),
    ("0231", 3.4, "Ask for economic aid", ("REQUEST", "assist", "economic")),
    ("0232", 3.4, "Ask for military aid", ("REQUEST", "assist", "military")),
    ("0233", 3.4, "Ask for humanitarian aid", ("REQUEST", "assist", "human_security")),
    ("0234", 3.4, "Ask for protection or peacekeepers", ("REQUEST", "assist", "peacekeeping")),
    ("024", -0.3, "Appeal for political reform", ("REQUEST", "change", _INST)),
    ("0241", -0.3, "Ask for new leadership", ("REQUEST", "change", "executive")),
    ("0242", -0.3, "Ask for a policy change", ("REQUEST", "change", "executive")),
    ("0243", -0.3, "Ask for rights", ("REQUEST", "change", _RIGHTS)),
    ("0244", -0.3, "Ask for new institutions or regime", ("REQUEST", "change", _INST)),
    ("025", -0.3, "Appeal to give way", ("REQUEST", "yield", None)),
    ("0251", -0.3, "Ask to ease administrative penalties", ("REQUEST", "yield", "legal")),
    ("0252", -0.3, "Ask to ease the crackdown on dissent", ("REQUEST", "yield", _RIGHTS)),
    ("0253", -0.3, "Ask to free people or property", ("REQUEST", "yield", "legal")),
    ("0254", -0.3, "Ask to ease sanctions or an embargo", ("REQUEST", "yield", "economic")),
    ("0255", -0.3, "Ask to let outsiders in", ("REQUEST", "yield", "diplomatic")),
    ("0256", -0.3, "Ask for military de-escalation", ("REQUEST", "yield", "military")),
    ("026", 4.0, "Urge others to meet or negotiate", ("REQUEST", "meet", "diplomatic")),
    ("027", 4.0, "Urge others to settle a dispute", ("REQUEST", "meet", "diplomatic")),
    ("028", 4.0, "Urge others to mediate or accept mediation", ("REQUEST", "meet", "diplomatic")),
    # 03 intent to cooperate
    ("03", 4.0, "Express intent to cooperate", ("AGREE", None, None)),
    ("030", 4.0, "Say it will cooperate, not specified below", ("AGREE", None, None)),
    ("031", 5.2, "Promise material cooperation", ("AGREE", None, None)),
    ("0311", 5.2, "Promise economic cooperation", ("AGREE", None, "economic")),
    ("0312", 5.2, "Promise military cooperation", ("AGREE", None, "military")),
    ("0313", 5.2, "Promise judicial cooperation", ("AGREE", None, "legal")),
    ("0314", 5.2, "Promise intelligence sharing", ("AGREE", None, "intelligence")),
    ("032", 4.5, "Promise diplomatic backing", ("AGREE", None, "diplomatic")),
    ("033", 5.2, "Promise material aid", ("AGREE", None, None)),
    ("0331", 5.2, "Promise economic aid", ("AGREE", None, "economic")),
    ("0332", 5.2, "Promise military aid", ("AGREE", None, "military")),
    ("0333", 5.2, "Promise humanitarian aid", ("AGREE", None, "human_security")),
    ("0334", 6.0, "Promise protection or peacekeepers", ("AGREE", None, "peacekeeping")),
    ("034", 7.0, "Promise political reform", ("AGREE", None, _INST)),
    ("0341", 7.0, "Promise new leadership", ("AGREE", None, "executive")),
    ("0342", 7.0, "Promise a policy change", ("AGREE", None, "executive")),
    ("0343", 7.0, "Promise rights", ("AGREE", None, _RIGHTS)),
    ("0344", 7.0, "Promise new institutions or regime", ("AGREE", None, _INST)),
    ("035", 7.0, "Promise to give way", ("AGREE", None, None)),
    ("0351", 7.0, "Promise to ease administrative penalties", ("AGREE", None, "legal")),
    ("0352", 7.0, "Promise to ease the crackdown on dissent", ("AGREE", None, _RIGHTS)),
    ("0353", 7.0, "Promise to free people or property", ("AGREE", None, "legal")),
    ("0354", 7.0, "Promise to ease sanctions or an embargo", ("AGREE", None, "economic")),
    ("0355", 7.0, "Promise to let outsiders in", ("AGREE", None, "diplomatic")),
    ("0356", 7.0, "Promise military de-escalation", ("AGREE", None, "military")),
    ("036", 4.0, "Offer to meet or negotiate", ("AGREE", None, "diplomatic")),
    ("037", 5.0, "Offer to settle a dispute", ("AGREE", None, "diplomatic")),
    ("038", 7.0, "Agree to mediation", ("AGREE", None, "diplomatic")),
    ("039", 5.0, "Offer to mediate", ("AGREE", None, "diplomatic")),
    # 04 consultation
    ("04", 1.0, "Consult", ("CONSULT", None, None)),
    ("040", 1.0, "Consult, not specified below", ("CONSULT", None, None)),
    ("041", 1.0, "Talk by telephone", ("CONSULT", "phone", None)),
    ("042", 1.9, "Make a visit", ("CONSULT", "visit", None)),
    # Hosting is the other side of a visit: PLOVER puts the visitor in the actor slot.
    ("043", 2.8, "Host a visit", ("CONSULT", "visit", None)),
    ("044", 2.5, "Meet at a third location", ("CONSULT", "third-party", None)),
    ("045", 5.0, "Mediate", ("CONSULT", None, "diplomatic")),
    ("046", 7.0, "Negotiate", ("CONSULT", None, "diplomatic")),
    # 05 diplomatic cooperation
    ("05", 3.5, "Engage in diplomatic cooperation", ("SUPPORT", None, None)),
    ("050", 3.5, "Cooperate diplomatically, not specified below", ("SUPPORT", None, "diplomatic")),
    ("051", 3.4, "Praise or endorse", ("SUPPORT", None, None)),
    ("052", 3.5, "Defend verbally", ("SUPPORT", None, None)),
    ("053", 3.8, "Rally support for another", ("SUPPORT", None, None)),
    ("054", 6.0, "Recognise diplomatically", ("SUPPORT", None, "diplomatic")),
    ("055", 7.0, "Apologise", ("CONCEDE", None, None)),
    ("056", 7.0, "Forgive", ("SUPPORT", None, None)),
    ("057", 8.0, "Sign a formal agreement", ("SUPPORT", None, "diplomatic")),
    # 06 material cooperation
    ("06", 6.0, "Engage in material cooperation", ("COOPERATE", None, None)),
    ("060", 6.0, "Cooperate materially, not specified below", ("COOPERATE", None, None)),
    ("061", 6.4, "Cooperate economically", ("COOPERATE", None, "economic")),
    ("062", 7.4, "Cooperate militarily", ("COOPERATE", None, "military")),
    ("063", 7.4, "Cooperate on judicial matters", ("COOPERATE", None, "legal")),
    ("064", 7.0, "Share intelligence or information", ("COOPERATE", None, "intelligence")),
    # 07 aid
    ("07", 7.0, "Provide aid", ("AID", None, None)),
    ("070", 7.0, "Give aid, not specified below", ("AID", None, None)),
    ("071", 7.4, "Give economic aid", ("AID", None, "economic")),
    ("072", 8.3, "Give military aid", ("AID", None, "military")),
    ("073", 7.4, "Give humanitarian aid", ("AID", None, "human_security")),
    ("074", 8.5, "Provide protection or peacekeepers", ("AID", None, "peacekeeping")),
    ("075", 7.0, "Grant asylum", ("AID", None, "asylum")),
    # 08 yield: verbal easing is CONCEDE, material giving-way is RETREAT
    ("08", 5.0, "Yield", ("CONCEDE", None, None)),
    ("080", 5.0, "Give way, not specified below", ("CONCEDE", None, None)),
    ("081", 5.0, "Ease administrative penalties", ("CONCEDE", None, "legal")),
    ("0811", 5.0, "Ease limits on political freedoms", ("CONCEDE", None, _RIGHTS)),
    ("0812", 5.0, "Lift a ban on parties or politicians", ("CONCEDE", None, "pro_democracy")),
    ("0813", 5.0, "Lift a curfew", ("CONCEDE", None, _RIGHTS)),
    ("0814", 5.0, "End a state of emergency or martial law", ("CONCEDE", None, _RIGHTS)),
    ("082", 5.0, "Ease the crackdown on dissent", ("CONCEDE", None, _RIGHTS)),
    ("083", 5.0, "Give in to demands for reform", ("CONCEDE", None, _INST)),
    ("0831", 5.0, "Give in to demands for new leadership", ("CONCEDE", None, "executive")),
    ("0832", 5.0, "Give in to demands for a policy change", ("CONCEDE", None, "executive")),
    ("0833", 5.0, "Give in to demands for rights", ("CONCEDE", None, _RIGHTS)),
    ("0834", 5.0, "Give in to demands for new institutions", ("CONCEDE", None, _INST)),
    ("084", 7.0, "Return or release", ("RETREAT", None, None)),
    ("0841", 7.0, "Free people", ("RETREAT", "release", "legal")),
    ("0842", 7.0, "Give back property", ("RETREAT", None, "legal")),
    ("085", 7.0, "Ease sanctions, a boycott or an embargo", ("RETREAT", None, "economic")),
    ("086", 9.0, "Let outsiders in", ("RETREAT", "access", "diplomatic")),
    ("0861", 9.0, "Accept peacekeepers", ("RETREAT", "access", "peacekeeping")),
    ("0862", 9.0, "Accept inspectors", ("RETREAT", "access", "diplomatic")),
    ("0863", 9.0, "Let humanitarian aid through", ("RETREAT", "access", "human_security")),
    ("087", 9.0, "De-escalate militarily", ("RETREAT", None, "military")),
    ("0871", 9.0, "Declare a truce or ceasefire", ("CONCEDE", None, "military")),
    ("0872", 9.0, "Lift a military blockade", ("RETREAT", "withdraw", "military")),
    ("0873", 9.0, "Demobilise armed forces", ("RETREAT", "disarm", "military")),
    ("0874", 10.0, "Pull back or surrender militarily", ("RETREAT", "withdraw", "military")),
    # 09 investigation
    ("09", -2.0, "Investigate", ("ACCUSE", "investigate", None)),
    ("090", -2.0, "Investigate, not specified below", ("ACCUSE", "investigate", None)),
    ("091", -2.0, "Investigate crime or corruption", ("ACCUSE", "investigate", "crime")),
    ("092", -2.0, "Investigate human rights abuses", ("ACCUSE", "investigate", "human_rights")),
    ("093", -2.0, "Investigate military action", ("ACCUSE", "investigate", "military")),
    ("094", -2.0, "Investigate war crimes", ("ACCUSE", "investigate", "legal")),
    # 10 demands
    ("10", -5.0, "Demand", ("REQUEST", None, None)),
    ("100", -5.0, "Demand, not specified below", ("REQUEST", None, None)),
    ("101", -5.0, "Demand material cooperation", ("REQUEST", "assist", None)),
    ("1011", -5.0, "Demand economic cooperation", ("REQUEST", "assist", "economic")),
    ("1012", -5.0, "Demand military cooperation", ("REQUEST", "assist", "military")),
    ("1013", -5.0, "Demand judicial cooperation", ("REQUEST", "assist", "legal")),
    ("1014", -5.0, "Demand intelligence sharing", ("REQUEST", "assist", "intelligence")),
    ("102", -5.0, "Demand diplomatic backing", ("REQUEST", "assist", "diplomatic")),
    ("103", -5.0, "Demand aid", ("REQUEST", "assist", None)),
    ("1031", -5.0, "Demand economic aid", ("REQUEST", "assist", "economic")),
    ("1032", -5.0, "Demand military aid", ("REQUEST", "assist", "military")),
    ("1033", -5.0, "Demand humanitarian aid", ("REQUEST", "assist", "human_security")),
    ("1034", -5.0, "Demand protection or peacekeepers", ("REQUEST", "assist", "peacekeeping")),
    ("104", -5.0, "Demand political reform", ("REQUEST", "change", _INST)),
    ("1041", -5.0, "Demand new leadership", ("REQUEST", "change", "executive")),
    ("1042", -5.0, "Demand a policy change", ("REQUEST", "change", "executive")),
    ("1043", -5.0, "Demand rights", ("REQUEST", "change", _RIGHTS)),
    ("1044", -5.0, "Demand new institutions or regime", ("REQUEST", "change", _INST)),
    ("105", -5.0, "Demand that the other side give way", ("REQUEST", "yield", None)),
    ("1051", -5.0, "Demand eased administrative penalties", ("REQUEST", "yield", "legal")),
    ("1052", -5.0, "Demand an end to the crackdown on dissent", ("REQUEST", "yield", _RIGHTS)),
    ("1053", -5.0, "Demand that people or property be freed", ("REQUEST", "yield", "legal")),
    ("1054", -5.0, "Demand eased sanctions or embargo", ("REQUEST", "yield", "economic")),
    ("1055", -5.0, "Demand that outsiders be let in", ("REQUEST", "yield", "diplomatic")),
    ("1056", -5.0, "Demand military de-escalation", ("REQUEST", "yield", "military")),
    ("106", -5.0, "Demand a meeting or talks", ("REQUEST", "meet", "diplomatic")),
    ("107", -5.0, "Demand that a dispute be settled", ("REQUEST", "meet", "diplomatic")),
    ("108", -5.0, "Demand mediation", ("REQUEST", "meet", "diplomatic")),
    # 11 disapproval
    ("11", -2.0, "Disapprove", ("ACCUSE", None, None)),
    ("110", -2.0, "Disapprove, not specified below", ("ACCUSE", "disapprove", None)),
    ("111", -2.0, "Criticise or denounce", ("ACCUSE", "disapprove", None)),
    ("112", -2.0, "Accuse, not specified below", ("ACCUSE", "allege", None)),
    ("1121", -2.0, "Accuse of crime or corruption", ("ACCUSE", "allege", "crime")),
    ("1122", -2.0, "Accuse of human rights abuses", ("ACCUSE", "allege", "human_rights")),
    ("1123", -2.0, "Accuse of aggression", ("ACCUSE", "allege", "military")),
    ("1124", -2.0, "Accuse of war crimes", ("ACCUSE", "allege", "legal")),
    ("1125", -2.0, "Accuse of spying or treason", ("ACCUSE", "allege", "intelligence")),
    ("113", -2.0, "Rally opposition against", ("ACCUSE", "disapprove", None)),
    ("114", -2.0, "Complain officially", ("ACCUSE", "disapprove", "diplomatic")),
    ("115", -2.0, "Sue", ("ACCUSE", "allege", "legal")),
    ("116", -2.0, "Find guilty or liable in court", ("SANCTION", "convict", "legal")),
    # 12 rejection
    ("12", -4.0, "Reject", ("REJECT", None, None)),
    ("120", -4.0, "Reject, not specified below", ("REJECT", None, None)),
    ("121", -4.0, "Turn down material cooperation", ("REJECT", "assist", None)),
    ("1211", -4.0, "Turn down economic cooperation", ("REJECT", "assist", "economic")),
    ("1212", -4.0, "Turn down military cooperation", ("REJECT", "assist", "military")),
    ("1213", -4.0, "Turn down judicial cooperation", ("REJECT", "assist", "legal")),
    ("1214", -4.0, "Turn down intelligence sharing", ("REJECT", "assist", "intelligence")),
    ("122", -4.0, "Refuse a request for aid", ("REJECT", "assist", None)),
    ("1221", -4.0, "Refuse economic aid", ("REJECT", "assist", "economic")),
    ("1222", -4.0, "Refuse military aid", ("REJECT", "assist", "military")),
    ("1223", -4.0, "Refuse humanitarian aid", ("REJECT", "assist", "human_security")),
    ("1224", -4.0, "Refuse protection or peacekeepers", ("REJECT", "assist", "peacekeeping")),
    ("123", -4.0, "Refuse political reform", ("REJECT", "change", _INST)),
    ("1231", -4.0, "Refuse new leadership", ("REJECT", "change", "executive")),
    ("1232", -4.0, "Refuse a policy change", ("REJECT", "change", "executive")),
    ("1233", -4.0, "Refuse to grant rights", ("REJECT", "change", _RIGHTS)),
    ("1234", -4.0, "Refuse new institutions or regime", ("REJECT", "change", _INST)),
    ("124", -5.0, "Refuse to give way", ("REJECT", "yield", None)),
    ("1241", -5.0, "Refuse to ease administrative penalties", ("REJECT", "yield", "legal")),
    ("1242", -5.0, "Refuse to ease the crackdown on dissent", ("REJECT", "yield", _RIGHTS)),
    ("1243", -5.0, "Refuse to free people or property", ("REJECT", "yield", "legal")),
    ("1244", -5.0, "Refuse to ease sanctions or embargo", ("REJECT", "yield", "economic")),
    ("1245", -5.0, "Refuse to let outsiders in", ("REJECT", "yield", "diplomatic")),
    ("1246", -5.0, "Refuse military de-escalation", ("REJECT", "yield", "military")),
    ("125", -5.0, "Refuse to meet or negotiate", ("REJECT", "meet", "diplomatic")),
    ("126", -5.0, "Refuse mediation", ("REJECT", "meet", "diplomatic")),
    ("127", -5.0, "Refuse a settlement plan", ("REJECT", "meet", "diplomatic")),
    ("128", -5.0, "Defy norms or the law", ("REJECT", None, "legal")),
    ("129", -5.0, "Veto", ("REJECT", None, "diplomatic")),
    # 13 threats
    ("13", -6.0, "Threaten", ("THREATEN", None, None)),
    ("130", -4.4, "Threaten, not specified below", ("THREATEN", None, None)),
    ("131", -5.8, "Threaten non-violent measures", ("THREATEN", None, None)),
    ("1311", -5.8, "Threaten to cut aid", ("THREATEN", "relations", None)),
    ("1312", -5.8, "Threaten sanctions or an embargo", ("THREATEN", "restrict", "economic")),
    ("1313", -5.8, "Threaten to cut or break relations", ("THREATEN", "relations", "diplomatic")),
    ("132", -5.8, "Threaten administrative penalties", ("THREATEN", "restrict", "executive")),
    ("1321", -5.8, "Threaten to curb free expression", ("THREATEN", "restrict", _RIGHTS)),
    ("1322", -5.8, "Threaten to ban parties", ("THREATEN", "restrict", "pro_autocracy")),
    ("1323", -5.8, "Threaten a curfew", ("THREATEN", "restrict", _RIGHTS)),
    ("1324", -5.8, "Threaten emergency rule or martial law", ("THREATEN", "restrict", _RIGHTS)),
    ("133", -5.8, "Threaten protest or dissent", ("THREATEN", "restrict", None)),
    ("134", -5.8, "Threaten to break off talks", ("THREATEN", "relations", "diplomatic")),
    ("135", -5.8, "Threaten to end mediation", ("THREATEN", "relations", "diplomatic")),
    ("136", -7.0, "Threaten to expel an outside presence", ("THREATEN", "expel", "diplomatic")),
    ("137", -7.0, "Threaten a violent crackdown", ("THREATEN", "violence", "repression")),
    ("138", -7.0, "Threaten with military force", ("THREATEN", "violence", "military")),
    ("1381", -7.0, "Threaten a blockade", ("THREATEN", "restrict", "military")),
    ("1382", -7.0, "Threaten to occupy territory", ("THREATEN", "territory", "territory")),
    ("1383", -7.0, "Threaten irregular violence", ("THREATEN", "violence", None)),
    ("1384", -7.0, "Threaten a conventional attack", ("THREATEN", "violence", "military")),
    ("1385", -7.0, "Threaten weapons of mass destruction", ("THREATEN", "violence", "cbrn")),
    ("139", -7.0, "Issue an ultimatum", ("THREATEN", None, "diplomatic")),
    # 14 protest
    ("14", -6.5, "Protest", ("PROTEST", None, None)),
    ("140", -6.5, "Dissent, not specified below", ("PROTEST", None, None)),
    ("141", -6.5, "Demonstrate or rally", ("PROTEST", "demo", None)),
    ("1411", -6.5, "Demonstrate for new leadership", ("PROTEST", "demo", "executive")),
    ("1412", -6.5, "Demonstrate for a policy change", ("PROTEST", "demo", "executive")),
    ("1413", -6.5, "Demonstrate for rights", ("PROTEST", "demo", _RIGHTS)),
    ("1414", -6.5, "Demonstrate for new institutions", ("PROTEST", "demo", _INST)),
    ("142", -6.5, "Go on hunger strike", ("PROTEST", "hunger", None)),
    ("1421", -6.5, "Hunger strike for new leadership", ("PROTEST", "hunger", "executive")),
    ("1422", -6.5, "Hunger strike for a policy change", ("PROTEST", "hunger", "executive")),
    ("1423", -6.5, "Hunger strike for rights", ("PROTEST", "hunger", _RIGHTS)),
    ("1424", -6.5, "Hunger strike for new institutions", ("PROTEST", "hunger", _INST)),
    ("143", -6.5, "Strike or boycott", ("PROTEST", "strike", None)),
    ("1431", -6.5, "Strike for new leadership", ("PROTEST", "strike", "executive")),
    ("1432", -6.5, "Strike for a policy change", ("PROTEST", "strike", "executive")),
    ("1433", -6.5, "Strike for rights", ("PROTEST", "strike", _RIGHTS)),
    ("1434", -6.5, "Strike for new institutions", ("PROTEST", "strike", _INST)),
    ("144", -7.5, "Block passage", ("PROTEST", "obstruct", None)),
    ("1441", -7.5, "Block passage for new leadership", ("PROTEST", "obstruct", "executive")),
    ("1442", -7.5, "Block passage for a policy change", ("PROTEST", "obstruct", "executive")),
    ("1443", -7.5, "Block passage for rights", ("PROTEST", "obstruct", _RIGHTS)),
    ("1444", -7.5, "Block passage for new institutions", ("PROTEST", "obstruct", _INST)),
    ("145", -7.5, "Riot", ("PROTEST", "riot", None)),
    ("1451", -7.5, "Riot for new leadership", ("PROTEST", "riot", "executive")),
    ("1452", -7.5, "Riot for a policy change", ("PROTEST", "riot", "executive")),
    ("1453", -7.5, "Riot for rights", ("PROTEST", "riot", _RIGHTS)),
    ("1454", -7.5, "Riot for new institutions", ("PROTEST", "riot", _INST)),
    # 15 force posture
    ("15", -7.2, "Show military or police power", ("MOBILIZE", None, None)),
    ("150", -7.2, "Show force, not specified below", ("MOBILIZE", None, None)),
    ("151", -7.2, "Put police on alert", ("MOBILIZE", "police", None)),
    ("152", -7.2, "Put the military on alert", ("MOBILIZE", "troops", "military")),
    ("153", -7.2, "Mobilise or reinforce police", ("MOBILIZE", "police", None)),
    ("154", -7.2, "Mobilise or reinforce armed forces", ("MOBILIZE", "troops", "military")),
    # 16 reduce relations
    ("16", -4.0, "Reduce relations", ("SANCTION", None, None)),
    ("160", -4.0, "Reduce relations, not specified below", ("SANCTION", None, None)),
    ("161", -4.0, "Cut or break diplomatic ties", ("SANCTION", "discontinue", "diplomatic")),
    ("162", -5.6, "Cut or stop aid", ("SANCTION", "discontinue", None)),
    ("1621", -5.6, "Cut economic aid", ("SANCTION", "discontinue", "economic")),
    ("1622", -5.6, "Cut military aid", ("SANCTION", "discontinue", "military")),
    ("1623", -5.6, "Cut humanitarian aid", ("SANCTION", "discontinue", "human_security")),
    ("163", -8.0, "Impose sanctions or an embargo", ("SANCTION", "discontinue", "economic")),
    ("164", -7.0, "Break off talks", ("SANCTION", "withdraw", "diplomatic")),
    ("165", -7.0, "Break off mediation", ("SANCTION", "withdraw", "diplomatic")),
    ("166", -7.0, "Expel or pull out an outside presence", ("SANCTION", "expel", "diplomatic")),
    ("1661", -7.0, "Expel or pull out peacekeepers", ("SANCTION", "expel", "peacekeeping")),
    ("1662", -7.0, "Expel or pull out inspectors", ("SANCTION", "expel", "diplomatic")),
    ("1663", -7.0, "Expel or pull out aid agencies", ("SANCTION", "expel", "human_security")),
    # 17 coercion
    ("17", -7.0, "Coerce", ("COERCE", None, None)),
    ("170", -7.0, "Coerce, not specified below", ("COERCE", None, None)),
    ("171", -9.2, "Seize or damage property", ("COERCE", "seize", None)),
    ("1711", -9.2, "Confiscate property", ("COERCE", "seize", "human_security")),
    ("1712", -9.2, "Destroy property", ("ASSAULT", "destroy", None)),
    ("172", -5.0, "Impose administrative penalties", ("COERCE", "restrict", None)),
    ("1721", -5.0, "Curb free expression", ("COERCE", "censor", _RIGHTS)),
    ("1722", -5.0, "Ban parties or politicians", ("COERCE", "restrict", "pro_autocracy")),
    ("1723", -5.0, "Impose a curfew", ("COERCE", "curfew", None)),
    ("1724", -5.0, "Impose emergency rule or martial law", ("COERCE", "martial-law", None)),
    ("173", -5.0, "Arrest or detain", ("COERCE", "arrest", "legal")),
    ("174", -5.0, "Expel or deport people", ("COERCE", "deport", None)),
    ("175", -9.0, "Use violent repression", ("ASSAULT", None, "repression")),
    # 176 is a later CAMEO addition absent from the original scale: it takes its root's value.
    ("176", -7.0, "Attack by cyber means", ("COERCE", "cyber", "cyber")),
    # 18 unconventional violence
    ("18", -9.0, "Assault", ("ASSAULT", None, None)),
    ("180", -9.0, "Use irregular violence, not specified below", ("ASSAULT", None, None)),
    ("181", -9.0, "Abduct or hijack", ("ASSAULT", "abduct", None)),
    ("182", -9.5, "Physically assault", ("ASSAULT", "beat", None)),
    ("1821", -9.0, "Sexually assault", ("ASSAULT", "sexual", None)),
    ("1822", -9.0, "Torture", ("ASSAULT", "torture", None)),
    ("1823", -10.0, "Kill by physical assault", ("ASSAULT", "beat", None)),
    ("183", -10.0, "Bomb, outside military action", ("ASSAULT", "explosives", None)),
    ("1831", -10.0, "Carry out a suicide bombing", ("ASSAULT", "suicide-attack", None)),
    ("1832", -10.0, "Carry out a car bombing", ("ASSAULT", "explosives", None)),
    ("1833", -10.0, "Carry out a roadside bombing", ("ASSAULT", "explosives", None)),
    ("184", -8.0, "Use people as human shields", ("ASSAULT", "abduct", None)),
    ("185", -8.0, "Try to assassinate", ("ASSAULT", "targeted", None)),
    ("186", -10.0, "Assassinate", ("ASSAULT", "targeted", None)),
    # 19 conventional military force
    ("19", -10.0, "Fight", ("ASSAULT", None, "military")),
    ("190", -10.0, "Use military force, not specified below", ("ASSAULT", None, "military")),
    ("191", -9.5, "Blockade or restrict movement", ("COERCE", "restrict", "military")),
    ("192", -9.5, "Occupy territory", ("COERCE", "seize", "territory")),
    ("193", -10.0, "Fight with small arms", ("ASSAULT", "firearms", "military")),
    ("194", -10.0, "Fight with artillery and tanks", ("ASSAULT", "heavy-weapons", "military")),
    ("195", -10.0, "Attack from the air", ("ASSAULT", "aerial", "military")),
    ("1951", -10.0, "Attack with precision-guided aerial munitions", ("ASSAULT", "aerial", "military")),
    ("1952", -10.0, "Attack with remotely piloted aircraft", ("ASSAULT", "drone", "military")),
    ("196", -9.5, "Break a ceasefire", ("ASSAULT", None, "military")),
    # 20 mass violence
    ("20", -10.0, "Use mass violence", ("ASSAULT", None, None)),
    ("200", -10.0, "Use mass violence, not specified below", ("ASSAULT", None, None)),
    ("201", -9.5, "Expel people en masse", ("ASSAULT", None, "territory")),
    ("202", -10.0, "Kill people en masse", ("ASSAULT", "targeted", None)),
    ("203", -10.0, "Carry out ethnic cleansing", ("ASSAULT", None, "religion_ethnicity")),
    ("204", -10.0, "Use weapons of mass destruction", ("ASSAULT", "unconventional", "cbrn")),
    ("2041", -10.0, "Use chemical or biological weapons", ("ASSAULT", "unconventional", "cbrn")),
    ("2042", -10.0, "Set off a nuclear weapon", ("ASSAULT", "unconventional", "cbrn")),
)

CAMEO_CODES: dict[str, CameoCode] = {
    code: CameoCode(code=code, name=name, goldstein=score) for code, score, name, _ in _ROWS
}

_TO_PLOVER: dict[str, _Plover] = {code: plover for code, _, _, plover in _ROWS}

# Codes where our category differs from the 2021 CAMEO-to-PLOVER table, and why.
_PLOVER_DEPARTURES: dict[str, str] = {
    "055": "the codebook codes apologies and regret as CONCEDE, not SUPPORT",
    "0813": "the codebook names lifting a curfew as a verbal concession (CONCEDE)",
    "0814": "ending emergency rule is the same kind of concession as lifting a curfew",
    "0871": "the codebook codes declared (not implemented) ceasefires as CONCEDE",
    "116": "the codebook codes court findings of guilt as SANCTION convict",
    "163": "the codebook codes international sanctions as SANCTION discontinue",
}


def _is_code(code: str) -> bool:
    return code.isascii() and code.isdigit() and 2 <= len(code) <= 4


def quad_class_of_cameo(code: str) -> int:
    """CAMEO quad class from the root: 01-05 -> 1, 06-08 -> 2, 09-14 -> 3, 15-20 -> 4."""
    cleaned = code.strip()
    if not _is_code(cleaned) or not 1 <= int(cleaned[:2]) <= 20:
        raise ValueError(f"not a CAMEO event code: {code!r}; expected 2-4 digits with root 01-20")
    root = int(cleaned[:2])
    if root <= 5:
        return 1
    if root <= 8:
        return 2
    if root <= 14:
        return 3
    return 4


def _longest_known(code: str) -> str | None:
    cleaned = code.strip()
    if not _is_code(cleaned):
        return None
    for end in range(len(cleaned), 1, -1):
        if cleaned[:end] in CAMEO_CODES:
            return cleaned[:end]
    return None


def goldstein(code: str) -> float | None:
    """Goldstein score of a code, else of its longest known prefix; None if none is known."""
    known = _longest_known(code)
    return CAMEO_CODES[known].goldstein if known is not None else None


def cameo_to_plover(code: str) -> tuple[str, str | None, str | None]:
    """Translate a CAMEO code (or its longest known prefix) to (category, mode, context).

    Raises ValueError for codes we do not know and for the CAMEO types PLOVER dropped.
    """
    known = _longest_known(code)
    if known is None:
        raise ValueError(f"unknown CAMEO event code: {code!r}")
    plover = _TO_PLOVER[known]
    if plover is None:
        name = CAMEO_CODES[known].name.lower()
        raise ValueError(f"CAMEO code {code!r} ({name}) has no PLOVER counterpart")
    return plover
