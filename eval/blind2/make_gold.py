# ruff: noqa: E501  (gold records, one per line)
"""Gold annotations for the second blind set (blind2/docs, C01-C14).

Written by a second annotator from the texts only, blind to the extractor's
code; conventions from shared/eval/README.md (PLOVER 2.0 types and modes).
Run: python3 make_gold.py   (writes gold.jsonl beside this file)
"""
import json
from pathlib import Path

G = []


def _l(x):
    return x if isinstance(x, list) else [x]


def ev(doc, type_, source=None, target=None, date=None, **kw):
    rec = {"doc": doc, "type": type_}
    if source is not None:
        rec["source"] = _l(source)
    if target is not None:
        rec["target"] = _l(target)
    if date is not None:
        rec["date"] = _l(date)
    rec.update(kw)
    G.append(rec)


def member(doc, state, org, mode, date=None, **kw):
    rec = {"doc": doc, "kind": "membership", "member": state, "organization": org, "mode": mode}
    if date is not None:
        rec["date"] = _l(date)
    rec.update(kw)
    G.append(rec)


def figure(doc, metric, actors, value, unit, period=None, **kw):
    rec = {"doc": doc, "kind": "figure", "metric": metric, "actors": actors, "value": float(value), "unit": unit}
    if period is not None:
        rec["period"] = period
    rec.update(kw)
    G.append(rec)


# ---------------------------------------------------------------- C01
# DRC-Rwanda peace agreement signed in Washington, Fri 27 Jun 2025.
ev("C01", "SUPPORT", ["COD", "RWA"], ["COD", "RWA"], "2025-06-27", symmetric=True, alt=["AGREE"], location="USA")
ev("C01", "CONSULT", involves=["COD", "RWA", "USA"], date="2025-06-27", mode="third-party", location="USA", optional=True)
ev("C01", "AGREE", ["COD", "RWA"], ["COD", "RWA"], "2025-06-27", symmetric=True, status="any", alt=["COOPERATE", "SUPPORT"])
ev("C01", "CONCEDE", "RWA", "COD", "2025-06-27", status="any", alt=["AGREE", "RETREAT"], optional=True)
ev("C01", "ACCUSE", "RWA", "COD", "2025-06-27", mode="disapprove", optional=True)
ev("C01", "CONSULT", ["COD", "RWA"], "USA", "2025-06-27", mode="visit", location="USA")
ev("C01", "AGREE", "USA", "COD", "2025-06-27", status="any", alt=["COOPERATE"], optional=True)
ev("C01", "ASSAULT", "GRP:M23", "COD", "2025-01", alt=["COERCE"])
ev("C01", "ASSAULT", "GRP:M23", "COD", "2025-02", alt=["COERCE"])
ev("C01", "SANCTION", "COD", "RWA", "2025-01-26", mode="discontinue")
ev("C01", "ACCUSE", "COD", "RWA", "2025-01-26", mode="allege")
ev("C01", "REJECT", "RWA", "COD", alt=["ACCUSE"], optional=True)
ev("C01", "SANCTION", "USA", "RWA", "2025-02-20", mode="discontinue")
ev("C01", "ACCUSE", "USA", "RWA", "2025-02-20", mode="allege", optional=True)
ev("C01", "CONSULT", ["COD", "RWA"], "QAT", "2025-03", mode="third-party", location="QAT")

# ---------------------------------------------------------------- C02
# Ankara Declaration, Ethiopia-Somalia, Wed 11 Dec 2024.
ev("C02", "CONSULT", "ETH", "TUR", "2024-12-11", mode="visit", location="TUR", alt=["SUPPORT"])
ev("C02", "CONSULT", "SOM", "TUR", "2024-12-11", mode="visit", location="TUR", alt=["SUPPORT"])
ev("C02", "CONSULT", ["ETH", "SOM"], ["ETH", "SOM"], "2024-12-11", symmetric=True, mode="third-party", optional=True)
ev("C02", "SUPPORT", ["ETH", "SOM"], ["ETH", "SOM"], "2024-12-11", symmetric=True, alt=["AGREE"])
ev("C02", "AGREE", ["ETH", "SOM"], ["ETH", "SOM"], "2024-12-11", symmetric=True, status="any", alt=["CONSULT"])
ev("C02", "SUPPORT", "SOM", "ETH", "2024-12-11", alt=["CONCEDE", "AGREE"], optional=True)
ev("C02", "SUPPORT", "ETH", date="2024-01-01", alt=["AGREE"])            # MoU with Somaliland (a region of SOM)
ev("C02", "ACCUSE", "SOM", "ETH", "2024-01", mode="disapprove")
ev("C02", "SANCTION", "SOM", "ETH", ["2024-01-02"], mode="withdraw")    # ambassador recalled "the next day"
ev("C02", "REJECT", "SOM", "ETH", alt=["SANCTION"])                      # law voiding the MoU, "then"
ev("C02", "SANCTION", "SOM", "ETH", "2024-04", mode="expel")
ev("C02", "AID", "EGY", "SOM", "2024-08")
ev("C02", "SUPPORT", ["TUR", "SOM"], ["TUR", "SOM"], "2024-02", symmetric=True, alt=["AGREE", "COOPERATE"])
ev("C02", "COOPERATE", "TUR", "SOM", "2024-10", alt=["AID"], symmetric=True)

# ---------------------------------------------------------------- C03
# Gaza ceasefire, first hostages freed, Sun 19 Jan 2025.
ev("C03", "RETREAT", ["ISR", "GRP:HAMAS"], ["ISR", "GRP:HAMAS"], "2025-01-19", symmetric=True, mode="ceasefire", alt=["CONCEDE"])
ev("C03", "RETREAT", "GRP:HAMAS", "ISR", "2025-01-19", mode="release")
ev("C03", "ASSAULT", "ISR", "PSE", "2025-01-19", mode="aerial")
ev("C03", "ACCUSE", "ISR", "GRP:HAMAS", "2025-01-19", mode="allege", optional=True)
ev("C03", "RETREAT", "ISR", "PSE", "2025-01-20", mode="release")
ev("C03", "SUPPORT", ["ISR", "GRP:HAMAS"], ["ISR", "GRP:HAMAS"], "2025-01-15", symmetric=True, alt=["AGREE"])
ev("C03", "CONSULT", involves=["QAT", "EGY", "USA", "ISR", "GRP:HAMAS"], mode="third-party", optional=True)
ev("C03", "SUPPORT", "ISR", date="2025-01-18", alt=["AGREE"])
ev("C03", "RETREAT", "ISR", date="2025-01-19", mode="resign", alt=["SANCTION", "PROTEST"])
ev("C03", "ACCUSE", "ISR", date="2025-01-19", optional=True)            # Ben-Gvir calls the deal surrender
ev("C03", "AID", target="PSE", date="2025-01-19")
ev("C03", "ASSAULT", "GRP:HAMAS", "ISR", "2023-10-07")
ev("C03", "ASSAULT", "GRP:HAMAS", "ISR", "2023-10-07", mode="abduct", optional=True)
ev("C03", "RETREAT", ["ISR", "GRP:HAMAS"], ["ISR", "GRP:HAMAS"], "2023-11", symmetric=True, mode="release", alt=["CONCEDE"], optional=True)
ev("C03", "THREATEN", "ISR", "GRP:HAMAS", "2025-01-18", mode="violence")

# ---------------------------------------------------------------- C04
# Iranian missile strike on Al Udeid, Mon 23 Jun 2025.
ev("C04", "ASSAULT", "IRN", "USA", "2025-06-23", mode="heavy-weapons", location="QAT")
ev("C04", "ACCUSE", "QAT", "IRN", "2025-06-23", mode="disapprove")
ev("C04", "THREATEN", "QAT", "IRN", "2025-06-23", mode="violence")
ev("C04", "ACCUSE", "SAU", "IRN", "2025-06-23", mode="disapprove")
ev("C04", "ACCUSE", "ARE", "IRN", "2025-06-23", mode="disapprove")
ev("C04", "ACCUSE", "GCC", "IRN", "2025-06-23", mode="disapprove")
ev("C04", "SUPPORT", "USA", "IRN", "2025-06-23", optional=True)          # Trump thanks Iran for early notice
ev("C04", "ACCUSE", "USA", "IRN", "2025-06-23", optional=True)          # "very weak"
ev("C04", "CONCEDE", ["ISR", "IRN"], ["ISR", "IRN"], "2025-06-23", symmetric=True, status="any",
   alt=["AGREE", "RETREAT", "SUPPORT"])
ev("C04", "ASSAULT", "USA", "IRN", "2025-06-22", mode="aerial")
ev("C04", "ASSAULT", "ISR", "IRN", "2025-06-13", mode="aerial")
ev("C04", "ASSAULT", "IRN", "ISR", "2025-06", mode="heavy-weapons")

# ---------------------------------------------------------------- C05
# Russia-Ukraine talks in Istanbul, Fri 16 May 2025; Kyiv visit Sat 10 May.
EU4 = ["FRA", "DEU", "GBR", "POL"]
ev("C05", "CONSULT", involves=["RUS", "UKR", "TUR"], date="2025-05-16", mode="third-party", location="TUR")
ev("C05", "AGREE", ["RUS", "UKR"], ["RUS", "UKR"], "2025-05-16", symmetric=True, status="any", alt=["CONCEDE", "SUPPORT"])
ev("C05", "REQUEST", "RUS", "UKR", "2025-05-16", mode="yield")
ev("C05", "REJECT", "UKR", "RUS", "2025-05-16", mode="yield")
ev("C05", "AGREE", "RUS", "UKR", "2025-05-16", status="any", optional=True)   # ready to continue contacts
ev("C05", "CONSULT", "UKR", "TUR", "2025-05-15", mode="visit", location="TUR")
ev("C05", "REJECT", "RUS", mode="meet", optional=True)                      # Putin declined to attend
ev("C05", "AGREE", "RUS", "UKR", "2025-05-11", status="any", alt=["REQUEST"])
ev("C05", "CONSULT", EU4, "UKR", "2025-05-10", mode="visit", location="UKR")
ev("C05", "REQUEST", EU4, "RUS", "2025-05-10", mode="yield")
ev("C05", "THREATEN", EU4, "RUS", "2025-05-10", mode="restrict", alt=["SANCTION"])
ev("C05", "REJECT", "RUS", EU4, mode="yield", alt=["ACCUSE"])
ev("C05", "ACCUSE", "UKR", "RUS", mode="allege")
ev("C05", "ASSAULT", "RUS", "UKR", "2022-02")

# ---------------------------------------------------------------- C06
# Hungary announces ICC withdrawal during Netanyahu's visit, Thu 3 Apr 2025.
member("C06", "HUN", "ICC", "leave", "2025-04-03", status="any")
ev("C06", "SANCTION", "HUN", "ICC", "2025-04-03", mode="withdraw", status="any", alt=["REJECT"])
ev("C06", "CONSULT", "ISR", "HUN", ["2025-04-02", "2025-04-03"], mode="visit", location="HUN")
ev("C06", "SUPPORT", "ISR", "HUN", "2025-04-03")
ev("C06", "ACCUSE", "HUN", "ICC", "2025-04-03", mode="disapprove")
ev("C06", "ACCUSE", "ICC", "ISR", "2024-11", mode="allege", alt=["COERCE", "SANCTION"])
ev("C06", "REJECT", "ISR", "ICC", alt=["ACCUSE"])
ev("C06", "AGREE", "HUN", "ISR", "2024-11")                                 # invitation
ev("C06", "REJECT", "HUN", "ICC", "2024-11")
ev("C06", "REQUEST", "ICC", "HUN", alt=["ACCUSE"])
member("C06", "HUN", "ICC", "join", ["2001", "1999"])

# ---------------------------------------------------------------- C07
# Georgia shelves EU bid; protests; US suspends partnership. Sat 30 Nov 2024.
ev("C07", "ASSAULT", "GEO", date=["2024-11-28", "2024-11-29", "2024-11-30"], mode="crowd-control", alt=["COERCE"])
ev("C07", "COERCE", "GEO", date=["2024-11-28", "2024-11-29", "2024-11-30"], mode="arrest")
ev("C07", "REJECT", "GEO", "EU", "2024-11-28", mode="meet", alt=["SANCTION"])
ev("C07", "REJECT", "GEO", "EU", "2024-11-28", mode="assist", alt=["SANCTION"], optional=True)   # refuses grants
ev("C07", "ACCUSE", "GEO", "EU", "2024-11-28", mode="disapprove")
ev("C07", "PROTEST", "GEO", "GEO", ["2024-11-28", "2024-11-29"], mode="demo")
ev("C07", "ASSAULT", "GEO", "GEO", ["2024-11-28", "2024-11-29"], mode="primitive", alt=["PROTEST"], optional=True)
ev("C07", "ACCUSE", "GEO", "GEO", mode="disapprove", optional=True)        # Zourabichvili vs the government
ev("C07", "REQUEST", "EU", "GEO", "2024-11-28", mode="change", alt=["ACCUSE", "REJECT"])
ev("C07", "SANCTION", "USA", "GEO", "2024-11-30", mode="discontinue")
ev("C07", "ACCUSE", "USA", "GEO", "2024-11-30", mode="disapprove")
ev("C07", "SUPPORT", "EU", "GEO", "2023-12")
ev("C07", "SANCTION", "EU", "GEO", "2024-06", mode="discontinue", alt=["REJECT"])
member("C07", "GEO", "EU", "apply", optional=True)

# ---------------------------------------------------------------- C08
# Russia recognises the Taliban government, Thu 3 Jul 2025.
ev("C08", "SUPPORT", "RUS", "AFG", "2025-07-03")
ev("C08", "AGREE", "RUS", "AFG", "2025-07-03", status="any", alt=["AID", "COOPERATE"])
ev("C08", "AGREE", "RUS", "AFG", "2025-07-03", status="any", alt=["COOPERATE"], optional=True)  # trade prospects
ev("C08", "SUPPORT", "AFG", "RUS", ["2025-07-03", "2025-07"])
ev("C08", "CONSULT", "RUS", "AFG", ["2025-07-03", "2025-07"], location="AFG", optional=True)
ev("C08", "ASSAULT", "GRP:TALIBAN", "AFG", "2021-08", alt=["COERCE"], optional=True)
ev("C08", "RETREAT", "USA", "AFG", "2021-08", mode="withdraw")
ev("C08", "CONCEDE", "RUS", "AFG", "2025-04", alt=["SUPPORT"])
ev("C08", "SANCTION", "UN", "AFG", optional=True)
ev("C08", "ACCUSE", target="AFG", optional=True)
ev("C08", "COERCE", "AFG", mode="restrict", optional=True)
ev("C08", "SUPPORT", "CHN", "AFG", "2024-01", alt=["CONSULT"])

# ---------------------------------------------------------------- C09
# Modi-Xi talks at the BRICS summit in Kazan, Wed 23 Oct 2024.
ev("C09", "CONSULT", involves=["IND", "CHN"], date="2024-10-23", mode="multilateral", location="RUS")
ev("C09", "CONSULT", involves=["BRICS", "RUS"], date=["2024-10-22", "2024-10-23", "2024-10-24", "2024-10"],
   mode="multilateral", location="RUS")
ev("C09", "AGREE", ["IND", "CHN"], ["IND", "CHN"], "2024-10-23", symmetric=True, status="any", alt=["CONSULT"])
ev("C09", "SUPPORT", ["IND", "CHN"], ["IND", "CHN"], "2024-10-21", symmetric=True, alt=["AGREE"])
ev("C09", "SUPPORT", "CHN", "IND", "2024-10-22", alt=["AGREE"], optional=True)
ev("C09", "CONCEDE", ["IND", "CHN"], ["IND", "CHN"], symmetric=True, status="any", alt=["AGREE", "RETREAT"], optional=True)
ev("C09", "AGREE", "CHN", "IND", "2024-10-23", status="any", optional=True)       # Xi: strengthen cooperation
ev("C09", "ASSAULT", ["IND", "CHN"], ["IND", "CHN"], "2020-06", symmetric=True)
ev("C09", "MOBILIZE", "IND", "CHN", symmetric=True, mode="troops")
ev("C09", "MOBILIZE", "CHN", "IND", symmetric=True, mode="troops")

# ---------------------------------------------------------------- C10
# ASEAN summit in Kuala Lumpur, Sun 26 Oct 2025.
member("C10", "TLS", "ASEAN", "join", "2025-10-26")
member("C10", "TLS", "ASEAN", "apply", "2011")
member("C10", "TLS", "ASEAN", "invite", "2022", optional=True)
ev("C10", "CONSULT", involves=["ASEAN", "MYS"], date="2025-10-26", mode="multilateral", location="MYS")
ev("C10", "SUPPORT", ["THA", "KHM"], ["THA", "KHM"], "2025-10-26", symmetric=True, alt=["AGREE"])
ev("C10", "SUPPORT", "MYS", "TLS", "2025-10-26", optional=True)
ev("C10", "CONCEDE", "THA", "KHM", "2025-10-26", status="any", alt=["AGREE", "RETREAT"])
ev("C10", "CONCEDE", ["THA", "KHM"], ["THA", "KHM"], "2025-10-26", symmetric=True, status="any", alt=["AGREE", "RETREAT"])
ev("C10", "SUPPORT", ["USA", "MYS"], ["USA", "MYS"], "2025-10-26", symmetric=True, alt=["COOPERATE", "AGREE"])
ev("C10", "SUPPORT", ["USA", "KHM"], ["USA", "KHM"], "2025-10-26", symmetric=True, alt=["COOPERATE", "AGREE"])
ev("C10", "ASSAULT", ["THA", "KHM"], ["THA", "KHM"], "2025-07", symmetric=True)
ev("C10", "CONCEDE", ["THA", "KHM"], ["THA", "KHM"], "2025-07-28", symmetric=True, alt=["AGREE", "RETREAT", "SUPPORT"])
ev("C10", "CONSULT", involves=["THA", "KHM", "MYS"], date="2025-07-28", mode="third-party", location="MYS", optional=True)
ev("C10", "THREATEN", "USA", "THA", mode="relations")
ev("C10", "THREATEN", "USA", "KHM", mode="relations")
ev("C10", "SUPPORT", "KHM", "USA", "2025-10-26", optional=True)
ev("C10", "SUPPORT", "KHM", "MYS", "2025-10-26", optional=True)
ev("C10", "AGREE", "KHM", date="2025-10-26", status="any", optional=True)

# ---------------------------------------------------------------- C11
# PLA "Joint Sword-2024A" drills around Taiwan, Thu 23 May 2024.
ev("C11", "MOBILIZE", "CHN", "TWN", "2024-05-23", mode="troops", alt=["THREATEN"])
ev("C11", "THREATEN", "CHN", "TWN", "2024-05-23", mode="violence")
ev("C11", "MOBILIZE", "CHN", "TWN", "2024-05-23", mode="police", optional=True)   # coast guard patrols
ev("C11", "THREATEN", "CHN", date="2024-05-23", optional=True)                    # "outside forces"
ev("C11", "ACCUSE", "TWN", "CHN", "2024-05-23", mode="disapprove")
ev("C11", "MOBILIZE", "TWN", "CHN", "2024-05-23", mode="troops")
ev("C11", "REQUEST", "TWN", "CHN", "2024-05-20", mode="change")
ev("C11", "ACCUSE", "CHN", "TWN", mode="allege")
ev("C11", "REQUEST", "USA", "CHN", mode="change")
ev("C11", "MOBILIZE", "CHN", "TWN", "2022-08", mode="troops", alt=["THREATEN"])
ev("C11", "CONSULT", "USA", "TWN", ["2022-08", "2022"], mode="visit", location="TWN", optional=True)

# ---------------------------------------------------------------- C12
# Ecuadorian police raid the Mexican embassy in Quito, Fri 5 Apr 2024.
ev("C12", "COERCE", "ECU", "MEX", "2024-04-05", mode="seize", alt=["ASSAULT"], location="ECU")
ev("C12", "COERCE", "ECU", date="2024-04-05", mode="arrest")
ev("C12", "ASSAULT", "ECU", "MEX", "2024-04-05", mode="beat", optional=True)
ev("C12", "SANCTION", "MEX", "ECU", ["2024-04-05", "2024-04-06"], mode="discontinue")
ev("C12", "ACCUSE", "MEX", "ECU", ["2024-04-05", "2024-04-06"], mode="disapprove")
ev("C12", "ACCUSE", "MEX", "ECU", mode="allege", status="any", alt=["THREATEN"])   # will go to the ICJ
ev("C12", "AID", "MEX", date="2024-04-05")                                          # asylum for Glas
ev("C12", "REJECT", "ECU", "MEX", alt=["ACCUSE"])
ev("C12", "SANCTION", "ECU", "MEX", "2024-04-04", mode="expel")
ev("C12", "ACCUSE", "MEX", "ECU", optional=True)                                     # questioned the election
ev("C12", "ACCUSE", "OAS", "ECU", mode="disapprove")
ev("C12", "ACCUSE", "BRA", "ECU", mode="disapprove")
ev("C12", "ACCUSE", "COL", "ECU", mode="disapprove")
ev("C12", "ACCUSE", "CHL", "ECU", mode="disapprove")
ev("C12", "SANCTION", "NIC", "ECU", "2024-04-06", mode="discontinue")
ev("C12", "COERCE", "ECU", date="2024-04-06", mode="arrest", optional=True)

# ---------------------------------------------------------------- C13
# Rubio meets Mulino in Panama City, Sun 2 Feb 2025.
ev("C13", "CONSULT", "USA", "PAN", "2025-02-02", mode="visit", location="PAN")
ev("C13", "THREATEN", "USA", "PAN", "2025-02-02")
ev("C13", "REQUEST", "USA", "PAN", "2025-02-02", mode="change")
ev("C13", "ACCUSE", "USA", "CHN", mode="allege")
ev("C13", "REJECT", "PAN", "USA", "2025-02-02", mode="yield")
ev("C13", "SANCTION", "PAN", "CHN", "2025-02-02", mode="withdraw", status="any", alt=["REJECT", "CONCEDE"])
ev("C13", "AGREE", "PAN", "USA", "2025-02-02", status="any", alt=["COOPERATE"])
ev("C13", "COOPERATE", "USA", "PAN", alt=["AID"], optional=True)
ev("C13", "THREATEN", "USA", "PAN", "2024-12", mode="territory")
ev("C13", "ACCUSE", "USA", "CHN", "2025-01-20", mode="allege")
ev("C13", "RETREAT", "USA", "PAN", ["1999-12", "1999"], mode="withdraw", alt=["CONCEDE"])
ev("C13", "SUPPORT", "PAN", "CHN", "2017")
ev("C13", "SANCTION", "PAN", "TWN", "2017", mode="discontinue")
ev("C13", "SUPPORT", ["PAN", "CHN"], ["PAN", "CHN"], "2017", symmetric=True, alt=["AGREE"], optional=True)  # BRI memorandum

# ---------------------------------------------------------------- C14
# Nauru-Australia Treaty, Mon 9 Dec 2024 (prime minister's statement).
ev("C14", "SUPPORT", ["AUS", "NRU"], ["AUS", "NRU"], "2024-12-09", symmetric=True, alt=["AGREE"], location="AUS")
ev("C14", "CONSULT", "NRU", "AUS", "2024-12-09", mode="visit", location="AUS", optional=True)
ev("C14", "AGREE", "AUS", "NRU", "2024-12-09", status="any", alt=["AID"])
ev("C14", "AGREE", "AUS", "NRU", "2024-12-09", status="any", alt=["AID"], optional=True)   # A$40m; banking help
ev("C14", "AGREE", "NRU", "AUS", "2024-12-09", status="any", alt=["CONCEDE", "SUPPORT"])
ev("C14", "SUPPORT", "NRU", "AUS", "2024-12-09", optional=True)
ev("C14", "AID", "AUS", "NRU", optional=True)
ev("C14", "COOPERATE", "AUS", "NRU", alt=["AID"])
ev("C14", "SUPPORT", ["AUS", "TUV"], ["AUS", "TUV"], "2023-11", symmetric=True, alt=["AGREE"])
ev("C14", "SANCTION", "NRU", "TWN", "2024-01", mode="discontinue")
ev("C14", "SUPPORT", "NRU", "CHN", "2024-01")
figure("C14", "aid", ["AUS", "NRU"], 100_000_000, "AUD")
figure("C14", "aid", ["AUS", "NRU"], 40_000_000, "AUD")

if __name__ == "__main__":
    out = Path(__file__).with_name("gold.jsonl")
    with out.open("w") as f:
        for r in G:
            f.write(json.dumps(r) + "\n")
    print(f"wrote {len(G)} records to {out}")
