using System.Globalization;
using System.Linq;
using FlowTypes.Generators.Core.Diagnostics;
using FlowTypes.Generators.Core.Json;
using FlowTypes.Generators.Flows.Document;

namespace FlowTypes.Generators.Flows.Validation;

/// <summary>
/// Where a PhotoPicker or DocumentPicker value may go [§7 PhotoPicker, DocumentPicker; §9: Media upload guide,
/// "Limitations and Restrictions"]: never in a navigate payload (FT1018), only as the whole value of a top-level key of a
/// complete or data_exchange payload (FT1081), and a completion carries at most 10 files (FT1082).
/// </summary>
internal sealed partial class FlowValidator
{
    private void ValidateMediaInPayload(FlowScreen screen, JsonObject payload, string action)
    {
        foreach (var key in payload.Properties)
        {
            foreach (var value in AllStrings(key.Value, 0))
            {
                foreach (var reference in FindReferences(value.Value))
                {
                    var (owner, picker) = PickerOf(screen, reference);
                    if (picker is null)
                    {
                        continue;
                    }

                    var span = ReferenceSpan(value, reference);
                    var whole = ReferenceEquals(value, key.Value) && reference.Text == value.Value;
                    switch (action)
                    {
                        case "navigate":
                            Report(DiagnosticDescriptors.MediaValueInNavigatePayload, span, reference.Text, picker.Type!, picker.Name!, ScreenName(owner));
                            break;
                        case "update_data":
                            Report(DiagnosticDescriptors.MediaValueNotTopLevel, span, reference.Text, picker.Type!, picker.Name!, "cannot be used in an update_data payload");
                            break;
                        case "complete" or "data_exchange" when !whole:
                            Report(DiagnosticDescriptors.MediaValueNotTopLevel, span, reference.Text, picker.Type!, picker.Name!,
                                ReferenceEquals(value, key.Value) ? "is part of a longer text or expression in '" + key.Name + "'" : "is nested inside '" + key.Name + "'");
                            break;
                        case "complete":
                            ValidateFilesPerCompletion(span, picker);
                            break;
                    }
                }
            }
        }
    }

    /// <summary>A response message carries at most 10 files, whatever the picker allows (default 30) [§7 PhotoPicker].</summary>
    private void ValidateFilesPerCompletion(Microsoft.CodeAnalysis.Text.TextSpan span, FlowComponent picker)
    {
        var (property, fallback) = FlowRules.MaxFiles(picker.Type!);
        var declared = picker.Node.Get(property);
        var max = declared switch
        {
            null => fallback,
            JsonNumber { IsInteger: true } number => (int)number.Value,
            _ => (int?)null,
        };
        if (max > FlowRules.MaxFilesPerResponseMessage)
        {
            Report(DiagnosticDescriptors.TooManyFilesForCompletion, span, picker.Type!, picker.Name!,
                declared is null ? max.Value.ToString(CultureInfo.InvariantCulture) + " (the default)" : max.Value.ToString(CultureInfo.InvariantCulture), property);
        }
    }

    /// <summary>The picker a <c>${form.x}</c> or <c>${screen.S.form.x}</c> reference reads, with its screen; no picker otherwise.</summary>
    private (FlowScreen Owner, FlowComponent? Picker) PickerOf(FlowScreen screen, FlowReference reference)
    {
        var segments = reference.Segments;
        var (owner, field) = segments.Count >= 2 && segments[0] == "form" ? (screen, segments[1])
            : segments.Count >= 4 && segments[0] == "screen" && segments[2] == "form" ? (_doc.FindScreen(segments[1]), segments[3])
            : (null, null);
        return owner?.FindInput(field!) is { Type: "PhotoPicker" or "DocumentPicker" } picker ? (owner, picker) : (screen, null);
    }
}
