"""The plugin contract: every hook a contactkit plugin may implement.

A plugin is a module (or object) with functions decorated ``@contactkit.hookimpl`` and named
after the specs below, registered under the ``contactkit`` entry-point group::

    [project.entry-points.contactkit]
    mycrm = "contactkit_mycrm"

The host calls the ``register`` hooks once at start-up to learn what each plugin provides, then
drives the classes it got: it reads sources, stores and merges what they saw, runs enrichers, and
hands golden records to sinks. Plugins never call each other, and never write to the store
directly: everything they produce goes through the host, so it is filtered, checkpointed,
merged and reported the same way for everyone.

The classes behind the hooks (``Source``, ``Sink``, ``Enricher``) are in ``contactkit.plugin``;
``docs/plugins.md`` walks through writing one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pluggy

if TYPE_CHECKING:
    import click

    from contactkit.model import Observation
    from contactkit.plugin import Enricher, RunContext, Sink, Source

hookspec = pluggy.HookspecMarker("contactkit")


@hookspec
def contactkit_register_sources() -> list[type[Source]]:
    """Return the source classes this plugin provides.

    A source reads one kind of input (mailboxes, vCard files, card scans, a CRM export) and yields
    what it saw as observations, employees and interactions. Each class has a unique ``name``
    (what users write as ``type = "..."`` in the config) and a pydantic ``Config`` model::

        @hookimpl
        def contactkit_register_sources() -> list[type[Source]]:
            return [VCardSource]
    """


@hookspec
def contactkit_register_sinks() -> list[type[Sink]]:
    """Return the sink classes this plugin provides.

    A sink receives batches of golden records and upserts them into a CRM or a file, answering
    one ``SinkResult`` per record. ``contactkit.testing`` has the contract tests every sink must
    pass; ``docs/writing-a-sink.md`` is the guide.
    """


@hookspec
def contactkit_register_enrichers() -> list[type[Enricher]]:
    """Return the enricher classes this plugin provides.

    An enricher adds what sources cannot know (a company's legal name, DUNS, corporate family)
    by yielding organization observations, which go through the same survivorship as the rest.
    """


@hookspec(firstresult=True)
def contactkit_filter_observation(observation: Observation, context: RunContext) -> str | None:
    """Return a reason to drop ``observation``, or None to keep it.

    Called for every observation a source yields, before it is stored: the place for
    suppression lists, blocklists and a company's own rules. The first plugin that returns a
    reason wins; the reason is counted in the run report (keep it short and stable, e.g.
    ``"blocklisted domain"``), so users can see why a record was not kept.
    """


@hookspec
def contactkit_register_commands(cli: click.Group) -> None:
    """Add commands to the ``contactkit`` command line.

    ``cli`` is the top-level click group; add to it with the ``@cli.command()`` decorator::

        @hookimpl
        def contactkit_register_commands(cli: click.Group) -> None:
            @cli.command()
            def hello() -> None:
                click.echo("hello")
    """
