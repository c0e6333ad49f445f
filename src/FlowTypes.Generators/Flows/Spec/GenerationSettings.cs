namespace FlowTypes.Generators.Flows.Spec;

/// <summary>Settings that apply to every flow of the compilation.</summary>
/// <param name="Namespace">The namespace of the generated types.</param>
/// <param name="CanGenerate">False below C# 9 (records, init accessors): FT9001 instead of code.</param>
/// <param name="LanguageVersion">The consumer's C# version, for FT9001.</param>
/// <param name="HasIsExternalInit">False on netstandard2.0 / .NET Framework: the marker type is generated.</param>
/// <param name="HasNotNullWhen">Whether <c>[NotNullWhen]</c> can annotate the generated <c>TryParse</c> methods.</param>
/// <param name="UseDateOnly">Whether dates are <c>DateOnly</c> (else strings).</param>
/// <param name="UseRequiredMembers">C# 11 with RequiredMemberAttribute: always-present fields are <c>required</c> members.</param>
/// <param name="UseRecordStructs">C# 10: option types are <c>readonly record struct</c>s over a <c>FlowOptionId</c>, whose
/// <c>Equals(T)</c>, <c>GetHashCode()</c>, <c>==</c>, <c>!=</c> and <c>Equals(object)</c> the compiler synthesizes instead of
/// binding them again per type.</param>
internal sealed record GenerationSettings(
    string Namespace,
    bool CanGenerate,
    string LanguageVersion,
    bool HasIsExternalInit,
    bool HasNotNullWhen,
    bool UseDateOnly,
    bool UseRequiredMembers = false,
    bool UseRecordStructs = false);
