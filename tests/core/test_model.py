from contactkit.model import Contact, Observation, Phone, PhoneKind


def test_contact_normalizes_on_the_way_in() -> None:
    contact = Contact.model_validate(
        {
            "name": {"full": "Dr. Anna Schmidt"},
            "emails": ["Anna@Acme.example", "anna@acme.example"],
            "phones": [{"text": "030 1234567", "kind": "cell"}],
        },
        context={"default_region": "DE"},
    )
    assert contact.emails == ["anna@acme.example"]
    assert contact.name.given == "Anna" and contact.name.family == "Schmidt"
    assert contact.phones[0].e164 == "+49301234567"
    assert contact.phones[0].kind is PhoneKind.CELL
    # a business email gives the company's domain, a free-mail one does not
    assert contact.organization is not None and contact.organization.domain == "acme.example"
    assert Contact(emails=["x@gmail.com"]).organization is None


def test_phone_keeps_the_text_as_seen() -> None:
    phone = Phone(text="+49 (0)30 / 123 45 67")
    assert phone.text == "+49 (0)30 / 123 45 67"


def test_content_hash_ignores_when_it_was_seen() -> None:
    contact = Contact(emails=["a@b.example"])
    first = Observation(source="s", source_key="k", contact=contact)
    again = Observation(source="s", source_key="k", contact=contact)
    changed = Observation(source="s", source_key="k", contact=Contact(emails=["c@b.example"]))
    assert first.content_hash() == again.content_hash()
    assert first.content_hash() != changed.content_hash()
