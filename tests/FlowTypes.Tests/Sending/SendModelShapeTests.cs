using System;
using FlowTypes.Sending;
using Xunit;

namespace FlowTypes.Tests.Sending;

// These tests exercise payload shapes with made-up template names; FT3001 (unknown template) would flag them
// because this project registers real templates in Sending/Templates/.
#pragma warning disable FT3001

/// <summary>Shapes the 8x8 documentation does not show an example of, and argument checks.</summary>
public sealed class SendModelShapeTests
{
    [Fact]
    public void List_message_uses_button_sections_and_rows()
    {
        var message = new ChatAppsMessage(
            "+15551234567",
            new ListMessage("Pick a slot", "Slots", new ListSection("Morning", new ListRow("m9", "9:00", "Early bird"), new ListRow("m10", "10:00")))
            {
                Header = InteractiveHeader.Text("Booking"),
                Footer = "Times are local",
            });

        Assert.Equal(
            "{\"user\":{\"msisdn\":\"+15551234567\"},\"type\":\"interactive\",\"content\":{\"interactive\":{\"type\":\"list\",\"header\":{\"type\":\"text\",\"text\":\"Booking\"},\"body\":{\"text\":\"Pick a slot\"},\"footer\":{\"text\":\"Times are local\"},\"action\":{\"button\":\"Slots\",\"sections\":[{\"title\":\"Morning\",\"rows\":[{\"id\":\"m9\",\"title\":\"9:00\",\"description\":\"Early bird\"},{\"id\":\"m10\",\"title\":\"10:00\"}]}]}}}}",
            message.ToJson());
    }

    [Fact]
    public void Cta_url_message_uses_the_direct_send_reference_shape()
    {
        // Shape from the 8x8 "Submit WhatsApp Direct Send Sample" reference: action.name = cta_url, parameters.display_text/url.
        var message = new ChatAppsMessage("+15551234567", new CtaUrlMessage("Tap the button below to visit our store.", "Visit store", "https://example.com/store"));

        Assert.Equal(
            "{\"user\":{\"msisdn\":\"+15551234567\"},\"type\":\"interactive\",\"content\":{\"interactive\":{\"type\":\"cta_url\",\"body\":{\"text\":\"Tap the button below to visit our store.\"},\"action\":{\"name\":\"cta_url\",\"parameters\":{\"display_text\":\"Visit store\",\"url\":\"https://example.com/store\"}}}}}",
            message.ToJson());
    }

    [Fact]
    public void Currency_date_time_video_document_payload_and_coupon_parameters()
    {
        var message = new ChatAppsMessage(
            "+15551234567",
            new TemplateMessage(
                "order_update",
                "en",
                TemplateComponent.Header(TemplateParameter.Document("https://example.com/invoice.pdf")),
                TemplateComponent.Body(TemplateParameter.Currency("$100.99", "USD", 100990), TemplateParameter.DateTime("February 25, 1977")),
                TemplateComponent.Button(0, ButtonSubType.QuickReply, TemplateParameter.Payload("stop")),
                TemplateComponent.Button(1, ButtonSubType.CopyCode, TemplateParameter.CouponCode("SAVE10"))));

        Assert.Equal(
            "{\"user\":{\"msisdn\":\"+15551234567\"},\"type\":\"template\",\"content\":{\"template\":{\"language\":\"en\",\"name\":\"order_update\",\"components\":["
            + "{\"type\":\"header\",\"parameters\":[{\"type\":\"document\",\"url\":\"https://example.com/invoice.pdf\"}]},"
            + "{\"type\":\"body\",\"parameters\":[{\"type\":\"currency\",\"currency\":{\"fallbackValue\":\"$100.99\",\"code\":\"USD\",\"amount1000\":100990}},{\"type\":\"date_time\",\"dateTime\":{\"fallbackValue\":\"February 25, 1977\"}}]},"
            + "{\"type\":\"button\",\"index\":\"0\",\"subType\":\"quick_reply\",\"parameters\":[{\"type\":\"payload\",\"payload\":\"stop\"}]},"
            + "{\"type\":\"button\",\"index\":\"1\",\"subType\":\"copy_code\",\"parameters\":[{\"type\":\"coupon_code\",\"couponCode\":\"SAVE10\"}]}]}}}",
            message.ToJson());
    }

    [Fact]
    public void Template_without_components_and_video_interactive_header()
    {
        Assert.Equal(
            "{\"user\":{\"msisdn\":\"+1\"},\"type\":\"template\",\"content\":{\"template\":{\"language\":\"en\",\"name\":\"hello_world\"}}}",
            new ChatAppsMessage("+1", new TemplateMessage("hello_world", "en")).ToJson());
        Assert.Contains(
            "\"header\":{\"type\":\"video\",\"url\":\"https://example.com/a.mp4\"}",
            new ChatAppsMessage("+1", new ReplyButtonsMessage("b", new ReplyButton("a", "A")) { Header = InteractiveHeader.Video("https://example.com/a.mp4") }).ToJson(),
            StringComparison.Ordinal);
    }

    [Fact]
    public void Flow_button_action_with_token_and_indented_output()
    {
        var message = new ChatAppsMessage(
            "+1",
            new TemplateMessage("t", "en", TemplateComponent.Button(2, ButtonSubType.Flow, TemplateParameter.Action("tok", new FlowActionData("WELCOME")))))
        {
            Type = "Template",
        };

        Assert.Equal(
            "{\"user\":{\"msisdn\":\"+1\"},\"type\":\"Template\",\"content\":{\"template\":{\"language\":\"en\",\"name\":\"t\",\"components\":[{\"type\":\"button\",\"index\":\"2\",\"subType\":\"flow\",\"parameters\":[{\"type\":\"action\",\"action\":{\"flowToken\":\"tok\",\"flowActionData\":{\"screen\":\"WELCOME\"}}}]}]}}}",
            message.ToJson());
        Assert.Equal(JsonText.Normalize(message.ToJson(indented: true)), message.ToJson());
        Assert.Equal(message.ToJson(), System.Text.Encoding.UTF8.GetString(message.ToUtf8Json()));
    }

    [Fact]
    public void Carousel_follows_Metas_card_shape_in_8x8_camel_case()
    {
        // Meta, "Media card carousel templates", "Sending Media Card Carousel Templates" request syntax, in the 8x8 envelope:
        // card_index -> cardIndex, sub_type -> subType, media {"type":"image","image":{...}} -> 8x8's {"type":"image","url":...},
        // button index as the 8x8 send example writes it ("0"). The 8x8 documentation has no carousel send example.
        const string Expected = """
            {"user":{"msisdn":"+15551234567"},"type":"template","content":{"template":{"language":"en_US","name":"carousel_template_media_cards_v1","components":[
            {"type":"body","parameters":[{"type":"text","text":"Pablo"},{"type":"text","text":"30%"},{"type":"text","text":"30OFF"}]},
            {"type":"carousel","cards":[
              {"cardIndex":0,"components":[
                {"type":"header","parameters":[{"type":"image","url":"https://example.com/blue-elf.png"}]},
                {"type":"button","index":"0","subType":"quick_reply","parameters":[{"type":"payload","payload":"more-blue-elf"}]},
                {"type":"button","index":"1","subType":"url","parameters":[{"type":"text","text":"BLUE_ELF"}]}]},
              {"cardIndex":1,"components":[
                {"type":"header","parameters":[{"type":"video","url":"https://example.com/buddha.mp4"}]},
                {"type":"body","parameters":[{"type":"text","text":"Buddha"}]},
                {"type":"button","index":"1","subType":"url","parameters":[{"type":"text","text":"BUDDHA"}]}]}]}]}}}
            """;

        var message = new ChatAppsMessage(
            "+15551234567",
            new TemplateMessage(
                "carousel_template_media_cards_v1",
                "en_US",
                TemplateComponent.Body(TemplateParameter.Text("Pablo"), TemplateParameter.Text("30%"), TemplateParameter.Text("30OFF")),
                TemplateComponent.Carousel(
                    new CarouselCard(
                        0,
                        TemplateComponent.Header(TemplateParameter.Image("https://example.com/blue-elf.png")),
                        TemplateComponent.Button(0, ButtonSubType.QuickReply, TemplateParameter.Payload("more-blue-elf")),
                        TemplateComponent.Button(1, ButtonSubType.Url, TemplateParameter.Text("BLUE_ELF"))),
                    new CarouselCard(
                        1,
                        TemplateComponent.Header(TemplateParameter.Video("https://example.com/buddha.mp4")),
                        TemplateComponent.Body(TemplateParameter.Text("Buddha")),
                        TemplateComponent.Button(1, ButtonSubType.Url, TemplateParameter.Text("BUDDHA"))))));

        Assert.Equal(JsonText.Normalize(Expected), message.ToJson());
        var carousel = message.Template!.Components[1];
        Assert.Equal("carousel", carousel.Type);
        Assert.Empty(carousel.Parameters);
        Assert.Equal(new[] { 0, 1 }, new[] { carousel.Cards[0].CardIndex, carousel.Cards[1].CardIndex });
        Assert.Equal(3, carousel.Cards[1].Components.Count);
    }

    [Fact]
    public void Product_header_catalog_and_product_list_actions_follow_Metas_shapes_in_8x8_camel_case()
    {
        // Meta's Single-product, Catalog and Multi-product message template sends; the 8x8 reference shows none (unconfirmed).
        var spm = new TemplateMessage("spm_offer", "en_US", TemplateComponent.Header(TemplateParameter.Product("nqryix03ez", "194836987003835")));
        var catalog = new TemplateMessage("intro_catalog_offer", "en_US", TemplateComponent.Button(0, ButtonSubType.Catalog, TemplateParameter.CatalogAction("2lc20305pt")));
        var firstItem = new TemplateMessage("intro_catalog_offer", "en_US", TemplateComponent.Button(0, ButtonSubType.Catalog, TemplateParameter.CatalogAction()));
        var mpm = new TemplateMessage("abandoned_cart", "en_US", TemplateComponent.Button(0, ButtonSubType.Mpm, TemplateParameter.ProductListAction(
            "2lc20305pt", new ProductSection("Popular Bundles", "2lc20305pt", "nseiw1x3ch"), new ProductSection("Premium Packages", "n6k6x0y7oe"))));

        Assert.Equal("{\"language\":\"en_US\",\"name\":\"spm_offer\",\"components\":[{\"type\":\"header\",\"parameters\":[{\"type\":\"product\",\"product\":{\"productRetailerId\":\"nqryix03ez\",\"catalogId\":\"194836987003835\"}}]}]}", Json(spm));
        Assert.Equal("{\"language\":\"en_US\",\"name\":\"intro_catalog_offer\",\"components\":[{\"type\":\"button\",\"index\":\"0\",\"subType\":\"catalog\",\"parameters\":[{\"type\":\"action\",\"action\":{\"thumbnailProductRetailerId\":\"2lc20305pt\"}}]}]}", Json(catalog));
        Assert.Equal("{\"language\":\"en_US\",\"name\":\"intro_catalog_offer\",\"components\":[{\"type\":\"button\",\"index\":\"0\",\"subType\":\"catalog\",\"parameters\":[{\"type\":\"action\"}]}]}", Json(firstItem));
        Assert.Equal(
            "{\"language\":\"en_US\",\"name\":\"abandoned_cart\",\"components\":[{\"type\":\"button\",\"index\":\"0\",\"subType\":\"mpm\",\"parameters\":[{\"type\":\"action\",\"action\":{\"thumbnailProductRetailerId\":\"2lc20305pt\",\"sections\":["
            + "{\"title\":\"Popular Bundles\",\"productItems\":[{\"productRetailerId\":\"2lc20305pt\"},{\"productRetailerId\":\"nseiw1x3ch\"}]},"
            + "{\"title\":\"Premium Packages\",\"productItems\":[{\"productRetailerId\":\"n6k6x0y7oe\"}]}]}}]}]}",
            Json(mpm));
        Assert.Throws<ArgumentNullException>(() => TemplateParameter.Product(null!, "1"));
        Assert.Throws<ArgumentNullException>(() => TemplateParameter.ProductListAction("t", null!));
        Assert.Throws<ArgumentNullException>(() => new ProductSection(null!, "p"));

        static string Json(TemplateMessage template)
        {
            var json = new ChatAppsMessage("+15551234567", template).ToJson();
            return json.Substring(json.IndexOf("{\"language\"", StringComparison.Ordinal), json.Length - json.IndexOf("{\"language\"", StringComparison.Ordinal) - 2);
        }
    }

    [Fact]
    public void Direct_send_samples_are_written_in_the_8x8_reference_shape()
    {
        Assert.Equal("{\"type\":\"text\",\"text\":{\"body\":\"Hello! This is a sample message.\"}}", new DirectSendSample("Hello! This is a sample message.").ToJson());
        var buttons = new DirectSendSample(new ReplyButtonsMessage("Did it arrive?", new ReplyButton("btn-yes", "Yes"), new ReplyButton("btn-no", "No")) { Footer = "Powered by 8x8" });
        Assert.Equal(
            "{\"type\":\"interactive\",\"interactive\":{\"type\":\"button\",\"body\":{\"text\":\"Did it arrive?\"},\"footer\":{\"text\":\"Powered by 8x8\"},\"action\":{\"buttons\":[{\"type\":\"reply\",\"reply\":{\"id\":\"btn-yes\",\"title\":\"Yes\"}},{\"type\":\"reply\",\"reply\":{\"id\":\"btn-no\",\"title\":\"No\"}}]}}}",
            buttons.ToJson());
        Assert.Equal(("interactive", null), (buttons.Type, buttons.Text));
        Assert.Equal("{\n  \"type\": \"text\",\n  \"text\": {\n    \"body\": \"¡Hola!\"\n  }\n}", new DirectSendSample("¡Hola!").ToJson(indented: true).Replace("\r\n", "\n", StringComparison.Ordinal));
        Assert.Equal(10, DirectSendSample.MaxReplyButtons);
        Assert.Throws<ArgumentNullException>(() => new DirectSendSample((string)null!));
        Assert.Throws<ArgumentNullException>(() => new DirectSendSample((CtaUrlMessage)null!));
    }

    [Fact]
    public void Invalid_carousel_arguments_throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new CarouselCard(-1));
        Assert.Throws<ArgumentNullException>(() => new CarouselCard(0, null!));
        Assert.Throws<ArgumentException>(() => new CarouselCard(0, TemplateComponent.Carousel()));
        Assert.Throws<ArgumentException>(() => new CarouselCard(0, new TemplateComponent[] { null! }));
        Assert.Throws<ArgumentNullException>(() => TemplateComponent.Carousel(null!));
        Assert.Throws<ArgumentException>(() => TemplateComponent.Carousel(new CarouselCard[] { null! }));
    }

    [Fact]
    public void Invalid_arguments_throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => TemplateComponent.Button(-1, ButtonSubType.Url));
        Assert.Throws<ArgumentNullException>(() => new TemplateMessage(null!, "en"));
        Assert.Throws<ArgumentNullException>(() => new ChatAppsMessage(null!, new TemplateMessage("a", "en")));
        Assert.Throws<ArgumentNullException>(() => TemplateParameter.Text(null!));
        Assert.Throws<ArgumentNullException>(() => new ReplyButton("id", null!));
    }
}
