"""An IMAP server on loopback that refuses every login by echoing the command back.

Some servers do answer ``a1 NO ... LOGIN user "pw"``: the password is then in library exception
text, which is what the redactor has to catch.
"""

from __future__ import annotations

import socket
import threading


class EchoingImapServer:
    """Plain-text IMAP on 127.0.0.1: greets, answers CAPABILITY, refuses LOGIN with an echo."""

    def __init__(self) -> None:
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(8)
        self.port = self.sock.getsockname()[1]
        self.logins = 0
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            threading.Thread(target=self._session, args=(conn,), daemon=True).start()

    def _session(self, conn: socket.socket) -> None:
        with conn, conn.makefile("rb") as lines:
            conn.sendall(b"* OK [CAPABILITY IMAP4rev1 LOGINDISABLED0] echo ready\r\n")
            for raw in lines:
                tag, _, rest = raw.rstrip(b"\r\n").partition(b" ")
                command = rest.split(b" ", 1)[0].upper()
                if command == b"CAPABILITY":
                    conn.sendall(b"* CAPABILITY IMAP4rev1\r\n" + tag + b" OK done\r\n")
                elif command == b"LOGIN":
                    self.logins += 1
                    conn.sendall(tag + b" NO [AUTHENTICATIONFAILED] " + rest + b" failed\r\n")
                elif command == b"LOGOUT":
                    conn.sendall(b"* BYE\r\n" + tag + b" OK bye\r\n")
                    return
                else:
                    conn.sendall(tag + b" BAD unknown\r\n")

    def close(self) -> None:
        self.sock.close()
