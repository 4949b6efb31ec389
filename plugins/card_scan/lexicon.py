"""Words that tell what a line on a card is: job titles, departments, phone labels, legal forms.

Countries are not here: ``contactkit.geo`` knows their names in every language.
"""

from __future__ import annotations

from importlib.resources import files

from .spellings import PLAIN_UMLAUT, spelt_fold


def _words(text: str) -> list[str]:
    """A word list written as prose: easier to read and extend than a list literal."""
    return text.split()


# Words that make a line a job title, written here; folded, lower-case. ``TITLE_WORDS`` adds the
# listed titles of 23 languages (``data/title_words.tsv``).
OWN_TITLE_WORDS = frozenset(
    _words("""
    manager director engineer officer ceo cto cfo coo cio cmo president vice vp head chief
    consultant executive partner founder cofounder co-founder owner developer analyst specialist
    lead senior junior principal architect assistant coordinator administrator representative
    advisor adviser associate sales marketing account accounts procurement operations product
    project business development key chairman chairwoman secretary treasurer
    scientist designer supervisor agent broker attorney lawyer counsel accountant controller
    technician officer intern trainee recruiter editor producer strategist evangelist
    geschaftsfuhrer geschaeftsfuehrer leiter leiterin vertrieb inhaber inhaberin berater
    beraterin referent referentin prokurist vorstand abteilungsleiter
    geschaftsfuhrerin geschaeftsfuehrerin prokuristin
    directeur directrice responsable ingenieur gerant gerante conseiller conseillere
    commercial charge chargee affaires mission clientele president-directeur pdg dg
    prokurist vorstand vorstandsvorsitzender bereichsleiter bereichsleiterin sachbearbeiter
    sachbearbeiterin assistenz einkaufer einkauferin projektleiter projektleiterin
    gerente director directora jefe jefa responsable comprador compradora ingeniero ingeniera
    acheteur acheteuse chef directeur-general
    direttore direttrice responsabile ingegnere amministratore delegato
    projectleider directeur inkoper bedrijfsleider adviseur medewerker
    kierownik dyrektor inzynier specjalista prezes
    buyer lead leader officer assurance quality geschaftsfuhrung geschaeftsfuehrung
    titolare administrativa administrativo amministrativa amministrativo controleur controleuse
    projet gestion
    technico-commercial technico-commerciale vertriebsinnendienst hoofd verkoop inkoop
    glowna glowny ksiegowa ksiegowy przedstawiciel handlowy assistante dzialu zakupow sprzedazy
    zarzadu czlonek
    qualitatssicherung
    tecnico tecnica comercial technisch
    technischer commercieel kaufmannischer kaufmannische
    commerciale financieel regional emea proyectos calidad
    assistente assistent technicien technicienne
    achats acquisti ufficio
    clerk liaison responsavel svp evp vedouci veduci
    nord sud
    """)
)
# Words strong enough on their own; the rest need a second title word ("Sales" alone is not).
OWN_STRONG_TITLE_WORDS = frozenset(
    _words("""
    manager director engineer officer ceo cto cfo coo cio cmo president head chief consultant
    vp executive partner founder owner developer analyst specialist architect assistant
    coordinator administrator representative advisor scientist designer supervisor attorney
    accountant controller recruiter geschaftsfuhrer geschaeftsfuehrer leiter leiterin inhaber
    geschaftsfuhrerin geschaeftsfuehrerin prokuristin
    inhaberin berater beraterin directeur directrice responsable ingenieur gerant gerante pdg
    prokurist vorstand bereichsleiter bereichsleiterin sachbearbeiter sachbearbeiterin
    projektleiter projektleiterin gerente directora jefe jefa ingeniero ingeniera acheteur
    acheteuse direttore direttrice responsabile ingegnere amministratore projectleider inkoper
    kierownik dyrektor inzynier specjalista prezes buyer assistenz
    einkaufer einkauferin titolare administrativa administrativo controleur controleuse
    technico-commercial technico-commerciale president-directeur vertriebsinnendienst
    ksiegowa ksiegowy przedstawiciel hoofd assistante adviseur assistente assistent
    cofounder co-founder clerk liaison responsavel svp evp vedouci veduci
    """)
)


def _listed_titles() -> tuple[frozenset[str], frozenset[str]]:
    """The listed titles (``data/title_words.tsv``), folded: the strong ones and all of them.
    A word with an umlaut is listed as the card may print it too ("geschaeftsfuehrer"); a
    hyphened one folds to two words and is left out."""
    strong: set[str] = set()
    every: set[str] = set()
    text = (files(__package__) / "data" / "title_words.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if line.startswith("#") or not line:
            continue
        word, kind, _language = line.split("\t")
        spellings = title_spellings(word)
        every |= spellings
        if kind == "strong":
            strong |= spellings
    return frozenset(strong), frozenset(every)


def title_spellings(word: str) -> set[str]:
    """A listed title word as the lexicon holds it: folded as the title checks fold a card's
    words, its umlauts as printed and written out; none for a hyphened one (two words)."""
    return {w for w in (spelt_fold(word.translate(t)) for t in _UMLAUTS) if " " not in w}


# Spelt as the title checks fold a card's words (``spelt_fold``: ł, ß, ø, æ written
# plainly, never dropped: "członek" is czlonek, not "czonek"), umlauts as printed and written out.
_UMLAUTS = (str.maketrans({}), PLAIN_UMLAUT)
_LISTED_STRONG, _LISTED = _listed_titles()
TITLE_WORDS = OWN_TITLE_WORDS | _LISTED
STRONG_TITLE_WORDS = OWN_STRONG_TITLE_WORDS | _LISTED_STRONG

# Words that make a line a department or a unit, not a person or a company (folded).
DEPARTMENT_WORDS = frozenset(
    _words("""
    department dept division section office unit team excellence success development
    center centre planning research services service support relations affairs resources
    abteilung bereich geschaftsbereich stabsstelle referat service departement direction pole
    logistik logistyka logistyki logistique logistica logistiek entwicklung konstruktion einkauf
    directie afdeling dzial
    """)
)

# A title's field, a title word only beside a role word (``titles.lexicon_spelt``): alone such
# words make no line a title or a department ("Software AG", "Financial Services"). Real titles
# Tesseract doubted and read right: "Jefe de Compras", "Sachbearbeiter Buchhaltung", "Plant
# Manager" (session 29); "Director General", "Purchasing Manager", "Directora de Recursos
# Humanos" (session 38, review38: 8 such titles right at strong/lo on the cached seeds, every
# word but these the lexicon's). Not "processo" (Italian): a right "Ingeniero de Proceso" was
# then mended to it (``title_mends``, an s put in), and adding "proceso" makes "Process Engineer"
# one letter off a field word (``title_checks``), doubted (second review, rev38r).
FIELD_WORDS = frozenset(
    _words("""
    compras buchhaltung plant software financial chemical overseas
    administratif financier projektu projekt entwicklung financien administratie finanzen
    general purchasing recursos humanos digital supply chain logistics
    """)
)

# Adjectives of a title's field that never end a title ("Head of Strategic" | "Partnerships
# EMEA": the second blind generator's photo seed 5 card 87, accepted at strong/hi cut so): a
# row ending on one runs on to the next (``title_rows``) or was cut (``title_levels``).
# Also the words that open a field's name and never end a title ("Director, Investor" |
# "Relations": photo seed 6 card 89; Public Relations, Human Resources; "Director of Business"
# | "Development": photo seed 12 card 27). German's strategic too ("Strategische" |
# "Einkäuferin": photo seed 15 card 76), and a customer's ("CUSTOMER" | "SUCCESS MANAGER":
# photo seed 16 card 8). Dutch and German set their field's adjective before the role, never
# after it ("Commercieel" | "Directeur": scan seed 24 card 47, accepted as "Directeur").
FIELD_ADJECTIVES = frozenset(
    _words("""
    strategic global international institutional investor public human business customer
    strategische strategischer strategischen
    commercieel technisch financieel operationeel
    technischer technische kaufmannischer kaufmannische
    """)
)

# Roles a card may print alone under the row naming their field ("Business Development" |
# "Manager": ``title_rows``; "CLINICAL RESEARCH" | "ASSOCIATE": photo seed 15 card 5).
LONE_ROLES = frozenset(
    _words("""
    manager specialist engineer director consultant analyst officer coordinator executive
    advisor architect designer developer technician assistant associate
    """)
)
# Nouns that name a unit, not a field: a row holding one is a department.
UNIT_NOUNS = frozenset(
    _words("""
    department dept division section office unit team center centre abteilung bereich
    referat departement direction pole directie afdeling dzial ufficio departamento
    """)
)
# Regions a role covers beyond one country's name ("Sales Director" | "EMEA"), and the quarters
# of a country in its own language ("Gebietsverkaufsleiterin" | "Süd": photo seed 26 card 5,
# accepted without it; "Delegado Zona Norte").
REGION_WORDS = frozenset(
    _words("""
    emea apac dach benelux nordics latam americas europe iberia cee
    north south east west nord sud sued ost norte sur noord zuid oost ouest oeste
    """)
)

# Particles of family names printed in capitals ("MARTIN DE LA FUENTE"): not words to count.
# "zu" ("Annette zu Löwenstein"): no address spells it, and counted as a word the email lacks it
# stood in for the family name the check never saw (session 12).
NAME_PARTICLES = frozenset(
    {"de", "la", "del", "van", "von", "der", "den", "da", "di", "du", "y", "zu"}
)

# Words before a name that are no part of it (folded, without the dot). "Me": Maître, a French
# lawyer's or notary's ("Me François Fontaine": the second blind generator's photo seed 6).
HONORIFICS = frozenset(
    _words("""
    dr prof mr mrs ms mx sir herr frau mag dipl ing dipl-ing sc techn rer nat med phil jur
    m mme mlle me sig sig.ra dott dott.ssa avv arch sr sra don dona ir drs mgr inz
    kfm oec wirt fh prof.ssa
    """)
)
# Titles honorific only as printed with their dot ("Lic. Ana Ruiz", "Eng.ª Rita Sousa", "Univ.-Prof.
# Dr."): Spanish, Portuguese, Italian, Austrian and Czech cards lead with them; bare, several
# are name words too ("Eng Kok Leong", "Rag"). "MMag.": an Austrian's two Magister degrees.
DOTTED_HONORIFICS = frozenset(
    _words("""
    dra lic lcdo lcda arq abg mtro mtra eng eng.a rag geom mag.a univ priv doz hab
    bc phdr mudr judr rndr mmag
    """)
)
# Degrees after a name (folded, without dots).
# Chartered accountants' and analysts' too ("Colm Kennedy, FCA": ACA, FCA, ACCA, FCCA, CFA).
POST_NOMINALS = frozenset(
    _words("mba phd msc bsc ma ba md jd cpa llm dipl-ing eur-ing frcs aca fca acca fcca cfa")
)

# Phone labels, folded and without punctuation → phone kind.
PHONE_LABELS = {
    **dict.fromkeys(
        _words(
            "t tel phone p ph office o direct d dir telefon tél tel. telephone téléphone w work"
            " main fon line hotline zentrale durchwahl switchboard tele tlf telf telefono teléfono"
            " tfno telefoon tel.: centralino ddi telefone fone puh puhelin"
        ),
        "work",
    ),
    **dict.fromkeys(
        _words(
            "m mob mobile cell c handy portable port mobil cellular gsm cellulare cel movil móvil"
            " natel mobiel kom komorka komórka cellulaire celular telemovel tlm movel"
            # "Móv. 710 65 22 83": how Spanish cards shorten Móvil
            " mov móv"
        ),
        "cell",
    ),
    **dict.fromkeys(_words("f fax telefax facsimile fx faks telecopie"), "fax"),
    **dict.fromkeys(_words("h home privat"), "home"),
}

# Phone labels of scripts that fold to nothing (Japanese, Chinese, Korean) or to another kind's
# ("DĐ", Vietnamese di động, folds to "d" for direct), as printed → the Latin label of their kind.
WRITTEN_PHONE_LABELS = {
    **dict.fromkeys(_words("携帯 携帯電話 手机 手機 휴대폰 핸드폰 DĐ Dđ dđ"), "mobile"),
    **dict.fromkeys(_words("電話 电话 전화"), "tel"),
    **dict.fromkeys(_words("传真 傳真 팩스"), "fax"),
}

# Legal forms that end a company name, folded and squashed (no dots, commas, spaces or "&"):
# "Co., Ltd." is ``coltd``, "Sp. z o.o." ``spzoo``, "GmbH & Co. KG" ``gmbhcokg``. cleanco knows
# more (``clues.has_legal_form`` asks it too) but misses "Co.,Ltd.", "SLU", "Sp.k.", "Ltée", "DAC"
# and "Teoranta", and a form cleanco alone strips after a word a name could be ("Lumcor BVBA") is
# taken for a person's post-nominal (``companies._scored``): the last line's forms are listed for
# that (Belgium, Portugal, Ireland, Canada, Austria, India). Not Ireland's CLG: "PLGirect:" (PLC
# read into a label) would be one letter from two forms (``glued_company._form_slip``).
LEGAL_FORMS = frozenset(
    _words("""
    inc incorporated llc llp lp ltd limited corp corporation co company plc gmbh ag kg ohg ug
    se sa sas sasu sarl eurl snc sca bv nv vof cv srl spa sapa sl slu sll scp oy oyj ab as asa
    aps pty ptyltd pte pteltd kk yk gk coltd colimited spzoo spk sk spj ska gmbhcokg agcokg
    kgaa mbh gbr ev partg partgmbb ltda jsc pjsc ojsc sro as kft zrt nyrt doo dd ad ead
    sdnbhd bhd tbk group holding holdings pc pllc lllp cic sàrl
    bvba cvba sprl scrl lda ltee dac teoranta og pvtltd
    """)
)
# Words firms add to a family's or a place's name ("& Söhne", "Shoji", "& Zonen"), folded: read
# as one of these, a word is checked by the list as a domain checks the name (Tesseract doubts
# "Sohne" and "SHOJI" all the same, the umlaut and the capitals' J).
COMPANY_WORDS = frozenset(
    _words("""
    sohne soehne zonen fils freres cie figli fratelli hermanos asociados associates partners
    brothers sons wspolnicy shoji sangyo denki kogyo tsusho seisakusho shokai bussan kensetsu
    """)
)
# Words firms of many countries add to a name for their trade, folded: none is written with an
# ł or an ó, and no Polish word with one, misread, spells one of them letter for letter.
TRADE_WORDS = frozenset(
    _words("""
    lab labs logistics logistik logistique logistica systems system software solutions
    consulting consultants technologies technology tech engineering services service
    industries industrial international global media digital data networks network energy
    trading trade capital ventures design studio analytics robotics automation electronics
    medical pharma foods conseil ingenierie ingenieria ingegneria technik technologie
    marketing finance immobilien bau transport express invest management research security
    sistemas soluciones servizi sistemi metallurgie metallurgia metalurgia metallurgy
    anlagenbau maschinenbau holzbau stahlbau verpackung treuhand uhrenteile prazisionsteile
    kunststofftechnik antriebstechnik elektrotechnik medizintechnik packaging
    tecnologia tecnologie tecnologias teknologi teknologia
    """)
)
# Polish words with an ł that firms take for a name (places, rivers, the sea, birds, colours,
# trade words): the English model reads their ł as t or k ("Wista", "Battyk", "SOKOk"), and no
# domain need spell them. Written as printed; a general list, not the tuning sets' names.
POLISH_L_WORDS = frozenset(
    _words("""
    wisła bałtyk bałtycki bałtycka orzeł sokół jaskółka łabędź złoty złota złote biały
    biała białe wielkopolska wielkopolski małopolska małopolski białystok
    łódź łódzki głogów wrocław wrocławski kołobrzeg płock chełm bełchatów iława łomża łańcut
    żuławy przemysł przemysłowy przemysłowe usługi usługowy usługowe zakład zakłady szkło
    słońce słoneczny słoneczna gołąb kłos wełna dział ołów
    """)
)
# The words of Polish street names that hold an ł, as the streets write them (genitive for a
# person or a day, feminine for an adjective): the country's most common street names and the
# main roads of its large towns (``polish_streets``). A general list, not the tuning sets'. No
# word of four letters or fewer: one t off a word printed so ("Mata", "Waty", "Orta").
POLISH_STREET_L_WORDS = frozenset(
    _words("""
    wrocławska puławska łódzka białostocka głogowska chełmska płocka słupska włocławska
    wałbrzyska kołobrzeska iławska mławska kłodzka łowicka łukowska ełcka łańcucka bełchatowska
    łomżyńska połczyńska płowiecka złotowska łęczycka łużycka łazienkowska łagiewnicka
    piłsudskiego słowackiego kołłątaja pułaskiego skłodowskiej popiełuszki gałczyńskiego
    żółkiewskiego głowackiego małachowskiego łokietka jagiełły władysława bolesława
    stanisława wacława mirosława jarosława przemysława wiesława czesława bronisława radosława
    pawła michała marszałkowska marszałka hołdu niepodległości żołnierzy żołnierska
    długa długie złota złote słoneczna łąkowa główna wesoła chłodna wałowa
    łączna pułkowa słowiańska słowicza ołówkowa wołoska biała białej złotej długiej
    bałtycka gołębia jałowcowa żółta chłopska młyńska młynarska przemysłowa łanowa
    wielkopolska małopolska
    """)
)
# The vowels Polish writes: an ł stands beside one (Wisła, Bałtyk, Długa).
POLISH_VOWELS = "aeiouyąęó"
# Legal forms Polish firms put before their name ("PPHU Sokół"), folded.
LEADING_FORMS = frozenset(_words("pphu phu fhu pph zphu ppuh"))
# Legal forms that name one country: a weak clue for the phone region.
LEGAL_FORM_REGIONS = {
    "kk": "JP", "yk": "JP", "gk": "JP", "plc": "GB", "llp": "GB", "spzoo": "PL", "spk": "PL",
    "spj": "PL", "ska": "PL", "spa": "IT", "srl": "IT", "sapa": "IT", "bv": "NL", "vof": "NL",
    "sl": "ES", "slu": "ES", "sll": "ES", "sarl": "FR", "sas": "FR", "sasu": "FR", "eurl": "FR",
    "oy": "FI", "oyj": "FI", "aps": "DK", "asa": "NO", "pty": "AU", "ptyltd": "AU",
    "pte": "SG", "pteltd": "SG", "sdnbhd": "MY", "bhd": "MY", "kft": "HU", "zrt": "HU",
    "ltda": "BR", "gmbhcokg": "DE", "kgaa": "DE", "ug": "DE", "gbr": "DE", "ohg": "DE",
    "bvba": "BE", "cvba": "BE", "sprl": "BE", "scrl": "BE", "lda": "PT", "dac": "IE",
    "teoranta": "IE", "ltee": "CA", "pvtltd": "IN",
}  # fmt: skip
# Not Austria's OG: specks read "og" ("tnge~re og" at 0.18 on a Spanish card) voted Austria.

# The forms firms of a country print, as they print them, by the country's domain ending (for
# putting back a misread form: form_repair.py). Unlike LEGAL_FORM_REGIONS it holds the forms
# several countries share (SA, AG, GmbH): the domain, not the form, names the country here.
FORMS_BY_ENDING: dict[str, tuple[str, ...]] = {
    "it": ("S.r.l.", "S.p.A.", "S.n.c.", "S.a.s."),
    "nl": ("B.V.", "N.V.", "V.O.F."),
    "es": ("S.L.", "S.A.", "S.L.U."),
    "fr": ("SARL", "SAS", "SA", "SASU", "EURL"),
    "de": ("GmbH", "AG", "KG", "SE", "UG", "OHG"),
    "at": ("GmbH", "AG", "KG", "OG"),
    "ch": ("AG", "SA", "GmbH", "Sàrl"),
    "pl": ("Sp. z o.o.", "S.A.", "Sp.k.", "Sp.j."),
    "uk": ("Ltd", "PLC", "LLP"),
    "jp": ("K.K.", "Co., Ltd."),
}

# The endings of Polish family names, in capitals ("PAWŁOWS KI" read apart, its letters spaced
# wide; "MAIECKI" for MAŁECKI); no name word alone, unlike "LI" or "WU".
POLISH_ENDINGS = frozenset({"KI", "KA", "CKI", "CKA", "SKI", "SKA", "ZKI", "ZKA"})

# Street words: a line with one of these (and a number) is a street line. "boul" is Quebec's
# boulevard ("1250 boul. René-Lévesque Ouest": rev34c).
STREET_WORDS = frozenset(
    _words("""
    street st avenue ave road rd boulevard blvd lane ln drive dr way court ct place pl square
    parkway pkwy highway hwy suite floor
    strasse str weg platz allee gasse ring damm ufer chaussee
    rue chemin impasse quai cours allee route boul
    via viale corso piazza largo calle avenida plaza paseo carrer rua straat laan plein gracht
    kade ulica ul aleja
    """)
)
# Common Japanese given names, romanised (folded). On a Japanese card printed family name first
# with nothing else telling the order ("OONO YUKO", all in capitals, beside "oono@"), the word
# that is a given name goes first. A general list, not the tuning sets' names.
JAPANESE_GIVEN_NAMES = frozenset(
    _words("""
    akira akiko aiko ai aya ayaka ayako ayumi asuka atsushi chihiro chie chieko daiki daisuke
    emi eri erika etsuko fumiko fumio hana hanako haruka haruki haruto hideaki hideki hideo
    hikari hiroaki hirofumi hiroko hiromi hironori hiroshi hiroyuki hisako hitomi ichiro isamu
    jiro jun junichi junichiro junko kaori kaoru katsuya kazue kazuhiro kazuki kazuko kazuo
    kazuya kei keiko keisuke kenichi kenji kenta kentaro kimiko kiyoshi koichi koji kumiko kyoko
    mai maki makoto mami mana mari mariko masahiro masako masaru masato masayuki mayumi megumi
    michiko midori mika miki minoru misaki mitsuko miwa miyuki momoko naoki naoko naomi nana
    natsuki noriko nobuo nozomi osamu rei reiko rie rika riko rina ryo ryota ryuichi sachiko
    saki sakura satoko satomi satoru satoshi sayaka seiji shiho shingo shinji shinya shiori
    shota shun shunichi shunsuke sho sota takashi takeshi takuya taro tatsuya tetsuya tomoko
    tomohiro tomoya toru toshiko toshio tsubasa tsuyoshi yasuko yasushi yoko yoshiko yoshio
    yosuke yu yui yuichi yuka yukari yuki yukiko yuko yumi yumiko yusuke yuta yutaka yuya
    """)
)
# Given names of the list that are family names too (三木 Miki, 三輪 Miwa, 牧 Maki, 結城 Yuki, 里見
# Satomi, 佐倉 Sakura): put first by the list against the email's order, a guess.
JAPANESE_FAMILY_TOO = frozenset({"miki", "miwa", "maki", "yuki", "satomi", "sakura"})
