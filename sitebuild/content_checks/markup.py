"""Raw HTML and link addresses in a body: what the sanitiser would remove, and unsafe link schemes.

The build removes HTML outside the policy (plugins/sanitise); this check says where it is, so
the writer can fix the file instead of wondering where their markup went.
"""

import html
import re
from collections.abc import Iterator
from urllib.parse import unquote

from plugins.sanitise.policy import GENERIC_ATTRIBUTES, TAGS
from plugins.site_data.problems import Problem
from sitebuild.linkcheck import unsafe_url_scheme

from .links import IMAGE, LINK, REFERENCE, _unwrap
from .source import SourceFile

TAG = re.compile(r"<\s*(?P<close>/)?\s*(?P<name>[A-Za-z][A-Za-z0-9:-]*)(?P<attributes>[^>]*)>?")
ATTRIBUTE = re.compile(r"""(?P<name>[^\s"'>/=]+)(?:\s*=\s*(?:"(?P<dq>[^"]*)"|'(?P<sq>[^']*)'|(?P<bare>[^\s>]+)))?""")
# A plain address for mailto: links, the same rule as the "email" pattern of data/schemas/.
PLAIN_EMAIL = re.compile(r"^[^@\s<>\"'(),;:\[\]\\]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}\Z")
URL_ATTRIBUTES = frozenset({"href", "src", "srcset", "action", "formaction", "poster", "xlink:href"})


def _unsafe_link(source: SourceFile, number: int, url: str) -> Problem | None:
    scheme = unsafe_url_scheme(url)
    if url.lower().startswith("mailto:"):
        address = unquote(url[len("mailto:") :].split("?")[0])
        if not PLAIN_EMAIL.match(address):
            return Problem(
                source.path,
                number,
                f"Sähköpostilinkin osoite {address[:80]!r} ei ole tavallinen sähköpostiosoite. "
                "Kirjoita muodossa mailto:nimi@esimerkki.fi.",
                "link",
            )
    if scheme is None:
        return None
    return Problem(
        source.path,
        number,
        f"Linkin osoite alkaa '{scheme}:'. Sallittuja ovat vain http-, https-, mailto- ja tel-osoitteet sekä "
        "sivuston omat osoitteet (/tietoa/). Korjaa tai poista linkki.",
        "link",
    )


def check_markup(source: SourceFile) -> Iterator[Problem]:
    """Unsafe link addresses (errors) and HTML the build will remove (warnings), line by line."""
    for number, line in source.body_lines():
        for pattern in (IMAGE, LINK):
            for match in pattern.finditer(line):
                problem = _unsafe_link(source, number, _unwrap(match["target"]))
                if problem:
                    yield problem
        reference = REFERENCE.match(line)
        if reference and (problem := _unsafe_link(source, number, reference["target"])):
            yield problem
        if "<" not in line:
            continue
        for tag in TAG.finditer(line):
            name = tag["name"].lower()
            if name not in TAGS:
                if not tag["close"]:
                    yield Problem(
                        source.path,
                        number,
                        f"HTML-elementti <{name}> poistetaan julkaistusta sivusta (sallittuja ovat mm. taulukot, "
                        "kuvat, linkit, details ja abbr). Poista se tai kirjoita sisältö Markdownina.",
                        "html",
                        warning=True,
                    )
                continue
            for attribute in ATTRIBUTE.finditer(tag["attributes"]):
                key = attribute["name"].lower()
                value = next((v for v in attribute.group("dq", "sq", "bare") if v is not None), "")
                if key in URL_ATTRIBUTES and (problem := _unsafe_link(source, number, html.unescape(value))):
                    yield problem
                elif key not in TAGS[name] | GENERIC_ATTRIBUTES:
                    yield Problem(
                        source.path,
                        number,
                        f"Määre {key}= poistetaan elementistä <{name}>. Poista se.",
                        "html",
                        warning=True,
                    )
