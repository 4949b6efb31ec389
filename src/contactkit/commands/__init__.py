"""The host's ``contactkit`` commands, one module per concern; ``contactkit.cli`` registers them.

Each module imports only ``contactkit.cli_context`` (the job, consoles, exit codes) and the
host's own packages, never another command module or ``contactkit.cli``.
"""
