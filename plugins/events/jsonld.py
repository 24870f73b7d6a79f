"""schema.org Event JSON-LD for an event page (name, times with offsets, status, attendance mode, place, organiser, offers)."""

from typing import Any

STATUS = {
    "scheduled": "EventScheduled",
    "cancelled": "EventCancelled",
    "moved-online": "EventMovedOnline",
    "postponed": "EventPostponed",
}
ATTENDANCE = {
    "online": "OnlineEventAttendanceMode",
    "on-site": "OfflineEventAttendanceMode",
    "mixed": "MixedEventAttendanceMode",
}
SCHEMA = "https://schema.org/"


def event_jsonld(view: dict[str, Any], page_url: str, country: str = "FI") -> dict[str, Any]:
    """The Event node of one event page, made from its view (views.event_view)."""
    locations: list[dict[str, Any]] = []
    place = view["place"]
    if place is not None:
        node: dict[str, Any] = {"@type": "Place", "name": place["name"]}
        if place["url"]:
            node["url"] = place["url"]
        if place["street"]:
            node["address"] = {
                "@type": "PostalAddress",
                "streetAddress": place["street"],
                "postalCode": place["postal_code"],
                "addressLocality": place["post_office"],
                "addressCountry": country,
            }
        locations.append(node)
    if view["online"]:
        locations.append({"@type": "VirtualLocation", "url": view["online"]})
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": view["title"],
        "url": page_url,
        "startDate": view["when"]["start"],
        "endDate": view["when"]["end"],
        "eventStatus": SCHEMA + STATUS[view["status"]],
        "eventAttendanceMode": SCHEMA + ATTENDANCE[view["attendance"]],
        "location": locations[0] if len(locations) == 1 else locations,
        "organizer": {"@type": "Organization", "name": view["organiser"]["name"], "url": view["organiser"]["url"]},
        "inLanguage": view["lang"],
        "isAccessibleForFree": True,
    }
    if view["summary"]:
        data["description"] = view["summary"]
    if view["registration"]:
        offer: dict[str, Any] = {
            "@type": "Offer",
            "url": view["registration"],
            "price": 0,
            "priceCurrency": "EUR",
            "availability": SCHEMA + ("InStock" if view["registration_open"] else "SoldOut"),
        }
        if view["registration_deadline"]:
            offer["validThrough"] = view["registration_deadline"]["iso"]
        data["offers"] = offer
    return data
