"""Gate: the Nu Html Checker finds no errors anywhere in the output."""

import shutil
from pathlib import Path

from sitebuild.quality.vnu import validate


def test_whole_output_is_valid_html(quality_site: Path, subpath_site: Path) -> None:
    errors = validate([quality_site, subpath_site])
    assert errors == [], f"{len(errors)} HTML error(s):\n" + "\n".join(map(str, errors))


def test_gate_fails_on_an_invalid_tag(quality_site: Path, tmp_path: Path) -> None:
    broken = tmp_path / "site"
    shutil.copytree(quality_site / "tietoa", broken / "tietoa")
    page = broken / "tietoa/index.html"
    lines = page.read_text(encoding="utf-8").splitlines()
    line = next(number for number, text in enumerate(lines, start=1) if "</h1>" in text)
    lines[line - 1] = lines[line - 1].replace("</h1>", "</h1><blink>Uutta!</blink>")
    page.write_text("\n".join(lines), encoding="utf-8")
    errors = validate([broken], relative_to=broken)
    assert errors, "vnu found nothing wrong with <blink>"
    assert {(e.file, e.line) for e in errors} == {("tietoa/index.html", line)}
    assert any("“blink”" in e.message for e in errors)
    assert str(errors[0]).startswith(f"tietoa/index.html:{line}.")
