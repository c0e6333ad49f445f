using FlowTypes.Generators.Core.Diagnostics;
using FlowTypes.Generators.Flows.Validation;
using Microsoft.CodeAnalysis;

namespace FlowTypes.Generators.Authoring;

/// <summary>
/// The character limits WhatsApp documents for the text of flow components, as the build's rule checks them
/// (<see cref="Rule"/>): the one table the validator uses, so a preview cuts text where the warning says it would be.
/// </summary>
public static class FlowTextLimits
{
    /// <summary>The rule that reports text over a limit (FT1048).</summary>
    public static DiagnosticDescriptor Rule => DiagnosticDescriptors.TextTooLong;

    /// <summary>The limit of a component property (for example <c>Footer</c>, <c>label</c>: 35), or null when none is documented.</summary>
    public static int? Of(string componentType, string property)
    {
        foreach (var (type, name, max) in FlowRules.CharacterLimits)
        {
            if (type == componentType && name == property)
            {
                return max;
            }
        }

        return null;
    }

    /// <summary>
    /// The limit of a property of a list item: of a CheckboxGroup, RadioButtonsGroup or Dropdown <c>data-source</c> item (<paramref name="part"/> empty), or of a
    /// NavigationList item (<paramref name="part"/> <c>main-content</c> or <c>end</c>, or empty for the item's own
    /// properties such as <c>badge</c>); null when none is documented.
    /// </summary>
    public static int? OfItem(string componentType, string part, string property)
    {
        if (componentType == "NavigationList")
        {
            foreach (var (holder, name, max) in FlowRules.NavigationItemLimits)
            {
                if (holder == part && name == property)
                {
                    return max;
                }
            }

            return null;
        }

        // As the validator applies them: ChipsSelector items are not limited.
        if (part.Length == 0 && componentType is "CheckboxGroup" or "RadioButtonsGroup" or "Dropdown")
        {
            foreach (var (name, max) in FlowRules.DataSourceItemLimits)
            {
                if (name == property)
                {
                    return max;
                }
            }
        }

        return null;
    }

    /// <summary>The length of <paramref name="text"/> as the rule counts it: Unicode code points (a surrogate pair counts once).</summary>
    public static int Length(string text) => FlowValidator.TextLength(text);
}
