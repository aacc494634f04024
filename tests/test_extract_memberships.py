"""Memberships of organisations, in sentences written for these tests."""

from __future__ import annotations

from .conftest import Extract


def memberships(r) -> list[tuple[str, str, str, str | None, str]]:  # type: ignore[no-untyped-def]
    return sorted((m.member, m.organization, m.mode, m.date, m.status) for m in r.memberships)


def test_passive_admission(extract: Extract) -> None:
    r = extract(
        "Belarus was admitted as a full member of the Shanghai Co-operation Organisation in July.",
        published="2024-09-01",
    )
    assert memberships(r) == [("BLR", "SCO", "join", "2024-07", "occurred")]


def test_became_a_member_and_acceded(extract: Extract) -> None:
    r = extract("Timor-Leste became the eleventh member of ASEAN.")
    assert [(m.member, m.organization, m.mode) for m in r.memberships] == [("TLS", "ASEAN", "join")]
    r = extract("Finland acceded to NATO on 4 April 2023.", published="2023-04-05")
    assert memberships(r) == [("FIN", "NATO", "join", "2023-04-04", "occurred")]


def test_invited_is_not_joined(extract: Extract) -> None:
    # The join is a record of its own, still to come (and undated here:
    # a past date in the clause is the invitation's).
    r = extract("Argentina was invited to join BRICS in August 2023.", published="2023-09-01")
    assert memberships(r) == [
        ("ARG", "BRICS", "invite", "2023-08", "occurred"),
        ("ARG", "BRICS", "join", None, "planned"),
    ]


def test_applied_observer_partner(extract: Extract) -> None:
    r = extract("Uzbekistan applied for membership in the Eurasian Economic Union.")
    assert [(m.member, m.organization, m.mode) for m in r.memberships] == [("UZB", "EAEU", "apply")]
    r = extract("Moldova was granted observer status with the EEU.")
    assert [(m.member, m.organization, m.mode) for m in r.memberships] == [("MDA", "EAEU", "observer")]
    r = extract("Malaysia became a BRICS partner country on 1 January 2025.", published="2025-01-05")
    assert memberships(r) == [("MYS", "BRICS", "partner", "2025-01-01", "occurred")]


def test_freeze_and_withdrawal(extract: Extract) -> None:
    r = extract("Armenia froze its participation in the CSTO in February.", published="2024-03-01")
    assert memberships(r) == [("ARM", "CSTO", "suspend", "2024-02", "occurred")]
    r = extract("The United Kingdom left the European Union on 31 January 2020.", published="2020-02-01")
    assert memberships(r) == [("GBR", "EU", "leave", "2020-01-31", "occurred")]


def test_planned_accession_is_planned(extract: Extract) -> None:
    r = extract("Leaders agreed to open negotiations toward Moldova's accession to the EU.")
    assert [(m.member, m.mode, m.status) for m in r.memberships] == [("MDA", "join", "planned")]


def test_joining_sanctions_or_initiatives_is_not_membership(extract: Extract) -> None:
    assert extract("Norway joined the EU sanctions against Russia.").memberships == []
    assert extract("Brazil joined the initiative on food security.").memberships == []


def test_seeking_membership_is_an_application_seeking_anything_else_is_not(extract: Extract) -> None:
    r = extract("Georgia is seeking membership in the European Union.", published="2024-03-01")
    assert [(m.member, m.organization, m.mode) for m in r.memberships] == [("GEO", "EU", "apply")]
    r = extract("The Kremlin said Moscow would seek clarification from Minsk about its plans in the CSTO.")
    assert r.memberships == []


def test_both_countries_are_the_pair_the_sentence_was_about(extract: Extract) -> None:
    # The previous sentence's subject pair, not the pair of the event in its
    # subordinate phrase (the invasion).
    r = extract(
        "Finland and Sweden applied to join NATO in May 2022, three months after Russia's invasion "
        "of Ukraine. In June 2022 the Allies invited both countries to join.",
        published="2022-12-01",
    )
    invited = [(m.member, m.date) for m in r.memberships if m.mode == "invite"]
    assert sorted(invited) == [("FIN", "2022-06"), ("SWE", "2022-06")]


def test_agreed_to_invite_is_an_invitation_dated_by_the_decision(extract: Extract) -> None:
    # "from 1 January" is when membership would begin, not when the
    # invitation was made; agreeing to invite is inviting.
    r = extract(
        "ASEAN leaders agreed on Tuesday to invite Timor-Leste to become a full member from 1 January 2026.",
        published="2025-05-29",
    )
    assert memberships(r) == [
        ("TLS", "ASEAN", "invite", "2025-05-27", "occurred"),
        ("TLS", "ASEAN", "join", "2026-01-01", "planned"),
    ]


def test_application_submitted_and_membership_terminated(extract: Extract) -> None:
    r = extract("Malaysia submitted an application to join BRICS in July 2024.", published="2024-09-01")
    assert memberships(r) == [("MYS", "BRICS", "apply", "2024-07", "occurred")]
    r = extract("Georgia's membership in the CIS was terminated in 2009.", published="2010-01-01")
    assert memberships(r) == [("GEO", "CIS", "leave", "2009", "occurred")]


def test_organisation_grants_observer_status_to_a_state(extract: Extract) -> None:
    r = extract("The Eurasian Economic Union granted observer status to Uzbekistan in December 2020.")
    assert memberships(r) == [("UZB", "EAEU", "observer", "2020-12", "occurred")]


def test_summit_named_by_its_city_belongs_to_the_organisation_in_the_sentence(extract: Extract) -> None:
    r = extract("Iran's accession to the SCO was completed at the New Delhi summit on 4 July 2023.")
    summit = [e for e in r.events if e.type == "CONSULT"]
    assert summit and "SCO" in summit[0].source + summit[0].target + summit[0].participants
    assert summit[0].location == "IND" and summit[0].date == "2023-07-04"


def test_a_membership_reported_twice_in_a_document_is_one_record_from_the_first_mention(
    extract: Extract,
) -> None:
    text = (
        "Armenia joined the Shanghai Cooperation Organisation on 1 May 2025. "
        "Its leaders welcomed the decision. "
        "Armenia joined the Shanghai Cooperation Organisation on 1 May 2025, the first new member in years."
    )
    r = extract(text, published="2025-05-03")
    assert memberships(r) == [("ARM", "SCO", "join", "2025-05-01", "occurred")]
    assert r.memberships[0].start == 0
    # reported with another date, or as another step, it is another record
    r = extract(
        "Armenia applied to join the Shanghai Cooperation Organisation in 2024. "
        "Armenia joined the Shanghai Cooperation Organisation on 1 May 2025. "
        "Armenia joined the Shanghai Cooperation Organisation in May 2025.",
        published="2025-05-03",
    )
    assert memberships(r) == [
        ("ARM", "SCO", "apply", "2024", "occurred"),
        ("ARM", "SCO", "join", "2025-05", "occurred"),
        ("ARM", "SCO", "join", "2025-05-01", "occurred"),
    ]
