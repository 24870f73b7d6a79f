"""Gate: page-weight budgets from tests/quality/budgets.toml, per page type, over the whole output."""

import random
import shutil
import string
from pathlib import Path

import pytest

from sitebuild.quality.budgets import KB, budget_for, check_budgets, page_weight, weights_by_type
from sitebuild.quality.config import load_budgets, load_page_types

BUDGETS = load_budgets()
PAGE_TYPES = load_page_types()


def test_budgets_are_what_the_issue_asks() -> None:
    assert budget_for("home", BUDGETS) == 35 * KB
    assert budget_for("post", BUDGETS) == budget_for(None, BUDGETS) == 50 * KB
    assert BUDGETS["weight"]["css_total_kb"] == 25
    assert BUDGETS["weight"]["render_blocking_scripts"] == 0


@pytest.mark.parametrize("fixture", ["quality_site", "subpath_site"])
def test_every_page_is_within_its_budget(fixture: str, request: pytest.FixtureRequest) -> None:
    output = request.getfixturevalue(fixture)
    siteurl = "https://example.org/uudi" if fixture == "subpath_site" else ""
    assert list(check_budgets(output, PAGE_TYPES, BUDGETS, siteurl)) == []


def test_weights_count_html_css_and_js(quality_site: Path) -> None:
    weights = weights_by_type(quality_site, PAGE_TYPES)
    print("\nHeaviest page per type (HTML + CSS + JS, gzip KB):", weights)
    assert set(weights) == {p.type for p in PAGE_TYPES}
    home, _ = page_weight(quality_site, quality_site / "index.html")
    assert home.css_js > 0, "the stylesheets were not counted"


def _noise(kb: int) -> str:
    """Text that gzip cannot shrink much, so the page really weighs about `kb` KB."""
    rng = random.Random(3)
    return "".join(rng.choice(string.ascii_letters + " ") for _ in range(kb * KB * 3 // 2))


def _padded_copy(site: Path, tmp_path: Path, path: str, kb: int) -> Path:
    broken = tmp_path / "site"
    shutil.copytree(site, broken)
    page = broken / path
    page.write_text(page.read_text(encoding="utf-8").replace("</h1>", f"</h1><p>{_noise(kb)}</p>", 1), encoding="utf-8")
    return broken


def test_gate_fails_on_a_page_over_budget(quality_site: Path, tmp_path: Path) -> None:
    broken = _padded_copy(quality_site, tmp_path, "tietoa/index.html", 55)
    problems = list(check_budgets(broken, PAGE_TYPES, BUDGETS))
    assert len(problems) == 1
    assert problems[0].startswith("/tietoa/index.html: ") and "over the 50 KB budget of page type 'page'" in problems[0]


def test_home_page_has_the_tighter_budget(quality_site: Path, tmp_path: Path) -> None:
    broken = _padded_copy(quality_site, tmp_path, "index.html", 36)
    problems = list(check_budgets(broken, PAGE_TYPES, BUDGETS))
    assert len(problems) == 1 and "over the 35 KB budget of page type 'home'" in problems[0]
    # The same padding on a post stays within the 50 KB budget.
    shutil.rmtree(broken)
    assert (
        list(
            check_budgets(
                _padded_copy(quality_site, tmp_path, "uutiset/digitukea-kehittamassa-yhdessa/index.html", 36),
                PAGE_TYPES,
                BUDGETS,
            )
        )
        == []
    )


def test_gate_fails_on_a_render_blocking_script_and_too_much_css(quality_site: Path, tmp_path: Path) -> None:
    broken = tmp_path / "site"
    shutil.copytree(quality_site, broken)
    (broken / "theme/js").mkdir(exist_ok=True)
    (broken / "theme/js/app.js").write_text("console.log(1);\n", encoding="utf-8")
    (broken / "theme/css/extra.css").write_text(f"/* {_noise(26)} */\n", encoding="utf-8")
    page = broken / "tietoa/index.html"
    page.write_text(
        page.read_text(encoding="utf-8").replace("</head>", '<script src="/theme/js/app.js"></script></head>', 1),
        encoding="utf-8",
    )
    problems = list(check_budgets(broken, PAGE_TYPES, BUDGETS))
    assert problems[0] == "/tietoa/index.html: render-blocking script(s) ['/theme/js/app.js']: add defer or type=module"
    assert problems[1].startswith("CSS total") and "over the 25 KB budget" in problems[1]
    deferred = page.read_text(encoding="utf-8").replace("<script src", "<script defer src")
    page.write_text(deferred, encoding="utf-8")
    assert not [p for p in check_budgets(broken, PAGE_TYPES, BUDGETS) if "render-blocking" in p]
