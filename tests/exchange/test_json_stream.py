"""The streaming JSON reader under import: any chunking reads the same values, deep nesting and endless numbers are
refused with a message, a skipped section is not kept, and files in base64 are decoded straight from the buffer."""

from __future__ import annotations

import base64
import io
import json

import pytest

from incidentdesk.exchange.json_stream import BadJson, Stream

DOC = {
    "format": "x",
    "tables": {"a": [{"k": 'v"}{[\\', "n": -1.5e3, "t": True, "z": None}, {"k": "日本語 \u2028", "b": False}], "b": []},
    "version": 1,
}


def _read(st: Stream) -> dict:
    out: dict = {}

    def member(key: str) -> None:
        if key == "tables":
            tables: dict = {}

            def table(name: str) -> None:
                rows: list = []
                st.items(lambda: rows.append(st.value()))
                tables[name] = rows

            st.members(table)
            out[key] = tables
        else:
            out[key] = st.value()

    st.members(member)
    assert st.at_end()
    return out


@pytest.mark.parametrize("chunk", [1, 2, 3, 7, 64, 1 << 20])
@pytest.mark.parametrize("indent", [None, 1])
def test_every_chunking_reads_the_same_document(chunk, indent):
    """Whatever the read size and layout, walking the document gives exactly what json.loads gives."""
    raw = json.dumps(DOC, ensure_ascii=False, indent=indent).encode()
    assert _read(Stream(io.BytesIO(raw), chunk=chunk)) == DOC


@pytest.mark.parametrize(
    "raw",
    [
        b"[" * 5000 + b"]" * 5000,
        b'{"a": ' + b"[" * 5000 + b"]" * 5000 + b"}",
        b'{"a": "x',
        b'{"a": 1',
        b'{"a" 1}',
        b'{"a": tru}',
        b'{"a": 01}',
        b'{"a": "\xff\xfe"}',
        b'{"a": ' + b"9" * 200_000 + b"}",
    ],
)
def test_malformed_documents_are_refused_with_a_message(raw):
    """Broken, truncated, non-UTF-8, too deep or endless input raises BadJson (English and Japanese), no other error."""
    st = Stream(io.BytesIO(raw), chunk=3)
    with pytest.raises(BadJson) as caught:
        st.members(lambda _k: st.value())
    assert str(caught.value) and caught.value.ja


def test_a_skipped_section_is_not_kept_in_memory():
    """Skipping a 20 MB section leaves a buffer of about one chunk, not the section."""
    big = {"tables": {"a": ["x" * 1000] * 20_000}, "version": 1}
    st = Stream(io.BytesIO(json.dumps(big).encode()), chunk=1 << 16)
    seen = []

    def member(key: str) -> None:
        if key == "tables":
            st.skip()
            seen.append(len(st._buf))
        else:
            st.value()

    st.members(member)
    assert seen and seen[0] < 1 << 18


def test_base64_is_decoded_from_the_buffer_or_left_to_json():
    """A plain base64 string is decoded directly; one with escapes is left for json.loads; bad base64 is refused."""
    data = bytes(range(256)) * 100
    text = base64.b64encode(data).decode()
    raw = '["' + text + '", "' + text.replace("/", "\\/") + '", "not base64!"]'  # the second escapes its slashes
    st = Stream(io.BytesIO(raw.encode()), chunk=5)
    got = []

    def item() -> None:
        decoded = st.base64_value()
        got.append(decoded if decoded is not None else st.value())
        if len(got) == 2:
            raise StopIteration

    with pytest.raises(StopIteration):
        st.items(item)
    assert got[0] == data and got[1] == text  # the escaped one came back as text, for the usual check
    assert st.peek() == ord(",")
    st._pos += 1
    with pytest.raises(BadJson):
        st.base64_value()
