"""Find and register a Japanese TrueType font, and replace characters it cannot draw."""

from __future__ import annotations

import hashlib
import io
import json
import logging
import os
import pickle
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any
from weakref import WeakKeyDictionary

import reportlab
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont, TTFontFace

from ..domain.errors import LedgerError

log = logging.getLogger(__name__)

MISSING = "〓"  # the geta mark: the office's own sign for a character that cannot be printed
JAPANESE_PROBE = "あア報告漢"  # a font without these is not a Japanese font

# (file name, index in a collection); first found wins. BIZ UD ships with Windows 10 1809+ as .ttc
# and with Debian as .ttf; IPA, Takao and VL fonts are TrueType fallbacks. CFF-based OpenType
# (Noto CJK .otf/.ttc) cannot be embedded by ReportLab, so it is not listed.
CANDIDATES: dict[str, tuple[tuple[str, int], ...]] = {
    "gothic": (
        ("BIZ-UDGothicR.ttc", 0),
        ("BIZUDGothic-Regular.ttf", 0),
        ("ipaexg.ttf", 0),
        ("ipag.ttf", 0),
        ("TakaoGothic.ttf", 0),
        ("VL-Gothic-Regular.ttf", 0),
        ("YuGothR.ttc", 0),
        ("msgothic.ttc", 0),
    ),
    "bold": (("BIZ-UDGothicB.ttc", 0), ("BIZUDGothic-Bold.ttf", 0), ("YuGothB.ttc", 0)),
    "mincho": (
        ("BIZ-UDMinchoM.ttc", 0),
        ("BIZUDMincho-Regular.ttf", 0),
        ("ipaexm.ttf", 0),
        ("ipam.ttf", 0),
        ("TakaoMincho.ttf", 0),
        ("yumin.ttf", 0),
        ("msmincho.ttc", 0),
    ),
}

# Proportional cuts, tried first for an English memo: fixed-pitch Latin letters read like a typewriter.
PROPORTIONAL: dict[str, tuple[tuple[str, int], ...]] = {
    "gothic": (("BIZ-UDGothicR.ttc", 1), ("BIZUDPGothic-Regular.ttf", 0), ("ipaexg.ttf", 0), ("ipagp.ttf", 0)),
    "bold": (("BIZ-UDGothicB.ttc", 1), ("BIZUDPGothic-Bold.ttf", 0)),
    "mincho": (("BIZ-UDMinchoM.ttc", 1), ("BIZUDPMincho-Regular.ttf", 0), ("ipaexm.ttf", 0), ("ipamp.ttf", 0)),
}


@dataclass(frozen=True)
class FontSet:
    """Registered ReportLab font names and the characters all of them can draw."""

    gothic: str
    bold: str
    mincho: str
    cmaps: tuple[dict[int, int], ...]  # code point -> glyph, one per distinct font
    # A large memo repeats the same departments, places and dates thousands of times.
    _cleaned: dict[str, str] = field(default_factory=dict, compare=False, repr=False)

    def covers(self, ch: str) -> bool:
        return ord(ch) in self._drawable

    @cached_property
    def _drawable(self) -> frozenset[int]:
        """Code points every font has, plus the line break: one set lookup per character instead of three."""
        common = set(self.cmaps[0]).intersection(*self.cmaps[1:])
        common.add(ord("\n"))
        return frozenset(common)

    def clean(self, text: str) -> str:
        """Replace what the fonts lack with 〓, so the reader sees that something is missing."""
        done = self._cleaned.get(text)
        if done is None:
            done = self._cleaned[text] = self._clean(text)
        return done

    def _clean(self, text: str) -> str:
        if self._drawable.issuperset(map(ord, text)):
            return text
        out = []
        for ch in text:
            if ch == "\n":
                out.append(ch)
            elif ch == "\t":
                out.append(" ")
            elif self.covers(ch):
                out.append(ch)
            elif ord(ch) < 32 or 0xFE00 <= ord(ch) <= 0xFE0F or 0xE0100 <= ord(ch) <= 0xE01EF or ch == "\u200d":
                continue  # control characters, variation selectors, joiners: invisible anyway
            else:
                out.append(MISSING)
        return "".join(out)


def font_dirs() -> list[Path]:
    """Where to look, in order: the bundle, Windows (system and per-user), Debian, other Linux folders."""
    from ..paths import resources_dir

    dirs = [resources_dir() / "fonts"]
    windir = os.environ.get("WINDIR") or os.environ.get("SystemRoot")
    if windir:
        dirs.append(Path(windir) / "Fonts")
    local = os.environ.get("LOCALAPPDATA")
    if local:
        dirs.append(Path(local) / "Microsoft" / "Windows" / "Fonts")
    base = Path("/usr/share/fonts")
    dirs += [
        base / "truetype" / "bizud-gothic",
        base / "truetype" / "bizud-mincho",
        base / "opentype" / "ipaexfont-gothic",
        base / "opentype" / "ipaexfont-mincho",
        base / "opentype" / "ipafont-gothic",
        base / "opentype" / "ipafont-mincho",
        base / "truetype" / "fonts-japanese-gothic",
        base / "truetype" / "takao-gothic",
        base / "truetype" / "takao-mincho",
        base / "truetype" / "vlgothic",
        Path.home() / ".fonts",
    ]
    return dirs


# -- the parse cache -------------------------------------------------------------------------
# ReportLab parses a whole Japanese font (12,000 glyphs) to learn its widths and character map:
# about 45 ms per file, three files per memo. The parsed tables are kept in the cache folder,
# keyed by the file's path, size and modification time and by the ReportLab version, and read
# back in about 7 ms. The font file itself is still read, because the subset is cut from it.
#
# A cache entry decides which glyph prints for which character, so it is used only when it is
# provably the parse of this very font: it records the SHA-256 of the font file it was made from
# and of its own tables, and both must match (a changed font, a damaged or half-written entry, one
# copied from another font). Anything that does not load, does not match or does not hold a usable
# font is ignored and replaced by a fresh parse: the cache can cost time, never a memo.
# What it cannot stop: someone able to write the cache folder can also write both hashes; that
# folder is the user's own (paths.cache_dir), as private as the ledger itself.

CACHE_FORMAT = 2
_MAGIC = b"incidentdesk-font-cache 2\n"
_UNCACHED = ("_ttf_data", "_pdfScale")  # the file's bytes (read fresh), a lambda (rebuilt)


def _cache_path(path: str, index: int) -> Path:
    from ..paths import cache_dir

    st = os.stat(path)
    key = f"{CACHE_FORMAT}|{reportlab.Version}|{os.path.abspath(path)}|{index}|{st.st_size}|{st.st_mtime_ns}"
    return cache_dir() / "fonts" / (hashlib.sha256(key.encode()).hexdigest()[:32] + ".pickle")


def _scale(units_per_em: int) -> Callable[[float], float]:
    """ReportLab's glyph-unit to 1/1000 em conversion, as its parser builds it."""
    if units_per_em == 1000:
        return lambda x: x
    factor = 1000 / units_per_em
    return lambda x: x * factor


class _FontTables(pickle.Unpickler):
    """Unpickles plain data and the two ReportLab classes a parsed font holds, nothing else.

    A cache file someone else planted (a data folder on a shared or removable drive) cannot name a
    callable to run: anything outside this list fails to load and the font is parsed again.
    """

    ALLOWED = {("reportlab.pdfbase.ttfonts", "TTEncoding"), ("reportlab.pdfbase.ttfonts", "TTFNameBytes")}

    def find_class(self, module: str, name: str) -> Any:  # Any, as pickle.Unpickler's
        if (module, name) not in self.ALLOWED:
            raise pickle.UnpicklingError(f"{module}.{name} is not part of a parsed font")
        return super().find_class(module, name)


def _unpack(blob: bytes, font_data: bytes) -> tuple[dict[str, Any], dict[str, Any]]:
    """The two state dicts of a cache entry, or ValueError unless it is whole and made from `font_data`."""
    if not blob.startswith(_MAGIC):
        raise ValueError("not a cache entry of this format")
    header, _, payload = blob[len(_MAGIC) :].partition(b"\n")
    meta = json.loads(header)
    if meta.get("payload_sha256") != hashlib.sha256(payload).hexdigest():
        raise ValueError("entry damaged (its own hash differs)")
    if meta.get("font_sha256") != hashlib.sha256(font_data).hexdigest():
        raise ValueError("entry made from another font file")
    font_state, face_state = _FontTables(io.BytesIO(payload)).load()
    if not isinstance(font_state, dict) or not isinstance(face_state, dict):
        raise ValueError("entry holds no font tables")
    return font_state, face_state


def _usable(font: TTFont) -> None:
    """Raise unless the font answers what a memo asks of it (widths, the character map, a subset)."""
    face = font.face
    cmap = face.charToGlyph
    if not isinstance(cmap, dict) or not isinstance(face.charWidths, dict) or not isinstance(face.unitsPerEm, int):
        raise ValueError("font tables of the wrong shape")
    if any(not isinstance(k, int) or not isinstance(v, int) for k, v in list(cmap.items())[:1000]):
        raise ValueError("character map of the wrong shape")
    font.stringWidth(JAPANESE_PROBE + "ABC", 10)
    probe = [ord(ch) for ch in JAPANESE_PROBE if ord(ch) in cmap]
    face.makeSubset({i: code for i, code in enumerate(probe, start=1)})


def _cached_font(name: str, path: str, index: int, cache: Path) -> TTFont | None:
    try:
        blob = cache.read_bytes()
    except FileNotFoundError:
        return None
    except OSError:
        log.info("font cache %s unreadable; parsing %s again", cache, path, exc_info=True)
        return None
    try:
        data = Path(path).read_bytes()
        font_state, face_state = _unpack(blob, data)
        face = TTFontFace.__new__(TTFontFace)
        face.__dict__.update(face_state, _ttf_data=data, _pdfScale=_scale(face_state["unitsPerEm"]))
        font = TTFont.__new__(TTFont)
        font.__dict__.update(font_state, fontName=name, face=face, state=WeakKeyDictionary())
        _usable(font)
        return font
    except Exception:  # noqa: BLE001 - damaged, stale, foreign or planted: parsed again and replaced
        log.info("font cache %s not used; parsing %s again", cache, path, exc_info=True)
        return None


def _store(font: TTFont, cache: Path) -> None:
    font_state = {k: v for k, v in font.__dict__.items() if k not in ("fontName", "face", "state")}
    face_state = {k: v for k, v in font.face.__dict__.items() if k not in _UNCACHED}
    partial = cache.with_name(f"{cache.name}.{os.getpid()}.part")
    try:
        payload = pickle.dumps((font_state, face_state), protocol=pickle.HIGHEST_PROTOCOL)
        header = json.dumps(
            {
                "font_sha256": hashlib.sha256(font.face._ttf_data).hexdigest(),
                "payload_sha256": hashlib.sha256(payload).hexdigest(),
            }
        ).encode()
        cache.parent.mkdir(parents=True, exist_ok=True)
        partial.write_bytes(_MAGIC + header + b"\n" + payload)
        os.replace(partial, cache)  # another process may be writing the same entry: the last one wins
    except Exception:  # noqa: BLE001 - no cache folder, a reader holding the file on Windows, or a ReportLab
        # change pickle cannot follow: parse again next time
        log.info("font cache %s not written", cache, exc_info=True)
        try:
            partial.unlink(missing_ok=True)
        except OSError:
            pass


def open_font(name: str, path: str, index: int = 0) -> TTFont:
    """ReportLab's TTFont for the file, from the parse cache when the file has not changed."""
    try:
        cache = _cache_path(path, index)
    except OSError:
        cache = None
    font = _cached_font(name, path, index, cache) if cache else None
    if font is None:
        font = TTFont(name, path, subfontIndex=index)
        if cache:
            _store(font, cache)
    return font


def _register(path: str, index: int) -> tuple[str, dict[int, int]] | None:
    name = "ID-" + hashlib.sha1(f"{path}#{index}".encode()).hexdigest()[:12]
    try:
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(open_font(name, path, index))
    except (TTFError, OSError, ValueError, KeyError, IndexError):
        return None  # CFF outlines, not embeddable, unreadable: try the next font
    cmap = pdfmetrics.getFont(name).face.charToGlyph
    if not all(ord(ch) in cmap for ch in JAPANESE_PROBE):
        return None  # a Latin-only font would print the whole memo as 〓
    return name, cmap


def _find(role: str, dirs: list[Path], proportional: bool) -> tuple[str, dict[int, int]] | None:
    for filename, index in (PROPORTIONAL[role] if proportional else ()) + CANDIDATES[role]:
        for folder in dirs:
            path = folder / filename
            if path.is_file():
                found = _register(str(path), index)
                if found:
                    return found
    return None


@lru_cache(maxsize=8)
def load(font_path: str = "", proportional: bool = False) -> FontSet:
    """The memo's fonts: a configured file for everything, else the first Japanese TrueType found.

    `proportional` prefers the P cuts (BIZ UDPGothic), which set English text naturally.
    """
    if font_path:
        found = _register(font_path, 0) if Path(font_path).is_file() else None
        if found:
            return FontSet(found[0], found[0], found[0], (found[1],))
    dirs = font_dirs()
    gothic = _find("gothic", dirs, proportional)
    mincho = _find("mincho", dirs, proportional) or gothic
    gothic = gothic or mincho
    if gothic is None or mincho is None:
        raise LedgerError("font_missing")
    bold = _find("bold", dirs, proportional) or gothic
    cmaps = tuple({id(f[1]): f[1] for f in (gothic, bold, mincho)}.values())
    return FontSet(gothic[0], bold[0], mincho[0], cmaps)
