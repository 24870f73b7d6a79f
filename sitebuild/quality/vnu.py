"""The Nu Html Checker (npm vnu-jar, run on the system Java) over HTML files: errors only."""

import json
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit

from .config import ROOT

VNU_JAR = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"


@dataclass(frozen=True)
class HtmlError:
    """One error the Nu Html Checker found."""

    file: str
    line: int
    column: int
    message: str
    extract: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}.{self.column}: {self.message}\n    {self.extract.strip()}"


def validate(paths: list[Path], jar: Path = VNU_JAR, relative_to: Path | None = None) -> list[HtmlError]:
    """Every HTML error in the given files or folders (folders are searched recursively)."""
    java = shutil.which("java")
    if java is None:
        raise FileNotFoundError("java is missing: install openjdk-17-jre-headless (make test does it as root)")
    if not jar.exists():
        raise FileNotFoundError(f"{jar} is missing: run `npm install --no-audit --no-fund` (make test does it)")
    command = [
        java,
        "-jar",
        str(jar),
        "--skip-non-html",
        "--errors-only",
        "--format",
        "json",
        "--stdout",
        *map(str, paths),
    ]
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode not in (0, 1) or not result.stdout.strip():
        raise RuntimeError(f"vnu failed ({result.returncode}): {result.stderr}")
    errors = []
    for message in json.loads(result.stdout)["messages"]:
        if message.get("type") != "error" and message.get("subType") != "fatal":
            continue
        file = Path(unquote(urlsplit(message.get("url", "")).path))
        if relative_to is not None and file.is_relative_to(relative_to):
            file = file.relative_to(relative_to)
        errors.append(
            HtmlError(
                str(file),
                message.get("lastLine", 0),
                message.get("firstColumn", 0),
                message["message"],
                message.get("extract", ""),
            )
        )
    return errors
