"""Loading the card_scan plugin, which every command does, leaves the card reader unloaded."""

from __future__ import annotations

import subprocess
import sys

# What reading a card needs and a command that reads none should not pay for (~0.3 s of CPU).
HEAVY = ("cv2", "numpy", "pytesseract", "contactkit_plugins.card_scan.fields")


def test_the_plugin_loads_and_registers_without_the_reader() -> None:
    code = (
        "import sys, contactkit_plugins.card_scan as plugin; "
        "[source] = plugin.contactkit_register_sources(); source.Config(); "
        f"print(','.join(m for m in {HEAVY!r} if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
