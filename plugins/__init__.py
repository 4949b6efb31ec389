"""contactkit's built-in plugins, each registered through the ``contactkit`` entry-point group."""
