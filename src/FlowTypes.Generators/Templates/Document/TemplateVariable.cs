namespace FlowTypes.Generators.Templates.Document;

/// <summary>A <c>{{name}}</c> placeholder in a text.</summary>
internal readonly struct TemplateVariable
{
    public TemplateVariable(string name, int offset, int length)
    {
        Name = name;
        Offset = offset;
        Length = length;
    }

    /// <summary>The text between the braces, trimmed ("1" or "first_name").</summary>
    public string Name { get; }

    /// <summary>Offset of the opening braces in the unescaped text.</summary>
    public int Offset { get; }

    public int Length { get; }

    public bool IsPositional
    {
        get
        {
            foreach (var c in Name)
            {
                if (c < '0' || c > '9')
                {
                    return false;
                }
            }

            return Name.Length > 0;
        }
    }
}
