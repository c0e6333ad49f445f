using System;
using System.Linq;
using System.Threading.Tasks;
using FlowTypes.Generators.Core.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using static FlowTypes.Generators.Tests.Flows.Validation.TestFlow;

namespace FlowTypes.Generators.Tests.Flows.Validation;

/// <summary>
/// Images in the flow file (Components: Image, ImageCarousel, CheckboxGroup/RadioButtonsGroup item images, NavigationList
/// start images; changelog 6.0): base64 only, JPEG or PNG for Image, and the list-item size caps.
/// </summary>
public class ImageRuleTests
{
    private static readonly byte[] PngSignature = { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A };

    /// <summary>A PNG signature followed by zeros, <paramref name="kilobytes"/> KiB in all.</summary>
    private static string Png(int kilobytes) => Convert.ToBase64String(PngSignature.Concat(new byte[(kilobytes * 1024) - PngSignature.Length]).ToArray());

    private static string Image(string src) => "{ \"type\": \"Image\", \"src\": \"" + src + "\" }";

    private static string Checkboxes(string items) => "{ \"type\": \"CheckboxGroup\", \"name\": \"pick\", \"label\": \"Pick\", \"data-source\": [ " + items + " ] }";

    private static string Option(string id, string image) => "{ \"id\": \"" + id + "\", \"title\": \"" + id + "\", \"image\": \"" + image + "\" }";

    /// <summary>The PNG leaves out its "==" padding, as real flows do (pywa's 7.1 ImageCarousel example).</summary>
    [Fact]
    public Task Jpeg_and_png_images_are_fine() =>
        VerifyAsync(Flow(End(children:
            Image(Convert.ToBase64String(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, 0x4A, 0x46, 0x49, 0x46 }))
            + ", " + Image(Png(1).TrimEnd('=')) + ", " + Image("${data.logo}"),
            extra: "\"data\": { \"logo\": { \"type\": \"string\", \"__example__\": \"" + Png(1) + "\" } }, ")));

    [Fact]
    public Task FT1089_image_src_as_a_data_uri() =>
        VerifyAsync(
            Flow(End(children: "{ \"type\": \"Image\", \"src\": {|#0:\"data:image/png;base64," + Png(1) + "\"|} }")),
            new DiagnosticResult(DiagnosticDescriptors.InvalidBase64Image).WithLocation(0).WithArguments("The 'src' of Image on screen 'END'", "it is a data URI"));

    [Fact]
    public Task FT1089_carousel_image_as_a_url() =>
        VerifyAsync(
            Flow(End(children: "{ \"type\": \"ImageCarousel\", \"images\": [ { \"src\": \"" + Png(1) + "\", \"alt-text\": \"One\" }, { \"src\": {|#0:\"https://example.com/two.png\"|}, \"alt-text\": \"Two\" } ] }")),
            new DiagnosticResult(DiagnosticDescriptors.InvalidBase64Image).WithLocation(0)
                .WithArguments("The 'src' of image 2 of ImageCarousel on screen 'END'", "it is a URL; Flow JSON embeds the image itself"));

    [Fact]
    public Task FT1090_gif_image() =>
        VerifyAsync(
            Flow(End(children: "{ \"type\": \"Image\", \"src\": {|#0:\"" + Convert.ToBase64String(new byte[] { 0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 1, 0, 1, 0 }) + "\"|} }")),
            new DiagnosticResult(DiagnosticDescriptors.UnsupportedImageFormat).WithLocation(0).WithArguments("The 'src' of Image on screen 'END'", "a GIF image"));

    [Fact]
    public Task FT1088_item_image_above_100_kb_from_6_0() =>
        VerifyAsync(
            Flow(End(children: Checkboxes(Option("a", Png(100)) + ", " + Option("b", Png(101)).Replace("\"image\": \"", "\"image\": {|#0:\"").Replace("\" }", "\"|} }")))),
            new DiagnosticResult(DiagnosticDescriptors.ImageTooLarge).WithLocation(0)
                .WithArguments("The 'image' of data-source item 'b' of CheckboxGroup 'pick' on screen 'END'", "101", 100, " from Flow JSON 6.0"));

    [Fact]
    public Task FT1088_item_image_above_300_kb_before_6_0() =>
        VerifyAsync(
            Flow(End(children: Checkboxes(Option("a", Png(200)) + ", " + Option("b", Png(301)).Replace("\"image\": \"", "\"image\": {|#0:\"").Replace("\" }", "\"|} }"))), version: "5.1"),
            new DiagnosticResult(DiagnosticDescriptors.ImageTooLarge).WithLocation(0)
                .WithArguments("The 'image' of data-source item 'b' of CheckboxGroup 'pick' on screen 'END'", "301", 300, string.Empty));

    [Fact]
    public Task FT1088_navigation_list_start_image_above_100_kb() =>
        VerifyAsync(
            Flow(Screen("START",
                "{ \"type\": \"NavigationList\", \"name\": \"menu\", \"list-items\": [ { \"id\": \"a\", \"main-content\": { \"title\": \"A\" }, \"start\": { \"image\": {|#0:\""
                + Png(101) + "\"|}, \"alt-text\": \"A\" }, \"on-click-action\": { \"name\": \"navigate\", \"next\": { \"type\": \"screen\", \"name\": \"END\" }, \"payload\": {} } } ] }")
                + ",\n" + End()),
            new DiagnosticResult(DiagnosticDescriptors.ImageTooLarge).WithLocation(0)
                .WithArguments("The 'start.image' of list item 'a' of NavigationList 'menu' on screen 'START'", "101", 100, string.Empty));
}
