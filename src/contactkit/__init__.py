"""contactkit: populate a CRM with clean contacts and keep them alive."""

from importlib.metadata import PackageNotFoundError, version

import pluggy

hookimpl = pluggy.HookimplMarker("contactkit")
"""Decorate a plugin's hook implementations with this."""

try:
    __version__ = version("contactkit")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0+unknown"

__all__ = ["__version__", "hookimpl"]
