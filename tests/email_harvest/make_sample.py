"""Regenerate the demo export in sample/mail: ``python tests/email_harvest/make_sample.py``.

Alice's mailbox is mbox files, Bob's a Maildir, Carol's folders of .eml files: one of each
format the offline harvest reads.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import mailgen

SAMPLE = Path(__file__).resolve().parents[2] / "sample" / "mail"


def main() -> None:
    placed = mailgen.placement(mailgen.scenario(broken=False))
    for child in SAMPLE.glob("*@*"):
        shutil.rmtree(child) if child.is_dir() else child.unlink()
    alice = SAMPLE / mailgen.ALICE
    for folder, messages in placed[mailgen.ALICE].items():
        mailgen.write_mbox(alice / f"{folder}.mbox", messages)
    mailgen.write_maildir(SAMPLE / mailgen.BOB, placed[mailgen.BOB], stable=True)
    for folder, messages in placed[mailgen.CAROL].items():
        mailgen.write_eml(SAMPLE / mailgen.CAROL / folder, messages)
    (SAMPLE / "directory.csv").write_text(
        "email,name,employee_id\n"
        + "".join(f"{e},{mailgen.NAMES[e]},E{100 + i}\n" for i, e in enumerate(mailgen.HARVESTED))
    )


if __name__ == "__main__":
    main()
