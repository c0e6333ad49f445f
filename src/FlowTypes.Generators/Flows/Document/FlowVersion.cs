namespace FlowTypes.Generators.Flows.Document;

/// <summary>A Flow JSON version "major.minor" (minor is not decimal: 1.10 follows 1.9).</summary>
internal readonly record struct FlowVersion(int Major, int Minor)
{
    public static FlowVersion? TryParse(string text)
    {
        var dot = text.IndexOf('.');
        if (dot <= 0 || dot == text.Length - 1)
        {
            return null;
        }

        return int.TryParse(text.Substring(0, dot), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var major)
            && int.TryParse(text.Substring(dot + 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var minor)
            ? new FlowVersion(major, minor)
            : null;
    }

    public bool AtLeast(int major, int minor) => Major > major || (Major == major && Minor >= minor);

    public override string ToString() => $"{Major}.{Minor}";
}
