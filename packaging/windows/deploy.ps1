# Windows: gathers a runnable folder (the programs, Qt's DLLs and plugins by windeployqt,
# the licences and the guide) from a build made with the windows-msvc preset, then builds
# the installer with Inno Setup (packaging/windows/ita-planner.iss).
#
# NOT YET RUN: no Windows machine was available when this was written (docs/windows.md says
# what is and is not verified). Usage, from the repository root in a "x64 Native Tools"
# prompt with Qt 6 on PATH:
#   cmake --preset windows-msvc; cmake --build --preset windows-msvc
#   powershell -File packaging/windows/deploy.ps1
param(
    [string]$Build = "build-msvc",
    [string]$Stage = "build-msvc/stage"
)
$ErrorActionPreference = "Stop"
$root = Resolve-Path "$PSScriptRoot/../.."
Remove-Item -Recurse -Force -ErrorAction SilentlyContinue "$root/$Stage"
New-Item -ItemType Directory -Force "$root/$Stage" | Out-Null
Copy-Item "$root/$Build/bin/ita-planner.exe", "$root/$Build/bin/ita-planner-cli.exe" "$root/$Stage"
# Qt's DLLs, the platform plugin (qwindows), the SQLite driver and the print support.
windeployqt --release --no-translations --no-opengl-sw --compiler-runtime `
    "$root/$Stage/ita-planner.exe" "$root/$Stage/ita-planner-cli.exe"
if (-not (Test-Path "$root/$Stage/sqldrivers/qsqlite.dll")) { throw "qsqlite.dll missing" }
New-Item -ItemType Directory -Force "$root/$Stage/doc" | Out-Null
Copy-Item "$root/LICENSE", "$root/resources/fonts/OFL.txt", "$root/resources/fonts/DejaVu-LICENSE.txt" "$root/$Stage/doc"
Copy-Item -Recurse "$root/docs/guide" "$root/$Stage/doc/guide"
Copy-Item "$root/resources/icons/org.itaplanner.ITAPlanner.ico" "$root/$Stage"
# A smoke test of the staged folder, as scripts/package --check does on Linux.
& "$root/$Stage/ita-planner-cli.exe" --version
if ($LASTEXITCODE -ne 0) { throw "ita-planner-cli --version failed" }
iscc /DStage="$root/$Stage" "$root/packaging/windows/ita-planner.iss"
