using System.Collections.Immutable;

namespace FlowTypes.Generators.Templates.Document;

/// <summary>Finds <c>{{...}}</c> placeholders in template text.</summary>
internal static class TemplateVariables
{
    public static ImmutableArray<TemplateVariable> Find(string text)
    {
        var builder = ImmutableArray.CreateBuilder<TemplateVariable>();
        var position = 0;
        while (true)
        {
            var open = text.IndexOf("{{", position, System.StringComparison.Ordinal);
            if (open < 0)
            {
                break;
            }

            var close = text.IndexOf("}}", open + 2, System.StringComparison.Ordinal);
            if (close < 0)
            {
                break;
            }

            var name = text.Substring(open + 2, close - open - 2).Trim();
            builder.Add(new TemplateVariable(name, open, close + 2 - open));
            position = close + 2;
        }

        return builder.ToImmutable();
    }
}
