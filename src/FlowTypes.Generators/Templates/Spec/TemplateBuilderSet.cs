using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using FlowTypes.Generators.Core;

namespace FlowTypes.Generators.Templates.Spec;

/// <summary>Decides which of the project's template builders are generated when several files name the same one.</summary>
internal static class TemplateBuilderSet
{
    /// <summary>
    /// One builder per (name, language): the first file by path wins (duplicates are the user's to resolve). Two names
    /// that map to one class name (<c>a_b</c>, <c>a__b</c>): the later name (ordinal) is left out.
    /// </summary>
    public static ImmutableEquatableArray<TemplateBuilderSpec> Choose(ImmutableArray<ImmutableEquatableArray<TemplateBuilderSpec>> files, CancellationToken cancellationToken)
    {
        var all = files.SelectMany(f => f)
            .OrderBy(s => s.FilePath, StringComparer.Ordinal)
            .GroupBy(s => (s.Name, s.Language))
            .Select(g => g.First())
            .GroupBy(s => (s.ClassName, s.MethodName))
            .Select(g => g.First())
            .ToList();
        cancellationToken.ThrowIfCancellationRequested();

        var firstNameByClass = all.GroupBy(s => s.ClassName).ToDictionary(g => g.Key, g => g.OrderBy(s => s.Name, StringComparer.Ordinal).First().Name);
        return all.Where(s => firstNameByClass[s.ClassName] == s.Name).ToImmutableEquatableArray();
    }
}
