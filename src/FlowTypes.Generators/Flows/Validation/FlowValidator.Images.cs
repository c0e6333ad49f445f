using System;
using System.Globalization;
using System.Linq;
using FlowTypes.Generators.Core.Diagnostics;
using FlowTypes.Generators.Core.Json;
using FlowTypes.Generators.Flows.Document;

namespace FlowTypes.Generators.Flows.Validation;

/// <summary>
/// Images inside the flow file [§7 Image, ImageCarousel, CheckboxGroup, RadioButtonsGroup, NavigationList]: every static
/// image is base64 (FT1089), the Image component takes JPEG or PNG (FT1090), and list-item images have Meta's size caps
/// (FT1088). Each value is decoded once; <c>${...}</c> values are not judged.
/// </summary>
internal sealed partial class FlowValidator
{
    private void ValidateImages(FlowComponent component, string description)
    {
        var node = component.Node;
        switch (component.Type)
        {
            case "Image" when node.Get("src") is JsonString src:
                ValidateImageComponent(src, "The 'src' of " + description);
                break;
            case "ImageCarousel" when node.Get("images") is JsonArray images:
                for (var i = 0; i < images.Items.Length; i++)
                {
                    if (images.Items[i] is JsonObject image && image.Get("src") is JsonString imageSource)
                    {
                        DecodeImage(imageSource, "The 'src' of image " + (i + 1).ToString(CultureInfo.InvariantCulture) + " of " + description);
                    }
                }

                break;
            case "CheckboxGroup" or "RadioButtonsGroup" or "Dropdown" when node.Get("data-source") is JsonArray options:
                ValidateOptionImages(options, description, capped: component.Type != "Dropdown");
                break;
            case "NavigationList" when node.Get("list-items") is JsonArray listItems:
                foreach (var item in listItems.Items.OfType<JsonObject>())
                {
                    if ((item.Get("start") as JsonObject)?.Get("image") is JsonString startImage)
                    {
                        var what = "The 'start.image' of list item '" + (item.GetString("id") ?? "?") + "' of " + description;
                        CheckImageSize(startImage, DecodeImage(startImage, what), what, 100, string.Empty);
                    }
                }

                break;
        }
    }

    private void ValidateImageComponent(JsonString src, string what)
    {
        if (DecodeImage(src, what) is { } bytes && ImageFormat(bytes) is { } other)
        {
            Report(DiagnosticDescriptors.UnsupportedImageFormat, src.Span, what, other);
        }
    }

    /// <summary>Data-source item images: 300 KB each from 5.0, 100 KB from 6.0 (Components; changelog 6.0); the Dropdown reference states no cap.</summary>
    private void ValidateOptionImages(JsonArray options, string description, bool capped)
    {
        var (max, since) = AtLeast(6, 0) ? (100, " from Flow JSON 6.0") : (300, string.Empty);
        foreach (var option in options.Items.OfType<JsonObject>())
        {
            if (option.Get("image") is JsonString image)
            {
                var what = "The 'image' of data-source item '" + (option.GetString("id") ?? "?") + "' of " + description;
                var bytes = DecodeImage(image, what);
                if (capped)
                {
                    CheckImageSize(image, bytes, what, max, since);
                }
            }
        }
    }

    /// <summary>The image's bytes, or null (reported as FT1089 unless the value is dynamic or blank, FT1046's case).</summary>
    private byte[]? DecodeImage(JsonString value, string what)
    {
        var text = value.Value;
        if (IsDynamic(text) || text.Trim().Length == 0)
        {
            return null;
        }

        try
        {
            return Convert.FromBase64String(WithPadding(text));
        }
        catch (FormatException)
        {
            var reason = text.StartsWith("data:", StringComparison.OrdinalIgnoreCase) ? "it is a data URI"
                : text.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || text.StartsWith("https://", StringComparison.OrdinalIgnoreCase) ? "it is a URL; Flow JSON embeds the image itself"
                : "it has characters or padding that base64 does not allow";
            Report(DiagnosticDescriptors.InvalidBase64Image, value.Span, what, reason);
            return null;
        }
    }

    /// <summary>
    /// Adds the <c>=</c> padding a value leaves out: forgiving base64 decoding (browsers' <c>atob</c>) accepts it missing,
    /// and real flows rely on that (pywa's 7.1 ImageCarousel example). Only what no decoder accepts is FT1089.
    /// </summary>
    private static string WithPadding(string text)
    {
        var length = text.Count(c => !char.IsWhiteSpace(c));
        return length % 4 is 2 or 3 && text.IndexOf('=') < 0 ? text + new string('=', 4 - (length % 4)) : text;
    }

    private void CheckImageSize(JsonString value, byte[]? bytes, string what, int maxKilobytes, string since)
    {
        // KB as 1024 bytes: the larger reading of Meta's "KB", so no image Meta accepts is flagged.
        if (bytes is not null && bytes.Length > maxKilobytes * 1024)
        {
            var kilobytes = Math.Ceiling(bytes.Length / 1024.0).ToString(CultureInfo.InvariantCulture);
            Report(DiagnosticDescriptors.ImageTooLarge, value.Span, what, kilobytes, maxKilobytes, since);
        }
    }

    /// <summary>Null for JPEG and PNG (by their signatures), else what the bytes are.</summary>
    private static string? ImageFormat(byte[] bytes)
    {
        bool StartsWith(params byte[] signature) => bytes.Length >= signature.Length && !signature.Where((b, i) => bytes[i] != b).Any();

        if (StartsWith(0xFF, 0xD8, 0xFF) || StartsWith(0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A))
        {
            return null;
        }

        if (StartsWith(0x47, 0x49, 0x46, 0x38))
        {
            return "a GIF image";
        }

        return bytes.Length >= 12 && bytes[8] == 0x57 && bytes[9] == 0x45 && bytes[10] == 0x42 && bytes[11] == 0x50 && StartsWith(0x52, 0x49, 0x46, 0x46)
            ? "a WebP image"
            : "neither a JPEG nor a PNG image";
    }
}
