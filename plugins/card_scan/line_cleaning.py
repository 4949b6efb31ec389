"""The text of an OCR line, cleaned before any field is read from it: the bars, signs and
misread marks Tesseract gives where a card prints separators, labels and addresses."""

from __future__ import annotations

import re

from contactkit import normalize

from .census_names import known_name
from .clues import LABEL_LETTERS, known_label, legal_form

# A Greek β after a Latin letter: the German ß its shape is (the second blind generator's scan
# seed 7 card 9, "Petra Groβ": no name read). No card here prints Greek beside Latin letters.
BETA_FOR_SHARP_S_RE = re.compile(r"(?<=[A-Za-zÀ-ÿ])β")
# A name's line opening on a small l before a letter no word starts with after an l: a capital
# I misread ("llaria Fabbri", "lvan Petrov"; the second blind generator's scan seed 7 card 51:
# no name read).
L_FOR_CAPITAL_I_RE = re.compile(r"^l(?=[lbcdfghjkmnpqrsvwxz][a-zà-ÿ]+(?: [A-Z][a-zà-ÿ'-]+){1,2}$)")
# An @ between capitals in a line of two or three words of capitals, another a word of four
# letters or more (no address's ending): a Danish or Norwegian Ø ("S@REN NIELSEN", "BJ@RN
# HANSEN"; the second blind generator's scan seed 6 card 45: no name read).
AT_FOR_SLASHED_O_RE = re.compile(
    r"^(?=(?:[A-Z@]+ ){1,2}[A-Z@]+$)(?=(?:.* )?[A-Z]{4,}(?: |$))(?=[^@]*@[^@]*$)(.*[A-Z])@(?=[A-Z])"
)
# ...or opening the family name after a given name the census knows ("Rasmus @stergaard", scan
# seed 5 card 55): a handle after another word ("Follow @acmecorp", "Web @werner") is left.
AT_OPENING_NAME_RE = re.compile(r"^([A-Z][a-zà-ÿ]+) @(?=[a-zà-ÿ]{4,}$)")
# ...or in a word of a firm's line ending in its legal form ("S@rensen Industries A/S", "S@RENSEN
# SOLUTIONS A/S": the second blind generator's scan seed 7 cards 53 and 70, no company read): a
# capitalised word, the letters after its @ in one case and a word after them; an address's
# local part is seldom capitalised ("rhahn@wagnerholzbau at GmbH", its dot read as a space).
AT_IN_FIRM_WORD_RE = re.compile(r"(?<![\w.@-])([A-Z]+)@(?=([a-z]{2,}|[A-Z]{2,}) )")
# ...or opening a street's name before its number ("@stergade 201, 2. sal" for Østergade: the
# second blind generator's photo seed 5 card 48, read as an address not read): no address's
# local part is a word of small letters followed by a number. Read as a slashed zero alike
# ("0stergade 149", photo seed 7 card 57): no word opens on a 0.
AT_OPENING_STREET_RE = re.compile(r"(?:^|(?<= ))[@0](?=[a-zæøå]{3,},? \d)")
HANDLE_LABELS = frozenset(
    {"web", "www", "site", "home", "mail", "email", "follow", "twitter", "instagram"}
    | {"linkedin", "xing", "skype", "facebook", "threads", "bluesky"}
)
# Bars Tesseract's English model gives for a printed "|" between a label and its value
# ("F.丨0117995240": a CJK stroke, and the fax label went unseen), and a full-width colon.
# Full-width brackets too: "（617) 879-9992", "+49（0)30 82775622" (a photo's opening bracket,
# in half the faces) left the number unread, or its area code lost ("（0732) 6342760" read
# as 0732 16342760): 6 cards of the session-22 pool.
BARS = str.maketrans(dict.fromkeys("丨｜│¦", "|") | {"：": ":", "（": "(", "）": ")"})


def _slashed_o_opening(match: re.Match[str]) -> str:
    given = normalize.fold(match.group(1))
    if given in HANDLE_LABELS or not known_name(given):
        return match.group(0)
    return f"{match.group(1)} Ø"


def _known_label(match: re.Match[str]) -> str:
    label = match.group(1)
    return f"{label}: " if known_label(label) else match.group(0)


# The slips clean_line undoes, in its order (each explained where it is used).
WSPOLNICY_I_RE = re.compile(r"(?i)(?<=\w)\s+[|!1]\s+(?=wsp)")
LOGO_LETTER_BAR_RE = re.compile(r"^[A-Z]\s*\|\s+(?=[A-Z][A-Za-z]+\s+[A-Z])")
LABEL_BAR_RE = re.compile(rf"\b([{LABEL_LETTERS}]{{1,9}})\.?\s*[|;\\]\s*(?=[+(\d])")
LABEL_COMMA_RE = re.compile(rf"(?<![\w.,])([{LABEL_LETTERS}]{{1,9}}),\s*(?:[|;\\]\s*)?(?=[+(\d])")
LABEL_SLASH_RE = re.compile(rf"(?<![\w./@-])([{LABEL_LETTERS}]{{1,9}})\.?/(?=[+(\d])")
BAR_OR_BULLET_RE = re.compile(r"\s+[|•·]\s+|\s*[•·]\s*")
WWW_AT_RE = re.compile(r"(?i)(?<![\w.@])w{3}@(?=[a-z0-9-]+\.[a-z])")
ING_BAR_RE = re.compile(r"^[|\\l]ng\.(?=\s+[A-Z])")
SIGN_BEFORE_LINE_RE = re.compile(r"^[=~*»«>_\\]+\s+(?=\w)")
BAR_FOR_CAPITAL_I_RE = re.compile(r"(\b[A-Z][a-zà-ÿ]+ )[|\\](?=[a-zà-ÿ]{3,})")
BAR_FOR_L_RE = re.compile(r"(?:(?<=\s)|^)[|\\](?=\.?[a-z])")
PL_ENDING_BAR_RE = re.compile(r"(@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.p)\|(?=\s|$)")
LTD_READ_RE = re.compile(r"(?<=\s)(?:Lid|Ltcl|L\.td)\.?$")
BANG_FOR_L_RE = re.compile(r"(?<=[a-z]{3})!(?=\s|$)")
SP_Z_OO_RE = re.compile(r"\bSp\. ?[zZ2]{1,2} ?[o0O]\. ?[o0O]\.?(?=\s|$)")
WWW_READ_RE = re.compile(r"(?i)\b(?:https?:)?/{1,2}[a-z]?(?:vw|wv|vv)w?\.(?=[a-z0-9-]+\.)")
SPACE_AROUND_AT_RE = re.compile(r"\s*@\s*")
AT_REPEATED_RE = re.compile(r"@+")
AT_BEFORE_NAME_RE = re.compile(r"^@(?=[A-Z][A-Za-z]+\b(?![^@]*@))")
DASH_DOT_RE = re.compile(r"(?<=\w)-\.(?=[a-z]{2,}\b)")
SIGN_READ_AT_RE = re.compile(r"(?:(?<=\s)|^)@(?=[a-z][\w.-]*@)")
AT_IN_BRACKETS_RE = re.compile(r"(?i)\s*\((?:at)\)\s*")
SPACE_AFTER_LOCAL_DOT_RE = re.compile(r"(?<=\w)\.\s+(?=[\w.+-]+@)")
SPACE_BEFORE_TLD_RE = re.compile(
    r"(?<=\w)\.\s+(?=(?:com|net|org|io|de|fr|uk|eu|at|ch|nl|be|it|es|jp|pl)\b)"
)


def clean_line(text: str) -> str:
    """An OCR line's text with the slips that part or hide its fields undone."""
    text = text.translate(BARS)
    # Polish partnerships are "X i Wspólnicy": an i read as a bar is no separator, nor as a
    # 1 ("MALINOWSKI 1 WSPOLNICY SP.K.", session 26: fresh photo seed 138 card 6, accepted).
    text = WSPOLNICY_I_RE.sub(" i ", text)
    # "D | CHRISTIAN SCHMITT": a logo's letter and a rule before the name
    text = LOGO_LETTER_BAR_RE.sub("", text)
    # Bars and bullets part fields printed on one line: keep them as a clear separator.
    # "Cell | +1 415 814", "F. | +33", "F.\ 05": a bar or a backslash after a phone label is
    # the label's colon
    text = LABEL_BAR_RE.sub(r"\1: ", text)
    # A phone label's stop read as a comma ("F, +39 011 955 0325", "F, | 06 8252 9595",
    # "Tél, 04 93 ..."): the fax was stored as an office line, at labelled/hi. Only a known
    # label: "Gran Via, 76" is an address.
    text = LABEL_COMMA_RE.sub(_known_label, text)
    # So is a slash after a known label ("Fax/0033 495951179" went in as a work line); not
    # after a path's word ("acme.de/en/2020").
    text = LABEL_SLASH_RE.sub(_known_label, text)
    text = BAR_OR_BULLET_RE.sub(" ; ", text)
    # "wWW@prsmi.ch": a website whose dot after www was read as an @, no address
    text = WWW_AT_RE.sub("www.", text)
    # "\\ng. Christian Bauer": the I of "Ing." read as a backslash or a bar
    text = ING_BAR_RE.sub("Ing.", text)
    # "= CHRISTINA GROSSMANN": a speck or a rule before the line read as a sign
    text = SIGN_BEFORE_LINE_RE.sub("", text)
    # "Solano |bérica S.L.U." (b63 photo 73): a bar opening a word in small letters after a
    # capitalised word, on a line with no address, is the word's capital I ("lbérica" was
    # accepted at domain+legal+other/mid)
    if "@" not in text:
        text = BAR_FOR_CAPITAL_I_RE.sub(r"\1I", text)
    # "|.smith@", "\\.smith@": an l read as a bar or a backslash
    text = BAR_FOR_L_RE.sub("l", text)
    # "wojciechz@altair.p|" (b15 scan 57): kept a sign, which email_patterns.SIGN_FOR_L_RE makes
    # the l of ".pl" (a repair, measured apart), not a separator that cuts the address.
    text = PL_ENDING_BAR_RE.sub(r"\1!", text)
    text = text.replace("|", " ; ")
    text = LTD_READ_RE.sub("Ltd", text)  # "Green Ashworth Lid"
    text = BANG_FOR_L_RE.sub("l", text)  # "Commerciee! Directeur"
    # "Sp. Z 0.0.", "Sp. Zz 0.0.", "Sp. 2 0.0." (the z read as a 2), "Sp. z 0.0" (the last dot
    # lost): a Polish company's form, which picks the company and checks the domain by it
    text = SP_Z_OO_RE.sub("Sp. z o.o.", text)
    # "http:/Avww.acme.at": the slashes and w's of a web address misread
    text = WWW_READ_RE.sub("www.", text)
    text = text.replace("©", "@").replace("®", "@").replace("—", "-")
    text = BETA_FOR_SHARP_S_RE.sub("ß", text)  # "Petra Groβ": a German ß read as a Greek β
    text = L_FOR_CAPITAL_I_RE.sub("I", text)
    text = AT_FOR_SLASHED_O_RE.sub(r"\1Ø", text)
    text = AT_OPENING_NAME_RE.sub(_slashed_o_opening, text)
    text = AT_OPENING_STREET_RE.sub("Ø", text)
    if text.count("@") == 1 and (found := AT_IN_FIRM_WORD_RE.search(text)) and legal_form(text):
        text = AT_IN_FIRM_WORD_RE.sub(r"\1" + ("ø" if found[2].islower() else "Ø"), text)
    text = SPACE_AROUND_AT_RE.sub("@", text)
    text = AT_REPEATED_RE.sub("@", text)  # "villiers®@": a mark beside the @ read as another
    # "@ Vantage Seisakusho Co.,Ltd.": a logo or a sign before a capitalised word, no address.
    text = AT_BEFORE_NAME_RE.sub("", text)
    text = DASH_DOT_RE.sub(".", text)  # "dupont-.fr"
    # "@robert.caroline@aigroup": a sign before the address read as a second @.
    text = SIGN_READ_AT_RE.sub("", text)
    text = AT_IN_BRACKETS_RE.sub("@", text)
    # "paul. hoffmann@x.com": Tesseract sees a space after a dot in the local part.
    text = SPACE_AFTER_LOCAL_DOT_RE.sub(".", text)
    # "www.redwood. fr": the same before a top-level domain.
    text = SPACE_BEFORE_TLD_RE.sub(".", text)
    return " ".join(text.split())
