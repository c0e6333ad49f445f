using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using FlowTypes.Generators.Core.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using Verifier = FlowTypes.Generators.Tests.Infrastructure.AnalyzerVerifier<FlowTypes.Generators.Templates.TemplateFileAnalyzer>;

namespace FlowTypes.Generators.Tests.Templates;

/// <summary>
/// Templates written by others (tests/TestData/templates, sources in SOURCES.md there): the 13 examples pywa tests
/// against and Meta's example requests for the catalog and product kinds. None gets an error; every diagnostic they get
/// is pinned here with its location, so a new rule cannot add a false error to a documented template unnoticed.
/// </summary>
public sealed class PeerTemplateExamplesTests
{
    private const string ProductKinds = "single-product message and product card carousel templates";

    private static readonly string Directory = Path.Combine(AppContext.BaseDirectory, "TestData", "templates");

    /// <summary>Every example and what the build reports for it; a file with no entry must get nothing.</summary>
    private static readonly Dictionary<string, Func<string, DiagnosticResult[]>> Expected = new(StringComparer.Ordinal)
    {
        // pywa: the product, catalog, multi-product and limited-time offer templates warn (FT2031); three labels are over 8x8's 20.
        ["pywa/buttons__abandoned_cart_offer.template.json"] = p => new[]
        {
            Beyond8x8(p, 8, 17, 26, "A PRODUCT header", ProductKinds),
            Beyond8x8(p, 30, 19, 24, "An SPM button", ProductKinds),
        },
        ["pywa/carousel__carousel_template_product_cards_v1.template.json"] = p => new[]
        {
            Beyond8x8(p, 24, 25, 34, "A PRODUCT header", ProductKinds),
            Beyond8x8(p, 30, 27, 32, "An SPM button", ProductKinds),
        },
        ["pywa/buttons__intro_catalog_offer.template.json"] = p => new[] { Beyond8x8(p, 27, 19, 28, "A CATALOG button", "catalog templates") },
        ["pywa/buttons__abandoned_cart.template.json"] = p => new[] { Beyond8x8(p, 31, 19, 24, "An MPM button", "multi-product message templates") },
        ["pywa/limited_time_offer__limited_time_offer_caribbean_pkg_2023.template.json"] = p => new[]
        {
            Beyond8x8(p, 16, 15, 35, "A LIMITED_TIME_OFFER component", "limited-time offer templates"),
        },
        ["pywa/buttons__seasonal_promotion.template.json"] = p => new[] { LongerThan20(p, 38, 19, "Unsubscribe from Promos") },
        ["pywa/buttons__order_delivery_update.template.json"] = p => new[] { LongerThan20(p, 31, 19, "Stop Delivery Updates") },
        ["pywa/carousel__carousel_template_media_cards_v1.template.json"] = p => new[]
        {
            LongerThan20(p, 42, 27, "Send me more like this!"),
            LongerThan20(p, 76, 27, "Send me more like this!"),
            LongerThan20(p, 110, 27, "Send me more like this!"),
        },

        // Meta's example requests.
        ["meta/catalog__intro_catalog_offer.template.json"] = p => new[] { Beyond8x8(p, 27, 19, 28, "A CATALOG button", "catalog templates") },
        ["meta/mpm__abandoned_cart.template.json"] = p => new[] { Beyond8x8(p, 31, 19, 24, "An MPM button", "multi-product message templates") },
        ["meta/spm__spm_template_named_params.template.json"] = p => new[]
        {
            Beyond8x8(p, 9, 17, 26, "A PRODUCT header", ProductKinds),
            Beyond8x8(p, 35, 19, 24, "An SPM button", ProductKinds),
        },
        ["meta/product_carousel__carousel_template_product_cards_v1.template.json"] = p => new[]
        {
            Beyond8x8(p, 20, 25, 34, "A PRODUCT header", ProductKinds),
            Beyond8x8(p, 26, 27, 32, "An SPM button", ProductKinds),
        },
    };

    public static IEnumerable<object[]> Files() =>
        System.IO.Directory.GetFiles(Directory, "*.template.json", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Directory, f).Replace('\\', '/'))
            .OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => new object[] { f });

    [Fact]
    public void The_examples_are_the_13_of_pywa_and_4_of_meta()
    {
        var files = Files().Select(f => (string)f[0]).ToList();

        Assert.Equal(13, files.Count(f => f.StartsWith("pywa/", StringComparison.Ordinal)));
        Assert.Equal(4, files.Count(f => f.StartsWith("meta/", StringComparison.Ordinal)));
        Assert.Empty(Expected.Keys.Except(files));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public async Task An_example_gets_exactly_its_pinned_diagnostics_and_no_error(string file)
    {
        var path = "/project/templates/" + file;
        var expected = Expected.TryGetValue(file, out var make) ? make(path) : Array.Empty<DiagnosticResult>();

        Assert.DoesNotContain(expected, d => d.Severity == DiagnosticSeverity.Error);
        await Verifier.VerifyAdditionalFileAsync(path, File.ReadAllText(Path.Combine(Directory, file)), expected);
    }

    private static DiagnosticResult Beyond8x8(string path, int line, int column, int endColumn, string what, string documented) =>
        new DiagnosticResult(DiagnosticDescriptors.TemplateKindNotIn8x8Reference).WithSpan(path, line, column, line, endColumn).WithArguments(what, documented);

    private static DiagnosticResult LongerThan20(string path, int line, int column, string text) =>
        new DiagnosticResult(DiagnosticDescriptors.ButtonTextLongerThan20).WithSpan(path, line, column, line, column + text.Length + 2).WithArguments(text, text.Length);
}
