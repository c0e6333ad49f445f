// One source file, compiled into the runtime (the send model's public Max* constants) and, linked (see
// FlowTypes.Generators.csproj), into the analyzers that check template files and C# send code, so a limit is
// written once. Sources: the 8x8 Chat Apps WhatsApp documentation (shared/reference) and Meta's message limits.

#if FLOWTYPES_GENERATORS
namespace FlowTypes.Generators.Core.Shared;
#else
namespace FlowTypes.Sending;
#endif

/// <summary>WhatsApp's limits on what a message may carry, in characters or items.</summary>
internal static class WhatsAppLimits
{
    // Interactive messages
    public const int InteractiveHeaderText = 60;
    public const int InteractiveFooterText = 60;
    public const int InteractiveBody = 1024;
    public const int ListBody = 4096;
    public const int ReplyButtons = 3;
    public const int ReplyButtonTitle = 20;
    public const int ReplyButtonId = 256;
    public const int ListButtonText = 20;
    public const int ListSections = 10;
    public const int ListRows = 10;
    public const int ListSectionTitle = 24;
    public const int ListRowTitle = 24;
    public const int ListRowDescription = 72;
    public const int ListRowId = 200;
    public const int CtaUrlDisplayText = 20;
    public const int FlowCta = 20;

    // Message templates
    public const int TemplateName = 200;
    public const int TemplateHeaderText = 60;
    public const int TemplateBody = 1024;
    public const int TemplateFooter = 60;
    public const int TemplateButtons = 10;
    public const int TemplateButtonText = 25;
    public const int TemplateButtonText8x8 = 20;
    public const int TemplateButtonUrl = 2000;

    // Catalog and product templates (Meta; not in the 8x8 reference)
    public const int ProductSections = 10;
    public const int ProductSectionTitle = 24;
    public const int ProductItems = 30;
    public const int ProductCarouselCards = 10;

    // Direct Send samples (8x8 "Submit WhatsApp Direct Send Sample")
    public const int DirectSendReplyButtons = 10;
}
