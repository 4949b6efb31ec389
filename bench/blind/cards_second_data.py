"""Vocabulary for cards_second.py: names, titles, companies, towns, labels.

Everything here is plain data (lists/tuples/dicts with insertion order) so
that random choices are deterministic for a given seed.
"""

from __future__ import annotations


def _w(s: str) -> list[str]:
    """Split a '|'-separated string into a list of stripped items."""
    return [x.strip() for x in s.split("|") if x.strip()]


def _g(s: str) -> list[str]:
    """Split ';'-separated gendered entries 'male|female' into 'male\tfemale' items."""
    return [x.strip().replace("|", "\t") for x in s.split(";") if x.strip()]


# ---------------------------------------------------------------- people
# per country: (male given, female given, family names)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "US": (
        _w(
            "James|Michael|Robert|David|William|Christopher|Daniel|Matthew|Anthony|Joshua|Andrew|Brian|Kevin|Jason|Tyler|Brandon|Ethan|Nathan|Marcus|Derek|Trevor|Luis|Carlos|Raj|Kenneth|Gregory"
        ),
        _w(
            "Jennifer|Jessica|Ashley|Sarah|Emily|Amanda|Megan|Lauren|Rachel|Stephanie|Nicole|Heather|Kimberly|Brittany|Danielle|Madison|Olivia|Kayla|Courtney|Alexis|Priya|María|Tiffany|Lindsey"
        ),
        _w(
            "Smith|Johnson|Williams|Brown|Jones|Miller|Davis|Wilson|Anderson|Taylor|Thomas|Moore|Martin|Jackson|Thompson|White|Harris|Clark|Lewis|Robinson|Walker|Young|Allen|King|Wright|Scott|Hill|Green|Adams|Baker|Nelson|Carter|Mitchell|Roberts|Campbell|Parker|Evans|Edwards|Collins|Stewart|Morris|Reed|Cook|Bailey|Rivera|Cooper|Richardson|Cox|Howard|Ward|Peterson|Gray|Ramirez|Kowalczyk|Nguyen|Patel|O'Connor|McAllister|DeMarco|Fitzgerald"
        ),
    ),
    "GB": (
        _w(
            "Oliver|George|Harry|Jack|Charlie|Thomas|James|William|Henry|Alfie|Edward|Rupert|Hugh|Alistair|Callum|Gareth|Rhys|Dominic|Simon|Nigel|Graham|Stuart|Ian|Niall"
        ),
        _w(
            "Amelia|Olivia|Isla|Emily|Poppy|Sophie|Charlotte|Harriet|Imogen|Eleanor|Fiona|Gemma|Kirsty|Rebecca|Joanne|Hannah|Lucy|Siân|Niamh|Catriona|Philippa|Zoë|Victoria|Bethan"
        ),
        _w(
            "Smith|Jones|Taylor|Brown|Williams|Wilson|Johnson|Davies|Robinson|Wright|Thompson|Evans|Walker|White|Roberts|Green|Hall|Wood|Jackson|Clarke|Hughes|Edwards|Lewis|Harrison|Turner|Ashworth|Pemberton|Fairbairn|Whitfield|Llewellyn|Cartwright|Blackwood|Hargreaves|Sutcliffe|MacLeod|McKenzie|Fraser|Ó Briain|Bennett-Jones|Featherstonehaugh|Okafor|Chaudhry|Pritchard|Ramsay"
        ),
    ),
    "DE": (
        _w(
            "Thomas|Michael|Andreas|Stefan|Christian|Markus|Matthias|Alexander|Jörg|Jürgen|Uwe|Björn|Sebastian|Tobias|Florian|Maximilian|Lukas|Jan-Hendrik|Klaus|Dieter|Günther|Ralf|Hans-Peter|Moritz|Timo|Kai"
        ),
        _w(
            "Sabine|Petra|Claudia|Andrea|Susanne|Nicole|Stefanie|Katrin|Anja|Julia|Anna|Lena|Jana|Birgit|Ute|Dörte|Annika|Franziska|Sophie|Marie-Luise|Johanna|Bärbel|Silke|Kerstin|Miriam"
        ),
        _w(
            "Müller|Schmidt|Schneider|Fischer|Weber|Meyer|Wagner|Becker|Schulz|Hoffmann|Schäfer|Koch|Bauer|Richter|Klein|Wolf|Schröder|Neumann|Schwarz|Zimmermann|Braun|Krüger|Hofmann|Hartmann|Lange|Schmitt|Werner|Krause|Köhler|Jäger|Groß|Weiß|Günther|Böhm|Kühn|Lehmann|Fuchs|Vogt|Brandt|von Bülow|Oßwald|Dürr|Süßmuth|Haßelbach|Pöschl|Erdoğan|Kowalski|Scholz-Reiter|Lindemann|Eichhorn"
        ),
    ),
    "FR": (
        _w(
            "Jean|Pierre|Philippe|Nicolas|Thomas|Julien|Mathieu|François|Sébastien|Stéphane|Jérôme|Olivier|Laurent|Antoine|Benoît|Hervé|Loïc|Grégoire|Jean-Baptiste|Cédric|Rémi|Théo|Hugo|Yannick"
        ),
        _w(
            "Marie|Nathalie|Isabelle|Sylvie|Catherine|Sophie|Céline|Aurélie|Émilie|Camille|Claire|Hélène|Élodie|Manon|Chloé|Léa|Inès|Anaïs|Mélanie|Bérénice|Marie-Hélène|Agnès|Françoise|Solène"
        ),
        _w(
            "Martin|Bernard|Dubois|Thomas|Robert|Richard|Petit|Durand|Leroy|Moreau|Simon|Laurent|Lefèvre|Michel|Garcia|David|Bertrand|Roux|Vincent|Fournier|Morel|Girard|André|Lefebvre|Mercier|Dupont|Lambert|Bonnet|François|Martinez|Legrand|Garnier|Faure|Rousseau|Blanc|Guérin|Muller|Henry|Roussel|Nicolas|Perrin|Morin|Mathieu|Clément|Gauthier|Dumont|Lopez|Fontaine|Chevalier|Robin|de La Fontaine|Le Goff|Bénard|Côté|Prévost|Lemaître"
        ),
    ),
    "IT": (
        _w(
            "Marco|Giuseppe|Giovanni|Luca|Andrea|Francesco|Alessandro|Matteo|Lorenzo|Stefano|Davide|Simone|Federico|Riccardo|Paolo|Roberto|Niccolò|Gianluca|Pierpaolo|Emanuele|Fabrizio|Massimo"
        ),
        _w(
            "Giulia|Francesca|Chiara|Sara|Valentina|Alessandra|Federica|Silvia|Elisa|Martina|Laura|Paola|Elena|Giorgia|Serena|Ilaria|Beatrice|Roberta|Monica|Antonella|Lucrezia|Benedetta"
        ),
        _w(
            "Rossi|Russo|Ferrari|Esposito|Bianchi|Romano|Colombo|Ricci|Marino|Greco|Bruno|Gallo|Conti|De Luca|Mancini|Costa|Giordano|Rizzo|Lombardi|Moretti|Barbieri|Fontana|Santoro|Mariani|Rinaldi|Caruso|Ferrara|Galli|Martini|Leone|Longo|Gentile|Martinelli|Vitale|Serra|D'Angelo|Dell'Acqua|Fabbri|Zanetti|Castelli|Pellegrini|Sartori|Benedetti|Negri|Palumbo"
        ),
    ),
    "ES": (
        _w(
            "Antonio|José|Manuel|Francisco|David|Javier|Daniel|Carlos|Jesús|Alejandro|Miguel|Rafael|Pablo|Sergio|Álvaro|Iñaki|Jorge|Raúl|Íñigo|Adrián|Óscar|Rubén|Juan Carlos|Jordi"
        ),
        _w(
            "María|Carmen|Ana|Laura|Isabel|Lucía|Cristina|Marta|Elena|Paula|Sara|Raquel|Beatriz|Nuria|Silvia|Rocío|Inés|Begoña|Montserrat|Ainhoa|María José|Ángela|Sofía|Irene"
        ),
        _w(
            "García|González|Rodríguez|Fernández|López|Martínez|Sánchez|Pérez|Gómez|Martín|Jiménez|Ruiz|Hernández|Díaz|Moreno|Muñoz|Álvarez|Romero|Alonso|Gutiérrez|Navarro|Torres|Domínguez|Vázquez|Ramos|Gil|Ramírez|Serrano|Blanco|Molina|Morales|Suárez|Ortega|Delgado|Castro|Ortiz|Rubio|Marín|Sanz|Núñez|Iglesias|Medina|Garrido|Cortés|Castillo|Santos|Lozano|Guerrero|Cano|Prieto|Méndez|Cruz|Calvo|Gallego|Vidal|Peña|Echeverría|Urquijo|Ibáñez"
        ),
    ),
    "NL": (
        _w(
            "Jan|Pieter|Johannes|Willem|Hendrik|Daan|Sem|Thijs|Bram|Ruben|Jeroen|Maarten|Joost|Sander|Niels|Bas|Wouter|Koen|Stijn|Gijs|Teun|Floris"
        ),
        _w(
            "Anna|Emma|Sophie|Julia|Lisa|Sanne|Eva|Femke|Anouk|Lotte|Iris|Marloes|Esther|Ingrid|Noor|Fleur|Zoë|Mirjam|Marieke|Annelies|Ilse|Charlotte"
        ),
        _w(
            "de Jong|Jansen|de Vries|van den Berg|van Dijk|Bakker|Janssen|Visser|Smit|Meijer|de Boer|Mulder|de Groot|Bos|Vos|Peters|Hendriks|van Leeuwen|Dekker|Brouwer|de Wit|Dijkstra|Smits|de Graaf|van der Meer|van der Linden|Kok|Jacobs|de Haan|Vermeulen|van den Heuvel|van der Veen|van den Broek|de Bruijn|Schouten|van Beek|Willems|van Vliet|Hoekstra|Maas|Verhoeven|Koster|Prins|Kuijpers|Huisman|Wijnands|IJzerman"
        ),
    ),
    "CH": (
        _w(
            "Daniel|Peter|Thomas|Martin|Christian|Andreas|Marco|Beat|Urs|Reto|Lukas|Stefan|Luca|Nicolas|Mathias|Fabian|Adrian|Patrick|Jean-Marc|Pascal|Dominik"
        ),
        _w(
            "Maria|Anna|Ursula|Sandra|Ruth|Monika|Barbara|Nicole|Daniela|Corinne|Laura|Sarah|Nadine|Claudia|Franziska|Céline|Chiara|Mélanie|Regula|Brigitte|Andrea"
        ),
        _w(
            "Müller|Meier|Schmid|Keller|Weber|Huber|Schneider|Meyer|Steiner|Fischer|Gerber|Brunner|Baumann|Frei|Zimmermann|Moser|Widmer|Wyss|Graf|Roth|Bühler|Bachmann|Lüthi|Zürcher|Kälin|Hürlimann|Märki|Rochat|Favre|Bonvin|Zbinden|Aebischer|Lötscher|Gasser|Imhof|Tschopp|Rüegg|Brändli|Bernasconi|Pfister"
        ),
    ),
    "AT": (
        _w(
            "Lukas|Florian|Maximilian|David|Tobias|Stefan|Christoph|Wolfgang|Johann|Markus|Gerhard|Herbert|Bernhard|Clemens|Dominik|Georg|Harald|Reinhard|Alois|Matthias|Jakob"
        ),
        _w(
            "Anna|Katharina|Lisa|Sarah|Julia|Elisabeth|Theresa|Magdalena|Barbara|Verena|Sabine|Birgit|Christina|Andrea|Claudia|Hannah|Sophie|Marlene|Romana|Ingrid|Waltraud"
        ),
        _w(
            "Gruber|Huber|Bauer|Wagner|Müller|Pichler|Steiner|Moser|Mayer|Hofer|Leitner|Berger|Fuchs|Eder|Fischer|Schmid|Winkler|Weber|Schwarz|Maier|Schneider|Reiter|Mayr|Schmidt|Wimmer|Egger|Brunner|Lang|Baumgartner|Auer|Binder|Lechner|Wolf|Wallner|Aigner|Ebner|Koller|Lehner|Haas|Schuster|Hölzl|Pötzl|Strauß|Grünwald|Österreicher"
        ),
    ),
    "PL": (
        _w(
            "Piotr|Krzysztof|Andrzej|Tomasz|Paweł|Michał|Marcin|Łukasz|Jakub|Grzegorz|Mateusz|Adam|Rafał|Wojciech|Przemysław|Maciej|Sławomir|Bartłomiej|Mikołaj|Jarosław|Dariusz"
        ),
        _w(
            "Anna|Katarzyna|Małgorzata|Agnieszka|Barbara|Ewa|Magdalena|Joanna|Aleksandra|Monika|Zofia|Justyna|Natalia|Agata|Beata|Dorota|Urszula|Jadwiga|Weronika|Żaneta|Bożena"
        ),
        _w(
            "Nowak|Kowalski|Wiśniewski|Wójcik|Kowalczyk|Kamiński|Lewandowski|Zieliński|Szymański|Woźniak|Dąbrowski|Kozłowski|Jankowski|Mazur|Kwiatkowski|Krawczyk|Piotrowski|Grabowski|Nowakowski|Pawłowski|Michalski|Adamczyk|Dudek|Zając|Wieczorek|Jabłoński|Król|Majewski|Olszewski|Jaworski|Wróbel|Malinowski|Pawlak|Witkowski|Walczak|Stępień|Górski|Rutkowski|Michalak|Sikora|Ostrowski|Baran|Duda|Szewczyk|Wąsowski|Brzęczyszczykiewicz|Sołtysiak"
        ),
    ),
    "JP": (
        _w(
            "Hiroshi|Takashi|Kenji|Satoshi|Kazuki|Yuto|Haruto|Daisuke|Takuya|Shota|Kenta|Ryota|Naoki|Yusuke|Masahiro|Tetsuya|Kohei|Shinji|Akira|Koji"
        ),
        _w(
            "Yuki|Yoko|Keiko|Akiko|Naoko|Tomoko|Yumi|Ayaka|Misaki|Haruka|Sakura|Mai|Aya|Emi|Rie|Mariko|Kaori|Nanami|Asuka|Chihiro"
        ),
        _w(
            "Sato|Suzuki|Takahashi|Tanaka|Watanabe|Ito|Yamamoto|Nakamura|Kobayashi|Kato|Yoshida|Yamada|Sasaki|Yamaguchi|Matsumoto|Inoue|Kimura|Hayashi|Shimizu|Yamazaki|Mori|Abe|Ikeda|Hashimoto|Ishikawa|Ogawa|Fujita|Okada|Goto|Hasegawa|Murakami|Kondo|Ishii|Saito|Sakamoto|Endo|Aoki|Fujii|Nishimura|Fukuda"
        ),
    ),
    "BE": (
        _w(
            "Luc|Marc|Dirk|Koen|Pieter|Wouter|Thomas|Nicolas|Olivier|Geert|Bart|Jean-Pierre|Frédéric|Maxime|Arnaud|Kristof|Jens|Michaël"
        ),
        _w(
            "Sofie|Els|An|Katrien|Marie|Julie|Charlotte|Lies|Ann-Sophie|Nathalie|Isabelle|Véronique|Hélène|Elke|Griet|Inge|Amélie|Laure"
        ),
        _w(
            "Peeters|Janssens|Maes|Jacobs|Mertens|Willems|Claes|Goossens|Wouters|De Smet|Dubois|Lambert|Dupont|Martin|Vermeulen|Van de Velde|Van den Broeck|Desmet|Hermans|Declercq|Verstraete|De Backer|Lemaire|Michiels|Vandenberghe|Leclercq|Renard|Van Damme|D'Hondt|Van Acker|Coppens|Vanderstraeten"
        ),
    ),
    "SE": (
        _w(
            "Erik|Lars|Karl|Anders|Johan|Per|Nils|Mikael|Jonas|Magnus|Fredrik|Oskar|Björn|Gustav|Axel|Henrik|Mattias|Åke|Göran|Linus"
        ),
        _w(
            "Anna|Eva|Maria|Karin|Sara|Kristina|Lena|Emma|Ingrid|Elin|Johanna|Sofia|Ebba|Linnéa|Maja|Astrid|Märta|Åsa|Helén|Frida"
        ),
        _w(
            "Andersson|Johansson|Karlsson|Nilsson|Eriksson|Larsson|Olsson|Persson|Svensson|Gustafsson|Pettersson|Jonsson|Jansson|Hansson|Bengtsson|Jönsson|Lindberg|Jakobsson|Magnusson|Lindström|Lindqvist|Lindgren|Berglund|Fredriksson|Sandberg|Henriksson|Forsberg|Sjöberg|Wallin|Engström|Danielsson|Håkansson|Lundqvist|Björk|Åberg|Sundström|Öberg|Nyström"
        ),
    ),
    "DK": (
        _w(
            "Søren|Jens|Lars|Henrik|Mads|Rasmus|Anders|Morten|Niels|Peter|Thomas|Christian|Kasper|Mikkel|Jesper|Frederik|Bjørn|Emil"
        ),
        _w(
            "Mette|Hanne|Anne|Lene|Camilla|Louise|Pernille|Signe|Ida|Freja|Maja|Sofie|Kirsten|Birgitte|Trine|Malene|Line|Astrid"
        ),
        _w(
            "Jensen|Nielsen|Hansen|Pedersen|Andersen|Christensen|Larsen|Sørensen|Rasmussen|Jørgensen|Petersen|Madsen|Kristensen|Olsen|Thomsen|Christiansen|Poulsen|Johansen|Møller|Mortensen|Kjærgaard|Østergaard|Søndergaard|Dalgaard|Holm|Brøndum|Frølich|Skovgaard|Lauridsen|Bækgaard"
        ),
    ),
    "NO": (
        _w(
            "Ole|Lars|Jan|Per|Bjørn|Kjetil|Morten|Espen|Håkon|Eirik|Sindre|Magnus|Henrik|Øyvind|Torbjørn|Vegard|Sigurd|Anders"
        ),
        _w(
            "Anne|Inger|Kari|Ingrid|Liv|Marit|Hilde|Silje|Ingvild|Kristin|Solveig|Nora|Thea|Ida|Sigrid|Åse|Tone|Ragnhild"
        ),
        _w(
            "Hansen|Johansen|Olsen|Larsen|Andersen|Pedersen|Nilsen|Kristiansen|Jensen|Karlsen|Johnsen|Pettersen|Eriksen|Berg|Haugen|Hagen|Johannessen|Andreassen|Jacobsen|Dahl|Jørgensen|Halvorsen|Henriksen|Lund|Sørensen|Bakken|Strand|Solberg|Haug|Lie|Sæther|Grønvold|Fjeldstad|Østby|Aasen"
        ),
    ),
    "IE": (
        _w(
            "Seán|Patrick|Conor|Cian|Darragh|Eoin|Niall|Ciarán|Liam|Declan|Colm|Donal|Fergal|Brendan|Kevin|Aidan|Oisín|Ronan"
        ),
        _w(
            "Siobhán|Aoife|Niamh|Orla|Sinéad|Ciara|Gráinne|Róisín|Máire|Clodagh|Deirdre|Emer|Saoirse|Caoimhe|Fiona|Aisling|Úna|Mary"
        ),
        _w(
            "Murphy|Kelly|O'Sullivan|Walsh|Smith|O'Brien|Byrne|Ryan|O'Connor|O'Neill|O'Reilly|Doyle|McCarthy|Gallagher|O'Doherty|Kennedy|Lynch|Murray|Quinn|Moore|McLoughlin|O'Carroll|Connolly|Daly|Fitzpatrick|Ní Bhriain|Ó Ceallaigh|MacNamara|Brennan|Fogarty"
        ),
    ),
    "PT": (
        _w(
            "João|José|António|Manuel|Francisco|Pedro|Rui|Nuno|Luís|Tiago|Gonçalo|Ricardo|Miguel|Paulo|Sérgio|Vítor|Duarte|Bernardo"
        ),
        _w(
            "Maria|Ana|Joana|Catarina|Inês|Sofia|Beatriz|Mariana|Rita|Sara|Filipa|Cláudia|Patrícia|Marta|Teresa|Leonor|Conceição|Mafalda"
        ),
        _w(
            "Silva|Santos|Ferreira|Pereira|Oliveira|Costa|Rodrigues|Martins|Jesus|Sousa|Fernandes|Gonçalves|Gomes|Lopes|Marques|Alves|Almeida|Ribeiro|Pinto|Carvalho|Teixeira|Moreira|Correia|Mendes|Nunes|Soares|Vieira|Monteiro|Cardoso|Rocha|Magalhães|Brandão|Araújo|Simões|Guimarães"
        ),
    ),
    "CZ": (
        _w(
            "Jan|Petr|Jiří|Josef|Pavel|Martin|Tomáš|Jaroslav|Miroslav|Zdeněk|Václav|Michal|František|Lukáš|Ondřej|Radek|Vojtěch|Jakub"
        ),
        _w(
            "Jana|Eva|Hana|Anna|Lenka|Kateřina|Věra|Lucie|Alena|Petra|Veronika|Martina|Tereza|Markéta|Zuzana|Barbora|Šárka|Klára"
        ),
        _w(
            "Novák|Svoboda|Novotný|Dvořák|Černý|Procházka|Kučera|Veselý|Horák|Němec|Pokorný|Marek|Pospíšil|Hájek|Jelínek|Král|Růžička|Beneš|Fiala|Sedláček|Doležal|Zeman|Kolář|Navrátil|Čermák|Vaněk|Urban|Blažek|Kříž|Kovář"
        ),
    ),
    "CA": (
        _w(
            "Liam|Noah|Ethan|Lucas|Benjamin|Owen|Ryan|Connor|Mathieu|Étienne|Jean-François|Samuel|Gabriel|Logan|Dylan|Wei|Arjun|Marc-André"
        ),
        _w(
            "Emma|Olivia|Chloé|Sophie|Emily|Madison|Hannah|Léa|Isabelle|Geneviève|Megan|Jasmine|Simran|Chantal|Marie-Ève|Brooke|Avery|Kaitlyn"
        ),
        _w(
            "Smith|Brown|Tremblay|Martin|Roy|Wilson|MacDonald|Gagnon|Johnson|Taylor|Côté|Campbell|Anderson|Leblanc|Lee|Bouchard|Gauthier|Morin|Lavoie|Fortin|Gélinas|Singh|Chen|Bélanger|Thompson|Pelletier|Fraser|McLeod|Bergeron|St-Pierre"
        ),
    ),
    "AU": (
        _w(
            "Jack|Lachlan|Cooper|Riley|Mitchell|Hamish|Angus|Brodie|Liam|Tom|Nathan|Josh|Sam|Ben|Matt|Corey|Dylan|Bailey"
        ),
        _w(
            "Chloe|Emily|Jessica|Sophie|Olivia|Grace|Mia|Isabella|Ruby|Matilda|Tahlia|Jade|Georgia|Kirra|Brooke|Hayley|Kate|Lauren"
        ),
        _w(
            "Smith|Jones|Williams|Brown|Wilson|Taylor|Johnson|White|Martin|Anderson|Thompson|Nguyen|Thomas|Walker|Harris|Lee|Ryan|Robinson|Kelly|King|Davis|Wright|Evans|Roberts|Green|Hall|Wood|Jackson|Clarke|Papadopoulos|McGrath|Nicholls"
        ),
    ),
    "SG": (
        _w(
            "Wei Ming|Jun Jie|Kok Wai|Zhi Hao|Rajesh|Muhammad|Daniel|Marcus|Benjamin|Ryan|Kelvin|Jonathan|Ravi|Hafiz|Jia Hao|Eugene"
        ),
        _w(
            "Hui Min|Xin Yi|Mei Ling|Siew Lan|Priya|Nur Aisyah|Rachel|Michelle|Joanne|Cheryl|Jasmine|Kavitha|Shu Fen|Grace|Pei Shan|Audrey"
        ),
        _w(
            "Tan|Lim|Lee|Ng|Ong|Wong|Goh|Chua|Chan|Koh|Teo|Ang|Yeo|Tay|Ho|Low|Toh|Sim|Chong|Kumar|Rahman|Pillai|Nair|Loh|Seah|Heng"
        ),
    ),
    "FI": (
        _w(
            "Mikko|Jukka|Timo|Matti|Juha|Antti|Ville|Janne|Sami|Tuomas|Lauri|Aleksi|Pekka|Eero|Olli"
        ),
        _w(
            "Anna|Maria|Tiina|Sanna|Laura|Johanna|Päivi|Riikka|Heidi|Aino|Elina|Minna|Satu|Hanna|Kaisa"
        ),
        _w(
            "Korhonen|Virtanen|Mäkinen|Nieminen|Mäkelä|Hämäläinen|Laine|Heikkinen|Koskinen|Järvinen|Lehtonen|Lehtinen|Saarinen|Salminen|Heinonen|Niemi|Heikkilä|Kinnunen|Salonen|Turunen|Räsänen|Väisänen"
        ),
    ),
}

JR_SUFFIXES = ["Jr.", "III", "II", "Sr."]

# Honorific prefixes and post-nominals printed on cards, per country.
PREFIXES: dict[str, list[str]] = {
    "DE": [
        "Dr.",
        "Prof. Dr.",
        "Dr.-Ing.",
        "Prof. Dr.-Ing.",
        "Dipl.-Ing.",
        "Dipl.-Kfm.",
        "Dr. rer. nat.",
    ],
    "AT": ["Mag.", "Ing.", "DI", "Dr.", "Mag. Dr.", "Dipl.-Ing.", "MMag."],
    "CH": ["Dr.", "Prof. Dr.", "Dr. med."],
    "PL": ["mgr inż.", "dr", "dr hab.", "inż.", "mgr", "dr inż."],
    "IT": ["Dott.", "Ing.", "Avv.", "Arch.", "Prof."],
    "CZ": ["Ing.", "Mgr.", "JUDr.", "MUDr.", "Ing. arch.", "PhDr."],
    "US": ["Dr."],
    "GB": ["Dr.", "Prof."],
    "ES": ["Dr.", "Dra."],
    "FR": ["Dr", "Me"],
    "NL": ["Dr.", "ir.", "mr.", "drs."],
    "BE": ["Dr.", "ir."],
    "SE": ["Dr."],
    "AU": ["Dr"],
    "CA": ["Dr."],
    "IE": ["Dr"],
    "PT": ["Dr.", "Eng."],
    "DK": ["Dr."],
    "NO": ["Dr."],
    "JP": [],
    "SG": ["Dr"],
    "FI": ["Dr."],
}
POSTNOMINALS: dict[str, list[str]] = {
    "US": ["PhD", "MBA", "CPA", "PE", "Esq.", "MD", "CFA", "PMP"],
    "GB": ["MBA", "FCA", "CEng", "PhD", "MRICS", "ACA", "FCIPD"],
    "CA": ["CPA", "P.Eng.", "MBA", "PhD"],
    "AU": ["CPA", "FCA", "MBA", "GAICD"],
    "DE": ["MBA", "LL.M."],
    "AT": ["MBA", "MSc", "BSc", "MA"],
    "CH": ["MBA", "lic. oec."],
    "CZ": ["Ph.D.", "MBA"],
    "IE": ["MBA", "FCA", "ACCA"],
    "SG": ["CFA", "PhD", "MBA"],
    "NL": ["MSc", "MBA", "RA"],
    "PL": ["MBA"],
    "ES": ["MBA"],
    "FR": ["MBA"],
    "IT": ["MBA"],
}

# ---------------------------------------------------------------- titles
# entries "male|female" when the language marks gender, else a single form
TITLES: dict[str, list[str]] = {
    "en": _w(
        """Chief Executive Officer|Chief Financial Officer|Chief Operating Officer|Chief Technology Officer|Chief Marketing Officer|CEO|CFO|CTO|COO|Founder & CEO|Co-Founder|Managing Director|Partner|Senior Partner|Managing Partner|Associate|Senior Associate|President|Vice President, Sales|Vice President of Engineering|SVP, Global Operations|Director of Business Development|Head of Strategic Partnerships EMEA|Head of Procurement|Head of People & Culture|Head of Product|Regional Sales Manager|Key Account Manager|Senior Account Executive|Account Manager|Business Development Manager|Sales Engineer|Inside Sales Representative|Area Sales Manager, Northern Europe|Customer Success Manager|Marketing Manager|Brand Manager|Digital Marketing Specialist|Communications Director|Product Manager|Senior Product Owner|Project Manager|Programme Manager|Software Engineer|Senior Software Engineer|Principal Engineer|Lead Data Scientist|Solutions Architect|Systems Administrator|IT Manager|Quality Assurance Manager|Operations Manager|Supply Chain Analyst|Logistics Coordinator|Plant Manager|Mechanical Design Engineer|Financial Controller|Senior Accountant|Tax Manager|Treasury Analyst|HR Business Partner|Talent Acquisition Lead|Office Manager|Executive Assistant|General Counsel|Senior Legal Counsel|Solicitor|Barrister|Attorney at Law|Paralegal|Compliance Officer|Consultant|Senior Consultant|Principal Consultant|Research Scientist|Clinical Research Associate|Medical Science Liaison|Consultant Cardiologist|Practice Manager|Architect|Chartered Surveyor|Investment Manager|Portfolio Manager|Relationship Manager, Corporate Banking|Underwriter|Claims Adjuster|Policy Advisor|Senior Policy Officer|Town Clerk|Facilities Manager|Estimator|Site Manager|Creative Director|Art Director|Copywriter|Editor-in-Chief|Sales Director Europe|Country Manager UK & Ireland|Technical Director|Director, Investor Relations|Head of Regulatory Affairs and Quality Management"""
    ),
    "de": _g(
        """Geschäftsführer|Geschäftsführerin;Vorstandsvorsitzender|Vorstandsvorsitzende;Prokurist|Prokuristin;Vertriebsleiter|Vertriebsleiterin;Leiter Vertrieb Deutschland|Leiterin Vertrieb Deutschland;Leiter Qualitätsmanagement und Regulatory Affairs|Leiterin Qualitätsmanagement und Regulatory Affairs;Key Account Manager;Außendienstmitarbeiter|Außendienstmitarbeiterin;Gebietsverkaufsleiter Süd|Gebietsverkaufsleiterin Süd;Projektleiter|Projektleiterin;Projektingenieur|Projektingenieurin;Entwicklungsingenieur|Entwicklungsingenieurin;Softwareentwickler|Softwareentwicklerin;Leiter Einkauf|Leiterin Einkauf;Strategischer Einkäufer|Strategische Einkäuferin;Sachbearbeiter Buchhaltung|Sachbearbeiterin Buchhaltung;Leiter Finanzen und Controlling|Leiterin Finanzen und Controlling;Personalreferent|Personalreferentin;Leiter Personal|Leiterin Personal;Rechtsanwalt|Rechtsanwältin;Rechtsanwalt und Notar|Rechtsanwältin und Notarin;Steuerberater|Steuerberaterin;Wirtschaftsprüfer|Wirtschaftsprüferin;Oberarzt|Oberärztin;Chefarzt Kardiologie|Chefärztin Kardiologie;Bürgermeister|Bürgermeisterin;Referent Öffentlichkeitsarbeit|Referentin Öffentlichkeitsarbeit;Technischer Leiter|Technische Leiterin;Werkleiter|Werkleiterin;Teamleiter Kundenservice|Teamleiterin Kundenservice;Inhaber|Inhaberin;Architekt|Architektin;Berater|Beraterin;Senior Berater|Senior Beraterin;Leiter Marketing & Kommunikation|Leiterin Marketing & Kommunikation;Assistenz der Geschäftsleitung;Vertriebsingenieur|Vertriebsingenieurin;Kaufmännischer Leiter|Kaufmännische Leiterin;Leiter Forschung und Entwicklung|Leiterin Forschung und Entwicklung"""
    ),
    "fr": _g(
        """Directeur général|Directrice générale;Président-directeur général|Présidente-directrice générale;Directeur commercial|Directrice commerciale;Responsable commercial grands comptes|Responsable commerciale grands comptes;Chargé d'affaires|Chargée d'affaires;Ingénieur d'études|Ingénieure d'études;Chef de projet;Responsable des ressources humaines;Directeur administratif et financier|Directrice administrative et financière;Comptable;Avocat associé|Avocate associée;Expert-comptable;Responsable marketing;Consultant senior|Consultante senior;Responsable achats;Technico-commercial|Technico-commerciale;Gérant|Gérante;Directeur des opérations|Directrice des opérations;Attaché de presse|Attachée de presse;Responsable qualité;Médecin coordinateur|Médecin coordinatrice;Chargé de mission|Chargée de mission"""
    ),
    "it": _g(
        """Amministratore Delegato|Amministratrice Delegata;Direttore Commerciale|Direttrice Commerciale;Responsabile Vendite Italia;Responsabile Ufficio Acquisti;Direttore Tecnico|Direttrice Tecnica;Project Manager;Ingegnere di Progetto|Ingegnera di Progetto;Responsabile Amministrazione e Finanza;Commercialista;Avvocato|Avvocata;Consulente;Responsabile Risorse Umane;Area Manager Nord Italia;Direttore Generale|Direttrice Generale;Responsabile Qualità;Socio Fondatore|Socia Fondatrice;Responsabile Marketing e Comunicazione"""
    ),
    "es": _g(
        """Director General|Directora General;Consejero Delegado|Consejera Delegada;Director Comercial|Directora Comercial;Jefe de Ventas|Jefa de Ventas;Responsable de Compras;Gerente de Proyectos;Ingeniero de Proyectos|Ingeniera de Proyectos;Director Financiero|Directora Financiera;Responsable de Recursos Humanos;Abogado|Abogada;Socio Director|Socia Directora;Consultor Sénior|Consultora Sénior;Técnico Comercial|Técnica Comercial;Responsable de Marketing;Director de Operaciones|Directora de Operaciones;Delegado Zona Norte|Delegada Zona Norte"""
    ),
    "nl": _g(
        """Directeur|Directrice;Algemeen Directeur|Algemeen Directrice;Commercieel Directeur;Accountmanager;Verkoopadviseur;Projectleider;Bedrijfsleider;Financieel Manager;HR-adviseur;Adviseur;Senior Adviseur Ruimtelijke Ordening;Advocaat;Notaris;Inkoper;Teamleider Klantenservice;Technisch Specialist;Eigenaar"""
    ),
    "pl": _g(
        """Prezes Zarządu;Członek Zarządu;Dyrektor Handlowy;Dyrektor Finansowy;Kierownik Projektu;Kierownik Działu Sprzedaży;Specjalista ds. Sprzedaży|Specjalistka ds. Sprzedaży;Przedstawiciel Handlowy|Przedstawicielka Handlowa;Główny Księgowy|Główna Księgowa;Radca Prawny;Inżynier Sprzedaży;Kierownik Zakupów;Specjalista ds. Kadr|Specjalistka ds. Kadr;Doradca Podatkowy"""
    ),
    "sv": _w(
        "Verkställande direktör|VD|Försäljningschef|Projektledare|Ekonomichef|Inköpare|Säljare|Konsult|Personalchef|Teknisk chef|Kundansvarig|Affärsområdeschef"
    ),
    "da": _w(
        "Administrerende direktør|Salgschef|Projektleder|Økonomichef|Konsulent|Indkøber|Key Account Manager|Teknisk chef|Partner"
    ),
    "no": _w(
        "Daglig leder|Salgssjef|Prosjektleder|Økonomisjef|Rådgiver|Seniorrådgiver|Innkjøpssjef|Avdelingsleder"
    ),
    "pt": _w(
        "Diretor Geral\tDiretora Geral|Diretor Comercial\tDiretora Comercial|Gestor de Projeto\tGestora de Projeto|Engenheiro de Produção\tEngenheira de Produção|Responsável de Compras|Técnico Comercial\tTécnica Comercial|Advogado\tAdvogada|Consultor Sénior\tConsultora Sénior"
    ),
    "cs": _w(
        "Jednatel\tJednatelka|Obchodní ředitel\tObchodní ředitelka|Vedoucí projektu|Obchodní zástupce\tObchodní zástupkyně|Finanční ředitel\tFinanční ředitelka|Technik|Nákupčí|Ředitel společnosti\tŘeditelka společnosti"
    ),
    "fi": _w(
        "Toimitusjohtaja|Myyntipäällikkö|Projektipäällikkö|Talousjohtaja|Asiakkuuspäällikkö|Kehityspäällikkö"
    ),
}

DEPARTMENTS: dict[str, list[str]] = {
    "en": _w(
        "Corporate Banking|Global Procurement|Research & Development|Human Resources|Investor Relations|Business Unit Industrial Automation|Sales Department|Legal Department|Customer Service|Corporate Communications"
    ),
    "de": _w(
        "Vertrieb Inland|Einkauf|Forschung & Entwicklung|Personalabteilung|Geschäftsbereich Antriebstechnik|Rechtsabteilung|Kundendienst|Unternehmenskommunikation|Abteilung Stadtplanung"
    ),
    "fr": _w(
        "Direction Commerciale|Service Achats|Direction des Ressources Humaines|Service Juridique|Département Export"
    ),
    "it": _w("Ufficio Commerciale|Ufficio Acquisti|Divisione Automazione|Ufficio Tecnico"),
    "es": _w("Departamento Comercial|Departamento de Compras|Área Técnica|Recursos Humanos"),
    "nl": _w("Afdeling Verkoop|Inkoop|Klantenservice|Juridische Zaken"),
    "pl": _w("Dział Sprzedaży|Dział Zakupów|Dział Techniczny"),
}

# language of the card per country; second entry = chance that the card is in English anyway
LANG: dict[str, tuple[str, float]] = {
    "US": ("en", 1),
    "GB": ("en", 1),
    "IE": ("en", 1),
    "CA": ("en", 1),
    "AU": ("en", 1),
    "SG": ("en", 1),
    "DE": ("de", 0.25),
    "AT": ("de", 0.25),
    "CH": ("de", 0.3),
    "FR": ("fr", 0.2),
    "IT": ("it", 0.25),
    "ES": ("es", 0.25),
    "NL": ("nl", 0.5),
    "BE": ("nl", 0.5),
    "PL": ("pl", 0.35),
    "JP": ("en", 1),
    "SE": ("sv", 0.6),
    "DK": ("da", 0.6),
    "NO": ("no", 0.6),
    "PT": ("pt", 0.4),
    "CZ": ("cs", 0.4),
    "FI": ("fi", 0.6),
}

# ---------------------------------------------------------------- labels
# (work, cell, fax, email, web) label alternatives per language
LABELS: dict[str, dict[str, list[str]]] = {
    "en": {
        "work": ["T", "Tel", "Tel.", "Phone", "Office", "Direct", "D", "P", "t", "Main"],
        "cell": ["M", "Mobile", "Mob.", "Cell", "C", "m", "Mob"],
        "fax": ["F", "Fax", "f"],
        "email": ["E", "Email", "E-mail", "e"],
        "web": ["W", "Web", "w"],
    },
    "de": {
        "work": ["Tel.", "Telefon", "T", "Fon", "Tel"],
        "cell": ["Mobil", "Handy", "M", "Mob."],
        "fax": ["Fax", "F"],
        "email": ["E-Mail", "Mail", "E"],
        "web": ["Web", "Internet", "W"],
    },
    "fr": {
        "work": ["Tél.", "Tél", "T", "Tél. direct", "Standard"],
        "cell": ["Portable", "Mob.", "M", "Port."],
        "fax": ["Fax", "F"],
        "email": ["E-mail", "Courriel", "E"],
        "web": ["Web", "W"],
    },
    "it": {
        "work": ["Tel.", "T", "Tel"],
        "cell": ["Cell.", "Cellulare", "Mob.", "M"],
        "fax": ["Fax", "F"],
        "email": ["E-mail", "Email", "E"],
        "web": ["Web", "W"],
    },
    "es": {
        "work": ["Tel.", "Tlf.", "T", "Teléfono"],
        "cell": ["Móvil", "Móv.", "M"],
        "fax": ["Fax", "F"],
        "email": ["Email", "E-mail", "E"],
        "web": ["Web", "W"],
    },
    "nl": {
        "work": ["T", "Tel.", "Telefoon"],
        "cell": ["M", "Mobiel", "Mob."],
        "fax": ["F", "Fax"],
        "email": ["E", "E-mail"],
        "web": ["W", "Web", "I"],
    },
    "pl": {
        "work": ["tel.", "Tel.", "T"],
        "cell": ["kom.", "tel. kom.", "M", "Mobile"],
        "fax": ["faks", "fax", "F"],
        "email": ["e-mail", "E"],
        "web": ["www", "W"],
    },
    "sv": {
        "work": ["Tel", "Telefon", "T", "Växel"],
        "cell": ["Mobil", "M"],
        "fax": ["Fax"],
        "email": ["E-post", "E"],
        "web": ["Webb", "W"],
    },
    "da": {
        "work": ["Tlf.", "Tel.", "T"],
        "cell": ["Mobil", "M"],
        "fax": ["Fax"],
        "email": ["E-mail", "E"],
        "web": ["Web", "W"],
    },
    "no": {
        "work": ["Tlf", "Tel.", "T", "Sentralbord"],
        "cell": ["Mobil", "M"],
        "fax": ["Faks", "Fax"],
        "email": ["E-post", "E"],
        "web": ["Web", "W"],
    },
    "pt": {
        "work": ["Tel.", "T", "Telefone"],
        "cell": ["Telm.", "Tlm.", "M"],
        "fax": ["Fax", "F"],
        "email": ["Email", "E"],
        "web": ["Web", "W"],
    },
    "cs": {
        "work": ["Tel.", "T", "Telefon"],
        "cell": ["Mob.", "Mobil", "M"],
        "fax": ["Fax"],
        "email": ["E-mail", "E"],
        "web": ["Web", "W"],
    },
    "fi": {
        "work": ["Puh.", "Tel.", "P"],
        "cell": ["GSM", "Mob.", "M"],
        "fax": ["Fax"],
        "email": ["Email", "E"],
        "web": ["Web", "W"],
    },
}

# ---------------------------------------------------------------- companies
LEGAL_FORMS: dict[str, list[tuple[str, int]]] = {
    "US": [
        ("Inc.", 5),
        ("LLC", 4),
        ("Corp.", 2),
        ("Corporation", 1),
        ("LLP", 1),
        ("Co.", 1),
        ("", 1),
    ],
    "GB": [("Ltd", 6), ("Limited", 2), ("PLC", 1), ("plc", 1), ("LLP", 2), ("", 1)],
    "DE": [
        ("GmbH", 8),
        ("AG", 2),
        ("GmbH & Co. KG", 3),
        ("SE", 1),
        ("KG", 1),
        ("e.K.", 1),
        ("mbH", 1),
    ],
    "FR": [("SAS", 5), ("SARL", 3), ("S.A.", 2), ("SA", 1), ("SCP", 1)],
    "IT": [("S.r.l.", 6), ("S.p.A.", 3), ("Srl", 2), ("S.n.c.", 1)],
    "ES": [("S.L.", 6), ("S.A.", 3), ("SL", 1), ("S.L.U.", 1)],
    "NL": [("B.V.", 7), ("BV", 2), ("N.V.", 1), ("", 1)],
    "CH": [("AG", 6), ("GmbH", 3), ("SA", 2), ("Sàrl", 1)],
    "AT": [("GmbH", 7), ("AG", 2), ("GmbH & Co KG", 2), ("KG", 1), ("OG", 1)],
    "PL": [("Sp. z o.o.", 7), ("S.A.", 2), ("sp. z o.o.", 2), ("Sp. k.", 1)],
    "JP": [("Co., Ltd.", 6), ("Corporation", 3), ("K.K.", 1), ("Inc.", 2)],
    "BE": [("NV", 3), ("BV", 3), ("SA", 2), ("SRL", 2), ("BVBA", 2)],
    "SE": [("AB", 8), ("AB (publ)", 1)],
    "DK": [("A/S", 6), ("ApS", 3)],
    "NO": [("AS", 7), ("ASA", 1)],
    "IE": [("Ltd", 5), ("Limited", 2), ("DAC", 1), ("Teoranta", 1)],
    "PT": [("Lda.", 4), ("Lda", 3), ("S.A.", 2)],
    "CZ": [("s.r.o.", 7), ("a.s.", 3)],
    "CA": [("Inc.", 5), ("Ltd.", 3), ("Ltée", 1), ("Corp.", 1)],
    "AU": [("Pty Ltd", 8), ("Ltd", 2)],
    "SG": [("Pte Ltd", 7), ("Pte. Ltd.", 3), ("Ltd", 1)],
    "FI": [("Oy", 7), ("Oyj", 1)],
}

# industry words by language (used as "Family Industry" or "Industry Family")
INDUSTRY: dict[str, list[str]] = {
    "en": _w(
        "Engineering|Logistics|Consulting|Partners|Systems|Analytics|Capital|Holdings|Solutions|Technologies|Industries|Software|Advisory|Pharmaceuticals|Manufacturing|Robotics|Design|Packaging|Energy|Medical|Instruments|Foods|Construction|Properties|Labs|Networks|Associates|Group|Digital|Automation"
    ),
    "de": _w(
        "Antriebstechnik|Maschinenbau|Messtechnik|Logistik|Steuerberatung|Elektrotechnik|Kunststofftechnik|Immobilien|Beratung|Anlagenbau|Medizintechnik|Verpackungen|Software|Systemhaus|Präzisionsteile|Holzbau|Umwelttechnik|Feinmechanik|Spedition|Baustoffe|Lebensmittel|Wärmetechnik"
    ),
    "fr": _w(
        "Conseil|Ingénierie|Logistique|Industries|Systèmes|Transports|Emballages|Informatique|Énergie|Finance|Études|Technologies|Bâtiment|Distribution"
    ),
    "it": _w(
        "Meccanica|Impianti|Logistica|Consulting|Tecnologie|Costruzioni|Automazione|Elettronica|Sistemi|Alimentari|Ingegneria|Servizi|Packaging"
    ),
    "es": _w(
        "Ingeniería|Logística|Consultores|Tecnología|Construcciones|Sistemas|Servicios|Industrial|Energía|Soluciones|Asesores|Distribuciones"
    ),
    "nl": _w(
        "Techniek|Installatietechniek|Logistiek|Adviesgroep|Bouw|Automatisering|Handelsonderneming|Metaal|Software|Consultancy|Transport|Groep"
    ),
    "pl": _w(
        "Systemy|Logistyka|Technologie|Budownictwo|Inżynieria|Consulting|Automatyka|Handel|Serwis|Energia"
    ),
    "sv": _w("Teknik|Konsult|Bygg|Logistik|Industri|System|Data|Mekaniska Verkstad"),
    "da": _w("Teknik|Rådgivning|Byg|Logistik|Industri|Systemer|Data"),
    "no": _w("Teknikk|Rådgivning|Bygg|Logistikk|Industri|Systemer|Data"),
    "pt": _w("Engenharia|Logística|Consultoria|Tecnologia|Construções|Sistemas|Serviços|Indústria"),
    "cs": _w("Strojírny|Stavby|Technologie|Logistika|Elektro|Systémy|Servis"),
    "fi": _w("Teknologia|Rakennus|Logistiikka|Konsultointi|Järjestelmät|Konepaja"),
}

INVENTED_SYLL = _w(
    "vel|mor|ax|ion|tra|lux|nor|sen|qua|ver|tek|ari|ond|zen|cor|lum|vio|pra|dex|sol|kai|ren|tal|mir|neo|xa|lin|sto|gra|bel|fin|ora|dal|vix|tro"
)

BRAND_SUFFIX = ["-group", "group", "-global", "-world", "-international"]

# ---------------------------------------------------------------- places
# town records: (town, postcode_pattern, area_code, extra). Pattern chars: 9 -> digit, A -> letter.
TOWNS: dict[str, list[tuple[str, str, str, str]]] = {
    "US": [
        ("New York", "100##", "212", "NY"),
        ("New York", "100##", "646", "NY"),
        ("Chicago", "606##", "312", "IL"),
        ("San Francisco", "941##", "415", "CA"),
        ("Los Angeles", "900##", "213", "CA"),
        ("Boston", "021##", "617", "MA"),
        ("Seattle", "981##", "206", "WA"),
        ("Austin", "787##", "512", "TX"),
        ("Houston", "770##", "713", "TX"),
        ("Atlanta", "303##", "404", "GA"),
        ("Denver", "802##", "303", "CO"),
        ("Minneapolis", "554##", "612", "MN"),
        ("Philadelphia", "191##", "215", "PA"),
        ("Charlotte", "282##", "704", "NC"),
        ("Phoenix", "850##", "602", "AZ"),
        ("Pittsburgh", "152##", "412", "PA"),
        ("Portland", "972##", "503", "OR"),
        ("Nashville", "372##", "615", "TN"),
    ],
    "GB": [
        ("London", "EC2A #@@", "20", ""),
        ("London", "W1T #@@", "20", ""),
        ("London", "SE1 #@@", "20", ""),
        ("Manchester", "M1 #@@", "161", ""),
        ("Birmingham", "B3 #@@", "121", ""),
        ("Leeds", "LS1 #@@", "113", ""),
        ("Edinburgh", "EH2 #@@", "131", ""),
        ("Glasgow", "G2 #@@", "141", ""),
        ("Bristol", "BS1 #@@", "117", ""),
        ("Cambridge", "CB2 #@@", "1223", ""),
        ("Oxford", "OX1 #@@", "1865", ""),
        ("Reading", "RG1 #@@", "118", ""),
        ("Cardiff", "CF10 #@@", "29", ""),
        ("Newcastle upon Tyne", "NE1 #@@", "191", ""),
        ("Sheffield", "S1 #@@", "114", ""),
    ],
    "DE": [
        ("München", "80###", "89", ""),
        ("Berlin", "10###", "30", ""),
        ("Hamburg", "20###", "40", ""),
        ("Frankfurt am Main", "603##", "69", ""),
        ("Köln", "506##", "221", ""),
        ("Stuttgart", "701##", "711", ""),
        ("Düsseldorf", "402##", "211", ""),
        ("Nürnberg", "904##", "911", ""),
        ("Leipzig", "041##", "341", ""),
        ("Hannover", "301##", "511", ""),
        ("Bremen", "281##", "421", ""),
        ("Dresden", "010##", "351", ""),
        ("Mannheim", "681##", "621", ""),
        ("Karlsruhe", "761##", "721", ""),
        ("Augsburg", "861##", "821", ""),
        ("Regensburg", "930##", "941", ""),
        ("Freiburg im Breisgau", "790##", "761", ""),
        ("Münster", "481##", "251", ""),
        ("Würzburg", "970##", "931", ""),
        ("Göttingen", "370##", "551", ""),
    ],
    "FR": [
        ("Paris", "750##", "1", ""),
        ("Lyon", "6900#", "4", ""),
        ("Marseille", "130##", "4", ""),
        ("Toulouse", "31000", "5", ""),
        ("Bordeaux", "33000", "5", ""),
        ("Nantes", "44000", "2", ""),
        ("Lille", "59000", "3", ""),
        ("Strasbourg", "67000", "3", ""),
        ("Nice", "06000", "4", ""),
        ("Rennes", "35000", "2", ""),
        ("Grenoble", "38000", "4", ""),
        ("Montpellier", "34000", "4", ""),
        ("Boulogne-Billancourt", "92100", "1", ""),
        ("Clermont-Ferrand", "63000", "4", ""),
        ("Saint-Étienne", "42000", "4", ""),
    ],
    "IT": [
        ("Milano", "201##", "02", "MI"),
        ("Roma", "001##", "06", "RM"),
        ("Torino", "101##", "011", "TO"),
        ("Bologna", "401##", "051", "BO"),
        ("Firenze", "501##", "055", "FI"),
        ("Napoli", "801##", "081", "NA"),
        ("Verona", "371##", "045", "VR"),
        ("Padova", "351##", "049", "PD"),
        ("Genova", "161##", "010", "GE"),
        ("Bergamo", "241##", "035", "BG"),
        ("Brescia", "251##", "030", "BS"),
        ("Treviso", "31100", "0422", "TV"),
        ("Forlì", "47121", "0543", "FC"),
        ("Cantù", "22063", "031", "CO"),
    ],
    "ES": [
        ("Madrid", "280##", "91", "Madrid"),
        ("Barcelona", "080##", "93", "Barcelona"),
        ("Valencia", "460##", "96", "Valencia"),
        ("Sevilla", "410##", "95", "Sevilla"),
        ("Bilbao", "480##", "94", "Bizkaia"),
        ("Zaragoza", "500##", "976", "Zaragoza"),
        ("Málaga", "290##", "952", "Málaga"),
        ("Alicante", "030##", "965", "Alicante"),
        ("A Coruña", "150##", "981", "A Coruña"),
        ("San Sebastián", "200##", "943", "Gipuzkoa"),
        ("Valladolid", "470##", "983", "Valladolid"),
        ("Logroño", "260##", "941", "La Rioja"),
    ],
    "NL": [
        ("Amsterdam", "10## @@", "20", ""),
        ("Rotterdam", "30## @@", "10", ""),
        ("Den Haag", "25## @@", "70", ""),
        ("Utrecht", "35## @@", "30", ""),
        ("Eindhoven", "56## @@", "40", ""),
        ("Groningen", "97## @@", "50", ""),
        ("Haarlem", "20## @@", "23", ""),
        ("Leiden", "23## @@", "71", ""),
        ("Arnhem", "68## @@", "26", ""),
        ("Zwolle", "80## @@", "38", ""),
        ("'s-Hertogenbosch", "52## @@", "73", ""),
        ("Delft", "26## @@", "15", ""),
    ],
    "CH": [
        ("Zürich", "80##", "44", ""),
        ("Zürich", "80##", "43", ""),
        ("Basel", "40##", "61", ""),
        ("Bern", "30##", "31", ""),
        ("Genève", "12##", "22", ""),
        ("Lausanne", "100#", "21", ""),
        ("Luzern", "600#", "41", ""),
        ("Zug", "6300", "41", ""),
        ("St. Gallen", "900#", "71", ""),
        ("Winterthur", "840#", "52", ""),
        ("Baden", "5400", "56", ""),
    ],
    "AT": [
        ("Wien", "1010", "1", ""),
        ("Wien", "1030", "1", ""),
        ("Wien", "1100", "1", ""),
        ("Graz", "80##", "316", ""),
        ("Linz", "40##", "732", ""),
        ("Salzburg", "50##", "662", ""),
        ("Innsbruck", "60##", "512", ""),
        ("Klagenfurt am Wörthersee", "90##", "463", ""),
        ("Wels", "4600", "7242", ""),
        ("St. Pölten", "3100", "2742", ""),
    ],
    "PL": [
        ("Warszawa", "00-###", "22", ""),
        ("Warszawa", "02-###", "22", ""),
        ("Kraków", "30-###", "12", ""),
        ("Wrocław", "50-###", "71", ""),
        ("Poznań", "60-###", "61", ""),
        ("Gdańsk", "80-###", "58", ""),
        ("Łódź", "90-###", "42", ""),
        ("Katowice", "40-###", "32", ""),
        ("Szczecin", "70-###", "91", ""),
        ("Bielsko-Biała", "43-3##", "33", ""),
    ],
    "JP": [
        ("Tokyo", "100-00##", "3", "Chiyoda-ku"),
        ("Tokyo", "105-00##", "3", "Minato-ku"),
        ("Tokyo", "160-00##", "3", "Shinjuku-ku"),
        ("Osaka", "530-00##", "6", "Kita-ku"),
        ("Osaka", "541-00##", "6", "Chuo-ku"),
        ("Nagoya", "450-00##", "52", "Nakamura-ku"),
        ("Yokohama", "220-00##", "45", "Nishi-ku"),
        ("Kyoto", "600-8###", "75", "Shimogyo-ku"),
        ("Fukuoka", "812-00##", "92", "Hakata-ku"),
        ("Sapporo", "060-00##", "11", "Chuo-ku"),
        ("Kobe", "650-00##", "78", "Chuo-ku"),
    ],
    "BE": [
        ("Brussel", "1000", "2", ""),
        ("Bruxelles", "1050", "2", ""),
        ("Antwerpen", "2000", "3", ""),
        ("Gent", "9000", "9", ""),
        ("Liège", "4000", "4", ""),
        ("Leuven", "3000", "16", ""),
        ("Mechelen", "2800", "15", ""),
        ("Brugge", "8000", "50", ""),
    ],
    "SE": [
        ("Stockholm", "111 ##", "8", ""),
        ("Stockholm", "114 ##", "8", ""),
        ("Göteborg", "411 ##", "31", ""),
        ("Malmö", "211 ##", "40", ""),
        ("Uppsala", "753 ##", "18", ""),
        ("Västerås", "721 ##", "21", ""),
        ("Linköping", "582 ##", "13", ""),
    ],
    "DK": [
        ("København K", "1###", "", ""),
        ("København Ø", "2100", "", ""),
        ("Aarhus C", "8000", "", ""),
        ("Odense C", "5000", "", ""),
        ("Aalborg", "9000", "", ""),
        ("Kolding", "6000", "", ""),
        ("Hørsholm", "2970", "", ""),
    ],
    "NO": [
        ("Oslo", "01##", "2", ""),
        ("Oslo", "02##", "2", ""),
        ("Bergen", "50##", "5", ""),
        ("Trondheim", "70##", "7", ""),
        ("Stavanger", "40##", "5", ""),
        ("Tromsø", "90##", "7", ""),
        ("Lysaker", "1366", "6", ""),
    ],
    "IE": [
        ("Dublin 2", "D02 @#@#", "1", ""),
        ("Dublin 4", "D04 @#@#", "1", ""),
        ("Cork", "T12 @#@#", "21", ""),
        ("Galway", "H91 @#@#", "91", ""),
        ("Limerick", "V94 @#@#", "61", ""),
        ("Waterford", "X91 @#@#", "51", ""),
    ],
    "PT": [
        ("Lisboa", "1###-###", "21", ""),
        ("Porto", "4###-###", "22", ""),
        ("Braga", "47##-###", "253", ""),
        ("Coimbra", "30##-###", "239", ""),
        ("Aveiro", "38##-###", "234", ""),
        ("Faro", "80##-###", "289", ""),
    ],
    "CZ": [
        ("Praha 1", "110 00", "2", ""),
        ("Praha 4", "140 00", "2", ""),
        ("Brno", "602 00", "5", ""),
        ("Ostrava", "702 00", "59", ""),
        ("Plzeň", "301 00", "37", ""),
        ("Olomouc", "779 00", "58", ""),
        ("České Budějovice", "370 01", "38", ""),
    ],
    "CA": [
        ("Toronto", "M5V #@#", "416", "ON"),
        ("Toronto", "M5H #@#", "647", "ON"),
        ("Vancouver", "V6B #@#", "604", "BC"),
        ("Montréal", "H3B #@#", "514", "QC"),
        ("Calgary", "T2P #@#", "403", "AB"),
        ("Ottawa", "K1P #@#", "613", "ON"),
        ("Mississauga", "L5B #@#", "905", "ON"),
        ("Halifax", "B3J #@#", "902", "NS"),
    ],
    "AU": [
        ("Sydney", "2000", "2", "NSW"),
        ("Melbourne", "3000", "3", "VIC"),
        ("Brisbane", "4000", "7", "QLD"),
        ("Perth", "6000", "8", "WA"),
        ("Adelaide", "5000", "8", "SA"),
        ("North Sydney", "2060", "2", "NSW"),
        ("Canberra", "2600", "2", "ACT"),
    ],
    "SG": [
        ("Singapore", "01####", "6", ""),
        ("Singapore", "04####", "6", ""),
        ("Singapore", "23####", "6", ""),
        ("Singapore", "57####", "6", ""),
    ],
    "FI": [
        ("Helsinki", "00100", "9", ""),
        ("Espoo", "02150", "9", ""),
        ("Tampere", "33100", "3", ""),
        ("Turku", "20100", "2", ""),
        ("Oulu", "90100", "8", ""),
    ],
}

STREETS: dict[str, list[str]] = {
    "US": _w(
        "Main Street|Market Street|Broadway|Park Avenue|Madison Avenue|Lexington Avenue|Elm Street|Oak Street|Maple Avenue|Washington Street|Lake Shore Drive|Peachtree Street NE|Congress Avenue|Commerce Street|Pine Street|5th Avenue|Wacker Drive|Mission Street|Boylston Street|Industrial Parkway"
    ),
    "GB": _w(
        "High Street|King Street|Queen Street|Victoria Road|Station Road|Church Lane|Bishopsgate|Old Broad Street|Deansgate|Colmore Row|George Street|St Vincent Street|Whiteladies Road|Hills Road|Chiswick High Road|Canal Street|Park Row|Grey Street"
    ),
    "DE": _w(
        "Hauptstraße|Bahnhofstraße|Industriestraße|Gartenstraße|Schillerstraße|Goethestraße|Lindenallee|Am Marktplatz|Leopoldstraße|Friedrichstraße|Königsallee|Maximilianstraße|Mainzer Landstraße|Kurfürstendamm|Am Seestern|Carl-Zeiss-Ring|Robert-Bosch-Straße|Gewerbepark Süd|Im Mediapark|Theresienhöhe|Schloßstraße|Hafenstraße"
    ),
    "FR": _w(
        "rue de la République|avenue des Champs-Élysées|boulevard Haussmann|rue du Faubourg Saint-Honoré|rue de Rivoli|avenue Jean Jaurès|rue Victor Hugo|quai de la Loire|cours Lafayette|place Bellecour|rue de la Paix|boulevard de Strasbourg|allée des Tilleuls|rue Sainte-Catherine|avenue de l'Europe|chemin des Vignes"
    ),
    "IT": _w(
        "Via Roma|Via Garibaldi|Corso Vittorio Emanuele II|Via Dante|Via Mazzini|Viale Europa|Via della Repubblica|Piazza Duomo|Corso Buenos Aires|Via Torino|Via dell'Industria|Via Leonardo da Vinci|Viale Monza|Via San Francesco|Largo Augusto"
    ),
    "ES": _w(
        "Calle Mayor|Paseo de la Castellana|Gran Vía|Calle de Alcalá|Avenida Diagonal|Passeig de Gràcia|Calle Serrano|Avenida de América|Calle Colón|Avenida de la Constitución|Calle Príncipe de Vergara|Rambla de Catalunya|Calle Larios|Avenida de Andalucía"
    ),
    "NL": _w(
        "Herengracht|Keizersgracht|Stationsplein|Kerkstraat|Dorpsstraat|Coolsingel|Prinsengracht|Marktplein|Zuidplein|Westblaak|Laan van Nieuw Oost-Indië|Parnassusweg|Beursplein|Stationsweg|Industrieweg|Croeselaan"
    ),
    "CH": _w(
        "Bahnhofstrasse|Seestrasse|Hauptstrasse|Dorfstrasse|Limmatquai|Rue du Rhône|Avenue de la Gare|Marktgasse|Aeschenvorstadt|Industriestrasse|Poststrasse|Baarerstrasse|Zürcherstrasse|Rue de Lausanne"
    ),
    "AT": _w(
        "Kärntner Straße|Mariahilfer Straße|Herrengasse|Hauptplatz|Landstraßer Hauptstraße|Wiener Straße|Getreidegasse|Maria-Theresien-Straße|Schottenring|Annenstraße|Linzer Straße|Bahnhofplatz|Wienerbergstraße|Praterstraße"
    ),
    "PL": _w(
        "ul. Marszałkowska|ul. Piotrkowska|ul. Floriańska|al. Jerozolimskie|ul. Długa|ul. Świętokrzyska|ul. Grunwaldzka|ul. Mickiewicza|ul. Wrocławska|ul. Puławska|al. Niepodległości|ul. Żelazna|ul. Kościuszki|ul. Chmielna"
    ),
    "JP": _w(
        "Marunouchi|Otemachi|Nishi-Shinjuku|Toranomon|Shiba|Umeda|Honmachi|Meieki|Minatomirai|Shijo-dori|Hakata-ekimae|Kita 3-jo Nishi|Sannomiya-cho|Akasaka|Nihonbashi"
    ),
    "BE": _w(
        "Rue de la Loi|Avenue Louise|Meir|Korenmarkt|Boulevard d'Avroy|Bondgenotenlaan|Kerkstraat|Stationsstraat|Rue Royale|Frankrijklei|Kortrijksesteenweg"
    ),
    "SE": _w(
        "Drottninggatan|Kungsgatan|Sveavägen|Storgatan|Vasagatan|Östra Hamngatan|Stortorget|Birger Jarlsgatan|Strandvägen|Järnvägsgatan"
    ),
    "DK": _w(
        "Vesterbrogade|Strøget|Nørregade|Søndergade|Østergade|Bredgade|Amaliegade|Havnegade|Åboulevarden|Kongensgade"
    ),
    "NO": _w(
        "Karl Johans gate|Storgata|Dronning Eufemias gate|Strandkaien|Kongens gate|Munkegata|Bryggen|Drammensveien|Fjordalléen|Øvre Slottsgate"
    ),
    "IE": _w(
        "Grafton Street|Merrion Square|Baggot Street Lower|Harcourt Street|Patrick Street|Eyre Square|O'Connell Street|Leeson Street Upper|Fitzwilliam Place|South Mall"
    ),
    "PT": _w(
        "Avenida da Liberdade|Rua Augusta|Rua de Santa Catarina|Avenida dos Aliados|Rua do Carmo|Avenida da República|Rua Garrett|Praça do Comércio|Rua da Boavista|Avenida Fontes Pereira de Melo"
    ),
    "CZ": _w(
        "Václavské náměstí|Národní|Na Příkopě|Vinohradská|Masarykova|Husova|Nádražní|Palackého|Jindřišská|Křižíkova"
    ),
    "CA": _w(
        "King Street West|Bay Street|Yonge Street|Rue Sainte-Catherine Ouest|Boulevard René-Lévesque|West Georgia Street|Granville Street|Sparks Street|Barrington Street|Centre Street SW"
    ),
    "AU": _w(
        "George Street|Pitt Street|Collins Street|Bourke Street|Queen Street|Adelaide Street|St Georges Terrace|King William Street|Miller Street|Northbourne Avenue"
    ),
    "SG": _w(
        "Raffles Place|Shenton Way|Orchard Road|Cecil Street|Robinson Road|Anson Road|Tanjong Pagar Road|Marina Boulevard|Ang Mo Kio Avenue 5|Science Park Road"
    ),
    "FI": _w(
        "Mannerheimintie|Aleksanterinkatu|Hämeenkatu|Keilaranta|Eteläesplanadi|Yliopistonkatu|Kauppakatu"
    ),
}

COUNTRY_NAME: dict[str, dict[str, str]] = {
    "US": {"en": "USA"},
    "GB": {"en": "United Kingdom"},
    "DE": {"en": "Germany", "de": "Deutschland"},
    "FR": {"en": "France", "fr": "France"},
    "IT": {"en": "Italy", "it": "Italia"},
    "ES": {"en": "Spain", "es": "España"},
    "NL": {"en": "The Netherlands", "nl": "Nederland"},
    "CH": {"en": "Switzerland", "de": "Schweiz"},
    "AT": {"en": "Austria", "de": "Österreich"},
    "PL": {"en": "Poland", "pl": "Polska"},
    "JP": {"en": "Japan"},
    "BE": {"en": "Belgium", "nl": "België"},
    "SE": {"en": "Sweden", "sv": "Sverige"},
    "DK": {"en": "Denmark", "da": "Danmark"},
    "NO": {"en": "Norway", "no": "Norge"},
    "IE": {"en": "Ireland"},
    "PT": {"en": "Portugal", "pt": "Portugal"},
    "CZ": {"en": "Czech Republic", "cs": "Česká republika"},
    "CA": {"en": "Canada"},
    "AU": {"en": "Australia"},
    "SG": {"en": "Singapore"},
    "FI": {"en": "Finland", "fi": "Suomi"},
}

TLD: dict[str, str] = {
    "US": "com",
    "GB": "co.uk",
    "DE": "de",
    "FR": "fr",
    "IT": "it",
    "ES": "es",
    "NL": "nl",
    "CH": "ch",
    "AT": "at",
    "PL": "pl",
    "JP": "co.jp",
    "BE": "be",
    "SE": "se",
    "DK": "dk",
    "NO": "no",
    "IE": "ie",
    "PT": "pt",
    "CZ": "cz",
    "CA": "ca",
    "AU": "com.au",
    "SG": "com.sg",
    "FI": "fi",
}

# main countries (2/3) and others (1/3)
MAIN_COUNTRIES = ["US", "GB", "DE", "FR", "IT", "ES", "NL", "CH", "AT", "PL", "JP"]
OTHER_COUNTRIES = ["BE", "SE", "DK", "NO", "IE", "PT", "CZ", "CA", "AU", "SG", "FI"]

# phone data: trunk prefix, mobile prefixes (national significant), NSN lengths (fixed, mobile)
PHONE: dict[str, tuple[str, list[str], list[int], list[int]]] = {
    "US": ("", [], [10], [10]),
    "CA": ("", [], [10], [10]),
    "GB": ("0", ["74", "75", "77", "78", "79"], [10], [10]),
    "DE": (
        "0",
        ["151", "152", "160", "162", "170", "171", "172", "175", "176", "179"],
        [9, 10, 11],
        [10, 11],
    ),
    "FR": ("0", ["6", "7"], [9], [9]),
    "IT": (
        "",
        ["320", "328", "333", "335", "338", "340", "347", "348", "366", "393"],
        [9, 10, 11],
        [10],
    ),
    "ES": ("", ["6", "71"], [9], [9]),
    "NL": ("0", ["6"], [9], [9]),
    "CH": ("0", ["76", "77", "78", "79"], [9], [9]),
    "AT": ("0", ["664", "676", "699", "650", "660"], [7, 8, 9, 10], [10, 11]),
    "PL": ("", ["50", "51", "53", "60", "66", "69", "72", "79", "88"], [9], [9]),
    "JP": ("0", ["90", "80", "70"], [9], [10]),
    "BE": ("0", ["47", "48", "49"], [8, 9], [9]),
    "SE": ("0", ["70", "72", "73", "76"], [8, 9], [9]),
    "DK": ("", ["2", "30", "31", "40", "42", "50", "60"], [8], [8]),
    "NO": ("", ["4", "9"], [8], [8]),
    "IE": ("0", ["83", "85", "86", "87", "89"], [8, 9], [9]),
    "PT": ("", ["91", "92", "93", "96"], [9], [9]),
    "CZ": ("", ["60", "72", "73", "77", "79"], [9], [9]),
    "AU": ("0", ["4"], [9], [9]),
    "SG": ("", ["8", "9"], [8], [8]),
    "FI": ("0", ["40", "44", "50"], [8, 9], [9, 10]),
}
