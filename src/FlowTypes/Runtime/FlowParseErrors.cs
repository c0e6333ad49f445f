using System;
using System.ComponentModel;
using System.Text.Json;

namespace FlowTypes.Runtime;

/// <summary>
/// Builds the <see cref="FlowParseError"/>s (with their JSON paths) that the generated deserializers return. Not intended to be called directly:
/// the members may change between versions together with the generator that emits calls to them.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class FlowParseErrors
{
    /// <summary>The JSON path of a top-level key, after an optional prefix that locates the document.</summary>
    public static string Path(string pathPrefix, string key)
    {
        var simple = key.Length > 0;
        foreach (var c in key)
        {
            if (!(char.IsLetterOrDigit(c) || c == '_'))
            {
                simple = false;
                break;
            }
        }

        return simple ? pathPrefix + "$." + key : pathPrefix + "$['" + key.Replace("'", "\\'") + "']";
    }

    /// <summary>The error for a document whose root is not an object.</summary>
    public static FlowParseError ExpectedObject(string pathPrefix, JsonTokenType found) =>
        new(FlowParseErrorKind.UnexpectedType, pathPrefix + "$", $"Expected a JSON object but found {Describe(found)}.");

    /// <summary>The error for a key that occurs twice.</summary>
    public static FlowParseError DuplicateKey(string pathPrefix, string key) =>
        new(FlowParseErrorKind.DuplicateKey, Path(pathPrefix, key), $"The key '{key}' occurs more than once; duplicate keys are rejected.");

    /// <summary>The error for a value of the wrong JSON type.</summary>
    public static FlowParseError UnexpectedType(string pathPrefix, string key, string expected, JsonTokenType found) =>
        new(FlowParseErrorKind.UnexpectedType, Path(pathPrefix, key), $"Expected {expected} but found {Describe(found)}.");

    /// <summary>The error for a key the flow always sends but the payload lacks.</summary>
    public static FlowParseError MissingField(string pathPrefix, string key, string flowName) =>
        new(FlowParseErrorKind.MissingField, Path(pathPrefix, key), $"The required key '{key}' of flow '{flowName}' is missing.");

    /// <summary>The error for malformed JSON.</summary>
    public static FlowParseError InvalidJson(string pathPrefix, JsonException exception) =>
        new(FlowParseErrorKind.InvalidJson, pathPrefix + (exception.Path ?? "$"), $"The JSON is malformed (line {exception.LineNumber + 1 ?? 1}, byte {exception.BytePositionInLine + 1 ?? 1}).");

    /// <summary>The error for text that is not valid UTF-8 (or a string that cannot be transcoded).</summary>
    public static FlowParseError InvalidText(string pathPrefix) =>
        new(FlowParseErrorKind.InvalidJson, pathPrefix + "$", "The JSON contains invalid UTF-8 or an invalid string escape.");

    /// <summary>The error for a <see cref="JsonException"/> of <c>JsonSerializer</c>: a value of the wrong type, or malformed JSON.</summary>
    internal static FlowParseError FromDeserialization(JsonException exception) =>
        exception.InnerException is InvalidOperationException || exception.Message.IndexOf("could not be converted", StringComparison.Ordinal) >= 0
            ? new FlowParseError(FlowParseErrorKind.UnexpectedType, exception.Path ?? "$", "A value has the wrong JSON type.")
            : InvalidJson(string.Empty, exception);

    internal static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        JsonTokenType.None => "nothing",
        _ => token.ToString(),
    };
}
