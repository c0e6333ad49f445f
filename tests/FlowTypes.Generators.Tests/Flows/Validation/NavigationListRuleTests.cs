using System.Threading.Tasks;
using FlowTypes.Generators.Core.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using static FlowTypes.Generators.Tests.Flows.Validation.TestFlow;

namespace FlowTypes.Generators.Tests.Flows.Validation;

/// <summary>
/// NavigationList items (Components, NavigationList "Limits and restrictions"): one badge per list, no 'end' with
/// media-size large, at most 3 tags of at most 15 characters; and open_url, which takes no payload (Flow JSON, open_url).
/// </summary>
public class NavigationListRuleTests
{
    private const string Menu = "NavigationList 'menu' on screen 'START'";

    private static string Item(string id, string extra = "") =>
        "{ \"id\": \"" + id + "\", \"main-content\": { \"title\": \"Item " + id + "\" }" + extra
        + ", \"on-click-action\": { \"name\": \"navigate\", \"next\": { \"type\": \"screen\", \"name\": \"END\" }, \"payload\": {} } }";

    private static string ListFlow(string items, string extra = "") =>
        Flow(Screen("START", "{ \"type\": \"NavigationList\", \"name\": \"menu\"" + extra + ", \"list-items\": [ " + items + " ] }") + ",\n" + End());

    [Fact]
    public Task Items_within_the_limits_are_fine() =>
        VerifyAsync(ListFlow(
            Item("a", ", \"badge\": \"New\", \"tags\": [ \"Fifteen chars!!\", \"Two\", \"Three\" ], \"end\": { \"title\": \"$5\" }")
            + ", " + Item("b", ", \"end\": { \"title\": \"$7\" }"),
            ", \"media-size\": \"regular\""));

    [Fact]
    public Task FT1087_a_second_badge_in_one_list() =>
        VerifyAsync(
            ListFlow(Item("a", ", \"badge\": \"New\"") + ", " + Item("b") + ", " + Item("c", ", {|#0:\"badge\"|}: \"Hot\"")),
            new DiagnosticResult(DiagnosticDescriptors.SecondBadge).WithLocation(0).WithArguments("c", Menu, "a"));

    [Fact]
    public Task FT1083_end_with_large_media_size() =>
        VerifyAsync(
            ListFlow(Item("a", ", {|#0:\"end\"|}: { \"title\": \"$5\" }") + ", " + Item("b"), ", \"media-size\": \"large\""),
            new DiagnosticResult(DiagnosticDescriptors.PropertyNotForConfiguration).WithLocation(0)
                .WithArguments("end", "list item 'a' of " + Menu, "is not allowed when the list's 'media-size' is 'large'; remove 'end' or use media-size 'regular'"));

    [Fact]
    public Task FT1055_more_than_three_tags() =>
        VerifyAsync(
            ListFlow(Item("a", ", \"tags\": {|#0:[ \"One\", \"Two\", \"Three\", \"Four\" ]|}")),
            new DiagnosticResult(DiagnosticDescriptors.InvalidItemCount).WithLocation(0).WithArguments("tags", "list item 'a' of " + Menu, 4, 0, 3, "remove tags"));

    [Fact]
    public Task FT1048_tag_longer_than_15_characters() =>
        VerifyAsync(
            ListFlow(Item("a", ", \"tags\": [ \"Short\", {|#0:\"Sixteen chars!!!\"|} ]")),
            new DiagnosticResult(DiagnosticDescriptors.TextTooLong).WithLocation(0).WithArguments("Tag 2 of list item 'a' of " + Menu, 16, 15));

    [Fact]
    public Task FT1061_open_url_with_a_payload() =>
        VerifyAsync(
            Flow(End(children: "{ \"type\": \"EmbeddedLink\", \"text\": \"Site\", \"on-click-action\": { \"name\": \"open_url\", \"url\": \"https://example.com\", {|#0:\"payload\"|}: {} } }")),
            new DiagnosticResult(DiagnosticDescriptors.UnknownPropertyKey).WithLocation(0)
                .WithArguments("payload", "in a 'open_url' action (on-click-action of EmbeddedLink on screen 'END')", "remove it or fix its spelling (allowed: name, url)"));
}
