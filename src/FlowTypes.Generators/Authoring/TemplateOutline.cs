using Microsoft.CodeAnalysis.Text;

namespace FlowTypes.Generators.Authoring;

/// <summary>One template of a template file: what identifies it in 8x8, and where it is written.</summary>
public sealed class TemplateOutline
{
    internal TemplateOutline(string? name, string? language, string? category, string? status, LinePosition start)
    {
        Name = name;
        Language = language;
        Category = category;
        Status = status;
        Start = start;
    }

    /// <summary>The template name (<c>name</c>, or <c>templateName</c> in the Get shape), when it is a string.</summary>
    public string? Name { get; }

    /// <summary>The <c>language</c> code, when it is a string.</summary>
    public string? Language { get; }

    /// <summary>The <c>category</c> in upper case, when it is a string.</summary>
    public string? Category { get; }

    /// <summary>The approval <c>status</c> in upper case, present in files written by <c>flowtypes templates pull</c>.</summary>
    public string? Status { get; }

    /// <summary>Where the template's name property starts (its key), or the template object when it has no name.</summary>
    public LinePosition Start { get; }
}
