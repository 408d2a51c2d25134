; Inno Setup script for ITA Planner on Windows. Built by packaging/windows/deploy.ps1 from
; the folder it stages. NOT YET RUN (docs/windows.md).
#define AppVersion "0.2.0"
#ifndef Stage
  #define Stage "..\..\build-msvc\stage"
#endif

[Setup]
AppId={{6B1E2F4A-9C3D-4E8B-A1F0-2D7C5B9E3A41}
AppName=ITA Planner
AppVersion={#AppVersion}
AppPublisher=The ITA Planner authors
DefaultDirName={autopf}\ITA Planner
DefaultGroupName=ITA Planner
OutputBaseFilename=ita-planner-{#AppVersion}-setup
ArchitecturesInstallIn64BitMode=x64
ArchitecturesAllowed=x64
Compression=lzma2
SolidCompression=yes
LicenseFile={#Stage}\doc\LICENSE
; Per-user installs need no administrator: many agency desktops are locked down.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ChangesAssociations=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
; Inno Setup ships no Thai messages file; the program itself is Thai and English.

[Files]
Source: "{#Stage}\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Icons]
Name: "{group}\ITA Planner"; Filename: "{app}\ita-planner.exe"
Name: "{group}\ITA Planner User Guide (ไทย)"; Filename: "{app}\doc\guide\index-th.html"
Name: "{group}\ITA Planner User Guide (English)"; Filename: "{app}\doc\guide\index-en.html"

[Registry]
; .itadb opens in ITA Planner (double-click), as the Linux package's MIME type does.
Root: HKA; Subkey: "Software\Classes\.itadb"; ValueType: string; ValueData: "ITAPlanner.itadb"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\ITAPlanner.itadb"; ValueType: string; ValueData: "ITA Planner file"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\ITAPlanner.itadb\shell\open\command"; ValueType: string; ValueData: """{app}\ita-planner.exe"" ""%1"""

[Run]
Filename: "{app}\ita-planner.exe"; Description: "Start ITA Planner"; Flags: nowait postinstall skipifsilent
