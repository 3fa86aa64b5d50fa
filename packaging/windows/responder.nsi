; NSIS script for the Responder desktop app on Windows (built by packaging/windows/
; build_setup.sh with Debian's makensis, on Linux or Windows alike):
;   makensis -DVERSION=0.1.0 -DBUNDLE=<PyInstaller one-dir bundle> -DICON=<.ico>
;            -DOUTFILE=<setup.exe> responder.nsi
;
; Per user, no administrator: the app goes to %LOCALAPPDATA%\Programs\Responder and every
; registry key is under HKCU. Chinese first, English and Vietnamese. Installing over an
; older version replaces the program only: settings, drafts, the outbox (all in
; %LOCALAPPDATA%\Responder) and the saved sign-in (Windows Credential Manager) stay.
; The uninstaller asks whether to keep them; silent (/S) it keeps them, unless /PURGE is
; given too (documented in packaging/README.md).
Unicode true
Target amd64-unicode
ManifestDPIAware true
RequestExecutionLevel user
SetCompressor /SOLID lzma

!ifndef VERSION
  !error "Pass -DVERSION=... (build_setup.sh does)"
!endif
!ifndef BUNDLE
  !error "Pass -DBUNDLE=<the PyInstaller bundle folder> (build_setup.sh does)"
!endif
!ifndef OUTFILE
  !define OUTFILE "Responder-${VERSION}-windows-x86_64-setup.exe"
!endif

!define APP "Responder"
!define EXE "Responder.exe"
; The AppUserModelID the app gives itself (responder_app/platform/windows.py): toasts
; are shown under this name and icon, and a click comes back to the app.
!define AUMID "Responder.Desktop"
!define UNINST_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\Responder"
!define DATA_DIR "$LOCALAPPDATA\Responder"

Name "${APP}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${APP}"
InstallDirRegKey HKCU "Software\${APP}" "InstallDir"
!ifdef ICON
  !define MUI_ICON "${ICON}"
  !define MUI_UNICON "${ICON}"
!endif

!include "MUI2.nsh"
!include "FileFunc.nsh"
!include "LogicLib.nsh"

!define MUI_ABORTWARNING
!define MUI_LANGDLL_REGISTRY_ROOT HKCU
!define MUI_LANGDLL_REGISTRY_KEY "Software\${APP}"
!define MUI_LANGDLL_REGISTRY_VALUENAME "InstallerLanguage"
!define MUI_FINISHPAGE_RUN "$INSTDIR\${EXE}"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

; The first language is the default: Simplified Chinese.
!insertmacro MUI_LANGUAGE "SimpChinese"
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "Vietnamese"
!include "installer_strings.nsh"

VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=${LANG_ENGLISH} "ProductName" "${APP}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "FileDescription" "${APP} installer"
VIAddVersionKey /LANG=${LANG_ENGLISH} "LegalCopyright" "${APP}"

Function .onInit
  !insertmacro MUI_LANGDLL_DISPLAY
FunctionEnd

Function un.onInit
  !insertmacro MUI_UNGETLANGUAGE
FunctionEnd

Section "!$(SecApp)" SecApp
  SectionIn RO
  ; An upgrade: the old program goes first (modules that a new version no longer has
  ; must not linger); the responder's own data lives elsewhere and is never touched here.
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${EXE}"
  SetOutPath "$INSTDIR"
  File /r "${BUNDLE}\*"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  CreateShortCut "$SMPROGRAMS\${APP}.lnk" "$INSTDIR\${EXE}" "" "$INSTDIR\${EXE}" 0
  WriteRegStr HKCU "Software\${APP}" "InstallDir" "$INSTDIR"
  ; Toasts from an unpackaged app: its AppUserModelID with a display name and icon.
  WriteRegStr HKCU "Software\Classes\AppUserModelId\${AUMID}" "DisplayName" "${APP}"
  WriteRegStr HKCU "Software\Classes\AppUserModelId\${AUMID}" "IconUri" "$INSTDIR\${EXE}"
  ; Apps & features (per user).
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayName" "${APP}"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINST_KEY}" "Publisher" "${APP}"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayIcon" "$INSTDIR\${EXE}"
  WriteRegStr HKCU "${UNINST_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINST_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINST_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINST_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINST_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  WriteRegDWORD HKCU "${UNINST_KEY}" "EstimatedSize" "$0"
SectionEnd

Section /o "$(SecDesktop)" SecDesktop
  CreateShortCut "$DESKTOP\${APP}.lnk" "$INSTDIR\${EXE}" "" "$INSTDIR\${EXE}" 0
SectionEnd

!insertmacro MUI_FUNCTION_DESCRIPTION_BEGIN
  !insertmacro MUI_DESCRIPTION_TEXT ${SecApp} $(SecAppDesc)
  !insertmacro MUI_DESCRIPTION_TEXT ${SecDesktop} $(SecDesktopDesc)
!insertmacro MUI_FUNCTION_DESCRIPTION_END

Section "Uninstall"
  ; The program, its shortcuts and registry keys always go.
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${EXE}"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  Delete "$SMPROGRAMS\${APP}.lnk"
  Delete "$DESKTOP\${APP}.lnk"
  DeleteRegKey HKCU "${UNINST_KEY}"
  DeleteRegKey HKCU "Software\Classes\AppUserModelId\${AUMID}"
  ; Start at sign-in (Preferences) points at the program that is now gone.
  DeleteRegValue HKCU "Software\Microsoft\Windows\CurrentVersion\Run" "${APP}"
  ; The responder's settings, drafts, unsent messages and saved sign-in: asked (keep is
  ; the default, and what a silent uninstall does unless /PURGE is given).
  ${GetParameters} $0
  ClearErrors
  ${GetOptions} $0 "/PURGE" $1
  ${IfNot} ${Errors}
    Goto purge
  ${EndIf}
  MessageBox MB_YESNO|MB_ICONQUESTION "$(KeepData)" /SD IDYES IDYES keep
  purge:
    RMDir /r "${DATA_DIR}"
    ; The saved sign-in (keyring's entries in Windows Credential Manager).
    nsExec::Exec 'cmdkey /delete:${APP}'
    DeleteRegKey HKCU "Software\${APP}"
    Goto done
  keep:
    DeleteRegValue HKCU "Software\${APP}" "InstallDir"
  done:
SectionEnd
