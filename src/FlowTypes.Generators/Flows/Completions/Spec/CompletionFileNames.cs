namespace FlowTypes.Generators.Flows.Completions.Spec;

/// <summary>
/// How <c>[FlowCompletion("...")]</c> names a flow file: by its file name, or by the end of its path when two files
/// share a name. '/' and '\' are the same separator and case is ignored, so the attribute reads the same on every OS.
/// </summary>
internal static class CompletionFileNames
{
    public static bool Matches(string named, string path)
    {
        var name = Normalize(named).TrimStart('/');
        var full = Normalize(path);
        return name.Length > 0
            && (string.Equals(full, name, System.StringComparison.OrdinalIgnoreCase)
                || full.EndsWith("/" + name, System.StringComparison.OrdinalIgnoreCase));
    }

    private static string Normalize(string path) => path.Replace('\\', '/');
}
