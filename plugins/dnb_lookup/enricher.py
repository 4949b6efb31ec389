"""The ``dnb_lookup`` enricher: match each company to a D-U-N-S Number, bring back its data and
its corporate family, and never pay twice for the same answer.

Per company: identity resolution (cleanseMatch) unless the company already has a DUNS, then the
data blocks by DUNS. Both answers go to ``context.cache`` (match by normalized inputs, data by
DUNS) for ``cache_ttl_days``; within one run each distinct question is asked once. A failure is
reported for the company and never cached, so the next run asks again.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime, timedelta
from typing import Any, ClassVar

from contactkit.model import (
    Drop,
    OrganizationObservation,
    RecordError,
)
from contactkit.plugin import Enricher, EnrichItem, OrganizationRecord, RunContext

from . import mapping, review
from .client import DnbApiError, DnbClient
from .config import DnbConfig

REASON_NO_NAME = "no company name to match"
REASON_NO_MATCH = "no D&B match"
REASON_BELOW = "D&B match below review threshold"
REASON_FEW_CONTACTS = "too few contacts for a D&B lookup"
REASON_DRY_CALL = "dry run: would call D&B"
REASON_DRY_CACHED = "dry run: answered from cache"


class _Failed:
    """An in-run memo of a failed call, so a second record of one company does not call again."""

    def __init__(self, reason: str) -> None:
        self.reason = reason


def _billable(match: int, data: int) -> str:
    return f"{match + data} billable D&B calls ({match} identity resolution, {data} data blocks)"


class DnbLookup(Enricher):
    """Firmographics and the corporate family tree from Dun & Bradstreet Direct+."""

    name: ClassVar[str] = "dnb_lookup"
    Config: ClassVar[type[DnbConfig]] = DnbConfig

    def __init__(self, config: DnbConfig, context: RunContext, instance: str | None = None) -> None:
        super().__init__(config, context, instance)
        self.config: DnbConfig = config
        self.client = DnbClient(
            context.http,
            config.base_url,
            config.key,
            config.secret,
            token_path=config.token_path,
        )
        self.planned: Counter[str] = Counter()
        """Dry run: the billable calls a real run would make at least, by kind."""
        self._matches: dict[str, list[dict[str, Any]] | _Failed] = {}
        self._data: dict[str, dict[str, Any] | _Failed] = {}
        self._emitted_members: set[str] = set()
        self._planned: set[str] = set()

    @property
    def calls(self) -> int:
        """Billable calls made so far (identity resolution + data blocks; tokens are free)."""
        return self.client.calls["match"] + self.client.calls["data"]

    @property
    def planned_calls(self) -> int:
        """Dry run: billable calls a real run would make, at least (a match may add a data call)."""
        return self.planned["match"] + self.planned["data"]

    @property
    def _ttl(self) -> timedelta:
        return timedelta(days=self.config.cache_ttl_days)

    def enrich(self, organizations: Iterable[OrganizationRecord]) -> Iterator[EnrichItem]:
        for record in organizations:
            yield from self._enrich_one(record)
        self.context.note(self._summary())

    def _summary(self) -> str:
        """The same figure in a dry run and a real run: billable calls, as D&B bills them."""
        if self.context.dry_run:
            line = "dry run: " + _billable(self.planned["match"], self.planned["data"])
            if self.planned["match"]:
                line += f", and up to {self.planned['match']} data blocks for the new matches"
            return line
        refused = self.client.attempts["match"] + self.client.attempts["data"] - self.calls
        return (
            _billable(self.client.calls["match"], self.client.calls["data"])
            + f"; {self.client.calls['token']} token, {refused} not billed (401 or failed)"
        )

    # -- one company ----------------------------------------------------------------------------

    def _enrich_one(self, record: OrganizationRecord) -> Iterator[EnrichItem]:
        if record.contact_count < self.config.min_contacts:
            yield self._drop(record, REASON_FEW_CONTACTS)
            return
        stale = self._is_stale(record)
        duns = record.organization.duns
        # A company matched on an earlier run keeps the match quality it was accepted with.
        candidate: dict[str, Any] | None = self._accepted(record, duns) if duns else None
        if not duns:
            inputs = mapping.match_inputs(record, self.context.settings.default_region)
            if inputs is None:
                yield self._drop(record, REASON_NO_NAME)
                return
            candidates = self._match(inputs)
            if candidates is None:  # dry run, not cached (the data call that may follow is not
                yield self._drop(record, REASON_DRY_CALL)  # counted: it depends on the answer)
                return
            if isinstance(candidates, _Failed):
                yield self._error(record, candidates.reason)
                return
            decided = yield from self._decide(record, candidates)
            if decided is None:
                return
            candidate = decided
            duns = mapping.candidate_duns(candidate)
            if not duns:
                yield self._error(record, "D&B match: candidate without duns")
                return
            if not self.context.dry_run:
                self.context.cache.put(f"accepted:{record.key}", candidate)
        data = self._data_for(duns, fresh=stale)
        if data is None:
            yield self._drop(record, REASON_DRY_CALL)
            return
        if isinstance(data, _Failed):
            yield self._error(record, data.reason)
            return
        if self.context.dry_run:
            yield self._drop(record, REASON_DRY_CACHED)
            return
        yield from self._observations(record, data, candidate)

    def _decide(
        self, record: OrganizationRecord, candidates: list[dict[str, Any]]
    ) -> Iterator[EnrichItem]:
        """The accepted candidate, or None after yielding a review item or a drop."""
        ranked = review.ranked(candidates)
        best = ranked[0] if ranked else None
        best_code = mapping.confidence_code(best) if best else 0
        if best is not None and best_code >= self.config.auto_accept:
            return best
        if self.context.dry_run:
            yield self._drop(record, REASON_DRY_CACHED)
            return None
        if best is None:
            yield self._drop(record, REASON_NO_MATCH)
            return None
        if best_code < self.config.review_min:
            yield self._drop(record, REASON_BELOW)
            return None
        in_band = [c for c in ranked if mapping.confidence_code(c) >= self.config.review_min]
        yield review.review_item(self.instance, record, in_band[: self.config.review_options])
        return None

    # -- the two questions, each asked once ---------------------------------------------

    def _match(self, inputs: mapping.MatchInputs) -> list[dict[str, Any]] | _Failed | None:
        """Candidates from the memo, the cache or D&B; None in a dry run that would have to call."""
        key = inputs.key
        if key in self._matches:
            return self._matches[key]
        cached = self.context.cache.get(key, max_age=self._ttl)
        if cached is not None:
            result: list[dict[str, Any]] | _Failed = cached["candidates"]
        elif self.context.dry_run:
            return self._plan("match", key)
        else:
            try:
                found = self.client.cleanse_match(inputs.params)
            except DnbApiError as exc:
                result = _Failed(str(exc))
            else:
                result = [mapping.candidate_summary(c) for c in found]
                # "no match" is an answer too, and cached; a failure above is not
                self.context.cache.put(
                    key, {"candidates": result, "at": datetime.now(UTC).isoformat()}
                )
        self._matches[key] = result
        return result

    def _data_for(self, duns: str, *, fresh: bool) -> dict[str, Any] | _Failed | None:
        """The organization object by DUNS; None in a dry run that would have to call."""
        key = f"data:{duns}"
        if duns in self._data:
            return self._data[duns]
        cached = None if fresh else self.context.cache.get(key, max_age=self._ttl)
        if cached is not None:
            result: dict[str, Any] | _Failed = cached["organization"]
        elif self.context.dry_run:
            return self._plan("data", key)
        else:
            try:
                result = self.client.data_blocks(duns, self.config.block_ids)
            except DnbApiError as exc:
                result = _Failed(str(exc))
            else:
                self.context.cache.put(
                    key, {"organization": result, "at": datetime.now(UTC).isoformat()}
                )
        self._data[duns] = result
        return result

    def _accepted(self, record: OrganizationRecord, duns: str) -> dict[str, Any] | None:
        """The candidate this record was matched with before, if it is still this DUNS."""
        accepted = self.context.cache.get(f"accepted:{record.key}")
        if isinstance(accepted, dict) and mapping.candidate_duns(accepted) == duns:
            return accepted
        return None

    def _plan(self, kind: str, key: str) -> None:
        """Dry run: count a call that a real run would make, once per distinct question."""
        if key not in self._planned:
            self._planned.add(key)
            self.planned[kind] += 1

    def _is_stale(self, record: OrganizationRecord) -> bool:
        """Asked to re-verify, and D&B last vouched for this company too long ago."""
        duns = record.organization.duns
        if not (self.config.reverify and duns):
            return False
        key = f"data:{duns}"
        if self.context.cache.get(key) is None:
            return False  # nothing cached: the normal path asks D&B anyway
        # the cache's own clock says when the answer was stored, i.e. when D&B last vouched
        recent = self.context.cache.get(key, max_age=timedelta(days=self.config.stale_after_days))
        return recent is None

    # -- what it yields -------------------------------------------------------------------

    def _observations(
        self, record: OrganizationRecord, data: dict[str, Any], candidate: dict[str, Any] | None
    ) -> Iterator[OrganizationObservation]:
        org = mapping.organization(data)
        confidence: dict[str, float] = {}
        grade = None
        if candidate is not None:
            confidence = {"duns": mapping.confidence_code(candidate) / 10}
            grade = mapping.match_grade(candidate)
        yield OrganizationObservation(
            source=self.instance,
            source_key=record.key,
            organization_key=record.key,
            organization=org,
            confidence=confidence,
            match_grade=grade,
        )
        for duns, member in mapping.family_members(data).items():
            if duns in self._emitted_members:
                continue
            self._emitted_members.add(duns)
            yield OrganizationObservation(
                source=self.instance,
                source_key=f"duns:{duns}",
                organization_key=f"duns:{duns}",
                organization=member,
            )

    def _drop(self, record: OrganizationRecord, reason: str) -> Drop:
        return Drop(source=self.instance, record_key=record.key, reason=reason)

    def _error(self, record: OrganizationRecord, reason: str) -> RecordError:
        return RecordError(source=self.instance, record_key=record.key, reason=reason)
