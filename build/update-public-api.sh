#!/usr/bin/env bash
# Records the current public API of the tracked libraries (TrackPublicApi=true: FlowTypes, FlowTypes.ChatApps,
# FlowTypes.AspNetCore) in their PublicAPI.Unshipped.txt files. Run it after a deliberate public API change and review
# the diff; the build fails on an unrecorded change (RS0016 for a public symbol not listed, RS0017 for a listed one
# that is gone). At a release, move the Unshipped lines into PublicAPI.Shipped.txt.
#
# How: the Unshipped files are emptied, the tracked projects are built once with warnings as warnings, and what the
# analyzer then reports is the API beyond the Shipped files (RS0016) and the shipped API that is gone (RS0017, written as
# *REMOVED* lines). A project with several target frameworks (FlowTypes: netstandard2.0 and net8.0) keeps what every
# framework has in PublicAPI.Unshipped.txt and what only one has in PublicAPI/<framework>/PublicAPI.Unshipped.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
projects=(src/FlowTypes src/FlowTypes.ChatApps src/FlowTypes.AspNetCore)
for project in "${projects[@]}"; do
  find "$project" -name PublicAPI.Unshipped.txt -not -path '*/bin/*' -not -path '*/obj/*' -exec sh -c 'printf "#nullable enable\n" > "$1"' _ {} \;
done
log=$(mktemp)
trap 'rm -f "$log"' EXIT
for project in "${projects[@]}"; do
  dotnet build "$project" -c Release --no-incremental -p:TreatWarningsAsErrors=false >>"$log" 2>&1 || true
done
python3 - "$log" "${projects[@]}" <<'PY'
import re, sys, pathlib
log = pathlib.Path(sys.argv[1]).read_text()
pattern = re.compile(r"warning (RS0016|RS0017): Symbol '(.+?)' (?:is not part of the declared public API|is part of the declared API, but is either not public or could not be found) .*?\[([^\]]+?\.csproj)(?:::TargetFramework=([^\]]+))?\]")
found = {}
for kind, symbol, project, framework in pattern.findall(log):
    line = symbol if kind == "RS0016" else "*REMOVED*" + symbol
    found.setdefault(pathlib.Path(project).parent.resolve(), {}).setdefault(framework, set()).add(line)
def write(path, lines):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("#nullable enable\n" + "".join(l + "\n" for l in sorted(lines, key=lambda l: (l.removeprefix("*REMOVED*"), l))))
for project in (pathlib.Path(p).resolve() for p in sys.argv[2:]):
    csproj = next(project.glob("*.csproj")).read_text()
    frameworks = re.search(r"<TargetFrameworks>([^<]+)</TargetFrameworks>", csproj)
    per = found.get(project, {})
    if not frameworks:
        lines = set().union(*per.values()) if per else set()
        write(project / "PublicAPI.Unshipped.txt", lines)
        print(f"{project.name}: {len(lines)} unshipped lines")
        continue
    names = [f.strip() for f in frameworks.group(1).split(";") if f.strip()]
    sets = [per.get(f, set()) for f in names]
    common = set.intersection(*sets)
    write(project / "PublicAPI.Unshipped.txt", common)
    for name, lines in zip(names, sets):
        write(project / "PublicAPI" / name / "PublicAPI.Unshipped.txt", lines - common)
        if not (project / "PublicAPI" / name / "PublicAPI.Shipped.txt").exists():
            write(project / "PublicAPI" / name / "PublicAPI.Shipped.txt", set())
    print(f"{project.name}: {len(common)} unshipped lines on every framework, " + ", ".join(f"{n}: {len(s - common)}" for n, s in zip(names, sets)))
PY
