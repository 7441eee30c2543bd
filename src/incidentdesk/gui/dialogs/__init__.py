"""The forms: one dialog per action of the services layer, each opened with `Dialog.ask(parent, runner, db, **context)`.

`ask` returns what the service saved (a row or read model), or None when the user cancelled.
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
