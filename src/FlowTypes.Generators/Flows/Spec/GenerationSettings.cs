namespace FlowTypes.Generators.Flows.Spec;

/// <summary>Settings that apply to every flow of the compilation.</summary>
internal sealed record GenerationSettings(string Namespace, bool CanGenerate, string LanguageVersion, bool HasIsExternalInit, bool HasNotNullWhen, bool UseDateOnly);
