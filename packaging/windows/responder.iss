; Inno Setup 6 script for the Responder desktop app on Windows.
;
; build_installer.py runs it (when ISCC.exe is found) as:
;   ISCC /DAppVersion=0.1.0 /DSourceDir=<PyInstaller one-dir bundle> /DIconFile=<.ico>
;        /DOutputDir=<dist> /DOutputBase=Responder-0.1.0-windows-x86_64-setup responder.iss
;
; Per-user install by default (no administrator rights needed: responders install on their
; own PC), with a Start menu entry and an optional desktop icon. The whole one-dir bundle is
; copied as it is; nothing is unpacked at start-up.

#ifndef AppVersion
  #error Pass /DAppVersion=... (build_installer.py does)
#endif
#ifndef SourceDir
  #error Pass /DSourceDir=<the PyInstaller bundle folder> (build_installer.py does)
#endif
#ifndef OutputDir
  #define OutputDir "."
#endif
#ifndef OutputBase
  #define OutputBase "Responder-" + AppVersion + "-windows-setup"
#endif

[Setup]
; A fixed AppId keeps upgrades in place; never change it.
AppId={{6C3E4A52-8E0B-4D5B-9F0E-5B7C1D2A9E41}
AppName=Responder
AppVersion={#AppVersion}
AppVerName=Responder {#AppVersion}
AppPublisher=Responder
DefaultDirName={autopf}\Responder
DefaultGroupName=Responder
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#OutputDir}
OutputBaseFilename={#OutputBase}
#ifdef IconFile
SetupIconFile={#IconFile}
#endif
UninstallDisplayIcon={app}\Responder.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
; Inno Setup 6 ships no official Simplified Chinese file; add an unofficial
; ChineseSimplified.isl to its Languages folder and uncomment:
; Name: "chinesesimplified"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\Responder"; Filename: "{app}\Responder.exe"
Name: "{autodesktop}\Responder"; Filename: "{app}\Responder.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\Responder.exe"; Description: "{cm:LaunchProgram,Responder}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Python byte-code caches the app may leave beside itself.
Type: filesandordirs; Name: "{app}\_internal\__pycache__"
