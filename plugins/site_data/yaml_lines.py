"""Read a YAML file keeping the line of every value, so messages can point editors to it."""

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .problems import Problem

# libyaml's parser when available (about ten times faster); the resolvers below are the same either way.
_BaseLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class DataLoader(_BaseLoader):  # type: ignore[misc,valid-type]
    """YAML as editors expect it: 049 stays text, 9:00 and 2026-01-01 stay text, `no` (Norwegian) is not False.

    PyYAML follows YAML 1.1, where those become 49, 540, a date and False.
    """


DataLoader.yaml_implicit_resolvers = {
    first: [
        (tag, regexp)
        for tag, regexp in resolvers
        if tag
        not in {
            "tag:yaml.org,2002:bool",
            "tag:yaml.org,2002:int",
            "tag:yaml.org,2002:float",
            "tag:yaml.org,2002:timestamp",
        }
    ]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
DataLoader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)
DataLoader.add_implicit_resolver("tag:yaml.org,2002:int", re.compile(r"^[-+]?(?:0|[1-9][0-9]*)$"), list("-+0123456789"))
DataLoader.add_implicit_resolver(
    "tag:yaml.org,2002:float",
    re.compile(r"^[-+]?(?:[0-9]+\.[0-9]*|\.[0-9]+)(?:[eE][-+]?[0-9]+)?$"),
    list("-+0123456789."),
)


class FloatText(float):
    """A number as YAML read it, with its text: 15.30 is 15.3 to YAML but "15.30" to a writer (times)."""

    text: str


def _float_with_text(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> float:
    number = FloatText(loader.construct_yaml_float(node))
    number.text = str(node.value)
    return number


DataLoader.add_constructor("tag:yaml.org,2002:float", _float_with_text)

JsonPath = tuple[str | int, ...]


@dataclass
class LoadedYaml:
    """A parsed YAML document with the 1-based line of each value, keyed by its path."""

    path: Path
    data: Any
    lines: dict[JsonPath, int] = field(default_factory=dict)

    def line_of(self, where: JsonPath) -> int:
        """Line of the value at `where`, or of its nearest parent that exists."""
        where = tuple(where)
        while where and where not in self.lines:
            where = where[:-1]
        return self.lines.get(where, 1)


def _walk(node: yaml.Node, where: JsonPath, lines: dict[JsonPath, int], path: Path, problems: list[Problem]) -> None:
    lines[where] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        seen: dict[str, int] = {}
        for key_node, value_node in node.value:
            key = str(key_node.value)
            line = key_node.start_mark.line + 1
            if key in seen:
                problems.append(
                    Problem(path, line, f"Kenttä '{key}' on kahdesti (myös rivillä {seen[key]}). Poista toinen.", key)
                )
            seen[key] = line
            lines[where + (key,)] = line
            _walk(value_node, where + (key,), lines, path, problems)
            lines[where + (key,)] = line
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            _walk(item, where + (index,), lines, path, problems)


# Bounds on what a data file may make its loader build: a record is a few hundred values, so an
# alias bomb ("billion laughs") or a document nested deeper than any record stops here, fast.
MAX_ALIASES = 50
MAX_VALUES = 20_000
MAX_DEPTH = 40


def _aliases_ok(root: yaml.Node, path: Path, problems: list[Problem]) -> bool:
    """False (with a problem) when the document refers to itself, uses too many aliases
    (`*nimi`), would expand to too many values or is nested too deep."""
    aliases = 0
    seen: set[int] = set()
    values = 0
    # Iterative walk with the chain of open nodes: a node met again inside itself is a loop.
    stack: list[tuple[yaml.Node, int, frozenset[int]]] = [(root, 0, frozenset())]
    while stack:
        node, depth, open_nodes = stack.pop()
        values += 1
        line = node.start_mark.line + 1
        message = ""
        if id(node) in open_nodes:
            message = "Ankkuri (&nimi) viittaa itseensä (*nimi). Poista viittaus"
        elif depth > MAX_DEPTH:
            message = f"Tiedosto on sisäkkäinen yli {MAX_DEPTH} tasoa. Kirjoita tiedot tavallisina kenttinä"
        elif values > MAX_VALUES:
            message = f"Tiedostosta tulisi yli {MAX_VALUES} arvoa (ankkureiden toistoa?). Kirjoita tiedot auki"
        if id(node) in seen:
            aliases += 1
            if aliases > MAX_ALIASES and not message:
                message = f"Tiedostossa on yli {MAX_ALIASES} viittausta (*nimi) ankkureihin. Kirjoita tiedot auki"
        if message:
            problems.append(Problem(path, line, f"{message}; ankkureita ja viittauksia ei tarvita tietotiedostoissa."))
            return False
        seen.add(id(node))
        if isinstance(node, yaml.MappingNode):
            children = [child for pair in node.value for child in pair]
        elif isinstance(node, yaml.SequenceNode):
            children = list(node.value)
        else:
            continue
        inner = open_nodes | {id(node)}
        stack.extend((child, depth + 1, inner) for child in children)
    return True


def load_yaml(path: Path, problems: list[Problem]) -> LoadedYaml | None:
    """Parse path; on a syntax error add a problem with its line and return None."""
    try:
        # utf-8-sig: a byte-order mark (what some Windows editors write) is not an error.
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        problems.append(Problem(path, 0, "Tiedosto ei ole UTF-8-muodossa. Tallenna se UTF-8-merkistöllä."))
        return None
    try:
        loader = DataLoader(text)
        try:
            node = loader.get_single_node()
            if node is not None and not _aliases_ok(node, path, problems):
                return None
            data = loader.construct_document(node) if node is not None else None
        finally:
            loader.dispose()
    except yaml.MarkedYAMLError as error:
        line, column, message, code = explain_syntax_error(error, text)
        problems.append(Problem(path, line, message + excerpt(text, line, column), code=code))
        return None
    loaded = LoadedYaml(path, data)
    if node is not None:
        _walk(node, (), loaded.lines, path, problems)
    return loaded


# The usual causes of a YAML syntax error, by the parser's (English) description: code, what to do.
SYNTAX_CAUSES = (
    (
        "tab character",
        "yaml-tab",
        "Rivillä on sarkainmerkki (Tab). Sisennä vain välilyönneillä: korvaa sarkain välilyönneillä.",
    ),
    (
        "cannot start any token",
        "yaml-tab",
        "Rivillä on sarkainmerkki (Tab) tai merkki, jolla arvo ei voi alkaa. Sisennä vain välilyönneillä; laita @- tai `-alkuinen arvo lainausmerkkeihin.",
    ),
    ("expected ':'", "yaml-colon", "Kentän nimen perästä puuttuu kaksoispiste. Kirjoita kenttä muodossa nimi: arvo."),
    (
        "end of stream",
        "yaml-quote",
        "Lainausmerkki jää auki. Lisää arvon loppuun sama lainausmerkki (\" tai '), jolla arvo alkaa.",
    ),
    (
        "mapping values are not allowed",
        "yaml-indent",
        "Sisennys on väärä, tai arvossa on kaksoispiste. Aloita rivi samasta kohdasta kuin saman tason muut kentät; jos arvossa on kaksoispiste, laita arvo lainausmerkkeihin.",
    ),
    (
        "did not find expected",
        "yaml-indent",
        "Sisennys on väärä. Aloita rivi samasta kohdasta (yhtä monella välilyönnillä) kuin saman tason muut kentät.",
    ),
    (
        "expected <block end>",
        "yaml-indent",
        "Sisennys on väärä. Aloita rivi samasta kohdasta (yhtä monella välilyönnillä) kuin saman tason muut kentät.",
    ),
    # Anything else (the empty cue matches every description).
    ("", "yaml-syntax", "Tarkista sisennys, kaksoispisteet ja lainausmerkit tällä tai edellisellä rivillä."),
)


def explain_syntax_error(error: yaml.MarkedYAMLError, text: str) -> tuple[int, int, str, str]:
    """The 1-based line, 0-based column, Finnish explanation and code of a YAML syntax error."""
    problem = str(error.problem or error)
    code, cause = next((c, m) for cue, c, m in SYNTAX_CAUSES if cue in problem)
    message = f"YAML-muotovirhe: {cause}"
    # Where the writer has to look: the start of the unclosed quote or of the key without a colon.
    mark = (
        error.context_mark
        if code in ("yaml-quote", "yaml-colon", "yaml-bracket") and error.context_mark
        else error.problem_mark
    )
    mark = mark or error.context_mark
    if mark is None:
        return 0, 0, message, code
    line, column = mark.line + 1, mark.column
    if code == "yaml-tab":
        lines = text.splitlines()
        found = lines[mark.line].find("\t") if mark.line < len(lines) else -1
        column = found if found >= 0 else column
    return line, column, message, code


def excerpt(text: str, line: int, column: int) -> str:
    """The line at fault and a caret under the column, for a message (tabs shown as →)."""
    lines = text.splitlines()
    if not 1 <= line <= len(lines):
        return ""
    shown = lines[line - 1].replace("\t", "→")
    return f"\n    {shown}\n    {' ' * column}^"
