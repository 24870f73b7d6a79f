"""The A-Ö index: every indexable page of one language by title, grouped by initial letter."""

from dataclasses import dataclass

from plugins.site_data.text import sort_key


@dataclass(frozen=True)
class IndexEntry:
    """One page in the A-Ö index."""

    title: str
    url: str


@dataclass(frozen=True)
class LetterGroup:
    """The pages whose title starts with one letter ('#' for digits and signs)."""

    letter: str
    entries: tuple[IndexEntry, ...]


def initial(title: str) -> str:
    """The group letter of a title: its first letter in upper case, '#' when it starts with a digit or sign."""
    first = next((char for char in title if char.isalnum()), "")
    return first.upper() if first.isalpha() else "#"


def letter_groups(entries: list[IndexEntry]) -> list[LetterGroup]:
    """Entries grouped by initial and sorted the Finnish and Swedish way (Å, Ä, Ö after Z; '#' first)."""
    groups: dict[str, list[IndexEntry]] = {}
    for entry in sorted(entries, key=lambda e: (sort_key(e.title), e.url)):
        groups.setdefault(initial(entry.title), []).append(entry)
    order = sorted(groups, key=lambda letter: "" if letter == "#" else sort_key(letter))
    return [LetterGroup(letter, tuple(groups[letter])) for letter in order]
