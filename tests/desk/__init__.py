"""The desk's tests: a package, so that they import their conftest by its own name."""
