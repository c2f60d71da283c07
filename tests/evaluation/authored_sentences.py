"""Sentences written for these tests (never taken from a gold file), one or more per way news
writes each PLOVER category: verbal, nominal and phrasal triggers, reported and direct."""

from __future__ import annotations

# (sentence, expected category, expected mode or None when any mode is acceptable)
AUTHORED: list[tuple[str, str, str | None]] = [
    # AGREE
    ("The two presidents will sign a trade agreement in Lima on Tuesday.", "AGREE", None),
    ("The rebels agreed to release all foreign hostages by the end of the month.", "CONCEDE", None),
    ("Norway offered to host peace talks between the government and the guerrillas.", "AGREE", None),
    ("The finance minister promised to restore fuel subsidies next year.", "AGREE", None),
    ("Kenya said it was ready to reopen its border with Somalia.", "CONCEDE", None),
    # CONSULT
    ("The Turkish foreign minister met his Greek counterpart in Athens on Friday.", "CONSULT", None),
    ("Chinese President Xi Jinping arrived in Moscow for a three-day state visit.", "CONSULT", "visit"),
    ("Qatar is mediating between Hamas and Israel over a prisoner exchange.", "CONSULT", "third-party"),
    ("Officials from both countries held talks in Geneva on the water dispute.", "CONSULT", None),
    ("The German chancellor spoke by telephone with the French president.", "CONSULT", None),
    # SUPPORT
    ("The European Union praised Tunisia for holding peaceful elections.", "SUPPORT", None),
    ("Egypt welcomed the ceasefire agreement between the two Sudanese factions.", "SUPPORT", None),
    ("Brazil voiced support for Argentina's claim to the islands.", "SUPPORT", None),
    ("The African Union endorsed the transitional government of Mali.", "SUPPORT", None),
    # CONCEDE
    ("The government lifted the curfew in the capital after a week of calm.", "CONCEDE", None),
    ("The president apologized to the families of the victims.", "CONCEDE", None),
    ("Facing mass protests, the cabinet backed down on the fuel tax increase.", "CONCEDE", None),
    ("The junta pardoned forty political prisoners on Independence Day.", "CONCEDE", None),
    # COOPERATE
    (
        "Japan and Australia agreed last year to share intelligence, and on Monday they began joint naval exercises.",
        "COOPERATE",
        None,
    ),
    ("Colombia extradited a drug trafficker to the United States.", "COOPERATE", None),
    ("Police in Spain and France are cooperating closely in the investigation.", "COOPERATE", None),
    # AID
    ("The World Food Programme delivered food aid to displaced families in Yemen.", "AID", None),
    ("Germany provided 50 million euros in humanitarian assistance to Ukraine.", "AID", None),
    ("The United States sent weapons to the Kurdish fighters.", "AID", None),
    ("Saudi Arabia granted Pakistan a loan of three billion dollars.", "AID", None),
    # RETREAT
    ("Russian troops withdrew from the city of Kherson.", "RETREAT", "withdraw"),
    ("The militia released twelve aid workers it had held for a month.", "RETREAT", "release"),
    ("The defence minister resigned over the procurement scandal.", "RETREAT", "resign"),
    ("The rebel commander and two hundred fighters laid down their weapons.", "RETREAT", "disarm"),
    # REQUEST
    ("The United Nations urged both sides to stop the fighting.", "REQUEST", None),
    ("Opposition leaders demanded the resignation of the prime minister.", "REQUEST", "change"),
    ("Lebanon appealed for international aid after the explosion.", "REQUEST", "assist"),
    ("Pakistan called on India to resume the dialogue.", "REQUEST", None),
    # ACCUSE
    ("Ukraine accused Russia of shelling civilian areas.", "ACCUSE", "allege"),
    ("Amnesty International condemned the execution of the three activists.", "ACCUSE", "disapprove"),
    ("Prosecutors opened an investigation into the minister's finances.", "ACCUSE", "investigate"),
    ("The foreign ministry criticized the visit of the Taiwanese delegation.", "ACCUSE", "disapprove"),
    # REJECT
    ("Iran rejected the proposal for direct talks with Washington.", "REJECT", None),
    ("The parliament refused to approve the budget for a second time.", "REJECT", None),
    ("Moscow dismissed the allegations as baseless.", "REJECT", None),
    ("The governor vetoed the bill passed by the state assembly.", "REJECT", None),
    # THREATEN
    ("North Korea threatened to launch a nuclear strike against its neighbours.", "THREATEN", "violence"),
    ("The European Union warned Belarus of new sanctions.", "THREATEN", None),
    ("China said it would impose tariffs on American goods if the measures were not withdrawn.", "THREATEN", None),
    ("The militants vowed to attack government buildings in the capital.", "THREATEN", "violence"),
    # PROTEST
    ("Thousands of students rallied in Santiago against the education reform.", "PROTEST", "demo"),
    ("Dock workers went on strike in Rotterdam over pay.", "PROTEST", "strike"),
    ("Prisoners at the jail began a hunger strike to protest their conditions.", "PROTEST", "hunger"),
    ("Farmers blocked the main highway with tractors.", "PROTEST", "obstruct"),
    # SANCTION
    ("The United States imposed sanctions on three Iranian banks.", "SANCTION", None),
    ("Morocco recalled its ambassador from Algeria.", "SANCTION", None),
    ("The World Bank suspended aid to the country after the coup.", "SANCTION", None),
    ("Lithuania expelled two Russian diplomats.", "SANCTION", "expel"),
    # MOBILIZE
    ("Russia deployed thousands of troops to its border with Finland.", "MOBILIZE", "troops"),
    ("The army mobilized its reserves ahead of the expected offensive.", "MOBILIZE", None),
    ("North Korea test-fired a ballistic missile into the sea.", "MOBILIZE", None),
    # COERCE
    ("Police arrested fifteen opposition activists in Minsk.", "COERCE", "arrest"),
    ("Authorities in Tehran banned the reformist newspaper.", "COERCE", "restrict"),
    ("The army imposed a curfew on the town after the riots.", "COERCE", "curfew"),
    ("Customs officers seized a shipment of weapons at the port.", "COERCE", "seize"),
    # ASSAULT
    ("Militants attacked a police station in northern Nigeria, killing six officers.", "ASSAULT", None),
    ("Israeli warplanes struck targets in southern Lebanon.", "ASSAULT", None),
    ("A suicide bomber blew himself up at a checkpoint in Kabul.", "ASSAULT", "suicide-attack"),
    ("Gunmen kidnapped two engineers working on the pipeline.", "ASSAULT", "abduct"),
    ("Government artillery shelled rebel positions near the city.", "ASSAULT", "heavy-weapons"),
]

# Harder wire-service phrasing: passives, nominalisations, reported speech, titles, adjuncts.
AUTHORED += [
    (
        "A ceasefire between the army and the separatists was signed in Addis Ababa on Thursday, state radio reported.",
        "AGREE",
        None,
    ),
    (
        "Venezuela's foreign minister said on Sunday his government was willing to resume negotiations with the "
        "opposition.",
        "AGREE",
        None,
    ),
    (
        "Indonesian President Joko Widodo will travel to Canberra next week for talks with the Australian prime "
        "minister, his office said.",
        "AGREE",
        None,
    ),
    ("The Vatican's envoy held a meeting with rebel leaders in the jungle on Wednesday.", "CONSULT", None),
    (
        "Hungary's prime minister expressed his full support for the Serbian government's position on Kosovo.",
        "SUPPORT",
        None,
    ),
    ("The Arab League backed Jordan's bid to host the regional security conference.", "SUPPORT", None),
    ("Under heavy pressure from donors, the government dropped its demand for a new constitution.", "CONCEDE", None),
    (
        "Authorities eased restrictions on foreign journalists in the northern province, a spokesman said.",
        "CONCEDE",
        None,
    ),
    (
        "Turkish and Azerbaijani special forces began a joint military exercise near the border on Monday.",
        "COOPERATE",
        None,
    ),
    ("Hundreds of tonnes of medical supplies were delivered to the besieged town by the Red Cross.", "AID", None),
    ("Japan will give Vietnam two patrol boats to help its coast guard, the embassy said on Friday.", "AGREE", None),
    ("The last Belgian soldiers left Kigali on Saturday, ending a four-year peacekeeping mission.", "RETREAT", None),
    (
        "Prime Minister Lukas Varga announced his resignation on Tuesday after losing a confidence vote.",
        "RETREAT",
        "resign",
    ),
    (
        "The Philippine government on Monday called on Communist rebels to return to the negotiating table.",
        "REQUEST",
        "meet",
    ),
    ("Human rights groups demanded an independent inquiry into the deaths of the protesters.", "REQUEST", "change"),
    (
        "Greece has asked the European Union for emergency financial assistance, the finance ministry said.",
        "REQUEST",
        "assist",
    ),
    ("Serbia's president accused Croatia of interfering in its internal affairs.", "ACCUSE", "allege"),
    (
        "The U.N. human rights office on Friday strongly condemned the bombing of a hospital in Idlib.",
        "ACCUSE",
        "disapprove",
    ),
    (
        "An investigation has been launched into the police shooting of a teenager in the capital, officials said.",
        "ACCUSE",
        "investigate",
    ),
    ("Tehran has rejected a French offer to mediate the dispute over its nuclear programme.", "REJECT", None),
    ("The Ethiopian government turned down a request by aid agencies to enter the region.", "REJECT", None),
    ("Rebel leaders refused to attend the peace conference in Nairobi.", "REJECT", None),
    ("The junta threatened to expel foreign journalists who report on the protests.", "THREATEN", None),
    (
        "Israel's defence minister warned Hezbollah that any attack would be met with a devastating response.",
        "THREATEN",
        None,
    ),
    (
        "Riot police fired tear gas at thousands of demonstrators demanding the release of political prisoners.",
        "ASSAULT",
        None,
    ),
    (
        "Tens of thousands of people marched through Paris on Saturday to protest against the pension reform.",
        "PROTEST",
        "demo",
    ),
    ("Teachers across the country walked out of classrooms on Monday in a dispute over wages.", "PROTEST", "strike"),
    ("Angry youths torched cars and looted shops in the suburbs for a third night.", "PROTEST", "riot"),
    ("The Security Council voted on Friday to impose an arms embargo on South Sudan.", "SANCTION", None),
    ("Bahrain cut diplomatic ties with Qatar, accusing it of supporting terrorism.", "SANCTION", None),
    ("A court in Cairo sentenced the former president to 20 years in prison.", "SANCTION", "convict"),
    ("Armenia said Azerbaijan was massing troops and armour along the line of contact.", "MOBILIZE", "troops"),
    ("Thousands of riot police were deployed in the capital ahead of the verdict.", "MOBILIZE", "police"),
    ("Security forces detained dozens of opposition supporters in dawn raids on Tuesday.", "COERCE", "arrest"),
    ("The government shut down the internet across the region during the exams.", "COERCE", None),
    ("Thailand declared a state of emergency in the three southern provinces.", "COERCE", "martial-law"),
    ("Three soldiers were killed when a roadside bomb exploded near their patrol in Helmand.", "ASSAULT", None),
    ("Gunmen opened fire on a minibus carrying pilgrims, killing nine people.", "ASSAULT", "firearms"),
    ("Government helicopters bombed villages held by the rebels, residents said.", "ASSAULT", "aerial"),
]

# Further phrasings of the categories a single sentence rarely names with a core verb.
AUTHORED += [
    (
        "The Dutch foreign minister agreed with his Belgian colleague that the treaty needed no changes.",
        "SUPPORT",
        None,
    ),
    ("Pakistan's prime minister paid a two-day visit to Beijing last week.", "CONSULT", "visit"),
    ("Delegations from the two Koreas sat down for talks at the border village.", "CONSULT", None),
    ("The Saudi king received the Lebanese prime minister at his palace in Riyadh.", "CONSULT", "visit"),
    ("Envoys of the two governments conferred in Vienna on the prisoner issue.", "CONSULT", None),
    ("Cuba put its armed forces on full alert after the incident.", "MOBILIZE", None),
    ("The navy sent three warships to the disputed waters on Sunday.", "MOBILIZE", "weapons"),
    ("Thousands of reservists were called up as tension rose along the frontier.", "MOBILIZE", "troops"),
    ("Rebel forces pulled back from the outskirts of the capital overnight.", "RETREAT", "withdraw"),
    ("The separatists handed over their heavy weapons to international monitors.", "RETREAT", "disarm"),
    ("Government troops evacuated their positions on the hill after heavy fighting.", "RETREAT", None),
    ("The two navies conducted joint patrols in the strait for the first time.", "COOPERATE", None),
    ("Police from the three countries set up a joint task force to fight smuggling.", "COOPERATE", None),
    ("The bank approved a loan of 200 million dollars to Ghana.", "AID", None),
    ("Canada expressed regret over the incident and offered compensation to the families.", "CONCEDE", None),
    # signing or ratifying a treaty is SUPPORT; only a promise to sign is AGREE
    ("Chile and Peru signed a trade agreement in Lima on Tuesday.", "SUPPORT", None),
    ("The parliament ratified the border treaty with its northern neighbour.", "SUPPORT", None),
    # easing sanctions or a military blockade is a RETREAT; easing a curfew is a CONCEDE
    ("The navy lifted its blockade of the rebel-held harbour on Sunday.", "RETREAT", "withdraw"),
    ("Washington eased sanctions on the oil sector after the vote.", "RETREAT", None),
    ("The military governor shortened the overnight curfew by two hours.", "CONCEDE", None),
    # an announced boycott or blockade, or a sworn intent to fight, is a threat
    ("The main opposition party said it would boycott next month's elections.", "THREATEN", "restrict"),
    ("Truck drivers said they would blockade the capital's ring road from Monday.", "THREATEN", "restrict"),
    ("The guerrilla leaders have sworn to fight on until the last soldier leaves.", "THREATEN", None),
    # nominal and phrasal triggers taken from the CAMEO/PLOVER definitions
    (
        "Militias were carrying out ethnic cleansing against the minority in the north, the report said.",
        "ASSAULT",
        None,
    ),
    ("Both armies violated the truce within hours, the monitors said.", "ASSAULT", None),
    ("A former president undertook a peace mission between the two factions.", "CONSULT", "third-party"),
    ("The king gave a warm welcome to the visiting Indian premier.", "CONSULT", "visit"),
    ("Tokyo has strengthened its forces on the southern islands.", "MOBILIZE", "troops"),
    ("Britain is pushing for an international inquiry into the crash.", "REQUEST", None),
    ("The supreme court opened a hearing into the legality of the detentions.", "ACCUSE", "investigate"),
    ("Police shared evidence with their Dutch counterparts about the smuggling ring.", "COOPERATE", None),
    ("Norwegian diplomats ended their mediation efforts between the government and the rebels.", "SANCTION", None),
    ("The government received a team of inspectors from the nuclear agency.", "RETREAT", "access"),
]
