// Frozen copy of the reader FlowTypes generated before the table-driven reader (commit 506423e), kept only as
// the same-run benchmark baseline (ReaderBenchmarks: "506423e generated reader"); do not edit.
// Source: the FlowTypes generator at 506423e run on Flows/service-booking.flow.json; copied from obj/ (EmitCompilerGeneratedFiles)
// with only these changes: namespace FlowTypes.Benchmarks.Legacy; removed: the ServiceBookingFlow screen-id class, the
// [GeneratedCode] attributes and every entry point but the two UTF-8 Parse/TryParse (webhook and string overloads
// went through FlowEntryPoints, which the rewrite may change). The reading code (TryRead, KeyIndex, keys, option
// structs with their _listed/_fromId lookups) is byte-for-byte what 506423e generates.
#nullable enable

namespace FlowTypes.Benchmarks.Legacy
{
    /// <summary>The completion payload of flow <c>service-booking.flow.json</c>, sent when screen <c>SCHEDULE</c> completes.</summary>
    public sealed partial record ServiceBookingSubmission : global::FlowTypes.IFlowSubmission
    {
        /// <summary>The “Service Type” RadioButtonsGroup <c>service_type</c> on screen <c>SERVICE_TYPE</c>.</summary>
        /// <remarks>JSON key <c>service_type</c>; always present.</remarks>
        public ServiceTypeOption ServiceType { get; init; }

        /// <summary>The “Urgency Level” RadioButtonsGroup <c>urgency</c> on screen <c>SERVICE_TYPE</c>.</summary>
        /// <remarks>JSON key <c>urgency</c>; always present.</remarks>
        public UrgencyOption Urgency { get; init; }

        /// <summary>The “Street Address” TextInput <c>street_address</c> on screen <c>PROPERTY_INFO</c>.</summary>
        /// <remarks>JSON key <c>street_address</c>; always present.</remarks>
        public string StreetAddress { get; init; } = default!;

        /// <summary>The “Apt/Unit Number” TextInput <c>apt_unit</c> on screen <c>PROPERTY_INFO</c>.</summary>
        /// <remarks>JSON key <c>apt_unit</c>; may be absent.</remarks>
        public string? AptUnit { get; init; }

        /// <summary>The “City” TextInput <c>city</c> on screen <c>PROPERTY_INFO</c>.</summary>
        /// <remarks>JSON key <c>city</c>; always present.</remarks>
        public string City { get; init; } = default!;

        /// <summary>The “ZIP/Postal Code” TextInput <c>postal_code</c> on screen <c>PROPERTY_INFO</c>.</summary>
        /// <remarks>JSON key <c>postal_code</c>; always present.</remarks>
        public string PostalCode { get; init; } = default!;

        /// <summary>The “Property Type” RadioButtonsGroup <c>property_type</c> on screen <c>PROPERTY_INFO</c>.</summary>
        /// <remarks>JSON key <c>property_type</c>; always present.</remarks>
        public PropertyTypeOption PropertyType { get; init; }

        /// <summary>The “What's the issue?” TextArea <c>problem_description</c> on screen <c>PROBLEM_DETAILS</c>.</summary>
        /// <remarks>JSON key <c>problem_description</c>; always present.</remarks>
        public string ProblemDescription { get; init; } = default!;

        /// <summary>The “Upload Photo (Optional)” PhotoPicker <c>problem_photo</c> on screen <c>PROBLEM_DETAILS</c>.</summary>
        /// <remarks>JSON key <c>problem_photo</c>; may be absent.</remarks>
        public global::System.Collections.Generic.IReadOnlyList<global::FlowTypes.FlowMedia>? ProblemPhoto { get; init; }

        /// <summary>The “Special Access Requirements” CheckboxGroup <c>access_requirements</c> on screen <c>PROBLEM_DETAILS</c>.</summary>
        /// <remarks>JSON key <c>access_requirements</c>; may be absent.</remarks>
        public global::System.Collections.Generic.IReadOnlyList<AccessRequirementsOption>? AccessRequirements { get; init; }

        /// <summary>The “Preferred Date” DatePicker <c>preferred_date</c> on screen <c>SCHEDULE</c>.</summary>
        /// <remarks>JSON key <c>preferred_date</c>; always present.</remarks>
        public global::System.DateOnly PreferredDate { get; init; }

        /// <summary>The “Time Preference” RadioButtonsGroup <c>time_slot</c> on screen <c>SCHEDULE</c>.</summary>
        /// <remarks>JSON key <c>time_slot</c>; always present.</remarks>
        public TimeSlotOption TimeSlot { get; init; }

        /// <summary>The “Contact Name” TextInput <c>contact_name</c> on screen <c>SCHEDULE</c>.</summary>
        /// <remarks>JSON key <c>contact_name</c>; always present.</remarks>
        public string ContactName { get; init; } = default!;

        /// <summary>The “Contact Phone” TextInput <c>contact_phone</c> on screen <c>SCHEDULE</c>.</summary>
        /// <remarks>JSON key <c>contact_phone</c>; always present.</remarks>
        public string ContactPhone { get; init; } = default!;

        /// <summary>The “Email” TextInput <c>contact_email</c> on screen <c>SCHEDULE</c>.</summary>
        /// <remarks>JSON key <c>contact_email</c>; may be absent.</remarks>
        public string? ContactEmail { get; init; }

        /// <inheritdoc />
        public string? FlowToken { get; init; }

        /// <inheritdoc />
        public global::System.Collections.Generic.IReadOnlyDictionary<string, global::System.Text.Json.JsonElement> ExtensionData { get; init; } = global::FlowTypes.Runtime.FlowExtensionData.EmptyExtensionData;

        /// <summary>Parses UTF-8 <c>responseJson</c> bytes of a flow submission.</summary>
        /// <exception cref="global::FlowTypes.FlowParseException">The bytes are not a valid submission of this flow.</exception>
        public static ServiceBookingSubmission Parse(global::System.ReadOnlySpan<byte> utf8ResponseJson) =>
            TryRead(utf8ResponseJson, global::FlowTypes.FlowParseOptions.Default, string.Empty, out var submission, out var error) ? submission! : throw new global::FlowTypes.FlowParseException(error!);

        /// <summary>Parses UTF-8 <c>responseJson</c> bytes of a flow submission; never throws for bad input.</summary>
        public static bool TryParse(global::System.ReadOnlySpan<byte> utf8ResponseJson, [global::System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ServiceBookingSubmission? submission, out global::FlowTypes.FlowParseError? error) =>
            TryRead(utf8ResponseJson, global::FlowTypes.FlowParseOptions.Default, string.Empty, out submission, out error);

        /// <summary>Reads a <c>responseJson</c> document (UTF-8); used by the parse methods and the flow router.</summary>
        [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
        internal static bool TryRead(global::System.ReadOnlySpan<byte> json, global::FlowTypes.FlowParseOptions options, string pathPrefix, out ServiceBookingSubmission? value, out global::FlowTypes.FlowParseError? error)
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

                ServiceTypeOption? f0 = default;
                var has0 = false;
                UrgencyOption? f1 = default;
                var has1 = false;
                string? f2 = default;
                var has2 = false;
                string? f3 = default;
                var has3 = false;
                string? f4 = default;
                var has4 = false;
                string? f5 = default;
                var has5 = false;
                PropertyTypeOption? f6 = default;
                var has6 = false;
                string? f7 = default;
                var has7 = false;
                global::System.Collections.Generic.IReadOnlyList<global::FlowTypes.FlowMedia>? f8 = default;
                var has8 = false;
                global::System.Collections.Generic.IReadOnlyList<AccessRequirementsOption>? f9 = default;
                var has9 = false;
                global::System.DateOnly? f10 = default;
                var has10 = false;
                TimeSlotOption? f11 = default;
                var has11 = false;
                string? f12 = default;
                var has12 = false;
                string? f13 = default;
                var has13 = false;
                string? f14 = default;
                var has14 = false;
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
                                error = global::FlowTypes.Runtime.FlowParseErrors.DuplicateKey(pathPrefix, "service_type");
                                return false;
                            }
                            has0 = true;
                            reader.Read();
                            if (!global::FlowTypes.Runtime.FlowValueReader.TryReadOptionId(ref reader, ServiceTypeOption._listed, out var f0Id))
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.UnexpectedType(pathPrefix, "service_type", "an option id", reader.TokenType);
                                return false;
                            }
                            f0 = f0Id is null ? null : new ServiceTypeOption(f0Id);
                            next = 1;
                            continue;
                        }

                        case 1:
                        {
                            if (has1)
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.DuplicateKey(pathPrefix, "urgency");
                                return false;
                            }
                            has1 = true;
                            reader.Read();
                            if (!global::FlowTypes.Runtime.FlowValueReader.TryReadOptionId(ref reader, UrgencyOption._listed, out var f1Id))
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.UnexpectedType(pathPrefix, "urgency", "an option id", reader.TokenType);
                                return false;
                            }
                            f1 = f1Id is null ? null : new UrgencyOption(f1Id);
                            next = 2;
                            continue;
                        }

                        case 2:
                        {
                            if (has2)
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.DuplicateKey(pathPrefix, "street_address");
                                return false;
                            }
                            has2 = true;
                            reader.Read();
                            if (!global::FlowTypes.Runtime.FlowValueReader.TryReadString(ref reader, out f2))
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.UnexpectedType(pathPrefix, "street_address", "a string", reader.TokenType);
                                return false;
                            }
                            next = 3;
                            continue;
                        }

                        case 3:
                        {
                            if (has3)
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.DuplicateKey(pathPrefix, "apt_unit");
                                return false;
                            }
                            has3 = true;
                            reader.Read();
                            if (!global::FlowTypes.Runtime.FlowValueReader.TryReadString(ref reader, out f3))
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.UnexpectedType(pathPrefix, "apt_unit", "a string", reader.TokenType);
                                return false;
                            }
                            next = 4;
                            continue;
                        }

                        case 4:
                        {
                            if (has4)
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.DuplicateKey(pathPrefix, "city");
                                return false;
                            }
                            has4 = true;
                            reader.Read();
                            if (!global::FlowTypes.Runtime.FlowValueReader.TryReadString(ref reader, out f4))
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.UnexpectedType(pathPrefix, "city", "a string", reader.TokenType);
                                return false;
                            }
                            next = 5;
                            continue;
                        }

                        case 5:
                        {
                            if (has5)
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.DuplicateKey(pathPrefix, "postal_code");
                                return false;
                            }
                            has5 = true;
                            reader.Read();
                            if (!global::FlowTypes.Runtime.FlowValueReader.TryReadString(ref reader, out f5))
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.UnexpectedType(pathPrefix, "postal_code", "a string", reader.TokenType);
                                return false;
                            }
                            next = 6;
                            continue;
                        }

                        case 6:
                        {
                            if (has6)
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.DuplicateKey(pathPrefix, "property_type");
                                return false;
                            }
                            has6 = true;
                            reader.Read();
                            if (!global::FlowTypes.Runtime.FlowValueReader.TryReadOptionId(ref reader, PropertyTypeOption._listed, out var f6Id))
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.UnexpectedType(pathPrefix, "property_type", "an option id", reader.TokenType);
                                return false;
                            }
                            f6 = f6Id is null ? null : new PropertyTypeOption(f6Id);
                            next = 7;
                            continue;
                        }

                        case 7:
                        {
                            if (has7)
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.DuplicateKey(pathPrefix, "problem_description");
                                return false;
                            }
                            has7 = true;
                            reader.Read();
                            if (!global::FlowTypes.Runtime.FlowValueReader.TryReadString(ref reader, out f7))
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.UnexpectedType(pathPrefix, "problem_description", "a string", reader.TokenType);
                                return false;
                            }
                            next = 8;
                            continue;
                        }

                        case 8:
                        {
                            if (has8)
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.DuplicateKey(pathPrefix, "problem_photo");
                                return false;
                            }
                            has8 = true;
                            reader.Read();
                            if (!global::FlowTypes.Runtime.FlowValueReader.TryReadMedia(ref reader, out f8))
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.UnexpectedType(pathPrefix, "problem_photo", "an array of files", reader.TokenType);
                                return false;
                            }
                            next = 9;
                            continue;
                        }

                        case 9:
                        {
                            if (has9)
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.DuplicateKey(pathPrefix, "access_requirements");
                                return false;
                            }
                            has9 = true;
                            reader.Read();
                            if (!global::FlowTypes.Runtime.FlowValueReader.TryReadList(ref reader, AccessRequirementsOption._listed, AccessRequirementsOption._fromId, out f9))
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.UnexpectedType(pathPrefix, "access_requirements", "an array of option ids", reader.TokenType);
                                return false;
                            }
                            next = 10;
                            continue;
                        }

                        case 10:
                        {
                            if (has10)
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.DuplicateKey(pathPrefix, "preferred_date");
                                return false;
                            }
                            has10 = true;
                            reader.Read();
                            if (!global::FlowTypes.Runtime.FlowValueReader.TryReadDate(ref reader, out f10))
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.UnexpectedType(pathPrefix, "preferred_date", "a date (YYYY-MM-DD)", reader.TokenType);
                                return false;
                            }
                            next = 11;
                            continue;
                        }

                        case 11:
                        {
                            if (has11)
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.DuplicateKey(pathPrefix, "time_slot");
                                return false;
                            }
                            has11 = true;
                            reader.Read();
                            if (!global::FlowTypes.Runtime.FlowValueReader.TryReadOptionId(ref reader, TimeSlotOption._listed, out var f11Id))
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.UnexpectedType(pathPrefix, "time_slot", "an option id", reader.TokenType);
                                return false;
                            }
                            f11 = f11Id is null ? null : new TimeSlotOption(f11Id);
                            next = 12;
                            continue;
                        }

                        case 12:
                        {
                            if (has12)
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.DuplicateKey(pathPrefix, "contact_name");
                                return false;
                            }
                            has12 = true;
                            reader.Read();
                            if (!global::FlowTypes.Runtime.FlowValueReader.TryReadString(ref reader, out f12))
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.UnexpectedType(pathPrefix, "contact_name", "a string", reader.TokenType);
                                return false;
                            }
                            next = 13;
                            continue;
                        }

                        case 13:
                        {
                            if (has13)
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.DuplicateKey(pathPrefix, "contact_phone");
                                return false;
                            }
                            has13 = true;
                            reader.Read();
                            if (!global::FlowTypes.Runtime.FlowValueReader.TryReadString(ref reader, out f13))
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.UnexpectedType(pathPrefix, "contact_phone", "a string", reader.TokenType);
                                return false;
                            }
                            next = 14;
                            continue;
                        }

                        case 14:
                        {
                            if (has14)
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.DuplicateKey(pathPrefix, "contact_email");
                                return false;
                            }
                            has14 = true;
                            reader.Read();
                            if (!global::FlowTypes.Runtime.FlowValueReader.TryReadString(ref reader, out f14))
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.UnexpectedType(pathPrefix, "contact_email", "a string", reader.TokenType);
                                return false;
                            }
                            next = 15;
                            continue;
                        }

                        case 15:
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
                            next = 16;
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
                    error = global::FlowTypes.Runtime.FlowParseErrors.MissingField(pathPrefix, "service_type", "service-booking.flow.json");
                    return false;
                }
                if (f1 is null)
                {
                    error = global::FlowTypes.Runtime.FlowParseErrors.MissingField(pathPrefix, "urgency", "service-booking.flow.json");
                    return false;
                }
                if (f2 is null)
                {
                    error = global::FlowTypes.Runtime.FlowParseErrors.MissingField(pathPrefix, "street_address", "service-booking.flow.json");
                    return false;
                }
                if (f4 is null)
                {
                    error = global::FlowTypes.Runtime.FlowParseErrors.MissingField(pathPrefix, "city", "service-booking.flow.json");
                    return false;
                }
                if (f5 is null)
                {
                    error = global::FlowTypes.Runtime.FlowParseErrors.MissingField(pathPrefix, "postal_code", "service-booking.flow.json");
                    return false;
                }
                if (f6 is null)
                {
                    error = global::FlowTypes.Runtime.FlowParseErrors.MissingField(pathPrefix, "property_type", "service-booking.flow.json");
                    return false;
                }
                if (f7 is null)
                {
                    error = global::FlowTypes.Runtime.FlowParseErrors.MissingField(pathPrefix, "problem_description", "service-booking.flow.json");
                    return false;
                }
                if (f10 is null)
                {
                    error = global::FlowTypes.Runtime.FlowParseErrors.MissingField(pathPrefix, "preferred_date", "service-booking.flow.json");
                    return false;
                }
                if (f11 is null)
                {
                    error = global::FlowTypes.Runtime.FlowParseErrors.MissingField(pathPrefix, "time_slot", "service-booking.flow.json");
                    return false;
                }
                if (f12 is null)
                {
                    error = global::FlowTypes.Runtime.FlowParseErrors.MissingField(pathPrefix, "contact_name", "service-booking.flow.json");
                    return false;
                }
                if (f13 is null)
                {
                    error = global::FlowTypes.Runtime.FlowParseErrors.MissingField(pathPrefix, "contact_phone", "service-booking.flow.json");
                    return false;
                }
                value = new ServiceBookingSubmission
                {
                    ServiceType = f0.Value,
                    Urgency = f1.Value,
                    StreetAddress = f2!,
                    AptUnit = f3,
                    City = f4!,
                    PostalCode = f5!,
                    PropertyType = f6.Value,
                    ProblemDescription = f7!,
                    ProblemPhoto = f8,
                    AccessRequirements = f9,
                    PreferredDate = f10.Value,
                    TimeSlot = f11.Value,
                    ContactName = f12!,
                    ContactPhone = f13!,
                    ContactEmail = f14,
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
                _ => false,
            };
            if (isExpected) return expected;

            switch (global::FlowTypes.Runtime.FlowKeyHash.Hash(name))
            {
                case 230981954u:
                {
                    if (global::System.MemoryExtensions.SequenceEqual(name, _utf8Key4)) return 4;
                    break;
                }
                case 687481057u:
                {
                    if (global::System.MemoryExtensions.SequenceEqual(name, _utf8Key2)) return 2;
                    break;
                }
                case 709532206u:
                {
                    if (global::System.MemoryExtensions.SequenceEqual(name, _utf8Key5)) return 5;
                    break;
                }
                case 718604909u:
                {
                    if (global::System.MemoryExtensions.SequenceEqual(name, _utf8Key7)) return 7;
                    break;
                }
                case 1618473679u:
                {
                    if (global::System.MemoryExtensions.SequenceEqual(name, _utf8Key3)) return 3;
                    break;
                }
                case 2440538727u:
                {
                    if (global::System.MemoryExtensions.SequenceEqual(name, _utf8Key10)) return 10;
                    break;
                }
                case 2620233001u:
                {
                    if (global::System.MemoryExtensions.SequenceEqual(name, _utf8Key0)) return 0;
                    break;
                }
                case 2836817712u:
                {
                    if (global::System.MemoryExtensions.SequenceEqual(name, _utf8Key13)) return 13;
                    break;
                }
                case 3037413679u:
                {
                    if (global::System.MemoryExtensions.SequenceEqual(name, _utf8Key12)) return 12;
                    break;
                }
                case 3342224567u:
                {
                    if (global::System.MemoryExtensions.SequenceEqual(name, _utf8Key8)) return 8;
                    break;
                }
                case 3557112709u:
                {
                    if (global::System.MemoryExtensions.SequenceEqual(name, _utf8Key11)) return 11;
                    break;
                }
                case 3749352157u:
                {
                    if (global::System.MemoryExtensions.SequenceEqual(name, _utf8Key6)) return 6;
                    break;
                }
                case 3915349644u:
                {
                    if (global::System.MemoryExtensions.SequenceEqual(name, _utf8Key9)) return 9;
                    break;
                }
                case 4018738219u:
                {
                    if (global::System.MemoryExtensions.SequenceEqual(name, _utf8Key15)) return 15;
                    break;
                }
                case 4075768396u:
                {
                    if (global::System.MemoryExtensions.SequenceEqual(name, _utf8Key14)) return 14;
                    break;
                }
                case 4087552372u:
                {
                    if (global::System.MemoryExtensions.SequenceEqual(name, _utf8Key1)) return 1;
                    break;
                }
            }

            return -1;
        }

        // "service_type" in UTF-8
        private static global::System.ReadOnlySpan<byte> _utf8Key0 => new byte[] { 115, 101, 114, 118, 105, 99, 101, 95, 116, 121, 112, 101 };
        // "urgency" in UTF-8
        private static global::System.ReadOnlySpan<byte> _utf8Key1 => new byte[] { 117, 114, 103, 101, 110, 99, 121 };
        // "street_address" in UTF-8
        private static global::System.ReadOnlySpan<byte> _utf8Key2 => new byte[] { 115, 116, 114, 101, 101, 116, 95, 97, 100, 100, 114, 101, 115, 115 };
        // "apt_unit" in UTF-8
        private static global::System.ReadOnlySpan<byte> _utf8Key3 => new byte[] { 97, 112, 116, 95, 117, 110, 105, 116 };
        // "city" in UTF-8
        private static global::System.ReadOnlySpan<byte> _utf8Key4 => new byte[] { 99, 105, 116, 121 };
        // "postal_code" in UTF-8
        private static global::System.ReadOnlySpan<byte> _utf8Key5 => new byte[] { 112, 111, 115, 116, 97, 108, 95, 99, 111, 100, 101 };
        // "property_type" in UTF-8
        private static global::System.ReadOnlySpan<byte> _utf8Key6 => new byte[] { 112, 114, 111, 112, 101, 114, 116, 121, 95, 116, 121, 112, 101 };
        // "problem_description" in UTF-8
        private static global::System.ReadOnlySpan<byte> _utf8Key7 => new byte[] { 112, 114, 111, 98, 108, 101, 109, 95, 100, 101, 115, 99, 114, 105, 112, 116, 105, 111, 110 };
        // "problem_photo" in UTF-8
        private static global::System.ReadOnlySpan<byte> _utf8Key8 => new byte[] { 112, 114, 111, 98, 108, 101, 109, 95, 112, 104, 111, 116, 111 };
        // "access_requirements" in UTF-8
        private static global::System.ReadOnlySpan<byte> _utf8Key9 => new byte[] { 97, 99, 99, 101, 115, 115, 95, 114, 101, 113, 117, 105, 114, 101, 109, 101, 110, 116, 115 };
        // "preferred_date" in UTF-8
        private static global::System.ReadOnlySpan<byte> _utf8Key10 => new byte[] { 112, 114, 101, 102, 101, 114, 114, 101, 100, 95, 100, 97, 116, 101 };
        // "time_slot" in UTF-8
        private static global::System.ReadOnlySpan<byte> _utf8Key11 => new byte[] { 116, 105, 109, 101, 95, 115, 108, 111, 116 };
        // "contact_name" in UTF-8
        private static global::System.ReadOnlySpan<byte> _utf8Key12 => new byte[] { 99, 111, 110, 116, 97, 99, 116, 95, 110, 97, 109, 101 };
        // "contact_phone" in UTF-8
        private static global::System.ReadOnlySpan<byte> _utf8Key13 => new byte[] { 99, 111, 110, 116, 97, 99, 116, 95, 112, 104, 111, 110, 101 };
        // "contact_email" in UTF-8
        private static global::System.ReadOnlySpan<byte> _utf8Key14 => new byte[] { 99, 111, 110, 116, 97, 99, 116, 95, 101, 109, 97, 105, 108 };
        // "flow_token" in UTF-8
        private static global::System.ReadOnlySpan<byte> _utf8Key15 => new byte[] { 102, 108, 111, 119, 95, 116, 111, 107, 101, 110 };

        /// <summary>An option of the “Service Type” RadioButtonsGroup <c>service_type</c> on screen <c>SERVICE_TYPE</c>. The flow's ids are constants (usable in <c>switch</c> on <see cref="Id"/>); an id the flow does not list is kept, not rejected.</summary>
        public readonly struct ServiceTypeOption : global::System.IEquatable<ServiceTypeOption>
        {
            /// <summary>The option “Plumbing” (id <c>plumbing</c>).</summary>
            public const string Plumbing = "plumbing";

            /// <summary>The option “Electrical” (id <c>electrical</c>).</summary>
            public const string Electrical = "electrical";

            /// <summary>The option “HVAC/Heating” (id <c>hvac</c>).</summary>
            public const string Hvac = "hvac";

            /// <summary>The option “Appliance Repair” (id <c>appliance</c>).</summary>
            public const string Appliance = "appliance";

            private readonly string? _id;

            /// <summary>Creates an option from its id.</summary>
            public ServiceTypeOption(string id) => _id = id ?? throw new global::System.ArgumentNullException(nameof(id));

            /// <summary>The id of the chosen option, exactly as the payload carried it.</summary>
            public string Id => _id ?? string.Empty;

            /// <summary>The option's title in the flow, or <see langword="null"/> for an id the flow does not list.</summary>
            public string? Title => Id switch
            {
                Plumbing => "Plumbing",
                Electrical => "Electrical",
                Hvac => "HVAC/Heating",
                Appliance => "Appliance Repair",
                _ => null,
            };

            /// <summary>True when the flow lists this id.</summary>
            public bool IsKnown => Title is not null;

            /// <inheritdoc />
            public bool Equals(ServiceTypeOption other) => string.Equals(Id, other.Id, global::System.StringComparison.Ordinal);

            /// <inheritdoc />
            public override bool Equals(object? obj) => obj is ServiceTypeOption other && Equals(other);

            /// <inheritdoc />
            public override int GetHashCode() => global::System.StringComparer.Ordinal.GetHashCode(Id);

            /// <summary>The id.</summary>
            public override string ToString() => Id;

            /// <summary>Compares two options by id.</summary>
            public static bool operator ==(ServiceTypeOption left, ServiceTypeOption right) => left.Equals(right);

            /// <summary>Compares two options by id.</summary>
            public static bool operator !=(ServiceTypeOption left, ServiceTypeOption right) => !left.Equals(right);

            /// <summary>The id of the option.</summary>
            public static implicit operator string(ServiceTypeOption option) => option.Id;

            /// <summary>Finds the constant of a listed id from its UTF-8 bytes (null for any other id): a listed id in a payload allocates no string.</summary>
            internal static readonly global::FlowTypes.Runtime.OptionIdLookup _listed = _listedId;

            private static string? _listedId(global::System.ReadOnlySpan<byte> utf8)
            {
                switch (global::FlowTypes.Runtime.FlowKeyHash.Hash(utf8))
                {
                    case 171487981u:
                    {
                        if (global::System.MemoryExtensions.SequenceEqual(utf8, _utf8Id0)) return Plumbing;
                        break;
                    }
                    case 392304900u:
                    {
                        if (global::System.MemoryExtensions.SequenceEqual(utf8, _utf8Id3)) return Appliance;
                        break;
                    }
                    case 2113310899u:
                    {
                        if (global::System.MemoryExtensions.SequenceEqual(utf8, _utf8Id1)) return Electrical;
                        break;
                    }
                    case 4208305135u:
                    {
                        if (global::System.MemoryExtensions.SequenceEqual(utf8, _utf8Id2)) return Hvac;
                        break;
                    }
                }

                return null;
            }

            // "plumbing" in UTF-8
            private static global::System.ReadOnlySpan<byte> _utf8Id0 => new byte[] { 112, 108, 117, 109, 98, 105, 110, 103 };
            // "electrical" in UTF-8
            private static global::System.ReadOnlySpan<byte> _utf8Id1 => new byte[] { 101, 108, 101, 99, 116, 114, 105, 99, 97, 108 };
            // "hvac" in UTF-8
            private static global::System.ReadOnlySpan<byte> _utf8Id2 => new byte[] { 104, 118, 97, 99 };
            // "appliance" in UTF-8
            private static global::System.ReadOnlySpan<byte> _utf8Id3 => new byte[] { 97, 112, 112, 108, 105, 97, 110, 99, 101 };
        }

        /// <summary>An option of the “Urgency Level” RadioButtonsGroup <c>urgency</c> on screen <c>SERVICE_TYPE</c>. The flow's ids are constants (usable in <c>switch</c> on <see cref="Id"/>); an id the flow does not list is kept, not rejected.</summary>
        public readonly struct UrgencyOption : global::System.IEquatable<UrgencyOption>
        {
            /// <summary>The option “Emergency (Same Day)” (id <c>emergency</c>).</summary>
            public const string Emergency = "emergency";

            /// <summary>The option “Urgent (1-2 days)” (id <c>urgent</c>).</summary>
            public const string Urgent = "urgent";

            /// <summary>The option “Standard (3-5 days)” (id <c>standard</c>).</summary>
            public const string Standard = "standard";

            private readonly string? _id;

            /// <summary>Creates an option from its id.</summary>
            public UrgencyOption(string id) => _id = id ?? throw new global::System.ArgumentNullException(nameof(id));

            /// <summary>The id of the chosen option, exactly as the payload carried it.</summary>
            public string Id => _id ?? string.Empty;

            /// <summary>The option's title in the flow, or <see langword="null"/> for an id the flow does not list.</summary>
            public string? Title => Id switch
            {
                Emergency => "Emergency (Same Day)",
                Urgent => "Urgent (1-2 days)",
                Standard => "Standard (3-5 days)",
                _ => null,
            };

            /// <summary>True when the flow lists this id.</summary>
            public bool IsKnown => Title is not null;

            /// <inheritdoc />
            public bool Equals(UrgencyOption other) => string.Equals(Id, other.Id, global::System.StringComparison.Ordinal);

            /// <inheritdoc />
            public override bool Equals(object? obj) => obj is UrgencyOption other && Equals(other);

            /// <inheritdoc />
            public override int GetHashCode() => global::System.StringComparer.Ordinal.GetHashCode(Id);

            /// <summary>The id.</summary>
            public override string ToString() => Id;

            /// <summary>Compares two options by id.</summary>
            public static bool operator ==(UrgencyOption left, UrgencyOption right) => left.Equals(right);

            /// <summary>Compares two options by id.</summary>
            public static bool operator !=(UrgencyOption left, UrgencyOption right) => !left.Equals(right);

            /// <summary>The id of the option.</summary>
            public static implicit operator string(UrgencyOption option) => option.Id;

            /// <summary>Finds the constant of a listed id from its UTF-8 bytes (null for any other id): a listed id in a payload allocates no string.</summary>
            internal static readonly global::FlowTypes.Runtime.OptionIdLookup _listed = _listedId;

            private static string? _listedId(global::System.ReadOnlySpan<byte> utf8)
            {
                switch (global::FlowTypes.Runtime.FlowKeyHash.Hash(utf8))
                {
                    case 63526728u:
                    {
                        if (global::System.MemoryExtensions.SequenceEqual(utf8, _utf8Id2)) return Standard;
                        break;
                    }
                    case 1714636656u:
                    {
                        if (global::System.MemoryExtensions.SequenceEqual(utf8, _utf8Id1)) return Urgent;
                        break;
                    }
                    case 1967536450u:
                    {
                        if (global::System.MemoryExtensions.SequenceEqual(utf8, _utf8Id0)) return Emergency;
                        break;
                    }
                }

                return null;
            }

            // "emergency" in UTF-8
            private static global::System.ReadOnlySpan<byte> _utf8Id0 => new byte[] { 101, 109, 101, 114, 103, 101, 110, 99, 121 };
            // "urgent" in UTF-8
            private static global::System.ReadOnlySpan<byte> _utf8Id1 => new byte[] { 117, 114, 103, 101, 110, 116 };
            // "standard" in UTF-8
            private static global::System.ReadOnlySpan<byte> _utf8Id2 => new byte[] { 115, 116, 97, 110, 100, 97, 114, 100 };
        }

        /// <summary>An option of the “Property Type” RadioButtonsGroup <c>property_type</c> on screen <c>PROPERTY_INFO</c>. The flow's ids are constants (usable in <c>switch</c> on <see cref="Id"/>); an id the flow does not list is kept, not rejected.</summary>
        public readonly struct PropertyTypeOption : global::System.IEquatable<PropertyTypeOption>
        {
            /// <summary>The option “Residential Home” (id <c>residential</c>).</summary>
            public const string Residential = "residential";

            /// <summary>The option “Apartment/Condo” (id <c>apartment</c>).</summary>
            public const string Apartment = "apartment";

            /// <summary>The option “Commercial Property” (id <c>commercial</c>).</summary>
            public const string Commercial = "commercial";

            private readonly string? _id;

            /// <summary>Creates an option from its id.</summary>
            public PropertyTypeOption(string id) => _id = id ?? throw new global::System.ArgumentNullException(nameof(id));

            /// <summary>The id of the chosen option, exactly as the payload carried it.</summary>
            public string Id => _id ?? string.Empty;

            /// <summary>The option's title in the flow, or <see langword="null"/> for an id the flow does not list.</summary>
            public string? Title => Id switch
            {
                Residential => "Residential Home",
                Apartment => "Apartment/Condo",
                Commercial => "Commercial Property",
                _ => null,
            };

            /// <summary>True when the flow lists this id.</summary>
            public bool IsKnown => Title is not null;

            /// <inheritdoc />
            public bool Equals(PropertyTypeOption other) => string.Equals(Id, other.Id, global::System.StringComparison.Ordinal);

            /// <inheritdoc />
            public override bool Equals(object? obj) => obj is PropertyTypeOption other && Equals(other);

            /// <inheritdoc />
            public override int GetHashCode() => global::System.StringComparer.Ordinal.GetHashCode(Id);

            /// <summary>The id.</summary>
            public override string ToString() => Id;

            /// <summary>Compares two options by id.</summary>
            public static bool operator ==(PropertyTypeOption left, PropertyTypeOption right) => left.Equals(right);

            /// <summary>Compares two options by id.</summary>
            public static bool operator !=(PropertyTypeOption left, PropertyTypeOption right) => !left.Equals(right);

            /// <summary>The id of the option.</summary>
            public static implicit operator string(PropertyTypeOption option) => option.Id;

            /// <summary>Finds the constant of a listed id from its UTF-8 bytes (null for any other id): a listed id in a payload allocates no string.</summary>
            internal static readonly global::FlowTypes.Runtime.OptionIdLookup _listed = _listedId;

            private static string? _listedId(global::System.ReadOnlySpan<byte> utf8)
            {
                switch (global::FlowTypes.Runtime.FlowKeyHash.Hash(utf8))
                {
                    case 908164533u:
                    {
                        if (global::System.MemoryExtensions.SequenceEqual(utf8, _utf8Id0)) return Residential;
                        break;
                    }
                    case 2982334097u:
                    {
                        if (global::System.MemoryExtensions.SequenceEqual(utf8, _utf8Id1)) return Apartment;
                        break;
                    }
                    case 3157532579u:
                    {
                        if (global::System.MemoryExtensions.SequenceEqual(utf8, _utf8Id2)) return Commercial;
                        break;
                    }
                }

                return null;
            }

            // "residential" in UTF-8
            private static global::System.ReadOnlySpan<byte> _utf8Id0 => new byte[] { 114, 101, 115, 105, 100, 101, 110, 116, 105, 97, 108 };
            // "apartment" in UTF-8
            private static global::System.ReadOnlySpan<byte> _utf8Id1 => new byte[] { 97, 112, 97, 114, 116, 109, 101, 110, 116 };
            // "commercial" in UTF-8
            private static global::System.ReadOnlySpan<byte> _utf8Id2 => new byte[] { 99, 111, 109, 109, 101, 114, 99, 105, 97, 108 };
        }

        /// <summary>An option of the “Special Access Requirements” CheckboxGroup <c>access_requirements</c> on screen <c>PROBLEM_DETAILS</c>. The flow's ids are constants (usable in <c>switch</c> on <see cref="Id"/>); an id the flow does not list is kept, not rejected.</summary>
        public readonly struct AccessRequirementsOption : global::System.IEquatable<AccessRequirementsOption>
        {
            /// <summary>The option “Building/Gate Code Required” (id <c>building_code</c>).</summary>
            public const string BuildingCode = "building_code";

            /// <summary>The option “Call Before Arrival” (id <c>contact_first</c>).</summary>
            public const string ContactFirst = "contact_first";

            /// <summary>The option “Pets On-Site” (id <c>pets</c>).</summary>
            public const string Pets = "pets";

            private readonly string? _id;

            /// <summary>Creates an option from its id.</summary>
            public AccessRequirementsOption(string id) => _id = id ?? throw new global::System.ArgumentNullException(nameof(id));

            /// <summary>The id of the chosen option, exactly as the payload carried it.</summary>
            public string Id => _id ?? string.Empty;

            /// <summary>The option's title in the flow, or <see langword="null"/> for an id the flow does not list.</summary>
            public string? Title => Id switch
            {
                BuildingCode => "Building/Gate Code Required",
                ContactFirst => "Call Before Arrival",
                Pets => "Pets On-Site",
                _ => null,
            };

            /// <summary>True when the flow lists this id.</summary>
            public bool IsKnown => Title is not null;

            /// <inheritdoc />
            public bool Equals(AccessRequirementsOption other) => string.Equals(Id, other.Id, global::System.StringComparison.Ordinal);

            /// <inheritdoc />
            public override bool Equals(object? obj) => obj is AccessRequirementsOption other && Equals(other);

            /// <inheritdoc />
            public override int GetHashCode() => global::System.StringComparer.Ordinal.GetHashCode(Id);

            /// <summary>The id.</summary>
            public override string ToString() => Id;

            /// <summary>Compares two options by id.</summary>
            public static bool operator ==(AccessRequirementsOption left, AccessRequirementsOption right) => left.Equals(right);

            /// <summary>Compares two options by id.</summary>
            public static bool operator !=(AccessRequirementsOption left, AccessRequirementsOption right) => !left.Equals(right);

            /// <summary>The id of the option.</summary>
            public static implicit operator string(AccessRequirementsOption option) => option.Id;

            /// <summary>Finds the constant of a listed id from its UTF-8 bytes (null for any other id): a listed id in a payload allocates no string.</summary>
            internal static readonly global::FlowTypes.Runtime.OptionIdLookup _listed = _listedId;

            /// <summary>Maps a payload id to an option (used by the deserializer).</summary>
            internal static readonly global::System.Func<string, AccessRequirementsOption> _fromId = static id => new AccessRequirementsOption(id);

            private static string? _listedId(global::System.ReadOnlySpan<byte> utf8)
            {
                switch (global::FlowTypes.Runtime.FlowKeyHash.Hash(utf8))
                {
                    case 2249395114u:
                    {
                        if (global::System.MemoryExtensions.SequenceEqual(utf8, _utf8Id1)) return ContactFirst;
                        break;
                    }
                    case 2394838243u:
                    {
                        if (global::System.MemoryExtensions.SequenceEqual(utf8, _utf8Id0)) return BuildingCode;
                        break;
                    }
                    case 3471463031u:
                    {
                        if (global::System.MemoryExtensions.SequenceEqual(utf8, _utf8Id2)) return Pets;
                        break;
                    }
                }

                return null;
            }

            // "building_code" in UTF-8
            private static global::System.ReadOnlySpan<byte> _utf8Id0 => new byte[] { 98, 117, 105, 108, 100, 105, 110, 103, 95, 99, 111, 100, 101 };
            // "contact_first" in UTF-8
            private static global::System.ReadOnlySpan<byte> _utf8Id1 => new byte[] { 99, 111, 110, 116, 97, 99, 116, 95, 102, 105, 114, 115, 116 };
            // "pets" in UTF-8
            private static global::System.ReadOnlySpan<byte> _utf8Id2 => new byte[] { 112, 101, 116, 115 };
        }

        /// <summary>An option of the “Time Preference” RadioButtonsGroup <c>time_slot</c> on screen <c>SCHEDULE</c>. The flow's ids are constants (usable in <c>switch</c> on <see cref="Id"/>); an id the flow does not list is kept, not rejected.</summary>
        public readonly struct TimeSlotOption : global::System.IEquatable<TimeSlotOption>
        {
            /// <summary>The option “Morning (8AM-12PM)” (id <c>morning</c>).</summary>
            public const string Morning = "morning";

            /// <summary>The option “Afternoon (12PM-4PM)” (id <c>afternoon</c>).</summary>
            public const string Afternoon = "afternoon";

            /// <summary>The option “Evening (4PM-8PM)” (id <c>evening</c>).</summary>
            public const string Evening = "evening";

            private readonly string? _id;

            /// <summary>Creates an option from its id.</summary>
            public TimeSlotOption(string id) => _id = id ?? throw new global::System.ArgumentNullException(nameof(id));

            /// <summary>The id of the chosen option, exactly as the payload carried it.</summary>
            public string Id => _id ?? string.Empty;

            /// <summary>The option's title in the flow, or <see langword="null"/> for an id the flow does not list.</summary>
            public string? Title => Id switch
            {
                Morning => "Morning (8AM-12PM)",
                Afternoon => "Afternoon (12PM-4PM)",
                Evening => "Evening (4PM-8PM)",
                _ => null,
            };

            /// <summary>True when the flow lists this id.</summary>
            public bool IsKnown => Title is not null;

            /// <inheritdoc />
            public bool Equals(TimeSlotOption other) => string.Equals(Id, other.Id, global::System.StringComparison.Ordinal);

            /// <inheritdoc />
            public override bool Equals(object? obj) => obj is TimeSlotOption other && Equals(other);

            /// <inheritdoc />
            public override int GetHashCode() => global::System.StringComparer.Ordinal.GetHashCode(Id);

            /// <summary>The id.</summary>
            public override string ToString() => Id;

            /// <summary>Compares two options by id.</summary>
            public static bool operator ==(TimeSlotOption left, TimeSlotOption right) => left.Equals(right);

            /// <summary>Compares two options by id.</summary>
            public static bool operator !=(TimeSlotOption left, TimeSlotOption right) => !left.Equals(right);

            /// <summary>The id of the option.</summary>
            public static implicit operator string(TimeSlotOption option) => option.Id;

            /// <summary>Finds the constant of a listed id from its UTF-8 bytes (null for any other id): a listed id in a payload allocates no string.</summary>
            internal static readonly global::FlowTypes.Runtime.OptionIdLookup _listed = _listedId;

            private static string? _listedId(global::System.ReadOnlySpan<byte> utf8)
            {
                switch (global::FlowTypes.Runtime.FlowKeyHash.Hash(utf8))
                {
                    case 2084536623u:
                    {
                        if (global::System.MemoryExtensions.SequenceEqual(utf8, _utf8Id0)) return Morning;
                        break;
                    }
                    case 2888069655u:
                    {
                        if (global::System.MemoryExtensions.SequenceEqual(utf8, _utf8Id1)) return Afternoon;
                        break;
                    }
                    case 3283629103u:
                    {
                        if (global::System.MemoryExtensions.SequenceEqual(utf8, _utf8Id2)) return Evening;
                        break;
                    }
                }

                return null;
            }

            // "morning" in UTF-8
            private static global::System.ReadOnlySpan<byte> _utf8Id0 => new byte[] { 109, 111, 114, 110, 105, 110, 103 };
            // "afternoon" in UTF-8
            private static global::System.ReadOnlySpan<byte> _utf8Id1 => new byte[] { 97, 102, 116, 101, 114, 110, 111, 111, 110 };
            // "evening" in UTF-8
            private static global::System.ReadOnlySpan<byte> _utf8Id2 => new byte[] { 101, 118, 101, 110, 105, 110, 103 };
        }
    }
}
