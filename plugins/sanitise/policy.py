"""What HTML a post or page body may contain, and the one function that enforces it (nh3).

Kept: what Markdown (with extra and toc) writes, tables, figures, details/summary, abbreviations,
headings with ids, images (the images plugin turns them into <picture> after this runs) and links
with http, https, mailto, tel or site-relative addresses. Everything else (scripts, iframes,
objects, forms, styles, meta refreshes, SVG, event-handler attributes) is removed.
"""

import nh3

URL_SCHEMES = frozenset({"http", "https", "mailto", "tel"})
# Attributes allowed on every kept element: anchors (#id), footnote classes, language and direction.
GENERIC_ATTRIBUTES = frozenset({"id", "class", "title", "lang", "dir"})
TAGS: dict[str, frozenset[str]] = {
    **{
        tag: frozenset()
        for tag in (
            "p br hr h1 h2 h3 h4 h5 h6 strong em b i u s small mark code pre kbd samp var blockquote q cite "
            "ul ol li dl dt dd sup sub span div table caption thead tbody tfoot tr colgroup figure figcaption "
            "details summary abbr del ins time"
        ).split()
    },
    "a": frozenset({"href", "hreflang"}),
    "img": frozenset({"src", "alt", "width", "height", "loading", "decoding", "srcset", "sizes"}),
    "picture": frozenset(),
    "source": frozenset({"type", "srcset", "sizes", "media"}),
    "th": frozenset({"align", "colspan", "rowspan", "scope", "style"}),
    "td": frozenset({"align", "colspan", "rowspan", "style"}),
    "col": frozenset({"span"}),
    "ol": frozenset({"start", "reversed", "type"}),
    "details": frozenset({"open"}),
    "time": frozenset({"datetime"}),
}
# Markdown's tables align columns with style="text-align: ..."; no other style is kept.
TABLE_STYLES = frozenset({"text-align: left;", "text-align: right;", "text-align: center;"})


def _keep_attribute(tag: str, attribute: str, value: str) -> str | None:
    """nh3's per-attribute hook: a style survives only as one of Markdown's column alignments."""
    if attribute == "style":
        return value if value in TABLE_STYLES else None
    return value


def allowed_attributes() -> dict[str, set[str]]:
    """Per-tag attributes in the form nh3 wants."""
    return {"*": set(GENERIC_ATTRIBUTES), **{tag: set(attributes) for tag, attributes in TAGS.items()}}


# One cleaner for the whole build: building nh3's policy on every call cost about a fifth of sanitising.
_CLEANER = nh3.Cleaner(
    tags=set(TAGS),
    attributes=allowed_attributes(),
    attribute_filter=_keep_attribute,
    url_schemes=set(URL_SCHEMES),
    link_rel=None,
    strip_comments=True,
    clean_content_tags={"script", "style"},
)


def sanitise(html: str) -> str:
    """html with every element, attribute and URL scheme outside the policy removed."""
    return _CLEANER.clean(html)
