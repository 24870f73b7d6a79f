"""Command line for checking and building: `python -m sitebuild check|build`."""

import argparse
import logging
import runpy
import sys
import traceback
from pathlib import Path

from pelican.settings import read_settings

from plugins.site_data.problems import Problem, relative, report
from plugins.site_data.site import data_dir, site_data
from plugins.site_data.today import site_today
from plugins.site_data.vocabulary import load_vocabulary

from . import new_content
from .content_checks import check_content
from .environment import environment_problems, settings_problems
from .safe_build import BuildFailed, CheckFailed, safe_build
from .warm_build import WarmSlot

ROOT = Path(__file__).resolve().parent.parent
ERROR_LOG = ROOT / ".cache" / "build-error.log"
UNEXPECTED = (
    "Odottamaton virhe ({what}). Sivustoa ei rakennettu; julkaistu versio on ennallaan. "
    "Tarkista viimeksi muuttamasi tiedosto tai pyydä apua kehittäjältä (tekninen kuvaus: {log})."
)
BUILD_FAILED = (
    "Sivuston rakentaminen epäonnistui. Katso päätteestä (ikkuna, jossa make serve on käynnissä), "
    "mitä tiedostoa viesti koskee, ja korjaa se."
)


def read_quietly(settings_file: Path) -> dict:
    """Pelican's settings, without its warning about feed URLs when SITEURL is unset (a build
    concern the Pelican run itself reports, in Finnish: plugins/site_i18n/log_messages.py)."""
    logging.getLogger("pelican.settings").setLevel(logging.ERROR)
    return read_settings(str(settings_file))


def check(
    settings_file: Path,
    settings: dict | None = None,
    found: list[Problem] | None = None,
    only: frozenset[Path] | None = None,
) -> int:
    """Check content and data and print every problem (also added to found); return the number of errors.

    only: the rules of one file run on these content files alone (the preview after a save).
    """
    settings = settings or read_quietly(settings_file)
    root = settings_file.parent
    problems: list[Problem] = [] if found is None else found
    vocabulary = load_vocabulary(data_dir(settings), problems)
    templates = root / settings["THEME"] / "templates"
    site = site_data(settings)
    problems += check_content(
        root / settings["PATH"],
        settings["LANGUAGES"],
        vocabulary,
        templates,
        tuple(settings["STATIC_PATHS"]),
        site=site,
        timezone=settings["TIMEZONE"],
        today=site_today(settings),
        only=only,
    )
    problems += site.problems
    errors = report(problems, root)
    if not problems:
        print("Sisältö ja tiedot kunnossa: ei virheitä. Content and data OK.")
    return errors


def build(settings_file: Path, output: Path, warm: WarmSlot | None = None, found: list[Problem] | None = None) -> int:
    """Check, then build safely; return the process exit code (warm: see safe_build.run_pelican).

    found (the preview's error page) gets every problem, and one for a build that failed after the check.
    """
    settings = read_quietly(settings_file)
    wrong_settings = settings_problems(settings)
    for problem in wrong_settings:
        print(f"VIRHE {relative(settings_file)}: {problem}", file=sys.stderr)
    if wrong_settings:
        return 1
    not_built = (
        f"\nSivustoa ei rakennettu. Edellinen versio kansiossa {relative(output, settings_file.parent)} on ennallaan."
    )

    def checked() -> bool:
        return check(settings_file, settings, found) == 0

    # The preview checks first: its forked build then starts with the data the check loaded.
    # A production build checks while Pelican builds, one on each core, and stops Pelican on errors.
    if warm is not None and not checked():
        print(not_built)
        return 1
    try:
        safe_build(
            settings_file,
            output,
            use_cache=bool(settings.get("LOAD_CONTENT_CACHE")),
            warm=warm,
            while_running=None if warm is not None else checked,
        )
    except CheckFailed:
        print(not_built)
        return 1
    except BuildFailed as failure:
        print(failure, file=sys.stderr)
        if found is not None:
            found.append(Problem(settings_file, 0, BUILD_FAILED, code="build-failed"))
        return 1
    print(f"Sivusto rakennettu kansioon {relative(output, settings_file.parent)}.")
    return 0


def main(argv: list[str] | None = None) -> int:
    """Run the command; an unexpected error is a short Finnish message, its trace goes to ERROR_LOG."""
    try:
        return run(argv)
    except Exception as error:  # the last resort: nothing a writer does may end in a traceback
        try:
            ERROR_LOG.parent.mkdir(parents=True, exist_ok=True)
            ERROR_LOG.write_text(traceback.format_exc(), encoding="utf-8")
            log = str(ERROR_LOG)
        except OSError:
            log = "ei tallennettu"
        what = str(getattr(error, "filename", "") or type(error).__name__)
        print(UNEXPECTED.format(what=what, log=log), file=sys.stderr)
        return 1


def run(argv: list[str] | None = None) -> int:
    """Parse arguments, check the environment and run the command."""
    parser = argparse.ArgumentParser(prog="sitebuild")
    parser.add_argument("command", choices=["check", "build", "new"])
    parser.add_argument("kind", nargs="?", choices=sorted(new_content.KINDS), help="for new: post, page or event")
    parser.add_argument("--settings", type=Path, default=ROOT / "publishconf.py")
    parser.add_argument("--output", type=Path, default=ROOT / "output")
    parser.add_argument("--title", default="")
    parser.add_argument("--lang", default=None, help="default: the main language (the first of LANGUAGES)")
    parser.add_argument("--author", default="")
    args = parser.parse_args(argv)
    settings_file = args.settings.resolve()
    wrong = environment_problems()
    if wrong:
        for problem in wrong:
            print(f"VIRHE {problem}", file=sys.stderr)
        return 1
    if args.command == "new":
        plain = runpy.run_path(str(settings_file))  # no Pelican start-up noise for writers
        languages = plain["LANGUAGES"]
        today = site_today(plain)
        lang = args.lang or next(iter(languages))
        return new_content.main(
            args.kind or "post", args.title, lang, args.author, settings_file.parent, languages, today
        )
    if args.command == "check":
        return 1 if check(settings_file) else 0
    return build(settings_file, args.output.resolve())


if __name__ == "__main__":
    sys.exit(main())
