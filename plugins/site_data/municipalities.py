"""The municipalities of the region (data/municipalities.yaml): codes, names and language status."""

from dataclasses import dataclass
from pathlib import Path

from slugify import slugify

from .problems import Problem
from .records import load_list
from .schema import SCHEMA_DIR


@dataclass(frozen=True)
class Municipality:
    """One municipality; `language` is fi, sv, fi-sv or sv-fi (majority language first)."""

    code: str
    name_fi: str
    name_sv: str
    language: str

    def name(self, lang: str) -> str:
        """The name in the reader's language (Finnish for languages without their own name)."""
        return self.name_sv if lang == "sv" else self.name_fi

    def slug(self, lang: str) -> str:
        """URL word of the name in the reader's language: Järvenpää -> jarvenpaa, Hangö -> hango."""
        return name_slug(self.name(lang))

    @property
    def bilingual(self) -> bool:
        """True for the municipalities that serve residents in both Finnish and Swedish."""
        return "-" in self.language


def name_slug(name: str) -> str:
    """URL word for a place name (python-slugify: ä -> a, ö -> o, å -> a)."""
    return slugify(name)


def load_municipalities(data_dir: Path, problems: list[Problem]) -> dict[str, Municipality]:
    """Municipalities by code; problems (with file and line) are added to `problems`."""
    path = data_dir / "municipalities.yaml"
    if not path.is_file():
        problems.append(
            Problem(
                path,
                0,
                "Kuntaluettelo puuttuu. Lisää tiedosto data/municipalities.yaml (alueen kunnat ja niiden numerot).",
            )
        )
        return {}
    loaded = load_list(path, SCHEMA_DIR / "municipalities.schema.json", problems)
    if loaded is None:
        return {}
    found: dict[str, Municipality] = {}
    for index, row in enumerate(loaded.data["municipalities"]):
        if row["code"] in found:
            line = loaded.line_of(("municipalities", index, "code"))
            problems.append(Problem(path, line, f"Kuntanumero {row['code']} on luettelossa kahdesti.", "code"))
            continue
        found[row["code"]] = Municipality(row["code"], row["name_fi"], row["name_sv"], row["language"])
    return found
