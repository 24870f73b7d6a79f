"""schema.org JSON-LD for a location page: the Place (address, geo, hours), if it has one, and the
GovernmentService with the area it serves (areaServed)."""

from typing import Any

from .model import LocationView

DAY_URIS = {
    "mo": "https://schema.org/Monday",
    "tu": "https://schema.org/Tuesday",
    "we": "https://schema.org/Wednesday",
    "th": "https://schema.org/Thursday",
    "fr": "https://schema.org/Friday",
    "sa": "https://schema.org/Saturday",
    "su": "https://schema.org/Sunday",
}


def _hours(location: LocationView) -> list[dict[str, Any]]:
    return [
        {"@type": "OpeningHoursSpecification", "dayOfWeek": DAY_URIS[day.code], "opens": i.opens, "closes": i.closes}
        for day in location.weekly
        for i in day.intervals
    ]


def _special_hours(location: LocationView) -> list[dict[str, Any]]:
    """Exceptions; Google's convention for 'closed' is opens = closes = 00:00."""
    found = []
    for period in location.exceptions:
        dates = {"validFrom": period.start.isoformat(), "validThrough": period.end.isoformat()}
        if period.closed:
            found.append({"@type": "OpeningHoursSpecification", **dates, "opens": "00:00", "closes": "00:00"})
            continue
        for day in period.days:
            for i in day.intervals:
                found.append(
                    {
                        "@type": "OpeningHoursSpecification",
                        **dates,
                        "dayOfWeek": DAY_URIS[day.code],
                        "opens": i.opens,
                        "closes": i.closes,
                    }
                )
    return found


def location_graph(location: LocationView, page_url: str, region_name: str) -> dict[str, Any]:
    """The JSON-LD document for one location page (page_url is absolute or root-relative; region_name in its language)."""
    place_id = f"{page_url}#place"
    place: dict[str, Any] = {
        "@type": "Place",
        "@id": place_id,
        "name": location.name,
        "url": page_url,
        "address": {
            "@type": "PostalAddress",
            "streetAddress": location.street,
            "postalCode": location.postal_code,
            "addressLocality": location.post_office,
            "addressRegion": region_name,
            "addressCountry": "FI",
        },
        "geo": {"@type": "GeoCoordinates", "latitude": location.lat, "longitude": location.lon},
        "isAccessibleForFree": True,
    }
    if location.phone:
        place["telephone"] = location.phone
    if location.has_hours:
        place["openingHoursSpecification"] = _hours(location)
    if location.exceptions:
        place["specialOpeningHoursSpecification"] = _special_hours(location)
    if location.accessibility:
        place["amenityFeature"] = [
            {"@type": "LocationFeatureSpecification", "name": feature.label, "value": True}
            for feature in location.accessibility
        ]
    channel: dict[str, Any] = {
        "@type": "ServiceChannel",
        "availableLanguage": [choice.code for choice in location.languages],
    }
    if location.has_place:
        channel["serviceLocation"] = {"@id": place_id}
    if location.web:
        channel["serviceUrl"] = location.web
    if location.phone:
        channel["servicePhone"] = {"@type": "ContactPoint", "telephone": location.phone}
    service: dict[str, Any] = {
        "@type": "GovernmentService",
        "name": location.name,
        "serviceType": ", ".join(choice.label for choice in location.forms),
        "provider": {"@type": "Organization", "name": location.organisation_name},
        "areaServed": _area_served(location, region_name),
        "audience": [{"@type": "Audience", "audienceType": choice.label} for choice in location.target_groups],
        "availableChannel": channel,
    }
    if location.description:
        service["description"] = location.description
    if not location.has_place:
        return {"@context": "https://schema.org", "@graph": [service]}
    return {"@context": "https://schema.org", "@graph": [place, service]}


def _area_served(location: LocationView, region_name: str) -> list[dict[str, str]]:
    """The whole region, or the service's own municipality and those it also reaches."""
    names = (region_name,) if location.whole_region else location.served_names
    return [{"@type": "AdministrativeArea", "name": name} for name in names]
