"""The forms: one dialog per action, each opened with `forms.ask(DialogClass, parent, ctx, **context)`.

`ask` returns what the service saved (a record or an id), or None when the user cancelled. Context:
PartyDialog(party_id=) · ServiceDialog(service_id=) · UseDialog(service_id= | use_id=) ·
LocationDialog(service_id=) · AssignPartyDialog(service_id=, party_id=) · IncidentDialog(incident_id=) ·
LinkUsesDialog(incident_id=) · TimelineDialog(incident_id= | entry_id=) · SourceDialog(incident_id=) ·
StatementDialog(incident_id= | statement_id=, incident_title= to add claims) · VerificationDialog(claim_id=) ·
RequestDialog(incident_id= | request_id=) · AnswerDialog(request_id=) · DecisionDialog(overview=, use_id=) ·
OrgSettingsDialog(qsettings=) -> SettingsSaved.
"""

from .catalog import AssignPartyDialog, LocationDialog, PartyDialog, ServiceDialog, UseDialog
from .decisions import DecisionDialog
from .incidents import IncidentDialog, LinkUsesDialog, SourceDialog, TimelineDialog
from .org_settings import LANGUAGE_KEY, OrgSettingsDialog, SettingsSaved
from .requests import AnswerDialog, RequestDialog
from .statements import StatementDialog, VerificationDialog

__all__ = [
    "AnswerDialog", "AssignPartyDialog", "DecisionDialog", "IncidentDialog", "LANGUAGE_KEY", "LinkUsesDialog",
    "LocationDialog", "OrgSettingsDialog", "PartyDialog", "RequestDialog", "ServiceDialog", "SettingsSaved",
    "SourceDialog", "StatementDialog", "TimelineDialog", "UseDialog", "VerificationDialog",
]
