"""Finding plugins: built-in and third-party alike, through the ``contactkit`` entry points."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from importlib.metadata import entry_points

import pluggy

from contactkit import hookspecs
from contactkit.plugin import Enricher, Sink, Source

ENTRY_POINT_GROUP = "contactkit"


@dataclass
class PluginInfo:
    name: str
    module: str
    version: str | None
    sources: list[str] = field(default_factory=list)
    sinks: list[str] = field(default_factory=list)
    enrichers: list[str] = field(default_factory=list)


@dataclass
class Registry:
    """What the installed plugins provide, by the names users write in the config."""

    manager: pluggy.PluginManager
    plugins: list[PluginInfo]
    failures: dict[str, str]
    """Plugins that failed to load, with a one-line reason; the others keep working."""
    sources: dict[str, type[Source]]
    sinks: dict[str, type[Sink]]
    enrichers: dict[str, type[Enricher]]


def new_manager() -> pluggy.PluginManager:
    manager = pluggy.PluginManager("contactkit")
    manager.add_hookspecs(hookspecs)
    return manager


def build_registry(manager: pluggy.PluginManager | None = None) -> Registry:
    """Load every entry point of the group, keeping going past the ones that fail.

    This is pluggy's ``load_setuptools_entrypoints`` with one difference: a plugin that fails to
    import is recorded in ``failures`` instead of stopping the host.
    """
    manager = manager or new_manager()
    failures: dict[str, str] = {}
    infos: dict[str, PluginInfo] = {}
    for ep in entry_points(group=ENTRY_POINT_GROUP):
        if manager.get_plugin(ep.name) is not None or manager.is_blocked(ep.name):
            continue
        try:
            module = ep.load()
            manager.register(module, name=ep.name)
        except Exception as exc:  # any import error of a third-party plugin
            failures[ep.name] = f"{type(exc).__name__}: {exc}".splitlines()[0]
            continue
        dist = ep.dist
        infos[ep.name] = PluginInfo(
            name=ep.name, module=ep.value, version=dist.version if dist else None
        )

    sources: dict[str, type[Source]] = {}
    sinks: dict[str, type[Sink]] = {}
    enrichers: dict[str, type[Enricher]] = {}
    for hook, target, attr in (
        (manager.hook.contactkit_register_sources, sources, "sources"),
        (manager.hook.contactkit_register_sinks, sinks, "sinks"),
        (manager.hook.contactkit_register_enrichers, enrichers, "enrichers"),
    ):
        for impl in hook.get_hookimpls():
            try:
                classes = impl.function() or []
            except Exception as exc:
                failures[impl.plugin_name] = f"{type(exc).__name__}: {exc}".splitlines()[0]
                continue
            for cls in classes:
                target[cls.name] = cls
                info = infos.setdefault(
                    impl.plugin_name,
                    PluginInfo(name=impl.plugin_name, module=repr(impl.plugin), version=None),
                )
                getattr(info, attr).append(cls.name)
    return Registry(
        manager=manager,
        plugins=sorted(infos.values(), key=lambda i: i.name),
        failures=failures,
        sources=sources,
        sinks=sinks,
        enrichers=enrichers,
    )


@cache
def registry() -> Registry:
    """The process-wide registry, built on first use."""
    return build_registry()
