; Inno Setup script for the per-machine Windows installer (Inno Setup 6.3 or newer).
; Build dist\CoopEval first (packaging\README.md), then from the repository root:
;   "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" /DAppVersion=0.1.0 packaging\windows\coopeval.iss
; which writes dist\CoopEval-0.1.0-setup.exe. Paths below are relative to this file.
;
; Installs into Program Files for every user (IT installs; officers need no rights), adds a
; Start-menu entry, and registers .coopeval (workspace) and .coopeval-pack (evaluator pack) so a
; double-click opens them in CoopEval. User data stays in each user's %LOCALAPPDATA%\CoopEval and
; is left alone by uninstalling.

#define AppName "CoopEval"
#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppExe "coopeval.exe"
#define BuildDir "..\..\dist\CoopEval"

[Setup]
; The AppId identifies CoopEval to Windows across versions: never change it.
AppId={{E5A36982-C2B0-47E0-8A42-7A7881640203}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=CoopEval project
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
ChangesAssociations=yes
CloseApplications=yes
SetupIconFile=..\..\resources\icons\coopeval.ico
UninstallDisplayIcon={app}\{#AppExe}
OutputDir=..\..\dist
OutputBaseFilename={#AppName}-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[InstallDelete]
; An upgrade replaces the bundled libraries whole, so nothing from an older version lingers.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BuildDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "Score the social value of tender bids"

[Registry]
; .coopeval: a CoopEval workspace
Root: HKA; Subkey: "Software\Classes\.coopeval"; ValueType: string; ValueName: ""; ValueData: "CoopEval.Workspace"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.coopeval\OpenWithProgids"; ValueType: string; ValueName: "CoopEval.Workspace"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\CoopEval.Workspace"; ValueType: string; ValueName: ""; ValueData: "CoopEval workspace"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\CoopEval.Workspace\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\CoopEval.Workspace\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
; .coopeval-pack: an evaluator pack
Root: HKA; Subkey: "Software\Classes\.coopeval-pack"; ValueType: string; ValueName: ""; ValueData: "CoopEval.Pack"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.coopeval-pack\OpenWithProgids"; ValueType: string; ValueName: "CoopEval.Pack"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\CoopEval.Pack"; ValueType: string; ValueName: ""; ValueData: "CoopEval evaluator pack"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\CoopEval.Pack\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\CoopEval.Pack\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
; "Open with" lists CoopEval for its own types
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}"; ValueType: string; ValueName: "FriendlyAppName"; ValueData: "{#AppName}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".coopeval"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".coopeval-pack"; ValueData: ""

[Run]
Filename: "{app}\{#AppExe}"; Description: "Open {#AppName}"; Flags: nowait postinstall skipifsilent
