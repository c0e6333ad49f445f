using FlowTypes.Sending;
using FlowTypes.Tests.Flows;
using Xunit;

namespace FlowTypes.Tests.Sending;

/// <summary>
/// The builders generated from Sending/Templates/*.template.json (by the real generator in this project's build)
/// produce the 8x8 send payloads.
/// </summary>
public sealed class GeneratedTemplateBuilderTests
{
    [Fact]
    public void Marketing_builder_produces_the_8x8_guide_send_example()
    {
        // Expected: 8x8 "WhatsApp over 8x8 API" guide, "Sending a Template Message via API", Standard Example.
        const string Documented = """
            {"user":{"msisdn":"+15551234567"},"type":"template","content":{"template":{"language":"en_US","name":"marketing_image_template_demo",
            "components":[{"type":"header","parameters":[{"type":"image","url":"https://chatapps.8x8.com/files/991c9667f7644584acf91aa8dd9fba60.png?token=..."}]},
            {"type":"body","parameters":[{"type":"text","text":"Jason"}]},
            {"type":"button","index":"0","subType":"url","parameters":[{"type":"text","text":"omnichannel-messaging"}]}]}}}
            """;

        var template = WhatsAppTemplates.MarketingImageTemplateDemo.EnUs(
            headerImageUrl: "https://chatapps.8x8.com/files/991c9667f7644584acf91aa8dd9fba60.png?token=...",
            body1: "Jason",
            button0UrlSuffix: "omnichannel-messaging");

        Assert.Equal(JsonText.Normalize(Documented), new ChatAppsMessage("+15551234567", template).ToJson());
        Assert.Equal("marketing_image_template_demo", WhatsAppTemplates.MarketingImageTemplateDemo.Name);
    }

    [Fact]
    public void Flow_template_builders_per_language_with_positional_and_named_variables()
    {
        var english = WhatsAppTemplates.AppointmentReminder.EnUs("John");
        Assert.Equal(
            "{\"language\":\"en_US\",\"name\":\"appointment_reminder\",\"components\":[{\"type\":\"body\",\"parameters\":[{\"type\":\"text\",\"text\":\"John\"}]},{\"type\":\"button\",\"index\":\"0\",\"subType\":\"flow\",\"parameters\":[{\"type\":\"action\"}]}]}",
            ContentOf(english));

        var spanish = WhatsAppTemplates.AppointmentReminder.Es(firstName: "Ana", date: "lunes", button0FlowToken: "tok-1");
        Assert.Equal(
            "{\"language\":\"es\",\"name\":\"appointment_reminder\",\"components\":[{\"type\":\"body\",\"parameters\":[{\"type\":\"text\",\"text\":\"Ana\"},{\"type\":\"text\",\"text\":\"lunes\"}]},{\"type\":\"button\",\"index\":\"0\",\"subType\":\"flow\",\"parameters\":[{\"type\":\"action\",\"action\":{\"flowToken\":\"tok-1\"}}]}]}",
            ContentOf(spanish));
    }

    private static string ContentOf(TemplateMessage template)
    {
        var json = new ChatAppsMessage("+1", template).ToJson();
        const string Prefix = "{\"user\":{\"msisdn\":\"+1\"},\"type\":\"template\",\"content\":{\"template\":";
        Assert.StartsWith(Prefix, json, System.StringComparison.Ordinal);
        return json.Substring(Prefix.Length, json.Length - Prefix.Length - 2);
    }
}
