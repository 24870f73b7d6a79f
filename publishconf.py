"""Production settings (`make build`): pelicanconf.py plus the public URL and security policy.

The site URL comes from the environment: SITEURL=https://example.org/uudi make build
Without it the site is built with root-relative URLs, which work when served from a domain root.
"""

import os
import sys
from pathlib import Path
from urllib.parse import urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parent))
# pelicanconf.py of this folder, read afresh: it finds the region, content and data from its own
# location, and one process (a test, `make check`) may read the settings of several project copies.
sys.modules.pop("pelicanconf", None)
from pelicanconf import *  # noqa: E402, F403
from pelicanconf import I18N_SUBSITES, localise_feed_domains  # noqa: E402
from plugins.security_headers.policy import meta_policy, search_policy  # noqa: E402

SITEURL = os.environ.get("SITEURL", "").rstrip("/")
FEED_DOMAIN = SITEURL
localise_feed_domains(I18N_SUBSITES, FEED_DOMAIN)
RELATIVE_URLS = False
# The opt-in map's tiles (MAP_TILE_URL) are the only third-party images, loaded only after the
# visitor asks for the map.
_TILE_ORIGIN = "{0.scheme}://{0.netloc}".format(urlsplit(MAP_TILE_URL)) if MAP_TILE_URL else ""  # noqa: F405
CACHE_CONTENT = False
LOAD_CONTENT_CACHE = False
# Drafts and posts dated after today (SITE_BUILD_DATE) are not published; the daily CI build
# publishes a scheduled post on its day. Drafts are not written anywhere, not even drafts/.
PREVIEW_DRAFTS = False
PUBLISH_FUTURE_POSTS = False
DRAFT_SAVE_AS = ""
DRAFT_LANG_SAVE_AS = ""
DRAFT_PAGE_SAVE_AS = ""
DRAFT_PAGE_LANG_SAVE_AS = ""
# The one definition of the security headers. plugins/security_headers writes it as _headers
# (Netlify, Cloudflare Pages), .htaccess (Apache) and nginx-security-headers.conf, and
# base.html repeats the policy in a <meta> tag for hosts that cannot set headers.
# No inline script, no inline style and no third-party origin.
SECURITY_HEADERS = {
    "Content-Security-Policy": (
        f"default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: {_TILE_ORIGIN}; "
        "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
        "form-action 'self'; frame-ancestors 'none'"
    ),
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "X-Content-Type-Options": "nosniff",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
}
CONTENT_SECURITY_POLICY = meta_policy(SECURITY_HEADERS["Content-Security-Policy"])
SEARCH_INDEX = True  # each language's Pagefind index, made as its pages are written (plugins/search)
# The search page alone runs WebAssembly (Pagefind); the host files get the same exception.
SEARCH_CONTENT_SECURITY_POLICY = meta_policy(search_policy(SECURITY_HEADERS["Content-Security-Policy"]))
PLUGINS = [*PLUGINS, "security_headers"]  # noqa: F405
