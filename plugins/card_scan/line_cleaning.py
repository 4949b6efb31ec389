"""The text of an OCR line, cleaned before any field is read from it: the bars, signs and
misread marks Tesseract gives where a card prints separators, labels and addresses."""

from __future__ import annotations

import re

from .clues import LABEL_LETTERS, known_label

# Bars Tesseract's English model gives for a printed "|" between a label and its value
# ("F.丨0117995240": a CJK stroke, and the fax label went unseen), and a full-width colon.
# Full-width brackets too: "（617) 879-9992", "+49（0)30 82775622" (a photo's opening bracket,
# in half the faces) left the number unread, or its area code lost ("（0732) 6342760" read
# as 0732 16342760): 6 cards of the session-22 pool.
BARS = str.maketrans(dict.fromkeys("丨｜│¦", "|") | {"：": ":", "（": "(", "）": ")"})


def _known_label(match: re.Match[str]) -> str:
    label = match.group(1)
    return f"{label}: " if known_label(label) else match.group(0)


def clean_line(text: str) -> str:
    """An OCR line's text with the slips that part or hide its fields undone."""
    text = text.translate(BARS)
    # Polish partnerships are "X i Wspólnicy": an i read as a bar is no separator, nor as a
    # 1 ("MALINOWSKI 1 WSPOLNICY SP.K.", session 26: fresh photo seed 138 card 6, accepted).
    text = re.sub(r"(?i)(?<=\w)\s+[|!1]\s+(?=wsp)", " i ", text)
    # "D | CHRISTIAN SCHMITT": a logo's letter and a rule before the name
    text = re.sub(r"^[A-Z]\s*\|\s+(?=[A-Z][A-Za-z]+\s+[A-Z])", "", text)
    # Bars and bullets part fields printed on one line: keep them as a clear separator.
    # "Cell | +1 415 814", "F. | +33", "F.\ 05": a bar or a backslash after a phone label is
    # the label's colon
    text = re.sub(rf"\b([{LABEL_LETTERS}]{{1,9}})\.?\s*[|;\\]\s*(?=[+(\d])", r"\1: ", text)
    # A phone label's stop read as a comma ("F, +39 011 955 0325", "F, | 06 8252 9595",
    # "Tél, 04 93 ..."): the fax was stored as an office line, at labelled/hi. Only a known
    # label: "Gran Via, 76" is an address.
    text = re.sub(
        rf"(?<![\w.,])([{LABEL_LETTERS}]{{1,9}}),\s*(?:[|;\\]\s*)?(?=[+(\d])", _known_label, text
    )
    # So is a slash after a known label ("Fax/0033 495951179" went in as a work line); not
    # after a path's word ("acme.de/en/2020").
    text = re.sub(rf"(?<![\w./@-])([{LABEL_LETTERS}]{{1,9}})\.?/(?=[+(\d])", _known_label, text)
    text = re.sub(r"\s+[|•·]\s+|\s*[•·]\s*", " ; ", text)
    # "wWW@prsmi.ch": a website whose dot after www was read as an @, no address
    text = re.sub(r"(?i)(?<![\w.@])w{3}@(?=[a-z0-9-]+\.[a-z])", "www.", text)
    # "\\ng. Christian Bauer": the I of "Ing." read as a backslash or a bar
    text = re.sub(r"^[|\\l]ng\.(?=\s+[A-Z])", "Ing.", text)
    # "= CHRISTINA GROSSMANN": a speck or a rule before the line read as a sign
    text = re.sub(r"^[=~*»«>_\\]+\s+(?=\w)", "", text)
    # "Solano |bérica S.L.U." (b63 photo 73): a bar opening a word in small letters after a
    # capitalised word, on a line with no address, is the word's capital I ("lbérica" was
    # accepted at domain+legal+other/mid)
    if "@" not in text:
        text = re.sub(r"(\b[A-Z][a-zà-ÿ]+ )[|\\](?=[a-zà-ÿ]{3,})", r"\1I", text)
    # "|.smith@", "\\.smith@": an l read as a bar or a backslash
    text = re.sub(r"(?:(?<=\s)|^)[|\\](?=\.?[a-z])", "l", text)
    # "wojciechz@altair.p|" (b15 scan 57): kept a sign, which web.SIGN_FOR_L_RE makes the l
    # of ".pl" (a repair, measured apart), not a separator that cuts the address.
    text = re.sub(r"(@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.p)\|(?=\s|$)", r"\1!", text)
    text = text.replace("|", " ; ")
    text = re.sub(r"(?<=\s)(?:Lid|Ltcl|L\.td)\.?$", "Ltd", text)  # "Green Ashworth Lid"
    text = re.sub(r"(?<=[a-z]{3})!(?=\s|$)", "l", text)  # "Commerciee! Directeur"
    # "Sp. Z 0.0.", "Sp. Zz 0.0.", "Sp. 2 0.0." (the z read as a 2), "Sp. z 0.0" (the last dot
    # lost): a Polish company's form, which picks the company and checks the domain by it
    text = re.sub(r"\bSp\. ?[zZ2]{1,2} ?[o0O]\. ?[o0O]\.?(?=\s|$)", "Sp. z o.o.", text)
    # "http:/Avww.acme.at": the slashes and w's of a web address misread
    text = re.sub(r"(?i)\b(?:https?:)?/{1,2}[a-z]?(?:vw|wv|vv)w?\.(?=[a-z0-9-]+\.)", "www.", text)
    text = text.replace("©", "@").replace("®", "@").replace("—", "-")
    text = re.sub(r"\s*@\s*", "@", text)
    text = re.sub(r"@+", "@", text)  # "villiers®@": a mark beside the @ read as another
    # "@ Vantage Seisakusho Co.,Ltd.": a logo or a sign before a capitalised word, no address.
    text = re.sub(r"^@(?=[A-Z][A-Za-z]+\b(?![^@]*@))", "", text)
    text = re.sub(r"(?<=\w)-\.(?=[a-z]{2,}\b)", ".", text)  # "dupont-.fr"
    # "@robert.caroline@aigroup": a sign before the address read as a second @.
    text = re.sub(r"(?:(?<=\s)|^)@(?=[a-z][\w.-]*@)", "", text)
    text = re.sub(r"(?i)\s*\((?:at)\)\s*", "@", text)
    # "paul. hoffmann@x.com": Tesseract sees a space after a dot in the local part.
    text = re.sub(r"(?<=\w)\.\s+(?=[\w.+-]+@)", ".", text)
    # "www.redwood. fr": the same before a top-level domain.
    text = re.sub(
        r"(?<=\w)\.\s+(?=(?:com|net|org|io|de|fr|uk|eu|at|ch|nl|be|it|es|jp|pl)\b)", ".", text
    )
    return " ".join(text.split())
