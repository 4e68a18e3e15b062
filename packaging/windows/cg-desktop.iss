; cg-desktop's Windows installer: an Inno Setup 6 script (6.4 or later).
;
; packaging/windows/package.py compiles it with absolute paths, e.g.
;   ISCC /DAppVersion=1.2.3 /DFileVersion=1.2.3.0 /DBundleDir=C:\src\build\dist\cg-desktop
;        /DIconFile=C:\src\build\icons\cg-desktop.ico /DOutputDir=C:\src\build\installers
;        cg-desktop.iss
;
; What the setup exe does:
; - installs for the current user only, without administrator rights, into
;   %LOCALAPPDATA%\Programs\cg-desktop; an upgrade closes a running cg-desktop first;
; - adds a Start-menu entry (a desktop icon if asked) and opens .cgprofile files with the app;
; - for IT, a silent install can hand out profiles from a shared folder:
;     cg-desktop-1.2.3-windows-setup.exe /VERYSILENT /PROFILES="\\server\share\cg-profiles"
;   copies every *.cgprofile and *.json file there into %LOCALAPPDATA%\cg-desktop\profiles,
;   keeping a profile the user already has unless /REPLACEPROFILES is also given. A folder
;   that can't be opened stops the install (exit code 7) before anything is changed.
; The uninstaller removes the program; the user's data (settings, profiles, send history,
; logs, saved Client Secrets) stays unless the user answers Yes to the question it asks,
; or a silent uninstall is given /REMOVEDATA:
;     "%LOCALAPPDATA%\Programs\cg-desktop\unins000.exe" /VERYSILENT /REMOVEDATA

#if Ver < EncodeVer(6, 4, 0)
  #error Inno Setup 6.4 or later is needed (CopyFile in [Code], x64compatible)
#endif
#ifndef AppVersion
  #error Pass the version: ISCC /DAppVersion=1.2.3 (packaging/windows/package.py does)
#endif
#ifndef BundleDir
  #error Pass PyInstaller's folder: ISCC /DBundleDir=...\build\dist\cg-desktop
#endif
#ifndef FileVersion
  ; The setup exe's version resource takes four numbers; package.py passes them.
  #define FileVersion AppVersion
#endif
#ifndef IconFile
  #define IconFile AddBackslash(SourcePath) + "..\..\build\icons\cg-desktop.ico"
#endif
#ifndef OutputDir
  #define OutputDir AddBackslash(SourcePath) + "..\..\build\installers"
#endif

#define AppName "cg-desktop"
#define AppExe "cg-desktop.exe"
#define Publisher "CustomerGauge"
; The file type's registry name. The app's own files end in .cgprofile (JSON inside).
#define ProgId "cgdesktop.profile"

[Setup]
; AppId ties every version's installer and uninstaller together: never change it.
AppId={{B1440008-2537-4247-B200-7695B0EB4461}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#Publisher}
VersionInfoVersion={#FileVersion}
VersionInfoCompany={#Publisher}
VersionInfoDescription={#AppName} Setup
VersionInfoProductName={#AppName}
VersionInfoProductTextVersion={#AppVersion}

; Per user, no administrator: with "lowest", {autopf} is %LOCALAPPDATA%\Programs and every
; registry entry below lives in HKCU. Not overridable (no /ALLUSERS), so IT gets one behaviour.
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#AppName}
DisableProgramGroupPage=yes
; Qt 6 runs on Windows 10 1809 and later, 64-bit (x64, or emulated on Windows 11 on Arm).
MinVersion=10.0.17763
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible

; The app has no mutex to find it by (AppMutex), so an upgrade asks Windows' Restart Manager
; to close a running cg-desktop; a silent install closes it without asking. It is not
; restarted: the user opens it again (and an interactive install offers to, at the end).
CloseApplications=yes
RestartApplications=no

; Explorer is told about the .cgprofile association when setup and uninstall finish.
ChangesAssociations=yes

OutputDir={#OutputDir}
OutputBaseFilename={#AppName}-{#AppVersion}-windows-setup
SetupIconFile={#IconFile}
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
WizardStyle=modern
Compression=lzma2/max
SolidCompression=yes
; A log in %TEMP% ("Setup Log <date>.txt") for every install: IT's first look when a
; silent install did not do what they expected (profiles copied or kept are listed there).
SetupLogging=yes

#ifdef SignToolName
; package.py defines the sign tool (ISCC /S) when a certificate is configured: ISCC then
; signs the uninstaller it embeds and the setup exe it writes.
SignTool={#SignToolName}
#endif

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; PyInstaller's folder is replaced whole on an upgrade: a Qt plugin or library that the new
; version no longer ships would otherwise stay behind and still be loaded by Qt.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; The .cgprofile association, for this user only (HKCU\Software\Classes needs no admin).
; Opening a profile runs: "{app}\cg-desktop.exe" "C:\path\to\file.cgprofile"
Root: HKCU; Subkey: "Software\Classes\.cgprofile"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: uninsdeletevalue uninsdeletekeyifempty
Root: HKCU; Subkey: "Software\Classes\.cgprofile\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue uninsdeletekeyifempty
Root: HKCU; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "cg-desktop profile"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKCU; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
; Lists cg-desktop under "Open with" for .cgprofile even when another program took the default.
Root: HKCU; Subkey: "Software\Classes\Applications\{#AppExe}"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".cgprofile"; ValueData: ""

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
const
  { The app's folder (platformdirs, no author): settings.json, profiles\, sends.db, Logs\. }
  UserDataDir = '{localappdata}\{#AppName}';
  { Saved Client Secrets: keyring services "cg-desktop:<region>" in Credential Manager. }
  CredentialService = '{#AppName}';

var
  { Set during uninstall: the user's answer, or /REMOVEDATA. }
  RemoveUserData: Boolean;

{ True when the command line has the switch /Name (any case), e.g. /REPLACEPROFILES. }
function HasSwitch(const Name: String): Boolean;
var
  I: Integer;
begin
  Result := False;
  for I := 1 to ParamCount do
    if CompareText(ParamStr(I), '/' + Name) = 0 then
      Result := True;
end;

{ The value of /Name=value on the command line (quotes already removed), or ''. }
function SwitchValue(const Name: String): String;
var
  I: Integer;
  Prefix: String;
begin
  Result := '';
  Prefix := '/' + Name + '=';
  for I := 1 to ParamCount do
    if CompareText(Copy(ParamStr(I), 1, Length(Prefix)), Prefix) = 0 then
      Result := Trim(Copy(ParamStr(I), Length(Prefix) + 1, Length(ParamStr(I))));
end;

{ ---------------------------------------------------------------------------------------- }
{ Install: the profiles IT hands out with /PROFILES="folder".                               }
{ ---------------------------------------------------------------------------------------- }

function ProfilesSource(): String;
begin
  Result := RemoveBackslashUnlessRoot(SwitchValue('PROFILES'));
end;

{ Refuses to start when /PROFILES names a folder this user can't open: IT learns it from the
  exit code (7) and the log, instead of finding out from users that their profiles are missing. }
function PrepareToInstall(var NeedsRestart: Boolean): String;
var
  Source: String;
begin
  Result := '';
  Source := ProfilesSource();
  if (Source <> '') and not DirExists(Source) then
    Result := FmtMessage('The profiles folder "%1" (given with /PROFILES) cannot be opened. '
      + 'Check the path and that this user may read it. Nothing was installed.', [Source]);
end;

{ Copies the files matching Pattern in Source into Target, each saved as NAME.json (the app
  lists profiles\*.json). Copied holds the names written in this run, so that acme.cgprofile
  and acme.json in one folder don't overwrite each other. Returns how many were copied. }
function CopyProfiles(const Source, Pattern, Target: String; Replace: Boolean;
  Copied: TStringList): Integer;
var
  Found: TFindRec;
  Name, Destination: String;
begin
  Result := 0;
  if not FindFirst(AddBackslash(Source) + Pattern, Found) then
    Exit;
  try
    repeat
      if (Found.Attributes and FILE_ATTRIBUTE_DIRECTORY) = 0 then
      begin
        Name := ChangeFileExt(Found.Name, '.json');
        Destination := AddBackslash(Target) + Name;
        if Copied.IndexOf(Name) >= 0 then
          Log(Format('Profile %s: skipped, %s was already copied from another file of that name', [Found.Name, Name]))
        else if FileExists(Destination) and not Replace then
          Log(Format('Profile %s: kept the user''s own %s (/REPLACEPROFILES overwrites it)', [Found.Name, Destination]))
        else if CopyFile(AddBackslash(Source) + Found.Name, Destination, False) then
        begin
          Copied.Add(Name);
          Result := Result + 1;
          Log(Format('Profile %s: copied to %s', [Found.Name, Destination]));
        end
        else
          Log(Format('Profile %s: could not be copied to %s', [Found.Name, Destination]));
      end;
    until not FindNext(Found);
  finally
    FindClose(Found);
  end;
end;

procedure InstallProfiles();
var
  Source, Target: String;
  Copied: TStringList;
  Count: Integer;
begin
  Source := ProfilesSource();
  if Source = '' then
    Exit;
  Target := ExpandConstant(UserDataDir + '\profiles');
  if not ForceDirectories(Target) then
  begin
    Log('Profiles: could not create ' + Target);
    Exit;
  end;
  Copied := TStringList.Create;
  try
    { .cgprofile first: it is the format profiles are exchanged in. }
    Count := CopyProfiles(Source, '*.cgprofile', Target, HasSwitch('REPLACEPROFILES'), Copied);
    Count := Count + CopyProfiles(Source, '*.json', Target, HasSwitch('REPLACEPROFILES'), Copied);
  finally
    Copied.Free;
  end;
  Log(Format('Profiles: %d copied from %s to %s', [Count, Source, Target]));
end;

procedure CurStepChanged(CurStep: TSetupStep);
begin
  if CurStep = ssPostInstall then
    InstallProfiles();
end;

{ ---------------------------------------------------------------------------------------- }
{ Uninstall: the user's data stays unless they ask for it to go.                            }
{ ---------------------------------------------------------------------------------------- }

{ A Credential Manager entry written by the app's keyring: "cg-desktop:<region>", or
  "<client id>@cg-desktop:<region>" (keyring's name for a second entry of one service). }
function IsAppCredential(const Target: String): Boolean;
var
  Name: String;
begin
  Name := Lowercase(Target);
  Result := (Name = CredentialService) or (Pos(CredentialService + ':', Name) = 1)
    or (Pos('@' + CredentialService + ':', Name) > 0);
end;

{ Deletes the app's saved secrets. cmdkey lists generic credentials as
  "LegacyGeneric:target=NAME" (that part is not translated, unlike the label before it). }
procedure ForgetSecrets();
var
  Listing, Target: String;
  Lines: TArrayOfString;
  I, At, ResultCode, Count: Integer;
begin
  Listing := ExpandConstant('{tmp}\credentials.txt');
  if not Exec(ExpandConstant('{cmd}'), '/C cmdkey /list > "' + Listing + '"', '', SW_HIDE,
    ewWaitUntilTerminated, ResultCode) or not LoadStringsFromFile(Listing, Lines) then
  begin
    Log('Secrets: could not list the Credential Manager entries');
    Exit;
  end;
  Count := 0;
  for I := 0 to GetArrayLength(Lines) - 1 do
  begin
    At := Pos('target=', Lowercase(Lines[I]));
    if At > 0 then
    begin
      Target := Trim(Copy(Lines[I], At + Length('target='), Length(Lines[I])));
      if IsAppCredential(Target) then
      begin
        if Exec(ExpandConstant('{sys}\cmdkey.exe'), '/delete:' + Target, '', SW_HIDE,
          ewWaitUntilTerminated, ResultCode) and (ResultCode = 0) then
        begin
          Log('Secrets: deleted ' + Target);
          Count := Count + 1;
        end
        else
          Log(Format('Secrets: could not delete %s (%d)', [Target, ResultCode]));
      end;
    end;
  end;
  Log(Format('Secrets: %d Credential Manager entries of cg-desktop deleted', [Count]));
  DeleteFile(Listing);
end;

procedure DeleteUserData();
var
  Dir: String;
begin
  Dir := ExpandConstant(UserDataDir);
  if DirExists(Dir) then
  begin
    if DelTree(Dir, True, True, True) then
      Log('User data: removed ' + Dir)
    else
      Log('User data: could not remove all of ' + Dir + ' (a file in use?)');
  end;
  ForgetSecrets();
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  { Asked after the user confirmed the uninstall, before anything is removed. }
  if CurUninstallStep = usUninstall then
  begin
    if HasSwitch('REMOVEDATA') then
      RemoveUserData := True
    else if UninstallSilent then
      { IT's silent uninstall (say, before a reinstall) must not wipe what users made. }
      RemoveUserData := False
    else
      RemoveUserData := MsgBox('Also delete your cg-desktop data?' + #13#10#13#10
        + 'This deletes your settings, profiles, send history and logs ('
        + ExpandConstant(UserDataDir) + ') and the Client Secrets cg-desktop saved in '
        + 'Windows Credential Manager.' + #13#10#13#10
        + 'Choose No to keep them for a later installation.',
        mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES;
    Log(Format('User data: %s', [ExpandConstant(UserDataDir)]));
    if RemoveUserData then
      Log('User data: will be deleted')
    else
      Log('User data: kept');
  end;
  { After the program's files are gone, so nothing of the app is still running from them. }
  if (CurUninstallStep = usPostUninstall) and RemoveUserData then
    DeleteUserData();
end;
