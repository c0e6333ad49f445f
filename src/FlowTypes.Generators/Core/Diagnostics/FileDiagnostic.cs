namespace FlowTypes.Generators.Core.Diagnostics;

/// <summary>
/// A diagnostic located in an additional file, as plain equatable data (Diagnostic and Location are not
/// equatable, so they must not be pipeline outputs). Turned into a Diagnostic only when reported.
/// </summary>
internal sealed record FileDiagnostic(string Id, string Path, int Start, int Length, int StartLine, int StartCharacter, int EndLine, int EndCharacter, string Argument);
