#!/usr/bin/env bash
# Records the current public API of the tracked libraries (TrackPublicApi=true: FlowTypes, FlowTypes.ChatApps,
# FlowTypes.AspNetCore) in their PublicAPI.Unshipped.txt, from what the build reports as RS0016 (a public symbol not
# listed) and RS0017 (a listed symbol that is gone). Run it after a deliberate public API change and review the diff;
# the build fails on an unrecorded change. At a release, move the Unshipped lines into PublicAPI.Shipped.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
log=$(mktemp)
trap 'rm -f "$log"' EXIT
# Warnings stay warnings for this one build, so every project is compiled and every symbol is reported.
for project in src/FlowTypes.ChatApps src/FlowTypes.AspNetCore; do
  dotnet build "$project" -c Release --no-incremental -p:TreatWarningsAsErrors=false >>"$log" 2>&1 || true
done
python3 - "$log" <<'PY'
import re, sys, pathlib
log = pathlib.Path(sys.argv[1]).read_text()
# "<file>(l,c): warning RS0016: Symbol '<api line>' is not part of the declared public API (...) [<project>]"
pattern = re.compile(r"warning (RS0016|RS0017): Symbol '(.+?)' (?:is not part of the declared public API|is part of the declared API, but is either not public or could not be found) .*?\[(.+?\.csproj)")
added, removed = {}, {}
for kind, symbol, project in pattern.findall(log):
    (added if kind == "RS0016" else removed).setdefault(pathlib.Path(project).parent, set()).add(symbol)
projects = set(added) | set(removed)
for project in sorted(projects):
    unshipped = project / "PublicAPI.Unshipped.txt"
    lines = [l for l in unshipped.read_text().splitlines() if l and not l.startswith("#")]
    gone = removed.get(project, set())
    kept = [l for l in lines if l not in gone]
    shipped_gone = sorted(gone - set(lines))
    result = sorted(set(kept) | added.get(project, set()), key=lambda l: l.removeprefix("*REMOVED*"))
    result += ["*REMOVED*" + l for l in shipped_gone]
    unshipped.write_text("#nullable enable\n" + "".join(l + "\n" for l in result))
    print(f"{unshipped}: +{len(added.get(project, set()))} -{len(gone)}")
if not projects:
    print("public API files are up to date")
PY
