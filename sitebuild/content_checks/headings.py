"""Heading levels: the title is h1, the body starts at h2 (##) and never skips a level."""

import re
from collections.abc import Iterator

from plugins.site_data.problems import Problem

from .source import SourceFile

ATX = re.compile(r"^ {0,3}(?P<hashes>#{1,6})(?:\s|$)")
HTML_HEADING = re.compile(r"<h(?P<level>[1-6])\b", re.IGNORECASE)


def _levels(source: SourceFile) -> Iterator[tuple[int, int]]:
    for number, line in source.body_lines():
        match = ATX.match(line)
        if match:
            yield number, len(match["hashes"])
        for html in HTML_HEADING.finditer(line):
            yield number, int(html["level"])


def check_headings(source: SourceFile) -> Iterator[Problem]:
    """A heading that skips a level (## then ####) is an error; a second main heading (#) a warning."""
    previous = 1  # the title
    for number, level in _levels(source):
        if level == 1:
            yield Problem(
                source.path,
                number,
                "Tekstissä on pääotsikko (#), mutta sivun pääotsikko on jo Title-rivillä. Käytä väliotsikoissa ## tai ###.",
                "otsikko",
                warning=True,
            )
        elif level > previous + 1:
            wanted = previous + 1
            yield Problem(
                source.path,
                number,
                f"Otsikkotaso hyppää tasolta h{previous} tasolle h{level}. Käytä tasoa h{wanted} ({'#' * wanted}), "
                "jotta ruudunlukijan käyttäjä pysyy mukana sisällön rakenteessa.",
                "otsikko",
            )
        previous = level
