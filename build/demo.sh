#!/usr/bin/env bash
# The main job: build the sample webhook service, replay the documented 8x8 webhook bodies through it
# (typed submissions, storage, dedup, dry-run replies) and post encrypted requests to its flow endpoint as WhatsApp
# would (decrypted responses printed), then build the deliberately broken sample to show
# what FlowTypes reports at build time. Needs only the .NET 10 SDK; restores packages itself.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

echo "== Building samples/WebhookService"
dotnet build samples/WebhookService -c Release -nologo -v quiet
echo
echo "== Replaying the sample webhook bodies (samples/WebhookService/SamplePayloads), then driving the endpoint-backed flow (encrypted as WhatsApp does)"
dotnet run --project samples/WebhookService -c Release --no-build -- --demo
echo
echo "== Building samples/Mistakes, a project with deliberate mistakes (this build is expected to fail)"
set +e
output=$(dotnet build samples/Mistakes -c Release -nologo --no-incremental 2>&1)
status=$?
set -e
diagnostics=$(printf '%s\n' "$output" | grep -E ': (error|warning) (FT|CS)[0-9]+' | sed -E "s#^$(pwd)/##; s# \[[^]]*\]\$##" | sort -u)
printf '%s\n' "$diagnostics"
if [ "$status" -eq 0 ]; then
  echo "Unexpected: samples/Mistakes built without errors." >&2
  exit 1
fi
if ! printf '%s\n' "$diagnostics" | grep -qE ': error FT[0-9]+'; then
  echo "Unexpected: samples/Mistakes failed without a FlowTypes error:" >&2
  printf '%s\n' "$output" | tail -20 >&2
  exit 1
fi
echo
echo "Typed submissions and replies above, then the build diagnostics FlowTypes reports."
echo "Demo OK"
