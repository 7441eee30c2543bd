<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/about.py" line="30"/>
        <source>About Incident Desk</source>
        <translation>インシデント台帳について</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/about.py" line="34"/>
        <source>Incident Desk — ledger of vendor incidents</source>
        <translation>インシデント台帳(Incident Desk)— 外部サービス事案の記録と報告</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/about.py" line="37"/>
        <source>Version %1</source>
        <translation>バージョン %1</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/about.py" line="45"/>
        <source>Ledger in use</source>
        <translation>使用中の台帳</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/about.py" line="52"/>
        <source>These folders are in your user profile. The IT office can move them with the INCIDENTDESK_DATA_DIR setting, or point the program at a shared database with INCIDENTDESK_DB. This program never connects to the network.</source>
        <translation>これらのフォルダはユーザープロファイル内にあります。情報政策課は INCIDENTDESK_DATA_DIR の設定で保存先を移したり、INCIDENTDESK_DB で共有データベースを指定したりできます。このプログラムはネットワークに接続しません。</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/about.py" line="62"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/about.py" line="74"/>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/about.py" line="76"/>
        <source>Copy this location to the clipboard</source>
        <translation>この場所をクリップボードにコピーします</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/about.py" line="80"/>
        <source>Open folder</source>
        <translation>フォルダを開く</translation>
    </message>
    <message>
        <location filename="../../src/incidentdesk/gui/dialogs/about.py" line="94"/>
        <source>Cannot create the folder %1: %2</source>
        <translation>フォルダ %1 を作成できません: %2</translation>
    </message>
</context>
</TS>
