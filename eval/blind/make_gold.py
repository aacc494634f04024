"""Writes gold.jsonl beside this file: the blind set's annotations
(DATASHEET.md). Run: python3 make_gold.py"""

import json
from pathlib import Path

R = []


def E(
    doc,
    typ,
    src=None,
    tgt=None,
    date=None,
    mode=None,
    status=None,
    alt=None,
    sym=False,
    inv=None,
    opt=False,
    loc=None,
):
    r = {"doc": doc, "type": typ}
    if mode:
        r["mode"] = mode
    if src:
        r["source"] = src
    if tgt:
        r["target"] = tgt
    if date:
        r["date"] = date
    if status:
        r["status"] = status
    if alt:
        r["alt"] = alt
    if sym:
        r["symmetric"] = True
    if inv:
        r["involves"] = inv
    if opt:
        r["optional"] = True
    if loc:
        r["location"] = loc
    R.append(r)


def M(doc, member, org, mode, date=None, status=None, opt=False):
    r = {"doc": doc, "kind": "membership", "member": member, "organization": org, "mode": mode}
    if date:
        r["date"] = date
    if status:
        r["status"] = status
    if opt:
        r["optional"] = True
    R.append(r)


def F(doc, metric, actors, value, unit, period=None):
    r = {
        "doc": doc,
        "kind": "figure",
        "metric": metric,
        "actors": actors,
        "value": float(value),
        "unit": unit,
    }
    if period:
        r["period"] = period
    R.append(r)


# ---- B01 Niger coup, ECOWAS summit (published 2023-07-31, Monday)
d = "B01"
E(d, "CONSULT", date=["2023-07-30"], mode="multilateral", inv=["ECOWAS"], loc="NGA")
E(d, "SANCTION", ["ECOWAS"], ["NER"], ["2023-07-30"], mode="discontinue")
E(d, "REQUEST", ["ECOWAS"], ["NER"], ["2023-07-30"], mode="change")
E(d, "THREATEN", ["ECOWAS"], ["NER"], ["2023-07-30"], mode="violence")
E(d, "COERCE", ["NER"], ["NER"], ["2023-07-26"], mode="arrest")
E(d, "PROTEST", ["NER"], ["FRA"], ["2023-07-30"], mode="riot", loc="NER")
E(d, "ASSAULT", ["NER"], ["NER"], ["2023-07-30"], mode="crowd-control", alt=["COERCE"], opt=True, loc="NER")
E(d, "SANCTION", ["FRA"], ["NER"], ["2023-07-29"], mode="discontinue")
E(d, "AID", ["FRA"], ["NER"], ["2022"])
E(d, "SANCTION", ["EU"], ["NER"], ["2023-07-29"], mode="discontinue")
E(d, "AGREE", ["EU"], ["NER"], alt=["AID"], status="any", opt=True)
E(d, "REQUEST", ["AU"], ["NER"], ["2023-07-28"], mode="change")
E(d, "ACCUSE", ["NER"], ["FRA"], ["2023-07-31"], mode="allege")
E(d, "THREATEN", ["MLI", "BFA"], ["ECOWAS"], ["2023-07-31"], mode="violence")
E(d, "REJECT", ["MLI", "BFA"], ["ECOWAS"], ["2023-07-31"])
E(d, "ACCUSE", ["MLI", "BFA"], ["ECOWAS"], ["2023-07-31"], mode="disapprove", opt=True)
E(d, "RETREAT", ["FRA"], None, ["2022"], mode="withdraw", loc="MLI")
F(d, "aid", ["FRA", "NER"], 120000000, "EUR", "2022")
F(d, "aid", ["EU", "NER"], 503000000, "EUR", "2021")

# ---- B02 AES leave ECOWAS (published 2024-01-29, Monday)
d = "B02"
for c in ["MLI", "BFA", "NER"]:
    M(d, c, "ECOWAS", "leave", ["2024-01-28"], status="any")
E(d, "SANCTION", ["MLI", "BFA", "NER"], ["ECOWAS"], ["2024-01-28"], mode="withdraw", alt=["REJECT"])
E(d, "ACCUSE", ["MLI", "BFA", "NER"], ["ECOWAS"], ["2024-01-28"], mode="disapprove")
E(d, "AGREE", ["ECOWAS"], ["MLI", "BFA", "NER"], ["2024-01-28"], status="any", alt=["CONSULT"])
M(d, "MLI", "ECOWAS", "suspend", ["2021"])
M(d, "BFA", "ECOWAS", "suspend", ["2022"])
M(d, "NER", "ECOWAS", "suspend", ["2023"])
E(d, "SANCTION", ["ECOWAS"], ["MLI"], ["2021"], mode="expel", opt=True)
E(d, "SANCTION", ["ECOWAS"], ["BFA"], ["2022"], mode="expel", opt=True)
E(d, "SANCTION", ["ECOWAS"], ["NER"], ["2023"], mode="expel", opt=True)
E(d, "SANCTION", ["ECOWAS"], ["NER"], ["2023-07"], mode="discontinue")
E(d, "SANCTION", ["ECOWAS"], ["MLI", "BFA", "NER"], mode="discontinue", opt=True)
E(
    d,
    "SUPPORT",
    ["MLI", "BFA", "NER"],
    ["MLI", "BFA", "NER"],
    ["2023-09"],
    sym=True,
    alt=["AGREE", "COOPERATE"],
)
for c in ["MLI", "BFA", "NER"]:
    M(d, c, "AES", "join", ["2023-09"], opt=True)
E(d, "AID", ["RUS"], ["BFA"], ["2024-01"], alt=["COOPERATE", "MOBILIZE"])
E(d, "RETREAT", ["FRA"], None, ["2023-12"], mode="withdraw", loc="NER")
E(d, "SUPPORT", ["MLI", "BFA", "NER"], ["RUS"], opt=True)
E(d, "SANCTION", ["MLI"], ["GRP:CMA"], ["2024-01-25"], mode="withdraw", alt=["REJECT"])
E(d, "ACCUSE", ["MLI"], ["DZA"], ["2024-01-25"], mode="allege")
E(d, "SUPPORT", ["MLI", "GRP:CMA"], ["MLI", "GRP:CMA"], ["2015"], sym=True, opt=True)

# ---- B03 Saudi-Iran Beijing deal (published 2023-03-10, Friday)
d = "B03"
E(
    d,
    "CONSULT",
    date=["2023-03-06", "2023-03-07", "2023-03-08", "2023-03-09", "2023-03-10", "2023-03"],
    mode="third-party",
    inv=["SAU", "IRN", "CHN"],
    loc="CHN",
)
E(d, "SUPPORT", date=["2023-03-10"], inv=["SAU", "IRN", "CHN"], alt=["AGREE", "COOPERATE"])
E(d, "AGREE", ["SAU", "IRN"], ["SAU", "IRN"], ["2023-03-10"], sym=True, status="any", alt=["SUPPORT"])
E(
    d,
    "AGREE",
    ["SAU", "IRN"],
    ["SAU", "IRN"],
    ["2023-03-10"],
    sym=True,
    status="any",
    alt=["COOPERATE", "SUPPORT"],
)
E(d, "AGREE", ["SAU", "IRN"], ["SAU", "IRN"], ["2023-03-10"], sym=True, status="any", alt=["CONSULT"])
E(d, "SUPPORT", ["SAU", "IRN"], ["SAU", "IRN"], ["2001"], sym=True, opt=True, alt=["COOPERATE"])
E(d, "AGREE", ["CHN"], None, ["2023-03-10"], status="any", opt=True)
E(d, "SANCTION", ["SAU"], ["IRN"], ["2016-01"], mode="discontinue")
E(d, "PROTEST", ["IRN"], ["SAU"], ["2016-01", "2016"], mode="riot", alt=["ASSAULT"], loc="IRN")
E(d, "ASSAULT", ["SAU"], ["SAU"], mode="targeted", opt=True)
E(d, "CONSULT", date=["2021", "2022"], mode="third-party", inv=["SAU", "IRN", "IRQ", "OMN"])
E(d, "SUPPORT", ["USA"], ["SAU", "IRN"], ["2023-03-10"])
E(d, "SUPPORT", ["UN"], ["SAU", "IRN"], ["2023-03-10"])
E(d, "SUPPORT", ["UN"], ["CHN"], ["2023-03-10"], opt=True)

# ---- B04 US/UK strikes on Houthis (published 2024-01-12, Friday)
d = "B04"
E(d, "ASSAULT", ["USA", "GBR"], ["GRP:HOUTHIS"], ["2024-01-12"], mode="aerial", loc="YEM")
E(d, "COOPERATE", ["AUS", "BHR", "CAN", "NLD"], ["USA", "GBR"], ["2024-01-12"], alt=["SUPPORT"], opt=True)
E(d, "THREATEN", ["USA"], ["GRP:HOUTHIS"], ["2024-01-12"], mode="violence")
E(d, "ACCUSE", ["USA"], ["GRP:HOUTHIS"], ["2024-01-12"], mode="disapprove", opt=True)
E(d, "THREATEN", ["GRP:HOUTHIS"], ["USA", "GBR"], ["2024-01-12"], mode="violence")
E(d, "ACCUSE", ["GRP:HOUTHIS"], ["USA", "GBR"], ["2024-01-12"], mode="disapprove", opt=True)
E(d, "ASSAULT", ["GRP:HOUTHIS"], None, ["2023-11"], mode="drone")
E(d, "ASSAULT", ["GRP:HOUTHIS"], None, ["2023-11-19"], mode="abduct", alt=["COERCE"])
E(d, "MOBILIZE", ["USA"], None, ["2023-12"], mode="weapons", alt=["COOPERATE"])
E(d, "REQUEST", ["UNSC"], ["GRP:HOUTHIS"], ["2024-01-10"], mode="yield", alt=["SUPPORT"])
E(d, "REQUEST", ["RUS"], ["UNSC"], ["2024-01-12"], mode="meet")
E(d, "ACCUSE", ["RUS"], ["USA", "GBR"], ["2024-01-12"], mode="disapprove")
E(d, "ACCUSE", ["IRN"], ["USA", "GBR"], ["2024-01-12"], mode="disapprove")
E(d, "REQUEST", ["SAU"], None, ["2024-01-12", "2024-01"])
E(d, "CONSULT", ["SAU", "GRP:HOUTHIS"], ["SAU", "GRP:HOUTHIS"], sym=True, opt=True)

# ---- B05 Russia quits grain deal (published 2023-07-17, Monday)
d = "B05"
E(d, "SANCTION", ["RUS"], ["UKR", "TUR", "UN"], ["2023-07-17"], mode="withdraw", alt=["REJECT"])
E(d, "REQUEST", ["RUS"], None, ["2023-07-17"], mode="yield")
E(d, "AGREE", ["RUS"], None, ["2023-07-17"], status="hypothetical", opt=True)
E(d, "ASSAULT", ["UKR"], ["RUS"], ["2023-07-17"], mode="drone", status="any")
E(d, "ACCUSE", ["RUS"], ["UKR"], ["2023-07-17"], mode="allege")
E(d, "THREATEN", ["RUS"], ["UKR"], ["2023-07-17"], mode="violence")
E(d, "ACCUSE", ["UN"], ["RUS"], ["2023-07-17"], mode="disapprove")
E(d, "AGREE", ["UN"], None, ["2023-07-17"], status="any", opt=True)
E(d, "AGREE", ["TUR"], ["RUS"], ["2023-07-17"], status="any", alt=["CONSULT"])
E(d, "SUPPORT", date=["2022-07"], inv=["RUS", "UKR", "TUR", "UN"], alt=["AGREE"], loc="TUR")
E(d, "ACCUSE", ["RUS"], None, mode="disapprove", opt=True)

# ---- B06 Finland joins NATO (published 2023-04-04, Tuesday)
d = "B06"
M(d, "FIN", "NATO", "join", ["2023-04-04"])
M(d, "FIN", "NATO", "apply", ["2022-05"])
M(d, "SWE", "NATO", "apply", ["2022-05"])
E(d, "CONSULT", date=["2023-04-04"], mode="multilateral", inv=["NATO"], loc="BEL")
E(d, "SUPPORT", ["FIN"], ["NATO", "USA"], ["2023-04-04"], opt=True, alt=["CONSULT"])
E(d, "SUPPORT", ["NATO"], ["FIN"], ["2023-04-04"], opt=True)
E(d, "SUPPORT", ["TUR"], ["FIN"], ["2023-03-30"])
E(d, "REJECT", ["TUR"], ["SWE"], status="any")
E(d, "REJECT", ["HUN"], ["SWE"], status="any")
E(d, "ACCUSE", ["TUR"], ["SWE"], mode="allege")
E(d, "THREATEN", ["RUS"], ["FIN", "NATO"], ["2023-04-04"])
E(d, "ACCUSE", ["RUS"], ["NATO", "FIN"], ["2023-04-04"], mode="disapprove")
E(d, "THREATEN", ["RUS"], ["FIN", "NATO"], ["2023-04-04"], alt=["MOBILIZE"], opt=True)
E(d, "ASSAULT", ["RUS"], ["UKR"], ["2022"], opt=True)

# ---- B07 Armenia-Azerbaijan at White House (published 2025-08-09, Saturday)
d = "B07"
E(d, "CONSULT", ["ARM", "AZE"], ["USA"], ["2025-08-08"], mode="visit", loc="USA")
E(d, "SUPPORT", date=["2025-08-08"], inv=["ARM", "AZE", "USA"], alt=["AGREE"])
E(d, "SUPPORT", ["ARM", "AZE"], ["ARM", "AZE"], ["2025-08-08"], sym=True, alt=["AGREE"])
E(d, "AGREE", ["ARM", "AZE"], ["ARM", "AZE"], ["2025-03"], sym=True, status="any", alt=["SUPPORT"])
E(d, "AGREE", ["ARM"], ["USA"], ["2025-08-08"], status="any", alt=["COOPERATE", "SUPPORT", "CONCEDE"])
E(d, "SUPPORT", ["USA"], ["ARM"], ["2025-08-08"], sym=True, alt=["COOPERATE", "AGREE"])
E(d, "SUPPORT", ["USA"], ["AZE"], ["2025-08-08"], sym=True, alt=["COOPERATE", "AGREE"])
E(d, "CONCEDE", ["USA"], ["AZE"], ["2025-08-08"], alt=["SUPPORT", "COOPERATE"])
E(d, "SANCTION", ["USA"], ["AZE"], ["1992"], mode="discontinue", opt=True)
E(d, "REQUEST", ["ARM", "AZE"], ["OSCE"], ["2025-08-08"], mode="change")
E(d, "AGREE", ["ARM", "AZE"], ["USA"], ["2025-08-08"], status="any", alt=["SUPPORT"])
E(d, "REQUEST", ["AZE"], ["ARM"], mode="change", status="any", alt=["REJECT"])
E(d, "ASSAULT", ["AZE"], None, ["2023-09"], loc="AZE")
E(d, "SANCTION", ["AZE"], None, ["2023-09"], mode="expel", opt=True)
E(d, "RETREAT", ["ARM", "AZE"], ["ARM", "AZE"], ["2023-12"], mode="release", sym=True)
E(d, "RETREAT", ["RUS"], None, ["2024"], mode="withdraw", loc="AZE")
E(d, "THREATEN", ["IRN"], ["USA", "ARM", "AZE"], ["2025-08-09"], mode="restrict")
E(d, "CONSULT", date=None, mode="third-party", inv=["OSCE", "ARM", "AZE"], opt=True)

# ---- B08 Kyrgyz-Tajik border treaty (published 2025-03-13, Thursday)
d = "B08"
E(d, "CONSULT", ["TJK"], ["KGZ"], ["2025-03-13"], mode="visit", loc="KGZ")
E(d, "SUPPORT", ["KGZ", "TJK"], ["KGZ", "TJK"], ["2025-03-13"], sym=True, alt=["AGREE"])
E(
    d,
    "AGREE",
    ["KGZ", "TJK"],
    ["KGZ", "TJK"],
    ["2025-03-13"],
    sym=True,
    status="any",
    alt=["COOPERATE", "CONCEDE"],
)
E(d, "ASSAULT", ["KGZ", "TJK"], ["KGZ", "TJK"], ["2022-09"], sym=True)
E(d, "ACCUSE", ["KGZ", "TJK"], ["KGZ", "TJK"], ["2022-09"], sym=True, mode="allege")
E(d, "ASSAULT", ["KGZ", "TJK"], ["KGZ", "TJK"], ["2021-04"], sym=True)
E(d, "CONSULT", ["KGZ", "TJK"], ["KGZ", "TJK"], sym=True, opt=True)
E(d, "SUPPORT", ["UN"], ["KGZ", "TJK"], ["2025-03-13", "2025-03"])
E(d, "CONSULT", date=["2025-03"], inv=["KGZ", "TJK", "UZB"], status="planned", alt=["AGREE"], loc="TJK")

# ---- B09 Pakistan retaliates after Pahalgam (published 2025-04-24, Thursday)
d = "B09"
E(d, "SANCTION", ["PAK"], ["IND"], ["2025-04-24"], mode="discontinue")
E(d, "SANCTION", ["PAK"], ["IND"], ["2025-04-24"], mode="discontinue", opt=True)
E(d, "SANCTION", ["PAK"], ["IND"], ["2025-04-24"], mode="expel")
E(d, "THREATEN", ["PAK"], ["IND"], ["2025-04-24"], mode="violence")
E(d, "THREATEN", ["PAK"], ["IND"], ["2025-04-24"], mode="relations", alt=["SANCTION"], opt=True)
E(d, "REJECT", ["PAK"], ["IND"], ["2025-04-24"])
E(d, "SANCTION", ["IND"], ["PAK"], ["2025-04-23"], mode="withdraw", alt=["REJECT"])
E(d, "SANCTION", ["IND"], ["PAK"], ["2025-04-23"], mode="discontinue", opt=True)
E(d, "SANCTION", ["IND"], ["PAK"], ["2025-04-23"], mode="expel")
E(d, "SANCTION", ["IND"], ["PAK"], ["2025-04-23"], mode="discontinue", alt=["COERCE"], opt=True)
E(d, "ASSAULT", None, ["IND"], ["2025-04-22"], mode="firearms", loc="IND")
E(d, "ACCUSE", ["IND"], ["PAK"], mode="allege")
E(d, "REJECT", ["PAK"], ["IND"], alt=["ACCUSE"])
E(d, "THREATEN", ["IND"], None, ["2025-04-24"], mode="violence")
E(d, "ACCUSE", ["USA"], None, ["2025-04-22", "2025-04"], mode="disapprove")
E(d, "SUPPORT", ["USA"], ["IND"], ["2025-04-22", "2025-04"], opt=True)
E(d, "CONSULT", ["USA"], ["IND"], ["2025-04"], mode="visit", opt=True, loc="IND")
E(d, "ASSAULT", ["IND", "PAK"], ["IND", "PAK"], sym=True, opt=True)

# ---- B10 Seoul summons Russian envoy (published 2024-06-21, Friday)
d = "B10"
E(d, "ACCUSE", ["KOR"], ["RUS"], ["2024-06-21"], mode="disapprove")
E(d, "REQUEST", ["KOR"], ["RUS"], ["2024-06-21"], mode="change")
E(d, "REJECT", ["RUS"], ["KOR"], ["2024-06-21"], alt=["ACCUSE"])
E(d, "CONSULT", ["RUS"], ["PRK"], ["2024-06-19"], mode="visit", loc="PRK")
E(d, "SUPPORT", ["RUS", "PRK"], ["RUS", "PRK"], ["2024-06-19"], sym=True, alt=["AGREE", "COOPERATE"])
E(
    d,
    "AGREE",
    ["RUS", "PRK"],
    ["RUS", "PRK"],
    ["2024-06-19"],
    sym=True,
    status="any",
    alt=["SUPPORT"],
    opt=True,
)
E(
    d,
    "AGREE",
    ["RUS", "PRK"],
    ["RUS", "PRK"],
    ["2024-06-19"],
    sym=True,
    status="any",
    alt=["COOPERATE", "SUPPORT"],
)
E(d, "THREATEN", ["KOR"], ["RUS"], ["2024-06-20"])
E(d, "CONSULT", ["RUS"], ["VNM"], ["2024-06-20", "2024-06-19"], mode="visit", loc="VNM")
E(d, "THREATEN", ["RUS"], ["KOR"], ["2024-06-20"])
E(d, "AGREE", ["RUS"], ["PRK"], ["2024-06-20"], status="any", alt=["COOPERATE"])
E(d, "ACCUSE", ["JPN"], ["RUS", "PRK"], ["2024-06"], mode="disapprove")
E(d, "ACCUSE", ["USA", "KOR"], ["PRK", "RUS"], mode="allege")
E(d, "REJECT", ["PRK", "RUS"], ["USA", "KOR"], alt=["ACCUSE"], opt=True)
E(d, "AID", ["PRK"], ["RUS"], status="any", opt=True)
E(d, "CONSULT", ["PRK"], ["RUS"], ["2023-09"], mode="visit", loc="RUS")

# ---- B11 Venezuela-Guyana Argyle talks (published 2023-12-14, Thursday)
d = "B11"
E(d, "CONSULT", date=["2023-12-14"], mode="third-party", inv=["VEN", "GUY", "VCT", "BRA", "CELAC"], loc="VCT")
E(d, "SUPPORT", ["VEN", "GUY"], ["VEN", "GUY"], ["2023-12-14"], sym=True, alt=["AGREE"])
E(
    d,
    "AGREE",
    ["VEN", "GUY"],
    ["VEN", "GUY"],
    ["2023-12-14"],
    sym=True,
    status="any",
    alt=["SUPPORT", "CONCEDE"],
)
E(d, "AGREE", ["VEN", "GUY"], ["VEN", "GUY"], ["2023-12-14"], sym=True, status="any", alt=["CONSULT"])
E(d, "REJECT", ["VEN"], ["ICJ"], status="any")
E(d, "REJECT", ["GUY"], ["VEN"], ["2023-12-14"], mode="meet")
E(d, "THREATEN", ["VEN"], ["GUY"], ["2023-12-03"], mode="territory", opt=True)
E(d, "THREATEN", ["VEN"], ["GUY"], ["2023-12-05"], mode="territory", alt=["COERCE", "SANCTION"])
E(d, "ACCUSE", ["GUY"], ["VEN"], ["2023-12"], mode="disapprove")
E(d, "REQUEST", ["ICJ"], ["VEN"], ["2023-12-01"], alt=["SANCTION"])
E(d, "COOPERATE", ["USA", "GUY"], ["USA", "GUY"], ["2023-12-07"], sym=True)
E(d, "MOBILIZE", ["BRA"], None, ["2023-12"], mode="troops")

# ---- B12 Venezuela frees Americans; Colombia row (published 2025-02-01, Saturday)
d = "B12"
E(d, "RETREAT", ["VEN"], ["USA"], ["2025-01-31"], mode="release")
E(d, "CONSULT", ["USA"], ["VEN"], ["2025-01-31"], mode="visit", loc="VEN")
E(d, "CONCEDE", ["VEN"], ["USA"], ["2025-01-31"], status="any", alt=["AGREE"])
E(d, "REJECT", ["USA"], ["VEN"], status="any", alt=["ACCUSE"])
E(d, "ACCUSE", ["USA"], ["VEN"], mode="allege", opt=True)
E(d, "AGREE", ["VEN"], ["USA"], status="any", alt=["SUPPORT"], opt=True)
E(d, "REJECT", ["COL"], ["USA"], ["2025-01-26"])
E(d, "ACCUSE", ["COL"], ["USA"], ["2025-01-26"], mode="disapprove", opt=True)
E(d, "SANCTION", ["USA"], ["COL"], ["2025-01-26"], mode="discontinue", alt=["THREATEN"])
E(d, "THREATEN", ["USA"], ["COL"], ["2025-01-26"], mode="restrict", alt=["SANCTION"])
E(d, "THREATEN", ["COL"], ["USA"], ["2025-01-26"], mode="restrict", alt=["SANCTION"])
E(d, "CONCEDE", ["COL"], ["USA"], ["2025-01-26"], alt=["AGREE"])
E(d, "AGREE", ["COL"], ["USA"], ["2025-01-26", "2025-01"], status="any", alt=["AID"])
E(d, "ACCUSE", ["BRA"], ["USA"], ["2025-01-25"], mode="disapprove")
E(d, "COERCE", ["USA"], ["BRA"], mode="deport", opt=True)
E(d, "COERCE", ["VEN"], ["USA"], mode="arrest", opt=True)

# ---- B13 PNG landslide (published 2024-05-28, Tuesday)
d = "B13"
E(d, "REQUEST", ["PNG"], ["UN"], ["2024-05-26"], mode="assist")
E(d, "AID", ["AUS"], ["PNG"], ["2024-05"], status="any", alt=["AGREE"])
E(d, "AGREE", ["AUS"], ["PNG"], ["2024-05"], status="any", alt=["AID"])
E(d, "AID", ["PNG"], None, ["2024-05"], alt=["MOBILIZE"], opt=True)
E(d, "SUPPORT", ["PNG"], ["AUS"], ["2024-05"])
E(d, "SUPPORT", ["AUS", "PNG"], ["AUS", "PNG"], ["2023-12"], sym=True, alt=["AGREE", "COOPERATE"], loc="AUS")
E(d, "CONSULT", ["PNG"], ["AUS"], ["2024-02"], mode="visit", loc="AUS")
F(d, "aid", ["AUS", "PNG"], 2500000, "AUD", "2024")

# ---- B14 New Caledonia unrest (published 2024-05-17, Friday)
d = "B14"
E(
    d,
    "MOBILIZE",
    ["FRA"],
    ["NCL"],
    ["2024-05-15", "2024-05-16", "2024-05-17", "2024-05"],
    mode="troops",
    loc="NCL",
)
E(d, "COERCE", ["FRA"], ["NCL"], ["2024-05-15", "2024-05-16"], mode="martial-law")
E(d, "COERCE", ["FRA"], ["NCL"], ["2024-05-15", "2024-05-16", "2024-05"], mode="censor")
E(d, "ASSAULT", None, None, ["2024-05"], opt=True, loc="NCL")
E(d, "PROTEST", ["NCL"], ["FRA"], ["2024-05-13", "2024-05-14", "2024-05"], mode="riot", loc="NCL")
E(d, "COERCE", ["FRA"], ["NCL"], ["2024-05"], mode="arrest")
E(d, "ACCUSE", ["FRA"], ["AZE"], ["2024-05"], mode="allege")
E(d, "REJECT", ["AZE"], ["FRA"], ["2024-05"], alt=["ACCUSE"])
E(d, "ACCUSE", ["NCL"], ["FRA"], mode="disapprove", opt=True)
E(d, "REQUEST", ["FRA"], ["NCL"], ["2024-05"], mode="yield", opt=True)
E(d, "AGREE", ["FRA"], ["NCL"], ["2024-05"], status="any", alt=["CONSULT"])
E(d, "PROTEST", ["NCL"], ["FRA"], ["2021"], mode="boycott")

with open(Path(__file__).with_name("gold.jsonl"), "w") as f:
    for r in R:
        f.write(json.dumps(r) + "\n")
print(len(R))
