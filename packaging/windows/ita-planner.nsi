; The Windows installer of ITA Planner (NSIS 3, Debian's `nsis` package). scripts/windows stages
; the programs and builds this with
;   makensis -DVERSION=… -DSTAGE=<staged folder> -DLISTS=<folder of the file lists> -DOUTFILE=…
; The file lists (install.nsh, uninstall.nsh) are generated from the staged folder, so the
; uninstaller removes exactly the files the installer brought and keeps whatever else is in the
; folder (a user's own files). The user's data (.itadb files, settings) lives elsewhere and is
; never touched.
;
; Install for the current user (the default; needs no administrator, as a locked-down office PC
; requires) or for all users (administrators; /AllUsers on the command line). /S installs
; silently.
; A 64-bit installer for 64-bit programs (Wine without 32-bit support runs it too).
Target amd64-unicode
SetCompressor /SOLID lzma
RequestExecutionLevel user

!ifndef VERSION
  !error "makensis -DVERSION=x.y.z is required"
!endif
!define APP "ITA Planner"
!define APPKEY "ITAPlanner"
!define UNINSTKEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APPKEY}"
!define PROGID "ITAPlanner.itadb"

Name "${APP} ${VERSION}"
OutFile "${OUTFILE}"
BrandingText "${APP} ${VERSION}"

!define MULTIUSER_EXECUTIONLEVEL Highest
!define MULTIUSER_MUI
!define MULTIUSER_INSTALLMODE_COMMANDLINE
!define MULTIUSER_INSTALLMODE_DEFAULT_CURRENTUSER
!define MULTIUSER_INSTALLMODE_INSTDIR "${APP}"
!define MULTIUSER_USE_PROGRAMFILES64
!define MULTIUSER_INSTALLMODE_INSTDIR_REGISTRY_KEY "Software\${APPKEY}"
!define MULTIUSER_INSTALLMODE_INSTDIR_REGISTRY_VALUENAME "InstallDir"
; The install-mode page's words: NSIS's Thai language file has none for it.
!define MULTIUSER_TEXT_INSTALLMODE_TITLE "$(ModeTitle)"
!define MULTIUSER_TEXT_INSTALLMODE_SUBTITLE "$(ModeSubtitle)"
!define MULTIUSER_INNERTEXT_INSTALLMODE_TOP "$(ModeTop)"
!define MULTIUSER_INNERTEXT_INSTALLMODE_ALLUSERS "$(ModeAllUsers)"
!define MULTIUSER_INNERTEXT_INSTALLMODE_CURRENTUSER "$(ModeCurrentUser)"
!include MultiUser.nsh
!include MUI2.nsh
!include LogicLib.nsh

!define MUI_ICON "${STAGE}/ita-planner.ico"
!define MUI_UNICON "${STAGE}/ita-planner.ico"
!define MUI_FINISHPAGE_RUN "$INSTDIR\ita-planner.exe"

!insertmacro MUI_PAGE_LICENSE "${STAGE}/doc/LICENSE.txt"
!insertmacro MULTIUSER_PAGE_INSTALLMODE
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

; Thai first: the installer speaks Thai on a Thai Windows and English elsewhere.
!insertmacro MUI_LANGUAGE "Thai"
!insertmacro MUI_LANGUAGE "English"

LangString GuideTh ${LANG_THAI} "คู่มือการใช้งาน ITA Planner (ภาษาไทย)"
LangString GuideTh ${LANG_ENGLISH} "ITA Planner User Guide (Thai)"
LangString GuideEn ${LANG_THAI} "คู่มือการใช้งาน ITA Planner (ภาษาอังกฤษ)"
LangString GuideEn ${LANG_ENGLISH} "ITA Planner User Guide (English)"
LangString Uninstall ${LANG_THAI} "ถอนการติดตั้ง ITA Planner"
LangString Uninstall ${LANG_ENGLISH} "Uninstall ITA Planner"
LangString FileType ${LANG_THAI} "แฟ้มข้อมูล ITA Planner"
LangString FileType ${LANG_ENGLISH} "ITA Planner file"
LangString ModeTitle ${LANG_THAI} "ติดตั้งให้ใคร"
LangString ModeTitle ${LANG_ENGLISH} "Choose Users"
LangString ModeSubtitle ${LANG_THAI} "เลือกผู้ใช้ที่จะใช้ ITA Planner บนเครื่องนี้"
LangString ModeSubtitle ${LANG_ENGLISH} "Choose for which users you want to install ITA Planner."
LangString ModeTop ${LANG_THAI} "ติดตั้งสำหรับตัวท่านเท่านั้น (ไม่ต้องใช้สิทธิ์ผู้ดูแลระบบ) หรือสำหรับผู้ใช้ทุกคนของเครื่องนี้"
LangString ModeTop ${LANG_ENGLISH} "Install for yourself only (no administrator needed), or for every user of this computer."
LangString ModeAllUsers ${LANG_THAI} "ผู้ใช้ทุกคนของเครื่องนี้"
LangString ModeAllUsers ${LANG_ENGLISH} "Anyone who uses this computer (all users)"
LangString ModeCurrentUser ${LANG_THAI} "เฉพาะฉัน"
LangString ModeCurrentUser ${LANG_ENGLISH} "Only for me"

VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=${LANG_ENGLISH} "ProductName" "${APP}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "FileDescription" "${APP} installer"
VIAddVersionKey /LANG=${LANG_ENGLISH} "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "LegalCopyright" "The ITA Planner authors (MIT)"

Function .onInit
  ; MULTIUSER_INIT sets the mode's default folder; a folder given with /D= wins over it.
  StrCpy $0 $INSTDIR
  !insertmacro MULTIUSER_INIT
  ${If} $0 != ""
    StrCpy $INSTDIR $0
  ${EndIf}
FunctionEnd

Function un.onInit
  !insertmacro MULTIUSER_UNINIT
FunctionEnd

Section "ITA Planner" SecMain
  SectionIn RO
  !include "${LISTS}/install.nsh"

  WriteUninstaller "$INSTDIR\uninstall.exe"
  WriteRegStr SHCTX "Software\${APPKEY}" "InstallDir" "$INSTDIR"
  WriteRegStr SHCTX "Software\${APPKEY}" "InstallMode" "$MultiUser.InstallMode"

  ; Start menu (the shell's context: the user's own menu, or everyone's).
  CreateDirectory "$SMPROGRAMS\${APP}"
  CreateShortcut "$SMPROGRAMS\${APP}\${APP}.lnk" "$INSTDIR\ita-planner.exe" "" \
      "$INSTDIR\ita-planner.ico"
  CreateShortcut "$SMPROGRAMS\${APP}\$(GuideTh).lnk" "$INSTDIR\doc\guide\index-th.html"
  CreateShortcut "$SMPROGRAMS\${APP}\$(GuideEn).lnk" "$INSTDIR\doc\guide\index-en.html"
  CreateShortcut "$SMPROGRAMS\${APP}\$(Uninstall).lnk" "$INSTDIR\uninstall.exe"

  ; .itadb opens in ITA Planner on double-click, with the program's icon.
  WriteRegStr SHCTX "Software\Classes\.itadb" "" "${PROGID}"
  WriteRegStr SHCTX "Software\Classes\${PROGID}" "" "$(FileType)"
  WriteRegStr SHCTX "Software\Classes\${PROGID}\DefaultIcon" "" "$INSTDIR\ita-planner.ico"
  WriteRegStr SHCTX "Software\Classes\${PROGID}\shell\open\command" "" \
      '"$INSTDIR\ita-planner.exe" "%1"'
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)' ; SHCNE_ASSOCCHANGED

  ; Settings → Apps.
  WriteRegStr SHCTX "${UNINSTKEY}" "DisplayName" "${APP}"
  WriteRegStr SHCTX "${UNINSTKEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr SHCTX "${UNINSTKEY}" "Publisher" "The ITA Planner authors"
  WriteRegStr SHCTX "${UNINSTKEY}" "DisplayIcon" "$INSTDIR\ita-planner.ico"
  WriteRegStr SHCTX "${UNINSTKEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr SHCTX "${UNINSTKEY}" "UninstallString" \
      '"$INSTDIR\uninstall.exe" /$MultiUser.InstallMode'
  WriteRegStr SHCTX "${UNINSTKEY}" "QuietUninstallString" \
      '"$INSTDIR\uninstall.exe" /$MultiUser.InstallMode /S'
  WriteRegDWORD SHCTX "${UNINSTKEY}" "NoModify" 1
  WriteRegDWORD SHCTX "${UNINSTKEY}" "NoRepair" 1
SectionEnd

Section "Uninstall"
  ; Only what the installer brought: the generated list, then the folders if they are empty.
  !include "${LISTS}/uninstall.nsh"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"

  Delete "$SMPROGRAMS\${APP}\${APP}.lnk"
  Delete "$SMPROGRAMS\${APP}\$(GuideTh).lnk"
  Delete "$SMPROGRAMS\${APP}\$(GuideEn).lnk"
  Delete "$SMPROGRAMS\${APP}\$(Uninstall).lnk"
  RMDir "$SMPROGRAMS\${APP}"

  ; The file type, only if it is still ours (another program may have taken .itadb since).
  ReadRegStr $0 SHCTX "Software\Classes\.itadb" ""
  ${If} $0 == "${PROGID}"
    DeleteRegKey SHCTX "Software\Classes\.itadb"
  ${EndIf}
  DeleteRegKey SHCTX "Software\Classes\${PROGID}"
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'

  DeleteRegKey SHCTX "${UNINSTKEY}"
  DeleteRegKey SHCTX "Software\${APPKEY}"
SectionEnd
