"""The vCard codec: vCard text <-> ``Contact``, shared by every plugin that reads or writes vCards.

Core, not a plugin's, because two plugins use it (the vcard plugin's files and CardDAV's server
cards) and plugins never import each other. The entry point is ``convert``
(``contact_from_vcard``, ``contact_from_vcard_text``, ``read_card``, ``vcard_from_record``);
it reads through ``syntax`` (lines, escaping) and ``properties`` (one property in the model's
terms), cleans vCard 2.1 encodings with ``legacy_encodings``, and writes through ``writer``.
Files (finding them, their bytes and charsets, CSV exports) stay in the vcard plugin.
"""
