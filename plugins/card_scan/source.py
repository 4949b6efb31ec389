"""The ``card_scan`` source: card images in, observations (or review items) out."""

from __future__ import annotations

import concurrent.futures as cf
import io
import multiprocessing
import os
import shutil
import subprocess
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PIL import Image, UnidentifiedImageError

from contactkit.model import (
    Checkpoint,
    Contact,
    Drop,
    Observation,
    RecordError,
    ReviewItem,
    SourceItem,
)
from contactkit.plugin import Source

from .calibration import REVIEW_BELOW
from .config import CardScanConfig
from .image_files import content_hash
from .imaging import Steps
from .jobs import CardJob, CardResult, OcrOptions
from .review_reasons import reasons
from .review_rule import review_fields
from .station import Station

IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".tif", ".tiff", ".pdf"}
MAX_DONE_KEYS = 200_000


@dataclass
class _FileEntry:
    path: Path
    claimed: bool = False  # watch mode: the file sits in processing/ and moves when done
    back: Path | None = None
    jobs: list[CardJob] = field(default_factory=list)
    error: str | None = None
    key: str | None = None


class CardScanSource(Source):
    """Business cards (PNG, JPEG, TIFF, PDF) → contacts, uncertain fields to review."""

    name = "card_scan"
    Config = CardScanConfig

    @property
    def settings(self) -> CardScanConfig:
        return self.config  # type: ignore[return-value]  # Source types it as the base Config

    def _options(self) -> OcrOptions:
        cfg = self.settings
        return OcrOptions(
            languages=tuple(cfg.languages),
            psm=cfg.psm,
            steps=Steps(**cfg.preprocess.model_dump()),
            tesseract_cmd=cfg.tesseract_cmd,
            engine=cfg.engine,
            second_reader=cfg.second_reader,
            default_region=self.context.settings.default_region,
            forced_region=cfg.region.upper() if cfg.region else None,
        )

    @property
    def review_below(self) -> float:
        cfg = self.settings
        # card_scan's confidences are measured probabilities (see calibration.py) and its own
        # threshold was chosen on them: a stricter general setting still applies, a looser one
        # would let through fields that are wrong too often.
        if cfg.review_below is not None:
            return cfg.review_below
        return max(self.context.settings.review_below, REVIEW_BELOW)

    def read(self, state: dict[str, Any]) -> Iterator[SourceItem]:
        cfg = self.settings
        # The OCR engines load when cards are read, not with the plugin (see ``jobs``).
        from . import second_reading
        from .ocr import OcrUnavailable, check_available

        check_available(cfg.languages, cfg.tesseract_cmd, cfg.engine)  # before any file is touched
        if cfg.second_reader and not second_reading.available():
            raise OcrUnavailable(
                "the rapidocr-onnxruntime package is missing: 'pip install rapidocr-onnxruntime',"
                " or set the card_scan option second_reader = false"
            )
        done: list[str] = list(state.get("done", []))
        seen = set(done)
        station = None
        if cfg.watch is not None:
            station = Station(cfg.watch, cfg.station, cfg.settle_seconds)
            station.prepare()
            entries = self._claim(station)
        else:
            entries = [_FileEntry(p) for p in self._expand(cfg.paths)]
        entries = self._pair_backs(entries)
        for entry in entries:
            self._plan(entry, seen)

        options = self._options()
        finished: dict[int, int] = {id(e): 0 for e in entries}
        for entry, job, result in self._run(entries, options):
            if job is None:  # the whole file failed before OCR
                yield RecordError(
                    source=self.instance,
                    record_key=str(entry.path),
                    reason=entry.error or "unreadable",
                )
                yield Checkpoint(state={"done": done[-MAX_DONE_KEYS:]})
                if station and entry.claimed:
                    self._settle(station, entry)  # the back too, if it has one
                continue
            if result is None:  # read in an earlier run
                yield Drop(source=self.instance, record_key=job.label, reason="already scanned")
            elif result.fatal:
                raise OcrUnavailable(result.fatal)
            elif result.error:
                yield RecordError(source=self.instance, record_key=job.label, reason=result.error)
                entry.error = entry.error or result.error
            else:
                yield self._item(result)
                if job.key not in seen:
                    seen.add(job.key)
                    done.append(job.key)
            yield Checkpoint(state={"done": done[-MAX_DONE_KEYS:]})
            # Past this point the host has stored the card: only now may the file leave.
            finished[id(entry)] += 1
            if station and entry.claimed and finished[id(entry)] == len(entry.jobs):
                self._settle(station, entry)

    # --- planning ---------------------------------------------------------------------------

    def _expand(self, paths: list[Path]) -> list[Path]:
        out: list[Path] = []
        for path in paths:
            if path.is_dir():
                out += sorted(
                    p for p in path.rglob("*")
                    if p.is_file() and p.suffix.lower() in IMAGE_SUFFIXES
                    and not any(part.startswith(".") for part in p.relative_to(path).parts)
                )  # fmt: skip
            else:
                out.append(path)  # a named file is tried whatever its suffix; errors say why
        return out

    def _claim(self, station: Station) -> list[_FileEntry]:
        entries = [_FileEntry(p, claimed=True) for p in station.leftovers()]
        for path in station.pending():
            claimed = station.claim(path)
            if claimed is not None:
                entries.append(_FileEntry(claimed, claimed=True))
        return entries

    def _pair_backs(self, entries: list[_FileEntry]) -> list[_FileEntry]:
        """``card7_back.jpg`` is the back of ``card7.jpg`` (or ``card7_front.jpg``)."""
        suffixes = self.settings.back_suffixes
        by_stem = {e.path.with_suffix("").as_posix().lower(): e for e in entries}
        backs = set()
        for entry in entries:
            stem = entry.path.with_suffix("").as_posix()
            for suffix in suffixes:
                if not stem.lower().endswith(suffix.lower()):
                    continue
                base = stem[: -len(suffix)].lower()
                front_suffixes = ("", *(s.replace("back", "front") for s in suffixes))
                for front_suffix in front_suffixes:
                    front = by_stem.get(base + front_suffix)
                    if front is not None and front is not entry and front.back is None:
                        front.back = entry.path
                        backs.add(id(entry))
                        break
                break
        return [e for e in entries if id(e) not in backs]

    def _plan(self, entry: _FileEntry, seen: set[str]) -> None:
        """Read the file, hash it, count its pages: one job per card (or front/back pair)."""
        cfg = self.settings
        try:
            front = _read_limited(entry.path, cfg.max_file_mb)
            back = _read_limited(entry.back, cfg.max_file_mb) if entry.back else None
        except ValueError as exc:
            entry.error = str(exc)
            return
        entry.key = content_hash(front)
        pages = _page_count(front)
        label = str(entry.path)
        if back is not None:
            key = content_hash(front, back)
            entry.jobs = [
                CardJob(key, f"{label} + {entry.back.name}", str(entry.path), str(entry.back))  # type: ignore[union-attr]  # back is read only where entry.back is set
            ]
        elif pages <= 1:
            entry.jobs = [CardJob(entry.key, label, str(entry.path))]
        elif cfg.duplex:
            entry.jobs = [
                CardJob(f"{entry.key}:{p + 1}", f"{label} [pages {p + 1}+{p + 2}]", str(entry.path),
                        str(entry.path), front_page=p, back_page=p + 1 if p + 1 < pages else None)
                for p in range(0, pages, 2)
            ]  # fmt: skip
            for job in entry.jobs:
                if job.back_page is None:
                    job.back = None
        else:
            entry.jobs = [
                CardJob(f"{entry.key}:{p + 1}", f"{label} [page {p + 1}]", str(entry.path),
                        front_page=p)
                for p in range(pages)
            ]  # fmt: skip
        if not cfg.rescan:
            for job in entry.jobs:
                job.skip = job.key in seen

    # --- running ----------------------------------------------------------------------------

    def _run(
        self, entries: list[_FileEntry], options: OcrOptions
    ) -> Iterator[tuple[_FileEntry, CardJob | None, CardResult | None]]:
        """Yield (entry, job, result) in file order; cards are read in parallel, one per core."""
        from .scan import scan_card  # the parser loads with the first card, not the plugin

        work: list[tuple[_FileEntry, CardJob | None]] = []
        for entry in entries:
            if entry.error or not entry.jobs:
                work.append((entry, None))
            else:
                work += [(entry, job) for job in entry.jobs]
        todo = [job for _, job in work if job is not None and not job.skip]
        workers = min(self.settings.workers or os.cpu_count() or 1, max(1, len(todo)))
        results: dict[str, CardResult] = {}
        if workers <= 1:
            pending: Iterator[CardResult] = (scan_card(job, options) for job in todo)
            for entry, job in work:
                if job is None or job.skip:
                    yield entry, job, None
                    continue
                yield entry, job, next(pending)
            return
        # Spawned workers: the parent may hold database connections a fork would duplicate.
        context = multiprocessing.get_context("spawn")
        with cf.ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
            queue: deque[cf.Future[CardResult]] = deque()
            jobs = iter(todo)
            try:
                for _ in range(workers * 2):  # bounded: a huge stack never sits in memory
                    job = next(jobs, None)
                    if job is not None:
                        queue.append(pool.submit(scan_card, job, options))
                for entry, job in work:
                    if job is None or job.skip:
                        yield entry, job, None
                        continue
                    result = _result_of(queue.popleft(), job)
                    nxt = next(jobs, None)
                    if nxt is not None:
                        queue.append(pool.submit(scan_card, nxt, options))
                    results[job.key] = result
                    yield entry, job, result
            finally:
                for future in queue:
                    future.cancel()

    def _item(self, result: CardResult) -> Observation | ReviewItem:
        contact = Contact.model_validate(
            result.contact, context={"default_region": self.context.settings.default_region}
        )
        observation = Observation(
            source=self.instance,
            source_key=result.key,
            contact=contact,
            confidence=result.confidence,
        )
        uncertain, left_out = review_fields(
            result.confidence, result.contact or {}, self.review_below
        )
        if left_out:
            # A doubtful website alone is not worth a person's look: the card goes in without
            # it (the email's domain still names the company), never with it unchecked.
            data = contact.model_dump()
            for name in left_out:
                data[name] = []
            observation.contact = Contact.model_validate(data)
            # Their confidence stays: an empty field under the threshold says "left out".
        if not uncertain:
            return observation
        who = contact.name.full or (contact.emails[0] if contact.emails else "no name read")
        return ReviewItem(
            kind="fields",
            source=self.instance,
            source_key=result.key,
            title=f"Business card {Path(result.label).name}: {who}",
            observation=observation,
            uncertain=uncertain,
            reasons=reasons(result.evidence, uncertain),
            file=_file_of(result.label),
        )

    def _settle(self, station: Station, entry: _FileEntry) -> None:
        if entry.error:
            station.fail(entry.path, entry.error, entry.key)
            if entry.back is not None:
                station.fail(entry.back, f"back of {entry.path.name}: {entry.error}", None)
        else:
            station.finish(entry.path, entry.key)
            if entry.back is not None:
                station.finish(entry.back, None)


def _file_of(label: str) -> str:
    """The image's path from a job's label (``x.pdf [page 2]``, ``x.png + x_back.png``)."""
    path = label.split(" [page", 1)[0].split(" + ", 1)[0]
    return str(Path(path).resolve())


def _result_of(future: cf.Future[CardResult], job: CardJob) -> CardResult:
    """A worker that died on one card (out of memory, a crash in a C library) fails that card."""
    try:
        return future.result()
    except cf.process.BrokenProcessPool:
        raise  # the pool is gone: the run stops and the claimed files are taken up next start
    except Exception as exc:  # one odd file must never stop the stack
        return CardResult(job.key, job.label, error=f"cannot read card: {type(exc).__name__}")


def _read_limited(path: Path, max_mb: float) -> bytes:
    try:
        size = path.stat().st_size
        if size > max_mb * 1024 * 1024:
            raise ValueError(f"file too large ({size / 1048576:.1f} MB > {max_mb:g} MB)")
        if size == 0:
            raise ValueError("empty file")
        return path.read_bytes()
    except OSError as exc:
        raise ValueError(f"cannot read file: {exc.strerror or exc}") from None


def _page_count(data: bytes) -> int:
    """How many cards a file holds, without decoding them (a bad file says 1 and fails later)."""
    if data[:5] == b"%PDF-":
        tool = shutil.which("pdfinfo")
        if tool is None:
            return 1
        result = subprocess.run(
            [tool, "-"], input=data, capture_output=True, timeout=60, check=False
        )
        for line in result.stdout.decode(errors="replace").splitlines():
            if line.startswith("Pages:"):
                return max(1, int(line.split()[1]))
        return 1
    try:
        with Image.open(io.BytesIO(data)) as image:
            return max(1, int(getattr(image, "n_frames", 1)))
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError):
        return 1
