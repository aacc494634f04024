"""Which Host headers the server answers, and HEAD requests.

A web page on any name can be made to resolve to 127.0.0.1 (DNS
rebinding); its scripts then reach a loopback server, with that name in
the Host header. Answering only the names the server was started on
keeps such a page out."""

from __future__ import annotations

from collections.abc import Iterable

from starlette.types import ASGIApp, Message, Receive, Scope, Send

LOOPBACK = ("127.0.0.1", "localhost", "[::1]")


def split_host(value: str) -> tuple[str, int | None] | None:
    """("name", port or None) of a Host header or --allow-host value; None
    if it is not one."""
    value = value.strip().lower()
    if value.startswith("["):
        end = value.find("]")
        if end < 0:
            return None
        name, rest = value[: end + 1], value[end + 1 :]
    else:
        name, sep, port = value.rpartition(":")
        name, rest = (name, f":{port}") if sep else (port, "")
    if not name or (rest and not (rest.startswith(":") and rest[1:].isdigit())):
        return None
    return name.rstrip("."), int(rest[1:]) if rest else None


def bracketed(host: str) -> str:
    """An address as a Host header spells it ([::1] for ::1)."""
    return f"[{host}]" if ":" in host and not host.startswith("[") else host


class HostNames:
    """Host header values to accept: a name for any port or name:port, "*"
    for anything."""

    def __init__(self, allowed: Iterable[str]):
        self.any = False
        self.names: set[tuple[str, int | None]] = set()
        for value in allowed:
            if value.strip() == "*":
                self.any = True
                continue
            parsed = split_host(bracketed(value.strip()) if value.count(":") > 1 else value)
            if parsed is None:
                raise ValueError(f"not a host name or host:port: {value!r}")
            self.names.add(parsed)

    def accepts(self, header: str) -> bool:
        if self.any:
            return True
        parsed = split_host(header)
        if parsed is None:
            return False
        name, port = parsed
        return (name, None) in self.names or (name, port) in self.names


class HeadAsGet:
    """A HEAD request answered as GET without the body: FastAPI's routes
    answer GET only (and gave 405)."""

    def __init__(self, app: ASGIApp):
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "HEAD":
            await self.app(scope, receive, send)
            return

        async def headers_only(message: Message) -> None:
            if message["type"] == "http.response.body":
                if message.get("more_body"):
                    return
                message = {"type": "http.response.body", "body": b"", "more_body": False}
            await send(message)

        await self.app({**scope, "method": "GET"}, receive, headers_only)
