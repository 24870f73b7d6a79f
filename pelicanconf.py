"""Development settings for the UuDi website (`make serve`).

Production settings (`make build`) extend these in publishconf.py.
Adding a language means adding an entry to LANGUAGES and a catalog under
theme/translations/<lang>/: no code changes.
"""

import os
import sys
from pathlib import Path

from jinja2 import FileSystemBytecodeCache

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))
from plugins.site_data.region import RegionError, load_region  # noqa: E402

# The region this site serves: region.yaml in SITE_REGION (default: this folder), with its
# content/ and data/ beside it. Plugins and templates read REGION, never a region's name in code.
REGION_DIR = Path(os.environ.get("SITE_REGION") or ROOT).resolve()
try:
    REGION = load_region(REGION_DIR)
except RegionError as error:
    sys.exit(f"Aluetiedostossa on virheitä. Korjaa ne ja yritä uudelleen:\n{error}")

SITENAME = "Uudenmaan Digitukiverkosto UuDi"
SITEURL = ""
FEED_DOMAIN = "http://127.0.0.1:8000"  # the local preview; publishconf.py sets the real one
AUTHOR = "UuDi"
TIMEZONE = "Europe/Helsinki"
DEFAULT_LANG = "fi"

PATH = "content"
DATA_PATH = "data"  # YAML records, validated against data/schemas/ (plugins/site_data)
ARTICLE_PATHS = ["posts", "events"]  # events are posts in the Tapahtumat/Evenemang category for now
PAGE_PATHS = ["pages"]
STATIC_PATHS = ["images", "extra", "materials"]
EXTRA_PATH_METADATA = {
    "extra/robots.txt": {"path": "robots.txt"},
}
THEME = "theme"
THEME_STATIC_DIR = "theme"

# Site-wide facts shown in the footer and on the contact pages.
CONTACT_PHONE = "040 586 4682"
CONTACT_PHONE_OWNER = "Tanna Rantanen"
# Sample address until the network confirms its public mailbox (see README).
CONTACT_EMAIL = "uudi@example.fi"
# Joining the network: the join page links to the form when JOIN_URL is set, otherwise to JOIN_EMAIL.
JOIN_URL = ""
JOIN_EMAIL = CONTACT_EMAIL
# Open data: the members list, written once (by the main language's run) for every language.
MEMBERS_EXPORT_JSON = "avoin-data/jasenet.json"
MEMBERS_EXPORT_CSV = "avoin-data/jasenet.csv"
# Member logos and team photos live in data/images/ and are copied here (once, for every language).
DATA_IMAGES_DIR = "verkosto/kuvat"
SOCIAL_LINKS = [
    ("Facebook", "https://www.facebook.com/"),
    ("Instagram", "https://www.instagram.com/"),
    ("LinkedIn", "https://www.linkedin.com/"),
]

# Languages: URL words per language, so Swedish readers get Swedish URLs.
LANGUAGES = {
    "fi": {
        "name": "Suomeksi",
        "sitename": "Uudenmaan Digitukiverkosto UuDi",
        "organisation": "Uudenmaan liitto",
        "words": {
            "news": "uutiset",
            "category": "kategoria",
            "tag": "avainsana",
            "author": "kirjoittaja",
            "archive": "arkisto",
            "members": "jasenet",
            "municipality": "kunta",
            "partners": "kumppanit",
            # Support directory (plugins/directory), under the "support" page.
            "location": "paikka",
            "map": "kartta",
            "youth": "nuoret",
            "home_visits": "kotiin-vietava-digituki",
        },
        # Slugs of the pages the navigation and footer link to.
        "pages": {
            "support": "loyda-digitukea",
            "events": "tapahtumat",
            "network": "verkosto",
            "joining": "liity-verkostoon",
            "materials": "jasenmateriaalit",
            "about": "tietoa",
            "contact": "yhteystiedot",
            "accessibility": "saavutettavuusseloste",
            "privacy": "tietosuojaseloste",
        },
    },
    "sv": {
        "name": "På svenska",
        "sitename": "Nylands digistödsnätverk UuDi",
        "organisation": "Nylands förbund",
        "words": {
            "news": "nyheter",
            "category": "kategori",
            "tag": "etikett",
            "author": "skribent",
            "archive": "arkiv",
            "members": "medlemmar",
            "municipality": "kommun",
            "partners": "partner",
            "location": "plats",
            "map": "karta",
            "youth": "unga",
            "home_visits": "digistod-i-hemmet",
        },
        "pages": {
            "support": "hitta-digistod",
            "events": "evenemang",
            "network": "natverket",
            "joining": "bli-medlem",
            "materials": "material-for-medlemmar",
            "about": "om-oss",
            "contact": "kontakt",
            "accessibility": "tillganglighetsutlatande",
            "privacy": "dataskyddsbeskrivning",
        },
    },
}


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
            "LOCATION_URL": f"{support}/{words['location']}/{{id}}/",
            "MUNICIPALITY_URL": f"{support}/{{slug}}/",
            "LOCATIONS_MAP_URL": f"{support}/{words['map']}/",
            "FOCUS_YOUTH_URL": f"{support}/{words['youth']}/",
            "FOCUS_HOME_VISITS_URL": f"{support}/{words['home_visits']}/",
        }
    )
    for name, url in list(settings.items()):
        settings[name.replace("_URL", "_SAVE_AS")] = url + "index.html"
    settings.update({f"{key.upper()}_URL": f"{slug}/" for key, slug in pages.items()})
    settings.update(network_url_settings(words, pages["network"]))
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


# Every language's URL settings, so templates can link to the same page in another language.
LANGUAGE_URLS = {lang: url_settings(spec["words"], spec["pages"]) for lang, spec in LANGUAGES.items()}
globals().update(LANGUAGE_URLS[DEFAULT_LANG])
ORGANISATION = LANGUAGES[DEFAULT_LANG]["organisation"]
I18N_SUBSITES = {
    lang: {**LANGUAGE_URLS[lang], "SITENAME": spec["sitename"], "ORGANISATION": spec["organisation"]}
    for lang, spec in LANGUAGES.items()
    if lang != DEFAULT_LANG
}


def localise_feed_domains(subsites: dict[str, dict], feed_domain: str) -> None:
    """Feed self-links of each language site live under that site's folder (/sv/...)."""
    for lang, overrides in subsites.items():
        overrides["FEED_DOMAIN"] = f"{feed_domain}/{lang}"


localise_feed_domains(I18N_SUBSITES, FEED_DOMAIN)
FEED_EMPTY_UPDATED = "2020-11-01"  # a language with no posts yet still gets a stable feed date
# Message ids are English, so Finnish also reads its catalog.
I18N_TEMPLATES_LANG = "en"
I18N_GETTEXT_LOCALEDIR = str(ROOT / ".cache" / "locale")
I18N_GETTEXT_DOMAIN = "messages"
I18N_UNTRANSLATED_ARTICLES = "remove"
I18N_UNTRANSLATED_PAGES = "remove"
JINJA_CACHE = ROOT / ".cache" / "jinja"
JINJA_CACHE.mkdir(parents=True, exist_ok=True)
JINJA_ENVIRONMENT = {
    "extensions": ["jinja2.ext.i18n"],
    "trim_blocks": True,
    "lstrip_blocks": True,
    # Every template escapes what it prints; only HTML the build made itself (rendered
    # Markdown, <picture> markup, JSON for <script>) is Markup and passes through as it is.
    "autoescape": True,
    # Compiled templates are kept between builds: every generator of both languages would
    # otherwise compile the same templates again (about 1 s of each preview rebuild). The
    # file names say "autoescape" because a cache compiled without it must never be reused.
    "bytecode_cache": FileSystemBytecodeCache(str(JINJA_CACHE), "__jinja2_autoescape_%s.cache"),
}

# Translations are linked by `translation_key` (defaults to the slug), so
# each language keeps its own readable slug.
ARTICLE_TRANSLATION_ID = "translation_key"
PAGE_TRANSLATION_ID = "translation_key"

DIRECT_TEMPLATES = ["home", "index", "archives", "categories", "tags", "authors"]
PAGINATED_TEMPLATES = {"index": None, "tag": None, "category": None, "author": None}
DEFAULT_PAGINATION = 10
# Directory-style pagination: the default {name}{number}.html collides (tag t1 page 3 = tag t13).
PAGINATION_PATTERNS = (
    (1, "{url}", "{save_as}"),
    (2, "{base_name}/page/{number}/", "{base_name}/page/{number}/index.html"),
)
# Not needed: year/month archives, per-category/tag feeds, drafts in the main list.
YEAR_ARCHIVE_SAVE_AS = ""
MONTH_ARCHIVE_SAVE_AS = ""
DAY_ARCHIVE_SAVE_AS = ""
FEED_ALL_ATOM = None
FEED_ALL_RSS = None
CATEGORY_FEED_ATOM = None
CATEGORY_FEED_RSS = None
AUTHOR_FEED_ATOM = None
AUTHOR_FEED_RSS = None
TRANSLATION_FEED_ATOM = None
TRANSLATION_FEED_RSS = None
FEED_MAX_ITEMS = 20

# Support directory (plugins/directory). Focus pages list the locations of the current period's
# focus (setting name suffix -> the field and value they filter on).
DIRECTORY_FOCUS = {"YOUTH": ("target_groups", "youth"), "HOME_VISITS": ("forms", "home-visit")}
# Open data exports, written once (by the main language's run) under this folder of the output.
DIRECTORY_EXPORT_PATH = "avoin-data"
DIRECTORY_DATA_LICENSE = {"name": "CC BY 4.0", "url": "https://creativecommons.org/licenses/by/4.0/"}
# The map is opt-in: nothing is fetched from the tile server until the visitor asks for the map.
# publishconf.py allows this origin in the Content-Security-Policy.
MAP_TILE_URL = "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
MAP_TILE_ATTRIBUTION = '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>'
# Directions open in the visitor's own map service ({lat}, {lon} of the location).
DIRECTIONS_URL = "https://www.openstreetmap.org/directions?route=%3B{lat}%2C{lon}"

MARKDOWN = {
    "extension_configs": {
        "markdown.extensions.extra": {},
        "markdown.extensions.toc": {"permalink": False},
    },
    "output_format": "html5",
}
SLUGIFY_SOURCE = "title"
DEFAULT_DATE_FORMAT = "medium"  # a Babel format name, see plugins/site_i18n

# Drafts and scheduling (plugins/publishing): the preview shows drafts and future posts, marked.
# Production (publishconf.py) leaves both out. SITE_BUILD_DATE=2026-12-01 pins "today".
PREVIEW_DRAFTS = True
PUBLISH_FUTURE_POSTS = True
WITH_FUTURE_DATES = True  # Pelican's clock-based check is off; plugins/publishing decides
BUILD_DATE = os.environ.get("SITE_BUILD_DATE") or None

# Responsive images (plugins/images): widths of the variants made of every photo in content/images/.
IMAGE_WIDTHS = (480, 800, 1200)
CACHE_PATH = str(ROOT / ".cache" / "pelican")
# Encoded variants are cached by the photo's content hash, so only a new photo is encoded (once).
IMAGE_CACHE_PATH = os.environ.get("IMAGE_CACHE_PATH") or str(ROOT / ".cache" / "images")

# Sharing (plugins/sharing): the image shown when a page without a cover is shared.
SHARE_IMAGE = "theme/img/share.png"
SHARE_IMAGE_SIZE = (1200, 630)

PLUGIN_PATHS = ["plugins"]
# Order matters: site_i18n compiles the catalogs that i18n_subsites installs.
PLUGINS = [
    "site_i18n",
    "feeds",
    "network",
    "publishing",
    "images",
    "sharing",
    "directory",
    "pelican.plugins.i18n_subsites",
]

RELATIVE_URLS = False
# The preview (make serve) reuses parsed content between rebuilds; publishconf.py turns this off.
CACHE_CONTENT = True
LOAD_CONTENT_CACHE = True
CHECK_MODIFIED_METHOD = "mtime"
DELETE_OUTPUT_DIRECTORY = False
