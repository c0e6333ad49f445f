using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using FlowTypes.Generators.Templates;
using FlowTypes.Generators.Templates.Document;
using Microsoft.CodeAnalysis;

namespace FlowTypes.Generators.SendCode;

/// <summary>The templates of all <c>*.template.json</c> files of a compilation, by name and language.</summary>
internal sealed class TemplateRegistry
{
    private readonly Dictionary<string, Dictionary<string, TemplateDefinition>> _byName = new(StringComparer.Ordinal);

    public bool IsEmpty => _byName.Count == 0;

    public static TemplateRegistry Read(ImmutableArray<AdditionalText> files, System.Threading.CancellationToken cancellationToken)
    {
        var registry = new TemplateRegistry();
        foreach (var file in files)
        {
            if (!TemplateFiles.IsTemplateFile(file) || file.GetText(cancellationToken) is not { } text)
            {
                continue;
            }

            foreach (var template in TemplateFileReader.Read(text).Templates)
            {
                if (template.Name is { } name && template.Language is { } language)
                {
                    if (!registry._byName.TryGetValue(name, out var languages))
                    {
                        registry._byName[name] = languages = new Dictionary<string, TemplateDefinition>(StringComparer.Ordinal);
                    }

                    if (!languages.ContainsKey(language))
                    {
                        languages[language] = template;
                    }
                }
            }
        }

        return registry;
    }

    public bool TryGet(string name, string language, out TemplateDefinition? template, out IReadOnlyCollection<string>? languages)
    {
        template = null;
        languages = null;
        if (!_byName.TryGetValue(name, out var byLanguage))
        {
            return false;
        }

        languages = byLanguage.Keys;
        return byLanguage.TryGetValue(language, out template);
    }
}
