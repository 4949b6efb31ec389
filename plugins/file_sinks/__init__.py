"""File sinks: CSV for any CRM's import wizard, JSON Lines for pipelines.

The embedded default of the main job: with no CRM at hand, golden records land in a file.
"""

from contactkit import hookimpl
from contactkit.plugin import Sink
from contactkit_plugins.file_sinks.csv_sink import CsvSink
from contactkit_plugins.file_sinks.jsonl_sink import JsonlSink


@hookimpl
def contactkit_register_sinks() -> list[type[Sink]]:
    return [CsvSink, JsonlSink]
