"""uvicorn's httptools protocol with a bound on the size of a request's head.

httptools parses HTTP in C (llhttp); h11, which uvicorn can use instead, parses it in Python and
cost about an eighth of the app's CPU per web turn (`bench/app_turn.py`). h11 was used because
its limit on an incomplete head is settable, and httptools has none of its own: a client could
send headers without end. This protocol counts the bytes of each head as they arrive, up to the
blank line that ends it, and answers 431 and closes the connection past `MAX_HEAD_BYTES`, before
the app sees anything. Bodies are not counted here (`bot.http.body` caps them).
"""

from __future__ import annotations

import logging
from typing import Any

from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

MAX_HEAD_BYTES = 16 * 1024
_END_OF_HEAD = b"\r\n\r\n"
_REFUSAL = (
    b"HTTP/1.1 431 Request Header Fields Too Large\r\n"
    b"content-type: text/plain; charset=utf-8\r\n"
    b"content-length: 32\r\n"
    b"connection: close\r\n"
    b"\r\n"
    b"Request header fields too large\n"
)
log = logging.getLogger(__name__)


class BoundedHttpToolsProtocol(HttpToolsProtocol):
    """The httptools protocol, refusing a request head over `MAX_HEAD_BYTES`."""

    max_head_bytes = MAX_HEAD_BYTES

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._in_head = True  # the next bytes belong to a request's head
        self._head_bytes = 0
        self._tail = b""  # the last bytes seen, for a blank line split between two reads

    def data_received(self, data: bytes) -> None:
        if self._in_head:
            seen = self._tail + data
            end = seen.find(_END_OF_HEAD)
            counted = len(data) if end < 0 else max(0, end + len(_END_OF_HEAD) - len(self._tail))
            self._head_bytes += counted
            self._tail = seen[-(len(_END_OF_HEAD) - 1) :]
            if self._head_bytes > self.max_head_bytes:
                log.warning("refused a request head over %d bytes", self.max_head_bytes)
                self.transport.write(_REFUSAL)
                self.transport.close()
                return
        super().data_received(data)

    def on_headers_complete(self) -> None:
        self._in_head = False
        super().on_headers_complete()

    def on_message_complete(self) -> None:
        super().on_message_complete()
        self._in_head, self._head_bytes, self._tail = True, 0, b""
