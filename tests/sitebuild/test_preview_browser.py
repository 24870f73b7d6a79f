"""The writer's preview in a browser: a mistake shows as the Finnish error list, the fix shows the post.

The preview (`make serve`, here `invoke serve` on a project copy) builds into its own .preview/, so a
production build into output/ meanwhile does not disturb it.
"""

import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import Page, expect

from sitebuild.quality.axe import axe_source, run_axe
from tests.sites import ROOT, copy_project, processes_naming

POST = "content/posts/2020-11-digitukea-kehittamassa-yhdessa.md"
POST_URL = "/uutiset/digitukea-kehittamassa-yhdessa/"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def preview_copy(target: Path) -> Path:
    """A project copy (sitebuild/ included) that serves itself with its own tasks.py and writer's guide."""
    project = copy_project(target)
    shutil.copy2(ROOT / "tasks.py", project / "tasks.py")
    shutil.copytree(ROOT / "docs", project / "docs", ignore=shutil.ignore_patterns("__pycache__"))
    return project


def start_preview(project: Path) -> tuple[subprocess.Popen[bytes], str]:
    """`make serve` on the copy; returns the process and its address once it answers."""
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "invoke", "serve", "--port", str(port)],
        cwd=project,
        env={**os.environ, "PYTHONPATH": str(project)},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.time() + 180
    while time.time() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return server, f"http://127.0.0.1:{port}"
        except OSError:
            if server.poll() is not None:
                raise AssertionError("the preview server stopped") from None
            time.sleep(0.3)
    server.terminate()
    raise AssertionError("the preview server did not start")


@pytest.fixture
def preview(tmp_path: Path) -> Iterator[tuple[Path, str]]:
    project = preview_copy(tmp_path / "site")
    server, base = start_preview(project)
    yield project, base
    server.terminate()
    server.wait(timeout=15)


def test_a_mistake_shows_in_the_browser_and_the_fix_shows_the_post(preview: tuple[Path, str], page: Page) -> None:
    project, base = preview
    violations: list[str] = []
    page.on(
        "console",
        lambda message: violations.append(message.text) if "Content Security Policy" in message.text else None,
    )
    response = page.goto(base + POST_URL)
    assert response is not None and response.ok
    assert "script-src 'self'" in response.headers["content-security-policy"]
    # External, same origin: no inline script (expect: waits out a live reload that may be under way).
    expect(page.locator('script[src^="/livereload.js"]')).to_have_count(1)
    page.wait_for_timeout(1500)  # livereload's websocket connects
    post = project / POST
    original = post.read_text(encoding="utf-8")
    post.write_text(original.replace("Lang: fi", "Lang: de", 1), encoding="utf-8")
    expect(page.locator("h1")).to_contain_text("Sivustoa ei voitu rakentaa: 1 virhe", timeout=3000)
    assert page.locator("html").get_attribute("lang") == "fi"
    problem = page.locator(".preview__problem").first
    expect(problem).to_contain_text(POST)  # relative to the project
    expect(problem).to_contain_text("Tuntematon kieli 'de'")
    expect(problem.locator("dd").nth(1)).to_have_text(str(original.splitlines().index("Lang: fi") + 1))
    expect(problem.locator("dd").nth(2)).to_have_text("Lang")
    guide_link = problem.get_by_role("link", name="Ohje tähän virheeseen kirjoittajan oppaassa")
    href = guide_link.get_attribute("href") or ""
    assert href.startswith("/_opas/#")

    # A production build meanwhile writes output/, not the preview's folder.
    subprocess.run(
        [sys.executable, "-m", "sitebuild", "build", "--settings", "publishconf.py", "--output", "output"],
        cwd=project,
        env={**os.environ, "PYTHONPATH": str(project)},
        capture_output=True,
        check=False,
    )
    post.write_text(original.replace("Title: ", "Title: Korjattu: ", 1), encoding="utf-8")
    started = time.perf_counter()
    expect(page.locator("h1")).to_contain_text("Korjattu:", timeout=20000)
    print(f"fix shown after {time.perf_counter() - started:.2f} s")
    assert (project / ".preview" / POST_URL.strip("/") / "index.html").is_file()
    assert violations == []

    page.goto(base + href)
    assert page.locator(f"[id='{href.split('#')[1]}']").count() == 1, "the guide has a section for the message"


def test_a_saved_post_shows_at_once_and_the_lists_catch_up(preview: tuple[Path, str], page: Page) -> None:
    project, base = preview
    page.goto(base + POST_URL)
    page.wait_for_timeout(1500)  # livereload's websocket connects
    post = project / POST
    original = post.read_text(encoding="utf-8")
    post.write_text(original.replace("Title: ", "Title: Tallennettu: ", 1), encoding="utf-8")
    # The warm build writes the post's own page (sitebuild/warm_build.py): no full rebuild to wait for.
    expect(page.locator("h1")).to_contain_text("Tallennettu:", timeout=3000)
    # The full rebuild behind it brings the news list up to date.
    deadline = time.time() + 90
    while "Tallennettu:" not in (project / ".preview" / "uutiset" / "index.html").read_text(encoding="utf-8"):
        assert time.time() < deadline, "the news list should show the saved title after the full rebuild"
        time.sleep(0.5)
    page.goto(base + "/uutiset/")
    expect(page.locator("main")).to_contain_text("Tallennettu:")
    # Two saves in a row, the second while the rebuild for the first runs: the second shows.
    page.goto(base + POST_URL)
    page.wait_for_timeout(1500)
    post.write_text(original.replace("Title: ", "Title: Toinen: ", 1), encoding="utf-8")
    expect(page.locator("h1")).to_contain_text("Toinen:", timeout=3000)
    post.write_text(original.replace("Title: ", "Title: Kolmas: ", 1), encoding="utf-8")
    expect(page.locator("h1")).to_contain_text("Kolmas:", timeout=3000)


def test_a_saved_data_file_shows_after_the_full_rebuild(preview: tuple[Path, str], page: Page) -> None:
    project, base = preview
    page.goto(base + "/loyda-digitukea/")
    page.wait_for_timeout(1500)
    location = sorted((project / "data" / "locations").glob("*.yaml"))[0]
    original = location.read_text(encoding="utf-8")
    fi_name = next(line for line in original.splitlines() if line.startswith("  fi: "))
    location.write_text(original.replace(fi_name, "  fi: Tallennettu toimipiste", 1), encoding="utf-8")
    # Data is never re-rendered alone: the page reloads itself when the full rebuild is in place.
    expect(page.locator("main")).to_contain_text("Tallennettu toimipiste", timeout=60000)


def test_stopping_the_preview_ends_its_builds(tmp_path: Path, page: Page) -> None:
    project = preview_copy(tmp_path / "site")
    server, base = start_preview(project)
    page.goto(base + POST_URL)
    page.wait_for_timeout(1500)
    post = project / POST
    post.write_text(post.read_text(encoding="utf-8").replace("Title: ", "Title: Lopetus: ", 1), encoding="utf-8")
    expect(page.locator("h1")).to_contain_text("Lopetus:", timeout=3000)  # a rebuild now runs behind it
    server.terminate()
    server.wait(timeout=60)
    deadline = time.time() + 10
    while processes_naming(f"serve --port {base.rsplit(':', 1)[1]}"):
        assert time.time() < deadline, "the warm build and the rebuild should end with the preview"
        time.sleep(0.2)


def test_unknown_address_shows_the_sites_own_404_page(preview: tuple[Path, str], page: Page) -> None:
    _, base = preview
    response = page.goto(base + "/ei-tallaista-sivua/")
    assert response is not None and response.status == 404
    expect(page.locator("h1")).to_have_count(1)  # waits out a live reload that may be under way
    assert page.locator("html").get_attribute("lang") == "fi"
    assert "404" not in (page.locator("h1").text_content() or "Not Found")


def settled_axe(page: Page, name: str) -> list:
    """axe on the open page; live reload may reload it once while the first build finishes, so a
    run cut short by that reload is run again on the reloaded page."""
    for _ in range(3):
        try:
            return run_axe(page, axe_source(), name)
        except PlaywrightError:
            page.wait_for_load_state("load")
    return run_axe(page, axe_source(), name)


def settled_goto(page: Page, url: str) -> None:
    """page.goto, again when live reload's reload of the previous page cut the navigation short."""
    for _ in range(3):
        try:
            page.goto(url)
            return
        except PlaywrightError:
            page.wait_for_timeout(500)
    page.goto(url)


def test_a_first_build_with_errors_shows_the_error_page(tmp_path: Path, page: Page) -> None:
    project = preview_copy(tmp_path / "site")
    post = project / POST
    post.write_text(post.read_text(encoding="utf-8").replace("Lang: fi", "Lang: de", 1), encoding="utf-8")
    server, base = start_preview(project)
    try:
        response = page.goto(base + "/")
        assert response is not None and response.status != 404
        expect(page.locator("h1")).to_contain_text("Sivustoa ei voitu rakentaa")
        assert settled_axe(page, "error page") == []  # WCAG 2.1 AA
        settled_goto(page, base + "/_opas/")
        assert settled_axe(page, "writer's guide") == []
        settled_goto(page, base + POST_URL)
        expect(page.locator("h1")).to_contain_text("Sivustoa ei voitu rakentaa")
    finally:
        server.terminate()
        server.wait(timeout=15)
