; TAP Desk NSIS additions (electron-builder `nsis.include`).
; The machine policy folder is created at install time with an administrators-only ACL, so a
; technician can never create it first and own it (by default Users may add folders to
; ProgramData). TAP Desk refuses a policy.json whose folder or file non-administrators can write.
; With SetShellVarContext all, $APPDATA is the machine's ProgramData known folder.
!macro customInstall
  SetShellVarContext all
  CreateDirectory "$APPDATA\TAP Desk"
  nsExec::ExecToLog '"$SYSDIR\icacls.exe" "$APPDATA\TAP Desk" /inheritance:r /grant:r *S-1-5-18:(OI)(CI)F *S-1-5-32-544:(OI)(CI)F *S-1-5-32-545:(OI)(CI)RX'
  nsExec::ExecToLog '"$SYSDIR\icacls.exe" "$APPDATA\TAP Desk" /setowner *S-1-5-32-544 /T /C'
!macroend
