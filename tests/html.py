"""Reading built pages the way a visitor's browser would."""

from pathlib import Path

from bs4 import BeautifulSoup


def page(output: Path, path: str) -> BeautifulSoup:
    """Parse output/<path> (a folder means its index.html)."""
    file = output / path
    if path.endswith("/") or path == "":
        file = file / "index.html"
    assert file.exists(), f"{file} was not built"
    return BeautifulSoup(file.read_text(encoding="utf-8"), "html.parser")


def text(soup: BeautifulSoup, selector: str) -> str:
    """The visible text of the first element matching selector."""
    element = soup.select_one(selector)
    assert element is not None, f"no element matches {selector!r}"
    return " ".join(element.get_text(" ").split())
