"""What each network page shows, as plain dicts for the templates (no Pelican, no Jinja)."""

from datetime import date
from typing import Any

from plugins.site_data.sitedata import SiteData

from .model import (
    Record,
    group_by_type,
    has_locations_kind,
    localised,
    locations_run_by,
    municipalities_in_order,
    municipality_slug,
)
from .urls import SiteUrls

View = dict[str, Any]


def member_url(urls: SiteUrls, lang: str, member_id: str) -> str:
    """The page of one member in `lang`."""
    url = urls.url(lang, "MEMBER_URL", slug=member_id)
    assert url is not None, "MEMBER_URL is missing from the language's URL settings"
    return url


def municipality_filter_urls(site: SiteData, urls: SiteUrls, code: str) -> dict[str, str]:
    """The members-in-a-municipality page in every language."""
    municipality = site.municipalities[code]
    return urls.every_lang("MEMBERS_MUNICIPALITY_URL", lambda lang: {"slug": municipality_slug(municipality, lang)})


def location_links(site: SiteData, urls: SiteUrls, lang: str, member_id: str) -> list[View]:
    """The support locations a member runs, as name and link; empty without the directory or LOCATION_URL."""
    if not has_locations_kind(site) or urls.url(lang, "LOCATION_URL", slug="x", id="x") is None:
        return []
    return [
        {"name": localised(location.get("name"), lang), "url": urls.url(lang, "LOCATION_URL", slug=location["id"], id=location["id"])}
        for location in locations_run_by(site, member_id, lang)
    ]


def member_view(site: SiteData, urls: SiteUrls, lang: str, member: Record, image_base: str) -> View:
    """Everything a member card or member page shows."""
    served = [site.municipalities[code] for code in member["municipalities"] if code in site.municipalities]
    logo = member.get("logo")
    return {
        "id": member["id"],
        "name": localised(member["name"], lang),
        "type": member["type"],
        "url": member_url(urls, lang, member["id"]),
        "sample": bool(member.get("sample")),
        "municipality_codes": " ".join(m.code for m in served),
        "municipalities": [
            {"name": m.name(lang), "code": m.code, "url": municipality_filter_urls(site, urls, m.code)[lang]} for m in served
        ],
        "website": member.get("website"),
        "logo": {"url": f"{image_base}/{logo['file']}", "alt": localised(logo["alt"], lang)} if logo else None,
        "joined": date.fromisoformat(member["joined"]),
        "contact": member.get("contact"),
        "description": localised(member.get("description"), lang),
        "locations": location_links(site, urls, lang, member["id"]),
    }


def type_groups(members: list[View]) -> list[View]:
    """Member views grouped by type, with counts, for the members list."""
    return [{"type": group.type, "count": group.count, "members": group.members} for group in group_by_type(members)]


def municipality_links(site: SiteData, urls: SiteUrls, lang: str, members: list[View], current: str | None = None) -> list[View]:
    """Every municipality with its member count and filter page, alphabetically."""
    return [
        {
            "code": m.code,
            "name": m.name(lang),
            "count": len(members_serving_views(members, m.code)),
            "url": municipality_filter_urls(site, urls, m.code)[lang],
            "current": m.code == current,
        }
        for m in municipalities_in_order(site, lang)
    ]


def members_serving_views(members: list[View], code: str) -> list[View]:
    """Member views that serve a municipality (views carry codes in `municipality_codes`)."""
    return [m for m in members if code in m["municipality_codes"].split()]
