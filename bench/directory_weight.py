"""Page weights and filtering time of the directory and members list at national size (issue 15).

    .venv/bin/python bench/directory_weight.py                      # 2,000 locations, 1,000 members
    .venv/bin/python bench/directory_weight.py --locations 500 --members 200
    .venv/bin/python bench/directory_weight.py --names numbered     # clones named "<name> <number>"

Builds a copy of the site with the real records cloned up to the given numbers (tests/sites.py
clone_records). By default each clone's name gets a made-up word, so the pages compress like
different places; `--names numbered` gives "<name> 17", which compresses far better than real
records (the first measurement, bench/DIRECTORY.md). Then it reports, as Markdown tables on stdout:
- the gzip weight (HTML + CSS + JS, sitebuild/quality/budgets.py) of the directory, map, focus,
  members and per-municipality pages against the budget in tests/quality/budgets.toml, and of the
  directory filter's index (JSON the script loads on first use; not part of any page's weight);
- in Chromium (/usr/bin/chromium), the time from the input event to the updated list when filtering:
  performance.now() around dispatching the control's change event (once the index is loaded the
  filters run synchronously in the handler), plus the following frame, so style and layout of the
  changed list are counted too; and the first filter on a fresh page, which waits for the index.
"""

import argparse
import math
import os
import shutil
import statistics
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from scale_bench import Size, generate, machine, site_build  # noqa: E402

from sitebuild.quality.budgets import gzip_size, page_weight  # noqa: E402
from sitebuild.quality.config import load_budgets  # noqa: E402
from sitebuild.quality.serve import free_port, serve  # noqa: E402
from tests.sites import clone_records, made_up_word  # noqa: E402

# Change a control, then wait for the next frame and force layout: "input event to updated list".
TIMED_CHANGE = """async ([selector, value]) => {
  const control = document.querySelector(selector);
  const start = performance.now();
  if (control.type === "checkbox") control.checked = !control.checked; else control.value = value;
  control.dispatchEvent(new Event("change", { bubbles: true }));
  const handled = performance.now() - start;
  await new Promise((resolve) => requestAnimationFrame(() => resolve()));
  document.body.offsetHeight;
  return [handled, performance.now() - start];
}"""


# The first filter on a fresh page: it waits for the index, so time until the count changes, then the frame.
FIRST_CHANGE = """async ([selector, value]) => {
  const status = document.querySelector('[data-results-count], [role="status"]');
  const changed = new Promise((resolve) => new MutationObserver(resolve).observe(status, { childList: true, characterData: true, subtree: true }));
  const control = document.querySelector(selector);
  const start = performance.now();
  control.value = value;
  control.dispatchEvent(new Event("change", { bubbles: true }));
  await changed;
  await new Promise((resolve) => requestAnimationFrame(() => resolve()));
  document.body.offsetHeight;
  return performance.now() - start;
}"""

# "Show more": the click, then the next frame.
TIMED_MORE = """async () => {
  const button = document.querySelector("[data-show-more]");
  if (!button || button.hidden) return [NaN, NaN];
  const start = performance.now();
  button.click();
  const handled = performance.now() - start;
  await new Promise((resolve) => requestAnimationFrame(() => resolve()));
  document.body.offsetHeight;
  return [handled, performance.now() - start];
}"""


def filter_times(url: str, steps: list[tuple[str, str]], repeats: int = 5) -> list[tuple[str, float, float]]:
    """(control, median ms in the handler, median ms to the next frame) for each filter step, after a
    first filter on the fresh page (reported as "first filter", the index load included)."""
    from playwright.sync_api import sync_playwright

    results = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium"))
        page = browser.new_page()
        firsts = []
        for _ in range(repeats):
            page.goto(url)
            page.wait_for_load_state("networkidle")
            firsts.append(page.evaluate(FIRST_CHANGE, list(steps[0])))
        results.append(
            (f"first filter on a fresh page, {steps[0][0]} = {steps[0][1]}", math.nan, statistics.median(firsts))
        )
        page.goto(url)
        page.wait_for_load_state("networkidle")
        page.evaluate(FIRST_CHANGE, [steps[0][0], steps[0][1]])
        page.wait_for_load_state("networkidle")
        for selector, value in steps:
            runs = []
            for number in range(repeats):
                # Alternate between the value and "all" so every run changes the list.
                runs.append(page.evaluate(TIMED_CHANGE, [selector, value if number % 2 == 0 else ""]))
            results.append(
                (
                    f"{selector} = {value or 'toggle'}",
                    statistics.median(r[0] for r in runs),
                    statistics.median(r[1] for r in runs),
                )
            )
        if page.locator("[data-show-more]").count():
            # Opening the filters loads the index, as a reader's first step does.
            page.goto(url)
            page.evaluate("document.querySelector('[data-filters]').open = true")
            page.wait_for_load_state("networkidle")
            more = [page.evaluate(TIMED_MORE) for _ in range(repeats)]
            results.append(
                ("show more (no filter)", statistics.median(r[0] for r in more), statistics.median(r[1] for r in more))
            )
        browser.close()
    return results


def main() -> None:
    """Build, weigh and time; print the tables."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--locations", type=int, default=2000)
    parser.add_argument("--members", type=int, default=1000)
    parser.add_argument("--names", choices=("words", "numbered"), default="words")
    args = parser.parse_args()
    budget = load_budgets()["weight"]["default_page_kb"]
    with tempfile.TemporaryDirectory(prefix="directory-weight-") as scratch:
        project, _, counts = generate(Path(scratch) / "site", Size(0, 0, 0, 0, 0))
        suffix = made_up_word if args.names == "words" else str
        for kind, count in (("locations", args.locations), ("members", args.members)):
            clone_records(project / "data" / kind, count, suffix)
            counts[kind] = len(list((project / "data" / kind).glob("*.yaml")))
        port = free_port()
        siteurl = f"http://127.0.0.1:{port}"
        import scale_bench

        scale_bench.SITE_ENV["SITEURL"] = siteurl
        wall, peak = site_build(project)
        output = project / "output"
        pages = {
            "directory (fi)": "loyda-digitukea/index.html",
            "directory (sv)": "sv/hitta-digistod/index.html",
            "map (fi)": "loyda-digitukea/kartta/index.html",
            "directory, one municipality (Helsinki)": "loyda-digitukea/helsinki/index.html",
            "directory, one municipality (Helsinki), page 2": "loyda-digitukea/helsinki/page/2/index.html",
            "focus: young people (fi)": "loyda-digitukea/nuoret/index.html",
            "focus: at home (sv)": "sv/hitta-digistod/digistod-i-hemmet/index.html",
            "members (fi)": "verkosto/jasenet/index.html",
            "members (sv)": "sv/natverket/medlemmar/index.html",
            "members, one municipality (Helsinki)": "verkosto/jasenet/kunta/helsinki/index.html",
        }
        print(
            f"Built {counts['locations']} locations, {counts['members']} members in {wall:.1f} s, peak {peak:.0f} MB."
        )
        print(f"Measured on: {machine()}\n")
        print("| page | gzip KB (HTML+CSS+JS) | budget KB | HTML raw KB |\n|---|---|---|---|")
        for name, path in pages.items():
            file = output / path
            if not file.exists():
                print(f"| {name} | (no {path}) | {budget} | |")
                continue
            weight, _ = page_weight(output, file, siteurl)
            over = " **over**" if weight.total > budget * 1024 else ""
            print(f"| {name} | {weight.total / 1024:.0f}{over} | {budget} | {file.stat().st_size / 1024:.0f} |")
        for name, path in (("directory filter index (fi), loaded on first use", "loyda-digitukea/index.json"),):
            file = output / path
            if file.exists():
                print(f"| {name} | {gzip_size(file) / 1024:.0f} (JSON) | | {file.stat().st_size / 1024:.0f} |")
        print("\n| filter (Chromium) | in the handler, ms | to the next frame, ms |\n|---|---|---|")
        with serve(output, port) as base:
            directory = filter_times(
                base + "/loyda-digitukea/",
                [("#filter-municipality", "091"), ("#filter-form-in-person", ""), ("#filter-form-phone", "")],
            )
            members = filter_times(base + "/verkosto/jasenet/", [("#member-filter-select", "091")])
        for name, handled, framed in [*directory, *members]:
            print(f"| {name} | {'' if math.isnan(handled) else f'{handled:.1f}'} | {framed:.1f} |")
        shutil.rmtree(output, ignore_errors=True)


if __name__ == "__main__":
    main()
