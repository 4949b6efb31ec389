"""Golden-record build time at 10k and 100k observations, and how it grows.

Each size gets a fresh SQLite store filled with generated observations (about 30 % of people seen
twice, by email or by phone and name). Printed per size: the rebuild time, the time of a bare scan
of the same observations (the baseline: reading what must be read anyway), their ratio, and the
growth factor from one size to the next (10x the input; close to 10 means linear).

    python bench/merge_bench.py [--sizes 10000 100000]
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from contactkit import master
from contactkit.model import Contact, Observation, Phone
from contactkit.store import Store

FIRST = ["Anna", "Bernd", "Carla", "Dieter", "Eva", "Farid", "Greta", "Hugo", "Ines", "Jonas"]
LAST = ["Schmidt", "Maier", "Rossi", "Nguyen", "Okafor", "Larsen", "Silva", "Kowalski", "Ito"]


def observations(count: int, seed: int = 7) -> list[Observation]:
    return list(iter_observations(count, seed))


def iter_observations(count: int, seed: int = 7) -> Iterator[Observation]:
    """The observations one at a time (a million of them do not fit in memory at once)."""
    rng = random.Random(seed)
    made = 0
    person = 0
    while made < count:
        person += 1
        given, family = rng.choice(FIRST), rng.choice(LAST)
        email = f"{given}.{family}.{person}@company{person % 5000}.example".lower()
        phone = f"+4930{person:08d}"
        contact = Contact.model_construct(
            name=_name(given, family), emails=[email], phones=[Phone(text=phone, e164=phone)]
        )
        made += 1
        yield Observation(source="mail", source_key=email, contact=contact)
        if rng.random() < 0.3 and made < count:
            # the same person from an address book: same phone and name, private email
            twin = Contact.model_construct(
                name=_name(given, family),
                emails=[f"{given}{person}@gmail.com".lower()],
                phones=[Phone(text=phone, e164=phone, kind="cell")],
            )
            made += 1
            yield Observation(source="vcard", source_key=f"card-{person}", contact=twin)


def _name(given: str, family: str):
    from contactkit.model import PersonName

    return PersonName(given=given, family=family)


def fill(store: Store, items: list[Observation]) -> None:
    for start in range(0, len(items), 5000):
        store.write_batch(
            run_id=None,
            source="bench",
            source_type="bench",
            items=items[start : start + 5000],
            state=None,
        )


def measure(size: int) -> tuple[float, float, int]:
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(f"sqlite:///{Path(tmp) / 'bench.db'}")
        fill(store, observations(size))
        started = time.perf_counter()
        scanned = sum(1 for _ in store.contact_observations())
        bare = time.perf_counter() - started
        started = time.perf_counter()
        stats = master.rebuild(store, ["vcard", "mail"])
        rebuild = time.perf_counter() - started
        store.close()
    assert scanned == size
    return rebuild, bare, stats.golden


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    sizes = parser.parse_args().sizes
    previous: tuple[int, float] | None = None
    row = "{:>12} {:>8} {:>10} {:>8} {:>6} {:>7}"
    print(row.format("observations", "golden", "rebuild s", "scan s", "ratio", "growth"))
    for size in sizes:
        rebuild, bare, golden = measure(size)
        growth = ""
        if previous:
            growth = f"{rebuild / previous[1]:.1f}x/{size / previous[0]:.0f}x"
        ratio = f"{rebuild / bare:.1f}"
        print(row.format(size, golden, f"{rebuild:.2f}", f"{bare:.2f}", ratio, growth))
        previous = (size, rebuild)


if __name__ == "__main__":
    main()
