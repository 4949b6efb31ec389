"""Package discovery only; everything else lives in pyproject.toml.

The built-in plugins sit in plugins/ (one folder each) but install as ``contactkit_plugins.*``,
so this finds them wherever they nest.
"""

from setuptools import find_packages, setup

setup(
    packages=find_packages("src")
    + ["contactkit_plugins"]
    + [f"contactkit_plugins.{name}" for name in find_packages("plugins")],
)
