"""Who the card is about: name, title and department, by layout, lexicon and the email."""

from __future__ import annotations

import itertools
import re

from rapidfuzz import fuzz

from contactkit import normalize

from .clues import (
    Found,
    has_legal_form,
    is_country,
    street_name,
)
from .degrees import bare_name, titled
from .domains import GROUP_WORDS, HOLDING_WORDS, domain_label, folded_letters, squashed
from .lexicon import (
    DEPARTMENT_WORDS,
    LEGAL_FORMS,
    NAME_PARTICLES,
)
from .local_parts import (
    given_name,
    local_letters,
    local_match,
    local_matches,
    order_like_email,
    spelt_fold,
    spelt_letters,
    umlaut_plain,
)
from .name_email_slips import camel_name, email_parted, lost_initial, six_as_umlaut
from .name_order import (
    FAMILY_FIRST_REGIONS,
    given_first,
    japanese_card,
    printed_given_first,
    two_part,
)
from .name_slips import known_given
from .row_pieces import left_on_row
from .slogans import slogan_line
from .text_lines import Line
from .titles import title_score

# A word of a name: capitalised, with the inner capitals of MacLeod, LeBlanc, DuBois, O'Connor,
# d'Arcy, Dell'Acqua and Jean-Baptiste;
# in capitals; an initial; St., Jr. and Sr.; a particle (de, van, la, 't).
# A Dutch name opens on the digraph IJ, both capitals ("IJzerman": the second blind generator's
# photo seed 1 card 75, no name read). Letters past Latin-1 and Extended-A: Romanian ș ț and
# Vietnamese ư ơ (Extended-B), Vietnamese ễ ặ ầ (Extended Additional); each range holds both
# cases.
_UP = "A-ZÀ-ÞĀ-Žƀ-ɏḀ-ỿ"
_LOW = "a-zß-ÿĀ-žƀ-ɏḀ-ỿ"
NAME_WORD_RE = re.compile(
    rf"^(?:(?:Ma?c|L[ae]|D[aeiu]|[ODdl]['’]|[DdNn][ae]ll['’]|Sant['’])?"
    rf"[{_UP}][{_LOW}'’]+(?:-[{_UP}]?[{_LOW}'’]+)*"
    rf"|IJ[{_LOW}]+|[{_UP}][{_UP}'’-]+|[A-ZÀ-Þ]\.|St\.|[JS][rR]\.|['’]?[a-z]{{1,3}})$"
)
# A middle initial printed without its dot ("John F Kennedy"); not first or last, where a logo's
# letter stands; not I, the reading of a rule between a name and a department ("Anna Nowak |
# Vertrieb" read "Anna Nowak I Vertrieb").
INITIAL_RE = re.compile(r"^[A-HJ-ZÀ-Þ]$")


def leftover_title(lines: list[Line], texts: list[str], candidates: list[int]) -> Found | None:
    """No line has a known title word: the words line right under the name, if it is neither
    name- nor company-shaped, is probably a title in a language the lexicon lacks. Doubtful."""
    names = [i for i in candidates if name_like(bare_name(texts[i]))]
    if not names:
        return None
    tallest = max(names, key=lambda i: lines[i].height)
    for i in candidates:
        if i <= tallest or i > tallest + 2 or has_legal_form(texts[i]):
            continue
        words = texts[i].split()
        if 1 <= len(words) <= 5 and not name_like(bare_name(texts[i])):
            if {normalize.fold(w) for w in words} & DEPARTMENT_WORDS or is_country(texts[i]):
                continue
            if not any(len(w) >= 4 and w.isalpha() for w in words) or texts[i].isupper():
                continue  # "te", "DE", "KATO": debris, a logo or a name part in capitals
            if slogan_line(texts[i]):
                continue  # "Für Ihre Sicherheit": the firm's tagline
            return Found(texts[i], min(0.6, lines[i].mean_conf), i)
    return None


def pick_department(
    texts: list[str], candidates: list[int], domain: str | None = None
) -> int | None:
    """ "Engineering Excellence", "Sales Department": a unit of the company, never the person;
    not a line that starts with the name the domain spells ("Ortiz Logistica S ." beside
    ortiz.es, its S.L. misread: the company, and "logistica" a word of departments)."""
    label = domain_label(domain) if domain else ""
    for i in candidates:
        words = {normalize.fold(w) for w in re.split(r"[\s,/&]+", texts[i]) if w}
        if not words & DEPARTMENT_WORDS or has_legal_form(texts[i]) or "@" in texts[i]:
            continue
        if len(label) >= 4 and squashed(texts[i]).startswith(label):
            continue  # "Lakeside Medical Center" beside lakesidemedical.com too
        return i
    return None


# A group's or a holding's word opening a line: no given name (GROUP_WORDS holds "" for a domain
# that is one alone). Also the Polish and the French grouping's (rev47).
GROUPS_OPENING = (GROUP_WORDS | HOLDING_WORDS | {"grupa", "groupement"}) - {""}


def name_like(text: str) -> bool:
    """Two to four name words, particles aside ("Carlos de la Fuente de la Torre" is four)."""
    words = text.split()
    core = [w for w in words if not w.islower() and normalize.fold(w) not in NAME_PARTICLES]
    # One capitalised word and a small scrap ("Sal es", "Schw eiz": a word Tesseract parted) is
    # no name; "Di Wang" is.
    if not 2 <= len(words) <= 7 or not 1 <= len(core) <= 4:
        return False
    if sum(not w.islower() for w in words) < 2:
        return False
    if any(normalize.fold(w) in LEGAL_FORMS for w in words[-1:]):
        return False
    # "Groupe Val de Loire": a group's name, "Val" a given name (fresh photo seed 539 card 73,
    # stored as the name at largest+given/hi, the name in capitals taken as the company).
    if normalize.fold(words[0]) in GROUPS_OPENING:
        return False
    return all(
        NAME_WORD_RE.match(w) or (0 < n < len(words) - 1 and INITIAL_RE.match(w))
        for n, w in enumerate(words)
    )


def pick_name(
    lines: list[Line],
    texts: list[str],
    candidates: list[int],
    local: str | None,
    region: str | None = None,
    clue_region: str | None = None,
) -> Found | None:
    """The candidate line most like the card's name: large, high on the card, spelt by the
    email's local part; its confidence says which of these checked it. ``clue_region`` is the
    region the card's own text names (never the default), for the letters only it tells."""
    if not candidates:
        return None
    tallest = max(lines[i].height for i in candidates)
    card_top = min(line.top for line in lines)
    card_bottom = max(line.top for line in lines) or 1
    best: tuple[float, int, bool] | None = None
    for i in candidates:
        text = name_text(texts[i], local, clue_region)
        if not name_like(text) or title_score(text) == 2 or is_country(text) or street_name(text):
            continue
        size = lines[i].height / tallest  # the name is usually the largest text
        position = 1.0 - (lines[i].top - card_top) / max(1, card_bottom - card_top)
        parts = spelt_fold(text).split()
        email_match = local_matches(local.lower(), parts) if local else False
        score = 0.5 * size + 0.2 * position + (0.6 if email_match else 0.0)
        # "Dott. Luca Rossi": a person's name, whatever its size; a department printed larger
        # ("Ufficio Commerciale") had won (photo seed 338 card 87; session 33).
        # Only where a given name follows the honorific: a firm named for a doctor ("Dr.
        # Oetker Professional", "Prof. Dr. Weber Institut") or a degree's subject ("Dott.
        # Commercialista Revisore") had beaten the name at hi (second review, session 33).
        score += 0.3 if titled(texts[i]) and known_given(bare_name(text)) else 0.0
        if best is None or score > best[0]:
            best = (score, i, email_match)
    if best is None:
        return None
    score, i, email_match = best
    ocr = lines[i].mean_conf
    if local and not email_match and near_local(local, texts[i]):
        conf = min(ocr, 0.7)  # nearly the email's name: an OCR slip in one of them
    elif email_match:
        conf = max(ocr, 0.9)
    elif largest_print(lines[i], tallest):
        conf = ocr * 0.9  # largest line and name-shaped, but nothing to check it against
    else:
        conf = ocr * 0.7
    name = family_last(name_text(texts[i], local, clue_region))
    printed = name
    if local and email_match:
        # A family name in capitals ("SASAKI Masahiro") already told the order: the email's
        # order ("sasaki.masahiro@") is then only the company's habit.
        told = capital_family(bare_name(texts[i])) or printed_given_first(name)
        name = order_like_email(name, local, region in FAMILY_FIRST_REGIONS and not told)
    # An email in the order of a name printed in capitals ("ISHIKAWA HIDEO", ishikawa.hideo@)
    # tells none (wrong16); "Yamada Kenta" beside yamada.kenta@ keeps the email's order.
    told_by_email = two_part(local) and (name != printed or not email_match or not name.isupper())
    japanese = japanese_card(region, texts)
    if japanese and not capital_family(bare_name(texts[i])) and not told_by_email:
        name = given_first(name)
    if name.isupper():
        name = capitalise(name)
    return Found(name, min(conf, 0.99), i)


def name_text(text: str, local: str | None, clue_region: str | None = None) -> str:
    """The name a line holds, degrees aside, with what the email or the tables put back."""
    text = six_as_umlaut(bare_name(text), local, clue_region)
    return lost_initial(camel_name(email_parted(text, local), local), local)


def join_stacked(
    lines: list[Line], texts: list[str], candidates: list[int], local: str | None
) -> tuple[list[Line], list[str], list[int]]:
    """``Monika`` over ``Nowakowska``: a name printed on two lines (or letter-spaced so wide
    that Tesseract parts its words) is joined, where the email is written from the two words
    and no single line is."""
    lines, texts, candidates = join_particles(lines, texts, candidates)
    if not local:
        return lines, texts, candidates

    def written(text: str) -> bool:
        return local_match(local.lower(), spelt_fold(bare_name(text)).split()) == 2

    if any(written(texts[i]) and name_like(bare_name(texts[i])) for i in candidates):
        return lines, texts, candidates
    for a, b in itertools.pairwise(candidates):
        # Box heights differ by the descenders ("Bowes-Lyon" over "Peter"); the email's
        # spelling of both words is what ties them.
        ha, hb = lines[a].height, lines[b].height
        if (
            len(texts[a].split()) != 1
            or len(texts[b].split()) != 1
            or max(ha, hb) > 1.5 * min(ha, hb)
        ):
            continue
        # A third one-word line beside them ("Rafael" / "Diaz" / "Dr." / "Moreno"): the name
        # may run on, and an initial glued to the given name ties only two of its words.
        alone = not any(
            0 <= k < len(texts) and len(texts[k].split()) == 1 and texts[k][:1].isupper()
            for k in (a - 1, b + 1)
        )
        # Two words on one row, listed right one first ("Majewski" | "Mateusz", right-aligned,
        # the family name printed larger: fresh photo seed 205 card 88, accepted at email as
        # "Majewski Mateusz"; session 28, wrong28b): the row reads left to right.
        left, right = (b, a) if left_on_row(lines[b], lines[a]) else (a, b)
        joined = stacked_name(texts[left], texts[right], local, alone)
        if joined and name_like(joined):
            lines, texts = list(lines), list(texts)
            lines[a] = Line([*lines[a].words, *lines[b].words])
            texts[a] = joined
            return lines, texts, [c for c in candidates if c != b]
    return lines, texts, candidates


def join_particles(
    lines: list[Line], texts: list[str], candidates: list[int]
) -> tuple[list[Line], list[str], list[int]]:
    """``Marta de`` over ``la`` over ``Fuente``: a name line ending in a particle goes on over
    the lines under it, of its size, up to the next word that is no particle."""
    for i in candidates:
        words = texts[i].split()
        if len(words) < 2 or normalize.fold(words[-1]) not in NAME_PARTICLES:
            continue
        taken: list[int] = []
        for j in range(i + 1, min(i + 4, len(texts))):
            word = texts[j].strip()
            if (
                len(word.split()) != 1
                or abs(lines[j].height - lines[i].height) > 0.2 * lines[i].height
            ):
                break
            taken.append(j)
            if normalize.fold(word) not in NAME_PARTICLES:
                break
        if not taken or normalize.fold(texts[taken[-1]]) in NAME_PARTICLES:
            continue
        if not texts[taken[-1]][:1].isupper():
            continue
        lines, texts = list(lines), list(texts)
        lines[i] = Line([w for k in (i, *taken) for w in lines[k].words])
        texts[i] = " ".join(texts[k].strip() for k in (i, *taken))
        return lines, texts, [c for c in candidates if c not in taken]
    return lines, texts, candidates


def stacked_name(upper: str, lower: str, local: str, alone: bool = True) -> str | None:
    """The name two one-word lines make, or None. Both words spelt out in full by the email,
    or one by its initial as a piece of its own (``d.echeverria`` for Daniel over Echeverria);
    or one spelt and the other a given name the tables know ("Schafer" over "Heike" with
    ``schaefer@``: the given name goes first). "anthony@" alone does not tie "Lyon" to
    "Anthony"."""
    joined = f"{upper} {lower}"
    letters = umlaut_plain(local_letters(local))
    singles = {p for p in re.split(r"[^a-z]+", local.lower()) if len(p) == 1}
    words = [spelt_letters(w) for w in (upper, lower)]
    full = [umlaut_plain(w) in letters for w in words]
    spelt = all(f or w[:1] in singles for f, w in zip(full, words, strict=True)) and any(full)
    if spelt and local_match(local.lower(), spelt_fold(bare_name(joined)).split()) == 2:
        # "Roux" over "Nathalie" with roux.nathalie@: the given name goes first here too.
        if given_name(lower) and not given_name(upper):
            return f"{lower} {upper}"
        return joined
    # "michaelb@" for Michael over Bauer: one word whole and the other's initial glued to it.
    if (
        alone
        and any(full)
        and local_letters(local)
        in (
            words[0] + words[1][:1],
            words[1][:1] + words[0],
            words[1] + words[0][:1],
            words[0][:1] + words[1],
        )
    ):
        return joined
    if full == [True, False] and given_name(lower) and not given_name(upper):
        return f"{lower} {upper}"
    if full == [False, True] and given_name(upper) and not given_name(lower):
        return joined
    return None


def largest_print(line: Line, tallest: float) -> bool:
    """The line is printed as large as the tallest of the card's name candidates: a name's
    print, though nothing else checks it."""
    return line.height >= tallest * 0.99


def near_local(local: str, text: str) -> bool:
    """The email's local part (six letters or more) nearly spelt in the line's name: a name
    read with a slip that the address still vouches for."""
    letters = local_letters(local)
    name = folded_letters(bare_name(text))
    return len(letters) > 5 and fuzz.partial_ratio(letters, name) >= 75


def capital_family(name: str) -> str | None:
    """The one word of the name printed in capitals, which marks the family name."""
    words = name.split()
    # Two letters at least: "J." in "Robert J. Smith" is a middle initial (moved last, the name
    # was stored "Robert Smith J." at largest+given/hi, or at "email" beside robert.smith@).
    caps = [
        w
        for n, w in enumerate(words)
        if sum(c.isalpha() for c in w) > 1 and w.isupper() and not generation(n, w)
    ]
    return caps[0] if len(words) >= 2 and len(caps) == 1 else None


# "John Smith III", "Mary McDonald IV": a generation's numeral after the name, printed in
# capitals, is no family name in capitals (it was moved last and written "Iii").
GENERATION_RE = re.compile(r"(?:II|III|IV|VI{1,3})")


def generation(n: int, word: str) -> bool:
    """``word``, the name's ``n``-th, is a generation's numeral (never the first word)."""
    return n > 0 and bool(GENERATION_RE.fullmatch(word))


def family_last(name: str) -> str:
    """``YOSHIDA Junko`` → ``Junko Yoshida``, ``Jean DUPONT`` → ``Jean Dupont``: where one word
    alone is in capitals, it is the family name (a Japanese and French convention)."""
    words = name.split()
    family = capital_family(name)
    if family is None:
        return name
    at = words.index(family)
    return " ".join([*words[:at], *words[at + 1 :], capitalise(family)])


def capitalise(name: str) -> str:
    """``ROBERT MCDONALD-SMITH`` → ``Robert Mcdonald-Smith``, ``LAMBERTUS VAN DIJK`` →
    ``Lambertus van Dijk``: capitals on cards are style only; a particle after the first word
    is written small."""
    # Any letter, so "SŁAWOMIR" is "Sławomir", not "SłAwomir".
    words = re.sub(r"[^\W\d_]+", lambda m: m.group(0).capitalize(), name.lower()).split()
    printed = name.split()
    return " ".join(
        printed[n]
        if len(printed) == len(words) and generation(n, printed[n])
        else (w.lower() if n and w.lower() in NAME_PARTICLES else w)
        for n, w in enumerate(words)
    )
