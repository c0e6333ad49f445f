#!/usr/bin/env python3
"""Keystroke -> diagnostics in a real C# language server (csharp-ls, through ide-check's LSP client), for two consumers
of the same flows: one with FlowTypes' generated code, one with the hand-written anchor (records + System.Text.Json
source-generated context, no FlowTypes). Both get the same edit in Program.cs: a line that does not compile (CS0029)
is added, then removed. The time from didChange until a pulled diagnostic shows (then clears) it is what a person
waits for; csharp-ls analyses the whole compilation for it, so the project's other code is what differs.

Usage: python3 ide_anchor.py --ide-check DIR --server CSLS --consumer NAME=DIR [--consumer NAME=DIR ...]
                             [--rounds 6] [--analyzers on|off] [--json OUT]
Consumers are measured one after the other, in the order given, each in its own server process.
"""
import argparse
import json
import os
import pathlib
import statistics
import sys
import time

EDIT = '        int ideAnchorEdit = "not a number";\n'
MARK = "// ide-anchor: edits go below this line\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--ide-check", required=True, help="folder of ../shared/tools/ide-check (its LSP client is used)")
    ap.add_argument("--server", required=True, help="the csharp-ls executable")
    ap.add_argument("--consumer", action="append", required=True, help="NAME=DIR of a restored consumer")
    ap.add_argument("--rounds", type=int, default=6, help="edit rounds per consumer (the first is cold)")
    ap.add_argument("--analyzers", choices=["on", "off"], default="on")
    ap.add_argument("--load-timeout", type=float, default=420)
    ap.add_argument("--edit-timeout", type=float, default=180)
    ap.add_argument("--json", default=None, help="write the results here too")
    args = ap.parse_args()
    sys.path.insert(0, args.ide_check)
    import lsp_check  # noqa: E402  (ide-check's stdlib LSP client)

    results = {}
    for spec in args.consumer:
        name, _, folder = spec.partition("=")
        results[name] = measure(lsp_check, name, pathlib.Path(folder).resolve(), args)

    print()
    print("| consumer | generated + hand-written C# lines | load s | edit -> CS0029, warm median s | cleared, warm median s | rounds (all) |")
    print("|---|---:|---:|---:|---:|---|")
    for name, r in results.items():
        print(f"| {name} | {r['lines']:,} | {r['load_s']} | {r['error_median']} | {r['clear_median']} | "
              f"{r['error_s']} / {r['clear_s']} |")
    if args.json:
        pathlib.Path(args.json).write_text(json.dumps(results, indent=2), encoding="utf-8")
    ok = all(r["ok"] for r in results.values())
    print(f"SUMMARY ide-anchor {'PASS' if ok else 'FAIL'} " + " ".join(
        f"{n}: error {r['error_median']}s clear {r['clear_median']}s" for n, r in results.items()))
    return 0 if ok else 1


def measure(lsp_check, name, folder, args):
    program = folder / "Program.cs"
    text = program.read_text(encoding="utf-8")
    if MARK not in text:
        raise SystemExit(f"{program} has no line '{MARK.strip()}'")
    uri = program.as_uri()
    settings = {"analyzersEnabled": args.analyzers == "on", "logLevel": "info"}
    env = dict(os.environ)
    env.setdefault("DOTNET_CLI_UI_LANGUAGE", "en-US")
    lsp = lsp_check.LspClient([args.server, "--loglevel", "info"], str(folder), env, str(folder / "lsp-anchor.log"),
                              settings, folder.as_uri())
    caps = {"workspace": {"configuration": True, "workspaceFolders": True,
                          "didChangeConfiguration": {"dynamicRegistration": True},
                          "diagnostics": {"refreshSupport": True}},
            "textDocument": {"synchronization": {"dynamicRegistration": True, "didSave": True},
                             "hover": {"contentFormat": ["markdown", "plaintext"]},
                             "diagnostic": {"dynamicRegistration": True, "relatedDocumentSupport": False}},
            "window": {"workDoneProgress": True}, "general": {"positionEncodings": ["utf-16"]}}
    _, err, _ = lsp.request("initialize", {"processId": os.getpid(), "rootUri": folder.as_uri(), "rootPath": str(folder),
                                           "workspaceFolders": [{"uri": folder.as_uri(), "name": folder.name}],
                                           "capabilities": caps, "initializationOptions": {"csharp": settings}},
                            timeout=120)
    if err:
        raise SystemExit(f"{name}: initialize failed: {err}")
    lsp.notify("initialized", {})
    lsp.notify("workspace/didChangeConfiguration", {"settings": {"csharp": settings}})
    version = 1
    lsp.notify("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": "csharp", "version": version,
                                                         "text": text}})

    def say(s):
        print(f"[{name}] {s}", flush=True)

    def pull():
        res, e, _ = lsp.request("textDocument/diagnostic", {"textDocument": {"uri": uri}}, timeout=args.edit_timeout)
        return None if e else (res or {}).get("items", [])

    def codes(items):
        return {lsp_check.code_of(d) for d in items or []}

    # Loaded: the project's own type resolves (the hover names it) and Program.cs has no error.
    probe = text.index("ReturnsSubmission")
    line = text.count("\n", 0, probe)
    col = probe - (text.rfind("\n", 0, probe) + 1) + 2
    t0 = time.monotonic()
    loaded = False
    while time.monotonic() - t0 < args.load_timeout:
        res, e, _ = lsp.request("textDocument/hover", {"textDocument": {"uri": uri},
                                                       "position": {"line": line, "character": col}}, timeout=120)
        if not e and "ReturnsSubmission" in lsp_check.hover_text(res):
            items = pull()
            if items is not None and not [d for d in items if d.get("severity") == 1]:
                loaded = True
                break
        time.sleep(1)
    load_s = round(time.monotonic() - t0, 1)
    say(f"loaded={loaded} in {load_s}s")

    def wait(pred):
        t = time.monotonic()
        while time.monotonic() - t < args.edit_timeout:
            items = pull()
            if items is not None and pred(items):
                return time.monotonic() - t
            time.sleep(0.05)
        return None

    mark_line = text[:text.index(MARK)].count("\n") + 1
    errors, clears = [], []
    ok = loaded
    for rnd in range(1, args.rounds + 1 if loaded else 1):
        version += 1
        t_send = time.monotonic()
        lsp.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": version}, "contentChanges": [
            {"range": {"start": {"line": mark_line, "character": 0}, "end": {"line": mark_line, "character": 0}},
             "text": EDIT}]})
        seen = wait(lambda it: "CS0029" in codes(it))
        seen = None if seen is None else time.monotonic() - t_send - 0.0
        version += 1
        t_send = time.monotonic()
        lsp.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": version}, "contentChanges": [
            {"range": {"start": {"line": mark_line, "character": 0}, "end": {"line": mark_line + 1, "character": 0}},
             "text": ""}]})
        gone = wait(lambda it: "CS0029" not in codes(it) and not [d for d in it if d.get("severity") == 1])
        say(f"round {rnd}: CS0029 after {None if seen is None else round(seen, 3)}s, cleared after "
            f"{None if gone is None else round(gone, 3)}s")
        ok &= seen is not None and gone is not None
        if seen is not None:
            errors.append(round(seen, 3))
        if gone is not None:
            clears.append(round(gone, 3))
    lsp.stop()
    lines = sum(len(p.read_text(encoding="utf-8", errors="replace").splitlines())
                for p in folder.rglob("*.cs") if p.name != "Program.cs" and "/bin/" not in str(p))
    warm = lambda v: round(statistics.median(v[1:] if len(v) > 1 else v), 3) if v else None  # noqa: E731
    return {"ok": ok, "load_s": load_s, "lines": lines, "error_s": errors, "clear_s": clears,
            "error_median": warm(errors), "clear_median": warm(clears)}


if __name__ == "__main__":
    sys.exit(main())
