"""What every command pays to load the built-in plugins: card_scan as it loads now (its reading
modules on the first card) against the baseline of loading them with the plugin, as before
session 12, in fresh interpreters, in turns.

    python bench/plugin_load_bench.py [--rounds 5]

Every command loads every installed plugin (``contactkit run`` on the sample, ``contactkit
--help``); only ``contactkit scan`` reads cards. Measured: CPU seconds of the command
``contactkit --help`` from interpreter start, the plugin hooks run.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import subprocess
import sys

HELP = """
import sys
if {eager}:
    # What the plugin loaded before: the parser, OpenCV, NumPy, Tesseract's and RapidOCR's glue.
    import contactkit_plugins.card_scan.scan
from contactkit.cli import main
sys.argv = ["contactkit", "--help"]
try:
    main()
except SystemExit:
    pass
"""


def command_cpu(eager: bool) -> float:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(
        [sys.executable, "-c", HELP.format(eager=eager)], capture_output=True, check=True
    )
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    rounds = parser.parse_args().rounds
    lazy, eager = [], []
    for _ in range(rounds):
        lazy.append(command_cpu(False))
        eager.append(command_cpu(True))
    a, b = statistics.median(lazy), statistics.median(eager)
    print(
        f"contactkit --help, CPU s (median of {rounds}): now {a:.3f}, reading modules eager {b:.3f}"
    )
    print(f"ratio now / eager: {a / b:.3f}")


if __name__ == "__main__":
    main()
