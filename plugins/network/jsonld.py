"""schema.org Organization JSON-LD for the network and its members."""

from collections.abc import Sequence
from typing import Any

from plugins.site_data.models import Member
from plugins.site_data.municipalities import Municipality

# The closest schema.org type for each member type; everything else is a plain Organization.
SCHEMA_TYPES = {
    "municipality": "GovernmentOrganization",
    "authority": "GovernmentOrganization",
    "association": "NGO",
    "volunteer-group": "NGO",
    "education": "EducationalOrganization",
    "company": "Corporation",
}


def area(municipality: Municipality, lang: str) -> dict[str, Any]:
    """A municipality as a schema.org AdministrativeArea."""
    return {"@type": "AdministrativeArea", "name": municipality.name(lang), "identifier": municipality.code}


def network_reference(name: str, url: str) -> dict[str, Any]:
    """The network as the target of memberOf."""
    return {"@type": "Organization", "@id": url + "#organization", "name": name, "url": url}


def member_jsonld(
    member: Member,
    lang: str,
    page_url: str,
    network: dict[str, Any],
    municipalities: Sequence[Municipality],
    logo_url: str | None = None,
) -> dict[str, Any]:
    """One member as an Organization that is a member of the network."""
    name = member.name.get(lang)
    other_names = [other for code, other in member.name.values if code != lang and other != name]
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": SCHEMA_TYPES.get(member.type, "Organization"),
        "@id": page_url + "#organization",
        "name": name,
        "url": member.website or page_url,
        "mainEntityOfPage": page_url,
        "areaServed": [area(m, lang) for m in municipalities],
        "memberOf": network,
    }
    if other_names:
        data["alternateName"] = other_names
    if logo_url:
        data["logo"] = logo_url
    description = member.description.get(lang)
    if description:
        data["description"] = description
    return data


def network_jsonld(
    name: str, short_name: str, url: str, region_name: str, members: Sequence[tuple[str, str]]
) -> dict[str, Any]:
    """The network as an Organization (short_name: its abbreviation) with its members (name, page URL)."""
    return {
        "@context": "https://schema.org",
        "@type": "Organization",
        "@id": url + "#organization",
        "name": name,
        "alternateName": short_name,
        "url": url,
        "areaServed": {"@type": "AdministrativeArea", "name": region_name},
        "member": [
            {"@type": "Organization", "@id": member_url + "#organization", "name": member_name}
            for member_name, member_url in members
        ],
    }
