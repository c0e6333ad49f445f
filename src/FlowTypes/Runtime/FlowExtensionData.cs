using System.Collections.Generic;
using System.ComponentModel;
using System.Text.Json;

namespace FlowTypes.Runtime;

/// <summary>
/// Keeps the keys of a submission that its flow does not declare, for the generated deserializers. Not intended to be called directly:
/// the members may change between versions together with the generator that emits calls to them.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class FlowExtensionData
{
    /// <summary>An empty, shared extension-data dictionary (equal to any other empty extension data of a parsed submission).</summary>
    public static IReadOnlyDictionary<string, JsonElement> EmptyExtensionData { get; } = new ExtensionDataDictionary(0);

    /// <summary>
    /// Adds an unknown key to the extension data, enforcing the duplicate-key policy and the key limit. A new dictionary
    /// compares by value (same keys, equal JSON values), so records holding it compare by value too.
    /// </summary>
    public static bool TryAddExtensionData(ref Dictionary<string, JsonElement>? extensionData, ref Utf8JsonReader reader, FlowParseOptions options, string pathPrefix, out FlowParseError? error)
    {
        var name = reader.GetString()!;
        extensionData ??= new ExtensionDataDictionary();
        if (extensionData.ContainsKey(name))
        {
            error = FlowParseErrors.DuplicateKey(pathPrefix, name);
            return false;
        }

        if (extensionData.Count >= options.MaxExtensionDataKeys)
        {
            error = new FlowParseError(FlowParseErrorKind.LimitExceeded, FlowParseErrors.Path(pathPrefix, name), $"The payload has more than {options.MaxExtensionDataKeys} keys that the flow does not declare (FlowParseOptions.MaxExtensionDataKeys).");
            return false;
        }

        reader.Read();
        extensionData.Add(name, JsonElement.ParseValue(ref reader));
        error = null;
        return true;
    }
}
