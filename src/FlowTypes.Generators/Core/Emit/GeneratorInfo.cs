namespace FlowTypes.Generators.Core.Emit;

/// <summary>Facts about this generator that every emitter writes into generated code.</summary>
internal static class GeneratorInfo
{
    /// <summary>The tool name in <c>[GeneratedCode]</c>.</summary>
    public const string Tool = "FlowTypes";

    /// <summary>
    /// The package version (<c>major.minor.patch</c>), read from this assembly so it cannot drift from
    /// <c>$(FlowTypesVersion)</c> in build/Common.props.
    /// </summary>
    public static readonly string Version = ReadVersion();

    /// <summary>The <c>[GeneratedCode]</c> attribute line, fully qualified.</summary>
    public static readonly string GeneratedCodeAttribute =
        "[global::System.CodeDom.Compiler.GeneratedCode(\"" + Tool + "\", \"" + Version + "\")]";

    private static string ReadVersion()
    {
        var version = typeof(GeneratorInfo).Assembly.GetName().Version;
        return version is null ? "0.0.0" : version.Major + "." + version.Minor + "." + version.Build;
    }
}
