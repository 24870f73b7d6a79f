"""Rebuild vocab-subset.json: the schema.org types and properties the site's JSON-LD uses (locations, network, events).

Run from the repository root when the JSON-LD starts using a new type or property:
    .venv/bin/python tests/standards/schemaorg/extract_subset.py ../shared/standards/schemaorg/vocab.json
"""

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TYPES = [
    "Place",
    "PostalAddress",
    "GeoCoordinates",
    "OpeningHoursSpecification",
    "LocationFeatureSpecification",
    "GovernmentService",
    "ServiceChannel",
    "ContactPoint",
    "Organization",
    "Audience",
    "DayOfWeek",
    "GovernmentOrganization",
    "NGO",
    "EducationalOrganization",
    "Corporation",
    "AdministrativeArea",
    "ImageObject",
    # Events (plugins/events)
    "Event",
    "VirtualLocation",
    "EventStatusType",
    "EventAttendanceModeEnumeration",
    "Offer",
    "ItemAvailability",
]
DATATYPES = ["Text", "URL", "Number", "Boolean", "Date", "DateTime", "Time"]
PROPERTIES = [
    "name",
    "url",
    "address",
    "geo",
    "telephone",
    "openingHoursSpecification",
    "specialOpeningHoursSpecification",
    "amenityFeature",
    "value",
    "isAccessibleForFree",
    "streetAddress",
    "postalCode",
    "addressLocality",
    "addressRegion",
    "addressCountry",
    "latitude",
    "longitude",
    "dayOfWeek",
    "opens",
    "closes",
    "validFrom",
    "validThrough",
    "serviceType",
    "provider",
    "areaServed",
    "audience",
    "audienceType",
    "availableChannel",
    "serviceLocation",
    "availableLanguage",
    "serviceUrl",
    "servicePhone",
    "description",
    "alternateName",
    "mainEntityOfPage",
    "memberOf",
    "member",
    "logo",
    "identifier",
    "startDate",
    "endDate",
    "eventStatus",
    "eventAttendanceMode",
    "location",
    "organizer",
    "inLanguage",
    "offers",
    "price",
    "priceCurrency",
    "availability",
]


def main(source: Path) -> None:
    vocab = json.loads(source.read_text(encoding="utf-8"))
    keep: dict[str, list[str]] = {}
    todo = TYPES + DATATYPES
    while todo:
        name = todo.pop()
        if name in keep or name not in vocab["types"]:
            continue
        keep[name] = vocab["types"][name]
        todo.extend(keep[name])
    subset = {
        "release": vocab["release"],
        "source": vocab["source"],
        "licence": vocab["licence"],
        "note": "Subset of ../shared/standards/schemaorg/vocab.json made by extract_subset.py.",
        "types": dict(sorted(keep.items())),
        "properties": {name: vocab["properties"][name] for name in sorted(PROPERTIES)},
        "enumeration_members": {
            name: types for name, types in vocab["enumeration_members"].items() if set(types) & set(keep)
        },
    }
    (HERE / "vocab-subset.json").write_text(json.dumps(subset, indent=1, sort_keys=True) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
