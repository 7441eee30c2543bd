"""Reading one large JSON document a piece at a time: the top level and the "tables" object are walked here,
each record is parsed alone, so memory holds one record (and one read buffer) rather than the whole file.

Only the standard library: the structure is found with regular expressions over bytes (a string is
skipped in one match, however long), and each value is handed to `json.loads`. Nothing recurses, so
a document nested 5,000 deep is refused with a message, not a RecursionError.
"""

from __future__ import annotations

import binascii
import json
import re
from typing import Any, BinaryIO
from collections.abc import Callable

CHUNK = 1 << 20
FAST_WINDOWS = (1 << 12, 1 << 16)  # bytes the C decoder is given for an object or a list (a record fits the first)
MAX_SCALAR = 1 << 16  # a number longer than this is no value of a ledger (json.loads refuses over 4,300 digits)
_WS = re.compile(rb"[ \t\r\n]*")
_QUOTE_OR_ESCAPE = re.compile(rb'["\\]')
_STRUCTURE = re.compile(rb'["{}\[\]]')
_SCALAR = re.compile(rb"-?[0-9]+(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?|true|false|null")


class BadJson(ValueError):
    """The file is not the JSON it should be; `en`/`ja` say where and why."""

    def __init__(self, en: str, ja: str):
        super().__init__(en)
        self.ja = ja


class Stream:
    """A cursor over a binary file: whitespace, strings, and whole values as byte spans."""

    def __init__(self, fh: BinaryIO, *, chunk: int = CHUNK):
        self._fh = fh
        self._chunk = chunk
        self._buf = bytearray()  # grows in place: appending never copies what is already read
        self._pos = 0
        self._base = fh.tell()  # file offset of _buf[0]
        self._eof = False

    # -- the buffer ------------------------------------------------------------------------
    def offset(self) -> int:
        return self._base + self._pos

    def seek(self, offset: int) -> None:
        self._fh.seek(offset)
        self._buf, self._pos, self._base, self._eof = bytearray(), 0, offset, False

    def _more(self) -> bool:
        """Read another chunk. Every scan resumes where the last one stopped, so a long value costs O(its size)
        and the buffer holds it plus one chunk, never twice it."""
        if self._eof:
            return False
        data = self._fh.read(self._chunk)
        if not data:
            self._eof = True
            return False
        self._buf += data
        return True

    def _compact(self) -> None:
        """Drop what was consumed; only between tokens, when no buffer index is held anywhere."""
        if self._pos > self._chunk:
            self._base += self._pos
            del self._buf[: self._pos]
            self._pos = 0

    def _match(self, pattern: re.Pattern[bytes], at: int) -> re.Match[bytes] | None:
        """`pattern` matched exactly at buffer index `at`, reading more while the buffer may cut it short.
        Only for short tokens (numbers, true/false/null): one longer than MAX_SCALAR is refused, not followed."""
        while True:
            found = pattern.match(self._buf, at)
            if found is not None and found.end() < len(self._buf):
                return found
            if found is not None and found.end() - at > MAX_SCALAR:
                raise self.error("a number too long to read", "長すぎる数値があります")
            if not self._more():
                return pattern.match(self._buf, at)

    def _find(self, pattern: re.Pattern[bytes], at: int) -> re.Match[bytes] | None:
        """The first match of a one-byte `pattern` at or after `at`, reading more until found or the end."""
        while True:
            found = pattern.search(self._buf, at)
            if found is not None:
                return found
            at = len(self._buf)
            if not self._more():
                return None

    # -- tokens ----------------------------------------------------------------------------
    def peek(self) -> int | None:
        """The next byte after whitespace, or None at the end of the file."""
        self._compact()
        while True:
            spaces = _WS.match(self._buf, self._pos)
            assert spaces is not None  # the pattern matches the empty string too
            self._pos = spaces.end()
            if self._pos < len(self._buf):
                return self._buf[self._pos]
            if not self._more():
                return None

    def expect(self, char: bytes, what_en: str, what_ja: str) -> None:
        if self.peek() != char[0]:
            raise self.error(f"expected {what_en}", f"{what_ja}が必要です")
        self._pos += 1

    def at_end(self) -> bool:
        return self.peek() is None

    def error(self, en: str, ja: str) -> BadJson:
        where = self.offset()
        return BadJson(f"{en} at byte {where}", f"{ja}(先頭から {where} バイト目)")

    def _string_scan(self, at: int) -> tuple[int, bool]:
        """(index just after the string whose opening quote is at `at`, whether it holds an escape), reading
        more as needed; each byte is scanned once, however long the string."""
        escaped, i = False, at + 1
        while True:
            mark = _QUOTE_OR_ESCAPE.search(self._buf, i)
            if mark is None:
                i = len(self._buf)
                if not self._more():
                    self._pos = at
                    raise self.error("unterminated text", "文字列が閉じていません")
                continue
            if self._buf[mark.start()] == ord('"'):
                return mark.end(), escaped
            escaped = True
            if mark.start() + 1 >= len(self._buf) and not self._more():
                self._pos = at
                raise self.error("unterminated text", "文字列が閉じていません")
            i = mark.start() + 2

    def _string_end(self, at: int) -> int:
        return self._string_scan(at)[0]

    def base64_value(self) -> bytes | None:
        """The next value decoded from base64 straight out of the read buffer, if it is a string without escapes
        (as every export writes its files); None, with the cursor where it was, for anything else. A file of any
        size costs its text once in the buffer and its bytes once, never the copies json.loads would make."""
        if self.peek() != ord('"'):
            return None
        start = self._pos
        end, escaped = self._string_scan(start)
        if escaped:
            self._pos = start
            return None
        view = memoryview(self._buf)[start + 1 : end - 1]
        try:
            data = binascii.a2b_base64(view, strict_mode=True)
        except binascii.Error:
            raise BadJson("text that is not base64", "base64 として読み取れない文字列です") from None
        finally:
            view.release()
        self._pos = end
        return data

    def string(self) -> str:
        """A JSON string (an object key)."""
        if self.peek() != ord('"'):
            raise self.error("expected a quoted name", "引用符で囲んだ名前が必要です")
        start = self._pos
        self._pos = self._string_end(start)
        name = _loads(self._buf[start : self._pos])
        assert isinstance(name, str)  # a complete JSON string, or _loads raised
        return name

    def value_bytes(self) -> bytearray:
        """The next value's bytes (a copy out of the read buffer), found without parsing its inside (objects and
        arrays to any depth)."""
        first = self.peek()
        if first is None:
            raise self.error("unexpected end of file", "ファイルが途中で終わっています")
        start = self._pos
        if first == ord('"'):
            self._pos = self._string_end(start)
            return self._buf[start : self._pos]
        if first not in b"{[":
            found = self._match(_SCALAR, start)
            if found is None:
                raise self.error("unexpected character", "予期しない文字があります")
            self._pos = found.end()
            return self._buf[start : self._pos]
        depth, at = 0, start
        while True:
            mark = self._find(_STRUCTURE, at)
            if mark is None:
                raise self.error("unexpected end of file", "ファイルが途中で終わっています")
            ch = self._buf[mark.start()]
            if ch == ord('"'):
                at = self._string_end(mark.start())
                continue
            depth += 1 if ch in b"{[" else -1
            at = mark.start() + 1
            if depth == 0:
                self._pos = at
                return self._buf[start:at]

    def value(self) -> Any:
        """The next value, parsed. An object or a list is first tried with the json module's C decoder straight on a
        window of the buffer (a record fits in a few KB), which finds its end too; anything it cannot finish
        there (a longer value, a window cut short, an error) takes the exact path: scan, then parse."""
        first = self.peek()
        if first is not None and first in b"{[":
            for window in FAST_WINDOWS:
                end = min(len(self._buf), self._pos + window)
                try:
                    text = _decoded(self._buf, self._pos, end)
                    value, used = _DECODER.raw_decode(text)
                except (ValueError, RecursionError):  # JSONDecodeError, a cut character: a larger window, or the
                    if end == len(self._buf):  # exact path, which says why
                        break
                    continue
                self._pos += len(text[:used].encode("utf-8"))
                return value
        return _loads(self.value_bytes())

    def skip(self) -> None:
        """Move past the next value without keeping it: what was scanned is dropped as the scan goes, so a
        section of any size costs a read buffer (and its longest text), not its size."""
        first = self.peek()
        if first is None or first not in b"{[":
            self.value_bytes()
            return
        depth = 0
        while True:
            mark = self._find(_STRUCTURE, self._pos)
            if mark is None:
                raise self.error("unexpected end of file", "ファイルが途中で終わっています")
            ch = self._buf[mark.start()]
            if ch == ord('"'):
                self._pos = self._string_end(mark.start())
            else:
                depth += 1 if ch in b"{[" else -1
                self._pos = mark.start() + 1
                if depth == 0:
                    return
            self._compact()

    def members(self, on_member: Callable[[str], None]) -> None:
        """Walk an object: call `on_member(key)` with the cursor on each member's value, which it must consume."""
        self.expect(b"{", "an object ({)", "オブジェクト({)")
        if self.peek() == ord("}"):
            self._pos += 1
            return
        while True:
            key = self.string()
            self.expect(b":", "a colon", "コロン(:)")
            on_member(key)
            if self.peek() == ord(","):
                self._pos += 1
                continue
            self.expect(b"}", "a comma or }", "カンマまたは }")
            return

    def items(self, on_item: Callable[[], None]) -> None:
        """Walk an array: call `on_item()` with the cursor on each element, which it must consume."""
        self.expect(b"[", "a list ([)", "リスト([)")
        if self.peek() == ord("]"):
            self._pos += 1
            return
        while True:
            on_item()
            if self.peek() == ord(","):
                self._pos += 1
                continue
            self.expect(b"]", "a comma or ]", "カンマまたは ]")
            return


_DECODER = json.JSONDecoder()


def _decoded(buf: bytearray, start: int, end: int) -> str:
    """buf[start:end] as text; a character cut in two at `end` is left out (the value cannot end inside it)."""
    try:
        return buf[start:end].decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.reason == "unexpected end of data" and exc.start >= end - start - 3:
            return buf[start : start + exc.start].decode("utf-8")
        raise


def _loads(data: bytes | bytearray) -> Any:
    try:
        return json.loads(data)
    except RecursionError:
        raise BadJson("values nested too deeply", "入れ子が深すぎます") from None
    except UnicodeDecodeError:
        raise BadJson("text that is not UTF-8", "UTF-8 ではない文字列があります") from None
    except ValueError as exc:  # JSONDecodeError, and integers of more than 4,300 digits
        raise BadJson(f"not valid JSON ({str(exc)[:80]})", "JSON として読み取れません") from None
