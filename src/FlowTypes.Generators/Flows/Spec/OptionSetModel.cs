using FlowTypes.Generators.Core;

namespace FlowTypes.Generators.Flows.Spec;

/// <summary>The static options of a choice component (RadioButtonsGroup, Dropdown, CheckboxGroup, ChipsSelector).</summary>
internal sealed record OptionSetModel(string TypeName, string Description, ImmutableEquatableArray<OptionModel> Options);
