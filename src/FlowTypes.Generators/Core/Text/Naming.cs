using System.Collections.Generic;
using System.Text;

namespace FlowTypes.Generators.Core.Text;

/// <summary>Turns flow names (file names, payload keys, screen ids) into valid, readable C# identifiers.</summary>
internal static class Naming
{
    /// <summary>snake_case, kebab-case, SCREAMING_CASE or spaced words → PascalCase; never empty, never starts with a digit.</summary>
    public static string ToPascalCase(string name, string fallback = "Value")
    {
        var builder = new StringBuilder(name.Length);
        var upperNext = true;
        var allUpper = IsAllUpper(name);
        foreach (var c in name)
        {
            if (!char.IsLetterOrDigit(c) || c > 127)
            {
                upperNext = true;
                continue;
            }

            if (upperNext)
            {
                builder.Append(char.ToUpperInvariant(c));
                upperNext = false;
            }
            else if (allUpper)
            {
                builder.Append(char.ToLowerInvariant(c));
            }
            else
            {
                // Keep existing camelCase humps ("firstName" -> "FirstName").
                builder.Append(c);
            }
        }

        if (builder.Length == 0)
        {
            return fallback;
        }

        if (char.IsDigit(builder[0]))
        {
            builder.Insert(0, '_');
        }

        return CSharpText.EscapeKeyword(builder.ToString());
    }

    private static bool IsAllUpper(string name)
    {
        var hasLetter = false;
        foreach (var c in name)
        {
            if (char.IsLower(c))
            {
                return false;
            }

            hasLetter |= char.IsLetter(c);
        }

        return hasLetter;
    }

    /// <summary>
    /// PascalCase or camelCase → snake_case, the way endpoint params are keyed in Meta's examples: <c>AppointmentId</c> →
    /// <c>appointment_id</c>, <c>HTTPStatus</c> → <c>http_status</c>, <c>Line2</c> → <c>line2</c>.
    /// </summary>
    public static string ToSnakeCase(string name)
    {
        var builder = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c))
            {
                var previous = i > 0 ? name[i - 1] : '_';
                var next = i + 1 < name.Length ? name[i + 1] : '_';
                if (i > 0 && previous != '_' && (char.IsLower(previous) || char.IsDigit(previous) || (char.IsUpper(previous) && char.IsLower(next))))
                {
                    builder.Append('_');
                }

                builder.Append(char.ToLowerInvariant(c));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>Makes <paramref name="name"/> unique among <paramref name="used"/> by appending 2, 3, ...</summary>
    public static string MakeUnique(string name, HashSet<string> used)
    {
        var candidate = name;
        var suffix = 2;
        while (!used.Add(candidate))
        {
            candidate = name + suffix.ToString(System.Globalization.CultureInfo.InvariantCulture);
            suffix++;
        }

        return candidate;
    }

    /// <summary>The type base name for a flow file: "flows/return-request.flow.json" → "ReturnRequest".</summary>
    public static string TypeBaseNameFromPath(string path)
    {
        var fileName = FileName(path);
        var dot = fileName.IndexOf(".flow.json", System.StringComparison.OrdinalIgnoreCase);
        var stem = dot > 0 ? fileName.Substring(0, dot) : fileName;
        var name = ToPascalCase(stem, "Flow");
        return name.StartsWith("@", System.StringComparison.Ordinal) ? name.Substring(1) + "Flow" : name;
    }

    public static string FileName(string path)
    {
        var slash = System.Math.Max(path.LastIndexOf('/'), path.LastIndexOf('\\'));
        return slash >= 0 ? path.Substring(slash + 1) : path;
    }
}
