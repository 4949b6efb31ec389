"""Words that tell what a line on a card is: job titles, phone labels, legal forms, countries."""

from __future__ import annotations


def _words(text: str) -> list[str]:
    """A word list written as prose: easier to read and extend than a list literal."""
    return text.split()


# Words that make a line a job title (English, German, French); folded, lower-case.
TITLE_WORDS = frozenset(
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
    directeur directrice responsable ingenieur gerant gerante conseiller conseillere
    commercial charge chargee president-directeur pdg dg
    """)
)
# Words strong enough on their own; the rest need a second title word ("Sales" alone is not).
STRONG_TITLE_WORDS = frozenset(
    _words("""
    manager director engineer officer ceo cto cfo coo cio cmo president head chief consultant
    executive partner founder owner developer analyst specialist architect assistant
    coordinator administrator representative advisor scientist designer supervisor attorney
    accountant controller recruiter geschaftsfuhrer geschaeftsfuehrer leiter leiterin inhaber
    inhaberin berater beraterin directeur directrice responsable ingenieur gerant gerante pdg
    """)
)

# Words that make a line a department or a unit, not a person or a company (folded).
DEPARTMENT_WORDS = frozenset(
    _words("""
    department dept division section office unit team excellence success development
    planning research services service support relations affairs resources
    abteilung bereich geschaftsbereich stabsstelle referat service departement direction pole
    """)
)

# Phone labels, folded and without punctuation → phone kind.
PHONE_LABELS = {
    **dict.fromkeys(
        _words(
            "t tel phone p ph office o direct d dir telefon tél tel. telephone téléphone w work"
            " main fon line hotline zentrale durchwahl switchboard tele tlf telf"
        ),
        "work",
    ),
    **dict.fromkeys(
        _words("m mob mobile cell c handy portable mobil cellular gsm cellulare cel movil móvil"),
        "cell",
    ),
    **dict.fromkeys(_words("f fax telefax facsimile fx"), "fax"),
    **dict.fromkeys(_words("h home privat"), "home"),
}

# Legal forms that end a company name; folded, without dots.
LEGAL_FORMS = frozenset(
    _words("""
    inc incorporated llc llp lp ltd limited corp corporation co company plc gmbh ag kg ohg ug
    se sa sas sarl sàrl eurl snc bv nv srl spa oy ab as asa aps pty pte kk group holding
    holdings gbr ev mbh partg
    """)
)

# Country names and codes as printed on cards → ISO 3166 region.
COUNTRIES = {
    "usa": "US", "us": "US", "u s a": "US", "united states": "US",
    "united states of america": "US", "germany": "DE", "deutschland": "DE", "france": "FR",
    "united kingdom": "GB", "uk": "GB", "great britain": "GB", "england": "GB",
    "austria": "AT", "osterreich": "AT", "switzerland": "CH", "schweiz": "CH", "suisse": "CH",
    "netherlands": "NL", "nederland": "NL", "belgium": "BE", "belgique": "BE", "italy": "IT",
    "italia": "IT", "spain": "ES", "espana": "ES", "canada": "CA", "ireland": "IE",
    "sweden": "SE", "denmark": "DK", "norway": "NO", "poland": "PL", "australia": "AU",
    "polska": "PL", "japan": "JP", "nippon": "JP", "vietnam": "VN", "viet nam": "VN",
    "china": "CN", "pr china": "CN", "p r china": "CN", "hong kong": "HK", "singapore": "SG",
    "taiwan": "TW", "korea": "KR", "south korea": "KR", "republic of korea": "KR",
    "india": "IN", "thailand": "TH", "malaysia": "MY", "indonesia": "ID", "philippines": "PH",
    "brazil": "BR", "brasil": "BR", "mexico": "MX", "argentina": "AR", "chile": "CL",
    "portugal": "PT", "finland": "FI", "suomi": "FI", "czech republic": "CZ", "czechia": "CZ",
    "hungary": "HU", "romania": "RO", "greece": "GR", "turkey": "TR", "turkiye": "TR",
    "israel": "IL", "uae": "AE", "united arab emirates": "AE", "saudi arabia": "SA",
    "south africa": "ZA", "new zealand": "NZ", "luxembourg": "LU", "liechtenstein": "LI",
    "svizzera": "CH", "italien": "IT", "frankreich": "FR", "espagne": "ES", "allemagne": "DE",
    "nederlands": "NL", "the netherlands": "NL", "holland": "NL", "russia": "RU",
}  # fmt: skip

# Two-letter domains used worldwide for their look, not their country.
GENERIC_CCTLDS = frozenset(_words("io co me tv ai ly fm am gg cc ws to la ag sh ac vc"))

# Top-level domains that hint at a country (generic ones like .com say nothing).
TLD_REGIONS = {
    "de": "DE", "fr": "FR", "uk": "GB", "at": "AT", "ch": "CH", "nl": "NL", "be": "BE",
    "it": "IT", "es": "ES", "ca": "CA", "ie": "IE", "se": "SE", "dk": "DK", "no": "NO",
    "pl": "PL", "au": "AU", "us": "US",
}  # fmt: skip

# Street words: a line with one of these (and a number) is a street line.
STREET_WORDS = frozenset(
    _words("""
    street st avenue ave road rd boulevard blvd lane ln drive dr way court ct place pl square
    parkway pkwy highway hwy suite floor
    strasse str weg platz allee gasse ring damm ufer chaussee
    rue chemin impasse quai cours allee route
    """)
)
