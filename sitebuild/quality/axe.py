"""axe-core (npm) injected into a page opened by Playwright: WCAG 2.0/2.1 A and AA violations."""

from dataclasses import dataclass
from pathlib import Path

from playwright.sync_api import Page

from .config import ROOT

AXE_SCRIPT = ROOT / "node_modules" / "axe-core" / "axe.min.js"
WCAG_AA_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
_RUN = "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})"


@dataclass(frozen=True)
class Violation:
    """One element on one page that breaks one axe rule."""

    page: str
    rule: str
    impact: str
    help: str
    target: str
    html: str

    def __str__(self) -> str:
        return f"{self.page}: {self.rule} [{self.impact}] {self.help}\n    element: {self.target}  {self.html}"


def axe_source(script: Path = AXE_SCRIPT) -> str:
    """The axe-core script; says how to install it when node_modules is missing."""
    if not script.exists():
        raise FileNotFoundError(f"{script} is missing: run `npm install --no-audit --no-fund` (make test does it)")
    return script.read_text(encoding="utf-8")


def run_axe(page: Page, source: str, label: str = "") -> list[Violation]:
    """Every WCAG 2.0/2.1 A and AA violation on the page already loaded in `page`.

    The script is evaluated rather than added as a <script> tag, so the page's
    Content-Security-Policy (no inline script) does not block it.
    """
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        page.evaluate(source)
    result = page.evaluate(_RUN, WCAG_AA_TAGS)
    name = label or page.url
    return [
        Violation(
            name,
            rule["id"],
            rule.get("impact") or "",
            rule["help"],
            " ".join(map(str, node["target"])),
            node["html"][:200],
        )
        for rule in result["violations"]
        for node in rule["nodes"]
    ]


def report(violations: list[Violation]) -> str:
    """All violations, one block each, for an assertion message."""
    return f"{len(violations)} accessibility violation(s):\n" + "\n".join(map(str, violations))
