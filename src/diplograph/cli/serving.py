"""The listening socket of `diplograph serve`, opened before anything is
printed, so that a port in use is one line of error, not a "serving on"
line followed by uvicorn's failure."""

from __future__ import annotations

import socket

EVERYWHERE = {"0.0.0.0", "::", ""}


def listen(host: str, port: int) -> socket.socket:
    """A socket bound to host:port and listening; OSError if it cannot be."""
    family, kind, proto, _, address = socket.getaddrinfo(
        host or None, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE
    )[0]
    sock = socket.socket(family, kind, proto)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(address)
        sock.listen(2048)
    except OSError:
        sock.close()
        raise
    return sock
