"""Settings and environment checked before anything is read or built, with plain Finnish messages."""

import os
import re
from collections.abc import Mapping
from datetime import date
from pathlib import Path
from typing import Any

# An http(s) address with a host and an optional path: no quotes, spaces, control characters or
# markup, because SITEURL is written into every page, feed and the Content-Security-Policy.
SITEURL = re.compile(r"^https?://[A-Za-z0-9.-]+(?::[0-9]{1,5})?(?:/[A-Za-z0-9._~%/-]*)?$")


def environment_problems(environ: Mapping[str, str] | None = None) -> list[str]:
    """What is wrong with SITEURL, SITE_BUILD_DATE and SITE_REGION in the environment."""
    environ = os.environ if environ is None else environ
    problems = []
    siteurl = environ.get("SITEURL", "")
    if siteurl and not SITEURL.fullmatch(siteurl):
        problems.append(
            f"SITEURL {siteurl[:80]!r} ei ole kelvollinen osoite. Anna osoite muodossa https://esimerkki.fi "
            "(tai https://esimerkki.fi/polku) ilman lainausmerkkejä, välilyöntejä tai muita merkkejä."
        )
    pinned = environ.get("SITE_BUILD_DATE", "")
    if pinned:
        try:
            date.fromisoformat(pinned)
        except ValueError:
            problems.append(f"SITE_BUILD_DATE {pinned[:40]!r} ei ole päivämäärä. Käytä muotoa 2026-11-26.")
    region = environ.get("SITE_REGION", "")
    if region and not (Path(region) / "region.yaml").is_file():
        problems.append(
            f"SITE_REGION {region[:200]!r}: kansiota tai sen region.yaml-tiedostoa ei löydy. "
            "Anna alueen kansio, jossa on region.yaml, content/ ja data/."
        )
    return problems


def settings_problems(settings: Mapping[str, Any]) -> list[str]:
    """What is wrong with the settings Pelican read (SITEURL set in a settings file, for example)."""
    siteurl = str(settings.get("SITEURL") or "")
    if siteurl and not SITEURL.fullmatch(siteurl):
        return [f"SITEURL {siteurl[:80]!r} asetuksissa ei ole kelvollinen http(s)-osoite. Korjaa se."]
    return []
