using System;
using System.Collections.Generic;
using System.Text.Json;

namespace FlowTypes.Runtime;

/// <summary>
/// Finds the first object key that occurs twice at the same level. Used before the envelope is deserialized:
/// System.Text.Json keeps the last of two values silently, which would let a second <c>umid</c> or
/// <c>msisdn</c> slip past a check made on the first.
/// </summary>
internal static class DuplicateKeyScanner
{
    /// <summary>Returns the JSON path of the first duplicate key, or null. Malformed JSON throws <see cref="JsonException"/>.</summary>
    public static string? FindDuplicate(ReadOnlySpan<byte> json, int maxDepth) => FindDuplicate(json, maxDepth, "$");

    /// <summary>
    /// Returns the JSON path of the first duplicate key in a value found at <paramref name="rootPath"/> of a larger
    /// document (<c>$.payload.extra</c>), or null. Malformed JSON throws <see cref="JsonException"/>.
    /// </summary>
    public static string? FindDuplicate(ReadOnlySpan<byte> json, int maxDepth, string rootPath)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = maxDepth });
        var scopes = new List<HashSet<string>?>();
        var path = new List<string>();
        string? pendingName = null;
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject:
                    path.Add(pendingName ?? (path.Count == 0 ? rootPath : "[]"));
                    scopes.Add(new HashSet<string>(StringComparer.Ordinal));
                    pendingName = null;
                    break;
                case JsonTokenType.StartArray:
                    path.Add(pendingName ?? (path.Count == 0 ? rootPath : "[]"));
                    scopes.Add(null);
                    pendingName = null;
                    break;
                case JsonTokenType.EndObject:
                case JsonTokenType.EndArray:
                    scopes.RemoveAt(scopes.Count - 1);
                    path.RemoveAt(path.Count - 1);
                    break;
                case JsonTokenType.PropertyName:
                    var name = reader.GetString()!;
                    if (!scopes[scopes.Count - 1]!.Add(name))
                    {
                        return string.Join(".", path).Replace(".[]", "[]") + "." + name;
                    }

                    pendingName = name;
                    break;
                default:
                    pendingName = null;
                    break;
            }
        }

        return null;
    }
}
