namespace FlowTypes.Generators.Flows.Endpoints.Validation;

/// <summary>What triggers a <c>data_exchange</c>: the Footer's submit, a component's select, unselect or click.</summary>
internal enum ExchangeEvent
{
    Submit,
    Select,
    Unselect,
    Click,
}
