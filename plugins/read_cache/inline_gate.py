"""Skip Markdown inline patterns that cannot match a piece of text, with the same HTML.

Python-Markdown's inline processor tries every inline pattern (links, emphasis, code, HTML,
entities...) on every run of text by calling `pattern.getCompiledRegExp().finditer(data, start)`
(markdown.treeprocessors.InlineProcessor.__applyPattern, Markdown 3.11.3). Most sentences hold none
of the characters those patterns start with, yet each call scans the text again; that is about a
fifth of converting a post (issue 15: 7.2 s -> 5.8 s of CPU on 2,000 generated posts).

`gate_inline_patterns` wraps a pattern's compiled regular expression in a `Gate` that first looks
for a substring every match of that expression must contain (a backtick for code, `[` for links,
`&` for entities...) and gives back no matches when it is absent. When it is present the real
expression runs, so the HTML is byte for byte the same (tests/plugins/read_cache checks it).

Only expressions listed in REQUIRED, by their exact text, are gated: a pattern an extension adds
or replaces, or one a Markdown upgrade rewrites, runs as before, only not faster.
"""

import re
from collections.abc import Iterable
from typing import Any

from markdown import Markdown
from markdown.inlinepatterns import InlineProcessor
from markdown.treeprocessors import InlineProcessor as InlineTreeprocessor

# The text of each inline expression of Markdown 3.11.3 (with extra and toc) -> the substrings of
# which every match holds at least one. Lookbehinds may look before `start`, so the test is on the
# whole text, which can only let more through.
REQUIRED: dict[str, tuple[str, ...]] = {
    r"(?:(?<!\\)((?:\\{2})+)(?=`+)|(?<!\\)`)": ("`",),  # backtick
    r"\\(.)": ("\\",),  # escape
    r"\[\^([^\]]*)\]": ("[^",),  # footnote
    r"(?<!\!)\[": ("[",),  # reference, link, short_reference
    r"\!\[": ("![",),  # image_link, image_reference, short_image_ref
    r"<([A-Za-z][A-Za-z0-9+.-]*://[^<>]*)>": ("<",),  # autolink
    r"<([^<> !]+@[^@<> ]+)>": ("<",),  # automail
    "  \\n": ("  \n",),  # linebreak: two spaces at the end of a line
    (
        r"""(<(\/?+[a-zA-Z][^\s"'<>@]*+(?:\s+[^\s"'=<>]++(?:\s*+=\s*+(?:"[^"]*+"|'[^']*+'|"""
        r"""[^\s"'=<>]++))?+)*+\s*+/?|!--(?:(?!<!--|-->).)*--|[?](?:(?!<[?]|[?]>).)*[?]|"""
        r"""!\[CDATA\[(?:(?!<!\[CDATA\[|\]\]>).)*\]\])>)"""
    ): ("<",),  # html
    r"(&(?:\#[0-9]+|\#x[0-9a-fA-F]+|[a-zA-Z0-9]+);)": ("&",),  # entity
    r"\*|_": ("*", "_"),  # em_strong
}


class Gate:
    """A compiled expression that is only run on text holding one of its required substrings."""

    def __init__(self, expression: re.Pattern[str], required: tuple[str, ...]) -> None:
        self.expression = expression
        self.required = required

    def finditer(self, data: str, pos: int = 0) -> Iterable[re.Match[str]]:
        """The expression's matches in `data` from `pos`; none when it cannot match."""
        # A plain loop, not any(...): this runs a million times a build.
        for needle in self.required:
            if needle in data:
                return self.expression.finditer(data, pos)
        return ()

    def __getattr__(self, name: str) -> Any:
        # Anything else (pattern, flags, match...) is the real expression's.
        return getattr(self.expression, name)


def gate_inline_patterns(markdown: Markdown) -> int:
    """Gate this converter's known inline patterns; returns how many were gated.

    Call it once the converter is made: its inline treeprocessor is then handed the patterns as a
    tuple, as its extensions registered them. It looks one up by position about a million times a
    build, and a Registry sorts and looks up by name on each (another 5 % of converting a post)."""
    gated = 0
    for pattern in markdown.inlinePatterns:
        expression = pattern.compiled_re
        # Only new-style processors call finditer; a legacy Pattern calls match on a slice.
        if isinstance(pattern, InlineProcessor) and isinstance(expression, re.Pattern):
            required = REQUIRED.get(expression.pattern)
            if required is not None:
                pattern.compiled_re = Gate(expression, required)  # type: ignore[assignment]
                gated += 1
    inline = markdown.treeprocessors["inline"] if "inline" in markdown.treeprocessors else None
    if isinstance(inline, InlineTreeprocessor):
        inline.inlinePatterns = tuple(markdown.inlinePatterns)  # type: ignore[assignment]
    return gated
