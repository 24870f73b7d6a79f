"""Production settings (`make build`): pelicanconf.py plus the public URL and security policy.

The site URL comes from the environment: SITEURL=https://example.org/uudi make build
Without it the site is built with root-relative URLs, which work when served from a domain root.
"""

import os
import sys
from pathlib import Path
from urllib.parse import urlsplit

sys.path.append(str(Path(__file__).resolve().parent))
from pelicanconf import *  # noqa: E402,F403

SITEURL = os.environ.get("SITEURL", "").rstrip("/")
FEED_DOMAIN = SITEURL
localise_feed_domains(I18N_SUBSITES, FEED_DOMAIN)
RELATIVE_URLS = False
# No inline script and no third-party origin (see theme/templates/base.html).
# The opt-in map's tiles (MAP_TILE_URL) are the only third-party images.
_TILE_ORIGIN = "{0.scheme}://{0.netloc}".format(urlsplit(MAP_TILE_URL)) if MAP_TILE_URL else ""
CONTENT_SECURITY_POLICY = (
    f"default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: {_TILE_ORIGIN}; "
    "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'"
)
