"""Open data: the directory as JSON, GeoJSON, CSV and Open Referral HSDS 3.0 JSON.

Everything is sorted and free of timestamps, so the same data gives the same bytes.
Ids are stable: the record id in our formats, a UUID derived from it in HSDS (Region.stable_id).
"""

import csv
import io
import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from plugins.site_data.locations import DAYS, clock
from plugins.site_data.models import Location, Member, WeeklyHours
from plugins.site_data.municipalities import Municipality
from plugins.site_data.region import Region
from plugins.site_data.text import Text

HSDS_VERSION = "3.0"

UrlFor = Callable[[str, str], str]  # (lang, location id) -> absolute or root-relative URL


@dataclass(frozen=True)
class Export:
    """What every export needs besides the locations: the region, its time zone, municipalities and page URLs."""

    region: Region
    timezone: str
    municipalities: Mapping[str, Municipality]
    url_for: UrlFor

    @property
    def licence(self) -> dict[str, str]:
        """The open-data licence as published."""
        return {"name": self.region.licence.name, "url": self.region.licence.url}

    def area(self, location: Location) -> list[str]:
        """The municipality codes a service reaches (its own, those it lists, or all for the whole region)."""
        return list(location.area(self.municipalities))

    def urls(self, location_id: str) -> dict[str, str]:
        """The location's page in every language of the site."""
        return {lang: self.url_for(lang, location_id) for lang in self.region.languages}


def _dump(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, sort_keys=True, indent=2) + "\n"


def _weekly(entries: tuple[WeeklyHours, ...]) -> list[dict[str, Any]]:
    return [
        {"days": [d for d in DAYS if d in e.days], "opens": clock(e.opens), "closes": clock(e.closes)} for e in entries
    ]


def _some(**fields: Any) -> dict[str, Any]:
    """The fields that have a value (open data leaves out what the record does not give)."""
    return {key: value.as_dict() if isinstance(value, Text) else value for key, value in fields.items() if value}


def _hours(location: Location, timezone: str) -> dict[str, Any]:
    hours = location.hours
    exceptions = [
        _some(
            **{"from": x.start.isoformat(), "to": x.end.isoformat()},
            reason=x.reason,
            closed=x.closed,
            weekly=_weekly(x.weekly),
        )
        for x in hours.exceptions
    ]
    return {
        **_some(
            by_appointment_only=hours.by_appointment_only,
            weekly=_weekly(hours.weekly),
            note=hours.note,
            exceptions=exceptions,
        ),
        "timezone": timezone,
    }


def public_record(location: Location, export: Export) -> dict[str, Any]:
    """One location as published: its fields, with normalised times, municipality names and page URLs.

    A service without a public place has no address or coordinates; every record has its service area."""
    municipality = export.municipalities[location.municipality]
    address = location.address
    place = (
        {
            "address": _some(
                street=address.street,
                postal_code=address.postal_code,
                post_office=address.post_office,
                details=address.details,
            ),
            "coordinates": {"lat": location.lat, "lon": location.lon},
        }
        if address
        else {}
    )
    return {
        **_some(id=location.id, sample=location.sample, name=location.name, description=location.description),
        "organisation": location.organisation,
        "municipality": location.municipality,
        **place,
        "service_area": {"whole_region": location.whole_region, "municipalities": export.area(location)},
        "forms": list(location.forms),
        "target_groups": list(location.target_groups),
        "languages": list(location.languages),
        "hours": _hours(location, export.timezone),
        **_some(
            booking=_some(how=location.booking_how, url=location.booking_url, phone=location.booking_phone),
            contact=_some(
                phone=location.phone, email=location.email, web=location.web, chat=location.chat, video=location.video
            ),
            accessibility=_some(features=list(location.accessibility), description=location.accessibility_description),
        ),
        "checked": location.checked.isoformat(),
        "municipality_name": {"fi": municipality.name_fi, "sv": municipality.name_sv},
        "url": export.urls(location.id),
    }


def locations_json(locations: Sequence[Location], export: Export) -> str:
    """Every location as JSON: {"licence": ..., "publisher": ..., "locations": [...]}."""
    return _dump(
        {
            "licence": export.licence,
            "publisher": export.region.network_name.get(export.region.main_lang),
            "locations": [public_record(location, export) for location in locations],
        }
    )


def locations_geojson(locations: Sequence[Location], export: Export) -> str:
    """Every place as a GeoJSON Point feature (RFC 7946: [longitude, latitude]); services without a place are left out."""
    features = []
    for location in locations:
        if not location.has_place:
            continue
        municipality = export.municipalities[location.municipality]
        features.append(
            {
                "type": "Feature",
                "id": location.id,
                "geometry": {"type": "Point", "coordinates": [location.lon, location.lat]},
                "properties": {
                    "id": location.id,
                    **{f"name_{lang}": location.name.exact(lang) for lang in export.region.languages},
                    "municipality": location.municipality,
                    "municipality_fi": municipality.name_fi,
                    "municipality_sv": municipality.name_sv,
                    "organisation": location.organisation,
                    "service_area": export.area(location),
                    "forms": list(location.forms),
                    "target_groups": list(location.target_groups),
                    "languages": list(location.languages),
                    **{f"url_{lang}": url for lang, url in export.urls(location.id).items()},
                    "sample": location.sample,
                },
            }
        )
    return _dump({"type": "FeatureCollection", "licence": export.licence, "features": features})


def csv_columns(languages: Sequence[str]) -> list[str]:
    """The CSV header: texts have a column per language of the site (name_fi, name_sv, ...)."""

    def each(prefix: str) -> list[str]:
        return [f"{prefix}_{lang}" for lang in languages]

    return [
        "id",
        *each("name"),
        "organisation",
        "municipality",
        "municipality_fi",
        "municipality_sv",
        "service_area",
        "whole_region",
        *each("street"),
        "postal_code",
        *each("post_office"),
        "lat",
        "lon",
        "forms",
        "target_groups",
        "languages",
        "by_appointment_only",
        "hours",
        "phone",
        "email",
        "web",
        "chat",
        "video",
        "accessibility",
        "checked",
        "sample",
        *each("url"),
    ]


def locations_csv(locations: Sequence[Location], export: Export) -> str:
    """One row per location; lists are separated by ';', hours as 'mo,tu 09:00-12:00; we 13:00-16:00';
    address and coordinates are empty for a service without a public place."""
    out = io.StringIO()
    languages = export.region.languages
    writer = csv.DictWriter(out, fieldnames=csv_columns(languages), lineterminator="\n")
    writer.writeheader()
    for location in locations:
        municipality = export.municipalities[location.municipality]
        address = location.address
        writer.writerow(
            {
                "id": location.id,
                **{f"name_{lang}": location.name.exact(lang) for lang in languages},
                "organisation": location.organisation,
                "municipality": location.municipality,
                "municipality_fi": municipality.name_fi,
                "municipality_sv": municipality.name_sv,
                "service_area": ";".join(export.area(location)),
                "whole_region": "true" if location.whole_region else "false",
                **{f"street_{lang}": address.street.get(lang) if address else "" for lang in languages},
                "postal_code": address.postal_code if address else "",
                **{f"post_office_{lang}": address.post_office.get(lang) if address else "" for lang in languages},
                "lat": "" if location.lat is None else location.lat,
                "lon": "" if location.lon is None else location.lon,
                "forms": ";".join(location.forms),
                "target_groups": ";".join(location.target_groups),
                "languages": ";".join(location.languages),
                "by_appointment_only": "true" if location.hours.by_appointment_only else "false",
                "hours": "; ".join(
                    f"{','.join(e['days'])} {e['opens']}-{e['closes']}" for e in _weekly(location.hours.weekly)
                ),
                "phone": location.phone,
                "email": location.email,
                "web": location.web,
                "chat": location.chat,
                "video": location.video,
                "accessibility": ";".join(location.accessibility),
                "checked": location.checked.isoformat(),
                "sample": "true" if location.sample else "false",
                **{f"url_{lang}": url for lang, url in export.urls(location.id).items()},
            }
        )
    return out.getvalue()


def _schedules(location: Location, export: Export, ids: dict[str, str]) -> list[dict[str, Any]]:
    """HSDS schedules: weekly RRULE-like rows in local time, then exception periods (valid_from/valid_to)."""
    hours = location.hours
    note = f"Local time ({export.timezone})."
    main = export.region.main_lang
    stable_id = export.region.stable_id
    rows: list[dict[str, Any]] = []

    def weekly(entries: tuple[WeeklyHours, ...], key: str, extra: dict[str, Any]) -> None:
        for index, entry in enumerate(_weekly(entries)):
            rows.append(
                {
                    "id": stable_id("schedule", f"{location.id}:{key}:{index}"),
                    **ids,
                    "freq": "WEEKLY",
                    "byday": ",".join(day.upper() for day in entry["days"]),
                    "opens_at": entry["opens"],
                    "closes_at": entry["closes"],
                    "notes": note,
                    **extra,
                }
            )

    weekly(hours.weekly, "weekly", {})
    if hours.by_appointment_only:
        rows.append(
            {"id": stable_id("schedule", f"{location.id}:appointment"), **ids, "description": "By appointment only."}
        )
    for index, period in enumerate(hours.exceptions):
        reason = period.reason.get(main)
        extra = {"valid_from": period.start.isoformat(), "valid_to": period.end.isoformat(), "description": reason}
        if period.closed:
            rows.append(
                {
                    "id": stable_id("schedule", f"{location.id}:exception:{index}"),
                    **ids,
                    **extra,
                    "description": f"Closed: {reason}",
                }
            )
        else:
            weekly(period.weekly, f"exception:{index}", extra)
    return rows


def hsds_services(
    locations: Sequence[Location], members: Mapping[str, Member], export: Export, language_name: Callable[[str], str]
) -> str:
    """HSDS 3.0 JSON: one service per location (the digital support there) with its organization,
    service_at_location, location, address, schedules, languages, phones and accessibility, and the
    service_areas it reaches (one per municipality), as a Page. A service without a public place has no
    location: its schedules and phones belong to the service itself.

    Texts are in the main language, alternate names in the second one."""
    region = export.region
    main = region.main_lang
    other = next((lang for lang in region.languages if lang != main), main)
    stable_id = region.stable_id
    services = []
    for r in locations:
        service_id = stable_id("service", r.id)
        location_id = stable_id("location", r.id)
        sal_id = stable_id("service_at_location", r.id)
        member = members.get(r.organisation)
        organization: dict[str, Any] = {
            "id": stable_id("organization", r.organisation),
            "name": member.name.exact(main) if member else r.organisation,
            "alternate_name": member.name.exact(other) if member else "",
            "description": (member.description.exact(main) or member.name.exact(main)) if member else r.organisation,
        }
        if member and member.website:
            organization["website"] = member.website
        municipality = export.municipalities[r.municipality]
        addresses = (
            [
                {
                    "id": stable_id("address", r.id),
                    "location_id": location_id,
                    "address_1": r.address.street.get(main),
                    "city": r.address.post_office.get(main),
                    "region": municipality.name(main),
                    "state_province": region.name.get(main),
                    "postal_code": r.address.postal_code,
                    "country": "FI",
                    "address_type": "physical",
                }
            ]
            if r.address
            else []
        )
        languages = [
            {
                "id": stable_id("language", f"{r.id}:{code}"),
                "location_id": location_id,
                "code": code,
                "name": language_name(code),
            }
            for code in r.languages
        ]
        location: dict[str, Any] = {
            "id": location_id,
            "location_type": "physical",
            "organization_id": organization["id"],
            "name": r.name.get(main),
            "alternate_name": r.name.exact(other),
            "url": export.url_for(main, r.id),
            "latitude": r.lat,
            "longitude": r.lon,
            "external_identifier": r.id,
            "external_identifier_type": f"{region.short_name} location id",
            "addresses": addresses,
            "languages": languages,
            "schedules": _schedules(r, export, {"location_id": location_id}),
        }
        if r.description:
            location["description"] = r.description.get(main)
        if r.accessibility or r.accessibility_description:
            location["accessibility"] = [
                {
                    "id": stable_id("accessibility", r.id),
                    "location_id": location_id,
                    "description": ", ".join(r.accessibility),
                    "details": r.accessibility_description.exact(main),
                }
            ]
        if r.phone:
            location["phones"] = [{"id": stable_id("phone", r.id), "location_id": location_id, "number": r.phone}]
        service: dict[str, Any] = {
            "id": service_id,
            "organization_id": organization["id"],
            "name": r.name.get(main),
            "alternate_name": r.name.exact(other),
            "status": "active",
            "fees_description": "Maksuton / Avgiftsfri",
            "eligibility_description": ", ".join(r.target_groups),
            "assured_date": r.checked.isoformat(),
            "organization": organization,
            "languages": [
                {
                    "id": stable_id("language", f"service:{r.id}:{code}"),
                    "service_id": service_id,
                    "code": code,
                    "name": language_name(code),
                }
                for code in r.languages
            ],
            "service_areas": [
                {
                    "id": stable_id("service_area", f"{r.id}:{code}"),
                    "service_id": service_id,
                    "name": export.municipalities[code].name(main),
                    "description": f"Municipality code {code} (Statistics Finland)"
                    + (f", part of the whole region {region.name.get(main)}" if r.whole_region else ""),
                }
                for code in export.area(r)
            ],
        }
        if r.has_place:
            service["service_at_locations"] = [
                {"id": sal_id, "service_id": service_id, "location_id": location_id, "location": location}
            ]
        else:
            service["schedules"] = _schedules(r, export, {"service_id": service_id})
            if r.phone:
                service["phones"] = [{"id": stable_id("phone", r.id), "service_id": service_id, "number": r.phone}]
        if r.description:
            service["description"] = r.description.get(main)
        if r.web:
            service["url"] = r.web
        if r.email:
            service["email"] = r.email
        if r.booking_how:
            service["application_process"] = r.booking_how.get(main)
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
