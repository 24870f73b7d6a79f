"""Open data: the directory as JSON, GeoJSON, CSV and Open Referral HSDS 3.0 JSON.

Everything is sorted and free of timestamps, so the same data gives the same bytes.
Ids are stable: the record id in our formats, a UUID derived from it in HSDS.
"""

import csv
import io
import json
import uuid
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from plugins.site_data.locations import DAYS, clock
from plugins.site_data.municipalities import Municipality

# Namespace for HSDS ids: uuid5(NAMESPACE, "<kind>:<id>") never changes for the same record.
NAMESPACE = uuid.UUID("6f1d8a9e-3c0b-5e1a-9f57-2b8c4d0e7a31")
TIMEZONE = "Europe/Helsinki"
HSDS_VERSION = "3.0"

UrlFor = Callable[[str, str], str]  # (lang, location id) -> absolute or root-relative URL


def hsds_id(kind: str, key: str) -> str:
    """A stable UUID for an HSDS object."""
    return str(uuid.uuid5(NAMESPACE, f"{kind}:{key}"))


def _dump(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, sort_keys=True, indent=2) + "\n"


def _weekly(entries: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{"days": [d for d in DAYS if d in e["days"]], "opens": clock(e["opens"]), "closes": clock(e["closes"])} for e in entries]


def public_record(record: Mapping[str, Any], municipalities: Mapping[str, Municipality], url_for: UrlFor) -> dict[str, Any]:
    """One location as published: the record with normalised times, municipality names and page URLs."""
    data = {key: value for key, value in record.items()}
    hours = dict(data.get("hours", {}))
    if "weekly" in hours:
        hours["weekly"] = _weekly(hours["weekly"])
    if "exceptions" in hours:
        hours["exceptions"] = [
            {**x, **({"weekly": _weekly(x["weekly"])} if "weekly" in x else {})} for x in hours["exceptions"]
        ]
    hours["timezone"] = TIMEZONE
    data["hours"] = hours
    municipality = municipalities[record["municipality"]]
    data["municipality_name"] = {"fi": municipality.name_fi, "sv": municipality.name_sv}
    data["url"] = {lang: url_for(lang, record["id"]) for lang in ("fi", "sv")}
    return data


def locations_json(records: Sequence[Mapping[str, Any]], municipalities: Mapping[str, Municipality], url_for: UrlFor, licence: Mapping[str, str]) -> str:
    """Every location as JSON: {"licence": ..., "locations": [...]}."""
    return _dump(
        {
            "licence": dict(licence),
            "publisher": "Uudenmaan Digitukiverkosto UuDi",
            "locations": [public_record(r, municipalities, url_for) for r in records],
        }
    )


def locations_geojson(records: Sequence[Mapping[str, Any]], municipalities: Mapping[str, Municipality], url_for: UrlFor, licence: Mapping[str, str]) -> str:
    """Every location as a GeoJSON Point feature (RFC 7946: [longitude, latitude])."""
    features = []
    for record in records:
        municipality = municipalities[record["municipality"]]
        features.append(
            {
                "type": "Feature",
                "id": record["id"],
                "geometry": {"type": "Point", "coordinates": [record["coordinates"]["lon"], record["coordinates"]["lat"]]},
                "properties": {
                    "id": record["id"],
                    "name_fi": record["name"]["fi"],
                    "name_sv": record["name"]["sv"],
                    "municipality": record["municipality"],
                    "municipality_fi": municipality.name_fi,
                    "municipality_sv": municipality.name_sv,
                    "organisation": record["organisation"],
                    "forms": record["forms"],
                    "target_groups": record["target_groups"],
                    "languages": record["languages"],
                    "url_fi": url_for("fi", record["id"]),
                    "url_sv": url_for("sv", record["id"]),
                    "sample": bool(record.get("sample")),
                },
            }
        )
    return _dump({"type": "FeatureCollection", "licence": dict(licence), "features": features})


CSV_COLUMNS = [
    "id", "name_fi", "name_sv", "organisation", "municipality", "municipality_fi", "municipality_sv",
    "street_fi", "street_sv", "postal_code", "post_office_fi", "post_office_sv", "lat", "lon",
    "forms", "target_groups", "languages", "by_appointment_only", "hours", "phone", "email", "web",
    "accessibility", "checked", "sample", "url_fi", "url_sv",
]


def locations_csv(records: Sequence[Mapping[str, Any]], municipalities: Mapping[str, Municipality], url_for: UrlFor) -> str:
    """One row per location; lists are separated by ';', hours as 'mo,tu 09:00-12:00; we 13:00-16:00'."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for r in records:
        municipality = municipalities[r["municipality"]]
        hours = r.get("hours", {})
        street, office = r["address"]["street"], r["address"]["post_office"]
        writer.writerow(
            {
                "id": r["id"],
                "name_fi": r["name"]["fi"],
                "name_sv": r["name"]["sv"],
                "organisation": r["organisation"],
                "municipality": r["municipality"],
                "municipality_fi": municipality.name_fi,
                "municipality_sv": municipality.name_sv,
                "street_fi": street["fi"],
                "street_sv": street.get("sv", street["fi"]),
                "postal_code": r["address"]["postal_code"],
                "post_office_fi": office["fi"],
                "post_office_sv": office.get("sv", office["fi"]),
                "lat": r["coordinates"]["lat"],
                "lon": r["coordinates"]["lon"],
                "forms": ";".join(r["forms"]),
                "target_groups": ";".join(r["target_groups"]),
                "languages": ";".join(r["languages"]),
                "by_appointment_only": "true" if hours.get("by_appointment_only") else "false",
                "hours": "; ".join(f"{','.join(e['days'])} {e['opens']}-{e['closes']}" for e in _weekly(hours.get("weekly", []))),
                "phone": r.get("contact", {}).get("phone", ""),
                "email": r.get("contact", {}).get("email", ""),
                "web": r.get("contact", {}).get("web", ""),
                "accessibility": ";".join(r.get("accessibility", {}).get("features", [])),
                "checked": r["checked"],
                "sample": "true" if r.get("sample") else "false",
                "url_fi": url_for("fi", r["id"]),
                "url_sv": url_for("sv", r["id"]),
            }
        )
    return out.getvalue()


def _schedules(record: Mapping[str, Any], ids: dict[str, str]) -> list[dict[str, Any]]:
    """HSDS schedules: weekly RRULE-like rows in local time, then exception periods (valid_from/valid_to)."""
    hours = record.get("hours", {})
    note = f"Local time ({TIMEZONE})."
    rows: list[dict[str, Any]] = []

    def weekly(entries: list[dict[str, Any]], key: str, extra: dict[str, Any]) -> None:
        for index, entry in enumerate(_weekly(entries)):
            rows.append(
                {
                    "id": hsds_id("schedule", f"{record['id']}:{key}:{index}"),
                    **ids,
                    "freq": "WEEKLY",
                    "byday": ",".join(day.upper() for day in entry["days"]),
                    "opens_at": entry["opens"],
                    "closes_at": entry["closes"],
                    "notes": note,
                    **extra,
                }
            )

    weekly(hours.get("weekly", []), "weekly", {})
    if hours.get("by_appointment_only"):
        rows.append({"id": hsds_id("schedule", f"{record['id']}:appointment"), **ids, "description": "By appointment only."})
    for index, period in enumerate(hours.get("exceptions", [])):
        extra = {"valid_from": period["from"], "valid_to": period["to"], "description": period["reason"]["fi"]}
        if period.get("closed"):
            rows.append({"id": hsds_id("schedule", f"{record['id']}:exception:{index}"), **ids, **extra, "description": f"Closed: {period['reason']['fi']}"})
        else:
            weekly(period.get("weekly", []), f"exception:{index}", extra)
    return rows


def hsds_services(
    records: Sequence[Mapping[str, Any]],
    municipalities: Mapping[str, Municipality],
    members: Mapping[str, Mapping[str, Any]],
    url_for: UrlFor,
    language_name: Callable[[str], str],
) -> str:
    """HSDS 3.0 JSON: one service per location (the digital support there) with its organization,
    service_at_location, location, address, schedules, languages, phones and accessibility, as a Page."""
    services = []
    for r in records:
        service_id = hsds_id("service", r["id"])
        location_id = hsds_id("location", r["id"])
        sal_id = hsds_id("service_at_location", r["id"])
        member = members.get(r["organisation"], {})
        organization = {
            "id": hsds_id("organization", r["organisation"]),
            "name": member.get("name", {}).get("fi", r["organisation"]),
            "alternate_name": member.get("name", {}).get("sv", ""),
            "description": member.get("description", {}).get("fi", "") or member.get("name", {}).get("fi", r["organisation"]),
        }
        if member.get("website"):
            organization["website"] = member["website"]
        contact = r.get("contact", {})
        municipality = municipalities[r["municipality"]]
        address = {
            "id": hsds_id("address", r["id"]),
            "location_id": location_id,
            "address_1": r["address"]["street"]["fi"],
            "city": r["address"]["post_office"]["fi"],
            "region": municipality.name_fi,
            "state_province": "Uusimaa",
            "postal_code": r["address"]["postal_code"],
            "country": "FI",
            "address_type": "physical",
        }
        languages = [
            {"id": hsds_id("language", f"{r['id']}:{code}"), "location_id": location_id, "code": code, "name": language_name(code)}
            for code in r["languages"]
        ]
        location: dict[str, Any] = {
            "id": location_id,
            "location_type": "physical",
            "organization_id": organization["id"],
            "name": r["name"]["fi"],
            "alternate_name": r["name"]["sv"],
            "url": url_for("fi", r["id"]),
            "latitude": r["coordinates"]["lat"],
            "longitude": r["coordinates"]["lon"],
            "external_identifier": r["id"],
            "external_identifier_type": "UuDi location id",
            "addresses": [address],
            "languages": languages,
            "schedules": _schedules(r, {"location_id": location_id}),
        }
        if r.get("description"):
            location["description"] = r["description"]["fi"]
        access = r.get("accessibility", {})
        if access:
            location["accessibility"] = [
                {
                    "id": hsds_id("accessibility", r["id"]),
                    "location_id": location_id,
                    "description": ", ".join(access.get("features", [])),
                    "details": access.get("description", {}).get("fi", ""),
                }
            ]
        if contact.get("phone"):
            location["phones"] = [{"id": hsds_id("phone", r["id"]), "location_id": location_id, "number": contact["phone"]}]
        service: dict[str, Any] = {
            "id": service_id,
            "organization_id": organization["id"],
            "name": r["name"]["fi"],
            "alternate_name": r["name"]["sv"],
            "status": "active",
            "fees_description": "Maksuton / Avgiftsfri",
            "eligibility_description": ", ".join(r["target_groups"]),
            "assured_date": r["checked"],
            "organization": organization,
            "languages": [
                {"id": hsds_id("language", f"service:{r['id']}:{code}"), "service_id": service_id, "code": code, "name": language_name(code)}
                for code in r["languages"]
            ],
            "service_at_locations": [{"id": sal_id, "service_id": service_id, "location_id": location_id, "location": location}],
        }
        if r.get("description"):
            service["description"] = r["description"]["fi"]
        if contact.get("web"):
            service["url"] = contact["web"]
        if contact.get("email"):
            service["email"] = contact["email"]
        if r.get("booking", {}).get("how"):
            service["application_process"] = r["booking"]["how"]["fi"]
        services.append(service)
    return _dump(
        {
            "hsds_version": HSDS_VERSION,
            "total_items": len(services),
            "total_pages": 1,
            "page_number": 1,
            "size": len(services),
            "first_page": True,
            "last_page": True,
            "empty": not services,
            "contents": services,
        }
    )
