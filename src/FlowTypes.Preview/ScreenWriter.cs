using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using FlowTypes.Generators.Authoring;

namespace FlowTypes.Preview;

/// <summary>
/// Draws one screen's components in WhatsApp's manner. Every component of the file becomes exactly one element
/// marked <c>data-ft-component</c> (components in the branch not shown are drawn and hidden; <c>visible: false</c> ones
/// are drawn dimmed), and everything that triggers an action carries <c>data-ft-action</c> for the page's script.
/// </summary>
internal sealed class ScreenWriter
{
    private readonly FlowOutline _flow;
    private readonly FlowScreenOutline _screen;
    private readonly DataContext _data;
    private readonly StringBuilder _html;
    private readonly FlowCompletionLookup? _completion;
    private int _next;

    private ScreenWriter(FlowOutline flow, FlowScreenOutline screen, StringBuilder html, FlowCompletionLookup? completion)
    {
        _completion = completion;
        _flow = flow;
        _screen = screen;
        _data = new DataContext(flow, screen);
        _html = html;
    }

    /// <summary>
    /// Writes the screen's <c>section</c>: title bar text and the layout. The project's <c>[FlowCompletion]</c> lookup,
    /// when given, is named in the sheet of an endpoint finish.
    /// </summary>
    public static void Write(FlowOutline flow, FlowScreenOutline screen, StringBuilder html, FlowCompletionLookup? completion = null)
    {
        var writer = new ScreenWriter(flow, screen, html, completion);
        var id = screen.Id ?? "screens[" + screen.Index.ToString(CultureInfo.InvariantCulture) + "]";
        html.Append("<section class=\"ft-screen\" data-ft-screen=\"").Append(Html.Escape(id)).Append("\" data-ft-title=\"")
            .Append(Html.Escape(screen.Title is { } title ? writer._data.Text(title) : string.Empty)).Append("\"")
            .Append(screen.Terminal ? " data-ft-terminal" : string.Empty).Append(" hidden>");
        html.Append("<div class=\"ft-body\">");
        writer.Components(screen.Children);
        html.Append("</div></section>");
    }

    private string Id => "s" + _screen.Index.ToString(CultureInfo.InvariantCulture) + "c" + (_next++).ToString(CultureInfo.InvariantCulture);

    private void Components(IEnumerable<FlowComponentOutline> components)
    {
        foreach (var component in components)
        {
            Component(component);
        }
    }

    private void Component(FlowComponentOutline c)
    {
        var type = c.Type ?? "(no type)";
        var visible = _data.Boolean(c.Node.Get("visible"));
        _html.Append("<div class=\"ft-c ft-").Append(Html.Escape(CssName(type))).Append(visible == false ? " ft-invisible" : string.Empty)
            .Append("\" data-ft-component=\"").Append(Html.Escape(type)).Append("\" data-ft-id=\"").Append(Id)
            .Append("\" data-ft-line=\"").Append((c.Start.Line + 1).ToString(CultureInfo.InvariantCulture)).Append('"');
        if (visible == false)
        {
            _html.Append(" title=\"visible is false: WhatsApp does not show this component until it becomes true\"");
        }

        _html.Append('>');
        switch (type)
        {
            case "TextHeading":
                _html.Append("<div class=\"ft-heading\">").Append(Text(c, "text")).Append("</div>");
                break;
            case "TextSubheading":
                _html.Append("<div class=\"ft-subheading\">").Append(Text(c, "text")).Append("</div>");
                break;
            case "TextBody":
            case "TextCaption":
                TextBlock(c, type == "TextBody" ? "ft-text" : "ft-caption");
                break;
            case "RichText":
                _html.Append("<div class=\"ft-rich\">").Append(Markdown.Block(Lines(c.Node.Get("text")))).Append("</div>");
                break;
            case "TextInput":
            case "TextArea":
                Input(c, type == "TextArea");
                break;
            case "CheckboxGroup":
            case "RadioButtonsGroup":
                Choices(c, type == "CheckboxGroup" ? "checkbox" : "radio");
                break;
            case "Dropdown":
                Dropdown(c);
                break;
            case "ChipsSelector":
                Chips(c);
                break;
            case "Footer":
                Footer(c);
                break;
            case "OptIn":
                OptIn(c);
                break;
            case "EmbeddedLink":
                _html.Append("<a href=\"#\" class=\"ft-embedded-link\"").Append(ActionAttributes(c.Actions.FirstOrDefault(a => a.ItemIndex is null))).Append('>').Append(Text(c, "text")).Append("</a>");
                break;
            case "DatePicker":
                Field(c, "ft-date", "📅", _data.Text(c.Node.GetString("init-value") ?? string.Empty));
                break;
            case "CalendarPicker":
                Calendar(c);
                break;
            case "Image":
                Image(c.Node, "ft-image");
                break;
            case "ImageCarousel":
                Carousel(c);
                break;
            case "NavigationList":
                NavigationList(c);
                break;
            case "PhotoPicker":
            case "DocumentPicker":
                Picker(c, type == "PhotoPicker" ? "📷" : "📄", type == "PhotoPicker" ? "Take photo or choose from gallery" : "Choose a document");
                break;
            case "Form":
                Components(c.Children);
                break;
            case "If":
                Branches(c, "If " + (c.Node.GetString("condition") ?? "?"), Initial(c));
                break;
            case "Switch":
                Branches(c, "Switch " + (c.Node.GetString("value") ?? "?"), Initial(c));
                break;
            default:
                _html.Append("<div class=\"ft-unknown\">").Append(Html.Escape("Unknown component " + type + " (FT1049): WhatsApp cannot draw it")).Append("</div>");
                break;
        }

        _html.Append("</div>");
    }

    private static string CssName(string type)
    {
        var builder = new StringBuilder();
        foreach (var ch in type)
        {
            builder.Append(char.IsAsciiLetterOrDigit(ch) ? ch : '_');
        }

        return builder.ToString();
    }

    /// <summary>A string property's text, references filled, with its character limit applied.</summary>
    private string Text(FlowComponentOutline c, string property) => Text(c.Node.GetString(property), property, FlowTextLimits.Of(c.Type ?? string.Empty, property), Describe(c));

    private string Text(string? value, string property, int? max, string where)
    {
        if (value is null)
        {
            return string.Empty;
        }

        return LimitedText.Html(_data.Text(value), max, "The '" + property + "' of " + where);
    }

    private string Describe(FlowComponentOutline c) =>
        (c.Type ?? "component") + (c.Node.GetString("name") is { } name ? " '" + name + "'" : string.Empty) + " on screen '" + (_screen.Id ?? "?") + "'";

    private IEnumerable<string> Lines(FlowValue? text)
    {
        var resolved = _data.Resolve(text);
        if (resolved is null)
        {
            return Array.Empty<string>();
        }

        if (resolved.Kind == FlowValueKind.Array)
        {
            return resolved.Items.Select(i => _data.Text(i.String ?? i.Json));
        }

        return _data.Text(resolved.String ?? resolved.Json).Split('\n');
    }

    private void TextBlock(FlowComponentOutline c, string css)
    {
        var weight = c.Node.GetString("font-weight");
        var classes = css + (weight is "bold" or "bold_italic" ? " ft-bold" : string.Empty) + (weight is "italic" or "bold_italic" ? " ft-italic" : string.Empty)
            + (c.Node.Get("strikethrough")?.Boolean == true ? " ft-strike" : string.Empty);
        _html.Append("<div class=\"").Append(classes).Append("\">");
        var text = _data.Resolve(c.Node.Get("text"));
        if (c.Node.Get("markdown")?.Boolean == true)
        {
            _html.Append(Markdown.Block(Lines(c.Node.Get("text"))));
        }
        else if (text?.Kind == FlowValueKind.Array)
        {
            _html.Append(Html.Escape(string.Join("\n", Lines(text))));
        }
        else
        {
            _html.Append(Text(c, "text"));
        }

        _html.Append("</div>");
    }

    private void Label(FlowComponentOutline c, string property = "label")
    {
        if (c.Node.GetString(property) is null)
        {
            return;
        }

        var required = c.Node.Get("required")?.Boolean == true;
        _html.Append("<div class=\"ft-label\">").Append(Text(c, property)).Append(required ? string.Empty : " <span class=\"ft-optional\">(optional)</span>").Append("</div>");
    }

    private void Helper(FlowComponentOutline c)
    {
        foreach (var property in new[] { "helper-text", "description" })
        {
            if (c.Node.GetString(property) is not null)
            {
                _html.Append("<div class=\"ft-helper\">").Append(Text(c, property)).Append("</div>");
            }
        }
    }

    private void Input(FlowComponentOutline c, bool area)
    {
        var kind = c.Node.GetString("input-type") switch
        {
            "number" => "number",
            "email" => "email",
            "password" or "passcode" => "password",
            "phone" => "tel",
            _ => "text",
        };
        _html.Append("<label class=\"ft-field").Append(area ? " ft-area" : string.Empty).Append("\"><span class=\"ft-field-label\">").Append(Text(c, "label"))
            .Append(c.Node.Get("required")?.Boolean == true ? string.Empty : " <span class=\"ft-optional\">(optional)</span>").Append("</span>");
        var initial = Html.Escape(_data.Text(c.Node.GetString("init-value") ?? string.Empty));
        _html.Append(area
            ? "<textarea rows=\"3\">" + initial + "</textarea>"
            : "<input type=\"" + kind + "\" value=\"" + initial + "\">");
        _html.Append("</label>");
        Helper(c);
    }

    private IEnumerable<FlowValue> Items(FlowComponentOutline c, string property) =>
        _data.Resolve(c.Node.Get(property)) is { Kind: FlowValueKind.Array } items ? items.Items : Enumerable.Empty<FlowValue>();

    private string ItemText(FlowComponentOutline c, FlowValue item, string part, string property)
    {
        var holder = part.Length == 0 ? item : item.Get(part);
        return Text(holder?.GetString(property), part.Length == 0 ? property : part + "." + property, FlowTextLimits.OfItem(c.Type ?? string.Empty, part, property), "a list item of " + Describe(c));
    }

    private void Choices(FlowComponentOutline c, string kind)
    {
        Label(c);
        if (c.Node.GetString("description") is not null)
        {
            _html.Append("<div class=\"ft-helper\">").Append(Text(c, "description")).Append("</div>");
        }

        var name = Html.Escape(Id);
        _html.Append("<div class=\"ft-options\">");
        foreach (var item in Items(c, "data-source"))
        {
            _html.Append("<label class=\"ft-option\"").Append(ActionAttributes(item.Get("on-select-action"), completion: null)).Append('>');
            if (item.GetString("image") is { } image)
            {
                _html.Append(Images.Tag(image, item.GetString("alt-text"), "ft-option-image"));
            }

            _html.Append("<span class=\"ft-option-text\"><span class=\"ft-option-title\">").Append(ItemText(c, item, string.Empty, "title")).Append("</span>");
            foreach (var property in new[] { "description", "metadata" })
            {
                if (item.GetString(property) is not null)
                {
                    _html.Append("<span class=\"ft-option-").Append(property).Append("\">").Append(ItemText(c, item, string.Empty, property)).Append("</span>");
                }
            }

            _html.Append("</span><input type=\"").Append(kind).Append("\" name=\"").Append(name).Append('"').Append(item.Get("enabled")?.Boolean == false ? " disabled" : string.Empty).Append("></label>");
        }

        _html.Append("</div>");
    }

    private void Dropdown(FlowComponentOutline c)
    {
        _html.Append("<label class=\"ft-field ft-select\"><span class=\"ft-field-label\">").Append(Text(c, "label")).Append("</span><select>");
        _html.Append("<option value=\"\">Select</option>");
        foreach (var item in Items(c, "data-source"))
        {
            _html.Append("<option>").Append(Html.Escape(_data.Text(item.GetString("title") ?? item.GetString("id") ?? string.Empty))).Append("</option>");
        }

        _html.Append("</select></label>");
        Helper(c);
    }

    private void Chips(FlowComponentOutline c)
    {
        Label(c);
        Helper(c);
        _html.Append("<div class=\"ft-chips\">");
        foreach (var item in Items(c, "data-source"))
        {
            _html.Append("<button type=\"button\" class=\"ft-chip\"").Append(ActionAttributes(item.Get("on-select-action"), completion: null)).Append('>').Append(Html.Escape(_data.Text(item.GetString("title") ?? string.Empty))).Append("</button>");
        }

        _html.Append("</div>");
    }

    private void Footer(FlowComponentOutline c)
    {
        var captions = new[] { "left-caption", "center-caption", "right-caption" }.Where(p => c.Node.GetString(p) is not null).ToList();
        if (captions.Count > 0)
        {
            _html.Append("<div class=\"ft-captions\">");
            foreach (var caption in captions)
            {
                _html.Append("<span class=\"ft-").Append(caption).Append("\">").Append(Text(c, caption)).Append("</span>");
            }

            _html.Append("</div>");
        }

        var enabled = _data.Boolean(c.Node.Get("enabled")) != false;
        _html.Append("<button type=\"button\" class=\"ft-footer-button\"").Append(ActionAttributes(c.Actions.FirstOrDefault(a => a.ItemIndex is null)))
            .Append(enabled ? string.Empty : " data-ft-disabled").Append('>').Append(Text(c, "label")).Append("</button>");
    }

    private void OptIn(FlowComponentOutline c)
    {
        _html.Append("<label class=\"ft-optin\"><input type=\"checkbox\"><span>").Append(Text(c, "label")).Append("</span></label>");
        if (c.Actions.FirstOrDefault(a => a.Property == "on-click-action") is { } action)
        {
            _html.Append("<a href=\"#\" class=\"ft-read-more\"").Append(ActionAttributes(action)).Append(">Read more</a>");
        }
    }

    private void Field(FlowComponentOutline c, string css, string icon, string value)
    {
        _html.Append("<label class=\"ft-field ").Append(css).Append("\"><span class=\"ft-field-label\">").Append(Text(c, "label")).Append("</span><span class=\"ft-fake-input\">")
            .Append(Html.Escape(value)).Append("<span class=\"ft-icon\">").Append(icon).Append("</span></span></label>");
        Helper(c);
    }

    private void Calendar(FlowComponentOutline c)
    {
        if (c.Node.GetString("title") is not null)
        {
            _html.Append("<div class=\"ft-subheading\">").Append(Text(c, "title")).Append("</div>");
        }

        if (c.Node.GetString("description") is not null)
        {
            _html.Append("<div class=\"ft-helper\">").Append(Text(c, "description")).Append("</div>");
        }

        var range = c.Node.GetString("mode") == "range";
        var label = _data.Resolve(c.Node.Get("label"));
        if (range && label?.Kind == FlowValueKind.Object)
        {
            foreach (var part in new[] { "start-date", "end-date" })
            {
                _html.Append("<label class=\"ft-field ft-date\"><span class=\"ft-field-label\">").Append(Html.Escape(_data.Text(label.GetString(part) ?? part)))
                    .Append("</span><span class=\"ft-fake-input\"><span class=\"ft-icon\">📅</span></span></label>");
            }
        }
        else
        {
            Field(c, "ft-date", "📅", string.Empty);
            return;
        }

        Helper(c);
    }

    private void Image(FlowValue node, string css)
    {
        var width = node.Get("width")?.Json;
        var height = node.Get("height")?.Json;
        var style = (width is null ? string.Empty : "width:" + Html.Escape(width) + "px;") + (height is null ? string.Empty : "height:" + Html.Escape(height) + "px;")
            + (node.GetString("scale-type") == "cover" ? "object-fit:cover;" : "object-fit:contain;");
        var source = node.GetString("src") is { } src ? _data.Text(src) : string.Empty;
        _html.Append(Images.Tag(source, node.GetString("alt-text"), css, style));
    }

    private void Carousel(FlowComponentOutline c)
    {
        _html.Append("<div class=\"ft-carousel\">");
        foreach (var image in Items(c, "images"))
        {
            Image(image, "ft-carousel-image");
        }

        _html.Append("</div>");
    }

    private void NavigationList(FlowComponentOutline c)
    {
        Label(c);
        if (c.Node.GetString("description") is not null)
        {
            _html.Append("<div class=\"ft-helper\">").Append(Text(c, "description")).Append("</div>");
        }

        var listAction = c.Actions.FirstOrDefault(a => a.ItemIndex is null);
        _html.Append("<div class=\"ft-navlist\">");
        foreach (var item in Items(c, "list-items"))
        {
            var attributes = item.Get("on-click-action") is { } own ? ActionAttributes(own, completion: null) : ActionAttributes(listAction);
            _html.Append("<button type=\"button\" class=\"ft-navitem\"").Append(attributes).Append('>');
            if (item.Get("start")?.GetString("image") is { } image)
            {
                _html.Append(Images.Tag(image, item.Get("start")?.GetString("alt-text"), "ft-nav-image"));
            }

            _html.Append("<span class=\"ft-nav-main\"><span class=\"ft-option-title\">").Append(ItemText(c, item, "main-content", "title")).Append("</span>");
            foreach (var property in new[] { "description", "metadata" })
            {
                if (item.Get("main-content")?.GetString(property) is not null)
                {
                    _html.Append("<span class=\"ft-option-").Append(property).Append("\">").Append(ItemText(c, item, "main-content", property)).Append("</span>");
                }
            }

            _html.Append("</span>");
            if (item.Get("end") is { } end)
            {
                _html.Append("<span class=\"ft-nav-end\">");
                foreach (var property in new[] { "title", "description", "metadata" })
                {
                    if (end.GetString(property) is not null)
                    {
                        _html.Append("<span>").Append(ItemText(c, item, "end", property)).Append("</span>");
                    }
                }

                _html.Append("</span>");
            }

            if (item.GetString("badge") is not null)
            {
                _html.Append("<span class=\"ft-badge\">").Append(ItemText(c, item, string.Empty, "badge")).Append("</span>");
            }

            _html.Append("<span class=\"ft-chevron\">›</span></button>");
        }

        _html.Append("</div>");
    }

    private void Picker(FlowComponentOutline c, string icon, string hint)
    {
        Label(c);
        if (c.Node.GetString("description") is not null)
        {
            _html.Append("<div class=\"ft-helper\">").Append(Text(c, "description")).Append("</div>");
        }

        _html.Append("<div class=\"ft-upload\"><span class=\"ft-icon\">").Append(icon).Append("</span> ").Append(Html.Escape(hint)).Append("</div>");
    }

    /// <summary>The branch shown first: the one an If condition or Switch value selects with the example data, else the first.</summary>
    private string? Initial(FlowComponentOutline c)
    {
        if (c.Type == "If")
        {
            return _data.Boolean(c.Node.Get("condition")) == false ? "else" : "then";
        }

        var value = _data.Resolve(c.Node.Get("value"));
        return value?.String is { } key && c.Branches.Any(b => b.Name == key) ? key : c.Branches.FirstOrDefault()?.Name;
    }

    private void Branches(FlowComponentOutline c, string caption, string? initial)
    {
        var owner = "b" + _screen.Index.ToString(CultureInfo.InvariantCulture) + "-" + _next.ToString(CultureInfo.InvariantCulture);
        var names = c.Branches.Select(b => b.Name).ToList();
        if (c.Type == "If" && !names.Contains("else"))
        {
            names.Add("else"); // an If without else shows nothing when the condition is false
        }

        _html.Append("<div class=\"ft-branch-bar\" title=\"Branches are chosen on the device; pick one to preview it\"><code>").Append(Html.Escape(caption)).Append("</code>");
        foreach (var name in names)
        {
            _html.Append("<button type=\"button\" class=\"ft-branch-choice\" data-ft-branch-select=\"").Append(owner).Append("\" data-ft-branch-name=\"").Append(Html.Escape(name))
                .Append("\" aria-pressed=\"").Append(name == initial ? "true" : "false").Append("\">").Append(Html.Escape(name)).Append("</button>");
        }

        _html.Append("</div>");
        foreach (var name in names)
        {
            _html.Append("<div class=\"ft-branch\" data-ft-branch-of=\"").Append(owner).Append("\" data-ft-branch=\"").Append(Html.Escape(name)).Append('"').Append(name == initial ? string.Empty : " hidden").Append('>');
            if (c.Branches.FirstOrDefault(b => b.Name == name) is { } branch)
            {
                Components(branch.Children);
            }

            _html.Append("</div>");
        }
    }

    /// <summary>The attributes the page's script reads to run an action: where it leads, as the routing model allows.</summary>
    /// <summary>
    /// An action's attributes; an endpoint finish (<see cref="FlowActionOutline.FinishesThroughEndpoint"/>) in a
    /// looked-up project also carries the <c>[FlowCompletion]</c> type, empty when there is none (FT1071).
    /// </summary>
    private string ActionAttributes(FlowActionOutline? action) =>
        ActionAttributes(action?.Node, action is { FinishesThroughEndpoint: true } && _completion is not null ? _completion.TypeName ?? string.Empty : action?.CompletionTypeName);

    /// <summary>
    /// The same for an action object as written, also for list items that come from a screen's example data
    /// (<c>"list-items": "${data.items}"</c>), whose actions are data rather than part of the layout.
    /// </summary>
    private string ActionAttributes(FlowValue? action, string? completion)
    {
        if (action?.GetString("name") is not { } name)
        {
            return string.Empty;
        }

        var html = new StringBuilder(" data-ft-action=\"").Append(Html.Escape(name)).Append('"');
        switch (name)
        {
            case "navigate" when action.Get("next")?.GetString("name") is { } next:
                html.Append(" data-ft-next=\"").Append(Html.Escape(next)).Append('"');
                break;
            case "data_exchange":
                // The endpoint answers with a screen the routing model allows, or finishes the flow on a terminal screen.
                var targets = _flow.Routes.Where(r => r.From == _screen.Id).Select(r => r.To).ToList();
                html.Append(" data-ft-targets=\"").Append(Html.Escape(string.Join(" ", targets))).Append('"');
                if (completion is not null)
                {
                    html.Append(" data-ft-completion=\"").Append(Html.Escape(completion)).Append('"');
                }

                break;
            case "complete":
                html.Append(" data-ft-completion=\"").Append(Html.Escape(completion ?? string.Empty)).Append('"');
                break;
            case "open_url" when action.GetString("url") is { } url:
                html.Append(" data-ft-url=\"").Append(Html.Escape(url)).Append('"');
                break;
        }

        if (action.Get("payload") is { } payload)
        {
            html.Append(" data-ft-payload=\"").Append(Html.Escape(payload.Json)).Append('"');
        }

        return html.ToString();
    }
}
