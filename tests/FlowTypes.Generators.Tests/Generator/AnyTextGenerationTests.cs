using System.Collections.Generic;
using System.Collections.Immutable;
using System.Collections;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Text;
using System;
using CsCheck;
using FlowTypes.Generators.Core.Shared;
using FlowTypes.Generators.Flows.Spec;
using FlowTypes.Generators.Flows;
using FlowTypes.Generators.Tests.Core.Text;
using FlowTypes.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using Microsoft.CodeAnalysis;
using Xunit;

namespace FlowTypes.Generators.Tests.Generator;

/// <summary>
/// Property test (CsCheck, fixed seed): projects whose flow and template files carry hostile text in every string that
/// reaches generated code (file names, versions, screen ids and titles, labels, field names, option ids, titles and
/// descriptions, payload keys, static payload values, template names, languages, texts and examples). Both generators
/// run; the output must compile with no warning at all (nullable on, documentation diagnosed, CS1591 an error), and the
/// generated constants and parsers must give back exactly the strings of the files.
/// </summary>
public sealed class AnyTextGenerationTests
{
    private const int Projects = 40;

    /// <summary>One consumer compilation for all projects: later compilations reuse its bound references (fast).</summary>
    private static readonly Compilation BaseCompilation = GeneratorHarness.CreateCompilation();

    private static readonly Gen<(string Id, string Title, string Description)> OptionGen =
        Gen.Select(TextAlphabet.NonEmptyText(3), TextAlphabet.NonEmptyText(3), TextAlphabet.Text(3));

    private static readonly Gen<FlowCase> FlowGen =
        Gen.Select(
            Gen.Select(TextAlphabet.NonEmptyText(4), TextAlphabet.Text(3), TextAlphabet.NonEmptyText(4), TextAlphabet.Text(4)),
            Gen.Select(TextAlphabet.NonEmptyText(4), TextAlphabet.NonEmptyText(4), TextAlphabet.NonEmptyText(4), TextAlphabet.Text(4)),
            Gen.Select(OptionGen.Array[1, 4], OptionGen.Array[1, 3], TextAlphabet.NonEmptyText(4).Array[4], TextAlphabet.Text(4)),
            Gen.Bool,
            (names, labels, parts, asciiOnly) => new FlowCase(
                FileStem: names.Item1, Version: names.Item2, ScreenId: names.Item3, Title: names.Item4,
                TextName: labels.Item1, RadioName: labels.Item2, CheckName: labels.Item3, Label: labels.Item4,
                Radio: Distinct(parts.Item1), Checks: Distinct(parts.Item2), Keys: DistinctKeys(parts.Item3), StaticValue: parts.Item4,
                AsciiOnly: asciiOnly));

    private static readonly Gen<TemplateCase> TemplateGen =
        Gen.Select(TextAlphabet.NonEmptyText(4), TextAlphabet.NonEmptyText(3), TextAlphabet.Text(5), TextAlphabet.Text(3), TextAlphabet.Text(3))
            .Select((name, language, body, example, header) => new TemplateCase(name, language, body, example, header));

    private static readonly Gen<ProjectCase> ProjectGen =
        Gen.Select(FlowGen.Array[1, 3], TemplateGen.Array[1, 3], (flows, templates) => new ProjectCase(flows, templates));

    [Fact]
    public void Generated_code_compiles_warning_free_and_round_trips_any_text() =>
        ProjectGen.Array[Projects].Sample(
            projects =>
            {
                foreach (var project in projects)
                {
                    Check(project);
                }
            },
            seed: TextAlphabet.Seed,
            iter: 1,
            threads: 1,
            print: FirstFailure);

    /// <summary>CsCheck's report: the first failing project only (the others passed), with every string as a C# literal.</summary>
    private static string FirstFailure(ProjectCase[] projects)
    {
        foreach (var project in projects)
        {
            try
            {
                Check(project);
            }
            catch (Exception e)
            {
                return project + "\n" + e.Message;
            }
        }

        return "(no failing project)";
    }

    private static void Check(ProjectCase project)
    {
        var files = new List<(string Path, string Text)>();
        for (var i = 0; i < project.Flows.Length; i++)
        {
            files.Add(($"/p/f{i}/{FileSafe(project.Flows[i].FileStem)}.flow.json", FlowJson(project.Flows[i])));
        }

        for (var i = 0; i < project.Templates.Length; i++)
        {
            files.Add(($"/p/t{i}.template.json", TemplateJson(project.Templates[i])));
        }

        var compilation = BaseCompilation;
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            new[] { new FlowTypesGenerator().AsSourceGenerator(), new TemplateGenerator().AsSourceGenerator() },
            files.Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.Text)),
            new CSharpParseOptions(LanguageVersion.CSharp12, DocumentationMode.Diagnose),
            new TestAnalyzerConfigOptionsProvider(new Dictionary<string, string> { ["build_property.RootNamespace"] = "Consumer" }));
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);

        Assert.DoesNotContain(generatorDiagnostics, d => d.Id is "CS8785" or "CS8784");
        var compileDiagnostics = output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => d.ToString()).ToList();
        Assert.True(compileDiagnostics.Count == 0, "Generated code does not compile cleanly:\n" + string.Join("\n", compileDiagnostics)
            + "\n" + string.Join("\n\n", output.SyntaxTrees.Skip(1).Select(t => t.ToString())));

        var generated = driver.GetRunResult().Results.SelectMany(r => r.GeneratedSources).ToList();
        Assert.All(generated, source => Assert.DoesNotContain(source.SourceText.ToString(), c => c is '\u0085' or '\u2028' or '\u2029' || (char.IsControl(c) && c is not '\n' and not '\t')));

        using var stream = new MemoryStream();
        var emit = output.Emit(stream);
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics));
        var context = new AssemblyLoadContext("any-text", isCollectible: true);
        try
        {
            stream.Position = 0;
            var assembly = context.LoadFromStream(stream);
            var models = Enumerable.Range(0, project.Flows.Length)
                .Select(i => { var text = SourceText.From(files[i].Text); return FlowModelBuilder.Build(files[i].Path, text, FlowFile.Read(text).Document!, null, null, null, default).Model; })
                .ToList();
            for (var i = 0; i < project.Flows.Length; i++)
            {
                // Two files that map to one type name: the generator keeps the first path (ordinal) and reports FT9002 for the other.
                var kept = models.Where(m => m.TypeBaseName == models[i].TypeBaseName).OrderBy(m => m.FilePath, StringComparer.Ordinal).First();
                if (ReferenceEquals(kept, models[i]))
                {
                    CheckFlow(assembly, models[i], project.Flows[i]);
                }
            }

            CheckTemplates(assembly, project.Templates);
        }
        finally
        {
            context.Unload();
        }
    }

    private static void CheckFlow(Assembly assembly, FlowModel model, FlowCase flow)
    {
        var path = model.FilePath;
        var descriptor = assembly.GetType("Consumer.Flows." + model.TypeBaseName + "Flow", throwOnError: true)!;
        Assert.Equal(Naming(path), Constant(descriptor, "FileName"));
        Assert.Equal(flow.Version, Constant(descriptor, "Version"));
        var screens = descriptor.GetNestedType("Screens")!;
        Assert.Equal(flow.ScreenId, Constant(screens, model.Screens.Single().ConstantName));

        var submission = model.Submissions.Single();
        var type = assembly.GetType("Consumer.Flows." + submission.TypeName, throwOnError: true)!;

        // The values a completion would carry, keyed by the payload keys of the flow.
        var values = new List<(string Key, string Json, Action<object?> Check)>();
        var radio = flow.Radio[flow.Radio.Length - 1];
        var checks = flow.Checks;
        foreach (var field in submission.Fields)
        {
            if (!TextAlphabet.IsWellFormed(field.JsonName))
            {
                continue; // No UTF-8 payload can carry a lone surrogate; its constants are checked, a parse cannot be.
            }

            var property = type.GetProperty(field.PropertyName)!;
            switch (field.Kind)
            {
                case FlowFieldKind.Option when TextAlphabet.IsWellFormed(radio.Id):
                    values.Add((field.JsonName, TextAlphabet.Json(radio.Id, flow.AsciiOnly), value =>
                    {
                        Assert.Equal(radio.Id, Get(value, "Id"));
                        Assert.Equal(radio.Title, Get(value, "Title"));
                    }));
                    var optionType = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
                    Assert.Equal(
                        field.Options!.Options.Select(o => o.Id),
                        field.Options.Options.Select(o => (string)optionType.GetField(o.ConstantName)!.GetRawConstantValue()!));
                    break;
                case FlowFieldKind.OptionList when checks.All(c => TextAlphabet.IsWellFormed(c.Id)):
                    values.Add((field.JsonName, "[" + string.Join(",", checks.Select(c => TextAlphabet.Json(c.Id, flow.AsciiOnly))) + "]", value =>
                        Assert.Equal(checks.Select(c => c.Id), ((IEnumerable)value!).Cast<object>().Select(o => Get(o, "Id")))));
                    break;
                case FlowFieldKind.String:
                    var text = field.Summary.StartsWith("Always", StringComparison.Ordinal) ? flow.StaticValue : "typed " + field.JsonName;
                    if (TextAlphabet.IsWellFormed(text))
                    {
                        values.Add((field.JsonName, TextAlphabet.Json(text, flow.AsciiOnly), value => Assert.Equal(text, value)));
                    }

                    break;
            }
        }

        var responseJson = "{" + string.Join(",", values.Select(v => TextAlphabet.Json(v.Key, flow.AsciiOnly) + ":" + v.Json).Append("\"flow_token\":\"t\"")) + "}";
        if (submission.Fields.Any(f => f.Required && !values.Any(v => v.Key == f.JsonName)))
        {
            return; // A required value no payload can carry (a key or id with a lone surrogate): nothing to parse.
        }

        var arguments = new object?[] { responseJson, null, null };
        var ok = (bool)type.GetMethod("TryParse", System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static | System.Reflection.BindingFlags.FlattenHierarchy, null, new[] { typeof(string), type.MakeByRefType(), typeof(FlowParseError).MakeByRefType() }, null)!.Invoke(null, arguments)!;
        Assert.True(ok, $"{arguments[2]} in {responseJson}");
        var parsed = arguments[1];
        foreach (var (key, _, check) in values)
        {
            check(type.GetProperty(submission.Fields.First(f => f.JsonName == key).PropertyName)!.GetValue(parsed));
        }

        Assert.Equal("t", type.GetProperty("FlowToken")!.GetValue(parsed));
    }

    private static void CheckTemplates(Assembly assembly, TemplateCase[] templates)
    {
        var root = assembly.GetType("Consumer.Flows.WhatsAppTemplates");
        if (root is null)
        {
            return; // No template was usable (for example every one failed validation and generated nothing).
        }

        foreach (var nested in root.GetNestedTypes())
        {
            var name = (string)nested.GetField("Name")!.GetRawConstantValue()!;
            Assert.Contains(templates, t => t.Name == name);
            foreach (var method in nested.GetMethods(BindingFlags.Public | BindingFlags.Static))
            {
                var arguments = method.GetParameters().Select(p => p.HasDefaultValue ? p.DefaultValue : (object)"v").ToArray();
                var message = method.Invoke(null, arguments)!;
                Assert.Equal(name, Get(message, "Name"));
                Assert.Contains(templates, t => t.Name == name && t.Language == (string?)Get(message, "Language"));
            }
        }
    }

    private static string FlowJson(FlowCase flow)
    {
        string J(string value) => TextAlphabet.Json(value, flow.AsciiOnly);
        string Items((string Id, string Title, string Description)[] options) =>
            string.Join(", ", options.Select(o => $"{{ \"id\": {J(o.Id)}, \"title\": {J(o.Title)}" + (o.Description.Length > 0 ? $", \"description\": {J(o.Description)}" : string.Empty) + " }"));

        var payload = new[]
        {
            $"{J(flow.Keys[0])}: {J("${form." + flow.TextName + "}")}",
            $"{J(flow.Keys[1])}: {J("${form." + flow.RadioName + "}")}",
            $"{J(flow.Keys[2])}: {J("${form." + flow.CheckName + "}")}",
            $"{J(flow.Keys[3])}: {J(flow.StaticValue)}",
        };

        return $$"""
            {
              "version": {{J(flow.Version)}},
              "screens": [
                { "id": {{J(flow.ScreenId)}}, "title": {{J(flow.Title)}}, "terminal": true, "layout": { "type": "SingleColumnLayout", "children": [
                  { "type": "TextInput", "name": {{J(flow.TextName)}}, "label": {{J(flow.Label)}}, "required": true },
                  { "type": "RadioButtonsGroup", "name": {{J(flow.RadioName)}}, "label": {{J(flow.Label)}}, "data-source": [ {{Items(flow.Radio)}} ] },
                  { "type": "CheckboxGroup", "name": {{J(flow.CheckName)}}, "label": {{J(flow.Label)}}, "data-source": [ {{Items(flow.Checks)}} ] },
                  { "type": "Footer", "label": {{J(flow.Label)}}, "on-click-action": { "name": "complete", "payload": { {{string.Join(", ", payload)}} } } }
                ] } }
              ]
            }
            """;
    }

    private static string TemplateJson(TemplateCase template)
    {
        string J(string value) => TextAlphabet.Json(value, asciiOnly: false);
        return $$"""
            {
              "name": {{J(template.Name)}}, "language": {{J(template.Language)}}, "category": "UTILITY",
              "components": [
                { "type": "HEADER", "format": "TEXT", "text": {{J(template.Header + "{{1}}")}}, "examples": [ {{J(template.Example)}} ] },
                { "type": "BODY", "text": {{J(template.Body + " {{1}} " + template.Body + " {{2}}")}}, "examples": [ {{J(template.Example)}}, {{J(template.Body)}} ] },
                { "type": "FOOTER", "text": {{J(template.Header)}} }
              ]
            }
            """;
    }

    private static string FileSafe(string stem) => stem.Replace('/', '_').Replace('\\', '_');

    private static string Naming(string path) => path.Substring(path.LastIndexOf('/') + 1);

    private static object? Constant(Type type, string name) => type.GetField(name, BindingFlags.Public | BindingFlags.Static)!.GetRawConstantValue();

    private static object? Get(object? instance, string property) => instance!.GetType().GetProperty(property)!.GetValue(instance);

    private static (string Id, string Title, string Description)[] Distinct((string Id, string Title, string Description)[] options) =>
        options.GroupBy(o => o.Id, StringComparer.Ordinal).Select(g => g.First()).ToArray();

    private static string[] DistinctKeys(string[] keys)
    {
        var used = new HashSet<string>(StringComparer.Ordinal) { "flow_token" };
        return keys.Select((k, i) => used.Add(k) ? k : k + "#" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
    }

    internal sealed record FlowCase(
        string FileStem, string Version, string ScreenId, string Title, string TextName, string RadioName, string CheckName, string Label,
        (string Id, string Title, string Description)[] Radio, (string Id, string Title, string Description)[] Checks, string[] Keys, string StaticValue, bool AsciiOnly)
    {
        public override string ToString() => CSharpLike(this);
    }

    internal sealed record TemplateCase(string Name, string Language, string Body, string Example, string Header)
    {
        public override string ToString() => CSharpLike(this);
    }

    internal sealed record ProjectCase(FlowCase[] Flows, TemplateCase[] Templates)
    {
        public override string ToString() => string.Join("\n", Flows.Select(f => f.ToString()).Concat(Templates.Select(t => t.ToString())));
    }

    /// <summary>A readable dump with every string as a C# literal, so a shrunk failure shows its invisible characters.</summary>
    private static string CSharpLike(object value)
    {
        var builder = new StringBuilder(value.GetType().Name).Append(" {");
        foreach (var property in value.GetType().GetProperties())
        {
            var v = property.GetValue(value);
            var text = v switch
            {
                string s => SymbolDisplay.FormatLiteral(s, quote: true),
                string[] a => "[" + string.Join(", ", a.Select(s => SymbolDisplay.FormatLiteral(s, quote: true))) + "]",
                (string Id, string Title, string Description)[] o => "[" + string.Join(", ", o.Select(x => $"({SymbolDisplay.FormatLiteral(x.Id, true)}, {SymbolDisplay.FormatLiteral(x.Title, true)}, {SymbolDisplay.FormatLiteral(x.Description, true)})")) + "]",
                _ => v?.ToString(),
            };
            builder.Append(' ').Append(property.Name).Append(" = ").Append(text).Append(';');
        }

        return builder.Append(" }").ToString();
    }
}
