"""A throwaway Dovecot IMAP server in a temp dir, for tests and the benchmark.

Everything lives under one directory: config, base_dir, state, logs, a self-signed certificate,
a passwd-file with the users and a master user, and Maildir mailboxes. It listens on free
loopback ports only (IMAP with STARTTLS, and IMAPS).
"""

from __future__ import annotations

import os
import pwd
import re
import shutil
import socket
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path

from contactkit.testing.processes import free_port

MASTER_USER = "harvester"
MASTER_PASSWORD = "master-secret"  # test-only credential of a throwaway server


def _run_user() -> tuple[str, int, int]:
    """Mail processes may not run as root: use the invoking user, or 'nobody' under root."""
    uid = os.getuid()
    if uid != 0:
        entry = pwd.getpwuid(uid)
        return entry.pw_name, entry.pw_uid, entry.pw_gid
    entry = pwd.getpwnam("nobody")
    return entry.pw_name, entry.pw_uid, entry.pw_gid


@dataclass
class DovecotServer:
    root: Path
    users: dict[str, str]
    """email -> password"""
    host: str = "127.0.0.1"
    imap_port: int = 0
    imaps_port: int = 0
    process: subprocess.Popen | None = None
    env_extra: dict[str, str] = field(default_factory=dict)
    ssl: bool = True
    """False: a lab server without TLS at all (no IMAPS, no STARTTLS)."""
    mechanisms: str = "plain login xoauth2"

    @property
    def cert(self) -> Path:
        return self.root / "cert.pem"

    def maildir(self, user: str) -> Path:
        return self.root / "mail" / user / "Maildir"

    def write_config(self) -> None:
        name, uid, gid = _run_user()
        root = self.root
        for sub in ("base", "state", "mail"):
            (root / sub).mkdir(parents=True, exist_ok=True)
        if not self.cert.exists():
            subprocess.run(
                ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
                 "-keyout", str(root / "key.pem"), "-out", str(self.cert),
                 "-subj", "/CN=localhost", "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost"],
                check=True, capture_output=True,
            )  # fmt: skip
        (root / "passwd").write_text(
            "".join(f"{user}:{{PLAIN}}{pw}::::::\n" for user, pw in self.users.items())
        )
        (root / "master-passwd").write_text(f"{MASTER_USER}:{{PLAIN}}{MASTER_PASSWORD}::::::\n")
        self.imap_port = self.imap_port or free_port()
        self.imaps_port = self.imaps_port or free_port()
        (root / "dovecot.conf").write_text(f"""
protocols = imap
listen = 127.0.0.1
base_dir = {root}/base
state_dir = {root}/state
log_path = {root}/dovecot.log
info_log_path = {root}/dovecot.log
instance_name = ck-test-{self.imap_port}
default_internal_user = {name}
default_internal_group = {_group_name(gid)}
default_login_user = {name}
first_valid_uid = {uid}
first_valid_gid = {gid}
{self._ssl_settings()}
disable_plaintext_auth = no
auth_mechanisms = {self.mechanisms}
auth_master_user_separator = *
mail_location = maildir:{root}/mail/%u/Maildir
mail_uid = {uid}
mail_gid = {gid}
imap_max_line_length = 1M
mail_max_userip_connections = 50
passdb {{
  driver = passwd-file
  master = yes
  args = {root}/master-passwd
  pass = yes
}}
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {root}/passwd
}}
userdb {{
  driver = static
  args = uid={uid} gid={gid} home={root}/mail/%u
}}
namespace inbox {{
  inbox = yes
  separator = /
  mailbox Drafts {{
    special_use = \\Drafts
  }}
  mailbox Junk {{
    special_use = \\Junk
  }}
  mailbox Trash {{
    special_use = \\Trash
  }}
  mailbox Sent {{
    special_use = \\Sent
  }}
}}
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {self.imap_port}
  }}
  inet_listener imaps {{
    address = 127.0.0.1
    port = {self.imaps_port if self.ssl else 0}
    ssl = {"yes" if self.ssl else "no"}
  }}
  process_min_avail = 1
}}
service anvil {{
  chroot =
}}
service imap-login {{
  chroot =
}}
service pop3-login {{
  chroot =
}}
service auth {{
  user = {name}
}}
service auth-worker {{
  user = {name}
}}
service stats {{
  user = {name}
}}
""")
        # Dovecot runs its mail processes as that user, so it must own the tree.
        if os.getuid() == 0:
            for path in [root, *root.rglob("*")]:
                os.chown(path, uid, gid)

    def _ssl_settings(self) -> str:
        if not self.ssl:
            return "ssl = no"
        return f"ssl = yes\nssl_cert = <{self.cert}\nssl_key = <{self.root}/key.pem"

    def start(self) -> None:
        self.write_config()
        exe = shutil.which("dovecot") or "/usr/sbin/dovecot"
        self.process = subprocess.Popen(
            [exe, "-F", "-c", str(self.root / "dovecot.conf")],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        self.wait_ready()

    def wait_ready(self, timeout: float = 15.0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process and self.process.poll() is not None:
                err = self.process.stderr.read().decode() if self.process.stderr else ""
                raise RuntimeError(f"dovecot exited: {err} {self.log()[-2000:]}")
            try:
                with socket.create_connection((self.host, self.imap_port), timeout=1) as sock:
                    if sock.recv(100).startswith(b"* OK"):
                        return
            except OSError:
                time.sleep(0.1)
        raise RuntimeError(f"dovecot did not start: {self.log()[-2000:]}")

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(5)
        self.process = None

    def restart(self) -> None:
        self.stop()
        self.start()

    def log(self) -> str:
        path = self.root / "dovecot.log"
        return path.read_text(errors="replace") if path.exists() else ""

    def mark(self) -> int:
        """Where the log stands once every session so far has logged its end: what a test
        reads from here on is its own sessions'."""
        return len(self.sessions_log(0))

    def sessions_log(self, since: int, timeout: float = 15.0) -> str:
        """The log from character ``since`` on, once every session logged in there has logged
        its end (Dovecot writes a session's counters after the client has gone)."""
        deadline = time.monotonic() + timeout
        while True:
            text = self.log()[since:]
            logins = len(re.findall(r"imap-login: Info: Login:", text))
            ends = len(re.findall(r"\bimap\([^)]*\)\S*: Info: Disconnected", text))
            if ends >= logins or time.monotonic() > deadline:
                return text
            time.sleep(0.05)

    def fix_owner(self) -> None:
        """After writing mail files as root, hand them to the mail user."""
        if os.getuid() == 0:
            _, uid, gid = _run_user()
            for path in [self.root / "mail", *(self.root / "mail").rglob("*")]:
                os.chown(path, uid, gid)


def _group_name(gid: int) -> str:
    import grp

    return grp.getgrgid(gid).gr_name
