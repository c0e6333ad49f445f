namespace FlowTypes.Generators.Core.Json;

internal enum JsonKind
{
    Object,
    Array,
    String,
    Number,
    True,
    False,
    Null,
}
