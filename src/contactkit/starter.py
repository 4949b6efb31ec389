"""The starter config ``contactkit init`` writes, and the folder its source reads."""

STARTER_ADDRESSBOOKS = "addressbooks"

STARTER_CONFIG = """\
# contactkit configuration. Every key is optional unless marked; see README.md for the reference.

# Default region for phone numbers written without a country code (ISO 3166, two letters).
region = "US"

[store]
# The master store. A SQLite file beside this config by default; for a store shared by several
# machines use PostgreSQL: url = "postgresql+psycopg://user@host/contactkit"
# (the password from PGPASSFILE, never in this file).
url = "sqlite:///contactkit.db"

[company]
# Your own organization: people at these domains are employees, never contacts.
name = "Example Corp"
domains = ["example.com"]

[survivorship]
# Which source wins a field when sources disagree: most trusted first.
source_ranking = ["review", "card_scan", "vcard", "carddav", "email_harvest", "dnb_lookup"]

[review]
# Fields a source is less sure of than this go to 'contactkit review'.
below = 0.8

# [retention]
# Contacts with no interaction and no confirmation for this many months are listed by
# 'contactkit report' (action = "flag"), or erased at each run as 'contactkit forget' does.
# months = 24
# action = "flag"

# Sources: where contacts come from. Each [[sources]] has a type (see 'contactkit plugins').
[[sources]]
type = "vcard"
paths = ["addressbooks/"]

# [[sources]]
# type = "email_harvest"
# host = "imap.example.com"
# password = { env = "IMAP_PASSWORD" }   # secrets by reference only: env, file or command

# Sinks: where golden records go.
[[sinks]]
type = "csv"
path = "out/contacts.csv"
"""
