using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading;
using FlowTypes.Generators.Core.Diagnostics;
using FlowTypes.Generators.Core.Json;
using FlowTypes.Generators.Flows.Document;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace FlowTypes.Generators.Flows.Validation;

/// <summary>
/// Checks a <see cref="FlowDocument"/> against Meta's publish-time Flow JSON rules and returns located findings.
/// Tolerant by design: any missing piece or wrong JSON type is skipped (or reported), never dereferenced.
/// </summary>
internal sealed partial class FlowValidator
{
    private readonly FlowDocument _doc;
    private readonly FlowVersion? _version;
    private readonly ImmutableArray<Finding>.Builder _findings = ImmutableArray.CreateBuilder<Finding>();

    private FlowValidator(FlowDocument doc)
    {
        _doc = doc;
        _version = FlowRules.RulesVersion(doc);
    }

    /// <param name="doc">The flow.</param>
    /// <param name="utf8Length">The size of the file in UTF-8 bytes (Meta's 10 MB cap, FT1091).</param>
    /// <param name="cancellationToken">Cancels the validation.</param>
    public static ImmutableArray<Finding> Validate(FlowDocument doc, long utf8Length, CancellationToken cancellationToken = default)
    {
        var validator = new FlowValidator(doc);
        if (utf8Length > FlowRules.MaxFlowJsonBytes)
        {
            validator.Report(DiagnosticDescriptors.FlowTooLarge, Start(doc.Root), utf8Length.ToString(CultureInfo.InvariantCulture), FlowRules.MaxFlowJsonBytes.ToString(CultureInfo.InvariantCulture));
        }

        validator.Run(cancellationToken);
        return validator._findings.ToImmutable();
    }

    private void Run(CancellationToken cancellationToken)
    {
        ValidateTopLevel();
        ValidateScreenIds();
        foreach (var screen in _doc.Screens)
        {
            cancellationToken.ThrowIfCancellationRequested();
            ValidateScreen(screen);
        }

        cancellationToken.ThrowIfCancellationRequested();
        ValidateFlowCaps();
        ValidateRouting();
    }

    private void Report(DiagnosticDescriptor descriptor, TextSpan span, params object[] arguments) =>
        _findings.Add(new Finding(descriptor, span, arguments));

    private static TextSpan Start(JsonNode node) => new(node.Span.Start, node.Span.Length > 0 ? 1 : 0);

    private bool AtLeast(int major, int minor) => _version is not { } v || v.AtLeast(major, minor);

    private bool Below(int major, int minor) => _version is { } v && !v.AtLeast(major, minor);

    private string VersionText => _doc.Version?.Value ?? "?";

    private static bool IsDynamic(string value) => FlowExpression.IsDynamic(value);

    private static string ScreenName(FlowScreen screen) => screen.Id ?? "screens[" + screen.Index.ToString(CultureInfo.InvariantCulture) + "]";

    private static string Describe(FlowComponent component, FlowScreen screen) => Named(component) + " on screen '" + ScreenName(screen) + "'";

    /// <summary>"TextInput 'email'", or the type alone for a component without a name.</summary>
    private static string Named(FlowComponent component) => (component.Type ?? "component") + (component.Name is { } n ? " '" + n + "'" : string.Empty);

    // ---------------------------------------------------------------- top level [§1, §2]

    private void ValidateTopLevel()
    {
        var root = _doc.Root;
        var versionProperty = root.Find("version");
        if (versionProperty is null)
        {
            Report(DiagnosticDescriptors.MissingFlowVersion, Start(root), "the property is missing");
        }
        else if (versionProperty.Value is not JsonString version)
        {
            Report(DiagnosticDescriptors.MissingFlowVersion, versionProperty.Value.Span, "it is a " + versionProperty.Value.KindName + ", not a string");
        }
        else if (FlowRules.FrozenVersions.TryGetValue(version.Value, out var frozenOn))
        {
            Report(DiagnosticDescriptors.FrozenFlowVersion, version.Span, version.Value, frozenOn);
        }
        else if (FlowRules.IsNewerThanKnown(version.Value))
        {
            Report(DiagnosticDescriptors.NewerFlowVersion, version.Span, version.Value, FlowRules.NewestKnownVersion);
        }
        else if (Array.IndexOf(FlowRules.PublishableVersions, version.Value) < 0)
        {
            Report(DiagnosticDescriptors.UnknownFlowVersion, version.Span, version.Value, string.Join(", ", FlowRules.PublishableVersions));
        }

        foreach (var property in root.Properties)
        {
            var name = property.Name;
            if (Array.IndexOf(FlowRules.TopLevelKeys, name) >= 0)
            {
                continue;
            }

            if (name == "data_channel_uri")
            {
                if (Below(3, 0))
                {
                    continue;
                }

                Report(DiagnosticDescriptors.UnknownProperty, property.NameSpan, name, "from Flow JSON 3.0 (set the endpoint with the Flows API 'endpoint_uri' instead)", string.Join(", ", FlowRules.TopLevelKeys));
                continue;
            }

            if (name == "meta" && AtLeast(5, 1))
            {
                // Undocumented, but accepted by Meta's Flow Builder from 5.1 (lead_gen_ai) [§2 Allowed keys].
                continue;
            }

            Report(DiagnosticDescriptors.UnknownProperty, property.NameSpan, name, "at the top level of a flow" + DidYouMean(name, FlowRules.TopLevelKeys), string.Join(", ", FlowRules.TopLevelKeys));
        }

        var screensProperty = root.Find("screens");
        if (screensProperty is null)
        {
            Report(DiagnosticDescriptors.MissingRequiredProperty, Start(root), "The flow", "screens");
        }
        else if (screensProperty.Value is not JsonArray screens)
        {
            Report(DiagnosticDescriptors.MissingRequiredProperty, screensProperty.Value.Span, "The flow", "screens (an array of screen objects)");
        }
        else if (screens.Items.Length == 0)
        {
            Report(DiagnosticDescriptors.MissingRequiredProperty, screens.Span, "The flow", "screens (at least one screen)");
        }
        else
        {
            foreach (var item in screens.Items)
            {
                if (item is not JsonObject)
                {
                    Report(DiagnosticDescriptors.MissingRequiredProperty, item.Span, "Every item of 'screens'", "id and layout (each screen must be a JSON object)");
                }
            }

            if (screens.Items.Length > 100)
            {
                Report(DiagnosticDescriptors.TooManyScreens, screensProperty.NameSpan, screens.Items.Length);
            }

            if (_doc.Screens.Length > 0 && !_doc.Screens.Any(s => s.Terminal))
            {
                Report(DiagnosticDescriptors.MissingTerminalScreen, screensProperty.NameSpan);
            }
        }

        ValidateDataApiVersion();
    }

    private void ValidateDataApiVersion()
    {
        var root = _doc.Root;
        var dataApi = root.Find("data_api_version");
        if (dataApi is not null)
        {
            var value = dataApi.Value as JsonString;
            var allowed = _version is { } v && v.AtLeast(7, 3) ? new[] { "3.0", "4.0" } : new[] { "3.0" };
            if (value is null || Array.IndexOf(allowed, value.Value) < 0)
            {
                Report(
                    DiagnosticDescriptors.InvalidDataApiVersion,
                    dataApi.Value.Span,
                    value?.Value ?? dataApi.Value.KindName,
                    VersionText,
                    string.Join(" or ", allowed.Select(a => "\"" + a + "\"")) + (allowed.Length == 1 ? " (\"4.0\" needs Flow JSON 7.3)" : string.Empty));
            }

            if (root.Find("routing_model") is null)
            {
                Report(DiagnosticDescriptors.RoutingModelRequired, dataApi.NameSpan);
            }
        }
    }

    /// <summary>Components capped per flow rather than per screen [§7 ImageCarousel]; reported on the first one over the cap.</summary>
    private void ValidateFlowCaps()
    {
        foreach (var (type, max) in FlowRules.PerFlowCaps)
        {
            var all = _doc.Screens.SelectMany(s => s.Components).Where(c => c.Type == type).ToList();
            if (all.Count > max)
            {
                Report(DiagnosticDescriptors.TooManyInFlow, TypeSpan(all[max]), all.Count, type, max, all.Count - max == 1 ? "one" : (all.Count - max).ToString(CultureInfo.InvariantCulture));
            }
        }
    }

    // ---------------------------------------------------------------- screen ids [§3]

    private void ValidateScreenIds()
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var screen in _doc.Screens)
        {
            var idProperty = screen.Node.Find("id");
            if (idProperty is null)
            {
                Report(DiagnosticDescriptors.MissingRequiredProperty, Start(screen.Node), "Screen screens[" + screen.Index.ToString(CultureInfo.InvariantCulture) + "]", "id");
                continue;
            }

            if (idProperty.Value is not JsonString idNode)
            {
                Report(DiagnosticDescriptors.MissingRequiredProperty, idProperty.Value.Span, "Screen screens[" + screen.Index.ToString(CultureInfo.InvariantCulture) + "]", "id (a string of letters and underscores)");
                continue;
            }

            var id = idNode.Value;
            if (string.Equals(id, "SUCCESS", StringComparison.OrdinalIgnoreCase))
            {
                Report(DiagnosticDescriptors.ReservedScreenId, idNode.Span, id);
            }
            else if (!IsValidScreenId(id))
            {
                Report(DiagnosticDescriptors.InvalidScreenId, idNode.Span, id, SuggestScreenId(id));
            }

            if (seen.TryGetValue(id, out var first))
            {
                Report(DiagnosticDescriptors.DuplicateScreenId, idNode.Span, id, first);
            }
            else
            {
                seen[id] = screen.Index;
            }
        }
    }

    private bool IsValidScreenId(string id)
    {
        if (id.Length == 0)
        {
            return false;
        }

        var allUnderscores = true;
        foreach (var c in id)
        {
            var letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
            if (!letter && c != '_')
            {
                return false;
            }

            allUnderscores &= c == '_';
        }

        // From 7.0 an id made only of underscores is rejected [§3 id pattern].
        return !(allUnderscores && AtLeast(7, 0));
    }

    private static readonly string[] DigitWords = { "ZERO", "ONE", "TWO", "THREE", "FOUR", "FIVE", "SIX", "SEVEN", "EIGHT", "NINE" };

    /// <summary>A valid id close to <paramref name="id"/>: digits spelled out, other characters turned into underscores.</summary>
    internal static string SuggestScreenId(string id)
    {
        var lower = id.Any(char.IsLower) && !id.Any(char.IsUpper);
        var builder = new StringBuilder();
        foreach (var c in id)
        {
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_')
            {
                builder.Append(c);
            }
            else if (c >= '0' && c <= '9')
            {
                if (builder.Length > 0 && builder[builder.Length - 1] != '_')
                {
                    builder.Append('_');
                }

                var word = DigitWords[c - '0'];
                builder.Append(lower ? word.ToLowerInvariant() : word);
            }
            else if (builder.Length > 0 && builder[builder.Length - 1] != '_')
            {
                builder.Append('_');
            }
        }

        var result = builder.ToString().Trim('_');
        return result.Length == 0 ? (lower ? "screen" : "SCREEN") : result;
    }
}
