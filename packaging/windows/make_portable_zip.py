"""Pack dist/incidentdesk/ as the portable zip: IncidentDesk-<version>-portable.zip with a start script and a README.

Usage: python packaging/windows/make_portable_zip.py [--bundle dist/incidentdesk] [--out dist]
"""

from __future__ import annotations

import argparse
import os
import stat
import sys
import tomllib
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# A start script for a truly portable copy (USB stick, a shared folder): the data folder sits
# beside the program instead of in the user's profile. Plain cmd, ASCII only, no macros.
PORTABLE_CMD = """@echo off
rem Incident Desk, portable: keep the ledger, backups, logs and memos in .\\data beside this file.
set "INCIDENTDESK_DATA_DIR=%~dp0data"
start "" "%~dp0incidentdesk-gui.exe" %*
"""

README = """Incident Desk {version} — ポータブル版 / portable edition
================================================================

【日本語】
1. この zip を、書き込みできる任意のフォルダ(例: ドキュメント\\IncidentDesk)に展開してください。
   管理者権限もインストールも不要です。
2. incidentdesk-gui.exe をダブルクリックすると起動します。
   台帳・バックアップ・ログ・報告メモは、ユーザープロファイル内
   (%LOCALAPPDATA%\\IncidentDesk\\IncidentDesk)に保存されます。
3. データもこのフォルダ内に置きたい場合(USB メモリ等)は、incidentdesk-portable.cmd から
   起動してください。データは .\\data に保存されます。
4. 保存先は「ヘルプ → インシデント台帳について・データの保存場所」で確認できます。
5. このプログラムはネットワークに接続しません(更新確認・送信・ダウンロードなし)。
6. 同梱フォント BIZ UD ゴシック/明朝は SIL Open Font License 1.1 により再配布しています
   (_internal\\resources\\fonts\\ にライセンス全文)。
コマンドライン: incidentdesk.exe --help

[English]
1. Unzip into any folder you can write to (e.g. Documents\\IncidentDesk). No administrator
   rights and no installation are needed.
2. Double-click incidentdesk-gui.exe. The ledger, backups, logs and memos are kept in your
   profile (%LOCALAPPDATA%\\IncidentDesk\\IncidentDesk).
3. To keep the data inside this folder as well (USB stick), start incidentdesk-portable.cmd:
   data then goes to .\\data.
4. Help → About Incident Desk and data locations shows where everything is.
5. The program never connects to the network (no update checks, telemetry or downloads).
6. The bundled BIZ UD Gothic/Mincho fonts are redistributed under the SIL Open Font License 1.1
   (full text in _internal\\resources\\fonts\\).
Command line: incidentdesk.exe --help
"""


def project_version() -> str:
    with (ROOT / "pyproject.toml").open("rb") as fh:
        return tomllib.load(fh)["project"]["version"]


def crlf(text: str) -> bytes:
    # UTF-8 with a BOM and CRLF: what Notepad on every supported Windows opens correctly.
    return b"\xef\xbb\xbf" + text.replace("\r\n", "\n").replace("\n", "\r\n").encode("utf-8")


def build(bundle: Path, out_dir: Path, version: str) -> Path:
    if not any((bundle / name).is_file() for name in ("incidentdesk.exe", "incidentdesk")):
        raise SystemExit(f"no bundle in {bundle}: run packaging/build.sh first")
    top = f"IncidentDesk-{version}-portable"
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / f"{top}.zip"
    with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6) as zf:
        for path in sorted(bundle.rglob("*")):
            name = f"{top}/{path.relative_to(bundle).as_posix()}"
            if path.is_symlink():  # Linux bundles link libraries to the top level; Windows ones have none
                info = zipfile.ZipInfo(name)
                info.create_system = 3
                info.external_attr = (stat.S_IFLNK | 0o777) << 16
                zf.writestr(info, os.readlink(path))
            elif path.is_file():
                zf.write(path, name)
        zf.writestr(f"{top}/README.txt", crlf(README.format(version=version)))
        zf.writestr(f"{top}/incidentdesk-portable.cmd", PORTABLE_CMD.replace("\n", "\r\n").encode("ascii"))
    return target


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "incidentdesk")
    parser.add_argument("--out", type=Path, default=ROOT / "dist")
    parser.add_argument("--version", default=None)
    args = parser.parse_args(argv)
    target = build(args.bundle, args.out, args.version or project_version())
    print(f"{target} ({target.stat().st_size / 1_000_000:.0f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
