using System.Text;
using FlowTypes.Generators.Flows.Emit;
using FlowTypes.Runtime;
using Xunit;

namespace FlowTypes.Generators.Tests.Flows.Emit;

/// <summary>Generated code switches on hashes computed by the generator and compared at run time: both must agree.</summary>
public class KeyHashTests
{
    [Theory]
    [InlineData("")]
    [InlineData("order_number")]
    [InlineData("flow_token")]
    [InlineData("start-date")]
    [InlineData("screen_0_Rating_0")]
    [InlineData("número_de_pedido")]
    [InlineData("注文番号")]
    [InlineData("emoji_🎉")]
    public void Generator_and_runtime_hash_property_names_identically(string name)
    {
        Assert.Equal(FlowJson.Hash(Encoding.UTF8.GetBytes(name)), KeyMatcher.Hash(name));
    }

    [Fact]
    public void Hash_is_fnv1a_32()
    {
        Assert.Equal(2166136261u, KeyMatcher.Hash(string.Empty));
        Assert.Equal(0xE40C292Cu, KeyMatcher.Hash("a"));
    }
}
