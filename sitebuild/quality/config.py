"""The quality configuration: the page types to check (page_types.toml) and the budgets (budgets.toml)."""

import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent.parent
QUALITY_DIR = ROOT / "tests" / "quality"
PAGE_TYPES_FILE = QUALITY_DIR / "page_types.toml"
BUDGETS_FILE = QUALITY_DIR / "budgets.toml"


@dataclass(frozen=True)
class PageType:
    """One URL that stands for a page type in one language."""

    type: str
    lang: str
    path: str
    audit: bool = False

    @property
    def id(self) -> str:
        """A short name for test ids and reports: 'post-fi:/uutiset/x/'."""
        return f"{self.type}-{self.lang}:{self.path}"

    def file(self, output: Path) -> Path:
        """The file in the output that serves this URL (a folder serves its index.html)."""
        relative = self.path.lstrip("/")
        return output / relative / "index.html" if self.path.endswith("/") else output / relative


def load_page_types(file: Path = PAGE_TYPES_FILE) -> list[PageType]:
    """Every listed page; raises ValueError naming the entry when one is malformed or repeated."""
    entries = tomllib.loads(file.read_text(encoding="utf-8")).get("pages", [])
    pages: list[PageType] = []
    seen: set[str] = set()
    for number, entry in enumerate(entries, start=1):
        try:
            page = PageType(
                type=entry["type"], lang=entry["lang"], path=entry["path"], audit=bool(entry.get("audit", False))
            )
        except (KeyError, TypeError) as error:
            raise ValueError(f"{file}: entry {number} needs type, lang and path: {entry!r}") from error
        if not page.path.startswith("/"):
            raise ValueError(f"{file}: entry {number}: path must start with '/': {page.path!r}")
        if page.path in seen:
            raise ValueError(f"{file}: entry {number}: {page.path} is listed twice")
        seen.add(page.path)
        pages.append(page)
    return pages


def load_budgets(file: Path = BUDGETS_FILE) -> dict[str, Any]:
    """The budgets table as written in budgets.toml."""
    return tomllib.loads(file.read_text(encoding="utf-8"))
