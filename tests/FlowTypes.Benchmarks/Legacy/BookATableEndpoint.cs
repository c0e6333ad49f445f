// Frozen copy of the endpoint handler FlowTypes generated before the request classifier moved into the runtime
// (commit 1a20bae), kept only as the same-run benchmark baseline (EndpointBenchmarks: "1a20bae generated handler");
// do not edit. Source: the FlowTypes generator at 1a20bae run on tests/TestData/endpoint-vectors/book_a_table.flow.json
// (the baselines BookATable.Endpoint.g.cs.txt and BookATable.Endpoint.Reader.g.cs.txt of that commit, both parts of
// the partial class in this one file) with two changes: namespace FlowTypes.Benchmarks.Legacy, and the one choice
// field's factory builds its option from the id (the runtime's generic FlowPayloadValues.Option was removed when the
// generator stopped calling it; the reader factory is not part of the comparison). The dispatch and
// the classifier (HandleAsync, _ClassifyBookTable, _ClassifyBookTableKey, the key properties) are byte-for-byte what
// 1a20bae generates; they call the runtime's FlowPayloadReader<T>.ReadEndpointData, FlowEndpointJson and FlowKeyHash,
// which must keep those members for the comparison to build.
#nullable enable

namespace FlowTypes.Benchmarks.Legacy
{
    /// <summary>
    /// The endpoint of flow <c>book_a_table.flow.json</c>: derive from this class and implement one method per request
    /// the flow sends. A new <c>data_exchange</c> in the flow file adds an abstract method, so the derived class does not
    /// compile until it handles it; each method's response type offers only the screens the flow's <c>routing_model</c> allows.
    /// </summary>
    [global::System.CodeDom.Compiler.GeneratedCode("FlowTypes", "0.1.0")]
    public abstract partial class BookATableEndpoint : global::FlowTypes.Endpoints.FlowEndpointHandler
    {
        /// <summary>The name of the flow file this handler was generated from.</summary>
        public const string FileName = "book_a_table.flow.json";

        /// <summary>Handles the <c>INIT</c> request, sent when the flow is opened with <c>flow_action: data_exchange</c>.</summary>
        /// <param name="request">The request, typed from the flow.</param>
        /// <param name="cancellationToken">Cancelled when the HTTP request is aborted.</param>
        /// <returns>The response: one of the screens the flow allows next, with its data.</returns>
        public abstract global::System.Threading.Tasks.ValueTask<InitResponse> OnInitAsync(InitRequest request, global::System.Threading.CancellationToken cancellationToken);

        /// <summary>Handles the <c>data_exchange</c> of on-select-action of Dropdown 'location' on screen <c>BOOK_TABLE</c>.</summary>
        /// <param name="request">The request, typed from the flow.</param>
        /// <param name="cancellationToken">Cancelled when the HTTP request is aborted.</param>
        /// <returns>The response: one of the screens the flow allows next, with its data.</returns>
        public abstract global::System.Threading.Tasks.ValueTask<BookTableResponse> OnBookTableLocationSelectAsync(BookTableLocationSelectRequest request, global::System.Threading.CancellationToken cancellationToken);

        /// <summary>Handles the <c>data_exchange</c> of on-select-action of Dropdown 'people' on screen <c>BOOK_TABLE</c>.</summary>
        /// <param name="request">The request, typed from the flow.</param>
        /// <param name="cancellationToken">Cancelled when the HTTP request is aborted.</param>
        /// <returns>The response: one of the screens the flow allows next, with its data.</returns>
        public abstract global::System.Threading.Tasks.ValueTask<BookTableResponse> OnBookTablePeopleSelectAsync(BookTablePeopleSelectRequest request, global::System.Threading.CancellationToken cancellationToken);

        /// <summary>Handles the <c>data_exchange</c> of on-select-action of DatePicker 'date' on screen <c>BOOK_TABLE</c>.</summary>
        /// <param name="request">The request, typed from the flow.</param>
        /// <param name="cancellationToken">Cancelled when the HTTP request is aborted.</param>
        /// <returns>The response: one of the screens the flow allows next, with its data.</returns>
        public abstract global::System.Threading.Tasks.ValueTask<BookTableResponse> OnBookTableDateSelectAsync(BookTableDateSelectRequest request, global::System.Threading.CancellationToken cancellationToken);

        /// <summary>Handles the <c>data_exchange</c> of the Footer on screen <c>BOOKING_DETAILS</c>.</summary>
        /// <param name="request">The request, typed from the flow.</param>
        /// <param name="cancellationToken">Cancelled when the HTTP request is aborted.</param>
        /// <returns>The response: one of the screens the flow allows next, with its data.</returns>
        public abstract global::System.Threading.Tasks.ValueTask<BookingDetailsResponse> OnBookingDetailsSubmitAsync(BookingDetailsSubmitRequest request, global::System.Threading.CancellationToken cancellationToken);

        /// <summary>Handles the <c>data_exchange</c> of the Footer on screen <c>BOOKING_CONFIRMATION</c>.</summary>
        /// <param name="request">The request, typed from the flow.</param>
        /// <param name="cancellationToken">Cancelled when the HTTP request is aborted.</param>
        /// <returns>The response: one of the screens the flow allows next, with its data.</returns>
        public abstract global::System.Threading.Tasks.ValueTask<BookingConfirmationResponse> OnBookingConfirmationSubmitAsync(BookingConfirmationSubmitRequest request, global::System.Threading.CancellationToken cancellationToken);

        /// <summary>Reads the request into its typed form, calls the method that handles it and returns its serialized response.</summary>
        /// <param name="request">The decrypted request.</param>
        /// <param name="cancellationToken">Cancelled when the HTTP request is aborted.</param>
        /// <returns>The plaintext response.</returns>
        /// <exception cref="global::FlowTypes.FlowParseException">The flow sends no such request (screen, action, payload keys), or its data does not match the flow.</exception>
        public sealed override async global::System.Threading.Tasks.ValueTask<global::FlowTypes.Endpoints.FlowEndpointResponse> HandleAsync(global::FlowTypes.Endpoints.FlowEndpointRequest request, global::System.Threading.CancellationToken cancellationToken)
        {
            if (request is null)
            {
                throw new global::System.ArgumentNullException(nameof(request));
            }

            switch (request.Action)
            {
                case "INIT":
                    return (await OnInitAsync(new InitRequest { FlowToken = request.FlowToken }, cancellationToken).ConfigureAwait(false) ?? throw new global::System.InvalidOperationException("OnInitAsync returned null.")).EndpointResponse;
                case "data_exchange":
                {
                    switch (request.Screen)
                    {
                        case "BOOK_TABLE":
                        {
                            switch (_ClassifyBookTable(request))
                            {
                                case 0:
                                    return (await OnBookTableLocationSelectAsync(s_readBookTableLocationSelectRequest.ReadEndpointData(request), cancellationToken).ConfigureAwait(false) ?? throw new global::System.InvalidOperationException("OnBookTableLocationSelectAsync returned null.")).EndpointResponse;
                                case 1:
                                    return (await OnBookTablePeopleSelectAsync(s_readBookTablePeopleSelectRequest.ReadEndpointData(request), cancellationToken).ConfigureAwait(false) ?? throw new global::System.InvalidOperationException("OnBookTablePeopleSelectAsync returned null.")).EndpointResponse;
                                case 2:
                                    return (await OnBookTableDateSelectAsync(s_readBookTableDateSelectRequest.ReadEndpointData(request), cancellationToken).ConfigureAwait(false) ?? throw new global::System.InvalidOperationException("OnBookTableDateSelectAsync returned null.")).EndpointResponse;
                            }

                            break;
                        }
                        case "BOOKING_DETAILS":
                            return (await OnBookingDetailsSubmitAsync(s_readBookingDetailsSubmitRequest.ReadEndpointData(request), cancellationToken).ConfigureAwait(false) ?? throw new global::System.InvalidOperationException("OnBookingDetailsSubmitAsync returned null.")).EndpointResponse;
                        case "BOOKING_CONFIRMATION":
                            return (await OnBookingConfirmationSubmitAsync(s_readBookingConfirmationSubmitRequest.ReadEndpointData(request), cancellationToken).ConfigureAwait(false) ?? throw new global::System.InvalidOperationException("OnBookingConfirmationSubmitAsync returned null.")).EndpointResponse;
                    }

                    break;
                }
            }

            throw global::FlowTypes.Runtime.FlowEndpointJson.UnknownRequest(request, FileName);
        }

        /// <summary>Which data_exchange of screen <c>BOOK_TABLE</c> sent this data: the index of the action, or -1.</summary>
        private static int _ClassifyBookTable(global::FlowTypes.Endpoints.FlowEndpointRequest request)
        {
            var reader = new global::System.Text.Json.Utf8JsonReader(global::FlowTypes.Runtime.FlowEndpointJson.DataOf(request), new global::System.Text.Json.JsonReaderOptions { MaxDepth = global::FlowTypes.FlowParseOptions.Default.MaxDepth });
            var k0 = false; // location
            var k1 = false; // people
            var k2 = false; // date
            try
            {
                if (!reader.Read() || reader.TokenType != global::System.Text.Json.JsonTokenType.StartObject)
                {
                    return -1;
                }

                while (reader.Read() && reader.TokenType == global::System.Text.Json.JsonTokenType.PropertyName)
                {
                    var key = _ClassifyBookTableKey(ref reader);
                    reader.Read();
                    switch (key)
                    {
                        case 0:
                            k0 = true;
                            break;
                        case 1:
                            k1 = true;
                            break;
                        case 2:
                            k2 = true;
                            break;
                    }

                    reader.Skip();
                }
            }
            catch (global::System.Text.Json.JsonException)
            {
                return -1;
            }

            if (k0 && !k1 && !k2)
            {
                return 0; // OnBookTableLocationSelectAsync
            }

            if (!k0 && k1 && !k2)
            {
                return 1; // OnBookTablePeopleSelectAsync
            }

            if (!k0 && !k1 && k2)
            {
                return 2; // OnBookTableDateSelectAsync
            }

            return -1;
        }

        private static int _ClassifyBookTableKey(ref global::System.Text.Json.Utf8JsonReader reader)
        {
            if (reader.ValueIsEscaped || reader.HasValueSequence)
            {
                if (reader.ValueTextEquals(_ClassifyBookTableKey0)) return 0;
                if (reader.ValueTextEquals(_ClassifyBookTableKey1)) return 1;
                if (reader.ValueTextEquals(_ClassifyBookTableKey2)) return 2;
                return -1;
            }

            var name = reader.ValueSpan;
            switch (global::FlowTypes.Runtime.FlowKeyHash.Hash(name))
            {
                case 200649126u:
                {
                    if (global::System.MemoryExtensions.SequenceEqual(name, _ClassifyBookTableKey0)) return 0;
                    break;
                }
                case 2519938542u:
                {
                    if (global::System.MemoryExtensions.SequenceEqual(name, _ClassifyBookTableKey1)) return 1;
                    break;
                }
                case 3564297305u:
                {
                    if (global::System.MemoryExtensions.SequenceEqual(name, _ClassifyBookTableKey2)) return 2;
                    break;
                }
            }

            return -1;
        }

        private static global::System.ReadOnlySpan<byte> _ClassifyBookTableKey0 => "location"u8;
        private static global::System.ReadOnlySpan<byte> _ClassifyBookTableKey1 => "people"u8;
        private static global::System.ReadOnlySpan<byte> _ClassifyBookTableKey2 => "date"u8;

        /// <summary>The <c>INIT</c> request, sent when the flow is opened with <c>flow_action: data_exchange</c>.</summary>
        [global::System.CodeDom.Compiler.GeneratedCode("FlowTypes", "0.1.0")]
        public sealed partial record InitRequest
        {
            /// <summary>The <c>flow_token</c> of the request (the one the business sent with the flow).</summary>
            public string? FlowToken { get; init; }
        }

        /// <summary>The <c>data_exchange</c> of on-select-action of Dropdown 'location' on screen <c>BOOK_TABLE</c>.</summary>
        [global::System.CodeDom.Compiler.GeneratedCode("FlowTypes", "0.1.0")]
        public sealed partial record BookTableLocationSelectRequest
        {
            /// <summary>The “Location” Dropdown <c>location</c> on screen <c>BOOK_TABLE</c>.</summary>
            /// <remarks>JSON key <c>location</c>; always present.</remarks>
            public required string Location { get; init; }

            /// <summary>The <c>flow_token</c> of the request (the one the business sent with the flow).</summary>
            public string? FlowToken { get; init; }

            /// <summary>Keys of the request data that the flow's payload does not declare.</summary>
            public global::System.Collections.Generic.IReadOnlyDictionary<string, global::System.Text.Json.JsonElement> ExtensionData { get; init; } = global::FlowTypes.Runtime.FlowExtensionData.EmptyExtensionData;
        }

        /// <summary>The <c>data_exchange</c> of on-select-action of Dropdown 'people' on screen <c>BOOK_TABLE</c>.</summary>
        [global::System.CodeDom.Compiler.GeneratedCode("FlowTypes", "0.1.0")]
        public sealed partial record BookTablePeopleSelectRequest
        {
            /// <summary>The “People” Dropdown <c>people</c> on screen <c>BOOK_TABLE</c>.</summary>
            /// <remarks>JSON key <c>people</c>; always present.</remarks>
            public required string People { get; init; }

            /// <summary>The <c>flow_token</c> of the request (the one the business sent with the flow).</summary>
            public string? FlowToken { get; init; }

            /// <summary>Keys of the request data that the flow's payload does not declare.</summary>
            public global::System.Collections.Generic.IReadOnlyDictionary<string, global::System.Text.Json.JsonElement> ExtensionData { get; init; } = global::FlowTypes.Runtime.FlowExtensionData.EmptyExtensionData;
        }

        /// <summary>The <c>data_exchange</c> of on-select-action of DatePicker 'date' on screen <c>BOOK_TABLE</c>.</summary>
        [global::System.CodeDom.Compiler.GeneratedCode("FlowTypes", "0.1.0")]
        public sealed partial record BookTableDateSelectRequest
        {
            /// <summary>The “Date” DatePicker <c>date</c> on screen <c>BOOK_TABLE</c>.</summary>
            /// <remarks>JSON key <c>date</c>; always present.</remarks>
            public required global::System.DateOnly Date { get; init; }

            /// <summary>The <c>flow_token</c> of the request (the one the business sent with the flow).</summary>
            public string? FlowToken { get; init; }

            /// <summary>Keys of the request data that the flow's payload does not declare.</summary>
            public global::System.Collections.Generic.IReadOnlyDictionary<string, global::System.Text.Json.JsonElement> ExtensionData { get; init; } = global::FlowTypes.Runtime.FlowExtensionData.EmptyExtensionData;
        }

        /// <summary>The <c>data_exchange</c> of the Footer on screen <c>BOOKING_DETAILS</c>.</summary>
        [global::System.CodeDom.Compiler.GeneratedCode("FlowTypes", "0.1.0")]
        public sealed partial record BookingDetailsSubmitRequest
        {
            /// <summary>The “Name” TextInput <c>name</c> on screen <c>BOOKING_DETAILS</c>.</summary>
            /// <remarks>JSON key <c>name</c>; always present.</remarks>
            public required string Name { get; init; }

            /// <summary>The “Special occasion” Dropdown <c>special_occasion</c> on screen <c>BOOKING_DETAILS</c>.</summary>
            /// <remarks>JSON key <c>special_occasion</c>; may be absent.</remarks>
            public SpecialOccasionOption? SpecialOccasion { get; init; }

            /// <summary>The “Requirements” TextArea <c>requirements</c> on screen <c>BOOKING_DETAILS</c>.</summary>
            /// <remarks>JSON key <c>requirements</c>; may be absent.</remarks>
            public string? Requirements { get; init; }

            /// <summary>The <c>flow_token</c> of the request (the one the business sent with the flow).</summary>
            public string? FlowToken { get; init; }

            /// <summary>Keys of the request data that the flow's payload does not declare.</summary>
            public global::System.Collections.Generic.IReadOnlyDictionary<string, global::System.Text.Json.JsonElement> ExtensionData { get; init; } = global::FlowTypes.Runtime.FlowExtensionData.EmptyExtensionData;

            /// <summary>An option of the “Special occasion” Dropdown <c>special_occasion</c> on screen <c>BOOKING_DETAILS</c>. The flow's ids are constants (usable in <c>switch</c> on <see cref="Id"/>); an id the flow does not list is kept, not rejected.</summary>
            public readonly struct SpecialOccasionOption : global::System.IEquatable<SpecialOccasionOption>
            {
                /// <summary>The option “Birthday” (id <c>1</c>).</summary>
                public const string Option1 = "1";

                /// <summary>The option “Anniversary” (id <c>2</c>).</summary>
                public const string Option2 = "2";

                /// <summary>The option “Engagement” (id <c>3</c>).</summary>
                public const string Option3 = "3";

                /// <summary>The option “Graduation” (id <c>4</c>).</summary>
                public const string Option4 = "4";

                /// <summary>The option “Other” (id <c>5</c>).</summary>
                public const string Option5 = "5";

                private readonly string? _id;

                /// <summary>Creates an option from its id.</summary>
                public SpecialOccasionOption(string id) => _id = id ?? throw new global::System.ArgumentNullException(nameof(id));

                /// <summary>The id of the chosen option, exactly as the payload carried it.</summary>
                public string Id => _id ?? string.Empty;

                /// <summary>The option's title in the flow, or <see langword="null"/> for an id the flow does not list.</summary>
                public string? Title => Id switch
                {
                    Option1 => "Birthday",
                    Option2 => "Anniversary",
                    Option3 => "Engagement",
                    Option4 => "Graduation",
                    Option5 => "Other",
                    _ => null,
                };

                /// <summary>True when the flow lists this id.</summary>
                public bool IsKnown => Title is not null;

                /// <inheritdoc />
                public bool Equals(SpecialOccasionOption other) => string.Equals(Id, other.Id, global::System.StringComparison.Ordinal);

                /// <inheritdoc />
                public override bool Equals(object? obj) => obj is SpecialOccasionOption other && Equals(other);

                /// <inheritdoc />
                public override int GetHashCode() => global::System.StringComparer.Ordinal.GetHashCode(Id);

                /// <summary>The id.</summary>
                public override string ToString() => Id;

                /// <summary>Compares two options by id.</summary>
                public static bool operator ==(SpecialOccasionOption left, SpecialOccasionOption right) => left.Equals(right);

                /// <summary>Compares two options by id.</summary>
                public static bool operator !=(SpecialOccasionOption left, SpecialOccasionOption right) => !left.Equals(right);

                /// <summary>The id of the option.</summary>
                public static implicit operator string(SpecialOccasionOption option) => option.Id;
            }
        }

        /// <summary>The <c>data_exchange</c> of the Footer on screen <c>BOOKING_CONFIRMATION</c>.</summary>
        [global::System.CodeDom.Compiler.GeneratedCode("FlowTypes", "0.1.0")]
        public sealed partial record BookingConfirmationSubmitRequest
        {
            /// <summary>The <c>flow_token</c> of the request (the one the business sent with the flow).</summary>
            public string? FlowToken { get; init; }

            /// <summary>Keys of the request data that the flow's payload does not declare.</summary>
            public global::System.Collections.Generic.IReadOnlyDictionary<string, global::System.Text.Json.JsonElement> ExtensionData { get; init; } = global::FlowTypes.Runtime.FlowExtensionData.EmptyExtensionData;
        }

        /// <summary>The response to <c>INIT</c>: the first screen to show, with its data. Only its factory methods create one, so it names only a screen the flow allows.</summary>
        [global::System.CodeDom.Compiler.GeneratedCode("FlowTypes", "0.1.0")]
        public sealed class InitResponse
        {
            private InitResponse(global::FlowTypes.Endpoints.FlowEndpointResponse response) => EndpointResponse = response;

            /// <summary>The plaintext JSON of the response, as the endpoint encrypts and sends it.</summary>
            public global::FlowTypes.Endpoints.FlowEndpointResponse EndpointResponse { get; }

            /// <summary>Shows screen <c>BOOK_TABLE</c> with its data.</summary>
            /// <param name="data">Every field the screen's data model declares.</param>
            public static InitResponse ToBookTable(BookTableData data) =>
                new(global::FlowTypes.Runtime.FlowEndpointJson.Screen("BOOK_TABLE", data ?? throw new global::System.ArgumentNullException(nameof(data)), static (writer, value) => BookTableData.Write(writer, value)));
        }

        /// <summary>The response to a <c>data_exchange</c> on screen <c>BOOK_TABLE</c>: the same screen with new data, a screen its <c>routing_model</c> lists. Only its factory methods create one, so it names only a screen the flow allows.</summary>
        [global::System.CodeDom.Compiler.GeneratedCode("FlowTypes", "0.1.0")]
        public sealed class BookTableResponse
        {
            private BookTableResponse(global::FlowTypes.Endpoints.FlowEndpointResponse response) => EndpointResponse = response;

            /// <summary>The plaintext JSON of the response, as the endpoint encrypts and sends it.</summary>
            public global::FlowTypes.Endpoints.FlowEndpointResponse EndpointResponse { get; }

            /// <summary>Shows screen <c>BOOK_TABLE</c> with its data.</summary>
            /// <param name="data">Every field the screen's data model declares.</param>
            public static BookTableResponse ToBookTable(BookTableData data) =>
                new(global::FlowTypes.Runtime.FlowEndpointJson.Screen("BOOK_TABLE", data ?? throw new global::System.ArgumentNullException(nameof(data)), static (writer, value) => BookTableData.Write(writer, value)));

            /// <summary>Shows screen <c>BOOKING_DETAILS</c> (it declares no data).</summary>
            public static BookTableResponse ToBookingDetails() =>
                new(global::FlowTypes.Runtime.FlowEndpointJson.Screen<object>("BOOKING_DETAILS", null, null));
        }

        /// <summary>The response to a <c>data_exchange</c> on screen <c>BOOKING_DETAILS</c>: the same screen with new data, a screen its <c>routing_model</c> lists. Only its factory methods create one, so it names only a screen the flow allows.</summary>
        [global::System.CodeDom.Compiler.GeneratedCode("FlowTypes", "0.1.0")]
        public sealed class BookingDetailsResponse
        {
            private BookingDetailsResponse(global::FlowTypes.Endpoints.FlowEndpointResponse response) => EndpointResponse = response;

            /// <summary>The plaintext JSON of the response, as the endpoint encrypts and sends it.</summary>
            public global::FlowTypes.Endpoints.FlowEndpointResponse EndpointResponse { get; }

            /// <summary>Shows screen <c>BOOKING_DETAILS</c> (it declares no data).</summary>
            public static BookingDetailsResponse ToBookingDetails() =>
                new(global::FlowTypes.Runtime.FlowEndpointJson.Screen<object>("BOOKING_DETAILS", null, null));

            /// <summary>Shows screen <c>BOOKING_CONFIRMATION</c> with its data.</summary>
            /// <param name="data">Every field the screen's data model declares.</param>
            public static BookingDetailsResponse ToBookingConfirmation(BookingConfirmationData data) =>
                new(global::FlowTypes.Runtime.FlowEndpointJson.Screen("BOOKING_CONFIRMATION", data ?? throw new global::System.ArgumentNullException(nameof(data)), static (writer, value) => BookingConfirmationData.Write(writer, value)));
        }

        /// <summary>The response to a <c>data_exchange</c> on screen <c>BOOKING_CONFIRMATION</c>: the same screen with new data, a screen its <c>routing_model</c> lists, or the finish. Only its factory methods create one, so it names only a screen the flow allows.</summary>
        [global::System.CodeDom.Compiler.GeneratedCode("FlowTypes", "0.1.0")]
        public sealed class BookingConfirmationResponse
        {
            private BookingConfirmationResponse(global::FlowTypes.Endpoints.FlowEndpointResponse response) => EndpointResponse = response;

            /// <summary>The plaintext JSON of the response, as the endpoint encrypts and sends it.</summary>
            public global::FlowTypes.Endpoints.FlowEndpointResponse EndpointResponse { get; }

            /// <summary>Shows screen <c>BOOKING_CONFIRMATION</c> with its data.</summary>
            /// <param name="data">Every field the screen's data model declares.</param>
            public static BookingConfirmationResponse ToBookingConfirmation(BookingConfirmationData data) =>
                new(global::FlowTypes.Runtime.FlowEndpointJson.Screen("BOOKING_CONFIRMATION", data ?? throw new global::System.ArgumentNullException(nameof(data)), static (writer, value) => BookingConfirmationData.Write(writer, value)));

            /// <summary>Shows screen <c>TERMS_AND_CONDITIONS</c> (it declares no data).</summary>
            public static BookingConfirmationResponse ToTermsAndConditions() =>
                new(global::FlowTypes.Runtime.FlowEndpointJson.Screen<object>("TERMS_AND_CONDITIONS", null, null));

            /// <summary>Finishes the flow (<c>SUCCESS</c>); the parameters become the completion message's <c>response_json</c>.</summary>
            /// <param name="flowToken">The flow token, sent back as <c>flow_token</c>.</param>
            /// <param name="parameters">Further string parameters (the flow file does not say what this screen completes with).</param>
            public static BookingConfirmationResponse Finish(string flowToken, global::System.Collections.Generic.IReadOnlyDictionary<string, string>? parameters = null) =>
                new(global::FlowTypes.Runtime.FlowEndpointJson.Success(flowToken, parameters, static (writer, value) => global::FlowTypes.Runtime.FlowEndpointJson.WriteStrings(writer, value)));
        }

        /// <summary>The data of screen <c>BOOK_TABLE</c> “Book a table”: every field its data model declares, so a response that leaves one out does not compile.</summary>
        [global::System.CodeDom.Compiler.GeneratedCode("FlowTypes", "0.1.0")]
        public sealed class BookTableData
        {
            /// <summary>Creates the data of screen <c>BOOK_TABLE</c>.</summary>
            /// <param name="minDate">Field <c>min_date</c> of the screen's data model (example: <c>1696892400000</c>).</param>
            /// <param name="maxDate">Field <c>max_date</c> of the screen's data model (example: <c>1760050800000</c>).</param>
            /// <param name="unavailableDates">Field <c>unavailable_dates</c> of the screen's data model.</param>
            /// <param name="time">Field <c>time</c> of the screen's data model.</param>
            /// <param name="people">Field <c>people</c> of the screen's data model.</param>
            /// <param name="location">Field <c>location</c> of the screen's data model.</param>
            public BookTableData(string minDate, string maxDate, global::System.Collections.Generic.IReadOnlyList<string> unavailableDates, global::System.Collections.Generic.IReadOnlyList<TimeItem> time, global::System.Collections.Generic.IReadOnlyList<PeopleItem> people, global::System.Collections.Generic.IReadOnlyList<LocationItem> location)
            {
                MinDate = minDate ?? throw new global::System.ArgumentNullException(nameof(minDate));
                MaxDate = maxDate ?? throw new global::System.ArgumentNullException(nameof(maxDate));
                UnavailableDates = unavailableDates ?? throw new global::System.ArgumentNullException(nameof(unavailableDates));
                Time = time ?? throw new global::System.ArgumentNullException(nameof(time));
                People = people ?? throw new global::System.ArgumentNullException(nameof(people));
                Location = location ?? throw new global::System.ArgumentNullException(nameof(location));
            }

            /// <summary>Field <c>min_date</c> of the screen's data model (example: <c>1696892400000</c>).</summary>
            public string MinDate { get; }

            /// <summary>Field <c>max_date</c> of the screen's data model (example: <c>1760050800000</c>).</summary>
            public string MaxDate { get; }

            /// <summary>Field <c>unavailable_dates</c> of the screen's data model.</summary>
            public global::System.Collections.Generic.IReadOnlyList<string> UnavailableDates { get; }

            /// <summary>Field <c>time</c> of the screen's data model.</summary>
            public global::System.Collections.Generic.IReadOnlyList<TimeItem> Time { get; }

            /// <summary>Field <c>people</c> of the screen's data model.</summary>
            public global::System.Collections.Generic.IReadOnlyList<PeopleItem> People { get; }

            /// <summary>Field <c>location</c> of the screen's data model.</summary>
            public global::System.Collections.Generic.IReadOnlyList<LocationItem> Location { get; }

            /// <summary>Writes the members of <paramref name="value"/> (used by the responses).</summary>
            internal static void Write(global::System.Text.Json.Utf8JsonWriter writer, BookTableData value)
            {
                writer.WriteString("min_date", value.MinDate);
                writer.WriteString("max_date", value.MaxDate);
                global::FlowTypes.Runtime.FlowEndpointJson.WriteStringArray(writer, "unavailable_dates", value.UnavailableDates);
                global::FlowTypes.Runtime.FlowEndpointJson.WriteObjectArray(writer, "time", value.Time, static (itemWriter, item) => TimeItem.Write(itemWriter, item));
                global::FlowTypes.Runtime.FlowEndpointJson.WriteObjectArray(writer, "people", value.People, static (itemWriter, item) => PeopleItem.Write(itemWriter, item));
                global::FlowTypes.Runtime.FlowEndpointJson.WriteObjectArray(writer, "location", value.Location, static (itemWriter, item) => LocationItem.Write(itemWriter, item));
            }

            /// <summary>An item of <c>time</c>.</summary>
            [global::System.CodeDom.Compiler.GeneratedCode("FlowTypes", "0.1.0")]
            public sealed class TimeItem
            {
                /// <summary>Creates the value from its required members.</summary>
                /// <param name="id"><c>id</c> (example: <c>1</c>).</param>
                /// <param name="title"><c>title</c> (example: <c>12:30</c>).</param>
                public TimeItem(string id, string title)
                {
                    Id = id ?? throw new global::System.ArgumentNullException(nameof(id));
                    Title = title ?? throw new global::System.ArgumentNullException(nameof(title));
                }

                /// <summary><c>id</c> (example: <c>1</c>).</summary>
                public string Id { get; }

                /// <summary><c>title</c> (example: <c>12:30</c>).</summary>
                public string Title { get; }

                /// <summary>Writes the members of <paramref name="value"/> (used by the responses).</summary>
                internal static void Write(global::System.Text.Json.Utf8JsonWriter writer, TimeItem value)
                {
                    writer.WriteString("id", value.Id);
                    writer.WriteString("title", value.Title);
                }
            }

            /// <summary>An item of <c>people</c>.</summary>
            [global::System.CodeDom.Compiler.GeneratedCode("FlowTypes", "0.1.0")]
            public sealed class PeopleItem
            {
                /// <summary>Creates the value from its required members.</summary>
                /// <param name="id"><c>id</c> (example: <c>1</c>).</param>
                /// <param name="title"><c>title</c> (example: <c>1</c>).</param>
                public PeopleItem(string id, string title)
                {
                    Id = id ?? throw new global::System.ArgumentNullException(nameof(id));
                    Title = title ?? throw new global::System.ArgumentNullException(nameof(title));
                }

                /// <summary><c>id</c> (example: <c>1</c>).</summary>
                public string Id { get; }

                /// <summary><c>title</c> (example: <c>1</c>).</summary>
                public string Title { get; }

                /// <summary>Writes the members of <paramref name="value"/> (used by the responses).</summary>
                internal static void Write(global::System.Text.Json.Utf8JsonWriter writer, PeopleItem value)
                {
                    writer.WriteString("id", value.Id);
                    writer.WriteString("title", value.Title);
                }
            }

            /// <summary>An item of <c>location</c>.</summary>
            [global::System.CodeDom.Compiler.GeneratedCode("FlowTypes", "0.1.0")]
            public sealed class LocationItem
            {
                /// <summary>Creates the value from its required members.</summary>
                /// <param name="id"><c>id</c> (example: <c>1</c>).</param>
                /// <param name="title"><c>title</c> (example: <c>Shorty Heights, Light City, 59923</c>).</param>
                public LocationItem(string id, string title)
                {
                    Id = id ?? throw new global::System.ArgumentNullException(nameof(id));
                    Title = title ?? throw new global::System.ArgumentNullException(nameof(title));
                }

                /// <summary><c>id</c> (example: <c>1</c>).</summary>
                public string Id { get; }

                /// <summary><c>title</c> (example: <c>Shorty Heights, Light City, 59923</c>).</summary>
                public string Title { get; }

                /// <summary>Writes the members of <paramref name="value"/> (used by the responses).</summary>
                internal static void Write(global::System.Text.Json.Utf8JsonWriter writer, LocationItem value)
                {
                    writer.WriteString("id", value.Id);
                    writer.WriteString("title", value.Title);
                }
            }
        }

        /// <summary>The data of screen <c>BOOKING_CONFIRMATION</c> “Booking confirmation”: every field its data model declares, so a response that leaves one out does not compile.</summary>
        [global::System.CodeDom.Compiler.GeneratedCode("FlowTypes", "0.1.0")]
        public sealed class BookingConfirmationData
        {
            /// <summary>Creates the data of screen <c>BOOKING_CONFIRMATION</c>.</summary>
            /// <param name="date">Field <c>date</c> of the screen's data model (example: <c>Date: Saturday, June 7 2023</c>).</param>
            /// <param name="time">Field <c>time</c> of the screen's data model (example: <c>Time: 19:30</c>).</param>
            /// <param name="people">Field <c>people</c> of the screen's data model (example: <c>People: 4</c>).</param>
            /// <param name="location">Field <c>location</c> of the screen's data model (example: <c>Location: Shorty Heights, Light City, 59923</c>).</param>
            /// <param name="name">Field <c>name</c> of the screen's data model (example: <c>Name: John Doe</c>).</param>
            /// <param name="specialOccasion">Field <c>special_occasion</c> of the screen's data model (example: <c>Special Occasion: Birthday</c>).</param>
            public BookingConfirmationData(string date, string time, string people, string location, string name, string specialOccasion)
            {
                Date = date ?? throw new global::System.ArgumentNullException(nameof(date));
                Time = time ?? throw new global::System.ArgumentNullException(nameof(time));
                People = people ?? throw new global::System.ArgumentNullException(nameof(people));
                Location = location ?? throw new global::System.ArgumentNullException(nameof(location));
                Name = name ?? throw new global::System.ArgumentNullException(nameof(name));
                SpecialOccasion = specialOccasion ?? throw new global::System.ArgumentNullException(nameof(specialOccasion));
            }

            /// <summary>Field <c>date</c> of the screen's data model (example: <c>Date: Saturday, June 7 2023</c>).</summary>
            public string Date { get; }

            /// <summary>Field <c>time</c> of the screen's data model (example: <c>Time: 19:30</c>).</summary>
            public string Time { get; }

            /// <summary>Field <c>people</c> of the screen's data model (example: <c>People: 4</c>).</summary>
            public string People { get; }

            /// <summary>Field <c>location</c> of the screen's data model (example: <c>Location: Shorty Heights, Light City, 59923</c>).</summary>
            public string Location { get; }

            /// <summary>Field <c>name</c> of the screen's data model (example: <c>Name: John Doe</c>).</summary>
            public string Name { get; }

            /// <summary>Field <c>special_occasion</c> of the screen's data model (example: <c>Special Occasion: Birthday</c>).</summary>
            public string SpecialOccasion { get; }

            /// <summary>Writes the members of <paramref name="value"/> (used by the responses).</summary>
            internal static void Write(global::System.Text.Json.Utf8JsonWriter writer, BookingConfirmationData value)
            {
                writer.WriteString("date", value.Date);
                writer.WriteString("time", value.Time);
                writer.WriteString("people", value.People);
                writer.WriteString("location", value.Location);
                writer.WriteString("name", value.Name);
                writer.WriteString("special_occasion", value.SpecialOccasion);
            }
        }
    }
}


namespace FlowTypes.Benchmarks.Legacy
{
    partial class BookATableEndpoint
    {
        private static readonly global::FlowTypes.FlowPayloadReader<BookTableLocationSelectRequest> s_readBookTableLocationSelectRequest = new global::FlowTypes.FlowPayloadReader<BookTableLocationSelectRequest>(
            "book_a_table.flow.json",
            new global::FlowTypes.Runtime.FlowPayloadField[]
            {
                new("location", global::FlowTypes.Runtime.FlowFieldKind.String, true),
            },
            _CreateBookTableLocationSelectRequest,
            flowTokenInPayload: false);

        private static BookTableLocationSelectRequest _CreateBookTableLocationSelectRequest(global::FlowTypes.Runtime.FlowPayloadValues values) => new BookTableLocationSelectRequest
        {
            Location = values.String(0)!,
            FlowToken = values.FlowToken,
            ExtensionData = values.ExtensionData,
        };

        private static readonly global::FlowTypes.FlowPayloadReader<BookTablePeopleSelectRequest> s_readBookTablePeopleSelectRequest = new global::FlowTypes.FlowPayloadReader<BookTablePeopleSelectRequest>(
            "book_a_table.flow.json",
            new global::FlowTypes.Runtime.FlowPayloadField[]
            {
                new("people", global::FlowTypes.Runtime.FlowFieldKind.String, true),
            },
            _CreateBookTablePeopleSelectRequest,
            flowTokenInPayload: false);

        private static BookTablePeopleSelectRequest _CreateBookTablePeopleSelectRequest(global::FlowTypes.Runtime.FlowPayloadValues values) => new BookTablePeopleSelectRequest
        {
            People = values.String(0)!,
            FlowToken = values.FlowToken,
            ExtensionData = values.ExtensionData,
        };

        private static readonly global::FlowTypes.FlowPayloadReader<BookTableDateSelectRequest> s_readBookTableDateSelectRequest = new global::FlowTypes.FlowPayloadReader<BookTableDateSelectRequest>(
            "book_a_table.flow.json",
            new global::FlowTypes.Runtime.FlowPayloadField[]
            {
                new("date", global::FlowTypes.Runtime.FlowFieldKind.Date, true),
            },
            _CreateBookTableDateSelectRequest,
            flowTokenInPayload: false);

        private static BookTableDateSelectRequest _CreateBookTableDateSelectRequest(global::FlowTypes.Runtime.FlowPayloadValues values) => new BookTableDateSelectRequest
        {
            Date = values.Date(0).GetValueOrDefault(),
            FlowToken = values.FlowToken,
            ExtensionData = values.ExtensionData,
        };

        private static readonly global::FlowTypes.FlowPayloadReader<BookingDetailsSubmitRequest> s_readBookingDetailsSubmitRequest = new global::FlowTypes.FlowPayloadReader<BookingDetailsSubmitRequest>(
            "book_a_table.flow.json",
            new global::FlowTypes.Runtime.FlowPayloadField[]
            {
                new("name", global::FlowTypes.Runtime.FlowFieldKind.String, true),
                new("special_occasion", global::FlowTypes.Runtime.FlowFieldKind.Option, false, new string[] { BookingDetailsSubmitRequest.SpecialOccasionOption.Option1, BookingDetailsSubmitRequest.SpecialOccasionOption.Option2, BookingDetailsSubmitRequest.SpecialOccasionOption.Option3, BookingDetailsSubmitRequest.SpecialOccasionOption.Option4, BookingDetailsSubmitRequest.SpecialOccasionOption.Option5 }),
                new("requirements", global::FlowTypes.Runtime.FlowFieldKind.String, false),
            },
            _CreateBookingDetailsSubmitRequest,
            flowTokenInPayload: false);

        private static BookingDetailsSubmitRequest _CreateBookingDetailsSubmitRequest(global::FlowTypes.Runtime.FlowPayloadValues values) => new BookingDetailsSubmitRequest
        {
            Name = values.String(0)!,
            SpecialOccasion = values.String(1) is { } id1 ? new BookingDetailsSubmitRequest.SpecialOccasionOption(id1) : default(BookingDetailsSubmitRequest.SpecialOccasionOption?),
            Requirements = values.String(2),
            FlowToken = values.FlowToken,
            ExtensionData = values.ExtensionData,
        };

        private static readonly global::FlowTypes.FlowPayloadReader<BookingConfirmationSubmitRequest> s_readBookingConfirmationSubmitRequest = new global::FlowTypes.FlowPayloadReader<BookingConfirmationSubmitRequest>(
            "book_a_table.flow.json",
            new global::FlowTypes.Runtime.FlowPayloadField[0],
            _CreateBookingConfirmationSubmitRequest,
            flowTokenInPayload: false);

        private static BookingConfirmationSubmitRequest _CreateBookingConfirmationSubmitRequest(global::FlowTypes.Runtime.FlowPayloadValues values) => new BookingConfirmationSubmitRequest
        {
            FlowToken = values.FlowToken,
            ExtensionData = values.ExtensionData,
        };
    }
}
