"""The forms: one dialog per action, each opened with `forms.ask(DialogClass, parent, ctx, **context)`.

`ask` returns what the service saved (a record or an id), or None when the user cancelled. Context:
PartyDialog(party_id=) · ServiceDialog(service_id=) · UseDialog(service_id= | use_id=) ·
LocationDialog(service_id=, location_id= to edit) · AssignPartyDialog(service_id=, party_id= | role_id= to edit) ·
IncidentDialog(incident_id=) · LinkUsesDialog(incident_id=) · TimelineDialog(incident_id= | entry_id=) ·
SourceDialog(incident_id= | source_id=) · StatementDialog(incident_id= | statement_id=, incident_title= to add
claims, edit=True to correct the statement) · ClaimDialog(claim_id=) · VerificationDialog(claim_id=) ·
RequestDialog(incident_id= | request_id=) · AnswerDialog(request_id=) · ReportDialog(request_id= of a recurring
request) · DecisionDialog(overview=, use_id= | use_ids= for one decision for several uses | correcting= a
DecisionRow to withdraw and replace) · WithdrawDialog(decision=) ·
OrgSettingsDialog(qsettings=) -> SettingsSaved. The decision forms confirm in words before saving.
AttachmentsDialog.show_for(parent, ctx, owner_kind, owner_id, title) lists a record's files (not a form).
"""

from .catalog import AssignPartyDialog, LocationDialog, PartyDialog, ServiceDialog, UseDialog
from .decisions import DecisionDialog, WithdrawDialog
from .incidents import IncidentDialog, LinkUsesDialog, SourceDialog, TimelineDialog
from .org_settings import LANGUAGE_KEY, OrgSettingsDialog, SettingsSaved
from .requests import AnswerDialog, ReportDialog, RequestDialog
from .statements import ClaimDialog, StatementDialog, VerificationDialog

__all__ = [
    "AnswerDialog",
    "AssignPartyDialog",
    "ClaimDialog",
    "DecisionDialog",
    "IncidentDialog",
    "LANGUAGE_KEY",
    "LinkUsesDialog",
    "LocationDialog",
    "OrgSettingsDialog",
    "PartyDialog",
    "ReportDialog",
    "RequestDialog",
    "ServiceDialog",
    "SettingsSaved",
    "SourceDialog",
    "StatementDialog",
    "TimelineDialog",
    "UseDialog",
    "VerificationDialog",
    "WithdrawDialog",
]
