using System;
using Microsoft.CodeAnalysis;

namespace FlowTypes.Generators.Templates;

/// <summary>Recognises <c>*.template.json</c> files and reads the templates in them.</summary>
internal static class TemplateFiles
{
    public const string Extension = ".template.json";

    public static bool IsTemplateFile(string path) => path.EndsWith(Extension, StringComparison.OrdinalIgnoreCase);

    public static bool IsTemplateFile(AdditionalText text) => IsTemplateFile(text.Path);
}
