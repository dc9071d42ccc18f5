"""Bytes to text: refuse empty, binary and oversized inputs; repair bad encodings with a warning."""

from __future__ import annotations

import unicodedata

from ..errors import BINARY, EMPTY, InputError
from ..model import Notice

_CONTROL_OK = {"\n", "\r", "\t", "\f", "\v"}


def looks_binary(raw: bytes) -> bool:
    """NUL bytes or many control bytes in the first 8 KB: what ``grep`` and ``git`` call binary."""
    head = raw[:8192]
    if b"\x00" in head:
        return True
    control = sum(1 for b in head if b < 32 and chr(b) not in _CONTROL_OK)
    return control > max(8, len(head) // 100)


def decode(raw: bytes, origin: str) -> tuple[str, list[Notice]]:
    """Decode UTF-8 (with or without BOM); anything else is guessed, and the guess is reported."""
    if not raw.strip():
        raise InputError("the input is empty", reason=EMPTY, origin=origin)
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return _normalize(raw.decode("utf-16")), []
        except UnicodeDecodeError:
            pass
    if looks_binary(raw):
        raise InputError("the input is binary, not text", reason=BINARY, origin=origin)
    try:
        return _normalize(raw.decode("utf-8-sig")), []
    except UnicodeDecodeError as exc:
        bad_at = exc.start
    text, encoding = _guess(raw)
    note = Notice(
        code="encoding_repaired",
        message=f"not valid UTF-8 (first bad byte at {bad_at}); decoded as {encoding}",
    )
    return _normalize(text), [note]


def _guess(raw: bytes) -> tuple[str, str]:
    from charset_normalizer import from_bytes

    best = from_bytes(raw).best()
    if best is not None and best.encoding not in ("utf_8", "utf-8"):
        return str(best), best.encoding
    return raw.decode("utf-8", errors="replace"), "UTF-8 with invalid bytes replaced by U+FFFD"


def _normalize(text: str) -> str:
    """NFC, ``\\n`` line ends, no NUL: offsets are then stable across platforms."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    return unicodedata.normalize("NFC", text)
