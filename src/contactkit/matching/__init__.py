"""Identity resolution for the master: one person, one record (docs/matching.md).

- ``text``: name keys that survive accents, transliteration, OCR slips; the nickname groups;
- ``features``: what matching compares, precomputed once per observation;
- ``blocking``: which pairs are worth scoring (never all pairs);
- ``scoring``: additive evidence points with readable reasons;
- ``clustering``: strongest evidence first, never against a person's "apart" decision;
- ``survivorship``: which value a golden record shows, by the rules table in the config;
- ``decay``: when each value was last confirmed, and what needs re-verifying.

The matching core works on plain payload dicts, so it runs without the store (see
``bench/matching_bench.py``); ``contactkit.master.rebuild`` wires it to the store, and
``contactkit.match_actions`` does there what ``unmerge``, ``pin``, the queue and match reviews ask.
"""
