"""IMAP: connect and log in (TLS by default, every login scheme the config names), tell a
refused login from a server that cannot answer now, and log out quietly.

What is read once logged in (folders, UIDs, headers, texts) is ``imap_fetch``'s.
"""

from __future__ import annotations

import contextlib
import imaplib
import logging
import shlex
import socket
import ssl
import time

from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientError
from imapclient.imapclient import SocketTimeout

from contactkit.redact import scrub
from contactkit.secrets import SecretRef

from .config import ImapServer

# What a dropped connection or a restarting server looks like to imapclient.
CONNECTION_ERRORS = (OSError, socket.timeout, imaplib.IMAP4.abort, IMAPClientError, ssl.SSLError)


class ImapLoginError(RuntimeError):
    """This mailbox's login was refused; the message names the cause and the fix, never a
    secret. Not retried: the same login would be refused again."""


class ImapSetupError(RuntimeError):
    """A configuration fault that no retry can heal (TLS against a plaintext port, STARTTLS
    not offered, nothing listening, an untrusted certificate, a missing capability). Every
    mailbox on the server would fail alike, so the harvest of that server stops at once."""


class ImapUnavailable(ConnectionError):
    """The server could not answer now (restarting, auth process busy): retried."""


# Texts of login failures that are the server's or the line's trouble, not wrong credentials.
_TRANSIENT = ("socket error", "[UNAVAILABLE]", "Temporary", "EOF", "timed out", "Connection reset")
# OpenSSL's words for "the other side does not speak TLS".
_NOT_TLS = (
    "WRONG_VERSION_NUMBER", "wrong version number", "record layer failure", "UNKNOWN_PROTOCOL",
    "packet length too long", "HTTP_REQUEST", "unexpected eof",
)  # fmt: skip
GREETING_TIMEOUT = 15.0
"""Seconds to wait for the server's greeting: a TLS port never greets a plaintext client."""


def tls_context(server: ImapServer) -> ssl.SSLContext:
    context = ssl.create_default_context(cafile=str(server.ca_file) if server.ca_file else None)
    if not server.verify_tls:
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
    return context


def login_name(server: ImapServer, mailbox: str, login: str | None = None) -> str:
    """The server's name for ``mailbox``: the directory's login, else the login template."""
    if login:
        return login
    local, _, domain = mailbox.rpartition("@")
    return server.login_template.format(address=mailbox, local=local, domain=domain)


def connect(
    server: ImapServer, mailbox: str, login: str | None = None, *, first_contact: bool = False
) -> IMAPClient:
    """A logged-in client for ``mailbox``.

    ``first_contact``: the server was never reached in this run, so a refused connection or a
    missing greeting is a setup mistake (wrong host or port), not a restart in progress.
    """
    where = f"{server.host}:{server.port or (993 if server.security == 'ssl' else 143)}"
    try:
        client = _open(server)
    except ssl.SSLCertVerificationError as exc:
        raise ImapSetupError(
            f"{where}: the server's certificate is not trusted ({exc.verify_message}); give "
            "imap.ca_file = the company CA, or fix the host name"
        ) from None
    except ssl.SSLError as exc:
        if server.security == "ssl" and any(m in str(exc) for m in _NOT_TLS):
            raise ImapSetupError(
                f"{where} does not speak TLS (IMAPS): it is a plaintext or STARTTLS port; use "
                "imap.security = 'starttls' (or the IMAPS port, usually 993)"
            ) from None
        raise
    except socket.gaierror:
        raise ImapSetupError(f"{server.host}: no such host (check imap.host)") from None
    except ConnectionRefusedError:
        if first_contact:
            raise ImapSetupError(
                f"{where}: connection refused, nothing listens there; check imap.host and "
                "imap.port (IMAPS is usually 993, STARTTLS 143)"
            ) from None
        raise
    except (TimeoutError, imaplib.IMAP4.abort):
        if first_contact and server.security != "ssl":
            raise ImapSetupError(
                f"{where}: no IMAP greeting; is it the IMAPS (TLS) port? use imap.security = "
                "'ssl' there, or the STARTTLS port (usually 143)"
            ) from None
        raise
    client.normalise_times = False  # keep INTERNALDATE's zone instead of local naive time
    if not logging.getLogger("imapclient.imaplib").isEnabledFor(logging.DEBUG):
        # imapclient turns imaplib's debug level up to log through it; imaplib then formats
        # every response line (a repr of each header block) before the logger drops it
        client._imap.debug = 0
    try:
        _check_capabilities(client, server, where)
        _login(client, server, mailbox, login_name(server, mailbox, login))
    except Exception:
        _quiet_logout(client)
        raise
    return client


def _open(server: ImapServer) -> IMAPClient:
    timeout = SocketTimeout(connect=min(server.timeout, GREETING_TIMEOUT), read=server.timeout)
    if server.security == "ssl":
        return IMAPClient(
            server.host, port=server.port or 993, ssl=True, ssl_context=tls_context(server),
            timeout=timeout,
        )  # fmt: skip
    client = IMAPClient(server.host, port=server.port or 143, ssl=False, timeout=timeout)
    if server.security == "starttls":
        if b"STARTTLS" not in client.capabilities():
            _quiet_logout(client)
            where = f"{server.host}:{server.port or 143}"
            raise ImapSetupError(
                f"{where} does not offer STARTTLS; use imap.security = 'ssl' on the IMAPS port "
                "(usually 993), or for a lab server security = 'plain' with "
                "allow_plaintext = true"
            )
        client.starttls(tls_context(server))
    return client


_NEEDED = {"xoauth2": b"AUTH=XOAUTH2", "sasl_plain_authzid": b"AUTH=PLAIN"}


def _check_capabilities(client: IMAPClient, server: ImapServer, where: str) -> None:
    """The login needs something the server does not offer: say which, before trying."""
    caps = set(client.capabilities())
    if b"LOGINDISABLED" in caps and server.auth in ("password", "master"):
        raise ImapSetupError(
            f"{where} refuses LOGIN on this connection (LOGINDISABLED); use TLS "
            "(imap.security = 'ssl' or 'starttls')"
        )
    needed = _NEEDED.get(server.auth)
    offered = {c for c in caps if c.startswith(b"AUTH=")}
    if needed and offered and needed not in offered:
        names = ", ".join(sorted(c.decode()[5:] for c in offered))
        raise ImapSetupError(
            f"{where} does not offer {needed.decode()[5:]} (imap.auth = '{server.auth}'); it "
            f"offers {names}: enable it on the server or pick another imap.auth"
        )


def _login(client: IMAPClient, server: ImapServer, mailbox: str, login: str) -> None:
    shown = login
    try:
        if server.auth == "xoauth2":
            assert server.token is not None
            # the token is the app's; each mailbox logs in as itself
            client.oauth2_login(login, _token(server.token, login))
        elif server.auth == "password":
            assert server.password is not None
            shown = server.username or login
            client.login(shown, server.password.reveal())
        elif server.auth == "master":
            assert server.password is not None
            shown = f"{login}{server.master_separator}{server.username}"
            client.login(shown, server.password.reveal())
        else:  # SASL PLAIN with the mailbox as authorization identity
            assert server.password is not None
            shown = f"{server.username} for {login}"
            client.plain_login(server.username, server.password.reveal(), login)
    except IMAPClientError as exc:
        text = _server_says(str(exc))
        if any(mark in text for mark in _TRANSIENT):
            # a restarting server or a cut line during LOGIN: worth another try
            raise ImapUnavailable(f"login to {mailbox} interrupted") from None
        raise ImapLoginError(
            f"login to {mailbox} as {shown!r} ({server.auth}) refused: {text}; "
            f"{_login_fix(server, text)}"
        ) from None


def _login_fix(server: ImapServer, text: str) -> str:
    unknown = (
        "the mailbox may be unknown to the server under this login (set a login column in the "
        "directory, or imap.login_template such as '{local}')"
    )
    if server.auth == "xoauth2":
        return f"{unknown}, or the token lacks access to it (scope, app permissions)"
    if server.auth == "password":
        return "check the password and the login name"
    if "AUTHORIZATIONFAILED" in text:
        return f"{unknown}, or the admin user may not open it (grant it on the server)"
    return f"{unknown}, or the admin credentials are wrong"


def _server_says(text: str) -> str:
    """The server's reason, on one short line, without any secret it may echo back."""
    text = " ".join(scrub(text).split())
    for prefix in ("b'", 'b"'):
        if text.startswith(prefix):
            text = text[2:-1]
    return text[:120]


_TOKENS: dict[SecretRef, tuple[float, str]] = {}
_TOKEN_TTL = 300.0  # access tokens live about an hour; a command is not run per mailbox


PER_MAILBOX = "{mailbox}"
"""In a token command: the mailbox's login, for services that mint one token per mailbox
(Google Workspace domain-wide delegation); without it one token serves every mailbox
(Microsoft 365 application access)."""


def _token(ref: SecretRef, login: str) -> str:
    if ref.command and PER_MAILBOX in ref.command:
        ref = SecretRef(command=ref.command.replace(PER_MAILBOX, shlex.quote(login)))
    hit = _TOKENS.get(ref)
    now = time.monotonic()
    if hit is None or now - hit[0] > _TOKEN_TTL:
        hit = _TOKENS[ref] = (now, ref.reveal())
    return hit[1]


def _quiet_logout(client: IMAPClient) -> None:
    try:
        client.logout()
    except Exception:  # the connection may already be gone
        with contextlib.suppress(Exception):
            client.shutdown()


def close(client: IMAPClient | None) -> None:
    if client is not None:
        _quiet_logout(client)
