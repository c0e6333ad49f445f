#!/usr/bin/env bash
# Keystroke -> diagnostics in csharp-ls for the same flows, with FlowTypes and with the hand-written anchor (issue 25).
#   bash build/ide-anchor/run.sh                            # the ide-check consumer's one flow
#   IDE_FLOWS=../shared/corpus bash build/ide-anchor/run.sh  # plus the corpus' flows (as ide-check adds them)
# Env: IDE_CHECK (default ../shared/tools/ide-check), ROUNDS (6), ANALYZERS (on), and ide-check's own (PKG_DIR, ...);
#      BEFORE_PKG_DIR=<folder with another FlowTypes.<v>.nupkg> adds a fourth consumer, "before", with that package;
#      SETUP_ONLY=1 prepares the consumers and stops, MEASURE_ONLY=1 measures the prepared ones (to time a quiet phase).
#      IDE_PROPS='<EnableNETAnalyzers>true</EnableNETAnalyzers>' measures them with the SDK's analyzers on, as a new
#      project has them (warm-up is then longer: use ROUNDS=16 and read the later rounds).
# Three consumers, all net10.0 with the SDK's .NET analyzers off unless IDE_PROPS says otherwise:
#   flowtypes   ide-check's consumer (the packed FlowTypes package, its flows and template file);
#   handwritten the same Program.cs job without FlowTypes: the records and System.Text.Json context a team writes for
#               the same flows (tests/FlowTypes.Benchmarks --anchor-of-flows, the anchor of docs/performance.md);
#   handwritten-endpoints  the same plus the endpoint records the team writes for the flows that have an endpoint.
# Each gets the same edit (a line that gives CS0029, then removed); measured one server at a time, in both orders.
set -euo pipefail
REPO=$(git rev-parse --show-toplevel)
# ../shared beside the main checkout (also from a linked worktree, whose common git dir is the main checkout's .git)
IDE=$(cd "${IDE_CHECK:-$(git rev-parse --path-format=absolute --git-common-dir)/../../shared/tools/ide-check}" && pwd)
T=$(dirname "$(mktemp -u)")
MARK='// ide-anchor: edits go below this line'

FT=$T/ide-anchor-flowtypes
HW=$T/ide-anchor-handwritten
HE=$T/ide-anchor-handwritten-endpoints
FB=$T/ide-anchor-before
if [ -z "${MEASURE_ONLY:-}" ]; then
export IDE_PROPS="${IDE_PROPS:-<EnableNETAnalyzers>false</EnableNETAnalyzers>}<EmitCompilerGeneratedFiles>true</EmitCompilerGeneratedFiles>"
FT=$(MAIN=$REPO bash "$IDE/setup.sh" "$FT" | tail -1)
printf '\n%s\n' "$MARK" >>"$FT/Program.cs"

rm -rf "$HW"; mkdir -p "$HW"
cp "$FT/nuget.config" "$HW/"
grep -v 'PackageReference Include="FlowTypes"' "$FT/IdeConsumer.csproj" >"$HW/IdeConsumer.csproj"
cat >"$HW/Program.cs" <<'CS'
// The ide-check consumer's job without FlowTypes: the hand-written record and a send payload built by hand.
using System.Text.Json;
using System.Text.Json.Nodes;
using Consumer.HandWritten;

var json = """{"order_number":"ORD-98765","item_name":"Jacket","customer_email":"c@example.com","return_reason":"wrong_size","resolution_type":"exchange","exchange_pref":"Size L","flow_token":"t"}""";
var submission = JsonSerializer.Deserialize(json, HandWrittenJsonContext.Default.ReturnsSubmission);
if (submission is not null)
{
    Console.WriteLine($"{submission.OrderNumber}: {submission.ResolutionType}");
}

var message = new JsonObject
{
    ["user"] = new JsonObject { ["msisdn"] = "+15551234567" },
    ["content"] = new JsonObject
    {
        ["type"] = "template",
        ["template"] = new JsonObject
        {
            ["name"] = "marketing_image_template_demo",
            ["language"] = "en_US",
            ["components"] = new JsonArray(
                new JsonObject { ["type"] = "header", ["parameters"] = new JsonArray(new JsonObject { ["type"] = "image", ["url"] = "https://x/a.png" }) },
                new JsonObject { ["type"] = "body", ["parameters"] = new JsonArray(new JsonObject { ["type"] = "text", ["text"] = "Jason" }) },
                new JsonObject { ["type"] = "button", ["subType"] = "url", ["index"] = 0, ["parameters"] = new JsonArray(new JsonObject { ["type"] = "text", ["text"] = "x" }) }),
        },
    },
};
Console.WriteLine(message.ToJsonString());
CS
printf '\n%s\n' "$MARK" >>"$HW/Program.cs"

# A project builds: flow files the build reports errors for (the corpus' known violations) are left out of both.
bad=$(cd "$FT" && dotnet build -v q -nologo 2>&1 | grep -o 'flows/[^/(]*\.flow\.json([0-9,]*): error' | sed 's/(.*//' | sort -u || true)
for f in $bad; do rm -f "$FT/$f"; echo "left out (build errors): $f" >&2; done
# IDE_FLOW_COPIES=2 adds a second copy of each extra flow (about 100 flows from the corpus); every flow file gets its
# own FlowTokenPrefix, as a project with many similar flows declares (FT9003 otherwise).
for f in "$FT"/flows/extra_*.flow.json; do
  for ((i = 2; i <= ${IDE_FLOW_COPIES:-1}; i++)); do cp "$f" "${f%/extra_*}/copy${i}_$(basename "$f" | sed 's/^extra_//')"; done
done
python3 - "$FT/IdeConsumer.csproj" <<'PY'
import sys
p = sys.argv[1]
s = open(p).read().replace("</Project>", """  <PropertyGroup>
    <FlowTypesEnableDefaultItems>false</FlowTypesEnableDefaultItems>
  </PropertyGroup>
  <ItemGroup>
    <AdditionalFiles Include="flows/*.flow.json">
      <FlowTokenPrefix>%(Filename)-</FlowTokenPrefix>
    </AdditionalFiles>
    <AdditionalFiles Include="templates/*.template.json" />
  </ItemGroup>
</Project>""", 1)
open(p, "w").write(s)
PY
echo "flows in both consumers: $(ls "$FT"/flows/*.flow.json | wc -l)" >&2
dotnet build "$REPO/tests/FlowTypes.Benchmarks" -c Release -v q -nologo >&2
dotnet "$REPO/tests/FlowTypes.Benchmarks/bin/Release/net10.0/FlowTypes.Benchmarks.dll" --anchor-of-flows "$HW/HandWritten.cs" "$FT/flows"

if [ -n "${BEFORE_PKG_DIR:-}" ]; then   # the same consumer on another build of the package
  rm -rf "$FB"; mkdir -p "$FB"
  cp -r "$FT/flows" "$FT/templates" "$FT/Program.cs" "$FT/IdeConsumer.csproj" "$FB/"
  sed -e "s|$FT|$FB|" -e "s|<add key=\"local\" value=\"[^\"]*\"|<add key=\"local\" value=\"$BEFORE_PKG_DIR\"|" "$FT/nuget.config" >"$FB/nuget.config"
  (cd "$FB" && dotnet restore >&2)
fi
rm -rf "$HE"; cp -r "$HW" "$HE"; sed -i "s|$HW|$HE|" "$HE/nuget.config"
dotnet "$REPO/tests/FlowTypes.Benchmarks/bin/Release/net10.0/FlowTypes.Benchmarks.dll" --anchor-of-flows "$HE/HandWritten.cs" "$FT/flows" --endpoints
for c in "$FT" "$HW" "$HE" ${BEFORE_PKG_DIR:+"$FB"}; do   # both compile (and write their generated sources to obj/ for the line counts)
  (cd "$c" && rm -rf obj/Debug && dotnet build -v q -nologo >&2)   # no generated file of an earlier build counted
done
fi
[ -n "${SETUP_ONLY:-}" ] && exit 0

CSLS=${CSLS_DIR:-$T/csls}/csharp-ls
rc=0
order=(flowtypes="$FT" handwritten="$HW" handwritten-endpoints="$HE")
[ -n "${BEFORE_PKG_DIR:-}" ] && order=(before="$FB" "${order[@]}")
for pass in forward backward; do
  args=()
  for c in "${order[@]}"; do args+=(--consumer "$c"); done
  python3 "$REPO/build/ide-anchor/ide_anchor.py" --ide-check "$IDE" --server "$CSLS" --rounds "${ROUNDS:-6}" \
    --analyzers "${ANALYZERS:-on}" "${args[@]}" || rc=1
  reversed=(); for ((i = ${#order[@]} - 1; i >= 0; i--)); do reversed+=("${order[$i]}"); done
  order=("${reversed[@]}")
done
exit $rc
