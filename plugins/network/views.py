"""What each network page shows, as plain dicts in one language for the templates (no Pelican, no Jinja).

Every view is computed from the typed models of plugins.site_data.
"""

from typing import Any

from plugins.site_data.models import Member
from plugins.site_data.sitedata import SiteData
from plugins.site_i18n.urls import SiteUrls

from .model import group_by_type, has_locations_kind, locations_run_by, municipalities_in_order

View = dict[str, Any]


def member_url(urls: SiteUrls, lang: str, member_id: str) -> str:
    """The page of one member in `lang`."""
    url = urls.url(lang, "MEMBER_URL", member_id)
    assert url is not None, "MEMBER_URL is missing from the language's URL settings"
    return url


def municipality_filter_urls(site: SiteData, urls: SiteUrls, code: str) -> dict[str, str]:
    """The members-in-a-municipality page in every language."""
    return urls.every_lang("MEMBERS_MUNICIPALITY_URL", site.municipalities[code].slug)


def location_links(site: SiteData, urls: SiteUrls, lang: str, member_id: str) -> list[View]:
    """The support locations a member runs, as name and link; empty without the directory or LOCATION_URL."""
    if not has_locations_kind(site) or urls.url(lang, "LOCATION_URL", "x") is None:
        return []
    return [
        {"name": location.name.get(lang), "url": urls.url(lang, "LOCATION_URL", location.id)}
        for location in locations_run_by(site, member_id, lang)
    ]


def member_view(site: SiteData, urls: SiteUrls, lang: str, member: Member, image_base: str) -> View:
    """Everything a member card or member page shows."""
    served = [site.municipalities[code] for code in member.municipalities if code in site.municipalities]
    logo = member.logo
    return {
        "id": member.id,
        "name": member.name.get(lang),
        "type": member.type,
        "url": member_url(urls, lang, member.id),
        "sample": member.sample,
        "municipality_codes": " ".join(m.code for m in served),
        "municipalities": [
            {"name": m.name(lang), "code": m.code, "url": municipality_filter_urls(site, urls, m.code)[lang]}
            for m in served
        ],
        "website": member.website or None,
        "logo": {"url": f"{image_base}/{logo.file}", "alt": logo.alt.get(lang)} if logo else None,
        "joined": member.joined,
        "contact": member.contact,
        "description": member.description.get(lang),
        "locations": location_links(site, urls, lang, member.id),
    }


def type_groups(members: list[View]) -> list[View]:
    """Member views grouped by type, with counts, for the members list."""
    return [
        {"type": group.type, "count": group.count, "members": group.members}
        for group in group_by_type(members, lambda m: m["type"])
    ]


def municipality_links(
    site: SiteData, urls: SiteUrls, lang: str, serving: dict[str, list[View]], current: str | None = None
) -> list[View]:
    """Every municipality with its member count and filter page, alphabetically (serving: from
    members_by_municipality, made once: these links are on every municipality's page)."""
    return [
        {
            "code": m.code,
            "name": m.name(lang),
            "count": len(serving.get(m.code, [])),
            "url": municipality_filter_urls(site, urls, m.code)[lang],
            "current": m.code == current,
        }
        for m in municipalities_in_order(site, lang)
    ]


def members_by_municipality(members: list[View]) -> dict[str, list[View]]:
    """Member views by the municipalities they serve (views carry codes in `municipality_codes`),
    in the members' order; one pass over the members instead of one per municipality."""
    serving: dict[str, list[View]] = {}
    for member in members:
        for code in dict.fromkeys(member["municipality_codes"].split()):
            serving.setdefault(code, []).append(member)
    return serving
