"""Identity resolution on labelled data the matcher never saw: precision, recall, what is lost.

Loads an observations file (one JSON object a line: ``source``, ``key``, ``seen``, ``region``,
``truth``, ``contact``) the way a user's data arrives: "truth" is stripped, every line becomes an
``Observation`` written through the real store, and ``master.rebuild`` matches and writes the
golden records. Then the golden records' members are compared with the truth:

- pairwise precision and recall, and the recall once a person answered every review pair "same";
- wrong merges by the evidence of the link that joined two people;
- missed pairs by what the closest pair of the two parts had in common (and its score), or
  "never compared" when no blocking key brought them together;
- cost: seconds per 1,000 observations for import (store write) and match+write (rebuild), peak
  memory (each system runs in its own process), next to Splink (DuckDB backend, EM-trained, its
  best threshold on the same data) when ``--splink`` is given and Splink is installed.

Data: ``--blind SEED`` runs the blind generator (bench/blind/matching_gen.py, written by someone
who has not read the matcher); ``--own SEED`` uses the tests' generator (tests/matching).

    python bench/matching_eval.py --blind 1 --people 10000 [--splink] [--examples 5]
    python bench/matching_eval.py --own 7 --people 10000
"""

from __future__ import annotations

import argparse

from matching_breakdown import breakdown, missed_kinds
from matching_data import data_arguments, data_file
from matching_pairs import after_review, pair_counts, prf
from matching_run import in_subprocess


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    data_arguments(parser)
    parser.add_argument("--splink", action="store_true", help="Also run Splink on the same data.")
    parser.add_argument("--splink-only", action="store_true", help="Only Splink (no breakdown).")
    parser.add_argument("--examples", type=int, default=0, help="Examples per error kind.")
    args = parser.parse_args()
    path, label = data_file(args)
    rows = sum(1 for _ in path.open(encoding="utf-8"))
    print(f"{label}: {args.people:,} people, {rows:,} observations ({path})")

    systems = ["contactkit"] + (["splink"] if args.splink else [])
    if args.splink_only:
        systems = ["splink"]
    results = {s: in_subprocess(s, path) for s in systems}
    print(
        f"\n{'system':<11} {'P':>7} {'R':>7} {'F1':>7} {'R+rev':>7} {'import s/1k':>11} "
        f"{'match s/1k':>10} {'total s':>8} {'peak MB':>8}"
    )
    for system, res in results.items():
        p, r, f1 = prf(res["truth"], res["cluster"])
        rr = r
        if res.get("reviews"):
            keys = [tuple(k) for k in res["keys"]]
            _, rr, _ = prf(res["truth"], after_review(keys, res["cluster"], res["reviews"]))
        n = res["observations"] / 1000
        total = res["import_s"] + res["match_s"]
        print(
            f"{system:<11} {p:>7.4f} {r:>7.4f} {f1:>7.4f} {rr:>7.4f} "
            f"{res['import_s'] / n:>11.3f} {res['match_s'] / n:>10.3f} {total:>8.1f} "
            f"{res['peak_mb']:>8.0f}"
        )
        if res.get("note"):
            print(f"{'':<11} {res['note']}")
    if "contactkit" not in results:
        return
    ck = results["contactkit"]
    if "splink" in results:
        sp = results["splink"]
        ratio = (ck["import_s"] + ck["match_s"]) / (sp["import_s"] + sp["match_s"])
        print(f"\ncontactkit end-to-end time / Splink's: {ratio:.2f}x")
    joint, pred, true = pair_counts(ck["truth"], ck["cluster"])
    print(
        f"\ncontactkit: {true:,} true pairs, {pred:,} merged pairs, {pred - joint:,} wrong, "
        f"{true - joint:,} missed; {ck['pairs_scored']:,} pairs scored, "
        f"{len(ck['reviews']):,} review pairs, {ck['bad']} bad records"
    )
    wrong, missed, shown = breakdown(path, ck, args.examples)
    print("\nwrong links (the link that joined two people), by evidence:")
    for label, n in wrong.most_common(15):
        print(f"  {n:>6}  {label}")
    print("\nmissed pairs, by the evidence of the closest pair of the two parts:")
    for label, n in missed.most_common(25):
        print(f"  {n:>6}  {label}")
    print("\nmissed pairs, in short:")
    total = sum(missed.values()) or 1
    for label, n in sorted(missed_kinds(missed).items(), key=lambda kv: -kv[1]):
        print(f"  {n:>6}  {100 * n / total:5.1f}%  {label}")
    if args.examples:
        print("\nexamples:")
        for label, items in shown.items():
            print(f"  {label}")
            for item in items:
                print(f"    {item}")


if __name__ == "__main__":
    main()
