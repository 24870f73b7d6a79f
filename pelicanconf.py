"""Development settings for the UuDi website (`make serve`).

Production settings (`make build`) extend these in publishconf.py.
Everything that makes the site one region's comes from region.yaml (REGION) and its content/
and data/. Adding a language means adding its URL words to _URL_LANGUAGES, a catalog under
theme/translations/<lang>/ and the language to region.yaml: no code changes.
"""

import os
import sys
from pathlib import Path

from jinja2 import FileSystemBytecodeCache

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))
from plugins.site_data.region import RegionError, load_region  # noqa: E402
from plugins.site_i18n import log_messages  # noqa: E402
from plugins.site_i18n.url_settings import url_settings  # noqa: E402

log_messages.install()  # Pelican's English warnings of a normal build in Finnish

# The region this site serves: region.yaml in SITE_REGION (default: this folder), with its
# content/ and data/ beside it. Plugins and templates read REGION, never a region's name in code.
REGION_DIR = Path(os.environ.get("SITE_REGION") or ROOT).resolve()
try:
    REGION = load_region(REGION_DIR)
except RegionError as error:
    sys.exit(f"Aluetiedostossa on virheitä. Korjaa ne ja yritä uudelleen:\n{error}")

DEFAULT_LANG = REGION.main_lang
SITENAME = REGION.network_name.get(DEFAULT_LANG)
SITEURL = ""
FEED_DOMAIN = "http://127.0.0.1:8000"  # the local preview; publishconf.py sets the real one
AUTHOR = REGION.short_name
TIMEZONE = "Europe/Helsinki"

# The region's own content and data (absolute, so a region folder can live anywhere).
PATH = str(REGION_DIR / "content")
DATA_PATH = str(REGION_DIR / "data")  # YAML records, validated against data/schemas/ (plugins/site_data)
ARTICLE_PATHS = ["posts"]  # events (content/events/) are read by plugins/events
PAGE_PATHS = ["pages"]
STATIC_PATHS = ["images", "extra", "materials"]
EXTRA_PATH_METADATA = {
    "extra/robots.txt": {"path": "robots.txt"},
}
THEME = "theme"
THEME_STATIC_DIR = "theme"

# Site-wide facts shown in the footer and on the contact pages.
CONTACT_PHONE = REGION.contact_phone
CONTACT_PHONE_OWNER = REGION.contact_phone_owner
CONTACT_EMAIL = REGION.contact_email
# Joining the network: the join page links to the form when JOIN_URL is set, otherwise to JOIN_EMAIL.
JOIN_URL = ""
JOIN_EMAIL = CONTACT_EMAIL
# Open data: the members list, written once (by the main language's run) for every language.
MEMBERS_EXPORT_JSON = "avoin-data/jasenet.json"
MEMBERS_EXPORT_CSV = "avoin-data/jasenet.csv"
# Member logos and team photos live in data/images/ and are copied here (once, for every language).
DATA_IMAGES_DIR = "verkosto/kuvat"
SOCIAL_LINKS = [(link.name, link.url) for link in REGION.social]

# Languages: URL words per language, so Swedish readers get Swedish URLs. The region's
# languages (region.yaml) are built; their names come from the region, the words from here.
_URL_LANGUAGES = {
    "fi": {
        "name": "Suomeksi",
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
            # Events (plugins/events), under the "events" page.
            "past": "menneet",
            "online": "verkossa",
            "on_site": "paikan-paalla",
            "audience": "kenelle",
            "calendar": "kalenteri",
            # Search and the A–Ö index of every page (plugins/search).
            "search": "haku",
            "site_index": "hakemisto",
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
            "past": "tidigare",
            "online": "pa-natet",
            "on_site": "pa-plats",
            "audience": "for-vem",
            "calendar": "kalender",
            "search": "sok",
            "site_index": "register",
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


_UNKNOWN = [lang for lang in REGION.languages if lang not in _URL_LANGUAGES]
if _UNKNOWN:
    sys.exit(
        f"{REGION.folder / 'region.yaml'}: kenttä languages: kieltä {', '.join(_UNKNOWN)} ei tunneta. "
        f"Käytä kieliä {', '.join(_URL_LANGUAGES)} tai lisää kielen URL-sanat pelicanconf.py:n _URL_LANGUAGES-kohtaan."
    )
LANGUAGES = {
    lang: {
        **_URL_LANGUAGES[lang],
        "sitename": REGION.network_name.get(lang),
        "organisation": REGION.organisation.get(lang),
    }
    for lang in REGION.languages
}


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
    # jinja2.ext.i18n by name (i18n_subsites installs the catalogs only when it sees it), then the
    # same extension with translations kept per language, which takes its place (see there).
    "extensions": ["jinja2.ext.i18n", "plugins.site_i18n.jinja_gettext.CachedI18n"],
    "trim_blocks": True,
    "lstrip_blocks": True,
    # Every template escapes what it prints; only HTML the build made itself (rendered
    # Markdown, <picture> markup, JSON for <script>) is Markup and passes through as it is.
    "autoescape": True,
    # Compiled templates are kept between builds: every generator of both languages would
    # otherwise compile the same templates again (about 1 s of each preview rebuild). The
    # file names say "autoescape" because a cache compiled without it must never be reused.
    "bytecode_cache": FileSystemBytecodeCache(str(JINJA_CACHE), "__jinja2_autoescape_%s.cache"),
    # A build never sees a template change (the preview starts a new build for a theme edit), so
    # Jinja need not check every template file's modification time on each use (issue 15).
    "auto_reload": False,
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
# Locations a directory page shows at most: the first results on the directory (with JavaScript the
# filter shows this many more at a time) and a page of a municipality or focus list (page/2/ ...),
# so that every page stays within its weight budget at national size (bench/DIRECTORY.md).
DIRECTORY_PAGE_SIZE = 50
PAGINATED_TEMPLATES.update({"directory/municipality": DIRECTORY_PAGE_SIZE, "directory/focus": DIRECTORY_PAGE_SIZE})
# Open data exports, written once (by the main language's run) under this folder of the output.
DIRECTORY_EXPORT_PATH = "avoin-data"
DIRECTORY_DATA_LICENSE = {"name": REGION.licence.name, "url": REGION.licence.url}
# Events (plugins/events): the open data file, written once for every language.
EVENTS_EXPORT_JSON = "avoin-data/tapahtumat.json"
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
# Order matters: site_i18n compiles the catalogs that i18n_subsites installs; sanitise
# cleans rendered bodies before images writes its <picture> markup into them.
PLUGINS = [
    "last_resort",
    "site_i18n",
    "read_cache",  # each Markdown file converted once for all languages (issue 15)
    "sanitise",
    "feeds",
    "network",
    "publishing",
    "images",
    "sharing",
    "directory",
    "events",
    "branding",
    "search",
    "pelican.plugins.i18n_subsites",
    "language_passes",  # the other languages' passes in a second process, beside the main one (issue 15)
]

# The Pagefind index of each language (plugins/search): production builds only, publishconf.py turns it on.
SEARCH_INDEX = False
# Pagefind holds every page it indexes in memory (about 0.3 MB a post): a language with more searchable
# pages is indexed into several bundles, one after the other, which its search page merges (issue 15).
SEARCH_PAGES_PER_BUNDLE = 2000
RELATIVE_URLS = False
# The preview (make serve) reuses parsed content between rebuilds; publishconf.py turns this off.
CACHE_CONTENT = True
LOAD_CONTENT_CACHE = True
CHECK_MODIFIED_METHOD = "mtime"
DELETE_OUTPUT_DIRECTORY = False
