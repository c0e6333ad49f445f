using System;
using Microsoft.CodeAnalysis.CSharp;

namespace FlowTypes.Generators.Templates.Spec;

/// <summary>A button that takes a parameter: a dynamic URL (suffix), an OTP button (the body's code; in a card its own code), a COPY_CODE button (coupon code) or a FLOW button (optional token).</summary>
internal sealed record TemplateButtonSpec(int Index, string Type, string SubType, TemplateValueSpec Value);
