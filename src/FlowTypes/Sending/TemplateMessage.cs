using System;
using System.Collections.Generic;
using System.Text.Json;

namespace FlowTypes.Sending;

/// <summary>
/// The <c>content.template</c> part of an 8x8 template message: the approved template's name and language and the
/// values for its variables. The footer is static and never sent.
/// </summary>
/// <remarks>
/// Write the name and language as string literals: the FlowTypes analyzers then check the components against the
/// template registered in a <c>*.template.json</c> file (FT3xxx).
/// </remarks>
public sealed class TemplateMessage
{
    /// <summary>Creates the template part of a message.</summary>
    /// <param name="name">The template name exactly as registered, for example <c>marketing_image_template_demo</c>.</param>
    /// <param name="language">The template language code exactly as registered, for example <c>en_US</c>.</param>
    /// <param name="components">The header, body and button components that carry parameter values.</param>
    public TemplateMessage(string name, string language, params TemplateComponent[] components)
    {
        Name = name ?? throw new ArgumentNullException(nameof(name));
        Language = language ?? throw new ArgumentNullException(nameof(language));
        Components = components ?? Array.Empty<TemplateComponent>();
    }

    /// <summary>The template name (<c>name</c>).</summary>
    public string Name { get; }

    /// <summary>The template language code (<c>language</c>, a plain string in the 8x8 API).</summary>
    public string Language { get; }

    /// <summary>The components with parameter values (<c>components</c>).</summary>
    public IReadOnlyList<TemplateComponent> Components { get; }

    internal void WriteTo(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteString("language", Language);
        writer.WriteString("name", Name);
        if (Components.Count > 0)
        {
            writer.WriteStartArray("components");
            foreach (var component in Components)
            {
                component.WriteTo(writer);
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }
}
