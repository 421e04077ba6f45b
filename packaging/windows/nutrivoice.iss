; Inno Setup 6 script: per-user installer with a Start-menu entry, built from the PyInstaller one-folder
; bundle (dist\NutriVoice). Build:  packaging\windows\build.ps1   (runs PyInstaller, then ISCC on this file)
#define AppVersion GetEnv("NUTRIVOICE_VERSION")
#if AppVersion == ""
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{6F1C2A3E-8B7D-4C1E-9A55-0E3B7C2D9F41}
AppName=NutriVoice
AppVersion={#AppVersion}
AppPublisher=NutriVoice
DefaultDirName={autopf}\NutriVoice
DefaultGroupName=NutriVoice
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
OutputDir=..\..\dist
OutputBaseFilename=NutriVoice-{#AppVersion}-setup
SetupIconFile=..\..\build\icons\nutrivoice.ico
UninstallDisplayIcon={app}\nutrivoice.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\..\dist\NutriVoice\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\NutriVoice"; Filename: "{app}\nutrivoice.exe"
Name: "{group}\Uninstall NutriVoice"; Filename: "{uninstallexe}"
Name: "{autodesktop}\NutriVoice"; Filename: "{app}\nutrivoice.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\nutrivoice.exe"; Description: "{cm:LaunchProgram,NutriVoice}"; Flags: nowait postinstall skipifsilent
