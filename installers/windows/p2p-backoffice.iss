; Inno Setup script: the Windows installer of P2P Back Office, made from the one-folder build.
;
;     python -m PyInstaller --noconfirm --clean --distpath dist --workpath build installers\pyinstaller\p2p-backoffice.spec
;     for /f %v in ('python -c "from server import __version__; print(__version__)"') do set VERSION=%v
;     iscc /DAppVersion=%VERSION% installers\windows\p2p-backoffice.iss
;
; Run from the repository root. The version comes from server/__init__.py (the one version of the console, the
; server and the bundle); tests/client/test_packaging.py checks this script against the spec and the build.
; Sign the installer and p2p-backoffice.exe with an Authenticode certificate (installers/README.md).

#ifndef AppVersion
  #error Give the version: iscc /DAppVersion=X.Y.Z (see the top of this file)
#endif

#define AppName "P2P Back Office"
#define AppNameZh "网贷平台运营后台"
#define BundleDir "..\..\dist\p2p-backoffice"
#define AppExe "p2p-backoffice.exe"

[Setup]
; A fixed id: upgrades find the installation they replace.
AppId={{8E6B2F3A-4C1D-4B7E-9A52-2D6F0C31B7A4}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=P2P Back Office
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\P2P Back Office
DefaultGroupName={#AppName}
OutputDir=..\..\dist
OutputBaseFilename=p2p-backoffice-{#AppVersion}-windows-setup
Compression=lzma2/max
SolidCompression=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
WizardStyle=modern
PrivilegesRequiredOverridesAllowed=dialog
UninstallDisplayIcon={app}\{#AppExe}
#if FileExists("p2p-backoffice.ico")
SetupIconFile=p2p-backoffice.ico
#endif

[Languages]
Name: "chinesesimplified"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppNameZh} {#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppNameZh}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
