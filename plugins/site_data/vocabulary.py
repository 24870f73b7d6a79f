"""The words posts may use (data/vocabulary.yaml): categories, tag spellings and authors."""

from dataclasses import dataclass, field
from pathlib import Path

from .problems import Problem
from .records import load_list
from .schema import SCHEMA_DIR

VOCABULARY_FILE = "vocabulary.yaml"


@dataclass
class Vocabulary:
    """Allowed categories and canonical tags per language, known authors, and where they are defined."""

    path: Path
    categories: dict[str, list[str]] = field(default_factory=dict)
    tags: dict[str, list[str]] = field(default_factory=dict)
    # lower-cased spelling (variant or canonical) -> canonical tag, per language
    tag_spellings: dict[str, dict[str, str]] = field(default_factory=dict)
    authors: list[str] = field(default_factory=list)

    def canonical_tag(self, lang: str, tag: str) -> str | None:
        """The canonical spelling of tag in lang, or None when the tag is unknown."""
        return self.tag_spellings.get(lang, {}).get(tag.casefold())


def load_vocabulary(data_dir: Path, problems: list[Problem]) -> Vocabulary | None:
    """Load and validate data/vocabulary.yaml; problems (file and line) go to `problems`."""
    path = data_dir / VOCABULARY_FILE
    if not path.exists():
        problems.append(Problem(path, 0, "Sanastotiedosto puuttuu. Palauta tiedosto data/vocabulary.yaml."))
        return None
    loaded = load_list(path, SCHEMA_DIR / "vocabulary.schema.json", problems)
    if loaded is None:
        return None
    data = loaded.data
    vocabulary = Vocabulary(path, categories=dict(data["categories"]), authors=[a["name"] for a in data["authors"]])
    for lang, entries in data["tags"].items():
        spellings: dict[str, str] = {}
        vocabulary.tags[lang] = [entry["name"] for entry in entries]
        for index, entry in enumerate(entries):
            for spelling in [entry["name"], *entry.get("variants", [])]:
                key = spelling.casefold()
                if key in spellings and spellings[key] != entry["name"]:
                    line = loaded.line_of(("tags", lang, index))
                    problems.append(
                        Problem(
                            path,
                            line,
                            f"Kirjoitusasu '{spelling}' kuuluu jo avainsanalle '{spellings[key]}'. Poista toinen.",
                            f"tags.{lang}",
                        )
                    )
                    continue
                spellings[key] = entry["name"]
        vocabulary.tag_spellings[lang] = spellings
    return vocabulary
