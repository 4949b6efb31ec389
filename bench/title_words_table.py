"""Derive card_scan's multilingual title list (``plugins/card_scan/data/title_words.tsv``) from a
raw list of job titles as cards print them.

    python bench/title_words_table.py RAW.tsv

RAW.tsv holds ``word<TAB>strong|weak<TAB>language`` lines: one word as printed; "strong" where
it is a whole title alone (Rechtsanwalt, Solicitor, Toimitusjohtaja), "weak" where it only
helps make one (Senior, Regional, Obchodní). The list of session 54 was written by a helper who
had read neither card_scan nor the card generators, from what real cards print in 23 European
languages. Kept out, so that a word never changes what a name, a company or a phone label is:
words card_scan's own lists hold already or name otherwise (departments, trades, firms' words,
phone labels, honorifics, degrees after a name), every name of the census tables (Mayor,
Doctor, Alcalde, Lehrer), and new words of three letters or fewer but a chief's (CCO, CISO).
A few trade words on firms' names are taken as weak only (Technik). Words are compared as the
title checks fold a card's (``spelt_fold``: "członek" is czlonek).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).parent.parent
OUT = ROOT / "plugins" / "card_scan" / "data" / "title_words.tsv"
# Words a firm's name holds as often as a title line, or the first word of a longer title
# whose rest Tesseract may lose ("Referent" of Referent Öffentlichkeitsarbeit): never a title
# alone. A word card_scan's own list holds as weak and the raw list as strong is taken strong
# ("Associate", "Treasurer") unless it is one of these.
WEAK_ONLY = frozenset(
    {"technik", "tehnik", "teknik", "chair", "partner", "chef", "dg", "editor", "intern"}
    | {"principal", "producer", "referent", "referentin", "broker", "tecnica", "tecnico"}
)
DROPPED = frozenset({"console", "arts"})
HEADER = (
    "# Job titles as cards print them, one word a line: word, strong (a title alone) or weak,\n"
    "# language. Written blind to card_scan; filtered of names and of card_scan's own department,\n"
    "# trade and firm words by bench/title_words_table.py.\n"
)


def kept(raw: Path) -> list[tuple[str, str, str]]:
    """The raw list's entries card_scan may take as title words, in the raw list's order."""
    sys.path[:0] = [str(ROOT / "src"), str(ROOT)]
    if not OUT.exists():
        OUT.write_text(HEADER, encoding="utf-8")  # the lexicon loads it; built from nothing
    from plugins.card_scan import census_names, lexicon
    from plugins.card_scan.local_parts import spelt_fold

    # A strong word: no name the census tables hold ("Alcalde", "Lehrer", "Medico" are family
    # names too: "Maria Alcalde" would be a title, review rev54). A weak one, which makes no
    # title alone: none of their 20,000 most frequent family names nor a given name ("Talent"
    # and "Delegado" are rarer names; "Junior", "Senior" frequent ones).
    family, given = census_names._tables()
    names = {"strong": set(family) | set(given), "weak": set(family[:20000]) | set(given)}
    own_weak = lexicon.OWN_TITLE_WORDS - lexicon.OWN_STRONG_TITLE_WORDS
    taken = (
        lexicon.OWN_STRONG_TITLE_WORDS
        | lexicon.DEPARTMENT_WORDS
        | lexicon.FIELD_WORDS
        | lexicon.TRADE_WORDS
        | lexicon.COMPANY_WORDS
        | lexicon.HONORIFICS
        | lexicon.DOTTED_HONORIFICS
        | lexicon.POST_NOMINALS
        | lexicon.NAME_PARTICLES
        | set(lexicon.PHONE_LABELS)
    )
    rows, seen = [], set()
    for line in raw.read_text(encoding="utf-8").splitlines():
        word, kind, language = line.split("\t")
        folded = spelt_fold(word)  # as the title checks fold a card's words
        short = len(folded) <= 3 and not (folded.startswith("c") and folded.endswith("o"))
        promoted = folded in own_weak and kind == "strong" and folded not in WEAK_ONLY
        if folded in own_weak and not promoted:
            continue
        named = names["weak" if folded in WEAK_ONLY else kind]
        listed = lexicon.title_spellings(word)  # every spelling the lexicon will hold
        if listed & named or folded in taken | named | DROPPED or short:
            continue
        if (word, language) in seen:
            continue
        seen.add((word, language))
        rows.append((word, "weak" if folded in WEAK_ONLY else kind, language))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("raw", type=Path)
    rows = kept(parser.parse_args().raw)
    OUT.write_text(HEADER + "".join("\t".join(r) + "\n" for r in rows), encoding="utf-8")
    print(f"{len(rows)} words -> {OUT}")


if __name__ == "__main__":
    main()
