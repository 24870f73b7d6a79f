"""Helpers that build real copies of the site for tests."""

import hashlib
import os
import random
import re
import shutil
import string
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from plugins.site_data.sitedata import SiteData
from sitebuild.safe_build import run_pelican, safe_build

ROOT = Path(__file__).resolve().parent.parent
PROJECT_PARTS = ("content", "data", "theme", "plugins", "sitebuild", "region.yaml", "pelicanconf.py", "publishconf.py")
# The second region shipped as a fixture: its own region.yaml, content/ and data/.
SAMPLE_REGION = ROOT / "examples" / "sample-region"


def copy_project(target: Path) -> Path:
    """Copy the sources a build needs into target, so a test can change them freely."""
    target.mkdir(parents=True, exist_ok=True)
    for part in PROJECT_PARTS:
        source = ROOT / part
        if source.is_dir():
            shutil.copytree(source, target / part, ignore=shutil.ignore_patterns("__pycache__"))
        elif source.exists():
            shutil.copy2(source, target / part)
    return target


def add_extra_posts(project: Path, count: int = 12) -> None:
    """Add `count` Finnish and `count` Swedish one-language posts, so news lists get a page 2."""
    posts = project / "content" / "posts"
    for number in range(1, count + 1):
        (posts / f"testi-{number}.md").write_text(
            f"Title: Testiuutinen {number}\nDate: 2026-10-{number:02d}\nLang: fi\nAuthor: Joel Aaltonen\n"
            f"Category: Uutiset\nTags: nuoret\n\nTeksti {number}.\n",
            encoding="utf-8",
        )
        (posts / f"test-{number}.sv.md").write_text(
            f"Title: Testnyhet {number}\nDate: 2026-10-{number:02d}\nLang: sv\nAuthor: Joel Aaltonen\n"
            f"Category: Nyheter\nTags: unga\nTranslation_key: test-sv-{number}\n\nText {number}.\n",
            encoding="utf-8",
        )


def made_up_word(number: int) -> str:
    """A word for clone `number` (clone_records' suffix), so that clones compress like different places, not copies."""
    rng = random.Random(number)
    return "".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(6, 14))).capitalize()


def clone_records(folder: Path, count: int, suffix: Callable[[int], str] = str) -> None:
    """Add records to a data folder until it has `count`, cloning the real ones round-robin with
    a new id and a numbered name (text edits, so the YAML stays exactly as people write it).
    suffix(number) is what the clone's name gets after a space (its number unless told)."""
    originals = sorted(folder.glob("*.yaml"))
    for number in range(max(0, count - len(originals))):
        source = originals[number % len(originals)]
        text = source.read_text(encoding="utf-8")
        new_id = f"{source.stem}-b{number}"
        text = re.sub(r"^id: .*$", f"id: {new_id}", text, count=1, flags=re.M)

        def numbered(found: re.Match[str], number: int = number) -> str:
            value = found.group(2)
            quoted = value.endswith('"')
            core = value[:-1] if quoted else value
            return found.group(1) + f"{core} {suffix(number)}" + ('"' if quoted else "")

        # The name's language lines come right after `name:`; number each.
        head, sep, rest = text.partition("\nname:\n")
        if sep:
            lines = rest.split("\n")
            for index, line in enumerate(lines):
                if not line.startswith("  "):
                    break
                lines[index] = re.sub(r"^(  [a-z]{2}: )(.*)$", numbered, line)
            text = head + sep + "\n".join(lines)
        (folder / f"{new_id}.yaml").write_text(text, encoding="utf-8")


def build_copy(project: Path, settings: str = "publishconf.py") -> Path:
    """Build a project copy into project/output with the safe build; return the output folder."""
    output = project / "output"
    safe_build(project / settings, output)
    return output


def build_region_copy(target: Path, region: Path = SAMPLE_REGION) -> Path:
    """Copy the project and `region` (a region folder) into target and build that region the way
    `make build SITE_REGION=...` does; return the output folder (the copied region's output/)."""
    project = copy_project(target)
    region_copy = project / "examples" / region.name
    shutil.copytree(region, region_copy, ignore=shutil.ignore_patterns("output*"))
    previous = os.environ.get("SITE_REGION")
    os.environ["SITE_REGION"] = str(region_copy)
    try:
        output = region_copy / "output"
        safe_build(project / "publishconf.py", output)
    finally:
        if previous is None:
            os.environ.pop("SITE_REGION", None)
        else:
            os.environ["SITE_REGION"] = previous
    return output


def load_data(data_dir: Path) -> SiteData:
    """data_dir loaded as the site's own build loads it: this project's region.yaml, today pinned by SITE_BUILD_DATE."""
    from plugins.site_data.region import load_region
    from plugins.site_data.site import load_site_data
    from plugins.site_data.today import build_date

    return load_site_data(data_dir, load_region(ROOT), build_date())


def fingerprint(folder: Path) -> dict[str, str]:
    """Every file under folder with the SHA-256 of its bytes."""
    return {
        str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def stable(files: dict[str, str]) -> dict[str, str]:
    """A fingerprint without Pagefind's filter chunks and the files naming them: Pagefind 1.5.2 writes filter
    values in a different order each run (the pages, words and excerpts, in pagefind/fragment and index, are stable)."""
    unstable = re.compile(r"pagefind(-\d+)?/(filter/|pagefind-entry\.json$)")  # in every bundle of every language
    return {n: d for n, d in files.items() if not unstable.search(n) and not n.endswith(".pf_meta")}


def run_build(project: Path) -> subprocess.CompletedProcess[str]:
    """`make build`'s command, run on a project copy."""
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "sitebuild",
            "build",
            "--settings",
            str(project / "publishconf.py"),
            "--output",
            str(project / "output"),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )


__all__ = [
    "ROOT",
    "SAMPLE_REGION",
    "add_extra_posts",
    "build_copy",
    "build_region_copy",
    "clone_records",
    "copy_project",
    "load_data",
    "made_up_word",
    "run_pelican",
]


def processes_naming(text: str | Path) -> list[str]:
    """Command lines of running processes that contain text (from /proc: no procps on a bare Debian)."""
    found = []
    for cmdline in Path("/proc").glob("[0-9]*/cmdline"):
        try:
            command = cmdline.read_bytes().replace(b"\0", b" ").decode(errors="replace")
        except OSError:  # ended while looking
            continue
        if str(text) in command:
            found.append(command)
    return found
