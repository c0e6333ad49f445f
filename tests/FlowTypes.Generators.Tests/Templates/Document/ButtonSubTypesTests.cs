using System.Linq;
using System.Reflection;
using FlowTypes.Generators.Templates.Document;
using FlowTypes.Sending;
using Xunit;

namespace FlowTypes.Generators.Tests.Templates.Document;

/// <summary>The one sub-type map names exactly the runtime's <see cref="ButtonSubType"/> constants.</summary>
public sealed class ButtonSubTypesTests
{
    [Fact]
    public void Every_runtime_constant_is_named_by_the_map_and_nothing_else_is()
    {
        var constants = typeof(ButtonSubType).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral)
            .ToDictionary(f => (string)f.GetRawConstantValue()!, f => f.Name);

        foreach (var (value, name) in constants)
        {
            Assert.Equal(name, ButtonSubTypes.ConstantName(value));
        }

        foreach (var subType in new[] { "URL", "OTP", "QUICK_REPLY", "FLOW", "COPY_CODE", "VOICE_CALL", "CATALOG", "MPM" }.Select(t => ButtonSubTypes.ForButton(t, isDynamicUrl: true)))
        {
            Assert.Equal(constants.TryGetValue(subType!, out var name) ? name : null, ButtonSubTypes.ConstantName(subType));
        }

        Assert.Null(ButtonSubTypes.ForButton("URL", isDynamicUrl: false));
        Assert.Null(ButtonSubTypes.ForButton("PHONE_NUMBER", isDynamicUrl: false));
    }
}
