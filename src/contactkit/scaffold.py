"""``contactkit new-plugin NAME --kind sink|source``: a plugin package that installs and passes.

The generated package is a complete, working plugin: a pyproject with its entry point, a config
model, the sink (or source) class, a README, and a test. The sink talks to a small REST API
(create with POST, update with PATCH sending only the change, forget with DELETE) and its test
runs contactkit's contract tests against a fake of that API, so a vendor starts from green and
replaces the HTTP calls with their CRM's.

The templates are package data under ``contactkit/data/scaffold``: ``common/`` for both kinds,
then ``sink/`` or ``source/``, laid out as the generated package is (a folder named ``package``
becomes the plugin's package); each ``*.tmpl`` is a ``string.Template`` over $name, $dist, $pkg,
$cls and $kind (a literal dollar is $$).
"""

from __future__ import annotations

import keyword
import re
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path
from string import Template

import click

NAME_RE = re.compile(r"^[a-z][a-z0-9_-]{1,40}$")


def class_prefix(name: str) -> str:
    return "".join(part.capitalize() for part in re.split(r"[_-]", name) if part)


def plugin_files(name: str, kind: str) -> dict[str, str]:
    """Relative path -> content of the package for plugin ``name`` of ``kind``."""
    module = name.replace("-", "_")
    values = {
        "name": module,
        "dist": f"contactkit-{module.replace('_', '-')}",
        "pkg": f"contactkit_{module}",
        "cls": class_prefix(module),
        "kind": kind,
    }
    templates = files("contactkit") / "data" / "scaffold"
    out: dict[str, str] = {}
    for part in ("common", kind):
        for rel, template in _templates(templates / part):
            path = "/".join(values["pkg"] if p == "package" else p for p in rel)
            out[path] = Template(template.read_text(encoding="utf-8")).substitute(values)
    return out


def _templates(
    folder: Traversable, rel: tuple[str, ...] = ()
) -> list[tuple[tuple[str, ...], Traversable]]:
    """Every ``*.tmpl`` under ``folder``, with its path (suffix dropped) as parts."""
    found = []
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.is_dir():
            found += _templates(entry, (*rel, entry.name))
        elif entry.name.endswith(".tmpl"):
            found.append(((*rel, entry.name.removesuffix(".tmpl")), entry))
    return found


def write_plugin(name: str, kind: str, directory: Path) -> Path:
    """Write the package under ``directory/contactkit-<name>``; refuse to overwrite."""
    if not NAME_RE.match(name) or keyword.iskeyword(name):
        raise click.BadParameter(
            "lower-case letters, digits, '_' or '-', starting with a letter", param_hint="NAME"
        )
    files = plugin_files(name, kind)
    root = directory / f"contactkit-{name.replace('_', '-')}"
    if root.exists():
        raise click.ClickException(f"{root} already exists; not overwritten")
    for rel, content in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(content, encoding="utf-8")
    return root
