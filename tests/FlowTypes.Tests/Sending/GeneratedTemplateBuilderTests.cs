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

    [Fact]
    public void Carousel_builder_takes_one_typed_argument_per_card_and_sends_every_card()
    {
        // Meta's carousel send shape in the 8x8 envelope and camelCase (the 8x8 documentation shows no carousel send; unconfirmed).
        const string Expected = """
            {"language":"en_US","name":"succulents_carousel","components":[
            {"type":"body","parameters":[{"type":"text","text":"Pablo"},{"type":"text","text":"30OFF"}]},
            {"type":"carousel","cards":[
              {"cardIndex":0,"components":[
                {"type":"header","parameters":[{"type":"image","url":"https://shop.example/blue-elf.png"}]},
                {"type":"body","parameters":[{"type":"text","text":"30% off"}]},
                {"type":"button","index":"1","subType":"url","parameters":[{"type":"text","text":"blue-elf"}]}]},
              {"cardIndex":1,"components":[
                {"type":"header","parameters":[{"type":"image","url":"https://shop.example/buddha.png"}]},
                {"type":"body","parameters":[{"type":"text","text":"20% off"}]},
                {"type":"button","index":"1","subType":"url","parameters":[{"type":"text","text":"buddha"}]}]}]}]}
            """;

        var template = WhatsAppTemplates.SucculentsCarousel.EnUs(
            body1: "Pablo",
            body2: "30OFF",
            card0: new WhatsAppTemplates.SucculentsCarousel.EnUsCard0("https://shop.example/blue-elf.png", "30% off", "blue-elf"),
            card1: new WhatsAppTemplates.SucculentsCarousel.EnUsCard1("https://shop.example/buddha.png", "20% off", "buddha"));

        Assert.Equal(JsonText.Normalize(Expected), ContentOf(template));
        Assert.Throws<System.ArgumentNullException>(() => WhatsAppTemplates.SucculentsCarousel.EnUs("Pablo", "30OFF", null!, null!));
    }

    private static string ContentOf(TemplateMessage template)
    {
        var json = new ChatAppsMessage("+1", template).ToJson();
        const string Prefix = "{\"user\":{\"msisdn\":\"+1\"},\"type\":\"template\",\"content\":{\"template\":";
        Assert.StartsWith(Prefix, json, System.StringComparison.Ordinal);
        return json.Substring(Prefix.Length, json.Length - Prefix.Length - 2);
    }
}
