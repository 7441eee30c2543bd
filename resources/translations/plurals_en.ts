<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AuditPage</name>
    <message numerus="yes">
        <location filename="../../src/incidentdesk/gui/pages/audit.py" line="195"/>
        <source>The audit trail is intact (%n change(s) checked).</source>
        <translation>
            <numerusform>The audit trail is intact (1 change checked).</numerusform>
            <numerusform>The audit trail is intact (%n changes checked).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeadlineBanner</name>
    <message numerus="yes">
        <location filename="../../src/incidentdesk/gui/deadline_banner.py" line="219"/>
        <source>%n overdue deadline(s)</source>
        <translation>
            <numerusform>1 overdue deadline</numerusform>
            <numerusform>%n overdue deadlines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/incidentdesk/gui/deadline_banner.py" line="221"/>
        <source>%n deadline(s) due within %1 days</source>
        <translation>
            <numerusform>1 deadline due within %1 days</numerusform>
            <numerusform>%n deadlines due within %1 days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/incidentdesk/gui/deadline_banner.py" line="224"/>
        <source>%n snoozed</source>
        <translation>
            <numerusform>1 snoozed</numerusform>
            <numerusform>%n snoozed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/incidentdesk/gui/deadline_banner.py" line="231"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… and 1 more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message numerus="yes">
        <location filename="../../src/incidentdesk/gui/dialogs/decisions.py" line="181"/>
        <source>%n claim(s)</source>
        <translation>
            <numerusform>1 claim</numerusform>
            <numerusform>%n claims</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IncidentView</name>
    <message numerus="yes">
        <location filename="../../src/incidentdesk/gui/pages/incident_view.py" line="321"/>
        <source>%n affected use(s)</source>
        <translation>
            <numerusform>1 affected use</numerusform>
            <numerusform>%n affected uses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/incidentdesk/gui/pages/incident_view.py" line="322"/>
        <source>%n overdue deadline(s)</source>
        <translation>
            <numerusform>1 overdue deadline</numerusform>
            <numerusform>%n overdue deadlines</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LedgerActions</name>
    <message numerus="yes">
        <location filename="../../src/incidentdesk/gui/ledger_actions.py" line="112"/>
        <source>The audit trail is intact (%n change(s) checked).</source>
        <translation>
            <numerusform>The audit trail is intact (1 change checked).</numerusform>
            <numerusform>The audit trail is intact (%n changes checked).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/incidentdesk/gui/ledger_actions.py" line="157"/>
        <source>Imported %n record(s) into the ledger.</source>
        <translation>
            <numerusform>Imported 1 record into the ledger.</numerusform>
            <numerusform>Imported %n records into the ledger.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message numerus="yes">
        <location filename="../../src/incidentdesk/gui/pages/search.py" line="67"/>
        <source>%n result(s) for “%2” — Enter opens the selected record</source>
        <translation>
            <numerusform>1 result for “%2” — Enter opens the selected record</numerusform>
            <numerusform>%n results for “%2” — Enter opens the selected record</numerusform>
        </translation>
    </message>
</context>
</TS>
