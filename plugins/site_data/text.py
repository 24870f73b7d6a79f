"""Text in several languages, and the one alphabetical order Finnish and Swedish readers expect."""

from collections.abc import Mapping
from dataclasses import dataclass


@dataclass(frozen=True)
class Text:
    """A text in each of its languages; `get` falls back to the main language."""

    values: tuple[tuple[str, str], ...]
    main_lang: str

    @classmethod
    def of(cls, values: Mapping[str, str] | None, main_lang: str) -> "Text":
        """A Text from a YAML mapping {fi: ..., sv: ...} (None or {} gives the empty text)."""
        return cls(tuple(sorted((values or {}).items())), main_lang)

    def get(self, lang: str) -> str:
        """The text in `lang`, or in the main language when it has none in `lang`."""
        found = dict(self.values)
        return found.get(lang) or found.get(self.main_lang) or next(iter(found.values()), "")

    def exact(self, lang: str) -> str:
        """The text written in `lang` itself, without fallback ('' when there is none)."""
        return dict(self.values).get(lang, "")

    def as_dict(self) -> dict[str, str]:
        """The texts by language, as written (for open data)."""
        return dict(self.values)

    def __bool__(self) -> bool:
        return any(value for _, value in self.values)


# Finnish and Swedish alphabets end z, å, ä, ö; code point order would put ä before å.
_AFTER_Z = str.maketrans({"å": "{", "ä": "|", "æ": "|", "ö": "}", "ø": "}", "ü": "y", "é": "e", "è": "e"})


def sort_key(text: str) -> str:
    """A key that sorts Finnish and Swedish names alphabetically (å, ä, ö after z)."""
    return text.casefold().translate(_AFTER_Z)
