"""The master store's tables (SQLAlchemy Core), SQLite and PostgreSQL alike.

Observations, interactions, employees and review items are what sources said: append-only
(except a person's ``forget``). Golden records, organizations and relationships are derived from
them and can be rebuilt at any time.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    BigInteger,
    Column,
    DateTime,
    Float,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

metadata = MetaData()


def _observation_columns() -> list[Column]:
    """An observation's columns: the table's and, column for column, its import staging's."""
    return [
        Column("id", Integer, primary_key=True, autoincrement=True),
        Column("kind", String(16), nullable=False),  # 'contact' | 'organization'
        Column("source", String(200), nullable=False),
        Column("source_type", String(100), nullable=False),
        Column("source_key", String(500), nullable=False),
        Column("subject", String(500)),  # organization observations: the organization's key
        Column("seen_at", DateTime(timezone=True), nullable=False),
        Column("content_hash", String(64), nullable=False),
        Column("payload", JSON, nullable=False),
        Column("confidence", JSON, nullable=False),
        Column("run_id", Integer),
    ]


observations = Table(
    "observations",
    metadata,
    *_observation_columns(),
    UniqueConstraint("kind", "source", "source_key", "content_hash", name="uq_observation"),
)
Index("ix_observations_source_key", observations.c.source, observations.c.source_key)

observations_incoming = Table(
    # What a running import has read, appended with each batch's checkpoint and moved into
    # observations in one sorted pass at its end: the keys of observations are random (hashes,
    # UIDs), and a commit per batch into their indexes rewrote pages that grow with the store.
    "observations_incoming",
    metadata,
    *_observation_columns(),
)

golden = Table(
    "golden",
    metadata,
    Column("id", String(40), primary_key=True),
    Column("payload", JSON, nullable=False),  # the Contact
    Column("provenance", JSON, nullable=False),
    Column("organization_id", String(40)),
    Column("members", JSON, nullable=False),  # observation ids
    Column("content_hash", String(64), nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
)
# a record's page shows its company's people: found by company, not by reading every record
golden_by_organization = Index("ix_golden_organization", golden.c.organization_id)

organizations = Table(
    "organizations",
    metadata,
    Column("id", String(40), primary_key=True),
    Column("key", String(500), nullable=False, unique=True),
    Column("payload", JSON, nullable=False),  # the Organization
    Column("provenance", JSON, nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
)

employees = Table(
    "employees",
    metadata,
    Column("email", String(320), primary_key=True),
    Column("name", String(300)),
    Column("employee_id", String(100)),
    Column("source", String(200), nullable=False),
)

interactions = Table(
    "interactions",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("employee_email", String(320), nullable=False),
    Column("contact_email", String(320), nullable=False),
    Column("message_id", String(500), nullable=False),
    Column("role", String(16), nullable=False),
    Column("at", DateTime(timezone=True), nullable=False),
    Column("thread_id", String(500)),
    Column("is_reply", Integer, nullable=False, default=0),
    Column("source", String(200), nullable=False),
    UniqueConstraint(
        "employee_email", "contact_email", "message_id", "role", name="uq_interaction"
    ),
)
Index("ix_interactions_contact", interactions.c.contact_email)

relationships = Table(
    "relationships",
    metadata,
    Column("golden_id", String(40), primary_key=True),
    Column("employee_email", String(320), primary_key=True),
    Column("sent", Integer, nullable=False),
    Column("received", Integer, nullable=False),
    Column("cc_only", Integer, nullable=False),
    Column("replies", Integer, nullable=False),
    Column("meetings", Integer, nullable=False, server_default="0"),
    Column("threads", Integer, nullable=False),
    Column("first_seen", DateTime(timezone=True)),
    Column("last_seen", DateTime(timezone=True)),
    Column("strength", Float, nullable=False),
)

sink_map = Table(
    "sink_map",
    metadata,
    Column("sink", String(200), primary_key=True),
    Column("golden_id", String(40), primary_key=True),
    Column("external_id", String(500)),
    Column("sent_hash", String(64), nullable=False),
    Column("sent_payload", JSON, nullable=False),
    Column("sent_at", DateTime(timezone=True), nullable=False),
)

checkpoints = Table(
    "checkpoints",
    metadata,
    Column("source", String(200), primary_key=True),
    Column("state", JSON, nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
)

checkpoint_entries = Table(
    "checkpoint_entries",
    metadata,
    # a source's state, one row per entry of each dict section (so a checkpoint writes only the
    # entries that changed); key WHOLE holds a section that is not a dict, whole
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("source", String(200), nullable=False),
    Column("section", String(200), nullable=False),
    Column("key", Text, nullable=False),
    Column("value", JSON),
    UniqueConstraint("source", "section", "key", name="uq_checkpoint_entry"),
)

master_state = Table(
    "master_state",
    metadata,
    # what the last merge was made from (a mark of its inputs), so a run with nothing new
    # skips it; derived like the golden records, and rebuilt with them
    Column("name", String(100), primary_key=True),
    Column("value", JSON, nullable=False),
)

runs = Table(
    "runs",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("started_at", DateTime(timezone=True), nullable=False),
    Column("finished_at", DateTime(timezone=True)),
    Column("status", String(16), nullable=False),  # running | ok | failed | interrupted
    Column("summary", JSON),
)

run_errors = Table(
    "run_errors",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("run_id", Integer, nullable=False),
    Column("step", String(200), nullable=False),
    Column("record_key", String(500), nullable=False),
    Column("reason", Text, nullable=False),
)

store_meta = Table(
    "store_meta",
    metadata,
    # schema_version; suppression_key (the per-store HMAC key of the suppression list)
    Column("key", String(100), primary_key=True),
    Column("value", Text, nullable=False),
)

suppressions = Table(
    "suppressions",
    metadata,
    # HMAC-SHA256 (per-store key) of a normalised email or phone: never the value itself
    Column("value", String(320), primary_key=True),
    Column("reason", String(200), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
)

withdrawn = Table(
    "withdrawn",
    metadata,
    # golden records sinks must delete or anonymize: erased by `forget`, or merged into another
    Column("golden_id", String(40), primary_key=True),
    Column("reason", String(16), nullable=False),  # forgotten | merged
    Column("created_at", DateTime(timezone=True), nullable=False),
)

review_items = Table(
    "review_items",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("kind", String(16), nullable=False),
    Column("source", String(200), nullable=False),
    Column("source_key", String(500), nullable=False),
    Column("payload", JSON, nullable=False),
    Column("status", String(16), nullable=False),  # open | accepted | corrected | rejected
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("resolved_at", DateTime(timezone=True)),
    UniqueConstraint("source", "source_key", "kind", name="uq_review"),
)

cache = Table(
    "cache",
    metadata,
    Column("namespace", String(100), primary_key=True),
    Column("key", String(500), primary_key=True),
    Column("value", JSON, nullable=False),
    Column("stored_at", DateTime(timezone=True), nullable=False),
)

# -- matching (docs/matching.md) -----------------------------------------------------------------
# Observations are named "source\x1fsource_key" here: stable across versions and rebuilds.

match_decisions = Table(
    "match_decisions",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("kind", String(16), nullable=False),  # 'apart' | 'together'
    Column("a", String(800), nullable=False),
    Column("b", String(800), nullable=False),
    Column("reason", String(200), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    UniqueConstraint("kind", "a", "b", name="uq_match_decision"),
)
Index("ix_match_decisions_b", match_decisions.c.kind, match_decisions.c.b)  # as reviews' below

match_reviews = Table(
    "match_reviews",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("a", String(800), nullable=False),
    Column("b", String(800), nullable=False),
    Column("score", Float, nullable=False),
    Column("reasons", JSON, nullable=False),
    Column("status", String(16), nullable=False),  # open | same | different | obsolete
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("resolved_at", DateTime(timezone=True)),
    UniqueConstraint("a", "b", name="uq_match_review"),
)
# reviews (and decisions) are read by a few keys on either side: a IN (..) OR b IN (..)
Index("ix_match_reviews_b", match_reviews.c.b)

pins = Table(
    "pins",
    metadata,
    Column("golden_id", String(40), primary_key=True),
    Column("field", String(40), primary_key=True),
    Column("value", JSON, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
)

email_bounces = Table(
    "email_bounces",
    metadata,
    Column("email", String(320), primary_key=True),
    Column("at", DateTime(timezone=True), nullable=False),
    Column("source", String(200), nullable=False),
    Column("detail", String(500)),
)

golden_meta = Table(
    "golden_meta",
    metadata,
    Column("golden_id", String(40), primary_key=True),
    Column("evidence", JSON, nullable=False),  # the joins that built the record, with reasons
    Column("confirmed", JSON, nullable=False),  # value -> when last confirmed
    Column("confirmed_at", DateTime(timezone=True)),
    Column("validity", Float, nullable=False),
    Column("flags", JSON, nullable=False),
)


# -- the incremental master's index (derived; written by every merge, rebuilt by a rebuild) ----

match_nodes = Table(
    "match_nodes",
    metadata,
    # each source record's latest observation, as matching sees it, and the person it is in
    Column("obs_id", Integer, primary_key=True, autoincrement=False),
    Column("source", String(200), nullable=False),
    Column("source_key", String(500), nullable=False),
    Column("golden_id", String(40)),
    Column("key", String(800), nullable=False),  # source \x1f source_key
    Column("name_key", String(300), nullable=False),
    Column("given_key", String(200), nullable=False),
    Column("family", String(200), nullable=False),
    Column("full", String(300), nullable=False),  # with org_domain and key: a big block's order
    Column("org_domain", String(300), nullable=False),
)
Index("ix_match_nodes_record", match_nodes.c.source, match_nodes.c.source_key, unique=True)
Index("ix_match_nodes_golden", match_nodes.c.golden_id)
Index("ix_match_nodes_name", match_nodes.c.name_key)
Index("ix_match_nodes_given", match_nodes.c.given_key)
Index("ix_match_nodes_family", match_nodes.c.family)

match_names = Table(
    "match_names",
    metadata,
    # how many nodes bear each name (``name_key``): a merge finds the names whose rarity it may
    # tip among the few bearers' names through ``bearers``' index, not by counting every node
    Column("name_key", String(300), primary_key=True),
    Column("given_key", String(200), nullable=False),
    Column("family", String(200), nullable=False),
    Column("bearers", Integer, nullable=False),
    # its given name's bearers times its family name's: a name is rare while twice this is under
    # the store's size, so a merge finds the names the size's change tips through this index,
    # and those whose given or family name it changes through theirs
    Column("chance", BigInteger, nullable=False),
)
Index("ix_match_names_bearers", match_names.c.bearers)
Index("ix_match_names_chance", match_names.c.chance)
Index("ix_match_names_given", match_names.c.given_key)
Index("ix_match_names_family", match_names.c.family)

match_values = Table(
    "match_values",
    metadata,
    # each node's personal emails and phone tails without extension, before the data set decides
    # which are shared (a team mailbox, a switchboard): who else carries a value says that
    Column("value", String(320), nullable=False),  # "e|" email or "t|" tail
    Column("obs_id", Integer, nullable=False),
)
Index("ix_match_values_value", match_values.c.value)
Index("ix_match_values_obs", match_values.c.obs_id)

match_blocks = Table(
    "match_blocks",
    metadata,
    # blocking keys (``matching.blocking``) of each node: who its candidate pairs are
    Column("key", Text, nullable=False),
    Column("obs_id", Integer, nullable=False),
)
Index("ix_match_blocks_key", match_blocks.c.key)
Index("ix_match_blocks_obs", match_blocks.c.obs_id)

golden_emails = Table(
    "golden_emails",
    metadata,
    # which golden records show an email; the one with the oldest member owns its interactions
    Column("email", String(320), nullable=False),
    Column("golden_id", String(40), nullable=False),
    Column("first_member", Integer, nullable=False),
)
Index("ix_golden_emails_email", golden_emails.c.email)
Index("ix_golden_emails_golden", golden_emails.c.golden_id)

master_events = Table(
    "master_events",
    metadata,
    # what changed besides observations and interactions (a pin, a decision, a bounce, an
    # erasure), for the next merge to re-resolve the people concerned
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("kind", String(16), nullable=False),  # golden | key | email | gone
    Column("value", Text, nullable=False),
)
