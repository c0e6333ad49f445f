using System.Collections.Generic;
using System.Linq;
using FlowTypes.Generators.Core.Json;
using FlowTypes.Generators.Core.Shared;
using FlowTypes.Generators.Core.Text;
using FlowTypes.Generators.Core;
using FlowTypes.Generators.Flows.Document;
using FlowTypes.Generators.Flows.Endpoints.Validation;
using FlowTypes.Generators.Flows.Spec;
using Microsoft.CodeAnalysis.CSharp;

namespace FlowTypes.Generators.Flows.Endpoints.Spec;

/// <summary>
/// Derives the endpoint handler of a flow (<see cref="EndpointModel"/>) from its document and its submission model.
/// A flow without <c>data_api_version</c> has no endpoint (null); neither has a flow whose data_exchange actions cannot
/// be told apart (FT1070 says why).
/// </summary>
internal static class EndpointModelBuilder
{
    private static readonly string[] ObjectMembers = { "Equals", "GetHashCode", "ToString", "GetType", "MemberwiseClone", "Finalize", "Write" };

    public static EndpointModel? Build(FlowDocument document, FlowModel flow)
    {
        if (document.DataApiVersion is null)
        {
            return null;
        }

        var exchanges = ExchangeActions.Find(document);
        if (ExchangeActions.Conflicts(exchanges).Any())
        {
            return null;
        }

        var screens = new List<FlowScreen>();
        foreach (var screen in document.Screens)
        {
            if (screen.Id is { Length: > 0 } id && screens.All(s => s.Id != id))
            {
                screens.Add(screen);
            }
        }

        var routes = ReadRoutes(document, screens);
        var typeName = flow.TypeBaseName + "Endpoint";

        // The submission records are named from inside the handler by their simple names: no nested type may hide one.
        var used = new HashSet<string>(ObjectMembers, System.StringComparer.Ordinal) { typeName, "HandleAsync", "FileName" };
        used.UnionWith(flow.Submissions.Select(s => s.TypeName));
        var screenNames = screens.ToDictionary(s => s.Id!, s => Naming.ToPascalCase(s.Id!, "Screen").TrimStart('@'), System.StringComparer.Ordinal);

        var requests = new List<EndpointRequestModel>();
        var responses = new List<ResponseModel>();
        var targetScreens = new HashSet<string>(System.StringComparer.Ordinal);

        // INIT: the flow opened with flow_action data_exchange; it may show any screen no route leads to.
        var entries = screens.Where(s => !routes.Values.Any(targets => targets.Contains(s.Id!))).Select(s => s.Id!).ToList();
        if (entries.Count == 0 && screens.Count > 0)
        {
            entries.Add(screens[0].Id!);
        }

        var initResponse = Naming.MakeUnique("InitResponse", used);
        requests.Add(new EndpointRequestModel(RequestKind.Init, null, Naming.MakeUnique("InitRequest", used), Naming.MakeUnique("OnInitAsync", used), initResponse, "The <c>INIT</c> request, sent when the flow is opened with <c>flow_action: data_exchange</c>.", ImmutableEquatableArray<FieldModel>.Empty, ImmutableEquatableArray<ExchangeKey>.Empty));
        responses.Add(BuildResponse(initResponse, "The response to <c>INIT</c>: the first screen to show, with its data.", entries, finishes: ImmutableEquatableArray<FinishModel>.Empty, screenNames, targetScreens));

        // BACK: sent when the user goes back to a screen with refresh_on_back; it may show that screen or one before it.
        foreach (var screen in screens.Where(s => s.Node.GetBoolean("refresh_on_back") == true))
        {
            var name = screenNames[screen.Id!];
            var response = Naming.MakeUnique(name + "BackResponse", used);
            requests.Add(new EndpointRequestModel(RequestKind.Back, screen.Id, Naming.MakeUnique(name + "BackRequest", used), Naming.MakeUnique("On" + name + "BackAsync", used), response, $"The <c>BACK</c> request of screen <c>{CSharpText.XmlDoc(screen.Id!)}</c> (<c>refresh_on_back</c>).", ImmutableEquatableArray<FieldModel>.Empty, ImmutableEquatableArray<ExchangeKey>.Empty));
            var targets = new List<string> { screen.Id! };
            targets.AddRange(screens.Where(s => routes.TryGetValue(s.Id!, out var next) && next.Contains(screen.Id!)).Select(s => s.Id!));
            responses.Add(BuildResponse(response, $"The response to <c>BACK</c> on screen <c>{CSharpText.XmlDoc(screen.Id!)}</c>: that screen or one whose routes lead to it.", targets, ImmutableEquatableArray<FinishModel>.Empty, screenNames, targetScreens));
        }

        // data_exchange: one request per action; one response type per screen (the routes do not depend on the action).
        var completions = new List<CompletionModel>();
        foreach (var group in exchanges.GroupBy(e => e.Screen.Id!))
        {
            // The request table tells a screen's actions apart by their keys; a screen's only action takes any data.
            var shared = group.Skip(1).Any();
            var screen = group.First().Screen;
            var name = screenNames[group.Key];
            var response = Naming.MakeUnique(name + "Response", used);
            foreach (var exchange in group)
            {
                var what = exchange.Trigger switch
                {
                    ExchangeEvent.Submit => "Submit",
                    ExchangeEvent.Select => OwnerName(exchange) + "Select",
                    ExchangeEvent.Unselect => OwnerName(exchange) + "Unselect",
                    _ => OwnerName(exchange) + "Click",
                };
                var fields = FlowModelBuilder.BuildFields(document, screen, exchange.Action.Payload);
                requests.Add(new EndpointRequestModel(
                    RequestKind.Exchange,
                    group.Key,
                    Naming.MakeUnique(name + what + "Request", used),
                    Naming.MakeUnique("On" + name + what + "Async", used),
                    response,
                    $"The <c>data_exchange</c> of {CSharpText.XmlDoc(exchange.Description)} on screen <c>{CSharpText.XmlDoc(group.Key)}</c>.",
                    fields.ToImmutableEquatableArray(),
                    shared ? exchange.Keys.ToImmutableEquatableArray() : ImmutableEquatableArray<ExchangeKey>.Empty));
            }

            var targets = new List<string> { group.Key };
            if (routes.TryGetValue(group.Key, out var next))
            {
                targets.AddRange(next);
            }

            var finishes = screen.Terminal ? Finishes(flow, group.Key, completions, used) : ImmutableEquatableArray<FinishModel>.Empty;
            var summary = $"The response to a <c>data_exchange</c> on screen <c>{CSharpText.XmlDoc(group.Key)}</c>: the same screen with new data, a screen its <c>routing_model</c> lists{(screen.Terminal ? ", or the finish" : string.Empty)}.";
            responses.Add(BuildResponse(response, summary, targets, finishes, screenNames, targetScreens));
        }

        var data = screens
            .Where(s => targetScreens.Contains(s.Id!) && s.DataFields.Length > 0)
            .Select(s => BuildScreenData(s, Naming.MakeUnique(screenNames[s.Id!] + "Data", used)))
            .ToImmutableEquatableArray();

        var dataTypes = data.ToDictionary(d => d.Screen, d => d.TypeName, System.StringComparer.Ordinal);
        var typedResponses = responses
            .Select(r => r with { Targets = r.Targets.Select(t => t with { DataTypeName = dataTypes.TryGetValue(t.Screen, out var dataType) ? dataType : null }).ToImmutableEquatableArray() })
            .ToImmutableEquatableArray();
        return new EndpointModel(flow.FilePath, flow.FileName, flow.HintName.Replace(".g.cs", ".Endpoint.g.cs"), typeName, requests.ToImmutableEquatableArray(), typedResponses, completions.ToImmutableEquatableArray(), data);
    }

    private static string OwnerName(ExchangeAction exchange) =>
        Naming.ToPascalCase(exchange.Action.Owner.Name ?? exchange.Action.Owner.Type ?? "Component", "Component").TrimStart('@');

    /// <summary>routing_model as screen → screens it may go to (known, distinct screens only: FT1029/FT1030 report the rest).</summary>
    private static Dictionary<string, List<string>> ReadRoutes(FlowDocument document, List<FlowScreen> screens)
    {
        var known = new HashSet<string>(screens.Select(s => s.Id!), System.StringComparer.Ordinal);
        var routes = new Dictionary<string, List<string>>(System.StringComparer.Ordinal);
        if (document.RoutingModel is null)
        {
            return routes;
        }

        foreach (var property in document.RoutingModel.Properties)
        {
            if (!known.Contains(property.Name) || routes.ContainsKey(property.Name) || property.Value is not JsonArray targets)
            {
                continue;
            }

            routes[property.Name] = targets.Items.OfType<JsonString>().Select(t => t.Value).Where(known.Contains).Distinct().ToList();
        }

        return routes;
    }

    private static ResponseModel BuildResponse(string typeName, string summary, List<string> targets, ImmutableEquatableArray<FinishModel> finishes, Dictionary<string, string> screenNames, HashSet<string> targetScreens)
    {
        var used = new HashSet<string>(ObjectMembers, System.StringComparer.Ordinal) { typeName, "Finish", "EndpointResponse", "Screen" };
        var models = new List<TargetModel>();
        foreach (var target in targets.Distinct())
        {
            targetScreens.Add(target);
            models.Add(new TargetModel(target, Naming.MakeUnique("To" + screenNames[target], used), null));
        }

        return new ResponseModel(typeName, summary, models.ToImmutableEquatableArray(), finishes);
    }

    /// <summary>
    /// The finish of a terminal screen: typed with the completion payload the screen's Footer completes with (the
    /// endpoint's params become the nfmReply's responseJson, read by the same submission type); string parameters
    /// when the flow file does not say (the screen completes through the endpoint only) or the payload holds media
    /// or a date range, which an endpoint does not send back. Each completion type is written by one method of the
    /// handler, however many screens finish with it.
    /// </summary>
    private static ImmutableEquatableArray<FinishModel> Finishes(FlowModel flow, string screen, List<CompletionModel> completions, HashSet<string> used)
    {
        var finishes = new List<FinishModel>();
        foreach (var submission in flow.Submissions)
        {
            if (!submission.TerminalScreens.Contains(screen) || submission.Fields.Any(f => f.Kind is FlowFieldKind.Media or FlowFieldKind.DateRange))
            {
                continue;
            }

            var completion = completions.Find(c => c.TypeName == submission.TypeName);
            if (completion is null)
            {
                completion = new CompletionModel(submission.TypeName, Naming.MakeUnique("_Write" + submission.TypeName, used), submission.Fields);
                completions.Add(completion);
            }

            finishes.Add(new FinishModel(completion));
        }

        return (finishes.Count > 0 ? finishes : new List<FinishModel> { new(null) }).ToImmutableEquatableArray();
    }

    private static ScreenDataModel BuildScreenData(FlowScreen screen, string typeName)
    {
        var objects = new List<DataObjectModel>();
        var typeNames = new HashSet<string>(ObjectMembers, System.StringComparer.Ordinal) { typeName };
        var memberNames = new HashSet<string>(ObjectMembers, System.StringComparer.Ordinal) { typeName };
        foreach (var field in screen.DataFields)
        {
            memberNames.Add(Naming.ToPascalCase(field.Name, "Field"));
        }

        typeNames.UnionWith(memberNames);
        var used = new HashSet<string>(ObjectMembers, System.StringComparer.Ordinal) { typeName };
        var parameters = new HashSet<string>(System.StringComparer.Ordinal);
        var properties = new List<DataPropertyModel>();
        foreach (var field in screen.DataFields)
        {
            if (properties.Any(p => p.JsonName == field.Name))
            {
                continue;
            }

            var example = field.Schema?.Get("__example__");
            var summary = $"Field <c>{CSharpText.XmlDoc(field.Name)}</c> of the screen's data model{ExampleText(example)}.";
            properties.Add(BuildProperty(field.Name, field.Schema, example, required: true, summary, used, parameters, objects, typeNames));
        }

        return new ScreenDataModel(screen.Id!, screen.Title, typeName, properties.ToImmutableEquatableArray(), objects.ToImmutableEquatableArray());
    }

    private static DataPropertyModel BuildProperty(string jsonName, JsonObject? schema, JsonNode? example, bool required, string summary, HashSet<string> used, HashSet<string> parameters, List<DataObjectModel> objects, HashSet<string> typeNames)
    {
        var propertyName = Naming.MakeUnique(Naming.ToPascalCase(jsonName, "Field"), used);
        var parameterName = Naming.MakeUnique(CamelCase(propertyName), parameters);
        var type = schema?.GetString("type") ?? TypeOfExample(example);
        switch (type)
        {
            case "array":
                var items = schema?.Get("items") as JsonObject;
                var itemExample = (example as JsonArray)?.Items.FirstOrDefault();
                var itemType = items?.GetString("type") ?? TypeOfExample(itemExample);
                if (itemType == "object")
                {
                    var objectName = BuildObject(Naming.ToPascalCase(jsonName, "Field").TrimStart('@') + "Item", $"An item of <c>{CSharpText.XmlDoc(jsonName)}</c>.", items, (example as JsonArray)?.Items.OfType<JsonObject>().ToList() ?? new List<JsonObject>(), objects, typeNames);
                    return objectName is null
                        ? new DataPropertyModel(jsonName, propertyName, parameterName, DataKind.Json, false, null, required, summary)
                        : new DataPropertyModel(jsonName, propertyName, parameterName, DataKind.Object, true, objectName, required, summary);
                }

                var scalar = ScalarKind(itemType);
                return scalar == DataKind.Json
                    ? new DataPropertyModel(jsonName, propertyName, parameterName, DataKind.Json, false, null, required, summary)
                    : new DataPropertyModel(jsonName, propertyName, parameterName, scalar, true, null, required, summary);
            case "object":
                var name = BuildObject(Naming.ToPascalCase(jsonName, "Field").TrimStart('@') + "Object", $"The value of <c>{CSharpText.XmlDoc(jsonName)}</c>.", schema, example is JsonObject one ? new List<JsonObject> { one } : new List<JsonObject>(), objects, typeNames);
                return name is null
                    ? new DataPropertyModel(jsonName, propertyName, parameterName, DataKind.Json, false, null, required, summary)
                    : new DataPropertyModel(jsonName, propertyName, parameterName, DataKind.Object, false, name, required, summary);
            default:
                return new DataPropertyModel(jsonName, propertyName, parameterName, ScalarKind(type), false, null, required, summary);
        }
    }

    /// <summary>
    /// An object type from <c>properties</c> (or, without them, from the keys of <c>__example__</c>); null when neither
    /// says anything (the value stays a JsonElement). A property is required when the schema's <c>required</c> lists
    /// it, else when every example object has it (every property when there is no example).
    /// </summary>
    private static string? BuildObject(string baseName, string summary, JsonObject? schema, List<JsonObject> examples, List<DataObjectModel> objects, HashSet<string> typeNames)
    {
        var declared = schema?.Get("properties") as JsonObject;
        var names = declared is not null
            ? declared.Properties.Select(p => p.Name).Distinct().ToList()
            : examples.SelectMany(e => e.Properties.Select(p => p.Name)).Distinct().ToList();
        if (names.Count == 0)
        {
            return null;
        }

        var typeName = Naming.MakeUnique(baseName, typeNames);
        var requiredList = (schema?.Get("required") as JsonArray)?.Items.OfType<JsonString>().Select(s => s.Value).ToList();
        var used = new HashSet<string>(ObjectMembers, System.StringComparer.Ordinal) { typeName };
        var parameters = new HashSet<string>(System.StringComparer.Ordinal);
        var properties = new List<DataPropertyModel>();
        foreach (var name in names)
        {
            var propertySchema = declared?.Get(name) as JsonObject;
            var propertyExample = examples.Select(e => e.Get(name)).FirstOrDefault(v => v is not null);
            var required = requiredList is not null ? requiredList.Contains(name) : examples.All(e => e.Find(name) is not null);
            properties.Add(BuildProperty(name, propertySchema, propertyExample, required, $"<c>{CSharpText.XmlDoc(name)}</c>{ExampleText(propertyExample)}.", used, parameters, objects, typeNames));
        }

        objects.Add(new DataObjectModel(typeName, summary, properties.ToImmutableEquatableArray()));
        return typeName;
    }

    private static DataKind ScalarKind(string? type) => type switch
    {
        "string" => DataKind.String,
        "number" => DataKind.Number,
        "integer" => DataKind.Integer,
        "boolean" => DataKind.Boolean,
        _ => DataKind.Json,
    };

    private static string? TypeOfExample(JsonNode? example) => example switch
    {
        JsonString => "string",
        JsonNumber => "number",
        JsonLiteral { Kind: JsonKind.True or JsonKind.False } => "boolean",
        JsonObject => "object",
        JsonArray => "array",
        _ => null,
    };

    private static string ExampleText(JsonNode? example)
    {
        var text = example switch
        {
            JsonString s => s.Value,
            JsonNumber n => n.Text,
            JsonLiteral { Kind: JsonKind.True } => "true",
            JsonLiteral { Kind: JsonKind.False } => "false",
            _ => null,
        };
        if (text is null)
        {
            return string.Empty;
        }

        return $" (example: <c>{CSharpText.XmlDoc(text.Length > 60 ? text.Substring(0, 57) + "..." : text)}</c>)";
    }

    private static string CamelCase(string pascal)
    {
        var name = pascal.TrimStart('@');
        var camel = name.Length > 0 && char.IsUpper(name[0]) ? char.ToLowerInvariant(name[0]) + name.Substring(1) : name;
        return SyntaxFacts.GetKeywordKind(camel) != SyntaxKind.None ? "@" + camel : camel;
    }
}
