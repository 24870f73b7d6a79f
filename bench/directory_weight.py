"""Page weights and filtering time of the directory and members list at national size (issue 15).

    .venv/bin/python bench/directory_weight.py                      # 2,000 locations, 1,000 members
    .venv/bin/python bench/directory_weight.py --locations 500 --members 200

Builds a copy of the site with the real records cloned up to the given numbers (bench/scale_bench.py
generates them), then reports, as a Markdown table on stdout:
- the gzip weight (HTML + CSS + JS, sitebuild/quality/budgets.py) of the directory, map, members and
  per-municipality pages against the budget in tests/quality/budgets.toml;
- in Chromium (/usr/bin/chromium), the time from the input event to the updated list when filtering:
  performance.now() around dispatching the control's change event (the filters run synchronously in
  the handler), plus the following frame, so style and layout of the changed list are counted too.
"""

import argparse
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

from sitebuild.quality.budgets import page_weight  # noqa: E402
from sitebuild.quality.config import load_budgets  # noqa: E402
from sitebuild.quality.serve import free_port, serve  # noqa: E402

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


def filter_times(url: str, steps: list[tuple[str, str]], repeats: int = 5) -> list[tuple[str, float, float]]:
    """(control, median ms in the handler, median ms to the next frame) for each filter step."""
    from playwright.sync_api import sync_playwright

    results = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium"))
        page = browser.new_page()
        page.goto(url)
        page.wait_for_load_state("load")
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
        browser.close()
    return results


def main() -> None:
    """Build, weigh and time; print the tables."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--locations", type=int, default=2000)
    parser.add_argument("--members", type=int, default=1000)
    args = parser.parse_args()
    budget = load_budgets()["weight"]["default_page_kb"]
    with tempfile.TemporaryDirectory(prefix="directory-weight-") as scratch:
        project, _, counts = generate(Path(scratch) / "site", Size(0, 0, args.locations, args.members, 0))
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
        print("\n| filter (Chromium) | in the handler, ms | to the next frame, ms |\n|---|---|---|")
        with serve(output, port) as base:
            directory = filter_times(
                base + "/loyda-digitukea/",
                [("#filter-municipality", "091"), ("#filter-form-in-person", ""), ("#filter-form-phone", "")],
            )
            members = filter_times(base + "/verkosto/jasenet/", [("#member-filter-select", "091")])
        for name, handled, framed in [*directory, *members]:
            print(f"| {name} | {handled:.1f} | {framed:.1f} |")
        shutil.rmtree(output, ignore_errors=True)


if __name__ == "__main__":
    main()
