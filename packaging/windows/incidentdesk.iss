; Per-user installer for Incident Desk: no administrator rights, installs under the user's profile.
; Build: iscc /DAppVersion=0.1.0 packaging\windows\incidentdesk.iss  (after packaging/build.sh on Windows)
; Paths below are relative to this file.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "Incident Desk"
#define BundleDir "..\..\dist\incidentdesk"

[Setup]
; The AppId identifies the program for upgrades and the uninstaller: never change it.
AppId={{41DCF75A-5742-4EC2-AE5D-BA117124B25A}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Incident Desk
; lowest: runs as the signed-in user, never asks for elevation, writes only to the user's own
; profile (HKCU, %LOCALAPPDATA%, the user's Start menu).
PrivilegesRequired=lowest
DefaultDirName={localappdata}\Programs\IncidentDesk
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
UninstallDisplayName={#AppName}
UninstallDisplayIcon={app}\incidentdesk-gui.exe
OutputDir=..\..\dist
OutputBaseFilename=IncidentDesk-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
WizardStyle=modern
ShowLanguageDialog=auto
CloseApplications=yes
SetupLogging=yes

[Languages]
Name: "japanese"; MessagesFile: "compiler:Languages\Japanese.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\incidentdesk-gui.exe"; WorkingDir: "{app}"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\incidentdesk-gui.exe"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\incidentdesk-gui.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; The uninstaller removes only what it installed. The ledger, backups, logs and memos live in
; %LOCALAPPDATA%\IncidentDesk\IncidentDesk (or wherever INCIDENTDESK_DATA_DIR points) and stay.
