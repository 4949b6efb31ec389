"""A loopback TCP proxy that cuts connections, to test what a dropped connection does."""

from __future__ import annotations

import contextlib
import socket
import threading


class CuttingProxy:
    """Forwards 127.0.0.1:port to a target; cuts the first ``cuts`` connections that have
    carried more than ``cut_after`` bytes from the server."""

    def __init__(self, target_port: int, cut_after: int, cuts: int = 1) -> None:
        self.target_port = target_port
        self.cut_after = cut_after
        self.cuts_left = cuts
        self.cut_count = 0
        self._lock = threading.Lock()
        self._listener = socket.socket()
        self._listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._listener.bind(("127.0.0.1", 0))
        self._listener.listen(16)
        self.port = self._listener.getsockname()[1]
        self._stop = threading.Event()
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            upstream = socket.create_connection(("127.0.0.1", self.target_port))
            pair = (client, upstream)
            threading.Thread(
                target=self._pump, args=(upstream, client, pair, True), daemon=True
            ).start()
            threading.Thread(
                target=self._pump, args=(client, upstream, pair, False), daemon=True
            ).start()

    def _pump(self, src: socket.socket, dst: socket.socket, pair: tuple, downstream: bool) -> None:
        carried = 0
        try:
            while True:
                data = src.recv(65536)
                if not data:
                    break
                carried += len(data)
                if downstream and carried > self.cut_after and self._take_cut():
                    dst.sendall(data[: len(data) // 2])  # half a reply, then the line goes dead
                    break
                dst.sendall(data)
        except OSError:
            pass
        for sock in pair:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            sock.close()

    def _take_cut(self) -> bool:
        with self._lock:
            if self.cuts_left <= 0:
                return False
            self.cuts_left -= 1
            self.cut_count += 1
            return True

    def close(self) -> None:
        self._stop.set()
        self._listener.close()
