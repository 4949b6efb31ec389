"""Real servers on loopback for tests: a free port, waiting until one listens, stopping it."""

from __future__ import annotations

import socket
import subprocess
import time
from pathlib import Path


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_until_listening(
    process: subprocess.Popen, port: int, name: str, log: Path, seconds: float
) -> None:
    """Return once the server accepts connections on ``port``; RuntimeError with the end of its
    log when it exits first or does not listen within ``seconds`` (the caller stops it)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{name} exited: " + log.read_text(errors="replace")[-500:])
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return
        except OSError:
            time.sleep(0.05)
    raise RuntimeError(f"{name} did not start within {seconds:g} s")


def stop(process: subprocess.Popen | None) -> None:
    """Terminate a server and wait for it; kill it if it will not go."""
    if process is None or process.poll() is not None:
        return
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
