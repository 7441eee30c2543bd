"""The parsed-font cache: a warm cache gives the same PDF bytes, and a bad cache costs only time."""

from __future__ import annotations

import os
import pickle
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from reportlab.pdfbase import ttfonts

from incidentdesk.reports import fonts

BUILD = """
import sys
from datetime import date
from reportlab.pdfbase import ttfonts
parsed = []
original = ttfonts.TTFontFile.extractInfo
def counted(self, *a, **k):
    parsed.append(self.filename)
    return original(self, *a, **k)
ttfonts.TTFontFile.extractInfo = counted
from incidentdesk.reports import build, data
memo = data.MemoData(
    lang="ja", date_style="era", memo_date=date(2021, 3, 19), number="情政第3号", marking="取扱注意",
    municipality="架空市", department="総務部", section="情報政策課", contact_name="山田", contact_phone="0000",
    addressee="市長", approval_roles=("市長", "課長"), font_path="", title="LINE社の個人情報管理問題",
    overview="概要。", policy="方針。", counts=(("continue", 1),), timeline=(), uses=(), statements=(),
    requests=(), schedule=(), sources=(), previous=None, changes=())
pdf = build(memo)
sys.stderr.write(f"parsed={len(parsed)}\\n")
sys.stdout.buffer.write(pdf)
"""


def _found_font() -> str:
    for folder in fonts.font_dirs():
        for filename, _ in fonts.CANDIDATES["gothic"]:
            if (folder / filename).is_file() and filename.endswith(".ttf"):
                return str(folder / filename)
    pytest.skip("no Japanese TrueType font installed")


@pytest.fixture
def cache_home(tmp_path, monkeypatch):
    monkeypatch.setenv("INCIDENTDESK_DATA_DIR", str(tmp_path / "data"))
    return tmp_path / "data" / "cache" / "fonts"


def _build_in_fresh_process(env: dict) -> tuple[bytes, int]:
    """The PDF bytes, and how many font files ReportLab parsed to make them."""
    result = subprocess.run([sys.executable, "-c", BUILD], capture_output=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr.decode()[-2000:]
    parsed = int(result.stderr.decode().rsplit("parsed=", 1)[1].split()[0])
    return result.stdout, parsed


def test_a_memo_from_cached_fonts_is_byte_identical_to_one_from_parsed_fonts(cache_home):
    """First run parses and stores three fonts; the second reads them back and writes the same bytes."""
    env = dict(os.environ)
    cold, parsed_cold = _build_in_fresh_process(env)
    stored = sorted(cache_home.glob("*.pickle"))
    assert len(stored) >= 2 and parsed_cold >= len(stored), (stored, parsed_cold)  # gothic, bold (, mincho)
    warm, parsed_warm = _build_in_fresh_process(env)
    assert parsed_warm == 0  # every font came from the cache
    assert warm == cold


def _counting_parses(monkeypatch) -> list[str]:
    parsed: list[str] = []
    original = ttfonts.TTFontFile.extractInfo

    def counted(self, *args, **kwargs):
        parsed.append(self.filename)
        return original(self, *args, **kwargs)

    monkeypatch.setattr(ttfonts.TTFontFile, "extractInfo", counted)
    return parsed


def test_cached_font_matches_the_parsed_one(cache_home, monkeypatch):
    """The second open reads the cache instead of parsing, and gives the same metrics and subset bytes."""
    parses = _counting_parses(monkeypatch)
    path = _found_font()
    parsed = fonts.open_font("T-parsed", path)
    assert len(parses) == 1
    cached = fonts.open_font("T-cached", path)
    assert len(parses) == 1
    assert cached.face._ttf_data == parsed.face._ttf_data
    for attr in ("charToGlyph", "charWidths", "ascent", "descent", "bbox", "flags", "name"):
        assert getattr(cached.face, attr) == getattr(parsed.face, attr), attr
    assert cached.stringWidth("報告メモ ABC", 10.5) == parsed.stringWidth("報告メモ ABC", 10.5)
    glyphs = {i: ord(ch) for i, ch in enumerate("令和3年の報告", start=1)}
    assert cached.face.makeSubset(glyphs) == parsed.face.makeSubset(glyphs)


class Planted:
    """What a hostile cache file could name: a callable run while unpickling."""

    def __reduce__(self):
        return (os.system, ("touch planted-ran",))


def test_a_planted_cache_file_runs_nothing(cache_home, tmp_path, monkeypatch):
    """A cache entry naming anything but ReportLab's two font classes is refused and the font parsed again."""
    monkeypatch.chdir(tmp_path)
    path = _found_font()
    fonts.open_font("T-plant", path)
    (stored,) = cache_home.glob("*.pickle")
    stored.write_bytes(pickle.dumps(({}, Planted())))
    parses = _counting_parses(monkeypatch)
    font = fonts.open_font("T-planted", path)
    assert not (tmp_path / "planted-ran").exists()
    assert len(parses) == 1 and ord("報") in font.face.charToGlyph
    assert b"system" not in stored.read_bytes()  # replaced by the fresh parse


def test_a_damaged_cache_file_is_parsed_again_and_replaced(cache_home):
    """A cache file that is not an entry at all is ignored and rewritten from a fresh parse."""
    path = _found_font()
    fonts.open_font("T-first", path)
    (stored,) = cache_home.glob("*.pickle")
    stored.write_bytes(b"not a pickle")
    font = fonts.open_font("T-again", path)
    assert ord("報") in font.face.charToGlyph
    assert stored.read_bytes() != b"not a pickle"  # rewritten from the fresh parse


def test_a_changed_font_file_is_not_read_from_the_old_entry(cache_home, tmp_path):
    copy = tmp_path / "font.ttf"
    shutil.copyfile(_found_font(), copy)
    before = fonts._cache_path(str(copy), 0)
    os.utime(copy, ns=(1_600_000_000_000_000_000, 1_600_000_000_000_000_000))
    assert fonts._cache_path(str(copy), 0) != before


def test_no_cache_folder_still_gives_the_font(cache_home, tmp_path, monkeypatch):
    """A cache folder that cannot be created (a file in the way) only means parsing each time."""
    blocker = tmp_path / "data" / "cache"
    blocker.parent.mkdir(parents=True)
    blocker.write_text("a file where the folder should be")
    font = fonts.open_font("T-nocache", _found_font())
    assert ord("報") in font.face.charToGlyph
    assert blocker.is_file()


def test_a_failed_write_leaves_no_partial_file(cache_home, monkeypatch):
    def refuse(src, dst):
        raise PermissionError(13, "in use by another process")

    monkeypatch.setattr(fonts.os, "replace", refuse)
    fonts.open_font("T-inuse", _found_font())
    assert list(cache_home.iterdir()) == []


def _entry(font_data: bytes, font_state: dict, face_state: dict) -> bytes:
    """A cache entry with both hashes right, as someone who knows the format would write it."""
    import hashlib
    import json

    payload = pickle.dumps((font_state, face_state))
    header = json.dumps(
        {"font_sha256": hashlib.sha256(font_data).hexdigest(), "payload_sha256": hashlib.sha256(payload).hexdigest()}
    ).encode()
    return fonts._MAGIC + header + b"\n" + payload


def _states(font) -> tuple[dict, dict]:
    font_state = {k: v for k, v in font.__dict__.items() if k not in ("fontName", "face", "state")}
    face_state = {k: v for k, v in font.face.__dict__.items() if k not in fonts._UNCACHED}
    return font_state, face_state


def test_swapped_glyphs_in_the_cache_are_never_used(cache_home, monkeypatch):
    """An entry whose character map was edited (継 drawn with 停's glyph) no longer matches its own hash:
    the font is parsed again, so the memo prints what its text says."""
    path = _found_font()
    first = fonts.open_font("T-swap-a", path)
    (stored,) = cache_home.glob("*.pickle")
    blob = stored.read_bytes()
    font_state, face_state = _states(first)
    cmap = dict(face_state["charToGlyph"])
    cmap[ord("継")] = cmap[ord("停")]
    face_state["charToGlyph"] = cmap
    payload = pickle.dumps((font_state, face_state))
    header = blob[len(fonts._MAGIC) :].split(b"\n", 1)[0]  # the old hashes, the new tables
    stored.write_bytes(fonts._MAGIC + header + b"\n" + payload)
    parses = _counting_parses(monkeypatch)
    font = fonts.open_font("T-swap-b", path)
    assert len(parses) == 1
    assert font.face.charToGlyph[ord("継")] != font.face.charToGlyph[ord("停")]


def test_an_entry_made_from_another_font_is_never_used(cache_home, tmp_path, monkeypatch):
    """An entry whose recorded font hash is another file's (a font replaced in place, same size and time,
    or an entry copied over) is not used for this font."""
    path = _found_font()
    fonts.open_font("T-other-a", path)
    (stored,) = cache_home.glob("*.pickle")
    font_state, face_state = _states(fonts.open_font("T-other-b", path))
    stored.write_bytes(_entry(b"some other font file", font_state, face_state))
    parses = _counting_parses(monkeypatch)
    fonts.open_font("T-other-c", path)
    assert len(parses) == 1


@pytest.mark.parametrize("damage", ["no units", "cmap of text", "no glyph positions", "not dicts"])
def test_an_entry_with_right_hashes_but_unusable_tables_costs_only_a_parse(cache_home, monkeypatch, damage):
    """Entries that load but cannot serve a memo (the payloads that made every memo fail until the cache folder
    was deleted) are parsed again instead, and the memo's font works."""
    path = _found_font()
    font_state, face_state = _states(fonts.open_font("T-broken-a", path))
    if damage == "no units":
        face_state.pop("unitsPerEm")
    elif damage == "cmap of text":
        face_state["charToGlyph"] = {str(k): str(v) for k, v in face_state["charToGlyph"].items()}
    elif damage == "no glyph positions":
        face_state["glyphPos"] = []
    else:
        font_state, face_state = [1, 2], "x"
    (stored,) = cache_home.glob("*.pickle")
    stored.write_bytes(_entry(Path(path).read_bytes(), font_state, face_state))
    parses = _counting_parses(monkeypatch)
    font = fonts.open_font(f"T-broken-{damage}", path)
    assert len(parses) == 1
    assert font.stringWidth("報告", 10) > 0
    assert font.face.makeSubset({1: ord("報")})
