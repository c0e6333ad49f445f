using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using FlowTypes.Generators.Flows.Validation;
using FlowTypes.Generators.Templates.Validation;

namespace FlowTypes.Generators.Tests.Flows.Schema;

/// <summary>
/// Writes the JSON Schemas under <c>schemas/</c> from the validator's tables (<see cref="FlowRules"/>,
/// <see cref="PropertyKeys"/>, the template validator's lists and limits): one schema per Flow JSON version the
/// validator knows, <c>flow.schema.json</c> that picks the version's schema from <c>"version"</c>, and
/// <c>template.schema.json</c>. A key, component, enum value or action added to the tables reaches the schemas when
/// they are regenerated (<see cref="FlowSchemaTests"/> fails until then; <c>FLOWTYPES_UPDATE_DOCS=1</c> rewrites them).
/// The schemas check what an editor can check on one file: keys, component types, enum values, actions and their
/// keys, required properties and JSON types, by version; the rules across screens and files stay with the analyzers.
/// Draft-07, the newest draft that VS Code, Visual Studio and Rider all read. No <c>$id</c>: <c>flow.schema.json</c>
/// refers to the version schemas beside it by file name, so an editor resolves them from wherever the files are.
/// </summary>
internal static class FlowSchemas
{
    public const string Directory = "schemas";

    private const string Draft = "http://json-schema.org/draft-07/schema#";

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Every version the validator reads: frozen ones (FT1004) and publishable ones, oldest first.</summary>
    public static IReadOnlyList<string> Versions { get; } = FlowRules.FrozenVersions.Keys.Concat(FlowRules.PublishableVersions).Distinct().OrderBy(Parse).ToList();

    public static string FileName(string version) => "flow-" + version + ".schema.json";

    /// <summary>Every schema file as (path relative to the repository root, text).</summary>
    public static IEnumerable<(string Path, string Text)> Render()
    {
        yield return (Path.Combine(Directory, "flow.schema.json"), Write(AnyVersion()));
        foreach (var version in Versions)
        {
            yield return (Path.Combine(Directory, FileName(version)), Write(Flow(version)));
        }

        yield return (Path.Combine(Directory, "template.schema.json"), Write(Template()));
    }

    private static string Write(JsonObject schema) => schema.ToJsonString(Indented).Replace("\r\n", "\n") + "\n";

    private static (int Major, int Minor) Parse(string version)
    {
        var parts = version.Split('.');
        return (int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture), int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture));
    }

    // ------------------------------------------------------------------ flow files

    private static JsonObject AnyVersion()
    {
        var branches = new JsonArray();
        foreach (var version in Versions)
        {
            branches.Add(new JsonObject
            {
                ["if"] = new JsonObject { ["properties"] = new JsonObject { ["version"] = new JsonObject { ["const"] = version } }, ["required"] = Strings("version") },
                ["then"] = new JsonObject { ["$ref"] = FileName(version) },
            });
        }

        // A version newer than the newest FlowTypes knows is checked as that one, as the build does (FT1062, a warning).
        branches.Add(new JsonObject
        {
            ["if"] = new JsonObject { ["properties"] = new JsonObject { ["version"] = NewerVersion() }, ["required"] = Strings("version") },
            ["then"] = new JsonObject { ["$ref"] = FileName(FlowRules.NewestKnownVersion) },
        });

        return new JsonObject
        {
            ["$schema"] = Draft,
            ["title"] = "WhatsApp Flow JSON (FlowTypes)",
            ["description"] = "A *.flow.json file, checked against the schema of its \"version\". Generated from the FlowTypes validator's tables; do not edit.",
            ["type"] = "object",
            ["required"] = Strings("version", "screens"),
            ["properties"] = new JsonObject
            {
                ["version"] = new JsonObject
                {
                    ["description"] = "The Flow JSON version.",
                    ["anyOf"] = new JsonArray(new JsonObject { ["enum"] = Strings(Versions.Reverse().ToArray()) }, NewerVersion()),
                },
            },
            ["allOf"] = branches,
        };
    }

    /// <summary>
    /// A version newer than <see cref="FlowRules.NewestKnownVersion"/> written as Meta writes versions (no leading zeros),
    /// as <see cref="FlowRules.IsNewerThanKnown"/> reads it: checked as the newest known version (FT1062 in the build).
    /// </summary>
    private static JsonObject NewerVersion()
    {
        var (major, minor) = Parse(FlowRules.NewestKnownVersion);
        if (major > 8 || minor > 8)
        {
            throw new InvalidOperationException("The newer-version pattern is written for one-digit versions below 9.9; extend it.");
        }

        const string AnyNumber = "(0|[1-9][0-9]*)";
        const string TwoDigitsOrMore = "[1-9][0-9]+";
        var pattern = $"^({major}\\.([{minor + 1}-9]|{TwoDigitsOrMore})|([{major + 1}-9]|{TwoDigitsOrMore})\\.{AnyNumber})$";
        return new JsonObject
        {
            ["description"] = "A Flow JSON version newer than " + FlowRules.NewestKnownVersion + ", the newest FlowTypes knows: checked as " + FlowRules.NewestKnownVersion + " (the build warns, FT1062).",
            ["type"] = "string",
            ["pattern"] = pattern,
        };
    }

    private static JsonObject Flow(string versionText)
    {
        var version = Parse(versionText);
        bool From(int major, int minor) => version.CompareTo((major, minor)) >= 0;

        var topLevel = new JsonObject
        {
            ["version"] = versionText == FlowRules.NewestKnownVersion
                ? new JsonObject { ["anyOf"] = new JsonArray(new JsonObject { ["const"] = versionText }, NewerVersion()) }
                : new JsonObject { ["const"] = versionText },
            ["screens"] = new JsonObject { ["type"] = "array", ["minItems"] = 1, ["items"] = Ref("screen") },
            ["routing_model"] = new JsonObject
            {
                ["description"] = "Each screen id and the screens it may navigate to.",
                ["type"] = "object",
                ["additionalProperties"] = new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "string" } },
            },
            ["data_api_version"] = new JsonObject { ["enum"] = From(7, 3) ? Strings("3.0", "4.0") : Strings("3.0") },
        };

        // The two exceptions FlowValidator makes to TopLevelKeys: the endpoint URL in the flow before 3.0, Flow Builder's "meta" from 5.1.
        if (!From(3, 0))
        {
            topLevel["data_channel_uri"] = new JsonObject { ["type"] = "string" };
        }

        if (From(5, 1))
        {
            topLevel["meta"] = new JsonObject();
        }

        var definitions = new JsonObject
        {
            ["dynamic"] = new JsonObject { ["description"] = "A ${data...}, ${form...} or ${screen...} reference, or a backtick expression.", ["type"] = "string", ["pattern"] = "\\$\\{|^`" },
            ["screen"] = Screen(),
            ["layout"] = Closed(
                new JsonObject { ["type"] = new JsonObject { ["const"] = "SingleColumnLayout" }, ["children"] = Ref("components") },
                "type",
                "children"),
            ["components"] = new JsonObject { ["type"] = "array", ["items"] = Ref("component") },
            ["dataField"] = DataField(),
            ["dataSourceItem"] = DataSourceItem(),
            ["navigationItem"] = NavigationItem(),
            ["carouselImage"] = ClosedStrings(PropertyKeys.CarouselImage),
        };

        var available = FlowRules.ComponentTypes.Where(t => !FlowRules.ComponentSince.TryGetValue(t, out var since) || From(since.Major, since.Minor)).ToArray();
        var dispatch = new JsonArray();
        foreach (var type in FlowRules.ComponentTypes)
        {
            dispatch.Add(new JsonObject
            {
                ["if"] = new JsonObject { ["properties"] = new JsonObject { ["type"] = new JsonObject { ["const"] = type } }, ["required"] = Strings("type") },
                ["then"] = Ref(type),
            });
            definitions[type] = Component(type, From);
        }

        definitions["component"] = new JsonObject
        {
            ["type"] = "object",
            ["required"] = Strings("type"),
            ["properties"] = new JsonObject { ["type"] = new JsonObject { ["enum"] = Strings(available) } },
            ["allOf"] = dispatch,
        };

        foreach (var (name, action) in Actions(From))
        {
            definitions[name] = action;
        }

        return new JsonObject
        {
            ["$schema"] = Draft,
            ["title"] = "WhatsApp Flow JSON " + versionText + " (FlowTypes)",
            ["description"] = "A *.flow.json file on Flow JSON " + versionText + ". Generated from the FlowTypes validator's tables; do not edit.",
            ["type"] = "object",
            ["required"] = Strings("version", "screens"),
            ["properties"] = topLevel,
            ["additionalProperties"] = false,
            ["definitions"] = definitions,
        };
    }

    private static JsonObject Screen()
    {
        var properties = new JsonObject();
        foreach (var key in FlowRules.ScreenKeys)
        {
            properties[key] = key switch
            {
                "id" => new JsonObject { ["type"] = "string" },
                "layout" => Ref("layout"),
                "title" => new JsonObject { ["type"] = "string" },
                "terminal" or "success" or "refresh_on_back" => new JsonObject { ["type"] = "boolean" },
                "data" => new JsonObject { ["type"] = "object", ["additionalProperties"] = Ref("dataField") },
                "sensitive" => new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "string" } },
                _ => new JsonObject(),
            };
        }

        return new JsonObject { ["type"] = "object", ["required"] = Strings("id", "layout"), ["properties"] = properties, ["additionalProperties"] = false };
    }

    private static JsonObject DataField()
    {
        var properties = new JsonObject();
        foreach (var key in PropertyKeys.DataSchema)
        {
            properties[key] = key switch
            {
                "items" => Ref("dataField"),
                "properties" => new JsonObject { ["type"] = "object", ["additionalProperties"] = Ref("dataField") },
                _ => new JsonObject(),
            };
        }

        return new JsonObject { ["type"] = "object", ["properties"] = properties, ["additionalProperties"] = false };
    }

    private static JsonObject DataSourceItem()
    {
        // FlowValidator checks data-source item keys against the whole table, whatever the version; so does the schema.
        var properties = new JsonObject();
        foreach (var (key, major, minor) in PropertyKeys.DataSourceItem)
        {
            properties[key] = key is "on-select-action" or "on-unselect-action" ? Ref(ActionName(null, key, itemLevel: true)) : Since(new JsonObject(), major, minor);
        }

        return new JsonObject { ["type"] = "object", ["properties"] = properties, ["additionalProperties"] = false };
    }

    private static JsonObject NavigationItem()
    {
        var properties = new JsonObject();
        foreach (var key in PropertyKeys.NavigationItem)
        {
            properties[key] = key switch
            {
                "main-content" => ClosedStrings(PropertyKeys.NavigationMainContent),
                "start" => ClosedStrings(PropertyKeys.NavigationStart),
                "end" => ClosedStrings(PropertyKeys.NavigationEnd),
                "on-click-action" => Ref(ActionName("NavigationList", key, itemLevel: true)),
                _ => new JsonObject(),
            };
        }

        return new JsonObject { ["type"] = "object", ["properties"] = properties, ["additionalProperties"] = false };
    }

    private static JsonObject Component(string type, Func<int, int, bool> from)
    {
        var properties = new JsonObject();
        foreach (var (key, major, minor) in PropertyKeys.Components[type])
        {
            if (from(major, minor))
            {
                properties[key] = Since(Property(type, key), major, minor);
            }
        }

        var required = FlowRules.RequiredProperties.TryGetValue(type, out var requirements)
            ? requirements.Where(r => from(r.Major, r.Minor) && properties.ContainsKey(r.Property)).Select(r => r.Property).ToArray()
            : Array.Empty<string>();
        var schema = new JsonObject { ["type"] = "object", ["properties"] = properties, ["additionalProperties"] = false };
        if (required.Length > 0)
        {
            schema["required"] = Strings(required);
        }

        if (FlowRules.ComponentSince.TryGetValue(type, out var since))
        {
            schema["description"] = type + ", from Flow JSON " + since.Major + "." + since.Minor + ".";
        }

        return schema;
    }

    /// <summary>The schema of one component property: nested components, items, actions, enum values, or the JSON types it takes.</summary>
    private static JsonObject Property(string type, string key)
    {
        switch (key)
        {
            case "type":
                return new JsonObject { ["const"] = type };
            case "children" or "then" or "else":
                return Ref("components");
            case "cases":
                return new JsonObject { ["type"] = "object", ["additionalProperties"] = Ref("components") };
            case "data-source":
                return OrDynamic(new JsonObject { ["type"] = "array", ["items"] = Ref("dataSourceItem") });
            case "list-items":
                return OrDynamic(new JsonObject { ["type"] = "array", ["items"] = Ref("navigationItem") });
            case "images":
                return OrDynamic(new JsonObject { ["type"] = "array", ["items"] = Ref("carouselImage") });
            case "on-click-action" or "on-select-action" or "on-unselect-action":
                return Ref(ActionName(type, key, itemLevel: false));
        }

        var schema = FlowRules.EnumProperties.Where(e => e.Type == type && e.Property == key).Select(e => OrDynamic(new JsonObject { ["enum"] = Strings(e.Values) })).FirstOrDefault()
            ?? (FlowRules.ExpectedDataTypes(type, key) is { } types ? OrDynamic(StaticTypes(type, key, types)) : new JsonObject());
        var limit = FlowRules.CharacterLimits.Where(l => l.Type == type && l.Property == key).Select(l => (int?)l.Max).FirstOrDefault();
        if (limit is { } max)
        {
            // A display limit is a warning (FT1048), not an error: described, not enforced.
            schema["description"] = "WhatsApp shows at most " + max + " characters.";
        }

        return schema;
    }

    /// <summary>
    /// The JSON types a static value may have: the data types <see cref="FlowRules.ExpectedDataTypes"/> gives for a bound
    /// value, and the object a range-mode CalendarPicker takes for its texts (<c>{ "start-date": ..., "end-date": ... }</c>,
    /// Meta's CalendarPicker reference), which that table, written for <c>${data...}</c> bindings, does not list.
    /// </summary>
    private static string[] StaticTypes(string type, string key, string[] dataTypes)
    {
        var types = dataTypes.Select(t => t == "integer" ? "number" : t);
        if (type == "CalendarPicker" && key is "label" or "helper-text" or "error-message")
        {
            types = types.Append("object");
        }

        return types.Distinct().ToArray();
    }

    private static JsonObject OrDynamic(string[] types) =>
        types.Contains("string") ? new JsonObject { ["type"] = types.Length == 1 ? "string" : Strings(types) } : OrDynamic(new JsonObject { ["type"] = types.Length == 1 ? types[0] : Strings(types) });

    private static JsonObject OrDynamic(JsonObject schema) => new() { ["anyOf"] = new JsonArray(schema, Ref("dynamic")) };

    // ------------------------------------------------------------------ actions

    private static string ActionName(string? componentType, string property, bool itemLevel) =>
        "action:" + (itemLevel ? (componentType == "NavigationList" ? "navigationItem" : "dataSourceItem") : componentType) + ":" + property;

    /// <summary>One definition per action holder: the names <see cref="FlowRules.AllowedActions"/> allows there at this version, and each name's keys.</summary>
    private static IEnumerable<(string Name, JsonObject Schema)> Actions(Func<int, int, bool> from)
    {
        var holders = new List<(string? Type, string Property, bool ItemLevel)>
        {
            (null, "on-select-action", true),
            (null, "on-unselect-action", true),
            ("NavigationList", "on-click-action", true),
        };
        foreach (var type in FlowRules.ComponentTypes)
        {
            foreach (var (key, _, _) in PropertyKeys.Components[type])
            {
                if (key is "on-click-action" or "on-select-action" or "on-unselect-action")
                {
                    holders.Add((type, key, false));
                }
            }
        }

        foreach (var (type, property, itemLevel) in holders)
        {
            var names = FlowRules.AllowedActions(type, property, itemLevel).Where(a => from(a.Major, a.Minor)).Select(a => a.Name).ToArray();
            var perName = new JsonArray();
            foreach (var name in names)
            {
                var keys = new JsonObject();
                foreach (var key in PropertyKeys.Action(name))
                {
                    keys[key] = key switch
                    {
                        "next" => ClosedStrings(PropertyKeys.Next),
                        "payload" => new JsonObject { ["type"] = "object" },
                        "url" => new JsonObject { ["type"] = "string" },
                        _ => new JsonObject(),
                    };
                }

                perName.Add(new JsonObject
                {
                    ["if"] = new JsonObject { ["properties"] = new JsonObject { ["name"] = new JsonObject { ["const"] = name } }, ["required"] = Strings("name") },
                    ["then"] = new JsonObject { ["properties"] = keys, ["additionalProperties"] = false },
                });
            }

            yield return (ActionName(type, property, itemLevel), names.Length == 0
                ? new JsonObject { ["description"] = "No action is allowed here in this Flow JSON version.", ["not"] = new JsonObject() }
                : new JsonObject
                {
                    ["type"] = "object",
                    ["required"] = Strings("name"),
                    ["properties"] = new JsonObject { ["name"] = new JsonObject { ["enum"] = Strings(names) } },
                    ["allOf"] = perName,
                });
        }
    }

    // ------------------------------------------------------------------ template files

    private static JsonObject Template()
    {
        var textLimits = new JsonArray();
        foreach (var (type, max) in new[] { ("HEADER", TemplateValidator.MaxHeaderTextLength), ("BODY", TemplateValidator.MaxBodyLength), ("FOOTER", TemplateValidator.MaxFooterLength) })
        {
            textLimits.Add(new JsonObject
            {
                ["if"] = new JsonObject { ["properties"] = new JsonObject { ["type"] = AnyCase(type) }, ["required"] = Strings("type") },
                ["then"] = new JsonObject { ["properties"] = new JsonObject { ["text"] = new JsonObject { ["maxLength"] = max } } },
            });
        }

        var name = new JsonObject { ["type"] = "string", ["maxLength"] = TemplateValidator.MaxNameLength };
        return new JsonObject
        {
            ["$schema"] = Draft,
            ["title"] = "8x8 WhatsApp message templates (FlowTypes)",
            ["description"] = "A *.template.json file: the body of 8x8 \"Add WhatsApp template\", the response of \"Get WhatsApp templates\" or an array of templates. Unknown keys are ignored, as FlowTypes reads them. Generated from the FlowTypes validator's tables; do not edit.",
            ["anyOf"] = new JsonArray(
                Ref("template"),
                new JsonObject { ["type"] = "object", ["required"] = Strings("templates"), ["properties"] = new JsonObject { ["templates"] = new JsonObject { ["type"] = "array", ["items"] = Ref("template") } } },
                new JsonObject { ["type"] = "array", ["items"] = Ref("template") }),
            ["definitions"] = new JsonObject
            {
                ["template"] = new JsonObject
                {
                    ["type"] = "object",
                    ["properties"] = new JsonObject
                    {
                        ["name"] = name,
                        ["templateName"] = name.DeepClone(),
                        ["language"] = new JsonObject { ["type"] = "string" },
                        ["category"] = AnyCase(TemplateValidator.Categories),
                        ["status"] = new JsonObject { ["type"] = "string" },
                        ["components"] = new JsonObject { ["type"] = "array", ["items"] = Ref("component") },
                    },
                },
                ["component"] = new JsonObject
                {
                    ["type"] = "object",
                    ["required"] = Strings("type"),
                    ["properties"] = new JsonObject
                    {
                        ["type"] = AnyCase(TemplateValidator.ComponentTypes),
                        ["format"] = AnyCase(TemplateValidator.HeaderFormats),
                        ["text"] = new JsonObject { ["type"] = "string" },
                        ["buttons"] = new JsonObject { ["type"] = "array", ["maxItems"] = TemplateValidator.MaxButtons, ["items"] = Ref("button") },
                        ["cards"] = new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "object", ["properties"] = new JsonObject { ["components"] = new JsonObject { ["type"] = "array", ["items"] = Ref("component") } } } },
                    },
                    ["allOf"] = textLimits,
                },
                ["button"] = new JsonObject
                {
                    ["type"] = "object",
                    ["required"] = Strings("type"),
                    ["properties"] = new JsonObject
                    {
                        ["type"] = AnyCase(TemplateValidator.ButtonTypeCaps.Keys.ToArray()),
                        ["text"] = new JsonObject { ["type"] = "string", ["maxLength"] = TemplateValidator.MaxButtonTextLength, ["description"] = "8x8 shows at most " + TemplateValidator.MaxButtonTextLength8x8 + " characters." },
                        ["url"] = new JsonObject { ["type"] = "string", ["maxLength"] = TemplateValidator.MaxUrlLength },
                    },
                },
            },
        };
    }

    /// <summary>The values for completion, and any casing of them for validation (the template reader ignores case).</summary>
    private static JsonObject AnyCase(params string[] values) => new()
    {
        ["anyOf"] = new JsonArray(
            new JsonObject { ["enum"] = Strings(values) },
            new JsonObject { ["type"] = "string", ["pattern"] = "^(" + string.Join("|", values.Select(CaseInsensitive)) + ")$" }),
    };

    private static string CaseInsensitive(string value) =>
        string.Concat(value.Select(c => char.IsLetter(c) ? "[" + char.ToUpperInvariant(c) + char.ToLowerInvariant(c) + "]" : System.Text.RegularExpressions.Regex.Escape(c.ToString())));

    // ------------------------------------------------------------------ helpers

    private static JsonObject Since(JsonObject schema, int major, int minor)
    {
        if (major > 0 && !schema.ContainsKey("description"))
        {
            schema["description"] = "From Flow JSON " + major + "." + minor + ".";
        }

        return schema;
    }

    private static JsonObject Closed(JsonObject properties, params string[] required) =>
        new() { ["type"] = "object", ["required"] = Strings(required), ["properties"] = properties, ["additionalProperties"] = false };

    private static JsonObject ClosedStrings(string[] keys)
    {
        var properties = new JsonObject();
        foreach (var key in keys)
        {
            properties[key] = new JsonObject();
        }

        return new JsonObject { ["type"] = "object", ["properties"] = properties, ["additionalProperties"] = false };
    }

    private static JsonObject Ref(string definition) => new() { ["$ref"] = "#/definitions/" + definition };

    private static JsonArray Strings(params string[] values) => new(values.Select(v => (JsonNode)JsonValue.Create(v)!).ToArray());
}
