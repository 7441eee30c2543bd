"""The installer script, the portable zip and the spec say what docs/install.md promises."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
sys.path.insert(0, str(PACKAGING / "windows"))
import make_portable_zip


def _iss() -> tuple[dict[str, str], str]:
    text = (PACKAGING / "windows" / "incidentdesk.iss").read_text(encoding="utf-8")
    section = text.split("[Setup]", 1)[1].split("\n[", 1)[0]
    return {k.strip(): v.strip() for k, v in re.findall(r"^(\w+)=(.*)$", section, re.M)}, text


def test_installer_is_per_user_and_keeps_data():
    """The Inno Setup script needs no admin, installs under %LOCALAPPDATA%, adds Start-menu entries and
    an uninstaller."""
    setup, text = _iss()
    assert setup["PrivilegesRequired"] == "lowest"
    assert "PrivilegesRequiredOverridesAllowed" not in setup  # no "install for all users" elevation offer
    assert setup["DefaultDirName"].startswith("{localappdata}\\")
    assert '{group}\\{#AppName}"; Filename: "{app}\\incidentdesk-gui.exe"' in text
    assert "{uninstallexe}" in text
    assert "[UninstallDelete]" not in text  # the ledger in the user's profile is never deleted
    assert 'Name: "japanese"' in text


def test_workflow_builds_with_the_same_scripts():
    """The Windows workflow runs build.sh, compiles the .iss, packs the zip and uploads both."""
    text = (ROOT / ".github" / "workflows" / "windows-bundle.yml").read_text(encoding="utf-8")
    assert "runs-on: windows-latest" in text
    for needle in (
        "bash packaging/build.sh",
        "packaging\\windows\\incidentdesk.iss",
        "packaging/windows/make_portable_zip.py",
        "actions/upload-artifact",
        "INCIDENTDESK_FONT_SOURCE",
    ):
        assert needle in text, needle
    assert "\t" not in text


def test_portable_zip_layout(tmp_path):
    """The zip holds the bundle under one top folder, a BOM+CRLF README, an ASCII start script, and keeps links."""
    bundle = tmp_path / "bundle"
    (bundle / "_internal" / "resources" / "fonts").mkdir(parents=True)
    (bundle / "incidentdesk.exe").write_bytes(b"MZ")
    (bundle / "_internal" / "resources" / "fonts" / "OFL.txt").write_text("SIL OPEN FONT LICENSE")
    if os.name != "nt":
        (bundle / "_internal" / "liblink.so").symlink_to("resources/fonts/OFL.txt")
    target = make_portable_zip.build(bundle, tmp_path / "out", "9.9.9")
    top = "IncidentDesk-9.9.9-portable/"
    with zipfile.ZipFile(target) as zf:
        names = set(zf.namelist())
        assert {
            top + "incidentdesk.exe",
            top + "README.txt",
            top + "incidentdesk-portable.cmd",
            top + "_internal/resources/fonts/OFL.txt",
        } <= names
        readme = zf.read(top + "README.txt")
        assert readme.startswith(b"\xef\xbb\xbf") and b"\r\n" in readme and b"\n\n" not in readme
        assert "管理者権限" in readme.decode("utf-8-sig")
        cmd = zf.read(top + "incidentdesk-portable.cmd").decode("ascii")
        assert "INCIDENTDESK_DATA_DIR=%~dp0data" in cmd and cmd.endswith("\r\n")
        if os.name != "nt":
            link = zf.getinfo(top + "_internal/liblink.so")
            assert (link.external_attr >> 16) & 0o170000 == 0o120000
            assert zf.read(link) == b"resources/fonts/OFL.txt"


def test_portable_zip_refuses_a_missing_bundle(tmp_path):
    """Packing a folder without the executable stops with a hint instead of writing an empty zip."""
    with pytest.raises(SystemExit, match="build.sh"):
        make_portable_zip.build(tmp_path / "nothing", tmp_path, "1.0")
    assert not list(tmp_path.glob("*.zip"))


def test_spec_ships_every_migration_and_the_fonts_licence():
    """The spec's data list covers migrations/versions/*.py, and build.sh stages the fonts with their OFL text."""
    spec = (PACKAGING / "incidentdesk.spec").read_text(encoding="utf-8")
    assert 'MIGRATIONS.rglob("*")' in spec and '"incidentdesk/storage/migrations"' in spec
    build = (PACKAGING / "build.sh").read_text(encoding="utf-8")
    for font in ("BIZUDGothic-Regular.ttf", "BIZUDGothic-Bold.ttf", "BIZUDMincho-Regular.ttf"):
        assert font in build
    assert "OFL" in build and "copyright" in build
    tracked = subprocess.run(
        ["git", "ls-files", "*.ttf", "*.ttc", "*.otf"], cwd=ROOT, capture_output=True, text=True
    ).stdout
    assert tracked.strip() == "", "font files must not be committed: build.sh stages them"


def test_shell_scripts_parse():
    """build.sh and smoke_test.sh are valid bash."""
    for script in ("build.sh", "smoke_test.sh"):
        subprocess.run(["bash", "-n", str(PACKAGING / script)], check=True)
