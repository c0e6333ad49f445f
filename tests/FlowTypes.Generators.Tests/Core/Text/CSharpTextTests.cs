using System.Linq;
using CsCheck;
using FlowTypes.Generators.Core.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;

namespace FlowTypes.Generators.Tests.Core.Text;

/// <summary>
/// <see cref="CSharpText"/> in each position, over thousands of hostile strings (fixed seed): the C# parser must see
/// exactly one literal with exactly the value, one documentation comment without XML errors, one comment and then the
/// code that follows it.
/// </summary>
public sealed class CSharpTextTests
{
    private static readonly CSharpParseOptions Diagnose = new(LanguageVersion.CSharp12, DocumentationMode.Diagnose);

    [Theory]
    [InlineData("plain", "\"plain\"")]
    [InlineData("a\"b\\c", "\"a\\\"b\\\\c\"")]
    [InlineData("line\u2028para\u2029nel\u0085", "\"line\\u2028para\\u2029nel\\u0085\"")]
    [InlineData("\r\n\t\0", "\"\\r\\n\\t\\0\"")]
    [InlineData("emoji 😀 中文 é", "\"emoji 😀 中文 é\"")]
    public void Literal_escapes_exactly_what_breaks_a_literal(string value, string expected) =>
        Assert.Equal(expected, CSharpText.Literal(value));

    [Theory]
    [InlineData("a < b & c > d", "a &lt; b &amp; c &gt; d")]
    [InlineData("</summary>", "&lt;/summary&gt;")]
    [InlineData("one\ntwo\rthree\u0085four\u2028five\u2029six", "one two three four five six")]
    [InlineData("bell\u0007 and\u001b", "bell\\u0007 and\\u001B")]
    [InlineData("quotes \" ' stay", "quotes \" ' stay")]
    public void XmlDoc_keeps_one_line_of_well_formed_xml(string value, string expected) =>
        Assert.Equal(expected, CSharpText.XmlDoc(value));

    [Fact]
    public void Lone_surrogates_become_visible_escapes()
    {
        // Not [InlineData]: attribute strings are stored as UTF-8, which cannot hold a lone surrogate.
        Assert.Equal("\"lone\\uD800 \\uDC00 pair 😀\"", CSharpText.Literal("lone\uD800 \uDC00 pair 😀"));
        Assert.Equal("lone\\uD800 pair 😀", CSharpText.XmlDoc("lone\uD800 pair 😀"));
        Assert.Equal("lone\\uDFFF", CSharpText.Comment("lone\uDFFF"));
    }

    [Theory]
    [InlineData("a */ b", "a *\\/ b")]
    [InlineData("x\ny\u2028z", "x\\ny\\u2028z")]
    public void Comment_keeps_one_line(string value, string expected) =>
        Assert.Equal(expected, CSharpText.Comment(value));

    [Theory]
    [InlineData("class", "@class")]
    [InlineData("Class", "Class")]
    [InlineData("record", "record")]
    public void EscapeKeyword_prefixes_reserved_keywords_only(string value, string expected) =>
        Assert.Equal(expected, CSharpText.EscapeKeyword(value));

    [Fact]
    public void Any_text_round_trips_through_a_literal() =>
        TextAlphabet.Text(12).Array[4000].Sample(
            values =>
            {
                foreach (var value in values)
                {
                    var literal = CSharpText.Literal(value);
                    var expression = SyntaxFactory.ParseExpression(literal);
                    Assert.Empty(expression.GetDiagnostics());
                    var token = Assert.IsType<LiteralExpressionSyntax>(expression).Token;
                    Assert.Equal(literal, expression.ToFullString());
                    Assert.Equal(value, token.Value);
                    Assert.DoesNotContain(literal, CSharpText.IsLineTerminator);
                }
            },
            seed: TextAlphabet.Seed,
            iter: 1,
            threads: 1);

    [Fact]
    public void Any_text_stays_inside_its_documentation_comment_and_comment() =>
        TextAlphabet.Text(12).Array[4000].Sample(
            values =>
            {
                foreach (var value in values)
                {
                    var source = $"/// <summary>{CSharpText.XmlDoc(value)}</summary>\n// {CSharpText.Comment(value)}\n/* {CSharpText.Comment(value)} */ class C {{ }}\n";
                    var tree = CSharpSyntaxTree.ParseText(source, Diagnose);
                    Assert.Empty(tree.GetDiagnostics());
                    var type = Assert.Single(tree.GetCompilationUnitRoot().Members);
                    Assert.Equal("C", ((ClassDeclarationSyntax)type).Identifier.ValueText);
                    var trivia = type.GetLeadingTrivia().Where(t => !t.IsKind(SyntaxKind.WhitespaceTrivia) && !t.IsKind(SyntaxKind.EndOfLineTrivia)).ToList();
                    Assert.Equal(
                        new[] { SyntaxKind.SingleLineDocumentationCommentTrivia, SyntaxKind.SingleLineCommentTrivia, SyntaxKind.MultiLineCommentTrivia },
                        trivia.Select(t => t.Kind()));
                    var documentation = (DocumentationCommentTriviaSyntax)trivia[0].GetStructure()!;
                    Assert.Single(documentation.Content.OfType<XmlElementSyntax>());
                }
            },
            seed: TextAlphabet.Seed,
            iter: 1,
            threads: 1);
}
