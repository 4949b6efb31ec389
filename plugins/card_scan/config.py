"""The ``card_scan`` source's settings: what a config file's ``[[sources]]`` table may say."""

from __future__ import annotations

from dataclasses import fields
from pathlib import Path
from typing import Literal

from pydantic import ConfigDict, Field, create_model

from contactkit.plugin import PluginConfig

from .imaging import Steps

# Pre-processing steps, as a config table checks them: the fields of ``imaging.Steps`` (the one
# place they are named, with the measured best as defaults), unknown keys refused.
Preprocess = create_model(
    "Preprocess",
    __config__=ConfigDict(extra="forbid"),
    __doc__="Pre-processing steps; the defaults are the measured best (see docs/card_scan.md).",
    **{f.name: (bool, f.default) for f in fields(Steps)},
)


class CardScanConfig(PluginConfig):
    paths: list[Path] = Field(default_factory=list, description="Card images or folders of them.")
    watch: Path | None = Field(
        default=None, description="A station inbox: claim the files in it, one pass per run."
    )
    station: str | None = Field(default=None, description="This station's name (host name).")
    settle_seconds: float = Field(default=2.0, ge=0, description="Age before a file is taken.")
    languages: list[str] = Field(default_factory=lambda: ["eng"], min_length=1)
    psm: int = Field(
        default=11, ge=0, le=13, description="Tesseract page-segmentation mode (11: sparse text)."
    )
    region: str | None = Field(default=None, description="Force this phone region (ISO).")
    review_below: float | None = Field(
        default=None,
        ge=0,
        le=1,
        description="Fields under this go to review; default: the stricter of [review] below "
        "and card_scan's calibrated 0.93.",
    )
    workers: int | None = Field(default=None, ge=1, description="Parallel cards; default: cores.")
    duplex: bool = Field(default=False, description="Multi-page files alternate front and back.")
    back_suffixes: list[str] = Field(default_factory=lambda: ["_back", "-back", ".back", " back"])
    max_file_mb: float = Field(default=50, gt=0)
    rescan: bool = Field(default=False, description="Read cards already read in earlier runs.")
    engine: Literal["tesserocr", "tesseract"] = Field(
        default="tesserocr",
        description="tesserocr: Tesseract's C API in-process (faster); tesseract: the program.",
    )
    tesseract_cmd: str | None = Field(default=None, description="engine 'tesseract': its path.")
    second_reader: bool = Field(
        default=True,
        description="Read the lines Tesseract doubts again with RapidOCR; keep the surer reading.",
    )
    preprocess: Preprocess = Field(default_factory=Preprocess)
