"""Re-import changes nothing, unchanged files are not re-read, oversized input is refused."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from vcard_helpers import read

from contactkit_plugins.vcard import source as source_module


def snapshot(run) -> dict[str, str]:
    return {o.source_key: o.content_hash() for o in run.observations}


def test_importing_the_same_files_twice_gives_the_same_keys_and_content(fixtures: Path):
    first = read([fixtures])
    second = read([fixtures])  # a fresh state: everything is read again
    assert snapshot(first) == snapshot(second)
    assert len(snapshot(first)) == len(first.observations), "source keys are unique"


def test_keys_are_uid_or_a_content_hash_independent_of_file_name(fixtures: Path, tmp_path):
    run = read([fixtures / "google_30.vcf"])
    copy = tmp_path / "renamed-copy.vcf"
    copy.write_bytes((fixtures / "google_30.vcf").read_bytes().replace(b"\n", b"\r\n"))
    again = read([copy])
    assert snapshot(run) == snapshot(again), "CRLF vs LF or another name: same records"
    assert all(k.startswith("hash:") for k in snapshot(run))


def test_unchanged_file_is_not_opened_on_the_next_run(fixtures: Path, monkeypatch):
    first = read([fixtures])
    opened: list[Path] = []
    original = Path.read_bytes

    def spy(self: Path) -> bytes:
        opened.append(self)
        return original(self)

    monkeypatch.setattr(Path, "read_bytes", spy)
    second = read([fixtures], state=first.state)
    # only the file that could not be read (no known CSV layout) is tried again
    assert [p.name for p in opened] == ["custom.csv"]
    assert second.observations == [] and len(second.errors) == 1


def test_touched_but_identical_file_is_hashed_not_parsed(fixtures: Path, monkeypatch):
    path = fixtures / "apple_30.vcf"
    first = read([path])
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 5_000_000_000))
    parsed: list[Path] = []
    monkeypatch.setattr(
        source_module.VCardSource,
        "read_file",
        lambda self, p, *a: parsed.append(p) or iter(()),
    )
    second = read([path], state=first.state)
    assert parsed == []
    assert second.observations == []
    entry = second.state["files"][str(path.resolve())]
    assert entry["mtime_ns"] == stat.st_mtime_ns + 5_000_000_000
    assert entry["format"] == "vcard 3.0", "what the first run learnt is kept"


def test_changed_file_is_read_again(fixtures: Path):
    path = fixtures / "google_30.vcf"
    first = read([path])
    path.write_bytes(path.read_bytes().replace(b"Directora Comercial", b"CEO"))
    second = read([path], state=first.state)
    titles = {o.contact.name.full: o.contact.title for o in second.observations}
    assert titles["Sofía Ramírez"] == "CEO"


def test_a_checkpoint_after_each_file_keeps_earlier_files(fixtures: Path):
    run = read([fixtures / "google_30.vcf", fixtures / "apple_30.vcf"])
    assert len(run.checkpoints) == 2
    # each checkpoint is a delta naming its own file; together they keep both
    assert all(c.delta and len(c.state["files"]) == 1 for c in run.checkpoints)
    assert len(run.state["files"]) == 2
    # items of a file come before that file's checkpoint
    index = run.items.index(run.checkpoints[0])
    assert all(
        o.contact.name.full != "Yuki Nakamura" for o in run.items[:index] if hasattr(o, "contact")
    )


def test_oversized_file_is_refused_with_a_clear_error(fixtures: Path):
    run = read([fixtures / "apple_30.vcf"], max_file_bytes=1000)
    [error] = run.errors
    assert "over max_file_bytes" in error.reason and "refused" in error.reason
    assert run.observations == []
    assert run.state == {}, "a refused file is not checkpointed as done"


def test_oversized_card_is_refused_and_its_neighbours_kept(tmp_path: Path):
    small = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Small Card\r\nEND:VCARD\r\n"
    big = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Big Card\r\nNOTE:" + "x" * 5000 + "\r\nEND:VCARD\r\n"
    path = tmp_path / "mixed.vcf"
    path.write_text(small + big + small.replace("Small", "Other"), encoding="utf-8")
    run = read([path], max_card_bytes=2000)
    assert sorted(o.contact.name.full for o in run.observations) == ["Other Card", "Small Card"]
    [error] = run.errors
    assert error.record_key == f"{path.resolve()}:5"
    assert "over max_card_bytes" in error.reason


def test_oversized_inline_photo_is_ignored_with_a_warning(tmp_path: Path):
    photo = "A" * 8000
    text = (
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Photo Person\r\n"
        f"PHOTO;ENCODING=b:{photo}\r\nEND:VCARD\r\n"
    )
    path = tmp_path / "photo.vcf"
    path.write_text(text, encoding="utf-8")
    run = read([path], max_photo_bytes=1024)
    assert [o.contact.name.full for o in run.observations] == ["Photo Person"]
    assert any("PHOTO of 5 KiB over max_photo_bytes (1 KiB): ignored" in n for n in run.notes)


def test_missing_path_and_non_vcard_file_are_errors(tmp_path: Path):
    fake = tmp_path / "notes.vcf"
    fake.write_text("just some text\n", encoding="utf-8")
    run = read([tmp_path / "nope", fake])
    reasons = sorted(e.reason for e in run.errors)
    assert reasons == ["no BEGIN:VCARD found: not a vCard file", "no such file or folder"]


def test_folder_search_skips_hidden_and_unrelated_files(tmp_path: Path):
    (tmp_path / ".hidden").mkdir()
    card = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Seen Once\r\nEND:VCARD\r\n"
    (tmp_path / ".hidden" / "x.vcf").write_text(card, encoding="utf-8")
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.VCF").write_text(card, encoding="utf-8")
    run = read([tmp_path, tmp_path / "sub" / "a.VCF"])  # named twice: read once
    assert [o.contact.name.full for o in run.observations] == ["Seen Once"]
    assert list(run.state["files"]) == [str((tmp_path / "sub" / "a.VCF").resolve())]


@pytest.mark.parametrize("recursive,expected", [(True, 1), (False, 0)])
def test_recursive_option(tmp_path: Path, recursive: bool, expected: int):
    (tmp_path / "sub").mkdir()
    card = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Deep Down\r\nEND:VCARD\r\n"
    (tmp_path / "sub" / "a.vcf").write_text(card, encoding="utf-8")
    assert len(read([tmp_path], recursive=recursive).observations) == expected
