"""The static folders of content/ (images, materials, extra): copied as they are, so checked first."""

from collections.abc import Iterable, Iterator
from pathlib import Path

from plugins.site_data.files import resolves_inside, svg_problem
from plugins.site_data.problems import Problem


def check_static_files(content_dir: Path, static_paths: Iterable[str]) -> Iterator[Problem]:
    """Links that lead outside content/ and SVG files that could run code."""
    for folder in static_paths:
        for path in sorted((content_dir / folder).rglob("*")):
            if path.is_symlink() and not resolves_inside(path, content_dir):
                yield Problem(
                    path,
                    0,
                    "Tiedosto on linkki kansion content/ ulkopuolelle, eikä sitä julkaista. "
                    "Kopioi itse tiedosto tähän kansioon linkin tilalle.",
                )
            elif path.suffix.lower() == ".svg" and path.is_file():
                problem = svg_problem(path)
                if problem:
                    yield Problem(path, problem[0], problem[1])
