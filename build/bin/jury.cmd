@echo off
rem The jury command line of an installed app: Electron's own Node runs the bundled CLI.
set ELECTRON_RUN_AS_NODE=1
"%~dp0..\..\Jury.exe" "%~dp0..\app.asar\dist\cli\jury.js" %*
