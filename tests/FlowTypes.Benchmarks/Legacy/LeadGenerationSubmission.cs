// Frozen copy of the reader FlowTypes generated before the table-driven reader (commit 506423e), kept only as
// the same-run benchmark baseline (ReaderBenchmarks: "506423e generated reader"); do not edit.
// Source: the FlowTypes generator at 506423e run on Flows/lead-generation.flow.json; copied from obj/ (EmitCompilerGeneratedFiles)
// with only these changes: namespace FlowTypes.Benchmarks.Legacy; removed: the LeadGenerationFlow screen-id class, the
// [GeneratedCode] attributes and every entry point but the two UTF-8 Parse/TryParse (webhook and string overloads
// went through FlowEntryPoints, which the rewrite may change). The reading code (TryRead, KeyIndex, keys, option
// structs with their _listed/_fromId lookups) is byte-for-byte what 506423e generates.
#nullable enable

namespace FlowTypes.Benchmarks.Legacy
{
    /// <summary>The completion payload of flow <c>lead-generation.flow.json</c>, sent when screen <c>SCHEDULE_DEMO</c> completes.</summary>
    public sealed partial record LeadGenerationSubmission : global::FlowTypes.IFlowSubmission
    {
        /// <summary>The “Which channels interest you?” CheckboxGroup <c>interested_channels</c> on screen <c>PRODUCT_SHOWCASE</c>.</summary>
        /// <remarks>JSON key <c>interested_channels</c>; always present.</remarks>
        public global::System.Collections.Generic.IReadOnlyList<InterestedChannelsOption> InterestedChannels { get; init; } = default!;

        /// <summary>The “When do you plan to implement?” RadioButtonsGroup <c>implementation_timeline</c> on screen <c>PRODUCT_SHOWCASE</c>.</summary>
        /// <remarks>JSON key <c>implementation_timeline</c>; always present.</remarks>
        public ImplementationTimelineOption ImplementationTimeline { get; init; }

        /// <summary>The “Company Name” TextInput <c>company_name</c> on screen <c>COMPANY_INFO</c>.</summary>
        /// <remarks>JSON key <c>company_name</c>; always present.</remarks>
        public string CompanyName { get; init; } = default!;

        /// <summary>The “Company Website” TextInput <c>website</c> on screen <c>COMPANY_INFO</c>.</summary>
        /// <remarks>JSON key <c>website</c>; may be absent.</remarks>
        public string? Website { get; init; }

        /// <summary>The “Company Size” Dropdown <c>company_size</c> on screen <c>COMPANY_INFO</c>.</summary>
        /// <remarks>JSON key <c>company_size</c>; always present.</remarks>
        public CompanySizeOption CompanySize { get; init; }

        /// <summary>The “Industry” Dropdown <c>industry</c> on screen <c>COMPANY_INFO</c>.</summary>
        /// <remarks>JSON key <c>industry</c>; always present.</remarks>
        public IndustryOption Industry { get; init; }

        /// <summary>The “Your Name” TextInput <c>contact_name</c> on screen <c>COMPANY_INFO</c>.</summary>
        /// <remarks>JSON key <c>contact_name</c>; always present.</remarks>
        public string ContactName { get; init; } = default!;

        /// <summary>The “Job Title” TextInput <c>job_title</c> on screen <c>COMPANY_INFO</c>.</summary>
        /// <remarks>JSON key <c>job_title</c>; always present.</remarks>
        public string JobTitle { get; init; } = default!;

        /// <summary>The “Business Email” TextInput <c>email</c> on screen <c>COMPANY_INFO</c>.</summary>
        /// <remarks>JSON key <c>email</c>; always present.</remarks>
        public string Email { get; init; } = default!;

        /// <summary>The “Primary Use Cases” CheckboxGroup <c>use_cases</c> on screen <c>USE_CASES</c>.</summary>
        /// <remarks>JSON key <c>use_cases</c>; always present.</remarks>
        public global::System.Collections.Generic.IReadOnlyList<UseCasesOption> UseCases { get; init; } = default!;

        /// <summary>The “Expected Monthly Message Volume” Dropdown <c>monthly_volume</c> on screen <c>USE_CASES</c>.</summary>
        /// <remarks>JSON key <c>monthly_volume</c>; always present.</remarks>
        public MonthlyVolumeOption MonthlyVolume { get; init; }

        /// <summary>The “Additional Requirements” TextArea <c>additional_requirements</c> on screen <c>USE_CASES</c>.</summary>
        /// <remarks>JSON key <c>additional_requirements</c>; may be absent.</remarks>
        public string? AdditionalRequirements { get; init; }

        /// <summary>The “Preferred Date” DatePicker <c>demo_date</c> on screen <c>SCHEDULE_DEMO</c>.</summary>
        /// <remarks>JSON key <c>demo_date</c>; always present.</remarks>
        public global::System.DateOnly DemoDate { get; init; }

        /// <summary>The “Preferred Time (Pacific Time)” Dropdown <c>demo_time</c> on screen <c>SCHEDULE_DEMO</c>.</summary>
        /// <remarks>JSON key <c>demo_time</c>; always present.</remarks>
        public DemoTimeOption DemoTime { get; init; }

        /// <summary>The “Preferred Duration” Dropdown <c>demo_duration</c> on screen <c>SCHEDULE_DEMO</c>.</summary>
        /// <remarks>JSON key <c>demo_duration</c>; always present.</remarks>
        public DemoDurationOption DemoDuration { get; init; }

        /// <summary>The “Focus Areas for Demo” CheckboxGroup <c>demo_topics</c> on screen <c>SCHEDULE_DEMO</c>.</summary>
        /// <remarks>JSON key <c>demo_topics</c>; may be absent.</remarks>
        public global::System.Collections.Generic.IReadOnlyList<DemoTopicsOption>? DemoTopics { get; init; }

        /// <summary>The “How did you hear about us?” RadioButtonsGroup <c>how_heard</c> on screen <c>SCHEDULE_DEMO</c>.</summary>
        /// <remarks>JSON key <c>how_heard</c>; may be absent.</remarks>
        public HowHeardOption? HowHeard { get; init; }

        /// <inheritdoc />
        public string? FlowToken { get; init; }

        /// <inheritdoc />
        public global::System.Collections.Generic.IReadOnlyDictionary<string, global::System.Text.Json.JsonElement> ExtensionData { get; init; } = global::FlowTypes.Runtime.FlowExtensionData.EmptyExtensionData;

        /// <summary>Parses UTF-8 <c>responseJson</c> bytes of a flow submission.</summary>
        /// <exception cref="global::FlowTypes.FlowParseException">The bytes are not a valid submission of this flow.</exception>
        public static LeadGenerationSubmission Parse(global::System.ReadOnlySpan<byte> utf8ResponseJson) =>
            TryRead(utf8ResponseJson, global::FlowTypes.FlowParseOptions.Default, string.Empty, out var submission, out var error) ? submission! : throw new global::FlowTypes.FlowParseException(error!);

        /// <summary>Parses UTF-8 <c>responseJson</c> bytes of a flow submission; never throws for bad input.</summary>
        public static bool TryParse(global::System.ReadOnlySpan<byte> utf8ResponseJson, [global::System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out LeadGenerationSubmission? submission, out global::FlowTypes.FlowParseError? error) =>
            TryRead(utf8ResponseJson, global::FlowTypes.FlowParseOptions.Default, string.Empty, out submission, out error);

        /// <summary>Reads a <c>responseJson</c> document (UTF-8); used by the parse methods and the flow router.</summary>
        [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
        internal static bool TryRead(global::System.ReadOnlySpan<byte> json, global::FlowTypes.FlowParseOptions options, string pathPrefix, out LeadGenerationSubmission? value, out global::FlowTypes.FlowParseError? error)
        {
            value = null;
            var reader = new global::System.Text.Json.Utf8JsonReader(json, new global::System.Text.Json.JsonReaderOptions { MaxDepth = options.MaxDepth });
            try
            {
                if (!reader.Read() || reader.TokenType != global::System.Text.Json.JsonTokenType.StartObject)
                {
                    error = global::FlowTypes.Runtime.FlowParseErrors.ExpectedObject(pathPrefix, reader.TokenType);
                    return false;
                }

                global::System.Collections.Generic.IReadOnlyList<InterestedChannelsOption>? f0 = default;
                var has0 = false;
                ImplementationTimelineOption? f1 = default;
                var has1 = false;
                string? f2 = default;
                var has2 = false;
                string? f3 = default;
                var has3 = false;
                CompanySizeOption? f4 = default;
                var has4 = false;
                IndustryOption? f5 = default;
                var has5 = false;
                string? f6 = default;
                var has6 = false;
                string? f7 = default;
                var has7 = false;
                string? f8 = default;
                var has8 = false;
                global::System.Collections.Generic.IReadOnlyList<UseCasesOption>? f9 = default;
                var has9 = false;
                MonthlyVolumeOption? f10 = default;
                var has10 = false;
                string? f11 = default;
                var has11 = false;
                global::System.DateOnly? f12 = default;
                var has12 = false;
                DemoTimeOption? f13 = default;
                var has13 = false;
                DemoDurationOption? f14 = default;
                var has14 = false;
                global::System.Collections.Generic.IReadOnlyList<DemoTopicsOption>? f15 = default;
                var has15 = false;
                HowHeardOption? f16 = default;
                var has16 = false;
                string? flowToken = null;
                var hasFlowToken = false;
                global::System.Collections.Generic.Dictionary<string, global::System.Text.Json.JsonElement>? extensionData = null;
                var next = 0; // the index of the key expected next: payloads list their keys in the flow's order
                while (reader.Read() && reader.TokenType == global::System.Text.Json.JsonTokenType.PropertyName)
                {
                    switch (KeyIndex(ref reader, next))
                    {
                        case 0:
                        {
                            if (has0)
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.DuplicateKey(pathPrefix, "interested_channels");
                                return false;
                            }
                            has0 = true;
                            reader.Read();
                            if (!global::FlowTypes.Runtime.FlowValueReader.TryReadList(ref reader, InterestedChannelsOption._listed, InterestedChannelsOption._fromId, out f0))
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.UnexpectedType(pathPrefix, "interested_channels", "an array of option ids", reader.TokenType);
                                return false;
                            }
                            next = 1;
                            continue;
                        }

                        case 1:
                        {
                            if (has1)
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.DuplicateKey(pathPrefix, "implementation_timeline");
                                return false;
                            }
                            has1 = true;
                            reader.Read();
                            if (!global::FlowTypes.Runtime.FlowValueReader.TryReadOptionId(ref reader, ImplementationTimelineOption._listed, out var f1Id))
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.UnexpectedType(pathPrefix, "implementation_timeline", "an option id", reader.TokenType);
                                return false;
                            }
                            f1 = f1Id is null ? null : new ImplementationTimelineOption(f1Id);
                            next = 2;
                            continue;
                        }

                        case 2:
                        {
                            if (has2)
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.DuplicateKey(pathPrefix, "company_name");
                                return false;
                            }
                            has2 = true;
                            reader.Read();
                            if (!global::FlowTypes.Runtime.FlowValueReader.TryReadString(ref reader, out f2))
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.UnexpectedType(pathPrefix, "company_name", "a string", reader.TokenType);
                                return false;
                            }
                            next = 3;
                            continue;
                        }

                        case 3:
                        {
                            if (has3)
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.DuplicateKey(pathPrefix, "website");
                                return false;
                            }
                            has3 = true;
                            reader.Read();
                            if (!global::FlowTypes.Runtime.FlowValueReader.TryReadString(ref reader, out f3))
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.UnexpectedType(pathPrefix, "website", "a string", reader.TokenType);
                                return false;
                            }
                            next = 4;
                            continue;
                        }

                        case 4:
                        {
                            if (has4)
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.DuplicateKey(pathPrefix, "company_size");
                                return false;
                            }
                            has4 = true;
                            reader.Read();
                            if (!global::FlowTypes.Runtime.FlowValueReader.TryReadOptionId(ref reader, CompanySizeOption._listed, out var f4Id))
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.UnexpectedType(pathPrefix, "company_size", "an option id", reader.TokenType);
                                return false;
                            }
                            f4 = f4Id is null ? null : new CompanySizeOption(f4Id);
                            next = 5;
                            continue;
                        }

                        case 5:
                        {
                            if (has5)
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.DuplicateKey(pathPrefix, "industry");
                                return false;
                            }
                            has5 = true;
                            reader.Read();
                            if (!global::FlowTypes.Runtime.FlowValueReader.TryReadOptionId(ref reader, IndustryOption._listed, out var f5Id))
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.UnexpectedType(pathPrefix, "industry", "an option id", reader.TokenType);
                                return false;
                            }
                            f5 = f5Id is null ? null : new IndustryOption(f5Id);
                            next = 6;
                            continue;
                        }

                        case 6:
                        {
                            if (has6)
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.DuplicateKey(pathPrefix, "contact_name");
                                return false;
                            }
                            has6 = true;
                            reader.Read();
                            if (!global::FlowTypes.Runtime.FlowValueReader.TryReadString(ref reader, out f6))
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.UnexpectedType(pathPrefix, "contact_name", "a string", reader.TokenType);
                                return false;
                            }
                            next = 7;
                            continue;
                        }

                        case 7:
                        {
                            if (has7)
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.DuplicateKey(pathPrefix, "job_title");
                                return false;
                            }
                            has7 = true;
                            reader.Read();
                            if (!global::FlowTypes.Runtime.FlowValueReader.TryReadString(ref reader, out f7))
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.UnexpectedType(pathPrefix, "job_title", "a string", reader.TokenType);
                                return false;
                            }
                            next = 8;
                            continue;
                        }

                        case 8:
                        {
                            if (has8)
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.DuplicateKey(pathPrefix, "email");
                                return false;
                            }
                            has8 = true;
                            reader.Read();
                            if (!global::FlowTypes.Runtime.FlowValueReader.TryReadString(ref reader, out f8))
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.UnexpectedType(pathPrefix, "email", "a string", reader.TokenType);
                                return false;
                            }
                            next = 9;
                            continue;
                        }

                        case 9:
                        {
                            if (has9)
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.DuplicateKey(pathPrefix, "use_cases");
                                return false;
                            }
                            has9 = true;
                            reader.Read();
                            if (!global::FlowTypes.Runtime.FlowValueReader.TryReadList(ref reader, UseCasesOption._listed, UseCasesOption._fromId, out f9))
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.UnexpectedType(pathPrefix, "use_cases", "an array of option ids", reader.TokenType);
                                return false;
                            }
                            next = 10;
                            continue;
                        }

                        case 10:
                        {
                            if (has10)
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.DuplicateKey(pathPrefix, "monthly_volume");
                                return false;
                            }
                            has10 = true;
                            reader.Read();
                            if (!global::FlowTypes.Runtime.FlowValueReader.TryReadOptionId(ref reader, MonthlyVolumeOption._listed, out var f10Id))
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.UnexpectedType(pathPrefix, "monthly_volume", "an option id", reader.TokenType);
                                return false;
                            }
                            f10 = f10Id is null ? null : new MonthlyVolumeOption(f10Id);
                            next = 11;
                            continue;
                        }

                        case 11:
                        {
                            if (has11)
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.DuplicateKey(pathPrefix, "additional_requirements");
                                return false;
                            }
                            has11 = true;
                            reader.Read();
                            if (!global::FlowTypes.Runtime.FlowValueReader.TryReadString(ref reader, out f11))
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.UnexpectedType(pathPrefix, "additional_requirements", "a string", reader.TokenType);
                                return false;
                            }
                            next = 12;
                            continue;
                        }

                        case 12:
                        {
                            if (has12)
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.DuplicateKey(pathPrefix, "demo_date");
                                return false;
                            }
                            has12 = true;
                            reader.Read();
                            if (!global::FlowTypes.Runtime.FlowValueReader.TryReadDate(ref reader, out f12))
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.UnexpectedType(pathPrefix, "demo_date", "a date (YYYY-MM-DD)", reader.TokenType);
                                return false;
                            }
                            next = 13;
                            continue;
                        }

                        case 13:
                        {
                            if (has13)
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.DuplicateKey(pathPrefix, "demo_time");
                                return false;
                            }
                            has13 = true;
                            reader.Read();
                            if (!global::FlowTypes.Runtime.FlowValueReader.TryReadOptionId(ref reader, DemoTimeOption._listed, out var f13Id))
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.UnexpectedType(pathPrefix, "demo_time", "an option id", reader.TokenType);
                                return false;
                            }
                            f13 = f13Id is null ? null : new DemoTimeOption(f13Id);
                            next = 14;
                            continue;
                        }

                        case 14:
                        {
                            if (has14)
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.DuplicateKey(pathPrefix, "demo_duration");
                                return false;
                            }
                            has14 = true;
                            reader.Read();
                            if (!global::FlowTypes.Runtime.FlowValueReader.TryReadOptionId(ref reader, DemoDurationOption._listed, out var f14Id))
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.UnexpectedType(pathPrefix, "demo_duration", "an option id", reader.TokenType);
                                return false;
                            }
                            f14 = f14Id is null ? null : new DemoDurationOption(f14Id);
                            next = 15;
                            continue;
                        }

                        case 15:
                        {
                            if (has15)
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.DuplicateKey(pathPrefix, "demo_topics");
                                return false;
                            }
                            has15 = true;
                            reader.Read();
                            if (!global::FlowTypes.Runtime.FlowValueReader.TryReadList(ref reader, DemoTopicsOption._listed, DemoTopicsOption._fromId, out f15))
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.UnexpectedType(pathPrefix, "demo_topics", "an array of option ids", reader.TokenType);
                                return false;
                            }
                            next = 16;
                            continue;
                        }

                        case 16:
                        {
                            if (has16)
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.DuplicateKey(pathPrefix, "how_heard");
                                return false;
                            }
                            has16 = true;
                            reader.Read();
                            if (!global::FlowTypes.Runtime.FlowValueReader.TryReadOptionId(ref reader, HowHeardOption._listed, out var f16Id))
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.UnexpectedType(pathPrefix, "how_heard", "an option id", reader.TokenType);
                                return false;
                            }
                            f16 = f16Id is null ? null : new HowHeardOption(f16Id);
                            next = 17;
                            continue;
                        }

                        case 17:
                        {
                            if (hasFlowToken)
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.DuplicateKey(pathPrefix, "flow_token");
                                return false;
                            }
                            hasFlowToken = true;
                            reader.Read();
                            if (!global::FlowTypes.Runtime.FlowValueReader.TryReadString(ref reader, out flowToken))
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.UnexpectedType(pathPrefix, "flow_token", "a string", reader.TokenType);
                                return false;
                            }
                            next = 18;
                            continue;
                        }

                    }

                    if (!global::FlowTypes.Runtime.FlowExtensionData.TryAddExtensionData(ref extensionData, ref reader, options, pathPrefix, out error))
                    {
                        return false;
                    }
                }

                // Rejects anything after the object (the reader throws on trailing content).
                reader.Read();
                if (f0 is null)
                {
                    error = global::FlowTypes.Runtime.FlowParseErrors.MissingField(pathPrefix, "interested_channels", "lead-generation.flow.json");
                    return false;
                }
                if (f1 is null)
                {
                    error = global::FlowTypes.Runtime.FlowParseErrors.MissingField(pathPrefix, "implementation_timeline", "lead-generation.flow.json");
                    return false;
                }
                if (f2 is null)
                {
                    error = global::FlowTypes.Runtime.FlowParseErrors.MissingField(pathPrefix, "company_name", "lead-generation.flow.json");
                    return false;
                }
                if (f4 is null)
                {
                    error = global::FlowTypes.Runtime.FlowParseErrors.MissingField(pathPrefix, "company_size", "lead-generation.flow.json");
                    return false;
                }
                if (f5 is null)
                {
                    error = global::FlowTypes.Runtime.FlowParseErrors.MissingField(pathPrefix, "industry", "lead-generation.flow.json");
                    return false;
                }
                if (f6 is null)
                {
                    error = global::FlowTypes.Runtime.FlowParseErrors.MissingField(pathPrefix, "contact_name", "lead-generation.flow.json");
                    return false;
                }
                if (f7 is null)
                {
                    error = global::FlowTypes.Runtime.FlowParseErrors.MissingField(pathPrefix, "job_title", "lead-generation.flow.json");
                    return false;
                }
                if (f8 is null)
                {
                    error = global::FlowTypes.Runtime.FlowParseErrors.MissingField(pathPrefix, "email", "lead-generation.flow.json");
                    return false;
                }
                if (f9 is null)
                {
                    error = global::FlowTypes.Runtime.FlowParseErrors.MissingField(pathPrefix, "use_cases", "lead-generation.flow.json");
                    return false;
                }
                if (f10 is null)
                {
                    error = global::FlowTypes.Runtime.FlowParseErrors.MissingField(pathPrefix, "monthly_volume", "lead-generation.flow.json");
                    return false;
                }
                if (f12 is null)
                {
                    error = global::FlowTypes.Runtime.FlowParseErrors.MissingField(pathPrefix, "demo_date", "lead-generation.flow.json");
                    return false;
                }
                if (f13 is null)
                {
                    error = global::FlowTypes.Runtime.FlowParseErrors.MissingField(pathPrefix, "demo_time", "lead-generation.flow.json");
                    return false;
                }
                if (f14 is null)
                {
                    error = global::FlowTypes.Runtime.FlowParseErrors.MissingField(pathPrefix, "demo_duration", "lead-generation.flow.json");
                    return false;
                }
                value = new LeadGenerationSubmission
                {
                    InterestedChannels = f0!,
                    ImplementationTimeline = f1.Value,
                    CompanyName = f2!,
                    Website = f3,
                    CompanySize = f4.Value,
                    Industry = f5.Value,
                    ContactName = f6!,
                    JobTitle = f7!,
                    Email = f8!,
                    UseCases = f9!,
                    MonthlyVolume = f10.Value,
                    AdditionalRequirements = f11,
                    DemoDate = f12.Value,
                    DemoTime = f13.Value,
                    DemoDuration = f14.Value,
                    DemoTopics = f15,
                    HowHeard = f16,
                    FlowToken = flowToken,
                    ExtensionData = (global::System.Collections.Generic.IReadOnlyDictionary<string, global::System.Text.Json.JsonElement>?)extensionData ?? global::FlowTypes.Runtime.FlowExtensionData.EmptyExtensionData,
                };
                error = null;
                return true;
            }
            catch (global::System.Text.Json.JsonException exception)
            {
                error = global::FlowTypes.Runtime.FlowParseErrors.InvalidJson(pathPrefix, exception);
                return false;
            }
            catch (global::System.InvalidOperationException)
            {
                error = global::FlowTypes.Runtime.FlowParseErrors.InvalidText(pathPrefix);
                return false;
            }
        }

        private static int KeyIndex(ref global::System.Text.Json.Utf8JsonReader reader, int expected)
        {
            if (reader.ValueIsEscaped || reader.HasValueSequence)
            {
                if (reader.ValueTextEquals(_utf8Key0)) return 0;
                if (reader.ValueTextEquals(_utf8Key1)) return 1;
                if (reader.ValueTextEquals(_utf8Key2)) return 2;
                if (reader.ValueTextEquals(_utf8Key3)) return 3;
                if (reader.ValueTextEquals(_utf8Key4)) return 4;
                if (reader.ValueTextEquals(_utf8Key5)) return 5;
                if (reader.ValueTextEquals(_utf8Key6)) return 6;
                if (reader.ValueTextEquals(_utf8Key7)) return 7;
                if (reader.ValueTextEquals(_utf8Key8)) return 8;
                if (reader.ValueTextEquals(_utf8Key9)) return 9;
                if (reader.ValueTextEquals(_utf8Key10)) return 10;
                if (reader.ValueTextEquals(_utf8Key11)) return 11;
                if (reader.ValueTextEquals(_utf8Key12)) return 12;
                if (reader.ValueTextEquals(_utf8Key13)) return 13;
                if (reader.ValueTextEquals(_utf8Key14)) return 14;
                if (reader.ValueTextEquals(_utf8Key15)) return 15;
                if (reader.ValueTextEquals(_utf8Key16)) return 16;
                if (reader.ValueTextEquals(_utf8Key17)) return 17;
                return -1;
            }

            var name = reader.ValueSpan;
            var isExpected = expected switch
            {
                0 => global::System.MemoryExtensions.SequenceEqual(name, _utf8Key0),
                1 => global::System.MemoryExtensions.SequenceEqual(name, _utf8Key1),
                2 => global::System.MemoryExtensions.SequenceEqual(name, _utf8Key2),
                3 => global::System.MemoryExtensions.SequenceEqual(name, _utf8Key3),
                4 => global::System.MemoryExtensions.SequenceEqual(name, _utf8Key4),
                5 => global::System.MemoryExtensions.SequenceEqual(name, _utf8Key5),
                6 => global::System.MemoryExtensions.SequenceEqual(name, _utf8Key6),
                7 => global::System.MemoryExtensions.SequenceEqual(name, _utf8Key7),
                8 => global::System.MemoryExtensions.SequenceEqual(name, _utf8Key8),
                9 => global::System.MemoryExtensions.SequenceEqual(name, _utf8Key9),
                10 => global::System.MemoryExtensions.SequenceEqual(name, _utf8Key10),
                11 => global::System.MemoryExtensions.SequenceEqual(name, _utf8Key11),
                12 => global::System.MemoryExtensions.SequenceEqual(name, _utf8Key12),
                13 => global::System.MemoryExtensions.SequenceEqual(name, _utf8Key13),
                14 => global::System.MemoryExtensions.SequenceEqual(name, _utf8Key14),
                15 => global::System.MemoryExtensions.SequenceEqual(name, _utf8Key15),
                16 => global::System.MemoryExtensions.SequenceEqual(name, _utf8Key16),
                17 => global::System.MemoryExtensions.SequenceEqual(name, _utf8Key17),
                _ => false,
            };
            if (isExpected) return expected;

            switch (global::FlowTypes.Runtime.FlowKeyHash.Hash(name))
            {
                case 312130495u:
                {
                    if (global::System.MemoryExtensions.SequenceEqual(name, _utf8Key5)) return 5;
                    break;
                }
                case 697406706u:
                {
                    if (global::System.MemoryExtensions.SequenceEqual(name, _utf8Key2)) return 2;
                    break;
                }
                case 1387876424u:
                {
                    if (global::System.MemoryExtensions.SequenceEqual(name, _utf8Key4)) return 4;
                    break;
                }
                case 1424742581u:
                {
                    if (global::System.MemoryExtensions.SequenceEqual(name, _utf8Key10)) return 10;
                    break;
                }
                case 2014890837u:
                {
                    if (global::System.MemoryExtensions.SequenceEqual(name, _utf8Key7)) return 7;
                    break;
                }
                case 2323727474u:
                {
                    if (global::System.MemoryExtensions.SequenceEqual(name, _utf8Key16)) return 16;
                    break;
                }
                case 2324124615u:
                {
                    if (global::System.MemoryExtensions.SequenceEqual(name, _utf8Key8)) return 8;
                    break;
                }
                case 2484211423u:
                {
                    if (global::System.MemoryExtensions.SequenceEqual(name, _utf8Key15)) return 15;
                    break;
                }
                case 2801602203u:
                {
                    if (global::System.MemoryExtensions.SequenceEqual(name, _utf8Key1)) return 1;
                    break;
                }
                case 2970032274u:
                {
                    if (global::System.MemoryExtensions.SequenceEqual(name, _utf8Key9)) return 9;
                    break;
                }
                case 3037413679u:
                {
                    if (global::System.MemoryExtensions.SequenceEqual(name, _utf8Key6)) return 6;
                    break;
                }
                case 3098071266u:
                {
                    if (global::System.MemoryExtensions.SequenceEqual(name, _utf8Key13)) return 13;
                    break;
                }
                case 3708354141u:
                {
                    if (global::System.MemoryExtensions.SequenceEqual(name, _utf8Key11)) return 11;
                    break;
                }
                case 3853158943u:
                {
                    if (global::System.MemoryExtensions.SequenceEqual(name, _utf8Key12)) return 12;
                    break;
                }
                case 3886635759u:
                {
                    if (global::System.MemoryExtensions.SequenceEqual(name, _utf8Key14)) return 14;
                    break;
                }
                case 3920985327u:
                {
                    if (global::System.MemoryExtensions.SequenceEqual(name, _utf8Key0)) return 0;
                    break;
                }
                case 4018738219u:
                {
                    if (global::System.MemoryExtensions.SequenceEqual(name, _utf8Key17)) return 17;
                    break;
                }
                case 4243573962u:
                {
                    if (global::System.MemoryExtensions.SequenceEqual(name, _utf8Key3)) return 3;
                    break;
                }
            }

            return -1;
        }

        // "interested_channels" in UTF-8
        private static global::System.ReadOnlySpan<byte> _utf8Key0 => new byte[] { 105, 110, 116, 101, 114, 101, 115, 116, 101, 100, 95, 99, 104, 97, 110, 110, 101, 108, 115 };
        // "implementation_timeline" in UTF-8
        private static global::System.ReadOnlySpan<byte> _utf8Key1 => new byte[] { 105, 109, 112, 108, 101, 109, 101, 110, 116, 97, 116, 105, 111, 110, 95, 116, 105, 109, 101, 108, 105, 110, 101 };
        // "company_name" in UTF-8
        private static global::System.ReadOnlySpan<byte> _utf8Key2 => new byte[] { 99, 111, 109, 112, 97, 110, 121, 95, 110, 97, 109, 101 };
        // "website" in UTF-8
        private static global::System.ReadOnlySpan<byte> _utf8Key3 => new byte[] { 119, 101, 98, 115, 105, 116, 101 };
        // "company_size" in UTF-8
        private static global::System.ReadOnlySpan<byte> _utf8Key4 => new byte[] { 99, 111, 109, 112, 97, 110, 121, 95, 115, 105, 122, 101 };
        // "industry" in UTF-8
        private static global::System.ReadOnlySpan<byte> _utf8Key5 => new byte[] { 105, 110, 100, 117, 115, 116, 114, 121 };
        // "contact_name" in UTF-8
        private static global::System.ReadOnlySpan<byte> _utf8Key6 => new byte[] { 99, 111, 110, 116, 97, 99, 116, 95, 110, 97, 109, 101 };
        // "job_title" in UTF-8
        private static global::System.ReadOnlySpan<byte> _utf8Key7 => new byte[] { 106, 111, 98, 95, 116, 105, 116, 108, 101 };
        // "email" in UTF-8
        private static global::System.ReadOnlySpan<byte> _utf8Key8 => new byte[] { 101, 109, 97, 105, 108 };
        // "use_cases" in UTF-8
        private static global::System.ReadOnlySpan<byte> _utf8Key9 => new byte[] { 117, 115, 101, 95, 99, 97, 115, 101, 115 };
        // "monthly_volume" in UTF-8
        private static global::System.ReadOnlySpan<byte> _utf8Key10 => new byte[] { 109, 111, 110, 116, 104, 108, 121, 95, 118, 111, 108, 117, 109, 101 };
        // "additional_requirements" in UTF-8
        private static global::System.ReadOnlySpan<byte> _utf8Key11 => new byte[] { 97, 100, 100, 105, 116, 105, 111, 110, 97, 108, 95, 114, 101, 113, 117, 105, 114, 101, 109, 101, 110, 116, 115 };
        // "demo_date" in UTF-8
        private static global::System.ReadOnlySpan<byte> _utf8Key12 => new byte[] { 100, 101, 109, 111, 95, 100, 97, 116, 101 };
        // "demo_time" in UTF-8
        private static global::System.ReadOnlySpan<byte> _utf8Key13 => new byte[] { 100, 101, 109, 111, 95, 116, 105, 109, 101 };
        // "demo_duration" in UTF-8
        private static global::System.ReadOnlySpan<byte> _utf8Key14 => new byte[] { 100, 101, 109, 111, 95, 100, 117, 114, 97, 116, 105, 111, 110 };
        // "demo_topics" in UTF-8
        private static global::System.ReadOnlySpan<byte> _utf8Key15 => new byte[] { 100, 101, 109, 111, 95, 116, 111, 112, 105, 99, 115 };
        // "how_heard" in UTF-8
        private static global::System.ReadOnlySpan<byte> _utf8Key16 => new byte[] { 104, 111, 119, 95, 104, 101, 97, 114, 100 };
        // "flow_token" in UTF-8
        private static global::System.ReadOnlySpan<byte> _utf8Key17 => new byte[] { 102, 108, 111, 119, 95, 116, 111, 107, 101, 110 };

        /// <summary>An option of the “Which channels interest you?” CheckboxGroup <c>interested_channels</c> on screen <c>PRODUCT_SHOWCASE</c>. The flow's ids are constants (usable in <c>switch</c> on <see cref="Id"/>); an id the flow does not list is kept, not rejected.</summary>
        public readonly struct InterestedChannelsOption : global::System.IEquatable<InterestedChannelsOption>
        {
            /// <summary>The option “WhatsApp Business” (id <c>whatsapp</c>).</summary>
            public const string Whatsapp = "whatsapp";

            /// <summary>The option “SMS” (id <c>sms</c>).</summary>
            public const string Sms = "sms";

            /// <summary>The option “Voice &amp; SIP” (id <c>voice</c>).</summary>
            public const string Voice = "voice";

            /// <summary>The option “Verification” (id <c>verify</c>).</summary>
            public const string Verify = "verify";

            private readonly string? _id;

            /// <summary>Creates an option from its id.</summary>
            public InterestedChannelsOption(string id) => _id = id ?? throw new global::System.ArgumentNullException(nameof(id));

            /// <summary>The id of the chosen option, exactly as the payload carried it.</summary>
            public string Id => _id ?? string.Empty;

            /// <summary>The option's title in the flow, or <see langword="null"/> for an id the flow does not list.</summary>
            public string? Title => Id switch
            {
                Whatsapp => "WhatsApp Business",
                Sms => "SMS",
                Voice => "Voice & SIP",
                Verify => "Verification",
                _ => null,
            };

            /// <summary>True when the flow lists this id.</summary>
            public bool IsKnown => Title is not null;

            /// <inheritdoc />
            public bool Equals(InterestedChannelsOption other) => string.Equals(Id, other.Id, global::System.StringComparison.Ordinal);

            /// <inheritdoc />
            public override bool Equals(object? obj) => obj is InterestedChannelsOption other && Equals(other);

            /// <inheritdoc />
            public override int GetHashCode() => global::System.StringComparer.Ordinal.GetHashCode(Id);

            /// <summary>The id.</summary>
            public override string ToString() => Id;

            /// <summary>Compares two options by id.</summary>
            public static bool operator ==(InterestedChannelsOption left, InterestedChannelsOption right) => left.Equals(right);

            /// <summary>Compares two options by id.</summary>
            public static bool operator !=(InterestedChannelsOption left, InterestedChannelsOption right) => !left.Equals(right);

            /// <summary>The id of the option.</summary>
            public static implicit operator string(InterestedChannelsOption option) => option.Id;

            /// <summary>Finds the constant of a listed id from its UTF-8 bytes (null for any other id): a listed id in a payload allocates no string.</summary>
            internal static readonly global::FlowTypes.Runtime.OptionIdLookup _listed = _listedId;

            /// <summary>Maps a payload id to an option (used by the deserializer).</summary>
            internal static readonly global::System.Func<string, InterestedChannelsOption> _fromId = static id => new InterestedChannelsOption(id);

            private static string? _listedId(global::System.ReadOnlySpan<byte> utf8)
            {
                switch (global::FlowTypes.Runtime.FlowKeyHash.Hash(utf8))
                {
                    case 2140916217u:
                    {
                        if (global::System.MemoryExtensions.SequenceEqual(utf8, _utf8Id2)) return Voice;
                        break;
                    }
                    case 3287576071u:
                    {
                        if (global::System.MemoryExtensions.SequenceEqual(utf8, _utf8Id0)) return Whatsapp;
                        break;
                    }
                    case 3678056394u:
                    {
                        if (global::System.MemoryExtensions.SequenceEqual(utf8, _utf8Id1)) return Sms;
                        break;
                    }
                    case 3838716196u:
                    {
                        if (global::System.MemoryExtensions.SequenceEqual(utf8, _utf8Id3)) return Verify;
                        break;
                    }
                }

                return null;
            }

            // "whatsapp" in UTF-8
            private static global::System.ReadOnlySpan<byte> _utf8Id0 => new byte[] { 119, 104, 97, 116, 115, 97, 112, 112 };
            // "sms" in UTF-8
            private static global::System.ReadOnlySpan<byte> _utf8Id1 => new byte[] { 115, 109, 115 };
            // "voice" in UTF-8
            private static global::System.ReadOnlySpan<byte> _utf8Id2 => new byte[] { 118, 111, 105, 99, 101 };
            // "verify" in UTF-8
            private static global::System.ReadOnlySpan<byte> _utf8Id3 => new byte[] { 118, 101, 114, 105, 102, 121 };
        }

        /// <summary>An option of the “When do you plan to implement?” RadioButtonsGroup <c>implementation_timeline</c> on screen <c>PRODUCT_SHOWCASE</c>. The flow's ids are constants (usable in <c>switch</c> on <see cref="Id"/>); an id the flow does not list is kept, not rejected.</summary>
        public readonly struct ImplementationTimelineOption : global::System.IEquatable<ImplementationTimelineOption>
        {
            /// <summary>The option “Immediately (0-30 days)” (id <c>immediate</c>).</summary>
            public const string Immediate = "immediate";

            /// <summary>The option “1-3 months” (id <c>short_term</c>).</summary>
            public const string ShortTerm = "short_term";

            /// <summary>The option “3-6 months” (id <c>long_term</c>).</summary>
            public const string LongTerm = "long_term";

            /// <summary>The option “Just exploring” (id <c>exploring</c>).</summary>
            public const string Exploring = "exploring";

            private readonly string? _id;

            /// <summary>Creates an option from its id.</summary>
            public ImplementationTimelineOption(string id) => _id = id ?? throw new global::System.ArgumentNullException(nameof(id));

            /// <summary>The id of the chosen option, exactly as the payload carried it.</summary>
            public string Id => _id ?? string.Empty;

            /// <summary>The option's title in the flow, or <see langword="null"/> for an id the flow does not list.</summary>
            public string? Title => Id switch
            {
                Immediate => "Immediately (0-30 days)",
                ShortTerm => "1-3 months",
                LongTerm => "3-6 months",
                Exploring => "Just exploring",
                _ => null,
            };

            /// <summary>True when the flow lists this id.</summary>
            public bool IsKnown => Title is not null;

            /// <inheritdoc />
            public bool Equals(ImplementationTimelineOption other) => string.Equals(Id, other.Id, global::System.StringComparison.Ordinal);

            /// <inheritdoc />
            public override bool Equals(object? obj) => obj is ImplementationTimelineOption other && Equals(other);

            /// <inheritdoc />
            public override int GetHashCode() => global::System.StringComparer.Ordinal.GetHashCode(Id);

            /// <summary>The id.</summary>
            public override string ToString() => Id;

            /// <summary>Compares two options by id.</summary>
            public static bool operator ==(ImplementationTimelineOption left, ImplementationTimelineOption right) => left.Equals(right);

            /// <summary>Compares two options by id.</summary>
            public static bool operator !=(ImplementationTimelineOption left, ImplementationTimelineOption right) => !left.Equals(right);

            /// <summary>The id of the option.</summary>
            public static implicit operator string(ImplementationTimelineOption option) => option.Id;

            /// <summary>Finds the constant of a listed id from its UTF-8 bytes (null for any other id): a listed id in a payload allocates no string.</summary>
            internal static readonly global::FlowTypes.Runtime.OptionIdLookup _listed = _listedId;

            private static string? _listedId(global::System.ReadOnlySpan<byte> utf8)
            {
                switch (global::FlowTypes.Runtime.FlowKeyHash.Hash(utf8))
                {
                    case 1959097054u:
                    {
                        if (global::System.MemoryExtensions.SequenceEqual(utf8, _utf8Id2)) return LongTerm;
                        break;
                    }
                    case 2449807919u:
                    {
                        if (global::System.MemoryExtensions.SequenceEqual(utf8, _utf8Id3)) return Exploring;
                        break;
                    }
                    case 3993493740u:
                    {
                        if (global::System.MemoryExtensions.SequenceEqual(utf8, _utf8Id1)) return ShortTerm;
                        break;
                    }
                    case 4063372922u:
                    {
                        if (global::System.MemoryExtensions.SequenceEqual(utf8, _utf8Id0)) return Immediate;
                        break;
                    }
                }

                return null;
            }

            // "immediate" in UTF-8
            private static global::System.ReadOnlySpan<byte> _utf8Id0 => new byte[] { 105, 109, 109, 101, 100, 105, 97, 116, 101 };
            // "short_term" in UTF-8
            private static global::System.ReadOnlySpan<byte> _utf8Id1 => new byte[] { 115, 104, 111, 114, 116, 95, 116, 101, 114, 109 };
            // "long_term" in UTF-8
            private static global::System.ReadOnlySpan<byte> _utf8Id2 => new byte[] { 108, 111, 110, 103, 95, 116, 101, 114, 109 };
            // "exploring" in UTF-8
            private static global::System.ReadOnlySpan<byte> _utf8Id3 => new byte[] { 101, 120, 112, 108, 111, 114, 105, 110, 103 };
        }

        /// <summary>An option of the “Company Size” Dropdown <c>company_size</c> on screen <c>COMPANY_INFO</c>. The flow's ids are constants (usable in <c>switch</c> on <see cref="Id"/>); an id the flow does not list is kept, not rejected.</summary>
        public readonly struct CompanySizeOption : global::System.IEquatable<CompanySizeOption>
        {
            /// <summary>The option “1-10 employees” (id <c>1-10</c>).</summary>
            public const string Option110 = "1-10";

            /// <summary>The option “11-50 employees” (id <c>11-50</c>).</summary>
            public const string Option1150 = "11-50";

            /// <summary>The option “51-200 employees” (id <c>51-200</c>).</summary>
            public const string Option51200 = "51-200";

            /// <summary>The option “201-500 employees” (id <c>201-500</c>).</summary>
            public const string Option201500 = "201-500";

            /// <summary>The option “500+ employees” (id <c>500+</c>).</summary>
            public const string Option500 = "500+";

            private readonly string? _id;

            /// <summary>Creates an option from its id.</summary>
            public CompanySizeOption(string id) => _id = id ?? throw new global::System.ArgumentNullException(nameof(id));

            /// <summary>The id of the chosen option, exactly as the payload carried it.</summary>
            public string Id => _id ?? string.Empty;

            /// <summary>The option's title in the flow, or <see langword="null"/> for an id the flow does not list.</summary>
            public string? Title => Id switch
            {
                Option110 => "1-10 employees",
                Option1150 => "11-50 employees",
                Option51200 => "51-200 employees",
                Option201500 => "201-500 employees",
                Option500 => "500+ employees",
                _ => null,
            };

            /// <summary>True when the flow lists this id.</summary>
            public bool IsKnown => Title is not null;

            /// <inheritdoc />
            public bool Equals(CompanySizeOption other) => string.Equals(Id, other.Id, global::System.StringComparison.Ordinal);

            /// <inheritdoc />
            public override bool Equals(object? obj) => obj is CompanySizeOption other && Equals(other);

            /// <inheritdoc />
            public override int GetHashCode() => global::System.StringComparer.Ordinal.GetHashCode(Id);

            /// <summary>The id.</summary>
            public override string ToString() => Id;

            /// <summary>Compares two options by id.</summary>
            public static bool operator ==(CompanySizeOption left, CompanySizeOption right) => left.Equals(right);

            /// <summary>Compares two options by id.</summary>
            public static bool operator !=(CompanySizeOption left, CompanySizeOption right) => !left.Equals(right);

            /// <summary>The id of the option.</summary>
            public static implicit operator string(CompanySizeOption option) => option.Id;

            /// <summary>Finds the constant of a listed id from its UTF-8 bytes (null for any other id): a listed id in a payload allocates no string.</summary>
            internal static readonly global::FlowTypes.Runtime.OptionIdLookup _listed = _listedId;

            private static string? _listedId(global::System.ReadOnlySpan<byte> utf8)
            {
                switch (global::FlowTypes.Runtime.FlowKeyHash.Hash(utf8))
                {
                    case 1011350017u:
                    {
                        if (global::System.MemoryExtensions.SequenceEqual(utf8, _utf8Id4)) return Option500;
                        break;
                    }
                    case 2511412099u:
                    {
                        if (global::System.MemoryExtensions.SequenceEqual(utf8, _utf8Id1)) return Option1150;
                        break;
                    }
                    case 3061331602u:
                    {
                        if (global::System.MemoryExtensions.SequenceEqual(utf8, _utf8Id0)) return Option110;
                        break;
                    }
                    case 3117494288u:
                    {
                        if (global::System.MemoryExtensions.SequenceEqual(utf8, _utf8Id3)) return Option201500;
                        break;
                    }
                    case 3866827864u:
                    {
                        if (global::System.MemoryExtensions.SequenceEqual(utf8, _utf8Id2)) return Option51200;
                        break;
                    }
                }

                return null;
            }

            // "1-10" in UTF-8
            private static global::System.ReadOnlySpan<byte> _utf8Id0 => new byte[] { 49, 45, 49, 48 };
            // "11-50" in UTF-8
            private static global::System.ReadOnlySpan<byte> _utf8Id1 => new byte[] { 49, 49, 45, 53, 48 };
            // "51-200" in UTF-8
            private static global::System.ReadOnlySpan<byte> _utf8Id2 => new byte[] { 53, 49, 45, 50, 48, 48 };
            // "201-500" in UTF-8
            private static global::System.ReadOnlySpan<byte> _utf8Id3 => new byte[] { 50, 48, 49, 45, 53, 48, 48 };
            // "500+" in UTF-8
            private static global::System.ReadOnlySpan<byte> _utf8Id4 => new byte[] { 53, 48, 48, 43 };
        }

        /// <summary>An option of the “Industry” Dropdown <c>industry</c> on screen <c>COMPANY_INFO</c>. The flow's ids are constants (usable in <c>switch</c> on <see cref="Id"/>); an id the flow does not list is kept, not rejected.</summary>
        public readonly struct IndustryOption : global::System.IEquatable<IndustryOption>
        {
            /// <summary>The option “eCommerce/Retail” (id <c>ecommerce</c>).</summary>
            public const string Ecommerce = "ecommerce";

            /// <summary>The option “Financial Services/Fintech” (id <c>fintech</c>).</summary>
            public const string Fintech = "fintech";

            /// <summary>The option “Healthcare” (id <c>healthcare</c>).</summary>
            public const string Healthcare = "healthcare";

            /// <summary>The option “Logistics/Delivery” (id <c>logistics</c>).</summary>
            public const string Logistics = "logistics";

            /// <summary>The option “SaaS/Technology” (id <c>saas</c>).</summary>
            public const string Saas = "saas";

            /// <summary>The option “Other” (id <c>other</c>).</summary>
            public const string Other = "other";

            private readonly string? _id;

            /// <summary>Creates an option from its id.</summary>
            public IndustryOption(string id) => _id = id ?? throw new global::System.ArgumentNullException(nameof(id));

            /// <summary>The id of the chosen option, exactly as the payload carried it.</summary>
            public string Id => _id ?? string.Empty;

            /// <summary>The option's title in the flow, or <see langword="null"/> for an id the flow does not list.</summary>
            public string? Title => Id switch
            {
                Ecommerce => "eCommerce/Retail",
                Fintech => "Financial Services/Fintech",
                Healthcare => "Healthcare",
                Logistics => "Logistics/Delivery",
                Saas => "SaaS/Technology",
                Other => "Other",
                _ => null,
            };

            /// <summary>True when the flow lists this id.</summary>
            public bool IsKnown => Title is not null;

            /// <inheritdoc />
            public bool Equals(IndustryOption other) => string.Equals(Id, other.Id, global::System.StringComparison.Ordinal);

            /// <inheritdoc />
            public override bool Equals(object? obj) => obj is IndustryOption other && Equals(other);

            /// <inheritdoc />
            public override int GetHashCode() => global::System.StringComparer.Ordinal.GetHashCode(Id);

            /// <summary>The id.</summary>
            public override string ToString() => Id;

            /// <summary>Compares two options by id.</summary>
            public static bool operator ==(IndustryOption left, IndustryOption right) => left.Equals(right);

            /// <summary>Compares two options by id.</summary>
            public static bool operator !=(IndustryOption left, IndustryOption right) => !left.Equals(right);

            /// <summary>The id of the option.</summary>
            public static implicit operator string(IndustryOption option) => option.Id;

            /// <summary>Finds the constant of a listed id from its UTF-8 bytes (null for any other id): a listed id in a payload allocates no string.</summary>
            internal static readonly global::FlowTypes.Runtime.OptionIdLookup _listed = _listedId;

            private static string? _listedId(global::System.ReadOnlySpan<byte> utf8)
            {
                switch (global::FlowTypes.Runtime.FlowKeyHash.Hash(utf8))
                {
                    case 599970379u:
                    {
                        if (global::System.MemoryExtensions.SequenceEqual(utf8, _utf8Id0)) return Ecommerce;
                        break;
                    }
                    case 767382800u:
                    {
                        if (global::System.MemoryExtensions.SequenceEqual(utf8, _utf8Id3)) return Logistics;
                        break;
                    }
                    case 1071165430u:
                    {
                        if (global::System.MemoryExtensions.SequenceEqual(utf8, _utf8Id1)) return Fintech;
                        break;
                    }
                    case 3138829121u:
                    {
                        if (global::System.MemoryExtensions.SequenceEqual(utf8, _utf8Id4)) return Saas;
                        break;
                    }
                    case 3363671541u:
                    {
                        if (global::System.MemoryExtensions.SequenceEqual(utf8, _utf8Id5)) return Other;
                        break;
                    }
                    case 4019433046u:
                    {
                        if (global::System.MemoryExtensions.SequenceEqual(utf8, _utf8Id2)) return Healthcare;
                        break;
                    }
                }

                return null;
            }

            // "ecommerce" in UTF-8
            private static global::System.ReadOnlySpan<byte> _utf8Id0 => new byte[] { 101, 99, 111, 109, 109, 101, 114, 99, 101 };
            // "fintech" in UTF-8
            private static global::System.ReadOnlySpan<byte> _utf8Id1 => new byte[] { 102, 105, 110, 116, 101, 99, 104 };
            // "healthcare" in UTF-8
            private static global::System.ReadOnlySpan<byte> _utf8Id2 => new byte[] { 104, 101, 97, 108, 116, 104, 99, 97, 114, 101 };
            // "logistics" in UTF-8
            private static global::System.ReadOnlySpan<byte> _utf8Id3 => new byte[] { 108, 111, 103, 105, 115, 116, 105, 99, 115 };
            // "saas" in UTF-8
            private static global::System.ReadOnlySpan<byte> _utf8Id4 => new byte[] { 115, 97, 97, 115 };
            // "other" in UTF-8
            private static global::System.ReadOnlySpan<byte> _utf8Id5 => new byte[] { 111, 116, 104, 101, 114 };
        }

        /// <summary>An option of the “Primary Use Cases” CheckboxGroup <c>use_cases</c> on screen <c>USE_CASES</c>. The flow's ids are constants (usable in <c>switch</c> on <see cref="Id"/>); an id the flow does not list is kept, not rejected.</summary>
        public readonly struct UseCasesOption : global::System.IEquatable<UseCasesOption>
        {
            /// <summary>The option “Marketing &amp; Campaigns” (id <c>marketing</c>).</summary>
            public const string Marketing = "marketing";

            /// <summary>The option “Transactional Messages” (id <c>transactional</c>).</summary>
            public const string Transactional = "transactional";

            /// <summary>The option “Customer Support” (id <c>support</c>).</summary>
            public const string Support = "support";

            /// <summary>The option “Notifications &amp; Alerts” (id <c>notifications</c>).</summary>
            public const string Notifications = "notifications";

            /// <summary>The option “Authentication” (id <c>authentication</c>).</summary>
            public const string Authentication = "authentication";

            /// <summary>The option “Conversational Commerce” (id <c>conversational</c>).</summary>
            public const string Conversational = "conversational";

            private readonly string? _id;

            /// <summary>Creates an option from its id.</summary>
            public UseCasesOption(string id) => _id = id ?? throw new global::System.ArgumentNullException(nameof(id));

            /// <summary>The id of the chosen option, exactly as the payload carried it.</summary>
            public string Id => _id ?? string.Empty;

            /// <summary>The option's title in the flow, or <see langword="null"/> for an id the flow does not list.</summary>
            public string? Title => Id switch
            {
                Marketing => "Marketing & Campaigns",
                Transactional => "Transactional Messages",
                Support => "Customer Support",
                Notifications => "Notifications & Alerts",
                Authentication => "Authentication",
                Conversational => "Conversational Commerce",
                _ => null,
            };

            /// <summary>True when the flow lists this id.</summary>
            public bool IsKnown => Title is not null;

            /// <inheritdoc />
            public bool Equals(UseCasesOption other) => string.Equals(Id, other.Id, global::System.StringComparison.Ordinal);

            /// <inheritdoc />
            public override bool Equals(object? obj) => obj is UseCasesOption other && Equals(other);

            /// <inheritdoc />
            public override int GetHashCode() => global::System.StringComparer.Ordinal.GetHashCode(Id);

            /// <summary>The id.</summary>
            public override string ToString() => Id;

            /// <summary>Compares two options by id.</summary>
            public static bool operator ==(UseCasesOption left, UseCasesOption right) => left.Equals(right);

            /// <summary>Compares two options by id.</summary>
            public static bool operator !=(UseCasesOption left, UseCasesOption right) => !left.Equals(right);

            /// <summary>The id of the option.</summary>
            public static implicit operator string(UseCasesOption option) => option.Id;

            /// <summary>Finds the constant of a listed id from its UTF-8 bytes (null for any other id): a listed id in a payload allocates no string.</summary>
            internal static readonly global::FlowTypes.Runtime.OptionIdLookup _listed = _listedId;

            /// <summary>Maps a payload id to an option (used by the deserializer).</summary>
            internal static readonly global::System.Func<string, UseCasesOption> _fromId = static id => new UseCasesOption(id);

            private static string? _listedId(global::System.ReadOnlySpan<byte> utf8)
            {
                switch (global::FlowTypes.Runtime.FlowKeyHash.Hash(utf8))
                {
                    case 993925352u:
                    {
                        if (global::System.MemoryExtensions.SequenceEqual(utf8, _utf8Id2)) return Support;
                        break;
                    }
                    case 2465049918u:
                    {
                        if (global::System.MemoryExtensions.SequenceEqual(utf8, _utf8Id1)) return Transactional;
                        break;
                    }
                    case 2600143457u:
                    {
                        if (global::System.MemoryExtensions.SequenceEqual(utf8, _utf8Id4)) return Authentication;
                        break;
                    }
                    case 3895187823u:
                    {
                        if (global::System.MemoryExtensions.SequenceEqual(utf8, _utf8Id0)) return Marketing;
                        break;
                    }
                    case 3974910699u:
                    {
                        if (global::System.MemoryExtensions.SequenceEqual(utf8, _utf8Id5)) return Conversational;
                        break;
                    }
                    case 4082295663u:
                    {
                        if (global::System.MemoryExtensions.SequenceEqual(utf8, _utf8Id3)) return Notifications;
                        break;
                    }
                }

                return null;
            }

            // "marketing" in UTF-8
            private static global::System.ReadOnlySpan<byte> _utf8Id0 => new byte[] { 109, 97, 114, 107, 101, 116, 105, 110, 103 };
            // "transactional" in UTF-8
            private static global::System.ReadOnlySpan<byte> _utf8Id1 => new byte[] { 116, 114, 97, 110, 115, 97, 99, 116, 105, 111, 110, 97, 108 };
            // "support" in UTF-8
            private static global::System.ReadOnlySpan<byte> _utf8Id2 => new byte[] { 115, 117, 112, 112, 111, 114, 116 };
            // "notifications" in UTF-8
            private static global::System.ReadOnlySpan<byte> _utf8Id3 => new byte[] { 110, 111, 116, 105, 102, 105, 99, 97, 116, 105, 111, 110, 115 };
            // "authentication" in UTF-8
            private static global::System.ReadOnlySpan<byte> _utf8Id4 => new byte[] { 97, 117, 116, 104, 101, 110, 116, 105, 99, 97, 116, 105, 111, 110 };
            // "conversational" in UTF-8
            private static global::System.ReadOnlySpan<byte> _utf8Id5 => new byte[] { 99, 111, 110, 118, 101, 114, 115, 97, 116, 105, 111, 110, 97, 108 };
        }

        /// <summary>An option of the “Expected Monthly Message Volume” Dropdown <c>monthly_volume</c> on screen <c>USE_CASES</c>. The flow's ids are constants (usable in <c>switch</c> on <see cref="Id"/>); an id the flow does not list is kept, not rejected.</summary>
        public readonly struct MonthlyVolumeOption : global::System.IEquatable<MonthlyVolumeOption>
        {
            /// <summary>The option “0 - 10,000” (id <c>0-10k</c>).</summary>
            public const string Option010k = "0-10k";

            /// <summary>The option “10,000 - 50,000” (id <c>10k-50k</c>).</summary>
            public const string Option10k50k = "10k-50k";

            /// <summary>The option “50,000 - 100,000” (id <c>50k-100k</c>).</summary>
            public const string Option50k100k = "50k-100k";

            /// <summary>The option “100,000 - 500,000” (id <c>100k-500k</c>).</summary>
            public const string Option100k500k = "100k-500k";

            /// <summary>The option “500,000+” (id <c>500k+</c>).</summary>
            public const string Option500k = "500k+";

            private readonly string? _id;

            /// <summary>Creates an option from its id.</summary>
            public MonthlyVolumeOption(string id) => _id = id ?? throw new global::System.ArgumentNullException(nameof(id));

            /// <summary>The id of the chosen option, exactly as the payload carried it.</summary>
            public string Id => _id ?? string.Empty;

            /// <summary>The option's title in the flow, or <see langword="null"/> for an id the flow does not list.</summary>
            public string? Title => Id switch
            {
                Option010k => "0 - 10,000",
                Option10k50k => "10,000 - 50,000",
                Option50k100k => "50,000 - 100,000",
                Option100k500k => "100,000 - 500,000",
                Option500k => "500,000+",
                _ => null,
            };

            /// <summary>True when the flow lists this id.</summary>
            public bool IsKnown => Title is not null;

            /// <inheritdoc />
            public bool Equals(MonthlyVolumeOption other) => string.Equals(Id, other.Id, global::System.StringComparison.Ordinal);

            /// <inheritdoc />
            public override bool Equals(object? obj) => obj is MonthlyVolumeOption other && Equals(other);

            /// <inheritdoc />
            public override int GetHashCode() => global::System.StringComparer.Ordinal.GetHashCode(Id);

            /// <summary>The id.</summary>
            public override string ToString() => Id;

            /// <summary>Compares two options by id.</summary>
            public static bool operator ==(MonthlyVolumeOption left, MonthlyVolumeOption right) => left.Equals(right);

            /// <summary>Compares two options by id.</summary>
            public static bool operator !=(MonthlyVolumeOption left, MonthlyVolumeOption right) => !left.Equals(right);

            /// <summary>The id of the option.</summary>
            public static implicit operator string(MonthlyVolumeOption option) => option.Id;

            /// <summary>Finds the constant of a listed id from its UTF-8 bytes (null for any other id): a listed id in a payload allocates no string.</summary>
            internal static readonly global::FlowTypes.Runtime.OptionIdLookup _listed = _listedId;

            private static string? _listedId(global::System.ReadOnlySpan<byte> utf8)
            {
                switch (global::FlowTypes.Runtime.FlowKeyHash.Hash(utf8))
                {
                    case 200333140u:
                    {
                        if (global::System.MemoryExtensions.SequenceEqual(utf8, _utf8Id2)) return Option50k100k;
                        break;
                    }
                    case 740096930u:
                    {
                        if (global::System.MemoryExtensions.SequenceEqual(utf8, _utf8Id1)) return Option10k50k;
                        break;
                    }
                    case 1051424220u:
                    {
                        if (global::System.MemoryExtensions.SequenceEqual(utf8, _utf8Id0)) return Option010k;
                        break;
                    }
                    case 2414701150u:
                    {
                        if (global::System.MemoryExtensions.SequenceEqual(utf8, _utf8Id4)) return Option500k;
                        break;
                    }
                    case 3137203356u:
                    {
                        if (global::System.MemoryExtensions.SequenceEqual(utf8, _utf8Id3)) return Option100k500k;
                        break;
                    }
                }

                return null;
            }

            // "0-10k" in UTF-8
            private static global::System.ReadOnlySpan<byte> _utf8Id0 => new byte[] { 48, 45, 49, 48, 107 };
            // "10k-50k" in UTF-8
            private static global::System.ReadOnlySpan<byte> _utf8Id1 => new byte[] { 49, 48, 107, 45, 53, 48, 107 };
            // "50k-100k" in UTF-8
            private static global::System.ReadOnlySpan<byte> _utf8Id2 => new byte[] { 53, 48, 107, 45, 49, 48, 48, 107 };
            // "100k-500k" in UTF-8
            private static global::System.ReadOnlySpan<byte> _utf8Id3 => new byte[] { 49, 48, 48, 107, 45, 53, 48, 48, 107 };
            // "500k+" in UTF-8
            private static global::System.ReadOnlySpan<byte> _utf8Id4 => new byte[] { 53, 48, 48, 107, 43 };
        }

        /// <summary>An option of the “Preferred Time (Pacific Time)” Dropdown <c>demo_time</c> on screen <c>SCHEDULE_DEMO</c>. The flow's ids are constants (usable in <c>switch</c> on <see cref="Id"/>); an id the flow does not list is kept, not rejected.</summary>
        public readonly struct DemoTimeOption : global::System.IEquatable<DemoTimeOption>
        {
            /// <summary>The option “9:00 AM” (id <c>0900</c>).</summary>
            public const string Option0900 = "0900";

            /// <summary>The option “10:00 AM” (id <c>1000</c>).</summary>
            public const string Option1000 = "1000";

            /// <summary>The option “11:00 AM” (id <c>1100</c>).</summary>
            public const string Option1100 = "1100";

            /// <summary>The option “1:00 PM” (id <c>1300</c>).</summary>
            public const string Option1300 = "1300";

            /// <summary>The option “2:00 PM” (id <c>1400</c>).</summary>
            public const string Option1400 = "1400";

            /// <summary>The option “3:00 PM” (id <c>1500</c>).</summary>
            public const string Option1500 = "1500";

            /// <summary>The option “4:00 PM” (id <c>1600</c>).</summary>
            public const string Option1600 = "1600";

            private readonly string? _id;

            /// <summary>Creates an option from its id.</summary>
            public DemoTimeOption(string id) => _id = id ?? throw new global::System.ArgumentNullException(nameof(id));

            /// <summary>The id of the chosen option, exactly as the payload carried it.</summary>
            public string Id => _id ?? string.Empty;

            /// <summary>The option's title in the flow, or <see langword="null"/> for an id the flow does not list.</summary>
            public string? Title => Id switch
            {
                Option0900 => "9:00 AM",
                Option1000 => "10:00 AM",
                Option1100 => "11:00 AM",
                Option1300 => "1:00 PM",
                Option1400 => "2:00 PM",
                Option1500 => "3:00 PM",
                Option1600 => "4:00 PM",
                _ => null,
            };

            /// <summary>True when the flow lists this id.</summary>
            public bool IsKnown => Title is not null;

            /// <inheritdoc />
            public bool Equals(DemoTimeOption other) => string.Equals(Id, other.Id, global::System.StringComparison.Ordinal);

            /// <inheritdoc />
            public override bool Equals(object? obj) => obj is DemoTimeOption other && Equals(other);

            /// <inheritdoc />
            public override int GetHashCode() => global::System.StringComparer.Ordinal.GetHashCode(Id);

            /// <summary>The id.</summary>
            public override string ToString() => Id;

            /// <summary>Compares two options by id.</summary>
            public static bool operator ==(DemoTimeOption left, DemoTimeOption right) => left.Equals(right);

            /// <summary>Compares two options by id.</summary>
            public static bool operator !=(DemoTimeOption left, DemoTimeOption right) => !left.Equals(right);

            /// <summary>The id of the option.</summary>
            public static implicit operator string(DemoTimeOption option) => option.Id;

            /// <summary>Finds the constant of a listed id from its UTF-8 bytes (null for any other id): a listed id in a payload allocates no string.</summary>
            internal static readonly global::FlowTypes.Runtime.OptionIdLookup _listed = _listedId;

            private static string? _listedId(global::System.ReadOnlySpan<byte> utf8)
            {
                switch (global::FlowTypes.Runtime.FlowKeyHash.Hash(utf8))
                {
                    case 580373188u:
                    {
                        if (global::System.MemoryExtensions.SequenceEqual(utf8, _utf8Id1)) return Option1000;
                        break;
                    }
                    case 1172536963u:
                    {
                        if (global::System.MemoryExtensions.SequenceEqual(utf8, _utf8Id5)) return Option1500;
                        break;
                    }
                    case 1583192197u:
                    {
                        if (global::System.MemoryExtensions.SequenceEqual(utf8, _utf8Id3)) return Option1300;
                        break;
                    }
                    case 2167340687u:
                    {
                        if (global::System.MemoryExtensions.SequenceEqual(utf8, _utf8Id2)) return Option1100;
                        break;
                    }
                    case 3296388270u:
                    {
                        if (global::System.MemoryExtensions.SequenceEqual(utf8, _utf8Id6)) return Option1600;
                        break;
                    }
                    case 3744643218u:
                    {
                        if (global::System.MemoryExtensions.SequenceEqual(utf8, _utf8Id0)) return Option0900;
                        break;
                    }
                    case 3859748408u:
                    {
                        if (global::System.MemoryExtensions.SequenceEqual(utf8, _utf8Id4)) return Option1400;
                        break;
                    }
                }

                return null;
            }

            // "0900" in UTF-8
            private static global::System.ReadOnlySpan<byte> _utf8Id0 => new byte[] { 48, 57, 48, 48 };
            // "1000" in UTF-8
            private static global::System.ReadOnlySpan<byte> _utf8Id1 => new byte[] { 49, 48, 48, 48 };
            // "1100" in UTF-8
            private static global::System.ReadOnlySpan<byte> _utf8Id2 => new byte[] { 49, 49, 48, 48 };
            // "1300" in UTF-8
            private static global::System.ReadOnlySpan<byte> _utf8Id3 => new byte[] { 49, 51, 48, 48 };
            // "1400" in UTF-8
            private static global::System.ReadOnlySpan<byte> _utf8Id4 => new byte[] { 49, 52, 48, 48 };
            // "1500" in UTF-8
            private static global::System.ReadOnlySpan<byte> _utf8Id5 => new byte[] { 49, 53, 48, 48 };
            // "1600" in UTF-8
            private static global::System.ReadOnlySpan<byte> _utf8Id6 => new byte[] { 49, 54, 48, 48 };
        }

        /// <summary>An option of the “Preferred Duration” Dropdown <c>demo_duration</c> on screen <c>SCHEDULE_DEMO</c>. The flow's ids are constants (usable in <c>switch</c> on <see cref="Id"/>); an id the flow does not list is kept, not rejected.</summary>
        public readonly struct DemoDurationOption : global::System.IEquatable<DemoDurationOption>
        {
            /// <summary>The option “30 minutes” (id <c>30</c>).</summary>
            public const string Option30 = "30";

            /// <summary>The option “1 hour” (id <c>60</c>).</summary>
            public const string Option60 = "60";

            private readonly string? _id;

            /// <summary>Creates an option from its id.</summary>
            public DemoDurationOption(string id) => _id = id ?? throw new global::System.ArgumentNullException(nameof(id));

            /// <summary>The id of the chosen option, exactly as the payload carried it.</summary>
            public string Id => _id ?? string.Empty;

            /// <summary>The option's title in the flow, or <see langword="null"/> for an id the flow does not list.</summary>
            public string? Title => Id switch
            {
                Option30 => "30 minutes",
                Option60 => "1 hour",
                _ => null,
            };

            /// <summary>True when the flow lists this id.</summary>
            public bool IsKnown => Title is not null;

            /// <inheritdoc />
            public bool Equals(DemoDurationOption other) => string.Equals(Id, other.Id, global::System.StringComparison.Ordinal);

            /// <inheritdoc />
            public override bool Equals(object? obj) => obj is DemoDurationOption other && Equals(other);

            /// <inheritdoc />
            public override int GetHashCode() => global::System.StringComparer.Ordinal.GetHashCode(Id);

            /// <summary>The id.</summary>
            public override string ToString() => Id;

            /// <summary>Compares two options by id.</summary>
            public static bool operator ==(DemoDurationOption left, DemoDurationOption right) => left.Equals(right);

            /// <summary>Compares two options by id.</summary>
            public static bool operator !=(DemoDurationOption left, DemoDurationOption right) => !left.Equals(right);

            /// <summary>The id of the option.</summary>
            public static implicit operator string(DemoDurationOption option) => option.Id;

            /// <summary>Finds the constant of a listed id from its UTF-8 bytes (null for any other id): a listed id in a payload allocates no string.</summary>
            internal static readonly global::FlowTypes.Runtime.OptionIdLookup _listed = _listedId;

            private static string? _listedId(global::System.ReadOnlySpan<byte> utf8)
            {
                switch (global::FlowTypes.Runtime.FlowKeyHash.Hash(utf8))
                {
                    case 367583803u:
                    {
                        if (global::System.MemoryExtensions.SequenceEqual(utf8, _utf8Id1)) return Option60;
                        break;
                    }
                    case 2280673654u:
                    {
                        if (global::System.MemoryExtensions.SequenceEqual(utf8, _utf8Id0)) return Option30;
                        break;
                    }
                }

                return null;
            }

            // "30" in UTF-8
            private static global::System.ReadOnlySpan<byte> _utf8Id0 => new byte[] { 51, 48 };
            // "60" in UTF-8
            private static global::System.ReadOnlySpan<byte> _utf8Id1 => new byte[] { 54, 48 };
        }

        /// <summary>An option of the “Focus Areas for Demo” CheckboxGroup <c>demo_topics</c> on screen <c>SCHEDULE_DEMO</c>. The flow's ids are constants (usable in <c>switch</c> on <see cref="Id"/>); an id the flow does not list is kept, not rejected.</summary>
        public readonly struct DemoTopicsOption : global::System.IEquatable<DemoTopicsOption>
        {
            /// <summary>The option “API Overview &amp; Capabilities” (id <c>api_overview</c>).</summary>
            public const string ApiOverview = "api_overview";

            /// <summary>The option “Integration &amp; Technical Setup” (id <c>integration</c>).</summary>
            public const string Integration = "integration";

            /// <summary>The option “Pricing &amp; ROI” (id <c>pricing</c>).</summary>
            public const string Pricing = "pricing";

            /// <summary>The option “Compliance &amp; Security” (id <c>compliance</c>).</summary>
            public const string Compliance = "compliance";

            private readonly string? _id;

            /// <summary>Creates an option from its id.</summary>
            public DemoTopicsOption(string id) => _id = id ?? throw new global::System.ArgumentNullException(nameof(id));

            /// <summary>The id of the chosen option, exactly as the payload carried it.</summary>
            public string Id => _id ?? string.Empty;

            /// <summary>The option's title in the flow, or <see langword="null"/> for an id the flow does not list.</summary>
            public string? Title => Id switch
            {
                ApiOverview => "API Overview & Capabilities",
                Integration => "Integration & Technical Setup",
                Pricing => "Pricing & ROI",
                Compliance => "Compliance & Security",
                _ => null,
            };

            /// <summary>True when the flow lists this id.</summary>
            public bool IsKnown => Title is not null;

            /// <inheritdoc />
            public bool Equals(DemoTopicsOption other) => string.Equals(Id, other.Id, global::System.StringComparison.Ordinal);

            /// <inheritdoc />
            public override bool Equals(object? obj) => obj is DemoTopicsOption other && Equals(other);

            /// <inheritdoc />
            public override int GetHashCode() => global::System.StringComparer.Ordinal.GetHashCode(Id);

            /// <summary>The id.</summary>
            public override string ToString() => Id;

            /// <summary>Compares two options by id.</summary>
            public static bool operator ==(DemoTopicsOption left, DemoTopicsOption right) => left.Equals(right);

            /// <summary>Compares two options by id.</summary>
            public static bool operator !=(DemoTopicsOption left, DemoTopicsOption right) => !left.Equals(right);

            /// <summary>The id of the option.</summary>
            public static implicit operator string(DemoTopicsOption option) => option.Id;

            /// <summary>Finds the constant of a listed id from its UTF-8 bytes (null for any other id): a listed id in a payload allocates no string.</summary>
            internal static readonly global::FlowTypes.Runtime.OptionIdLookup _listed = _listedId;

            /// <summary>Maps a payload id to an option (used by the deserializer).</summary>
            internal static readonly global::System.Func<string, DemoTopicsOption> _fromId = static id => new DemoTopicsOption(id);

            private static string? _listedId(global::System.ReadOnlySpan<byte> utf8)
            {
                switch (global::FlowTypes.Runtime.FlowKeyHash.Hash(utf8))
                {
                    case 262818602u:
                    {
                        if (global::System.MemoryExtensions.SequenceEqual(utf8, _utf8Id3)) return Compliance;
                        break;
                    }
                    case 774837837u:
                    {
                        if (global::System.MemoryExtensions.SequenceEqual(utf8, _utf8Id2)) return Pricing;
                        break;
                    }
                    case 1587277323u:
                    {
                        if (global::System.MemoryExtensions.SequenceEqual(utf8, _utf8Id0)) return ApiOverview;
                        break;
                    }
                    case 2680004749u:
                    {
                        if (global::System.MemoryExtensions.SequenceEqual(utf8, _utf8Id1)) return Integration;
                        break;
                    }
                }

                return null;
            }

            // "api_overview" in UTF-8
            private static global::System.ReadOnlySpan<byte> _utf8Id0 => new byte[] { 97, 112, 105, 95, 111, 118, 101, 114, 118, 105, 101, 119 };
            // "integration" in UTF-8
            private static global::System.ReadOnlySpan<byte> _utf8Id1 => new byte[] { 105, 110, 116, 101, 103, 114, 97, 116, 105, 111, 110 };
            // "pricing" in UTF-8
            private static global::System.ReadOnlySpan<byte> _utf8Id2 => new byte[] { 112, 114, 105, 99, 105, 110, 103 };
            // "compliance" in UTF-8
            private static global::System.ReadOnlySpan<byte> _utf8Id3 => new byte[] { 99, 111, 109, 112, 108, 105, 97, 110, 99, 101 };
        }

        /// <summary>An option of the “How did you hear about us?” RadioButtonsGroup <c>how_heard</c> on screen <c>SCHEDULE_DEMO</c>. The flow's ids are constants (usable in <c>switch</c> on <see cref="Id"/>); an id the flow does not list is kept, not rejected.</summary>
        public readonly struct HowHeardOption : global::System.IEquatable<HowHeardOption>
        {
            /// <summary>The option “Google Search” (id <c>search</c>).</summary>
            public const string Search = "search";

            /// <summary>The option “Referral” (id <c>referral</c>).</summary>
            public const string Referral = "referral";

            /// <summary>The option “Event/Conference” (id <c>event</c>).</summary>
            public const string Event = "event";

            /// <summary>The option “Social Media” (id <c>social</c>).</summary>
            public const string Social = "social";

            /// <summary>The option “Other” (id <c>other</c>).</summary>
            public const string Other = "other";

            private readonly string? _id;

            /// <summary>Creates an option from its id.</summary>
            public HowHeardOption(string id) => _id = id ?? throw new global::System.ArgumentNullException(nameof(id));

            /// <summary>The id of the chosen option, exactly as the payload carried it.</summary>
            public string Id => _id ?? string.Empty;

            /// <summary>The option's title in the flow, or <see langword="null"/> for an id the flow does not list.</summary>
            public string? Title => Id switch
            {
                Search => "Google Search",
                Referral => "Referral",
                Event => "Event/Conference",
                Social => "Social Media",
                Other => "Other",
                _ => null,
            };

            /// <summary>True when the flow lists this id.</summary>
            public bool IsKnown => Title is not null;

            /// <inheritdoc />
            public bool Equals(HowHeardOption other) => string.Equals(Id, other.Id, global::System.StringComparison.Ordinal);

            /// <inheritdoc />
            public override bool Equals(object? obj) => obj is HowHeardOption other && Equals(other);

            /// <inheritdoc />
            public override int GetHashCode() => global::System.StringComparer.Ordinal.GetHashCode(Id);

            /// <summary>The id.</summary>
            public override string ToString() => Id;

            /// <summary>Compares two options by id.</summary>
            public static bool operator ==(HowHeardOption left, HowHeardOption right) => left.Equals(right);

            /// <summary>Compares two options by id.</summary>
            public static bool operator !=(HowHeardOption left, HowHeardOption right) => !left.Equals(right);

            /// <summary>The id of the option.</summary>
            public static implicit operator string(HowHeardOption option) => option.Id;

            /// <summary>Finds the constant of a listed id from its UTF-8 bytes (null for any other id): a listed id in a payload allocates no string.</summary>
            internal static readonly global::FlowTypes.Runtime.OptionIdLookup _listed = _listedId;

            private static string? _listedId(global::System.ReadOnlySpan<byte> utf8)
            {
                switch (global::FlowTypes.Runtime.FlowKeyHash.Hash(utf8))
                {
                    case 2150836393u:
                    {
                        if (global::System.MemoryExtensions.SequenceEqual(utf8, _utf8Id0)) return Search;
                        break;
                    }
                    case 2862118272u:
                    {
                        if (global::System.MemoryExtensions.SequenceEqual(utf8, _utf8Id1)) return Referral;
                        break;
                    }
                    case 3001865938u:
                    {
                        if (global::System.MemoryExtensions.SequenceEqual(utf8, _utf8Id3)) return Social;
                        break;
                    }
                    case 3363671541u:
                    {
                        if (global::System.MemoryExtensions.SequenceEqual(utf8, _utf8Id4)) return Other;
                        break;
                    }
                    case 4264611999u:
                    {
                        if (global::System.MemoryExtensions.SequenceEqual(utf8, _utf8Id2)) return Event;
                        break;
                    }
                }

                return null;
            }

            // "search" in UTF-8
            private static global::System.ReadOnlySpan<byte> _utf8Id0 => new byte[] { 115, 101, 97, 114, 99, 104 };
            // "referral" in UTF-8
            private static global::System.ReadOnlySpan<byte> _utf8Id1 => new byte[] { 114, 101, 102, 101, 114, 114, 97, 108 };
            // "event" in UTF-8
            private static global::System.ReadOnlySpan<byte> _utf8Id2 => new byte[] { 101, 118, 101, 110, 116 };
            // "social" in UTF-8
            private static global::System.ReadOnlySpan<byte> _utf8Id3 => new byte[] { 115, 111, 99, 105, 97, 108 };
            // "other" in UTF-8
            private static global::System.ReadOnlySpan<byte> _utf8Id4 => new byte[] { 111, 116, 104, 101, 114 };
        }
    }
}
