"""A name checked, completed or doubted by the email beside it: the usual forms of an address
written from a name, a word cut or misread put back from the address's letters, a given name read
whole left alone, a name the address spells otherwise doubted, a known given name not bent to a
slip in the address. Hand-made OCR lines as Tesseract gave them, or cards printed and read back;
each failed before its fix."""

from __future__ import annotations

import pytest
from ocr_lines import name_card as _card
from ocr_lines import photo_line as _line
from ocr_lines import stacked_lines as card
from ocr_lines import worded_card
from printed import hand_lines as _lines
from printed import titled_card, to_review

from contactkit_plugins.card_scan import letter_restore, local_parts
from contactkit_plugins.card_scan.calibration import REVIEW_BELOW
from contactkit_plugins.card_scan.degrees import degree_cut
from contactkit_plugins.card_scan.email_mend import LONE_SOURCE
from contactkit_plugins.card_scan.fields import parse_card
from contactkit_plugins.card_scan.text_lines import Line, Word


@pytest.mark.parametrize(
    ("printed", "email", "want"),
    [
        ("Đặng Văn Lâm", "dang.lam@saigontech.vn", "Đặng Văn Lâm"),  # Vietnamese letters
        ("Ștefan Popescu", "stefan.popescu@nova.ro", "Ștefan Popescu"),  # ș with a comma
        ("John F Kennedy", "jkennedy@nova.com", "John F Kennedy"),  # an initial with no dot
        ("Søren Østergaard", "soren.ostergaard@nova.dk", "Søren Østergaard"),
        ("Ahmet Yılmaz", "ahmet.yilmaz@nova.com.tr", "Ahmet Yılmaz"),  # a dotless ı
    ],
)
def test_names_of_more_countries_are_names_the_email_checks(printed, email, want):
    parsed = _card(printed, "Sales Manager", "Nova Trading Ltd", email, "Tel. +1 212 555 0199")
    assert parsed.contact.name.full.casefold() == want.casefold()
    # The email spells the name (not "email-part" or "email-slip": one word, or nearly)
    assert parsed.evidence["name"].split("/")[0] in {"email", "email+initial", "email+other"}


def test_a_two_word_given_name_joined_in_the_email_confirms_the_name():
    # "Jean-Pierre Moreau" beside moreau.jeanpierre@ (and "Karl-Heinz Becker" beside
    # karlheinzb@): the email was read as holding one word of the name only, so the right name
    # and address went to review.
    lines = _lines(
        ("Jean-Pierre Moreau", 70), ("Directeur commercial", 36), ("Moreau Conseil SAS", 40),
        ("Tel. +33 3 28 55 35 64", 34), ("Courriel : moreau.jeanpierre@moreau-conseil.fr", 36),
    )  # fmt: skip
    parsed = parse_card(lines, default_region="FR")
    assert parsed.evidence["name"] == "email"
    assert not {"name", "emails"} & set(to_review(parsed))
    lines = _lines(
        ("Karl-Heinz Becker", 46), ("Vertriebsleiter", 26), ("KOHLER & CIE SARL", 35),
        ("Telefon +41 61 693 74 06", 28), ("E-Mail karlheinzb@koehler-cie.ch", 23),
    )  # fmt: skip
    assert parse_card(lines, default_region="CH").evidence["name"] == "email+initial/hi"


# "Peter Weie" (ß read as e) beside pweiss@: auto-accepted as the largest line with a known
# given name, though the address spells the family name otherwise. ("Jakub Ziotkowski" beside
# "ziolkowski.jakub@technologiequantum", its ".pl" not read, was here too: since session 13 the
# address printed puts the ł back, "Jakub Ziołkowski", as a read one does: below,
# test_an_address_printed_and_not_read_whole_still_puts_a_names_letter_back.)
EMAIL_DISAGREES = [
    (("Peter Weie", 69), ("Sachbearbeiter Buchhaltung", 48), ("Walter Anlagenbau GmbH", 41),
     ("@ 0316/9413633", 38), ("E pweiss@walteranlagenbau.at", 44)),
]  # fmt: skip


@pytest.mark.parametrize("rows", EMAIL_DISAGREES)
def test_a_name_the_email_spells_otherwise_goes_to_review(rows):
    parsed = parse_card(_lines(*rows), default_region="AT")
    assert parsed.contact.name.full.endswith(rows[0][0].split()[-1])
    assert "name" in to_review(parsed)


def test_a_given_name_with_its_u_umlaut_read_i_is_doubted_where_the_email_gives_its_initial():
    # "Jirgen Schmitt" beside j.schmitt@: the email checks "Schmitt" and the J only; Tesseract
    # read the ü as i, at mid confidence, and the name was accepted at email+initial/mid.
    lines = [
        _line(87, ("Jirgen", 0.82), ("Schmitt,", 0.96), ("dipl.", 0.83), ("Ing.", 0.95),
              ("ETH", 0.96), height=32),
        _line(124, ("Leiter", 0.93), ("Einkauf", 0.92), height=20),
        _line(382, ("AURORA", 0.95), ("AG", 0.95), height=48),
        _line(401, ("@", 0.81), ("+41", 0.96), ("44", 0.97), ("882", 0.96), ("1151", 0.91)),
        _line(450, ("E", 0.93), ("j.schmitt@aurora.ch", 0.91)),
        _line(500, ("Aeschenvorstadt", 0.92), ("179", 0.97)),
        _line(550, ("8049", 0.96), ("Zurich", 0.96)),
    ]  # fmt: skip
    parsed = parse_card(lines, default_region="CH")
    # Session 32 (accent32): Jürgen in the ü table, so put back, and doubted as put back.
    assert parsed.contact.name.full.startswith("Jürgen Schmitt")
    assert parsed.evidence["name"] == "email+initial/hi+letter"
    assert "name" in to_review(parsed)
    # Jürgen read right is left as it was.
    lines[0] = _line(87, ("Jurgen", 0.82), ("Schmitt,", 0.96), height=32)
    assert parse_card(lines, default_region="CH").evidence["name"] == "email+initial/mid"


@pytest.mark.parametrize(
    ("printed", "email", "name"),
    [
        # The word's last letters not read: at the line's edge, or a doubled letter merged.
        ("Gianluca Ferrar", "ferrari@martiniconsulenza.it", "Gianluca Ferrari"),
        ("TANAKA YUSUK", "yusuke_tanaka@idgroup.co.jp", "Yusuke Tanaka"),
        ("Margarete Lehman", "margarete.lehmann@meyersoftware.at", "Margarete Lehmann"),
        # Ü read as a capital U.
        ("Ralf GUnther", "r.guenther@wagner-medtech.ch", "Ralf Günther"),
        # The letters after a given name are another word's initial: nothing is cut.
        ("Marloes Meijer", "marloesm@aurora.nl", "Marloes Meijer"),
        ("Maria Garcia", "mariag@helixiberica.es", "Maria Garcia"),
    ],
)
def test_a_name_word_cut_or_misread_is_put_back_from_the_email(printed, email, name):
    # Blind seed 1 scans: the first four were read wrong (a name not even taken for one, in
    # "GUnther"'s case) where the email spelt them out.
    lines = _lines(
        (printed, 40), ("Responsabile Acquisti", 30), ("Martini Consulenza S.p.A.", 24),
        ("Tel: 0039 055 683 9258", 19), (email, 30),
    )  # fmt: skip
    read = parse_card(lines, default_region="IT").contact.name.full
    assert sorted(read.split()) == sorted(name.split())  # the order is name_order's concern


def test_a_capital_lost_at_a_word_start_is_put_back_from_the_email():
    # "Abigail organ," beside a.morgan@ (the M lost beside a logo): no name was read at all.
    lines = _lines(
        ("Abigail organ,", 44), ("Purchasing Manager", 30), ("Featherstone Logistics LLP", 26),
        ("a.morgan@featherstonelogistics.com", 24),
    )  # fmt: skip
    parsed = parse_card(lines, default_region="GB")
    assert parsed.contact.name.full == "Abigail Morgan"
    # A family name is never cut to an initial's length: "Dominik Neumann" stays beside dneumann@.
    lines = _lines(("Dominik Neumann", 44), ("Meier GmbH", 30), ("dneumann@meier.de", 24))
    assert parse_card(lines, default_region="DE").contact.name.full == "Dominik Neumann"


def test_an_address_printed_and_not_read_whole_still_puts_a_names_letter_back():
    # "Ziołkowski" with its ł read t; the address lost its ending, so no email was read.
    parsed = _card(
        "mgr inz. Jakub Ziotkowski",
        "Gtowna Ksiegowa",
        "Technologie Quantum Sp. z o.o.",
        "ziolkowski.jakub@technologiequantum",
        "Mobile +48 799 261 437",
        region="PL",
    )
    assert parsed.contact.name.full == "Jakub Ziołkowski"
    assert parsed.evidence["name"] == "email"  # the printed address spells every letter


@pytest.mark.parametrize(
    ("rows", "region", "name"),
    [
        (
            [("Anna Maria", 50), ("Kowalska", 50), ("Kierownik Projektu", 28),
             ("Orbis Sp. z o.o.", 30), ("tel. +48 22 395 56 95", 20), ("annak@orbis.pl", 20)],
            "PL",
            "Anna Maria",
        ),
        (
            [("Christoph Wagner", 50), ("Vertriebsleiter", 28), ("Wagner GmbH", 30),
             ("Tel. +49 30 395 56 95", 20), ("christopher.wagner@wagner.de", 20)],
            "DE",
            "Christoph Wagner",
        ),
    ],
)  # fmt: skip
def test_a_given_name_read_whole_is_not_completed_from_the_email(rows, region, name):
    # "Anna" beside annak@ became "Annak", "Christoph" beside christopher.wagner@ became
    # "Christopher": one real given name rewritten into another, accepted.
    parsed = parse_card(_lines(*rows), default_region=region)
    assert parsed.contact.name.full.startswith(name)


def test_letters_that_start_a_part_of_another_name_word_are_not_added():
    # "D'ARCY" is two parts, d and arcy: "juliena@" spells JULIEN's a from Arcy's initial, not
    # a lost last letter (counting the words and their parts apart had made "Juliena").
    lines = _lines(
        ("JULIEN D'ARCY", 92), ("Contréleur de gestion", 89), ("Fax : 03 22 39 05 55", 84),
        ("juliena@perrinfils.fr", 91), ("Site : www.perrinfils.fr", 91),
    )  # fmt: skip
    assert parse_card(lines, default_region="FR").contact.name.given.upper() == "JULIEN"


@pytest.mark.parametrize(
    ("line", "local", "stored"),
    [
        ("onathan Bennett", "jonathan_bennett", "Jonathan Bennett"),
        ("Gianluca Ferrar", "ferrari", "Gianluca Ferrari"),
        # the missing letters start the next word: "mariag@" is Maria Garcia's, not "Mariag"
        ("Maria Garcia", "mariag", "Maria Garcia"),
        ("onathan Benne", "jonathan.bennett", "Jonathan Bennett"),
        # after a particle, the local word is another word's, whole: "Torre" lost nothing
        ("Pablo Torres de la Torre", "pablo.torres", "Pablo Torres de la Torre"),
        ("Pablo Torres de la Torr", "pablo.torre", "Pablo Torres de la Torre"),
        # a family name printed twice, the second cut: no particle, completed as before
        ("José García Garci", "jose.garcia", "José García Garcia"),
    ],
)
def test_restore_letters_still_restores(line: str, local: str, stored: str) -> None:
    assert letter_restore.restore_letters(line, local) == stored


def test_restore_letters_reads_a_long_line_once_per_word(monkeypatch: pytest.MonkeyPatch) -> None:
    # A line of one-letter debris (a textured background read as text) once cost the square
    # of its length: every word folded all the others again.
    calls = 0
    fold = local_parts.spelt_fold

    def counting(text: str) -> str:
        nonlocal calls
        calls += 1
        return fold(text)

    monkeypatch.setattr(local_parts, "spelt_fold", counting)
    monkeypatch.setattr(letter_restore, "spelt_fold", counting)
    line = " ".join("abcdefghijklmnopqrstuvwxyz"[i % 26] for i in range(600))
    letter_restore.restore_letters(line, "jonathan.bennett")
    assert calls <= 10 * 600


def test_a_name_word_the_email_does_not_spell_is_measured_apart():
    """``g.martin@`` checks "Martin" only: a slip in "Fuenth" must not ride on that match."""
    slip = card(("Guadalupe Martin de la Fuenth", 44), "Directora Comercial",
                ("Distribucion Levante S.L.", 30), "g.martin@distribucion.es")  # fmt: skip
    slip[0].words[-1].conf = 0.8  # Tesseract is less sure of the slipped word
    parsed = parse_card(slip, default_region="ES")
    assert parsed.evidence["name"] == "email+other/mid"
    assert parsed.confidence["name"] < REVIEW_BELOW
    whole = parse_card(card(("Tobias Roth", 44), "tobias.roth@meyer.com"), default_region="DE")
    assert whole.evidence["name"] == "email"
    initial = parse_card(card(("Tobias Roth", 44), "t.roth@meyer.com"), default_region="DE")
    assert initial.evidence["name"] == "email+initial/hi"


@pytest.mark.parametrize(
    ("printed", "email"),
    [
        ("Carlos de la Fuente de la Torre", "carlosf@lumen.es"),
        ("Patricia St. John", "stjohn@polaris.com"),
        ("Kimberly O'Connor", "k.oconnor@quantum.com"),
        ("Wilhelmus van Dijk", "wilhelmusv@bruijn.nl"),
        ("Elisabetta Esposito", "elisabetta.esposito@lumen.it"),  # "ae" is no umlaut here
    ],
)
def test_usual_email_forms_of_longer_names_are_written_from_the_name(printed, email):
    parsed = parse_card(card((printed, 44), "Lumen S.p.A.", email), default_region="IT")
    assert parsed.evidence["name"].startswith("email")
    assert parsed.evidence["name"] != "email-part"


def test_only_an_initial_the_local_part_holds_counts_as_one():
    """``malgorzata@`` holds an o, but gives no initial for "Oiszewska": that word is unchecked."""
    parsed = parse_card(card(("Malgorzata Oiszewska", 44), "malgorzata@nova.pl"),
                        default_region="PL")  # fmt: skip
    assert parsed.evidence["name"].startswith("email+other/")
    initial = parse_card(card(("Carlos de la Fuente", 44), "carlosf@lumen.es"), default_region="ES")
    assert initial.evidence["name"].startswith("email+initial/")


def test_a_known_given_name_is_not_bent_to_a_slip_in_the_email():
    parsed = titled_card(
        "JEFFREY JONES",
        "Quality Assurance Lead",
        "Green Packaging LLP",
        "Tel: 020 7237 2898",
        "E: jeffroyj@gpgroup.co.uk",
        "GB",
    )
    assert parsed.contact.name.full == "Jeffrey Jones"
    assert "emails" in to_review(parsed)


def test_capitals_spaced_letter_by_letter_are_parted_where_the_email_parts_them():
    # No small letter tells where a word of "J O H N S M I T H" ends: no "Jo Hn Sm It H"; the
    # email does (john.smith@), where no name was read.
    parsed = _card(
        "J O H N S M I T H", "Sales Manager", "john.smith@nova.com", "Tel. +1 212 555 0199"
    )
    assert parsed.contact.name.full == "John Smith"
    assert parsed.evidence["name"] == "email"
    # The rest of the card is read.
    assert parsed.contact.title == "Sales Manager"
    assert parsed.contact.emails == ["john.smith@nova.com"]
    # Beside an email that parts nothing, the letters stay unparted: no name.
    parsed = _card("J O H N S M I T H", "Sales Manager", "info@nova.com", "Tel. +1 212 555 0199")
    assert parsed.contact.name.full is None


def test_a_degree_with_its_i_read_as_l_is_no_word_of_the_name():
    # Tuning photo t24 38: "Dipl.-lng. Peter Muller" beside peter@: the degree's I read as l,
    # no degree to bare_name, so the line was no name and none was read.
    parsed = _card("Dipl.-lng. Peter Muller", "Projektingenieur", "peter@polaris.de", region="DE")
    assert parsed.contact.name.full == "Peter Muller"
    # "Global Procurement Center" under the name is a department, no name.
    parsed = _card(
        "Dipl.-Ing. (FH) Laura w'8'¢", "Global Procurement Center", "lauraw@weserland.de"
    )
    assert parsed.contact.name.full is None
    assert parsed.contact.department == "Global Procurement Center"


@pytest.mark.parametrize(
    ("printed", "email", "region", "want"),
    [
        # Photo seed 161 card 10: Dutch "ir." glued by its dot, the W read small.
        ("ir.wilhelmus de Vries", "wilhelmus_devries@dijkstra.nl", "NL", "Wilhelmus de Vries"),
        # Photo seed 163 card 20: ir. with its r read f.
        ("if. Bas Hendriks", "bas@schouten.nl", "NL", "Bas Hendriks"),
        # Photo seed 165 card 69: DRS. with its D read O.
        ("ORS. INGE VAN DEN HEUVEL", "inge_vandenheuvel@oranje.nl", "NL", "Inge van den Heuvel"),
        ("Dr.Hans Weber", "hans.weber@polaris.de", "DE", "Hans Weber"),
        # The second blind generator's photo seed 6 card 91: Czech Mgr. with its g read e.
        ("Mer. Lucie Kolarova", "kolarova@hl.com", "CZ", "Lucie Kolarova"),
    ],
)
def test_a_degree_glued_to_the_name_or_misread_is_no_word_of_the_name(printed, email, region, want):
    # The degree kept made the line no name (or the email spelt none of it): none was read.
    parsed = _card(printed, "Hoofd Verkoop", email, region=region)
    assert parsed.contact.name.full == want


@pytest.mark.parametrize(
    ("given", "local", "conf", "band"),
    [
        ("Concepcién", "c.ortega", 0.44, "lo"),
        ("Concepcién", "c.ortega", 0.88, "lo"),
        ("Inmaculada", "i.ortega", 0.88, "hi"),
    ],
)
def test_a_word_the_email_gives_by_its_initial_read_unsure_is_doubted(given, local, conf, band):
    # Tuning photo b27 44: "Concepcién" (ó read é) at 0.44 beside c.ortega@, given by its
    # initial alone, "Ruiz" absent from the email: measured by Ruiz alone (0.97), email+other/hi,
    # accepted wrong. Read at 0.86-0.88, such words were right (b28 93 "Inmaculada", t24 58): the
    # band of the absent word stays. Session 23 (words23): a word given by its initial is checked
    # for slips as an absent one is, so "Concepcién", one letter off a given name, is doubted
    # however surely it was read (photo seed 90 card 56, at 0.84, was accepted).
    lines = card((f"Dr. {given} Ortega Ruiz", 44), "Zenith S.L.", f"{local}@zgroup.es")
    lines[0].words[1].conf = conf
    parsed = parse_card(lines, default_region="ES")
    assert parsed.contact.name.full == f"{given} Ortega Ruiz"
    assert parsed.evidence["name"] == f"email+other/{band}"
    assert (parsed.confidence["name"] < REVIEW_BELOW) == (band == "lo")


def test_an_address_read_as_scraps_checks_the_name_by_the_second_engines_reading():
    # Tuning photo b15 52: "MAXIMILIAN FUCHS" spaced wide, its start read on a row of its own
    # ("MAXIM"); Tesseract read the address row as scraps ("cas@wor", 0.00), RapidOCR read it
    # whole once (a lone reading). "Milian Fuchs" was taken at largest/hi, checked by nothing,
    # and accepted wrong: the second engine's maximilian.fuchs@ spells more than the name read.
    def line(*words: tuple[str, float, int, int, int, int], source: str = "") -> Line:
        return Line([Word(t, c, x, y, w, h, source) for t, c, x, y, w, h in words])

    lines = [
        line(("MILIAN", 0.94, 810, 413, 203, 76), ("FUCHS", 0.94, 1013, 413, 169, 76)),
        line(("MAXIM", 0.96, 628, 445, 166, 39)),
        line(("tatssicherung", 0.99, 764, 486, 128, 24)),
        line(("GISTIK", 0.93, 810, 622, 100, 37), ("GMBH", 0.93, 910, 622, 67, 37)),
        line(("335679-0", 0.92, 781, 700, 107, 24)),
        line(
            ("E", 0.88, 653, 743, 13, 20),
            ("maximilian.", 0.76, 674, 741, 128, 21),
            ("SR", 0.0, 799, 703, 16, 63),
            ("cas@wor", 0.0, 830, 703, 111, 63),
            ("at", 0.96, 944, 733, 23, 21),
        ),
        line(("+43", 0.95, 651, 706, 70, 23)),
        line(
            ("E", 0.98, 653, 733, 13, 30),
            ("maximilian.fuchs@wolf.at", 0.98, 666, 733, 303, 30),
            source=LONE_SOURCE,
        ),
        line(("www.wolfat", 0.81, 655, 768, 134, 28)),
        line(("1583", 0.96, 662, 842, 55, 22), ("Wien", 0.97, 720, 837, 60, 26)),
    ]
    parsed = parse_card(lines, default_region="AT")
    assert parsed.contact.name.full == "Milian Fuchs"
    assert parsed.evidence["name"] == "email-part"  # fuchs checked, "milian" short of maximilian
    assert "name" in to_review(parsed)
    # The address read surely stands as read, the scraps' reading unused for the name.
    lines[5].words[3].conf = lines[5].words[2].conf = 0.93
    # Session 38 (wrong38): "Milian" is still the end of the card's maximilian.fuchs@, its start
    # lost (name_start_lost): to review, where it was accepted at largest/hi.
    assert parse_card(lines, default_region="AT").evidence["name"] == "largest/hi+start-lost"


def test_a_japanese_given_name_read_whole_takes_no_letter_from_the_email():
    # Fresh scan seed 83 card 83 (Liberation Sans, light on dark): takashih@ (given name and
    # the family initial) read "takashin@"; "Takashi" became "Takashin", and both the name and
    # the address were accepted wrong (email+other/hi, name+domain/single/lo).
    lines = card(("COBALT CO.,LTD.", 34), ("HASHIMOTO Takashi", 38), "Director, Purchasing",
                 "TEL 052-632-6193", "E-mail takashin@cobalt.co.jp")  # fmt: skip
    parsed = parse_card(lines, default_region="JP")
    assert parsed.contact.name.full == "Takashi Hashimoto"
    assert parsed.confidence["emails"] < REVIEW_BELOW
    # A given name the tables do not know still takes the address's last letter ("TANAKA
    # YUSUK" beside yusuke_tanaka@, restore_letters).
    lines = card(("Kobayashi Gomu", 34), ("TANAKA YUSUK", 38), "yusuke_tanaka@kgomu.co.jp")
    assert parse_card(lines, default_region="JP").contact.name.full == "Yusuke Tanaka"


@pytest.mark.parametrize(
    ("printed", "email", "level"),
    [
        # session 23 (review23), pool s90 photo 98: the given name the address lacks, read at
        # mid, is one the tables know: 7 of 7 right over the pool, sent to review before
        ("Tomasz Wisniewski", "wisniewski@delta.pl", "email+other+given/mid"),
        # pool s106 photo 77: a family name the address lacks, its ö read i, stays doubted
        ("Heike Kinig", "heike@mayer.ch", "email+other/mid"),
    ],
)
def test_a_given_name_the_address_lacks_is_checked_by_the_tables(printed, email, level):
    lines = card((printed, 44), "Vertrieb", email)
    lines[0].words[0].conf = lines[0].words[-1].conf = 0.85  # Tesseract was less sure of them
    parsed = parse_card(lines, default_region="DE")
    assert parsed.evidence["name"] == level
    assert (parsed.confidence["name"] >= REVIEW_BELOW) == level.startswith("email+other+given")


def test_an_address_not_read_as_one_adds_no_letter_to_the_name():
    # "juan garciag@ ce qgroup es" (an address read as scraps, the domain's start glued to the
    # family name) made GARCIA "GARCIAG", then checked the name it had made.
    parsed = _card(
        "Consultoria Quantum S.A.",
        "JUAN CARLOS GARCIA FERNANDEZ",
        "Ingeniero de Proyectos",
        "E-mail juan garciag@ ce qgroup es",
        "Avenida Diagonal, 114, 7 B",
        "08047 Barcelona",
        region="ES",
    )
    assert "garciag" not in parsed.contact.name.full.casefold()


def test_a_degree_cut_at_the_photos_edge_is_no_name_word():
    # The lead's fresh check, photo seed 262 card 87: "Arch. Vincenzo Lombardo" at the photo's
    # left edge read "ch. Vincenzo Lombardo" (the title below cut too); the name went unread and
    # the address "vincenzo_ lombardo@" was taken as lombardo@, a word before it.

    rows = ["ch. Vincenzo Lombardo", "\\es Manager", "Nova S.r.l.", "T. +39 051 670 0125"]
    rows += ["e-mail vincenzo_ lombardo@nova.it", "Via Roma 197", "40153 Bologna (BO)"]
    parsed = worded_card(*rows, region="IT")
    assert parsed.contact.name.full == "Vincenzo Lombardo"
    assert parsed.contact.emails == ["vincenzo_lombardo@nova.it"]
    # A word in capitals, one that ends no degree, or a degree whole is not a cut one.
    assert degree_cut("ch.") and degree_cut("ott.")
    assert not any(degree_cut(w) for w in ("Ch.", "st.", "de.", "arch.", "chx"))


@pytest.mark.parametrize(
    ("line", "local", "nordic", "stored"),
    [
        # a Danish ø read a, put back where the card names Denmark, Norway or Iceland and the
        # address writes it oe (second blind generator, scan seed 1 card 83; session 54)
        ("Niels Maller", "niels-moeller", True, "Niels Møller"),
        ("Jan Maller", "jan.moeller", False, "Jan Maller"),  # a German card's Möller (rev54)
        ("Anna Hansen", "anna.honsen", True, "Anna Hansen"),  # beside a plain o: no clue
    ],
)
def test_nordic_letters_are_put_back_on_a_nordic_card_only(
    line: str, local: str, nordic: bool, stored: str
) -> None:
    assert letter_restore.restore_letters(line, local, nordic) == stored
