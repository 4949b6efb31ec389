"""The desk: ``contactkit serve``, a small web application over the same store and plugins.

For the people who do not live in a terminal: support staff scanning and reviewing business
cards, a rollout lead showing the business what was found. Every page calls the functions the
commands call (``contactkit.review``, ``records``, ``forget``, ``store_report``,
``pipeline.run_source``); this package only adds pages, uploads and the guards a web server
holding personal data needs.

Modules: ``app`` (the application), ``current`` (its settings, store and snapshot, as a page
reads them), ``filters`` (template filters), ``security`` (binding, login, CSRF,
headers, uploads), ``scanning`` (card uploads read in the background), ``queries`` (paged
search over golden records), ``charts`` (SVG bars), and one module of pages per area.
"""

from contactkit.desk.app import create_app
from contactkit.desk.current import DeskSettings

__all__ = ["DeskSettings", "create_app"]
