using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using Verifier = FlowTypes.Generators.Tests.Infrastructure.AnalyzerVerifier<FlowTypes.Generators.Flows.FlowFileAnalyzer>;

namespace FlowTypes.Generators.Tests.Flows.Validation;

/// <summary>Small builders for minimal, otherwise valid Flow JSON documents used by the rule tests.</summary>
internal static class FlowJson
{
    public const string Path = "/project/flows/test.flow.json";

    public const string CompleteFooter = """{ "type": "Footer", "label": "Done", "on-click-action": { "name": "complete", "payload": {} } }""";

    public static string Flow(string screens, string version = "7.3", string top = "") =>
        $$"""
        {
          "version": "{{version}}",{{top}}
          "screens": [
            {{screens}}
          ]
        }
        """;

    /// <summary>A terminal screen with a completing Footer after <paramref name="children"/>.</summary>
    public static string End(string id = "END", string children = "", string extra = "") =>
        Screen(id, children.Length == 0 ? CompleteFooter : children + ", " + CompleteFooter, "\"terminal\": true, " + extra);

    public static string Screen(string id, string children, string extra = "") =>
        $$"""{ "id": "{{id}}", {{extra}}"layout": { "type": "SingleColumnLayout", "children": [ {{children}} ] } }""";

    public static string NavigateFooter(string target, string payload = "{}") =>
        $$"""{ "type": "Footer", "label": "Next", "on-click-action": { "name": "navigate", "next": { "type": "screen", "name": "{{target}}" }, "payload": {{payload}} } }""";

    /// <summary>Wraps the <paramref name="occurrence"/>-th occurrence of <paramref name="token"/> in location markup <c>{|#n:…|}</c>.</summary>
    public static string Mark(this string json, string token, int location = 0, int occurrence = 0)
    {
        var index = -1;
        for (var i = 0; i <= occurrence; i++)
        {
            index = json.IndexOf(token, index + 1, System.StringComparison.Ordinal);
            if (index < 0)
            {
                throw new System.ArgumentException($"'{token}' (occurrence {occurrence}) not found in {json}");
            }
        }

        return json.Substring(0, index) + "{|#" + location + ":" + token + "|}" + json.Substring(index + token.Length);
    }

    public static Task VerifyAsync(string markup, params DiagnosticResult[] expected) => Verifier.VerifyAdditionalFileAsync(Path, markup, expected);
}
