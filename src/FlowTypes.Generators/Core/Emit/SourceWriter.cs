using System;
using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace FlowTypes.Generators.Core.Emit;

/// <summary>A small indented text writer for emitting C# source (4 spaces per level, '\n' line endings).</summary>
internal sealed class SourceWriter
{
    private readonly StringBuilder _builder = new(capacity: 8 * 1024);
    private int _indentation;

    public int Indentation
    {
        get => _indentation;
        set => _indentation = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(value));
    }

    public void OpenBlock()
    {
        WriteLine("{");
        _indentation++;
    }

    public void CloseBlock(string suffix = "")
    {
        _indentation--;
        WriteLine("}" + suffix);
    }

    /// <summary>Writes one or more lines; every line of a multi-line string is indented.</summary>
    public void WriteLine(string text)
    {
        var start = 0;
        while (start <= text.Length)
        {
            var end = text.IndexOf('\n', start);
            var line = end < 0 ? text.Substring(start) : text.Substring(start, end - start);
            line = line.TrimEnd('\r');
            if (line.Length > 0)
            {
                _builder.Append(' ', _indentation * 4);
                _builder.Append(line);
            }

            _builder.Append('\n');
            if (end < 0)
            {
                break;
            }

            start = end + 1;
        }
    }

    public void WriteLine() => _builder.Append('\n');

    public SourceText ToSourceText()
    {
        if (_indentation != 0)
        {
            throw new InvalidOperationException("Unbalanced indentation in generated source.");
        }

        return SourceText.From(_builder.ToString(), Encoding.UTF8);
    }

    public override string ToString() => _builder.ToString();
}
