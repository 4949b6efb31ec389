"""Shared vocabulary for the blind generators: names, nicknames, companies, phones, addresses.

Everything here is deterministic given a ``random.Random``. Nothing iterates over a set.
Phone numbers are drawn from realistic national ranges and checked with ``phonenumbers``
(already a project dependency) so that the truth E.164 is a real, valid number; the text as
written is produced here, with local habits (``030/1234567``, ``+49 (0)30 ...``,
``06-12 34 56 78``).
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass, field

import phonenumbers

# ---------------------------------------------------------------------------------------------
# names.  "Given:nick1|nick2" ; family names are plain.  The first family names of each list are
# the most common ones (used for the "very common name" hard negatives).
# ---------------------------------------------------------------------------------------------

_GIVEN = {
    "EN": {
        "m": "James:Jim|Jimmy|Jamie;John:Jack|Johnny;Robert:Bob|Rob|Bobby;Michael:Mike|Mick;"
        "William:Bill|Will|Billy;David:Dave;Richard:Rick|Dick|Rich;Joseph:Joe;Thomas:Tom|Tommy;"
        "Charles:Charlie|Chuck;Christopher:Chris;Daniel:Dan|Danny;Matthew:Matt;Anthony:Tony;"
        "Steven:Steve;Andrew:Andy|Drew;Edward:Ed|Ted|Eddie;Jonathan:Jon;Benjamin:Ben;"
        "Nicholas:Nick;Timothy:Tim;Samuel:Sam;Alexander:Alex;Gregory:Greg;Patrick:Pat;Peter:Pete;"
        "Kenneth:Ken;Ronald:Ron;Donald:Don;Lawrence:Larry;Gerald:Jerry;Raymond:Ray;"
        "Frederick:Fred;Oliver:Ollie;Jeffrey:Jeff;Harry;George;Ryan;Kevin;Brian;Jason;Eric;Mark;"
        "Paul;Scott;Gary",
        "f": "Elizabeth:Liz|Beth|Betty;Margaret:Maggie|Peggy|Meg;Katherine:Kate|Kathy|Katie;"
        "Catherine:Cathy|Cat;Jennifer:Jen|Jenny;Patricia:Pat|Patty|Trish;Susan:Sue|Suzy;"
        "Deborah:Debbie|Deb;Rebecca:Becky|Becca;Victoria:Vicky|Tori;Alexandra:Alex|Sandra;"
        "Christina:Chris|Tina;Samantha:Sam;Jessica:Jess;Abigail:Abby;Barbara:Barb;"
        "Jacqueline:Jackie;Kimberly:Kim;Amanda:Mandy;Charlotte:Lottie;Emily;Sarah;Laura;Emma;"
        "Olivia;Sophie;Rachel;Megan;Linda;Karen;Nancy;Helen;Michelle;Lisa",
    },
    "DE": {
        "m": "Thomas:Tom;Michael:Micha|Michi;Andreas:Andi;Stefan:Steff;Alexander:Alex|Sascha;"
        "Christian:Chris;Matthias:Matze|Matthes;Johannes:Hannes|Jo|Hans;Wolfgang:Wolf;"
        "Sebastian:Basti;Maximilian:Max;Florian:Flo;Tobias:Tobi;Benedikt:Bene;Friedrich:Fritz;"
        "Karl-Heinz:Kalle;Philipp:Phil;Klaus;Jürgen;Uwe;Dieter;Peter;Frank;Markus;Jörg;"
        "Hans-Peter;Bernd;Günter;Lukas;Jan;Tim;Dominik;Ralf",
        "f": "Katharina:Kathi|Katja|Kati;Stefanie:Steffi;Elisabeth:Lisa|Elli|Liesel;"
        "Christina:Tina;Susanne:Susi|Sanne;Alexandra:Alex;Franziska:Franzi;Gabriele:Gabi;"
        "Margarete:Grete;Barbara:Babsi;Ursula:Uschi;Julia:Jule;Dorothea:Dora|Thea;"
        "Johanna:Hanna;Andrea;Sabine;Petra;Monika;Claudia;Anna;Lena;Laura;Sandra;Nicole;Birgit;"
        "Heike;Jutta;Anja;Silke;Annette",
    },
    "FR": {
        "m": "Jean-Pierre:JP;Jean-Baptiste:JB;Jean-Marc;Jean-Luc;Jean;Pierre;Philippe:Phil;"
        "Nicolas:Nico;Christophe:Chris;Frédéric:Fred;Alexandre:Alex;Stéphane;Laurent;"
        "Sébastien:Seb;Guillaume;Julien;Thomas:Tom;Olivier;Benoît;Mathieu:Mat;Antoine;"
        "Maxime:Max;Raphaël:Raph;Grégoire:Greg;Emmanuel:Manu;Dominique:Dom;Thierry;Éric;Hervé;"
        "Loïc;François",
        "f": "Marie;Marie-Claire;Anne-Sophie;Marie-Hélène;Catherine:Cathy;Isabelle:Isa;"
        "Nathalie:Nath;Sylvie;Stéphanie:Steph;Christine;Sophie;Valérie:Val;Véronique:Véro;"
        "Élodie;Camille;Aurélie;Caroline:Caro;Émilie;Hélène;Béatrice:Béa;Frédérique:Fred;"
        "Delphine;Céline;Margaux:Margot;Dominique:Domi;Françoise",
    },
    "ES": {
        "m": "José:Pepe;Francisco:Paco|Curro|Pancho;Manuel:Manolo|Manu;Antonio:Toni;"
        "Jesús:Chus;Ignacio:Nacho;Enrique:Quique;Alejandro:Álex;Javier:Javi;Fernando:Fer|Nando;"
        "Guillermo:Guille;Joaquín:Quino;Eduardo:Edu;Rafael:Rafa;Alberto:Berto;Daniel:Dani;"
        "José María:Chema;Santiago:Santi;Gonzalo:Gonza;José Luis;Juan Carlos;Carlos;Miguel;"
        "David;Pablo;Sergio;Jorge;Luis;Juan",
        "f": "María José:Majo;María Dolores:Lola|Loli;María del Carmen:Mari Carmen|Maica;"
        "Dolores:Lola;Concepción:Concha|Conchi;Rosario:Charo;Mercedes:Merche;Guadalupe:Lupe;"
        "Pilar:Pili;Isabel:Isa|Chabela;Cristina:Cris;Francisca:Paqui|Paca;Beatriz:Bea;"
        "Teresa:Tere;Montserrat:Montse;Inmaculada:Inma;Remedios:Reme;Encarnación:Encarna;"
        "María;Ana;Lucía;Laura;Marta;Elena;Paula;Sara;Raquel",
    },
    "IT": {
        "m": "Giuseppe:Beppe|Peppe|Pino;Giovanni:Gianni|Nanni;Francesco:Franco|Checco|Cesco;"
        "Alessandro:Sandro|Ale;Antonio:Tonino|Totò;Salvatore:Totò|Turi;Roberto:Robi;"
        "Massimo:Max;Luigi:Gigi;Vincenzo:Enzo;Domenico:Mimmo;Matteo:Teo;Lorenzo:Renzo;"
        "Federico:Fede;Riccardo:Ricky;Maurizio:Mauri;Pierluigi:Pigi;Emanuele:Manu|Lele;"
        "Gabriele:Lele;Andrea;Marco;Stefano;Paolo;Luca;Davide;Simone;Fabio;Carlo;Gianluca",
        "f": "Francesca:Fra|Franci;Giuseppina:Pina|Giusy;Alessandra:Ale|Sandra;"
        "Valentina:Vale;Federica:Fede;Elisabetta:Betta|Elisa;Antonella:Anto;Raffaella:Lella;"
        "Margherita:Marghe|Rita;Roberta:Robi;Daniela:Dani;Caterina:Cate|Rina;Teresa:Tere;"
        "Eleonora:Ele|Nora;Benedetta:Bene;Maria;Anna;Giulia;Chiara;Sara;Paola;Laura;Silvia;"
        "Elena;Simona",
    },
    "NL": {
        "m": "Johannes:Jan|Hans|Johan|Joop;Cornelis:Kees|Cor;Hendrik:Henk|Rik;"
        "Jacobus:Jaap|Koos|Co;Gerardus:Gerard|Gert|Ger;Wilhelmus:Wim|Willem;Petrus:Piet|Peter;"
        "Adrianus:Arie|Adri|Ad;Theodorus:Theo|Dorus;Antonius:Ton|Toon|Teun;"
        "Franciscus:Frans|Frank;Lambertus:Bert;Martinus:Martin|Tinus;Nicolaas:Klaas|Nico;"
        "Willem:Wim;Pieter:Piet;Jan;Dirk;Sander;Thijs;Bas;Daan;Joost;Maarten;Ruud;Bram;Sjoerd;"
        "Erik;Rutger",
        "f": "Johanna:Joke|Anneke|Hanneke;Cornelia:Corrie|Nel|Cor;Wilhelmina:Mien|Willemien;"
        "Maria:Marieke|Mieke|Ria;Geertruida:Truus|Geertje;Petronella:Nel|Nelleke|Petra;"
        "Hendrika:Riek|Henny;Elisabeth:Els|Lisa|Betty;Anna:Anneke|Anke;"
        "Catharina:Karin|Tineke|Ina;Margaretha:Greet|Margriet;Sanne;Femke;Lotte;Eva;Inge;"
        "Marloes;Esther;Anouk;Mirjam;Ingrid;Linda;Sophie;Fleur;Saskia",
    },
    "PL": {
        "m": "Krzysztof:Krzysiek;Tomasz:Tomek;Piotr:Piotrek;Andrzej:Jędrek;Jakub:Kuba;"
        "Wojciech:Wojtek;Aleksander:Olek|Alek;Stanisław:Staszek|Stasiek;Grzegorz:Grzesiek;"
        "Jan:Janek;Józef:Józek;Mateusz:Mati;Bartłomiej:Bartek;Przemysław:Przemek;"
        "Mirosław:Mirek;Zbigniew:Zbyszek;Tadeusz:Tadek;Kazimierz:Kazik;Maciej:Maciek;"
        "Dariusz:Darek;Sławomir:Sławek;Paweł;Michał;Marcin;Łukasz;Rafał;Adam;Kamil;Robert;Marek",
        "f": "Katarzyna:Kasia;Małgorzata:Gosia|Małgosia;Agnieszka:Aga;Aleksandra:Ola;"
        "Joanna:Asia;Magdalena:Magda;Barbara:Basia;Elżbieta:Ela;Anna:Ania;Zofia:Zosia;"
        "Jadwiga:Jadzia;Maria:Marysia;Karolina:Karola;Weronika:Wera;Urszula:Ula;"
        "Krystyna:Krysia;Dorota;Ewa;Justyna;Monika;Beata;Natalia",
    },
    "JP": {
        "m": "Hiroshi;Takashi;Kenji;Yūki;Shun'ichi;Kōji;Shōta;Daisuke;Takuya;Ryō;Kazuo;Makoto;"
        "Tetsuya;Yūsuke;Naoki;Satoshi;Hideo;Masahiro;Kenta;Jun'ichirō",
        "f": "Yūko;Keiko;Naoko;Akiko;Yōko;Tomoko;Mayumi;Emi;Ayumi;Haruka;Sakura;Yui;Misaki;"
        "Kyōko;Junko;Mai;Chihiro;Rie;Nana",
    },
    "BR": {
        "m": "José:Zé;Antônio:Toninho|Tonho;Francisco:Chico;Pedro:Pedrinho;Gabriel:Biel|Gabi;"
        "Rafael:Rafa;Daniel:Dani;Eduardo:Edu|Dudu;Felipe:Lipe;Fernando:Nando;Guilherme:Gui;"
        "Roberto:Beto;Alberto:Beto;Henrique:Rique;João;Paulo;Lucas;Luiz;Marcos;Bruno;Marcelo;"
        "Rodrigo;Ricardo;Carlos;João Pedro",
        "f": "Maria:Mari;Francisca:Chica;Antônia:Toninha;Adriana:Dri;Juliana:Ju;"
        "Fernanda:Nanda|Fê;Patrícia:Pati;Beatriz:Bia;Gabriela:Gabi;Camila:Mila;Letícia:Leti;"
        "Mariana:Mari;Vanessa:Nessa;Isabela:Bela|Isa;Ana;Márcia;Aline;Luana;Larissa;Renata;"
        "Ana Paula",
    },
}

_FAMILY = {
    "US": "Smith;Johnson;Williams;Brown;Jones;Miller;Davis;Garcia;Rodriguez;Wilson;Taylor;"
    "Anderson;Thomas;Moore;Jackson;Martin;Thompson;White;Harris;Clark;Lewis;Robinson;Walker;"
    "Young;Allen;King;Wright;Scott;Hill;Green;Adams;Baker;Nelson;Carter;Mitchell;Roberts;"
    "Turner;Phillips;Campbell;Parker;Evans;Edwards;Collins;Stewart;O'Brien;O'Connor;McDonald;"
    "Fitzgerald;Van Buren;Hughes;Patel;Nguyen;Kim;Murphy;Cooper;Bennett;Gray;Ward;Fletcher;"
    "Holloway;Whitfield;Ashworth;Pemberton;Blackwood;DeLuca;St. John",
    "GB": "Smith;Jones;Taylor;Brown;Williams;Wilson;Johnson;Davies;Robinson;Wright;Thompson;"
    "Evans;Walker;White;Roberts;Green;Hall;Wood;Jackson;Clarke;Hughes;Jenkins;Price;Morgan;"
    "Cartwright;Ellis;Barnes;Singh;Khan;MacLeod;McKenzie;O'Neill;Fraser;Pemberton;"
    "Ashworth;Blackwood;Featherstone;Llewellyn;Ap Rhys;Bowes-Lyon;Fforde",
    "DE": "Müller;Schmidt;Schneider;Fischer;Weber;Meyer;Wagner;Becker;Schulz;Hoffmann;"
    "Schäfer;Koch;Bauer;Richter;Klein;Wolf;Schröder;Neumann;Schwarz;Zimmermann;Braun;"
    "Krüger;Hofmann;Hartmann;Lange;Schmitt;Werner;Schmitz;Krause;Meier;Lehmann;Schmid;"
    "Schulze;Maier;Köhler;Herrmann;König;Walter;Mayer;Huber;Kaiser;Fuchs;Peters;Lang;"
    "Scholz;Möller;Weiß;Jung;Hahn;Vogel;Friedrich;Keller;Günther;Berger;Winkler;Roth;Beck;"
    "Lorenz;Baumann;Franke;Albrecht;Ludwig;Böhm;Großmann;Straßburger;von Bülow;"
    "von der Heide;von Stein;zu Löwenstein",
    "FR": "Martin;Bernard;Dubois;Thomas;Robert;Richard;Petit;Durand;Leroy;Moreau;Simon;"
    "Laurent;Lefèvre;Michel;Garcia;David;Bertrand;Roux;Vincent;Fournier;Morel;Girard;André;"
    "Lefebvre;Mercier;Dupont;Lambert;Bonnet;François;Martinez;Legrand;Garnier;Faure;"
    "Rousseau;Blanc;Guérin;Muller;Henry;Roussel;Perrin;Morin;Mathieu;Clément;Gauthier;"
    "Dumont;Fontaine;Chevalier;de La Fontaine;de Villiers;Le Gall;Le Roux;Le Goff;"
    "Saint-Martin;d'Arcy;Durand-Leclerc;Delacroix",
    "ES": "García;Rodríguez;González;Fernández;López;Martínez;Sánchez;Pérez;Gómez;Martín;"
    "Jiménez;Ruiz;Hernández;Díaz;Moreno;Muñoz;Álvarez;Romero;Alonso;Gutiérrez;Navarro;"
    "Torres;Domínguez;Vázquez;Ramos;Gil;Ramírez;Serrano;Blanco;Molina;Morales;Suárez;"
    "Ortega;Delgado;Castro;Ortiz;Rubio;Marín;Sanz;Núñez;Iglesias;Medina;Garrido;"
    "de la Fuente;del Río;de la Torre;Ibáñez;Echeverría;Goikoetxea;Peña",
    "IT": "Rossi;Russo;Ferrari;Esposito;Bianchi;Romano;Colombo;Ricci;Marino;Greco;Bruno;"
    "Gallo;Conti;De Luca;Mancini;Costa;Giordano;Rizzo;Lombardi;Moretti;Barbieri;Fontana;"
    "Santoro;Mariani;Rinaldi;Caruso;Ferrara;Galli;Martini;Leone;Longo;Gentile;Martinelli;"
    "Vitale;Lombardo;Serra;Coppola;De Santis;D'Angelo;Marchetti;Parisi;Villa;Conte;"
    "Ferraro;Fabbri;Bianco;Marini;Grasso;Valentini;Messina;Sala;De Rosa;Di Stefano;"
    "Dell'Acqua;Lo Bianco;La Rosa;Della Valle;Niccolò",
    "NL": "de Jong;de Vries;Jansen;van den Berg;van Dijk;Bakker;Janssen;Visser;Smit;Meijer;"
    "de Boer;Mulder;de Groot;Bos;Vos;Peters;Hendriks;van Leeuwen;Dekker;Brouwer;de Wit;"
    "Dijkstra;Smits;de Graaf;van der Meer;van der Linden;Kok;Jacobs;de Haan;Vermeulen;"
    "van den Heuvel;van der Veen;van den Broek;de Bruijn;van der Heijden;Schouten;"
    "van Beek;Willems;van Vliet;van de Ven;Hoekstra;Maas;Verhoeven;Koster;van Dam;"
    "van der Wal;Prins;Blom;Huisman;de Lange;Kuipers;van Wijk;'t Hart;ter Horst;Timmermans",
    "PL": "Nowak;Kowalski;Wiśniewski;Wójcik;Kowalczyk;Kamiński;Lewandowski;Zieliński;"
    "Szymański;Woźniak;Dąbrowski;Kozłowski;Jankowski;Mazur;Kwiatkowski;Krawczyk;"
    "Piotrowski;Grabowski;Nowakowski;Pawłowski;Michalski;Nowicki;Adamczyk;Dudek;Zając;"
    "Wieczorek;Jabłoński;Król;Majewski;Olszewski;Jaworski;Wróbel;Malinowski;Pawlak;"
    "Witkowski;Walczak;Stępień;Górski;Rutkowski;Michalak;Sikora;Ostrowski;Baran;Duda;"
    "Szewczyk;Tomaszewski;Pietrzak;Marciniak;Zalewski;Jakubowski;Zawadzki;Sadowski;Bąk;"
    "Chmielewski;Włodarczyk;Czarnecki;Sokołowski;Kaźmierczak;Ziółkowski;Przybylski;"
    "Brzęczyszczykiewicz",
    "JP": "Satō;Suzuki;Takahashi;Tanaka;Watanabe;Itō;Yamamoto;Nakamura;Kobayashi;Katō;"
    "Yoshida;Yamada;Sasaki;Yamaguchi;Matsumoto;Inoue;Kimura;Hayashi;Shimizu;Yamazaki;Mori;"
    "Abe;Ikeda;Hashimoto;Ishikawa;Ōno;Ōta;Kondō;Saitō;Gotō",
    "BR": "Silva;Santos;Oliveira;Souza;Rodrigues;Ferreira;Alves;Pereira;Lima;Gomes;Costa;"
    "Ribeiro;Martins;Carvalho;Almeida;Lopes;Soares;Fernandes;Vieira;Barbosa;Rocha;Dias;"
    "Nascimento;Andrade;Moreira;Nunes;Marques;Machado;Mendes;Freitas;Cardoso;Ramos;"
    "Gonçalves;Santana;Teixeira",
}
_FAMILY["CH"] = _FAMILY["DE"]
_FAMILY["AT"] = _FAMILY["DE"]

# the locale -> language of given names
LANG = {
    "US": "EN",
    "GB": "EN",
    "DE": "DE",
    "AT": "DE",
    "CH": "DE",
    "FR": "FR",
    "ES": "ES",
    "IT": "IT",
    "NL": "NL",
    "PL": "PL",
    "JP": "JP",
    "BR": "BR",
}


def _parse_given(spec: str) -> list[tuple[str, list[str]]]:
    out = []
    for item in spec.split(";"):
        if ":" in item:
            g, n = item.split(":", 1)
            out.append((g, n.split("|")))
        else:
            out.append((item, []))
    return out


GIVEN = {lang: {g: _parse_given(s) for g, s in d.items()} for lang, d in _GIVEN.items()}
FAMILY = {loc: s.split(";") for loc, s in _FAMILY.items()}

# a few names whose common form is the most frequent combination in the locale
COMMON_NAMES = {
    "US": [("m", "John", "Smith"), ("f", "Jennifer", "Johnson"), ("m", "Michael", "Brown")],
    "GB": [("m", "David", "Jones"), ("f", "Sarah", "Taylor"), ("m", "James", "Smith")],
    "DE": [("m", "Thomas", "Müller"), ("m", "Michael", "Schmidt"), ("f", "Sabine", "Schneider")],
    "FR": [("f", "Marie", "Martin"), ("m", "Nicolas", "Bernard"), ("f", "Nathalie", "Dubois")],
    "ES": [("f", "María", "García"), ("m", "Antonio", "Fernández"), ("m", "José", "García")],
    "IT": [("m", "Marco", "Rossi"), ("f", "Francesca", "Ferrari"), ("m", "Giuseppe", "Russo")],
    "NL": [("m", "Jan", "de Vries"), ("m", "Peter", "de Jong"), ("f", "Anna", "Jansen")],
    "PL": [("f", "Anna", "Nowak"), ("m", "Piotr", "Kowalski"), ("f", "Katarzyna", "Wiśniewska")],
    "JP": [("m", "Hiroshi", "Satō"), ("m", "Takashi", "Suzuki"), ("f", "Yūko", "Tanaka")],
    "BR": [("f", "Maria", "Silva"), ("m", "José", "Santos"), ("m", "João", "Oliveira")],
}

_PL_FEM = (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka"))


def feminine(locale: str, family: str) -> str:
    if locale == "PL":
        for m, f in _PL_FEM:
            if family.endswith(m):
                return family[: -len(m)] + f
    return family


def masculine(locale: str, family: str) -> str:
    if locale == "PL":
        for m, f in _PL_FEM:
            if family.endswith(f):
                return family[: -len(f)] + m
    return family


PARTICLES = (
    "van der ",
    "van den ",
    "van de ",
    "van ",
    "de la ",
    "de ",
    "del ",
    "della ",
    "di ",
    "da ",
    "dos ",
    "von der ",
    "von ",
    "zu ",
    "ter ",
    "'t ",
    "le ",
    "la ",
    "d'",
)


def split_particle(family: str) -> tuple[str, str]:
    """'van der Meer' -> ('van der', 'Meer'); only lower-case particles count."""
    for p in PARTICLES:
        if family.startswith(p) and len(family) > len(p):
            return p.strip(), family[len(p) :]
    return "", family


# ---------------------------------------------------------------------------------------------
# transliteration
# ---------------------------------------------------------------------------------------------

_DE_TRANS = {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss"}
_SPECIAL = {"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "æ": "ae", "œ": "oe", "ß": "ss"}


def strip_accents(s: str) -> str:
    s = "".join(_SPECIAL.get(c, c) for c in s)
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def german_ascii(s: str) -> str:
    return strip_accents("".join(_DE_TRANS.get(c, c) for c in s))


def jp_variants(s: str) -> list[str]:
    """Romanization variants of a Hepburn name with macrons: Ōno -> Ono, Ohno, Oono."""
    if not any(c in s for c in "ōūŌŪ'"):
        return [s]
    base = s.replace("'", "")
    plain = strip_accents(base)
    oh = base.replace("ō", "oh").replace("Ō", "Oh").replace("ū", "u").replace("Ū", "U")
    ou = base.replace("ō", "ou").replace("Ō", "O").replace("ū", "uu").replace("Ū", "Uu")
    oo = base.replace("ō", "oo").replace("Ō", "Oo").replace("ū", "uu").replace("Ū", "Uu")
    out = [plain, oh, ou, oo]
    res = []
    for x in out:
        if x not in res:
            res.append(x)
    return res


def ascii_name(locale: str, s: str, rng: random.Random | None = None) -> str:
    """How the name is written where diacritics are not available."""
    if locale in ("DE", "AT", "CH"):
        if rng is not None and rng.random() < 0.3:
            return strip_accents(s)  # Müller -> Muller (US systems)
        return german_ascii(s)
    if locale == "JP":
        v = jp_variants(s)
        return rng.choice(v) if rng is not None else v[0]
    return strip_accents(s)


def slug(s: str) -> str:
    s = german_ascii(s).lower()
    return "".join(c for c in s if c.isalnum())


# ---------------------------------------------------------------------------------------------
# places: city, region, postal code pattern, landline area codes, streets
# ---------------------------------------------------------------------------------------------

# (city, region, postal pattern, area code, national landline NSN length(s))
CITIES = {
    "US": [
        ("New York", "NY", "100##", "212", [10]),
        ("Chicago", "IL", "606##", "312", [10]),
        ("San Francisco", "CA", "941##", "415", [10]),
        ("Austin", "TX", "787##", "512", [10]),
        ("Boston", "MA", "021##", "617", [10]),
        ("Seattle", "WA", "981##", "206", [10]),
    ],
    "GB": [
        ("London", "", "EC2A #AA", "207", [10]),
        ("London", "", "W1T #AA", "203", [10]),
        ("Manchester", "", "M1 #AA", "161", [10]),
        ("Leeds", "", "LS1 #AA", "113", [10]),
        ("Bristol", "", "BS1 #AA", "117", [10]),
        ("Edinburgh", "", "EH2 #AA", "131", [10]),
    ],
    "DE": [
        ("Berlin", "Berlin", "10###", "30", [10]),
        ("München", "Bayern", "80###", "89", [10]),
        ("Hamburg", "Hamburg", "20###", "40", [10]),
        ("Frankfurt am Main", "Hessen", "60###", "69", [10]),
        ("Köln", "Nordrhein-Westfalen", "50###", "221", [10]),
        ("Stuttgart", "Baden-Württemberg", "70###", "711", [10]),
        ("Bielefeld", "Nordrhein-Westfalen", "33###", "521", [10]),
    ],
    "AT": [
        ("Wien", "Wien", "1###", "1", [9, 10]),
        ("Graz", "Steiermark", "80##", "316", [10]),
        ("Linz", "Oberösterreich", "40##", "732", [10]),
    ],
    "CH": [
        ("Zürich", "ZH", "80##", "44", [9]),
        ("Genève", "GE", "12##", "22", [9]),
        ("Basel", "BS", "40##", "61", [9]),
        ("Bern", "BE", "30##", "31", [9]),
    ],
    "FR": [
        ("Paris", "Île-de-France", "750##", "1", [9]),
        ("Lyon", "Auvergne-Rhône-Alpes", "6900#", "47", [9]),
        ("Marseille", "Provence-Alpes-Côte d'Azur", "130##", "49", [9]),
        ("Toulouse", "Occitanie", "310##", "56", [9]),
        ("Lille", "Hauts-de-France", "590##", "32", [9]),
        ("Nantes", "Pays de la Loire", "440##", "24", [9]),
    ],
    "ES": [
        ("Madrid", "Madrid", "280##", "91", [9]),
        ("Barcelona", "Barcelona", "080##", "93", [9]),
        ("Valencia", "Valencia", "460##", "96", [9]),
        ("Sevilla", "Sevilla", "410##", "954", [9]),
        ("Bilbao", "Bizkaia", "480##", "94", [9]),
    ],
    "IT": [
        ("Milano", "MI", "201##", "02", [10]),
        ("Roma", "RM", "001##", "06", [10]),
        ("Torino", "TO", "101##", "011", [10]),
        ("Bologna", "BO", "401##", "051", [10]),
        ("Napoli", "NA", "801##", "081", [10]),
        ("Firenze", "FI", "501##", "055", [10]),
    ],
    "NL": [
        ("Amsterdam", "Noord-Holland", "10## AA", "20", [9]),
        ("Rotterdam", "Zuid-Holland", "30## AA", "10", [9]),
        ("Utrecht", "Utrecht", "35## AA", "30", [9]),
        ("Den Haag", "Zuid-Holland", "25## AA", "70", [9]),
        ("Eindhoven", "Noord-Brabant", "56## AA", "40", [9]),
    ],
    "PL": [
        ("Warszawa", "mazowieckie", "00-###", "22", [9]),
        ("Kraków", "małopolskie", "30-###", "12", [9]),
        ("Poznań", "wielkopolskie", "60-###", "61", [9]),
        ("Wrocław", "dolnośląskie", "50-###", "71", [9]),
        ("Gdańsk", "pomorskie", "80-###", "58", [9]),
    ],
    "JP": [
        ("Chiyoda-ku, Tokyo", "Tokyo", "100-####", "3", [9]),
        ("Minato-ku, Tokyo", "Tokyo", "105-####", "3", [9]),
        ("Kita-ku, Osaka", "Osaka", "530-####", "6", [9]),
        ("Nishi-ku, Yokohama", "Kanagawa", "220-####", "45", [9]),
        ("Naka-ku, Nagoya", "Aichi", "460-####", "52", [9]),
    ],
    "BR": [
        ("São Paulo", "SP", "01###-###", "11", [10]),
        ("Rio de Janeiro", "RJ", "20###-###", "21", [10]),
        ("Belo Horizonte", "MG", "30###-###", "31", [10]),
        ("Curitiba", "PR", "80###-###", "41", [10]),
    ],
}

# mobile prefixes (national significant number) and NSN length
MOBILE = {
    "US": None,  # same as landline
    "GB": [("74", 10), ("75", 10), ("77", 10), ("78", 10), ("79", 10)],
    "DE": [("151", 11), ("152", 11), ("160", 10), ("170", 10), ("171", 10), ("176", 11)],
    "AT": [("664", 10), ("676", 10), ("699", 11), ("650", 10)],
    "CH": [("76", 9), ("78", 9), ("79", 9)],
    "FR": [("6", 9), ("7", 9)],
    "ES": [("6", 9), ("71", 9)],
    "IT": [("32", 10), ("33", 10), ("34", 10), ("347", 10), ("39", 10)],
    "NL": [("6", 9)],
    "PL": [("50", 9), ("51", 9), ("60", 9), ("66", 9), ("69", 9), ("72", 9), ("79", 9)],
    "JP": [("90", 10), ("80", 10), ("70", 10)],
    "BR": [("119", 11), ("219", 11), ("319", 11), ("419", 11)],
}

CC = {
    "US": "1",
    "GB": "44",
    "DE": "49",
    "AT": "43",
    "CH": "41",
    "FR": "33",
    "ES": "34",
    "IT": "39",
    "NL": "31",
    "PL": "48",
    "JP": "81",
    "BR": "55",
    "CN": "86",
}

COUNTRY_NAME = {
    "US": "USA",
    "GB": "United Kingdom",
    "DE": "Deutschland",
    "AT": "Österreich",
    "CH": "Schweiz",
    "FR": "France",
    "ES": "España",
    "IT": "Italia",
    "NL": "Nederland",
    "PL": "Polska",
    "JP": "Japan",
    "BR": "Brasil",
    "CN": "中国",
}

STREETS = {
    "US": [
        "Market St",
        "Broadway",
        "Main Street",
        "Michigan Ave",
        "Congress Ave",
        "Boylston St",
        "Pine St",
        "Lexington Avenue",
        "5th Ave",
        "Elm Street",
    ],
    "GB": [
        "High Street",
        "Station Road",
        "King Street",
        "Church Lane",
        "Victoria Road",
        "Queen's Road",
        "Deansgate",
        "Princes Street",
        "Old Street",
        "Park Lane",
    ],
    "DE": [
        "Hauptstraße",
        "Bahnhofstraße",
        "Industriestraße",
        "Lindenallee",
        "Am Sandtorkai",
        "Gartenstr.",
        "Friedrichstraße",
        "Schillerstraße",
        "Kaiser-Wilhelm-Ring",
        "Im Gewerbepark",
    ],
    "AT": ["Mariahilfer Straße", "Hauptplatz", "Landstraßer Hauptstraße", "Ringstraße"],
    "CH": ["Bahnhofstrasse", "Seefeldstrasse", "Rue du Rhône", "Aeschenvorstadt", "Marktgasse"],
    "FR": [
        "rue de la République",
        "avenue des Champs-Élysées",
        "boulevard Haussmann",
        "rue Victor Hugo",
        "place Bellecour",
        "rue du Faubourg Saint-Honoré",
        "allée des Tilleuls",
        "quai de la Tournelle",
    ],
    "ES": [
        "Calle Mayor",
        "Paseo de la Castellana",
        "Avenida Diagonal",
        "Gran Vía",
        "Calle de Alcalá",
        "Plaza de España",
        "Calle Colón",
        "Avda. de la Constitución",
    ],
    "IT": [
        "Via Roma",
        "Corso Buenos Aires",
        "Via Garibaldi",
        "Piazza del Duomo",
        "Viale Europa",
        "Via Torino",
        "Corso Vittorio Emanuele II",
        "Via dei Mille",
    ],
    "NL": [
        "Keizersgracht",
        "Herengracht",
        "Coolsingel",
        "Stationsplein",
        "Kerkstraat",
        "Dorpsstraat",
        "Laan van Nieuw Oost-Indië",
        "Weena",
    ],
    "PL": [
        "ul. Marszałkowska",
        "ul. Floriańska",
        "al. Jerozolimskie",
        "ul. Długa",
        "ul. Piotrkowska",
        "ul. Świętokrzyska",
        "pl. Grunwaldzki",
    ],
    "JP": ["Marunouchi", "Toranomon", "Umeda", "Minatomirai", "Sakae", "Nihonbashi"],
    "BR": [
        "Av. Paulista",
        "Rua Augusta",
        "Av. Rio Branco",
        "Rua XV de Novembro",
        "Av. Brigadeiro Faria Lima",
        "Rua da Consolação",
    ],
}


def _fill(rng: random.Random, pattern: str) -> str:
    out = []
    for c in pattern:
        if c == "#":
            out.append(str(rng.randint(0, 9)))
        elif c == "A":
            out.append(rng.choice("ABDEFGHJLNPQRSTUWXYZ"))
        else:
            out.append(c)
    return "".join(out)


@dataclass
class Address:
    street: str
    city: str
    region: str
    postal_code: str
    country: str  # ISO alpha-2
    area: str  # landline area code (national, without trunk 0)
    lengths: list = field(default_factory=list)

    def as_dict(self, country_name: bool = False) -> dict:
        d = {
            "street": self.street,
            "city": self.city,
            "region": self.region,
            "postal_code": self.postal_code,
            "country": COUNTRY_NAME[self.country] if country_name else self.country,
        }
        return {k: v for k, v in d.items() if v}

    def lines(self) -> list[str]:
        """As printed on a card / signature, in local order."""
        c = self.country
        if c in ("US",):
            return [self.street, f"{self.city}, {self.region} {self.postal_code}"]
        if c == "GB":
            return [self.street, self.city, self.postal_code]
        if c == "JP":
            return [f"{self.street}, {self.city}", f"{self.postal_code} {COUNTRY_NAME[c]}"]
        if c == "BR":
            return [self.street, f"{self.postal_code} {self.city} - {self.region}"]
        if c == "IT":
            return [self.street, f"{self.postal_code} {self.city} ({self.region})"]
        return [self.street, f"{self.postal_code} {self.city}"]


def make_address(rng: random.Random, country: str) -> Address:
    city, region, pc, area, lengths = rng.choice(CITIES[country])
    st = rng.choice(STREETS[country])
    n = rng.randint(1, 220)
    if country in ("US",):
        street = f"{rng.randint(10, 2999)} {st}"
        if rng.random() < 0.4:
            street += f", Suite {rng.randint(1, 30) * 100}"
    elif country == "GB":
        street = f"{n} {st}"
        if rng.random() < 0.3:
            street = (
                f"Unit {rng.randint(1, 12)}, "
                f"{rng.choice(['Riverside', 'Kingsway', 'Meridian'])} House, " + street
            )
    elif country == "FR":
        street = f"{n}{rng.choice(['', '', ' bis'])} {st}"
    elif country == "ES":
        street = f"{st}, {n}" + rng.choice(["", ", 3º B", ", planta 2", ", 1ª"])
    elif country == "JP":
        street = f"{rng.randint(1, 4)}-{rng.randint(1, 20)}-{rng.randint(1, 30)} {st}"
    elif country == "BR":
        street = f"{st}, {rng.randint(10, 3000)}" + rng.choice(["", " - 5º andar", " - cj. 42"])
    elif country == "PL":
        street = f"{st} {n}" + rng.choice(["", f"/{rng.randint(1, 40)}"])
    else:
        street = f"{st} {n}" + (rng.choice(["", "", "a", "b"]) if country in ("DE", "NL") else "")
    return Address(
        street,
        city,
        region,
        _fill(rng, pc),
        country,
        area.lstrip("0") if country != "IT" else area,
        lengths,
    )


# ---------------------------------------------------------------------------------------------
# phones
# ---------------------------------------------------------------------------------------------


def _valid(e164: str, mobile: bool | None = None) -> bool:
    try:
        n = phonenumbers.parse(e164)
    except phonenumbers.NumberParseException:
        return False
    if not phonenumbers.is_valid_number(n):
        return False
    # +44 7781... is Guernsey, +1 876... Jamaica: keep the number in the country we meant
    if phonenumbers.region_code_for_number(n) not in CC:
        return False
    if mobile is not None:
        t = phonenumbers.number_type(n)
        ok_m = t in (
            phonenumbers.PhoneNumberType.MOBILE,
            phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE,
        )
        ok_f = t in (
            phonenumbers.PhoneNumberType.FIXED_LINE,
            phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE,
        )
        return ok_m if mobile else ok_f
    return True


def _digits(rng: random.Random, n: int, first_nonzero: bool = True) -> str:
    if n <= 0:
        return ""
    first = str(rng.randint(2, 9)) if first_nonzero else str(rng.randint(0, 9))
    return first + "".join(str(rng.randint(0, 9)) for _ in range(n - 1))


def landline(rng: random.Random, addr: Address) -> str:
    """A valid landline E.164 in the address's area."""
    for _ in range(200):
        nsn_len = rng.choice(addr.lengths)
        area = addr.area
        sub = _digits(rng, nsn_len - len(area))
        if addr.country == "US" and sub[:3] in ("555", "911", "411"):
            continue
        e = "+" + CC[addr.country] + area + sub
        if _valid(e, mobile=False):
            return e
    raise RuntimeError(f"no landline for {addr}")


def switchboard_base(rng: random.Random, addr: Address) -> tuple[str, str]:
    """(main number E.164, base for direct dials) in DE/AT style: main = base+'0'."""
    for _ in range(300):
        nsn_len = rng.choice(addr.lengths)
        base = addr.area + _digits(rng, nsn_len - len(addr.area) - 1)
        main = "+" + CC[addr.country] + base + "0"
        if _valid(main, mobile=False) and _valid(
            "+" + CC[addr.country] + base + "123", mobile=False
        ):
            return main, base
    m = landline(rng, addr)
    return m, ""


def direct_dial(rng: random.Random, addr: Address, base: str, used: set) -> tuple[str, str]:
    """(E.164, extension) of a direct dial; DE/AT/CH style uses base+ext when base is given."""
    for _ in range(200):
        if base:
            ext = str(rng.randint(10, 899)) if rng.random() < 0.7 else str(rng.randint(1000, 8999))
            e = "+" + CC[addr.country] + base + ext
            if e not in used and _valid(e, mobile=False):
                used.add(e)
                return e, ext
        else:
            e = landline(rng, addr)
            if e not in used:
                used.add(e)
                return e, ""
    raise RuntimeError("no direct dial")


def mobile(rng: random.Random, country: str) -> str:
    if country == "US":
        return landline(rng, make_address(rng, "US"))
    for _ in range(300):
        prefix, n = rng.choice(MOBILE[country])
        sub = prefix + "".join(str(rng.randint(0, 9)) for _ in range(n - len(prefix)))
        e = "+" + CC[country] + sub
        if _valid(e, mobile=True):
            return e
    raise RuntimeError(f"no mobile for {country}")


_SEPS = {
    "DE": [" ", "/", "-", " "],
    "AT": [" ", "/", " "],
    "CH": [" "],
    "FR": [" ", ".", " "],
    "ES": [" ", ""],
    "IT": [" ", "", "."],
    "NL": [" ", "-"],
    "PL": [" ", "-"],
    "JP": ["-"],
    "BR": [" "],
    "US": ["-", "."],
    "GB": [" "],
}


def national_text(e164: str) -> str:
    n = phonenumbers.parse(e164)
    return phonenumbers.format_number(n, phonenumbers.PhoneNumberFormat.NATIONAL)


def intl_text(e164: str) -> str:
    n = phonenumbers.parse(e164)
    return phonenumbers.format_number(n, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def format_phone(
    rng: random.Random, e164: str, country: str, style: str = "any", ext: str = ""
) -> str:
    """Write a number the way people in ``country`` write it.

    style: 'national' (no country code, as locals write it), 'intl' (+cc), or 'any'.
    """
    if style == "any":
        style = rng.choice(["national", "national", "intl"])
    cc = CC[country]
    nsn = e164[1 + len(cc) :]
    if style == "intl":
        t = intl_text(e164)
        r = rng.random()
        if country in ("DE", "AT", "CH", "FR", "GB", "NL") and r < 0.25 and not nsn.startswith("0"):
            # +49 (0)30 1234567
            parts = t.split(" ", 1)
            t = f"{parts[0]} (0){parts[1]}"
        elif r < 0.35:
            # "0049 ..." is a European habit (00 is the international prefix there)
            t = "00" + t[1:] if country not in ("US", "JP", "BR", "CN") else t
        elif r < 0.5:
            t = (
                t.replace(" ", rng.choice(["-", ".", " ", ""]))
                if country != "US"
                else t.replace(" ", "-", 1)
            )
            if (
                t.count("+") == 1
                and t[1:].replace("-", "").replace(".", "").isdigit()
                and rng.random() < 0.5
            ):
                t = "+" + cc + " " + t[1 + len(cc) :].lstrip("-. ")
        if ext:
            t += rng.choice(
                [f"-{ext}", f" ext. {ext}", f" x{ext}", f" DW {ext}"]
                if country in ("DE", "AT")
                else [f" ext. {ext}", f" x{ext}"]
            )
        return t
    t = national_text(e164)
    seps = _SEPS.get(country, [" "])
    sep = rng.choice(seps)
    if country == "DE" or country == "AT":
        # "030 12345678" -> "030/12345678", "030-123456-78", "(030) 1234 5678"
        area, _, rest = t.partition(" ")
        r = rng.random()
        if r < 0.15:
            t = f"({area}) {rest}"
        elif r < 0.3 and len(rest) >= 6:
            t = (
                f"{area}{sep}{rest[:-2]} {rest[-2:]}"
                if sep != " "
                else f"{area} {rest[:-4]} {rest[-4:]}"
            )
        else:
            t = f"{area}{sep}{rest}"
    elif country == "US":
        r = rng.random()
        d = nsn
        if r < 0.5:
            t = f"({d[:3]}) {d[3:6]}-{d[6:]}"
        elif r < 0.8:
            t = f"{d[:3]}{sep}{d[3:6]}{sep}{d[6:]}"
        else:
            t = f"1-{d[:3]}-{d[3:6]}-{d[6:]}"
    elif sep != " " and country not in ("JP", "BR", "GB", "CH"):
        t = t.replace(" ", sep)
    if ext:
        if country in ("DE", "AT") and rng.random() < 0.6:
            t += f"-{ext}"
        else:
            t += rng.choice(
                [
                    f" ext. {ext}",
                    f" x{ext}",
                    f" (ext. {ext})",
                    f" int. {ext}" if country == "IT" else f" x{ext}",
                ]
            )
    return t


def switchboard_text(rng: random.Random, main: str, base: str, country: str, style: str) -> str:
    """German-style central number: '030 12345-0' / '+49 30 12345-0'."""
    if base and country in ("DE", "AT") and rng.random() < 0.6:
        n = phonenumbers.parse(main)
        alen = phonenumbers.length_of_geographical_area_code(n)
        nsn = phonenumbers.national_significant_number(n)
        area, rest = nsn[:alen], nsn[alen:-1]
        if style == "intl":
            return f"+{CC[country]} {area} {rest}-0"
        return f"0{area} {rest}-0"
    return format_phone(rng, main, country, style)


def typed_phone(rng: random.Random, e164: str, country: str) -> str:
    """A number as typed into a phone's address book (often bare digits)."""
    cc = CC[country]
    nsn = e164[1 + len(cc) :]
    # no trunk prefix to add: Spain, Poland, Italy (the 0 is part of the number), Brazil (carrier)
    trunk = "" if country in ("IT", "US", "ES", "PL", "BR", "CN") else "0"
    if country == "US":
        trunk = rng.choice(["", "1"])
    r = rng.random()
    if r < 0.35:
        return trunk + nsn
    if r < 0.6:
        return e164
    if r < 0.7 and country not in ("US", "JP", "BR", "CN"):
        return "00" + cc + nsn
    return format_phone(rng, e164, country, "national")


# ---------------------------------------------------------------------------------------------
# companies
# ---------------------------------------------------------------------------------------------

_WORDS = [
    "Nordwind",
    "Alpenblick",
    "Rheintal",
    "Sonnenfeld",
    "Hansewerk",
    "Kranich",
    "Elbtal",
    "Aurora",
    "Meridian",
    "Vantage",
    "Corvus",
    "Lumen",
    "Sirio",
    "Orbis",
    "Altair",
    "Helix",
    "Cobalt",
    "Kestrel",
    "Solano",
    "Vela",
    "Tessera",
    "Brightwater",
    "Northgate",
    "Ironbridge",
    "Falcon",
    "Delta",
    "Atlas",
    "Pioneer",
    "Evergreen",
    "Summit",
    "Quantum",
    "Nexus",
    "Zenit",
    "Fenix",
    "Iberia",
    "Tramontana",
    "Levante",
    "Poseidon",
    "Prisma",
    "Vesta",
    "Wisła",
    "Orzeł",
    "Polaris",
    "Nova",
    "Sakura",
    "Fuji",
    "Hikari",
    "Taiyō",
    "Amazonas",
    "Ipê",
    "Horizonte",
    "Tulp",
    "Zeeland",
    "Oranje",
    "Molen",
    "Vlinder",
    "Etoile",
    "Azur",
    "Lumière",
    "Mistral",
    "Garonne",
    "Vesuvio",
    "Dolomiti",
    "Aquila",
    "Lince",
    "Bellavista",
]

_WORDS_GENERIC = [
    "Aurora",
    "Meridian",
    "Vantage",
    "Orbis",
    "Altair",
    "Helix",
    "Cobalt",
    "Nexus",
    "Atlas",
    "Delta",
    "Quantum",
    "Polaris",
    "Nova",
    "Vesta",
    "Prisma",
    "Lumen",
    "Zenith",
]
_WORDS_LOCAL = {
    "DE": [
        "Nordwind",
        "Alpenblick",
        "Rheintal",
        "Sonnenfeld",
        "Hansewerk",
        "Kranich",
        "Elbtal",
        "Spreetal",
        "Brückner",
        "Taunus",
        "Weserland",
        "Schwarzwald",
    ],
    "AT": ["Donautal", "Alpenglühen", "Wachau", "Tauern"],
    "CH": ["Säntis", "Helvetia", "Limmat", "Jura", "Pilatus"],
    "GB": [
        "Brightwater",
        "Northgate",
        "Ironbridge",
        "Kestrel",
        "Thameside",
        "Pennine",
        "Harrowfield",
    ],
    "US": [
        "Falcon",
        "Pioneer",
        "Evergreen",
        "Summit",
        "Redwood",
        "Bluebonnet",
        "Lakeshore",
        "Keystone",
    ],
    "FR": ["Etoile", "Azur", "Lumière", "Mistral", "Garonne", "Val de Loire", "Armor", "Cévennes"],
    "ES": ["Iberia", "Tramontana", "Levante", "Solano", "Guadalquivir", "Cantábrico", "Albufera"],
    "IT": ["Vesuvio", "Dolomiti", "Aquila", "Lince", "Bellavista", "Sirio", "Tirreno", "Adige"],
    "NL": ["Tulp", "Zeeland", "Oranje", "Molen", "Vlinder", "Waddenzee", "Polderland"],
    "PL": ["Wisła", "Orzeł", "Tatry", "Bałtyk", "Mazowsze", "Jantar", "Sokół"],
    "JP": ["Sakura", "Fuji", "Hikari", "Taiyo", "Midori", "Asahi", "Nippon Seiki"],
    "BR": ["Amazonas", "Ipê", "Horizonte", "Cerrado", "Pantanal", "Guanabara", "Tupi"],
}

_INDUSTRY = {
    "DE": [
        "Maschinenbau",
        "Logistik",
        "Elektrotechnik",
        "Software",
        "Verpackung",
        "Medizintechnik",
        "Antriebstechnik",
        "Kunststofftechnik",
        "Energie",
        "Präzisionsteile",
    ],
    "AT": ["Holzbau", "Logistik", "Anlagenbau", "Software"],
    "CH": ["Feinmechanik", "Treuhand", "Medtech", "Uhrenteile"],
    "GB": ["Engineering", "Logistics", "Analytics", "Consulting", "Systems", "Packaging"],
    "US": ["Technologies", "Logistics", "Analytics", "Industrial Supply", "Biosciences", "Systems"],
    "FR": ["Ingénierie", "Logistique", "Conseil", "Emballages", "Métallurgie", "Informatique"],
    "ES": ["Ingeniería", "Logística", "Consultoría", "Envases", "Sistemas", "Distribución"],
    "IT": ["Meccanica", "Logistica", "Consulenza", "Imballaggi", "Sistemi", "Elettronica"],
    "NL": ["Techniek", "Logistiek", "Advies", "Verpakkingen", "Systemen", "Installatietechniek"],
    "PL": ["Logistyka", "Technologie", "Systemy", "Opakowania", "Inżynieria", "Automatyka"],
    "JP": ["Shoji", "Seisakusho", "Denki", "Kogyo", "Sangyo", "Tsusho"],
    "BR": ["Logística", "Tecnologia", "Engenharia", "Embalagens", "Sistemas", "Distribuidora"],
}

_PATTERNS = {
    "DE": [
        "{F} {I} GmbH",
        "{F} & {F2} GmbH & Co. KG",
        "{W} AG",
        "{W}-Werke GmbH",
        "{F} {I} SE",
        "{W} {I} GmbH",
        "{F} GmbH & Co. KG",
    ],
    "AT": ["{F} {I} GmbH", "{W} AG", "{F} & Söhne KG"],
    "CH": ["{W} AG", "{F} {I} GmbH", "{W} SA", "{F} & Cie Sàrl"],
    "GB": ["{F} & {F2} Ltd", "{W} Holdings plc", "{W} {I} Ltd", "{W} {I} Limited", "{F} {I} LLP"],
    "US": [
        "{W} Inc.",
        "{W} {I}, Inc.",
        "{F} & Associates LLC",
        "{W} Corp.",
        "{W} {I} Corporation",
        "{F} {I} Co.",
    ],
    "FR": [
        "{W} SAS",
        "{F} et Fils SARL",
        "{W} {I} S.A.",
        "{W} S.A.R.L.",
        "Groupe {W}",
        "{F} {I} SAS",
    ],
    "ES": [
        "{W} S.L.",
        "{F} y Asociados S.L.",
        "{I} {W} S.A.",
        "{W} Ibérica S.L.U.",
        "{F} {I} S.L.",
    ],
    "IT": ["{W} S.p.A.", "{F} & C. S.n.c.", "{W} S.r.l.", "{I} {W} S.r.l.", "{F} {I} S.p.A."],
    "NL": ["{W} B.V.", "{F} & Zonen B.V.", "{W} Groep N.V.", "{W} Holding B.V.", "{F} {I} B.V."],
    "PL": ["{W} Sp. z o.o.", "{W} S.A.", "{F} i Wspólnicy Sp.k.", "{I} {W} Sp. z o.o.", "PPHU {W}"],
    "JP": [
        "{W} Co.,Ltd.",
        "{F} {I} K.K.",
        "{F} {I} Co., Ltd.",
        "{W} Corporation",
        "{W} {I} Co.,Ltd.",
    ],
    "BR": ["{W} Ltda.", "{W} S.A.", "{F} {I} Ltda.", "{W} {I} Ltda.", "{F} & Filhos Ltda."],
}

LEGAL_FORMS = [
    "GmbH & Co. KG",
    "S.A.R.L.",
    "S.p.A.",
    "S.r.l.",
    "S.n.c.",
    "Sp. z o.o.",
    "Sp.k.",
    "Co.,Ltd.",
    "Co., Ltd.",
    "K.K.",
    "B.V.",
    "N.V.",
    "GmbH",
    "AG",
    "SE",
    "KG",
    "Ltd",
    "Limited",
    "plc",
    "LLP",
    "LLC",
    "Inc.",
    "Corp.",
    "Corporation",
    "Co.",
    "SAS",
    "SARL",
    "S.A.",
    "S.L.U.",
    "S.L.",
    "Ltda.",
    "Sàrl",
    "SA",
    "PPHU",
]

TLD = {
    "DE": "de",
    "AT": "at",
    "CH": "ch",
    "GB": "co.uk",
    "US": "com",
    "FR": "fr",
    "ES": "es",
    "IT": "it",
    "NL": "nl",
    "PL": "pl",
    "JP": "co.jp",
    "BR": "com.br",
}

ROLE_LOCALS = {
    "US": ["info", "sales", "support", "office", "contact", "hello", "accounts"],
    "GB": ["info", "enquiries", "sales", "accounts", "office", "hello"],
    "DE": ["info", "vertrieb", "kontakt", "zentrale", "einkauf", "buchhaltung", "service"],
    "AT": ["office", "info", "vertrieb", "einkauf"],
    "CH": ["info", "verkauf", "kontakt", "office"],
    "FR": ["contact", "commercial", "info", "accueil", "direction", "compta"],
    "ES": ["info", "contacto", "ventas", "administracion", "comercial", "pedidos"],
    "IT": ["info", "commerciale", "amministrazione", "vendite", "acquisti", "segreteria"],
    "NL": ["info", "verkoop", "contact", "administratie", "inkoop"],
    "PL": ["biuro", "info", "sprzedaz", "kontakt", "handlowy", "sekretariat"],
    "JP": ["info", "sales", "contact", "eigyo", "soumu"],
    "BR": ["contato", "vendas", "comercial", "financeiro", "atendimento"],
}

EMAIL_FORMATS = [
    "first.last",
    "first.last",
    "first.last",
    "flast",
    "f.last",
    "first",
    "firstl",
    "last",
    "first_last",
    "last.first",
]


def strip_legal(name: str) -> str:
    s = name
    for lf in sorted(LEGAL_FORMS, key=len, reverse=True):
        if s.endswith(" " + lf) or s.endswith("," + lf):
            s = s[: -len(lf)].rstrip(" ,")
            break
    return s


@dataclass
class Company:
    id: str
    country: str
    name: str
    domain: str
    address: Address
    main_e164: str
    dd_base: str
    fax_e164: str
    email_format: str
    web: str
    role_locals: list
    alt_domain: str = ""
    used_phones: set = field(default_factory=set)
    used_locals: dict = field(default_factory=dict)

    def short_name(self) -> str:
        return strip_legal(self.name)


def make_company(rng: random.Random, cid: str, country: str, used_domains: set) -> Company:
    fam_loc = country if country in FAMILY else "DE"
    f = split_particle(rng.choice(FAMILY[fam_loc][:40]))[1].replace("'", "")
    f2 = split_particle(rng.choice(FAMILY[fam_loc][:40]))[1].replace("'", "")
    w = rng.choice(_WORDS_LOCAL.get(country, []) + _WORDS_GENERIC)
    i = rng.choice(_INDUSTRY[country])
    name = rng.choice(_PATTERNS[country]).format(F=f, F2=f2, W=w, I=i)
    if country == "JP":
        name = strip_accents(name)
    base = strip_legal(name)
    tld = TLD[country]
    if country in ("DE", "GB", "NL", "FR") and rng.random() < 0.2:
        tld = "com"
    skip = {"pphu", "groupe", "holdings", "holding", "groep", "und", "et", "y", "i", "e"}
    words = [
        slug(x)
        for x in base.replace("&", " ").replace("-", " ").split()
        if slug(x) and slug(x) not in skip
    ]
    r = rng.random()
    if r < 0.45:
        stem = words[0]
    elif r < 0.75:
        stem = "".join(words[:2])
    elif r < 0.9:
        stem = "-".join(words[:2])
    else:
        stem = "".join(x[0] for x in words) + ("group" if len(words) < 3 else "")
    cands = [
        stem,
        "".join(words[:2]),
        "-".join(words[:2]),
        "".join(words[:3]),
        "".join(x[0] for x in words) + words[0],
    ]
    domain = ""
    for st in cands:
        if st and f"{st}.{tld}" not in used_domains:
            domain = f"{st}.{tld}"
            break
    k = 2
    while not domain or domain in used_domains:
        tail = rng.choice(["-group", "-online", "-gmbh" if country == "DE" else "-co", str(k)])
        domain = f"{stem}{tail}.{tld}"
        k += 1
    used_domains.add(domain)
    addr = make_address(rng, country)
    if country in ("DE", "AT") and rng.random() < 0.75:
        main, base_dd = switchboard_base(rng, addr)
    else:
        main, base_dd = landline(rng, addr), ""
    fax = landline(rng, addr)
    if base_dd and rng.random() < 0.7:
        fax = "+" + CC[country] + base_dd + str(rng.choice([9, 99, 199, 299]))
        if not _valid(fax, mobile=False):
            fax = landline(rng, addr)
    web = rng.choice(
        [
            f"www.{domain}",
            f"https://www.{domain}",
            f"http://www.{domain}/",
            f"{domain}",
            f"https://{domain}/{rng.choice(['en', 'de', 'contact', ''])}",
        ]
    )
    roles = rng.sample(ROLE_LOCALS[country], k=min(3, len(ROLE_LOCALS[country])))
    return Company(
        cid, country, name, domain, addr, main, base_dd, fax, rng.choice(EMAIL_FORMATS), web, roles
    )


def email_local(fmt: str, given: str, family: str, locale: str) -> str:
    g = given.split()[0]
    fam = (
        split_particle(family)[1]
        if locale not in ("NL",)
        else family.replace(" ", "").replace("'", "")
    )
    if locale in ("ES",):
        fam = fam.split()[0]  # first surname
    if locale == "BR":
        fam = family.split()[-1]
    g = (
        slug(g)
        if locale in ("DE", "AT", "CH")
        else "".join(c for c in strip_accents(g).lower() if c.isalnum())
    )
    f = (
        slug(fam)
        if locale in ("DE", "AT", "CH")
        else "".join(c for c in strip_accents(fam).lower() if c.isalnum())
    )
    if locale == "JP":
        f = slug(strip_accents(family))
        g = slug(strip_accents(given.replace("'", "")))
    return {
        "first.last": f"{g}.{f}",
        "flast": f"{g[:1]}{f}",
        "f.last": f"{g[:1]}.{f}",
        "first": g,
        "firstl": f"{g}{f[:1]}",
        "last": f,
        "first_last": f"{g}_{f}",
        "last.first": f"{f}.{g}",
    }[fmt]


PERSONAL_DOMAINS = {
    "US": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "comcast.net"],
    "GB": ["gmail.com", "btinternet.com", "hotmail.co.uk", "outlook.com", "sky.com"],
    "DE": ["gmail.com", "web.de", "gmx.de", "t-online.de", "gmx.net", "posteo.de"],
    "AT": ["gmx.at", "aon.at", "gmail.com"],
    "CH": ["bluewin.ch", "gmx.ch", "gmail.com"],
    "FR": ["gmail.com", "orange.fr", "free.fr", "wanadoo.fr", "laposte.net", "sfr.fr"],
    "ES": ["gmail.com", "hotmail.es", "yahoo.es", "telefonica.net", "outlook.es"],
    "IT": ["gmail.com", "libero.it", "virgilio.it", "tiscali.it", "alice.it"],
    "NL": ["gmail.com", "ziggo.nl", "kpnmail.nl", "hotmail.nl", "xs4all.nl"],
    "PL": ["gmail.com", "wp.pl", "onet.pl", "o2.pl", "interia.pl"],
    "JP": ["gmail.com", "yahoo.co.jp", "docomo.ne.jp", "ezweb.ne.jp", "nifty.com"],
    "BR": ["gmail.com", "uol.com.br", "bol.com.br", "hotmail.com", "terra.com.br"],
}

# ---------------------------------------------------------------------------------------------
# titles and departments
# ---------------------------------------------------------------------------------------------

TITLES = {
    "EN": [
        "Head of Procurement",
        "Sales Manager",
        "VP, Business Development",
        "Senior Software Engineer",
        "Chief Financial Officer",
        "Account Executive",
        "Purchasing Manager",
        "Director of Operations",
        "Engineer, chemical",
        "Managing Director",
        "Office Manager",
        "Regional Sales Director, EMEA",
        "Product Manager",
        "Marketing Coordinator",
        "Buyer",
        "Senior Buyer",
        "Plant Manager",
        "Controller",
        "Partner",
        "Quality Assurance Lead",
        "CEO",
        "CTO",
        "Operations Analyst",
    ],
    "DE": [
        "Geschäftsführer",
        "Leiter Einkauf",
        "Vertriebsleiter",
        "Key Account Manager",
        "Prokurist",
        "Technischer Leiter",
        "Sachbearbeiter Buchhaltung",
        "Projektingenieur",
        "Einkäufer",
        "Leiter Qualitätssicherung",
        "Vertriebsinnendienst",
        "Assistenz der Geschäftsführung",
        "Bereichsleiter Logistik",
        "Entwicklungsingenieur",
        "Vorstand",
    ],
    "FR": [
        "Directeur commercial",
        "Responsable des achats",
        "Ingénieur d'affaires",
        "Chef de projet",
        "Président-directeur général",
        "Assistante de direction",
        "Directeur administratif et financier",
        "Acheteur",
        "Responsable logistique",
        "Technico-commercial",
        "Contrôleur de gestion",
    ],
    "ES": [
        "Director Comercial",
        "Jefe de Compras",
        "Responsable de Logística",
        "Gerente",
        "Ingeniero de Proyectos",
        "Directora de Recursos Humanos",
        "Técnico Comercial",
        "Administrativa",
        "Director General",
        "Responsable de Calidad",
    ],
    "IT": [
        "Direttore Commerciale",
        "Responsabile Acquisti",
        "Amministratore Delegato",
        "Ingegnere di processo",
        "Responsabile Ufficio Tecnico",
        "Export Manager",
        "Responsabile Amministrativo",
        "Buyer",
        "Area Manager",
        "Titolare",
    ],
    "NL": [
        "Directeur",
        "Inkoper",
        "Accountmanager",
        "Hoofd Verkoop",
        "Projectleider",
        "Commercieel Directeur",
        "Office Manager",
        "Technisch Adviseur",
        "Financieel Controller",
    ],
    "PL": [
        "Dyrektor Handlowy",
        "Kierownik Działu Zakupów",
        "Specjalista ds. Sprzedaży",
        "Prezes Zarządu",
        "Inżynier Projektu",
        "Główna Księgowa",
        "Kierownik Logistyki",
        "Przedstawiciel Handlowy",
    ],
    "JP": [
        "General Manager, Sales Division",
        "Section Chief",
        "Manager, Overseas Sales Dept.",
        "President & CEO",
        "Assistant Manager",
        "Senior Engineer",
        "Director, Purchasing",
    ],
    "BR": [
        "Diretor Comercial",
        "Gerente de Compras",
        "Analista de Suprimentos",
        "Coordenador de Logística",
        "Engenheiro de Processos",
        "Gerente Geral",
        "Assistente Administrativo",
    ],
}

DEPARTMENTS = {
    "EN": [
        "Sales",
        "Procurement",
        "Engineering",
        "Finance",
        "Operations",
        "Marketing",
        "IT",
        "Human Resources",
        "Engineering Excellence",
        "Management Section",
        "Supply Chain",
    ],
    "DE": [
        "Vertrieb",
        "Einkauf",
        "Entwicklung",
        "Buchhaltung",
        "Logistik",
        "Geschäftsführung",
        "Qualitätsmanagement",
        "Konstruktion",
    ],
    "FR": [
        "Service commercial",
        "Achats",
        "Direction technique",
        "Comptabilité",
        "Logistique",
        "Direction générale",
    ],
    "ES": [
        "Departamento Comercial",
        "Compras",
        "Ingeniería",
        "Administración",
        "Logística",
        "Dirección",
    ],
    "IT": [
        "Ufficio Commerciale",
        "Ufficio Acquisti",
        "Ufficio Tecnico",
        "Amministrazione",
        "Logistica",
    ],
    "NL": ["Verkoop", "Inkoop", "Techniek", "Financiën", "Logistiek", "Directie"],
    "PL": [
        "Dział Handlowy",
        "Dział Zakupów",
        "Dział Techniczny",
        "Księgowość",
        "Logistyka",
        "Zarząd",
    ],
    "JP": [
        "Sales Division",
        "Overseas Sales Dept.",
        "Purchasing Dept.",
        "Engineering Dept.",
        "Management Section",
        "General Affairs Dept.",
    ],
    "BR": ["Comercial", "Suprimentos", "Engenharia", "Financeiro", "Logística", "Diretoria"],
}


def title_lang(country: str) -> str:
    lang = LANG[country]
    return "EN" if lang == "EN" else lang


# ---------------------------------------------------------------------------------------------
# OCR-like slips
# ---------------------------------------------------------------------------------------------

OCR_LETTER = {
    "O": "0",
    "0": "O",
    "l": "1",
    "1": "l",
    "I": "l",
    "i": "l",
    "S": "5",
    "5": "S",
    "B": "8",
    "8": "B",
    "rn": "m",
    "m": "rn",
    "e": "c",
    "c": "e",
    "a": "o",
    "u": "ü",
    "é": "e",
    "g": "q",
    "h": "b",
    "Z": "2",
    "2": "Z",
    "G": "6",
    "6": "G",
    "7": "1",
    ".": ",",
    "-": "—",
}


def ocr_slip(rng: random.Random, s: str, n: int = 1) -> str:
    for _ in range(n):
        cands = []
        for k in OCR_LETTER:
            start = 0
            while True:
                i = s.find(k, start)
                if i < 0:
                    break
                cands.append((i, k))
                start = i + 1
        if not cands:
            return s
        cands.sort()
        i, k = rng.choice(cands)
        s = s[:i] + OCR_LETTER[k] + s[i + len(k) :]
    return s


def typo(rng: random.Random, s: str) -> str:
    """A keyboard slip: transposition, doubled or dropped letter."""
    if len(s) < 4:
        return s
    i = rng.randint(1, len(s) - 2)
    r = rng.random()
    if r < 0.4 and s[i].isalpha() and s[i + 1].isalpha():
        return s[:i] + s[i + 1] + s[i] + s[i + 2 :]
    if r < 0.7 and s[i].isalpha():
        return s[:i] + s[i] + s[i:]
    if s[i].isalpha():
        return s[:i] + s[i + 1 :]
    return s
