"""The data model: what sources observe, what the master keeps, what sinks receive.

Values are normalized by the validators on the way in (see ``normalize``), so everything past a
source speaks one canonical form.

One module per concern: ``contact`` (a person's values), ``organization``, ``people`` (staff,
interactions, relationships), ``source_items`` (what a source yields), ``golden`` (what the master
keeps and sinks receive), ``base``. Import from ``contactkit.model``: every name is here.
"""

from contactkit.model.base import (
    describe_error,
    stable_hash,
    utcnow,
)
from contactkit.model.contact import (
    Address,
    AddressKind,
    Contact,
    OrgRef,
    PersonName,
    Phone,
    PhoneKind,
    Url,
    UrlKind,
)
from contactkit.model.golden import (
    FieldSource,
    GoldenRecord,
    Member,
    SinkResult,
    SinkStatus,
)
from contactkit.model.organization import (
    IndustryCode,
    Money,
    Organization,
)
from contactkit.model.people import (
    Employee,
    Interaction,
    InteractionRole,
    Relationship,
)
from contactkit.model.source_items import (
    Bounce,
    Checkpoint,
    Drop,
    Observation,
    OrganizationObservation,
    RecordError,
    ReviewItem,
    ReviewOption,
    SourceItem,
)

__all__ = [
    "Address",
    "AddressKind",
    "Bounce",
    "Checkpoint",
    "Contact",
    "Drop",
    "Employee",
    "FieldSource",
    "GoldenRecord",
    "IndustryCode",
    "Interaction",
    "InteractionRole",
    "Member",
    "Money",
    "Observation",
    "OrgRef",
    "Organization",
    "OrganizationObservation",
    "PersonName",
    "Phone",
    "PhoneKind",
    "RecordError",
    "Relationship",
    "ReviewItem",
    "ReviewOption",
    "SinkResult",
    "SinkStatus",
    "SourceItem",
    "Url",
    "UrlKind",
    "describe_error",
    "stable_hash",
    "utcnow",
]
