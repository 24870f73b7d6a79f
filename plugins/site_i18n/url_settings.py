"""Every *_URL and *_SAVE_AS setting of one language, from its URL words and page slugs (pelicanconf.py).

One placeholder convention: a URL that names a thing has `{slug}` (a post's, a member's, a location's id,
a municipality's name); plugins/site_i18n/urls.url_for fills it in.
"""


def url_settings(words: dict[str, str], pages: dict[str, str]) -> dict[str, str]:
    """Folder-style URL settings built from one language's URL words and page slugs."""
    news = words["news"]
    settings = {
        "ARTICLE_URL": f"{news}/{{slug}}/",
        "ARTICLE_LANG_URL": f"{news}/{{slug}}/",
        "PAGE_URL": "{slug}/",
        "PAGE_LANG_URL": "{slug}/",
        "INDEX_URL": f"{news}/",
        "ARCHIVES_URL": f"{news}/{words['archive']}/",
        "CATEGORIES_URL": f"{news}/{words['category']}/",
        "CATEGORY_URL": f"{news}/{words['category']}/{{slug}}/",
        "TAGS_URL": f"{news}/{words['tag']}/",
        "TAG_URL": f"{news}/{words['tag']}/{{slug}}/",
        "AUTHORS_URL": f"{news}/{words['author']}/",
        "AUTHOR_URL": f"{news}/{words['author']}/{{slug}}/",
    }
    support = pages["support"]
    settings.update(
        {
            "LOCATION_URL": f"{support}/{words['location']}/{{slug}}/",
            "MUNICIPALITY_URL": f"{support}/{{slug}}/",
            "LOCATIONS_MAP_URL": f"{support}/{words['map']}/",
            "FOCUS_YOUTH_URL": f"{support}/{words['youth']}/",
            "FOCUS_HOME_VISITS_URL": f"{support}/{words['home_visits']}/",
            "SEARCH_URL": f"{words['search']}/",
            "SITE_INDEX_URL": f"{words['site_index']}/",
        }
    )
    for name, url in list(settings.items()):
        settings[name.replace("_URL", "_SAVE_AS")] = url + "index.html"
    # The directory filter's index of every location (JSON the script loads, not a page).
    settings["LOCATIONS_INDEX_URL"] = f"{support}/index.json"
    settings.update({f"{key.upper()}_URL": f"{slug}/" for key, slug in pages.items()})
    settings.update(network_url_settings(words, pages["network"]))
    settings.update(events_url_settings(words, pages["events"]))
    settings["HOME_URL"] = ""
    settings["HOME_SAVE_AS"] = "index.html"
    # Only this language's posts (FEED_ALL_* would also carry the translations).
    settings["FEED_ATOM"] = f"{news}/feeds/atom.xml"
    settings["FEED_RSS"] = f"{news}/feeds/rss.xml"
    return settings


def network_url_settings(words: dict[str, str], network: str) -> dict[str, str]:
    """URLs of the pages plugins/network generates: members, a member, members by municipality, partners."""
    members = f"{network}/{words['members']}/"
    urls = {
        "MEMBERS_URL": members,
        "MEMBER_URL": members + "{slug}/",
        "MEMBERS_MUNICIPALITY_URL": members + f"{words['municipality']}/{{slug}}/",
        "PARTNERS_URL": f"{network}/{words['partners']}/",
    }
    return {**urls, **{name.replace("_URL", "_SAVE_AS"): url + "index.html" for name, url in urls.items()}}


def events_url_settings(words: dict[str, str], events: str) -> dict[str, str]:
    """URLs of the pages and files plugins/events writes: lists, filters, an event, calendars, the feed."""
    pages = {
        "EVENTS_PAST_URL": f"{events}/{words['past']}/",
        "EVENTS_ONLINE_URL": f"{events}/{words['online']}/",
        "EVENTS_ON_SITE_URL": f"{events}/{words['on_site']}/",
        "EVENTS_AUDIENCE_URL": f"{events}/{words['audience']}/{{slug}}/",
        "EVENT_URL": f"{events}/{{slug}}/",
    }
    urls = {name.replace("_URL", "_SAVE_AS"): url + "index.html" for name, url in pages.items()}
    urls["EVENTS_SAVE_AS"] = f"{events}/index.html"
    files = {
        "EVENT_ICS_URL": f"{events}/{{slug}}/{{slug}}.ics",
        "EVENTS_CALENDAR_URL": f"{events}/{words['calendar']}.ics",
        "EVENTS_FEED_ATOM": f"{events}/feeds/atom.xml",
    }
    return {**pages, **urls, **files}
