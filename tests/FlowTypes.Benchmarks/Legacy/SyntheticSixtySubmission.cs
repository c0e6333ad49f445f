// Frozen copy of the reader FlowTypes generated before the table-driven reader (commit 506423e), kept only as
// the same-run benchmark baseline (ReaderBenchmarks: "506423e generated reader"); do not edit.
// Source: the FlowTypes generator at 506423e run on Flows/synthetic-sixty.flow.json; copied from obj/ (EmitCompilerGeneratedFiles)
// with only these changes: namespace FlowTypes.Benchmarks.Legacy; removed: the SyntheticSixtyFlow screen-id class, the
// [GeneratedCode] attributes and every entry point but the two UTF-8 Parse/TryParse (webhook and string overloads
// went through FlowEntryPoints, which the rewrite may change). The reading code (TryRead, KeyIndex, keys, option
// structs with their _listed/_fromId lookups) is byte-for-byte what 506423e generates.
#nullable enable

namespace FlowTypes.Benchmarks.Legacy
{
    /// <summary>The completion payload of flow <c>synthetic-sixty.flow.json</c>, sent when screen <c>PART_TWO</c> completes.</summary>
    public sealed partial record SyntheticSixtySubmission : global::FlowTypes.IFlowSubmission
    {
        /// <summary>The “Field 0” TextInput <c>field_00</c> on screen <c>PART_ONE</c>.</summary>
        /// <remarks>JSON key <c>field_00</c>; always present.</remarks>
        public string Field00 { get; init; } = default!;

        /// <summary>The “Field 1” TextInput <c>field_01</c> on screen <c>PART_ONE</c>.</summary>
        /// <remarks>JSON key <c>field_01</c>; may be absent.</remarks>
        public string? Field01 { get; init; }

        /// <summary>The “Field 2” TextInput <c>field_02</c> on screen <c>PART_ONE</c>.</summary>
        /// <remarks>JSON key <c>field_02</c>; always present.</remarks>
        public string Field02 { get; init; } = default!;

        /// <summary>The “Choice 3” Dropdown <c>field_03</c> on screen <c>PART_ONE</c>.</summary>
        /// <remarks>JSON key <c>field_03</c>; always present.</remarks>
        public Field03Option Field03 { get; init; }

        /// <summary>The “Multi 4” CheckboxGroup <c>field_04</c> on screen <c>PART_ONE</c>.</summary>
        /// <remarks>JSON key <c>field_04</c>; may be absent.</remarks>
        public global::System.Collections.Generic.IReadOnlyList<Field04Option>? Field04 { get; init; }

        /// <summary>The “Date 5” DatePicker <c>field_05</c> on screen <c>PART_ONE</c>.</summary>
        /// <remarks>JSON key <c>field_05</c>; always present.</remarks>
        public global::System.DateOnly Field05 { get; init; }

        /// <summary>The “Field 6” TextInput <c>field_06</c> on screen <c>PART_ONE</c>.</summary>
        /// <remarks>JSON key <c>field_06</c>; always present.</remarks>
        public string Field06 { get; init; } = default!;

        /// <summary>The “Field 7” TextInput <c>field_07</c> on screen <c>PART_ONE</c>.</summary>
        /// <remarks>JSON key <c>field_07</c>; may be absent.</remarks>
        public string? Field07 { get; init; }

        /// <summary>The “Field 8” TextInput <c>field_08</c> on screen <c>PART_ONE</c>.</summary>
        /// <remarks>JSON key <c>field_08</c>; always present.</remarks>
        public string Field08 { get; init; } = default!;

        /// <summary>The “Choice 9” Dropdown <c>field_09</c> on screen <c>PART_ONE</c>.</summary>
        /// <remarks>JSON key <c>field_09</c>; always present.</remarks>
        public Field09Option Field09 { get; init; }

        /// <summary>The “Multi 10” CheckboxGroup <c>field_10</c> on screen <c>PART_ONE</c>.</summary>
        /// <remarks>JSON key <c>field_10</c>; may be absent.</remarks>
        public global::System.Collections.Generic.IReadOnlyList<Field10Option>? Field10 { get; init; }

        /// <summary>The “Date 11” DatePicker <c>field_11</c> on screen <c>PART_ONE</c>.</summary>
        /// <remarks>JSON key <c>field_11</c>; always present.</remarks>
        public global::System.DateOnly Field11 { get; init; }

        /// <summary>The “Field 12” TextInput <c>field_12</c> on screen <c>PART_ONE</c>.</summary>
        /// <remarks>JSON key <c>field_12</c>; always present.</remarks>
        public string Field12 { get; init; } = default!;

        /// <summary>The “Field 13” TextInput <c>field_13</c> on screen <c>PART_ONE</c>.</summary>
        /// <remarks>JSON key <c>field_13</c>; may be absent.</remarks>
        public string? Field13 { get; init; }

        /// <summary>The “Field 14” TextInput <c>field_14</c> on screen <c>PART_ONE</c>.</summary>
        /// <remarks>JSON key <c>field_14</c>; always present.</remarks>
        public string Field14 { get; init; } = default!;

        /// <summary>The “Choice 15” Dropdown <c>field_15</c> on screen <c>PART_ONE</c>.</summary>
        /// <remarks>JSON key <c>field_15</c>; always present.</remarks>
        public Field15Option Field15 { get; init; }

        /// <summary>The “Multi 16” CheckboxGroup <c>field_16</c> on screen <c>PART_ONE</c>.</summary>
        /// <remarks>JSON key <c>field_16</c>; may be absent.</remarks>
        public global::System.Collections.Generic.IReadOnlyList<Field16Option>? Field16 { get; init; }

        /// <summary>The “Date 17” DatePicker <c>field_17</c> on screen <c>PART_ONE</c>.</summary>
        /// <remarks>JSON key <c>field_17</c>; always present.</remarks>
        public global::System.DateOnly Field17 { get; init; }

        /// <summary>The “Field 18” TextInput <c>field_18</c> on screen <c>PART_ONE</c>.</summary>
        /// <remarks>JSON key <c>field_18</c>; always present.</remarks>
        public string Field18 { get; init; } = default!;

        /// <summary>The “Field 19” TextInput <c>field_19</c> on screen <c>PART_ONE</c>.</summary>
        /// <remarks>JSON key <c>field_19</c>; may be absent.</remarks>
        public string? Field19 { get; init; }

        /// <summary>The “Field 20” TextInput <c>field_20</c> on screen <c>PART_ONE</c>.</summary>
        /// <remarks>JSON key <c>field_20</c>; always present.</remarks>
        public string Field20 { get; init; } = default!;

        /// <summary>The “Choice 21” Dropdown <c>field_21</c> on screen <c>PART_ONE</c>.</summary>
        /// <remarks>JSON key <c>field_21</c>; always present.</remarks>
        public Field21Option Field21 { get; init; }

        /// <summary>The “Multi 22” CheckboxGroup <c>field_22</c> on screen <c>PART_ONE</c>.</summary>
        /// <remarks>JSON key <c>field_22</c>; may be absent.</remarks>
        public global::System.Collections.Generic.IReadOnlyList<Field22Option>? Field22 { get; init; }

        /// <summary>The “Date 23” DatePicker <c>field_23</c> on screen <c>PART_ONE</c>.</summary>
        /// <remarks>JSON key <c>field_23</c>; always present.</remarks>
        public global::System.DateOnly Field23 { get; init; }

        /// <summary>The “Field 24” TextInput <c>field_24</c> on screen <c>PART_ONE</c>.</summary>
        /// <remarks>JSON key <c>field_24</c>; always present.</remarks>
        public string Field24 { get; init; } = default!;

        /// <summary>The “Field 25” TextInput <c>field_25</c> on screen <c>PART_ONE</c>.</summary>
        /// <remarks>JSON key <c>field_25</c>; may be absent.</remarks>
        public string? Field25 { get; init; }

        /// <summary>The “Field 26” TextInput <c>field_26</c> on screen <c>PART_ONE</c>.</summary>
        /// <remarks>JSON key <c>field_26</c>; always present.</remarks>
        public string Field26 { get; init; } = default!;

        /// <summary>The “Choice 27” Dropdown <c>field_27</c> on screen <c>PART_ONE</c>.</summary>
        /// <remarks>JSON key <c>field_27</c>; always present.</remarks>
        public Field27Option Field27 { get; init; }

        /// <summary>The “Multi 28” CheckboxGroup <c>field_28</c> on screen <c>PART_ONE</c>.</summary>
        /// <remarks>JSON key <c>field_28</c>; may be absent.</remarks>
        public global::System.Collections.Generic.IReadOnlyList<Field28Option>? Field28 { get; init; }

        /// <summary>The “Date 29” DatePicker <c>field_29</c> on screen <c>PART_ONE</c>.</summary>
        /// <remarks>JSON key <c>field_29</c>; always present.</remarks>
        public global::System.DateOnly Field29 { get; init; }

        /// <summary>The “Field 30” TextInput <c>field_30</c> on screen <c>PART_TWO</c>.</summary>
        /// <remarks>JSON key <c>field_30</c>; always present.</remarks>
        public string Field30 { get; init; } = default!;

        /// <summary>The “Field 31” TextInput <c>field_31</c> on screen <c>PART_TWO</c>.</summary>
        /// <remarks>JSON key <c>field_31</c>; may be absent.</remarks>
        public string? Field31 { get; init; }

        /// <summary>The “Field 32” TextInput <c>field_32</c> on screen <c>PART_TWO</c>.</summary>
        /// <remarks>JSON key <c>field_32</c>; always present.</remarks>
        public string Field32 { get; init; } = default!;

        /// <summary>The “Choice 33” Dropdown <c>field_33</c> on screen <c>PART_TWO</c>.</summary>
        /// <remarks>JSON key <c>field_33</c>; always present.</remarks>
        public Field33Option Field33 { get; init; }

        /// <summary>The “Multi 34” CheckboxGroup <c>field_34</c> on screen <c>PART_TWO</c>.</summary>
        /// <remarks>JSON key <c>field_34</c>; may be absent.</remarks>
        public global::System.Collections.Generic.IReadOnlyList<Field34Option>? Field34 { get; init; }

        /// <summary>The “Date 35” DatePicker <c>field_35</c> on screen <c>PART_TWO</c>.</summary>
        /// <remarks>JSON key <c>field_35</c>; always present.</remarks>
        public global::System.DateOnly Field35 { get; init; }

        /// <summary>The “Field 36” TextInput <c>field_36</c> on screen <c>PART_TWO</c>.</summary>
        /// <remarks>JSON key <c>field_36</c>; always present.</remarks>
        public string Field36 { get; init; } = default!;

        /// <summary>The “Field 37” TextInput <c>field_37</c> on screen <c>PART_TWO</c>.</summary>
        /// <remarks>JSON key <c>field_37</c>; may be absent.</remarks>
        public string? Field37 { get; init; }

        /// <summary>The “Field 38” TextInput <c>field_38</c> on screen <c>PART_TWO</c>.</summary>
        /// <remarks>JSON key <c>field_38</c>; always present.</remarks>
        public string Field38 { get; init; } = default!;

        /// <summary>The “Choice 39” Dropdown <c>field_39</c> on screen <c>PART_TWO</c>.</summary>
        /// <remarks>JSON key <c>field_39</c>; always present.</remarks>
        public Field39Option Field39 { get; init; }

        /// <summary>The “Multi 40” CheckboxGroup <c>field_40</c> on screen <c>PART_TWO</c>.</summary>
        /// <remarks>JSON key <c>field_40</c>; may be absent.</remarks>
        public global::System.Collections.Generic.IReadOnlyList<Field40Option>? Field40 { get; init; }

        /// <summary>The “Date 41” DatePicker <c>field_41</c> on screen <c>PART_TWO</c>.</summary>
        /// <remarks>JSON key <c>field_41</c>; always present.</remarks>
        public global::System.DateOnly Field41 { get; init; }

        /// <summary>The “Field 42” TextInput <c>field_42</c> on screen <c>PART_TWO</c>.</summary>
        /// <remarks>JSON key <c>field_42</c>; always present.</remarks>
        public string Field42 { get; init; } = default!;

        /// <summary>The “Field 43” TextInput <c>field_43</c> on screen <c>PART_TWO</c>.</summary>
        /// <remarks>JSON key <c>field_43</c>; may be absent.</remarks>
        public string? Field43 { get; init; }

        /// <summary>The “Field 44” TextInput <c>field_44</c> on screen <c>PART_TWO</c>.</summary>
        /// <remarks>JSON key <c>field_44</c>; always present.</remarks>
        public string Field44 { get; init; } = default!;

        /// <summary>The “Choice 45” Dropdown <c>field_45</c> on screen <c>PART_TWO</c>.</summary>
        /// <remarks>JSON key <c>field_45</c>; always present.</remarks>
        public Field45Option Field45 { get; init; }

        /// <summary>The “Multi 46” CheckboxGroup <c>field_46</c> on screen <c>PART_TWO</c>.</summary>
        /// <remarks>JSON key <c>field_46</c>; may be absent.</remarks>
        public global::System.Collections.Generic.IReadOnlyList<Field46Option>? Field46 { get; init; }

        /// <summary>The “Date 47” DatePicker <c>field_47</c> on screen <c>PART_TWO</c>.</summary>
        /// <remarks>JSON key <c>field_47</c>; always present.</remarks>
        public global::System.DateOnly Field47 { get; init; }

        /// <summary>The “Field 48” TextInput <c>field_48</c> on screen <c>PART_TWO</c>.</summary>
        /// <remarks>JSON key <c>field_48</c>; always present.</remarks>
        public string Field48 { get; init; } = default!;

        /// <summary>The “Field 49” TextInput <c>field_49</c> on screen <c>PART_TWO</c>.</summary>
        /// <remarks>JSON key <c>field_49</c>; may be absent.</remarks>
        public string? Field49 { get; init; }

        /// <summary>The “Field 50” TextInput <c>field_50</c> on screen <c>PART_TWO</c>.</summary>
        /// <remarks>JSON key <c>field_50</c>; always present.</remarks>
        public string Field50 { get; init; } = default!;

        /// <summary>The “Choice 51” Dropdown <c>field_51</c> on screen <c>PART_TWO</c>.</summary>
        /// <remarks>JSON key <c>field_51</c>; always present.</remarks>
        public Field51Option Field51 { get; init; }

        /// <summary>The “Multi 52” CheckboxGroup <c>field_52</c> on screen <c>PART_TWO</c>.</summary>
        /// <remarks>JSON key <c>field_52</c>; may be absent.</remarks>
        public global::System.Collections.Generic.IReadOnlyList<Field52Option>? Field52 { get; init; }

        /// <summary>The “Date 53” DatePicker <c>field_53</c> on screen <c>PART_TWO</c>.</summary>
        /// <remarks>JSON key <c>field_53</c>; always present.</remarks>
        public global::System.DateOnly Field53 { get; init; }

        /// <summary>The “Field 54” TextInput <c>field_54</c> on screen <c>PART_TWO</c>.</summary>
        /// <remarks>JSON key <c>field_54</c>; always present.</remarks>
        public string Field54 { get; init; } = default!;

        /// <summary>The “Field 55” TextInput <c>field_55</c> on screen <c>PART_TWO</c>.</summary>
        /// <remarks>JSON key <c>field_55</c>; may be absent.</remarks>
        public string? Field55 { get; init; }

        /// <summary>The “Field 56” TextInput <c>field_56</c> on screen <c>PART_TWO</c>.</summary>
        /// <remarks>JSON key <c>field_56</c>; always present.</remarks>
        public string Field56 { get; init; } = default!;

        /// <summary>The “Choice 57” Dropdown <c>field_57</c> on screen <c>PART_TWO</c>.</summary>
        /// <remarks>JSON key <c>field_57</c>; always present.</remarks>
        public Field57Option Field57 { get; init; }

        /// <summary>The “Multi 58” CheckboxGroup <c>field_58</c> on screen <c>PART_TWO</c>.</summary>
        /// <remarks>JSON key <c>field_58</c>; may be absent.</remarks>
        public global::System.Collections.Generic.IReadOnlyList<Field58Option>? Field58 { get; init; }

        /// <summary>The “Date 59” DatePicker <c>field_59</c> on screen <c>PART_TWO</c>.</summary>
        /// <remarks>JSON key <c>field_59</c>; always present.</remarks>
        public global::System.DateOnly Field59 { get; init; }

        /// <inheritdoc />
        public string? FlowToken { get; init; }

        /// <inheritdoc />
        public global::System.Collections.Generic.IReadOnlyDictionary<string, global::System.Text.Json.JsonElement> ExtensionData { get; init; } = global::FlowTypes.Runtime.FlowExtensionData.EmptyExtensionData;

        /// <summary>Parses UTF-8 <c>responseJson</c> bytes of a flow submission.</summary>
        /// <exception cref="global::FlowTypes.FlowParseException">The bytes are not a valid submission of this flow.</exception>
        public static SyntheticSixtySubmission Parse(global::System.ReadOnlySpan<byte> utf8ResponseJson) =>
            TryRead(utf8ResponseJson, global::FlowTypes.FlowParseOptions.Default, string.Empty, out var submission, out var error) ? submission! : throw new global::FlowTypes.FlowParseException(error!);

        /// <summary>Parses UTF-8 <c>responseJson</c> bytes of a flow submission; never throws for bad input.</summary>
        public static bool TryParse(global::System.ReadOnlySpan<byte> utf8ResponseJson, [global::System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out SyntheticSixtySubmission? submission, out global::FlowTypes.FlowParseError? error) =>
            TryRead(utf8ResponseJson, global::FlowTypes.FlowParseOptions.Default, string.Empty, out submission, out error);

        /// <summary>Reads a <c>responseJson</c> document (UTF-8); used by the parse methods and the flow router.</summary>
        [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
        internal static bool TryRead(global::System.ReadOnlySpan<byte> json, global::FlowTypes.FlowParseOptions options, string pathPrefix, out SyntheticSixtySubmission? value, out global::FlowTypes.FlowParseError? error)
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

                string? f0 = default;
                var has0 = false;
                string? f1 = default;
                var has1 = false;
                string? f2 = default;
                var has2 = false;
                Field03Option? f3 = default;
                var has3 = false;
                global::System.Collections.Generic.IReadOnlyList<Field04Option>? f4 = default;
                var has4 = false;
                global::System.DateOnly? f5 = default;
                var has5 = false;
                string? f6 = default;
                var has6 = false;
                string? f7 = default;
                var has7 = false;
                string? f8 = default;
                var has8 = false;
                Field09Option? f9 = default;
                var has9 = false;
                global::System.Collections.Generic.IReadOnlyList<Field10Option>? f10 = default;
                var has10 = false;
                global::System.DateOnly? f11 = default;
                var has11 = false;
                string? f12 = default;
                var has12 = false;
                string? f13 = default;
                var has13 = false;
                string? f14 = default;
                var has14 = false;
                Field15Option? f15 = default;
                var has15 = false;
                global::System.Collections.Generic.IReadOnlyList<Field16Option>? f16 = default;
                var has16 = false;
                global::System.DateOnly? f17 = default;
                var has17 = false;
                string? f18 = default;
                var has18 = false;
                string? f19 = default;
                var has19 = false;
                string? f20 = default;
                var has20 = false;
                Field21Option? f21 = default;
                var has21 = false;
                global::System.Collections.Generic.IReadOnlyList<Field22Option>? f22 = default;
                var has22 = false;
                global::System.DateOnly? f23 = default;
                var has23 = false;
                string? f24 = default;
                var has24 = false;
                string? f25 = default;
                var has25 = false;
                string? f26 = default;
                var has26 = false;
                Field27Option? f27 = default;
                var has27 = false;
                global::System.Collections.Generic.IReadOnlyList<Field28Option>? f28 = default;
                var has28 = false;
                global::System.DateOnly? f29 = default;
                var has29 = false;
                string? f30 = default;
                var has30 = false;
                string? f31 = default;
                var has31 = false;
                string? f32 = default;
                var has32 = false;
                Field33Option? f33 = default;
                var has33 = false;
                global::System.Collections.Generic.IReadOnlyList<Field34Option>? f34 = default;
                var has34 = false;
                global::System.DateOnly? f35 = default;
                var has35 = false;
                string? f36 = default;
                var has36 = false;
                string? f37 = default;
                var has37 = false;
                string? f38 = default;
                var has38 = false;
                Field39Option? f39 = default;
                var has39 = false;
                global::System.Collections.Generic.IReadOnlyList<Field40Option>? f40 = default;
                var has40 = false;
                global::System.DateOnly? f41 = default;
                var has41 = false;
                string? f42 = default;
                var has42 = false;
                string? f43 = default;
                var has43 = false;
                string? f44 = default;
                var has44 = false;
                Field45Option? f45 = default;
                var has45 = false;
                global::System.Collections.Generic.IReadOnlyList<Field46Option>? f46 = default;
                var has46 = false;
                global::System.DateOnly? f47 = default;
                var has47 = false;
                string? f48 = default;
                var has48 = false;
                string? f49 = default;
                var has49 = false;
                string? f50 = default;
                var has50 = false;
                Field51Option? f51 = default;
                var has51 = false;
                global::System.Collections.Generic.IReadOnlyList<Field52Option>? f52 = default;
                var has52 = false;
                global::System.DateOnly? f53 = default;
                var has53 = false;
                string? f54 = default;
                var has54 = false;
                string? f55 = default;
                var has55 = false;
                string? f56 = default;
                var has56 = false;
                Field57Option? f57 = default;
                var has57 = false;
                global::System.Collections.Generic.IReadOnlyList<Field58Option>? f58 = default;
                var has58 = false;
                global::System.DateOnly? f59 = default;
                var has59 = false;
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
                                error = global::FlowTypes.Runtime.FlowParseErrors.DuplicateKey(pathPrefix, "field_00");
                                return false;
                            }
                            has0 = true;
                            reader.Read();
                            if (!global::FlowTypes.Runtime.FlowValueReader.TryReadString(ref reader, out f0))
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.UnexpectedType(pathPrefix, "field_00", "a string", reader.TokenType);
                                return false;
                            }
                            next = 1;
                            continue;
                        }

                        case 1:
                        {
                            if (has1)
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.DuplicateKey(pathPrefix, "field_01");
                                return false;
                            }
                            has1 = true;
                            reader.Read();
                            if (!global::FlowTypes.Runtime.FlowValueReader.TryReadString(ref reader, out f1))
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.UnexpectedType(pathPrefix, "field_01", "a string", reader.TokenType);
                                return false;
                            }
                            next = 2;
                            continue;
                        }

                        case 2:
                        {
                            if (has2)
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.DuplicateKey(pathPrefix, "field_02");
                                return false;
                            }
                            has2 = true;
                            reader.Read();
                            if (!global::FlowTypes.Runtime.FlowValueReader.TryReadString(ref reader, out f2))
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.UnexpectedType(pathPrefix, "field_02", "a string", reader.TokenType);
                                return false;
                            }
                            next = 3;
                            continue;
                        }

                        case 3:
                        {
                            if (has3)
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.DuplicateKey(pathPrefix, "field_03");
                                return false;
                            }
                            has3 = true;
                            reader.Read();
                            if (!global::FlowTypes.Runtime.FlowValueReader.TryReadOptionId(ref reader, Field03Option._listed, out var f3Id))
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.UnexpectedType(pathPrefix, "field_03", "an option id", reader.TokenType);
                                return false;
                            }
                            f3 = f3Id is null ? null : new Field03Option(f3Id);
                            next = 4;
                            continue;
                        }

                        case 4:
                        {
                            if (has4)
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.DuplicateKey(pathPrefix, "field_04");
                                return false;
                            }
                            has4 = true;
                            reader.Read();
                            if (!global::FlowTypes.Runtime.FlowValueReader.TryReadList(ref reader, Field04Option._listed, Field04Option._fromId, out f4))
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.UnexpectedType(pathPrefix, "field_04", "an array of option ids", reader.TokenType);
                                return false;
                            }
                            next = 5;
                            continue;
                        }

                        case 5:
                        {
                            if (has5)
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.DuplicateKey(pathPrefix, "field_05");
                                return false;
                            }
                            has5 = true;
                            reader.Read();
                            if (!global::FlowTypes.Runtime.FlowValueReader.TryReadDate(ref reader, out f5))
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.UnexpectedType(pathPrefix, "field_05", "a date (YYYY-MM-DD)", reader.TokenType);
                                return false;
                            }
                            next = 6;
                            continue;
                        }

                        case 6:
                        {
                            if (has6)
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.DuplicateKey(pathPrefix, "field_06");
                                return false;
                            }
                            has6 = true;
                            reader.Read();
                            if (!global::FlowTypes.Runtime.FlowValueReader.TryReadString(ref reader, out f6))
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.UnexpectedType(pathPrefix, "field_06", "a string", reader.TokenType);
                                return false;
                            }
                            next = 7;
                            continue;
                        }

                        case 7:
                        {
                            if (has7)
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.DuplicateKey(pathPrefix, "field_07");
                                return false;
                            }
                            has7 = true;
                            reader.Read();
                            if (!global::FlowTypes.Runtime.FlowValueReader.TryReadString(ref reader, out f7))
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.UnexpectedType(pathPrefix, "field_07", "a string", reader.TokenType);
                                return false;
                            }
                            next = 8;
                            continue;
                        }

                        case 8:
                        {
                            if (has8)
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.DuplicateKey(pathPrefix, "field_08");
                                return false;
                            }
                            has8 = true;
                            reader.Read();
                            if (!global::FlowTypes.Runtime.FlowValueReader.TryReadString(ref reader, out f8))
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.UnexpectedType(pathPrefix, "field_08", "a string", reader.TokenType);
                                return false;
                            }
                            next = 9;
                            continue;
                        }

                        case 9:
                        {
                            if (has9)
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.DuplicateKey(pathPrefix, "field_09");
                                return false;
                            }
                            has9 = true;
                            reader.Read();
                            if (!global::FlowTypes.Runtime.FlowValueReader.TryReadOptionId(ref reader, Field09Option._listed, out var f9Id))
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.UnexpectedType(pathPrefix, "field_09", "an option id", reader.TokenType);
                                return false;
                            }
                            f9 = f9Id is null ? null : new Field09Option(f9Id);
                            next = 10;
                            continue;
                        }

                        case 10:
                        {
                            if (has10)
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.DuplicateKey(pathPrefix, "field_10");
                                return false;
                            }
                            has10 = true;
                            reader.Read();
                            if (!global::FlowTypes.Runtime.FlowValueReader.TryReadList(ref reader, Field10Option._listed, Field10Option._fromId, out f10))
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.UnexpectedType(pathPrefix, "field_10", "an array of option ids", reader.TokenType);
                                return false;
                            }
                            next = 11;
                            continue;
                        }

                        case 11:
                        {
                            if (has11)
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.DuplicateKey(pathPrefix, "field_11");
                                return false;
                            }
                            has11 = true;
                            reader.Read();
                            if (!global::FlowTypes.Runtime.FlowValueReader.TryReadDate(ref reader, out f11))
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.UnexpectedType(pathPrefix, "field_11", "a date (YYYY-MM-DD)", reader.TokenType);
                                return false;
                            }
                            next = 12;
                            continue;
                        }

                        case 12:
                        {
                            if (has12)
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.DuplicateKey(pathPrefix, "field_12");
                                return false;
                            }
                            has12 = true;
                            reader.Read();
                            if (!global::FlowTypes.Runtime.FlowValueReader.TryReadString(ref reader, out f12))
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.UnexpectedType(pathPrefix, "field_12", "a string", reader.TokenType);
                                return false;
                            }
                            next = 13;
                            continue;
                        }

                        case 13:
                        {
                            if (has13)
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.DuplicateKey(pathPrefix, "field_13");
                                return false;
                            }
                            has13 = true;
                            reader.Read();
                            if (!global::FlowTypes.Runtime.FlowValueReader.TryReadString(ref reader, out f13))
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.UnexpectedType(pathPrefix, "field_13", "a string", reader.TokenType);
                                return false;
                            }
                            next = 14;
                            continue;
                        }

                        case 14:
                        {
                            if (has14)
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.DuplicateKey(pathPrefix, "field_14");
                                return false;
                            }
                            has14 = true;
                            reader.Read();
                            if (!global::FlowTypes.Runtime.FlowValueReader.TryReadString(ref reader, out f14))
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.UnexpectedType(pathPrefix, "field_14", "a string", reader.TokenType);
                                return false;
                            }
                            next = 15;
                            continue;
                        }

                        case 15:
                        {
                            if (has15)
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.DuplicateKey(pathPrefix, "field_15");
                                return false;
                            }
                            has15 = true;
                            reader.Read();
                            if (!global::FlowTypes.Runtime.FlowValueReader.TryReadOptionId(ref reader, Field15Option._listed, out var f15Id))
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.UnexpectedType(pathPrefix, "field_15", "an option id", reader.TokenType);
                                return false;
                            }
                            f15 = f15Id is null ? null : new Field15Option(f15Id);
                            next = 16;
                            continue;
                        }

                        case 16:
                        {
                            if (has16)
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.DuplicateKey(pathPrefix, "field_16");
                                return false;
                            }
                            has16 = true;
                            reader.Read();
                            if (!global::FlowTypes.Runtime.FlowValueReader.TryReadList(ref reader, Field16Option._listed, Field16Option._fromId, out f16))
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.UnexpectedType(pathPrefix, "field_16", "an array of option ids", reader.TokenType);
                                return false;
                            }
                            next = 17;
                            continue;
                        }

                        case 17:
                        {
                            if (has17)
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.DuplicateKey(pathPrefix, "field_17");
                                return false;
                            }
                            has17 = true;
                            reader.Read();
                            if (!global::FlowTypes.Runtime.FlowValueReader.TryReadDate(ref reader, out f17))
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.UnexpectedType(pathPrefix, "field_17", "a date (YYYY-MM-DD)", reader.TokenType);
                                return false;
                            }
                            next = 18;
                            continue;
                        }

                        case 18:
                        {
                            if (has18)
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.DuplicateKey(pathPrefix, "field_18");
                                return false;
                            }
                            has18 = true;
                            reader.Read();
                            if (!global::FlowTypes.Runtime.FlowValueReader.TryReadString(ref reader, out f18))
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.UnexpectedType(pathPrefix, "field_18", "a string", reader.TokenType);
                                return false;
                            }
                            next = 19;
                            continue;
                        }

                        case 19:
                        {
                            if (has19)
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.DuplicateKey(pathPrefix, "field_19");
                                return false;
                            }
                            has19 = true;
                            reader.Read();
                            if (!global::FlowTypes.Runtime.FlowValueReader.TryReadString(ref reader, out f19))
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.UnexpectedType(pathPrefix, "field_19", "a string", reader.TokenType);
                                return false;
                            }
                            next = 20;
                            continue;
                        }

                        case 20:
                        {
                            if (has20)
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.DuplicateKey(pathPrefix, "field_20");
                                return false;
                            }
                            has20 = true;
                            reader.Read();
                            if (!global::FlowTypes.Runtime.FlowValueReader.TryReadString(ref reader, out f20))
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.UnexpectedType(pathPrefix, "field_20", "a string", reader.TokenType);
                                return false;
                            }
                            next = 21;
                            continue;
                        }

                        case 21:
                        {
                            if (has21)
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.DuplicateKey(pathPrefix, "field_21");
                                return false;
                            }
                            has21 = true;
                            reader.Read();
                            if (!global::FlowTypes.Runtime.FlowValueReader.TryReadOptionId(ref reader, Field21Option._listed, out var f21Id))
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.UnexpectedType(pathPrefix, "field_21", "an option id", reader.TokenType);
                                return false;
                            }
                            f21 = f21Id is null ? null : new Field21Option(f21Id);
                            next = 22;
                            continue;
                        }

                        case 22:
                        {
                            if (has22)
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.DuplicateKey(pathPrefix, "field_22");
                                return false;
                            }
                            has22 = true;
                            reader.Read();
                            if (!global::FlowTypes.Runtime.FlowValueReader.TryReadList(ref reader, Field22Option._listed, Field22Option._fromId, out f22))
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.UnexpectedType(pathPrefix, "field_22", "an array of option ids", reader.TokenType);
                                return false;
                            }
                            next = 23;
                            continue;
                        }

                        case 23:
                        {
                            if (has23)
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.DuplicateKey(pathPrefix, "field_23");
                                return false;
                            }
                            has23 = true;
                            reader.Read();
                            if (!global::FlowTypes.Runtime.FlowValueReader.TryReadDate(ref reader, out f23))
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.UnexpectedType(pathPrefix, "field_23", "a date (YYYY-MM-DD)", reader.TokenType);
                                return false;
                            }
                            next = 24;
                            continue;
                        }

                        case 24:
                        {
                            if (has24)
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.DuplicateKey(pathPrefix, "field_24");
                                return false;
                            }
                            has24 = true;
                            reader.Read();
                            if (!global::FlowTypes.Runtime.FlowValueReader.TryReadString(ref reader, out f24))
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.UnexpectedType(pathPrefix, "field_24", "a string", reader.TokenType);
                                return false;
                            }
                            next = 25;
                            continue;
                        }

                        case 25:
                        {
                            if (has25)
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.DuplicateKey(pathPrefix, "field_25");
                                return false;
                            }
                            has25 = true;
                            reader.Read();
                            if (!global::FlowTypes.Runtime.FlowValueReader.TryReadString(ref reader, out f25))
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.UnexpectedType(pathPrefix, "field_25", "a string", reader.TokenType);
                                return false;
                            }
                            next = 26;
                            continue;
                        }

                        case 26:
                        {
                            if (has26)
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.DuplicateKey(pathPrefix, "field_26");
                                return false;
                            }
                            has26 = true;
                            reader.Read();
                            if (!global::FlowTypes.Runtime.FlowValueReader.TryReadString(ref reader, out f26))
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.UnexpectedType(pathPrefix, "field_26", "a string", reader.TokenType);
                                return false;
                            }
                            next = 27;
                            continue;
                        }

                        case 27:
                        {
                            if (has27)
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.DuplicateKey(pathPrefix, "field_27");
                                return false;
                            }
                            has27 = true;
                            reader.Read();
                            if (!global::FlowTypes.Runtime.FlowValueReader.TryReadOptionId(ref reader, Field27Option._listed, out var f27Id))
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.UnexpectedType(pathPrefix, "field_27", "an option id", reader.TokenType);
                                return false;
                            }
                            f27 = f27Id is null ? null : new Field27Option(f27Id);
                            next = 28;
                            continue;
                        }

                        case 28:
                        {
                            if (has28)
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.DuplicateKey(pathPrefix, "field_28");
                                return false;
                            }
                            has28 = true;
                            reader.Read();
                            if (!global::FlowTypes.Runtime.FlowValueReader.TryReadList(ref reader, Field28Option._listed, Field28Option._fromId, out f28))
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.UnexpectedType(pathPrefix, "field_28", "an array of option ids", reader.TokenType);
                                return false;
                            }
                            next = 29;
                            continue;
                        }

                        case 29:
                        {
                            if (has29)
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.DuplicateKey(pathPrefix, "field_29");
                                return false;
                            }
                            has29 = true;
                            reader.Read();
                            if (!global::FlowTypes.Runtime.FlowValueReader.TryReadDate(ref reader, out f29))
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.UnexpectedType(pathPrefix, "field_29", "a date (YYYY-MM-DD)", reader.TokenType);
                                return false;
                            }
                            next = 30;
                            continue;
                        }

                        case 30:
                        {
                            if (has30)
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.DuplicateKey(pathPrefix, "field_30");
                                return false;
                            }
                            has30 = true;
                            reader.Read();
                            if (!global::FlowTypes.Runtime.FlowValueReader.TryReadString(ref reader, out f30))
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.UnexpectedType(pathPrefix, "field_30", "a string", reader.TokenType);
                                return false;
                            }
                            next = 31;
                            continue;
                        }

                        case 31:
                        {
                            if (has31)
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.DuplicateKey(pathPrefix, "field_31");
                                return false;
                            }
                            has31 = true;
                            reader.Read();
                            if (!global::FlowTypes.Runtime.FlowValueReader.TryReadString(ref reader, out f31))
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.UnexpectedType(pathPrefix, "field_31", "a string", reader.TokenType);
                                return false;
                            }
                            next = 32;
                            continue;
                        }

                        case 32:
                        {
                            if (has32)
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.DuplicateKey(pathPrefix, "field_32");
                                return false;
                            }
                            has32 = true;
                            reader.Read();
                            if (!global::FlowTypes.Runtime.FlowValueReader.TryReadString(ref reader, out f32))
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.UnexpectedType(pathPrefix, "field_32", "a string", reader.TokenType);
                                return false;
                            }
                            next = 33;
                            continue;
                        }

                        case 33:
                        {
                            if (has33)
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.DuplicateKey(pathPrefix, "field_33");
                                return false;
                            }
                            has33 = true;
                            reader.Read();
                            if (!global::FlowTypes.Runtime.FlowValueReader.TryReadOptionId(ref reader, Field33Option._listed, out var f33Id))
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.UnexpectedType(pathPrefix, "field_33", "an option id", reader.TokenType);
                                return false;
                            }
                            f33 = f33Id is null ? null : new Field33Option(f33Id);
                            next = 34;
                            continue;
                        }

                        case 34:
                        {
                            if (has34)
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.DuplicateKey(pathPrefix, "field_34");
                                return false;
                            }
                            has34 = true;
                            reader.Read();
                            if (!global::FlowTypes.Runtime.FlowValueReader.TryReadList(ref reader, Field34Option._listed, Field34Option._fromId, out f34))
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.UnexpectedType(pathPrefix, "field_34", "an array of option ids", reader.TokenType);
                                return false;
                            }
                            next = 35;
                            continue;
                        }

                        case 35:
                        {
                            if (has35)
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.DuplicateKey(pathPrefix, "field_35");
                                return false;
                            }
                            has35 = true;
                            reader.Read();
                            if (!global::FlowTypes.Runtime.FlowValueReader.TryReadDate(ref reader, out f35))
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.UnexpectedType(pathPrefix, "field_35", "a date (YYYY-MM-DD)", reader.TokenType);
                                return false;
                            }
                            next = 36;
                            continue;
                        }

                        case 36:
                        {
                            if (has36)
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.DuplicateKey(pathPrefix, "field_36");
                                return false;
                            }
                            has36 = true;
                            reader.Read();
                            if (!global::FlowTypes.Runtime.FlowValueReader.TryReadString(ref reader, out f36))
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.UnexpectedType(pathPrefix, "field_36", "a string", reader.TokenType);
                                return false;
                            }
                            next = 37;
                            continue;
                        }

                        case 37:
                        {
                            if (has37)
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.DuplicateKey(pathPrefix, "field_37");
                                return false;
                            }
                            has37 = true;
                            reader.Read();
                            if (!global::FlowTypes.Runtime.FlowValueReader.TryReadString(ref reader, out f37))
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.UnexpectedType(pathPrefix, "field_37", "a string", reader.TokenType);
                                return false;
                            }
                            next = 38;
                            continue;
                        }

                        case 38:
                        {
                            if (has38)
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.DuplicateKey(pathPrefix, "field_38");
                                return false;
                            }
                            has38 = true;
                            reader.Read();
                            if (!global::FlowTypes.Runtime.FlowValueReader.TryReadString(ref reader, out f38))
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.UnexpectedType(pathPrefix, "field_38", "a string", reader.TokenType);
                                return false;
                            }
                            next = 39;
                            continue;
                        }

                        case 39:
                        {
                            if (has39)
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.DuplicateKey(pathPrefix, "field_39");
                                return false;
                            }
                            has39 = true;
                            reader.Read();
                            if (!global::FlowTypes.Runtime.FlowValueReader.TryReadOptionId(ref reader, Field39Option._listed, out var f39Id))
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.UnexpectedType(pathPrefix, "field_39", "an option id", reader.TokenType);
                                return false;
                            }
                            f39 = f39Id is null ? null : new Field39Option(f39Id);
                            next = 40;
                            continue;
                        }

                        case 40:
                        {
                            if (has40)
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.DuplicateKey(pathPrefix, "field_40");
                                return false;
                            }
                            has40 = true;
                            reader.Read();
                            if (!global::FlowTypes.Runtime.FlowValueReader.TryReadList(ref reader, Field40Option._listed, Field40Option._fromId, out f40))
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.UnexpectedType(pathPrefix, "field_40", "an array of option ids", reader.TokenType);
                                return false;
                            }
                            next = 41;
                            continue;
                        }

                        case 41:
                        {
                            if (has41)
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.DuplicateKey(pathPrefix, "field_41");
                                return false;
                            }
                            has41 = true;
                            reader.Read();
                            if (!global::FlowTypes.Runtime.FlowValueReader.TryReadDate(ref reader, out f41))
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.UnexpectedType(pathPrefix, "field_41", "a date (YYYY-MM-DD)", reader.TokenType);
                                return false;
                            }
                            next = 42;
                            continue;
                        }

                        case 42:
                        {
                            if (has42)
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.DuplicateKey(pathPrefix, "field_42");
                                return false;
                            }
                            has42 = true;
                            reader.Read();
                            if (!global::FlowTypes.Runtime.FlowValueReader.TryReadString(ref reader, out f42))
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.UnexpectedType(pathPrefix, "field_42", "a string", reader.TokenType);
                                return false;
                            }
                            next = 43;
                            continue;
                        }

                        case 43:
                        {
                            if (has43)
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.DuplicateKey(pathPrefix, "field_43");
                                return false;
                            }
                            has43 = true;
                            reader.Read();
                            if (!global::FlowTypes.Runtime.FlowValueReader.TryReadString(ref reader, out f43))
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.UnexpectedType(pathPrefix, "field_43", "a string", reader.TokenType);
                                return false;
                            }
                            next = 44;
                            continue;
                        }

                        case 44:
                        {
                            if (has44)
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.DuplicateKey(pathPrefix, "field_44");
                                return false;
                            }
                            has44 = true;
                            reader.Read();
                            if (!global::FlowTypes.Runtime.FlowValueReader.TryReadString(ref reader, out f44))
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.UnexpectedType(pathPrefix, "field_44", "a string", reader.TokenType);
                                return false;
                            }
                            next = 45;
                            continue;
                        }

                        case 45:
                        {
                            if (has45)
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.DuplicateKey(pathPrefix, "field_45");
                                return false;
                            }
                            has45 = true;
                            reader.Read();
                            if (!global::FlowTypes.Runtime.FlowValueReader.TryReadOptionId(ref reader, Field45Option._listed, out var f45Id))
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.UnexpectedType(pathPrefix, "field_45", "an option id", reader.TokenType);
                                return false;
                            }
                            f45 = f45Id is null ? null : new Field45Option(f45Id);
                            next = 46;
                            continue;
                        }

                        case 46:
                        {
                            if (has46)
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.DuplicateKey(pathPrefix, "field_46");
                                return false;
                            }
                            has46 = true;
                            reader.Read();
                            if (!global::FlowTypes.Runtime.FlowValueReader.TryReadList(ref reader, Field46Option._listed, Field46Option._fromId, out f46))
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.UnexpectedType(pathPrefix, "field_46", "an array of option ids", reader.TokenType);
                                return false;
                            }
                            next = 47;
                            continue;
                        }

                        case 47:
                        {
                            if (has47)
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.DuplicateKey(pathPrefix, "field_47");
                                return false;
                            }
                            has47 = true;
                            reader.Read();
                            if (!global::FlowTypes.Runtime.FlowValueReader.TryReadDate(ref reader, out f47))
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.UnexpectedType(pathPrefix, "field_47", "a date (YYYY-MM-DD)", reader.TokenType);
                                return false;
                            }
                            next = 48;
                            continue;
                        }

                        case 48:
                        {
                            if (has48)
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.DuplicateKey(pathPrefix, "field_48");
                                return false;
                            }
                            has48 = true;
                            reader.Read();
                            if (!global::FlowTypes.Runtime.FlowValueReader.TryReadString(ref reader, out f48))
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.UnexpectedType(pathPrefix, "field_48", "a string", reader.TokenType);
                                return false;
                            }
                            next = 49;
                            continue;
                        }

                        case 49:
                        {
                            if (has49)
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.DuplicateKey(pathPrefix, "field_49");
                                return false;
                            }
                            has49 = true;
                            reader.Read();
                            if (!global::FlowTypes.Runtime.FlowValueReader.TryReadString(ref reader, out f49))
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.UnexpectedType(pathPrefix, "field_49", "a string", reader.TokenType);
                                return false;
                            }
                            next = 50;
                            continue;
                        }

                        case 50:
                        {
                            if (has50)
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.DuplicateKey(pathPrefix, "field_50");
                                return false;
                            }
                            has50 = true;
                            reader.Read();
                            if (!global::FlowTypes.Runtime.FlowValueReader.TryReadString(ref reader, out f50))
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.UnexpectedType(pathPrefix, "field_50", "a string", reader.TokenType);
                                return false;
                            }
                            next = 51;
                            continue;
                        }

                        case 51:
                        {
                            if (has51)
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.DuplicateKey(pathPrefix, "field_51");
                                return false;
                            }
                            has51 = true;
                            reader.Read();
                            if (!global::FlowTypes.Runtime.FlowValueReader.TryReadOptionId(ref reader, Field51Option._listed, out var f51Id))
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.UnexpectedType(pathPrefix, "field_51", "an option id", reader.TokenType);
                                return false;
                            }
                            f51 = f51Id is null ? null : new Field51Option(f51Id);
                            next = 52;
                            continue;
                        }

                        case 52:
                        {
                            if (has52)
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.DuplicateKey(pathPrefix, "field_52");
                                return false;
                            }
                            has52 = true;
                            reader.Read();
                            if (!global::FlowTypes.Runtime.FlowValueReader.TryReadList(ref reader, Field52Option._listed, Field52Option._fromId, out f52))
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.UnexpectedType(pathPrefix, "field_52", "an array of option ids", reader.TokenType);
                                return false;
                            }
                            next = 53;
                            continue;
                        }

                        case 53:
                        {
                            if (has53)
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.DuplicateKey(pathPrefix, "field_53");
                                return false;
                            }
                            has53 = true;
                            reader.Read();
                            if (!global::FlowTypes.Runtime.FlowValueReader.TryReadDate(ref reader, out f53))
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.UnexpectedType(pathPrefix, "field_53", "a date (YYYY-MM-DD)", reader.TokenType);
                                return false;
                            }
                            next = 54;
                            continue;
                        }

                        case 54:
                        {
                            if (has54)
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.DuplicateKey(pathPrefix, "field_54");
                                return false;
                            }
                            has54 = true;
                            reader.Read();
                            if (!global::FlowTypes.Runtime.FlowValueReader.TryReadString(ref reader, out f54))
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.UnexpectedType(pathPrefix, "field_54", "a string", reader.TokenType);
                                return false;
                            }
                            next = 55;
                            continue;
                        }

                        case 55:
                        {
                            if (has55)
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.DuplicateKey(pathPrefix, "field_55");
                                return false;
                            }
                            has55 = true;
                            reader.Read();
                            if (!global::FlowTypes.Runtime.FlowValueReader.TryReadString(ref reader, out f55))
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.UnexpectedType(pathPrefix, "field_55", "a string", reader.TokenType);
                                return false;
                            }
                            next = 56;
                            continue;
                        }

                        case 56:
                        {
                            if (has56)
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.DuplicateKey(pathPrefix, "field_56");
                                return false;
                            }
                            has56 = true;
                            reader.Read();
                            if (!global::FlowTypes.Runtime.FlowValueReader.TryReadString(ref reader, out f56))
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.UnexpectedType(pathPrefix, "field_56", "a string", reader.TokenType);
                                return false;
                            }
                            next = 57;
                            continue;
                        }

                        case 57:
                        {
                            if (has57)
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.DuplicateKey(pathPrefix, "field_57");
                                return false;
                            }
                            has57 = true;
                            reader.Read();
                            if (!global::FlowTypes.Runtime.FlowValueReader.TryReadOptionId(ref reader, Field57Option._listed, out var f57Id))
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.UnexpectedType(pathPrefix, "field_57", "an option id", reader.TokenType);
                                return false;
                            }
                            f57 = f57Id is null ? null : new Field57Option(f57Id);
                            next = 58;
                            continue;
                        }

                        case 58:
                        {
                            if (has58)
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.DuplicateKey(pathPrefix, "field_58");
                                return false;
                            }
                            has58 = true;
                            reader.Read();
                            if (!global::FlowTypes.Runtime.FlowValueReader.TryReadList(ref reader, Field58Option._listed, Field58Option._fromId, out f58))
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.UnexpectedType(pathPrefix, "field_58", "an array of option ids", reader.TokenType);
                                return false;
                            }
                            next = 59;
                            continue;
                        }

                        case 59:
                        {
                            if (has59)
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.DuplicateKey(pathPrefix, "field_59");
                                return false;
                            }
                            has59 = true;
                            reader.Read();
                            if (!global::FlowTypes.Runtime.FlowValueReader.TryReadDate(ref reader, out f59))
                            {
                                error = global::FlowTypes.Runtime.FlowParseErrors.UnexpectedType(pathPrefix, "field_59", "a date (YYYY-MM-DD)", reader.TokenType);
                                return false;
                            }
                            next = 60;
                            continue;
                        }

                        case 60:
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
                            next = 61;
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
                    error = global::FlowTypes.Runtime.FlowParseErrors.MissingField(pathPrefix, "field_00", "synthetic-sixty.flow.json");
                    return false;
                }
                if (f2 is null)
                {
                    error = global::FlowTypes.Runtime.FlowParseErrors.MissingField(pathPrefix, "field_02", "synthetic-sixty.flow.json");
                    return false;
                }
                if (f3 is null)
                {
                    error = global::FlowTypes.Runtime.FlowParseErrors.MissingField(pathPrefix, "field_03", "synthetic-sixty.flow.json");
                    return false;
                }
                if (f5 is null)
                {
                    error = global::FlowTypes.Runtime.FlowParseErrors.MissingField(pathPrefix, "field_05", "synthetic-sixty.flow.json");
                    return false;
                }
                if (f6 is null)
                {
                    error = global::FlowTypes.Runtime.FlowParseErrors.MissingField(pathPrefix, "field_06", "synthetic-sixty.flow.json");
                    return false;
                }
                if (f8 is null)
                {
                    error = global::FlowTypes.Runtime.FlowParseErrors.MissingField(pathPrefix, "field_08", "synthetic-sixty.flow.json");
                    return false;
                }
                if (f9 is null)
                {
                    error = global::FlowTypes.Runtime.FlowParseErrors.MissingField(pathPrefix, "field_09", "synthetic-sixty.flow.json");
                    return false;
                }
                if (f11 is null)
                {
                    error = global::FlowTypes.Runtime.FlowParseErrors.MissingField(pathPrefix, "field_11", "synthetic-sixty.flow.json");
                    return false;
                }
                if (f12 is null)
                {
                    error = global::FlowTypes.Runtime.FlowParseErrors.MissingField(pathPrefix, "field_12", "synthetic-sixty.flow.json");
                    return false;
                }
                if (f14 is null)
                {
                    error = global::FlowTypes.Runtime.FlowParseErrors.MissingField(pathPrefix, "field_14", "synthetic-sixty.flow.json");
                    return false;
                }
                if (f15 is null)
                {
                    error = global::FlowTypes.Runtime.FlowParseErrors.MissingField(pathPrefix, "field_15", "synthetic-sixty.flow.json");
                    return false;
                }
                if (f17 is null)
                {
                    error = global::FlowTypes.Runtime.FlowParseErrors.MissingField(pathPrefix, "field_17", "synthetic-sixty.flow.json");
                    return false;
                }
                if (f18 is null)
                {
                    error = global::FlowTypes.Runtime.FlowParseErrors.MissingField(pathPrefix, "field_18", "synthetic-sixty.flow.json");
                    return false;
                }
                if (f20 is null)
                {
                    error = global::FlowTypes.Runtime.FlowParseErrors.MissingField(pathPrefix, "field_20", "synthetic-sixty.flow.json");
                    return false;
                }
                if (f21 is null)
                {
                    error = global::FlowTypes.Runtime.FlowParseErrors.MissingField(pathPrefix, "field_21", "synthetic-sixty.flow.json");
                    return false;
                }
                if (f23 is null)
                {
                    error = global::FlowTypes.Runtime.FlowParseErrors.MissingField(pathPrefix, "field_23", "synthetic-sixty.flow.json");
                    return false;
                }
                if (f24 is null)
                {
                    error = global::FlowTypes.Runtime.FlowParseErrors.MissingField(pathPrefix, "field_24", "synthetic-sixty.flow.json");
                    return false;
                }
                if (f26 is null)
                {
                    error = global::FlowTypes.Runtime.FlowParseErrors.MissingField(pathPrefix, "field_26", "synthetic-sixty.flow.json");
                    return false;
                }
                if (f27 is null)
                {
                    error = global::FlowTypes.Runtime.FlowParseErrors.MissingField(pathPrefix, "field_27", "synthetic-sixty.flow.json");
                    return false;
                }
                if (f29 is null)
                {
                    error = global::FlowTypes.Runtime.FlowParseErrors.MissingField(pathPrefix, "field_29", "synthetic-sixty.flow.json");
                    return false;
                }
                if (f30 is null)
                {
                    error = global::FlowTypes.Runtime.FlowParseErrors.MissingField(pathPrefix, "field_30", "synthetic-sixty.flow.json");
                    return false;
                }
                if (f32 is null)
                {
                    error = global::FlowTypes.Runtime.FlowParseErrors.MissingField(pathPrefix, "field_32", "synthetic-sixty.flow.json");
                    return false;
                }
                if (f33 is null)
                {
                    error = global::FlowTypes.Runtime.FlowParseErrors.MissingField(pathPrefix, "field_33", "synthetic-sixty.flow.json");
                    return false;
                }
                if (f35 is null)
                {
                    error = global::FlowTypes.Runtime.FlowParseErrors.MissingField(pathPrefix, "field_35", "synthetic-sixty.flow.json");
                    return false;
                }
                if (f36 is null)
                {
                    error = global::FlowTypes.Runtime.FlowParseErrors.MissingField(pathPrefix, "field_36", "synthetic-sixty.flow.json");
                    return false;
                }
                if (f38 is null)
                {
                    error = global::FlowTypes.Runtime.FlowParseErrors.MissingField(pathPrefix, "field_38", "synthetic-sixty.flow.json");
                    return false;
                }
                if (f39 is null)
                {
                    error = global::FlowTypes.Runtime.FlowParseErrors.MissingField(pathPrefix, "field_39", "synthetic-sixty.flow.json");
                    return false;
                }
                if (f41 is null)
                {
                    error = global::FlowTypes.Runtime.FlowParseErrors.MissingField(pathPrefix, "field_41", "synthetic-sixty.flow.json");
                    return false;
                }
                if (f42 is null)
                {
                    error = global::FlowTypes.Runtime.FlowParseErrors.MissingField(pathPrefix, "field_42", "synthetic-sixty.flow.json");
                    return false;
                }
                if (f44 is null)
                {
                    error = global::FlowTypes.Runtime.FlowParseErrors.MissingField(pathPrefix, "field_44", "synthetic-sixty.flow.json");
                    return false;
                }
                if (f45 is null)
                {
                    error = global::FlowTypes.Runtime.FlowParseErrors.MissingField(pathPrefix, "field_45", "synthetic-sixty.flow.json");
                    return false;
                }
                if (f47 is null)
                {
                    error = global::FlowTypes.Runtime.FlowParseErrors.MissingField(pathPrefix, "field_47", "synthetic-sixty.flow.json");
                    return false;
                }
                if (f48 is null)
                {
                    error = global::FlowTypes.Runtime.FlowParseErrors.MissingField(pathPrefix, "field_48", "synthetic-sixty.flow.json");
                    return false;
                }
                if (f50 is null)
                {
                    error = global::FlowTypes.Runtime.FlowParseErrors.MissingField(pathPrefix, "field_50", "synthetic-sixty.flow.json");
                    return false;
                }
                if (f51 is null)
                {
                    error = global::FlowTypes.Runtime.FlowParseErrors.MissingField(pathPrefix, "field_51", "synthetic-sixty.flow.json");
                    return false;
                }
                if (f53 is null)
                {
                    error = global::FlowTypes.Runtime.FlowParseErrors.MissingField(pathPrefix, "field_53", "synthetic-sixty.flow.json");
                    return false;
                }
                if (f54 is null)
                {
                    error = global::FlowTypes.Runtime.FlowParseErrors.MissingField(pathPrefix, "field_54", "synthetic-sixty.flow.json");
                    return false;
                }
                if (f56 is null)
                {
                    error = global::FlowTypes.Runtime.FlowParseErrors.MissingField(pathPrefix, "field_56", "synthetic-sixty.flow.json");
                    return false;
                }
                if (f57 is null)
                {
                    error = global::FlowTypes.Runtime.FlowParseErrors.MissingField(pathPrefix, "field_57", "synthetic-sixty.flow.json");
                    return false;
                }
                if (f59 is null)
                {
                    error = global::FlowTypes.Runtime.FlowParseErrors.MissingField(pathPrefix, "field_59", "synthetic-sixty.flow.json");
                    return false;
                }
                value = new SyntheticSixtySubmission
                {
                    Field00 = f0!,
                    Field01 = f1,
                    Field02 = f2!,
                    Field03 = f3.Value,
                    Field04 = f4,
                    Field05 = f5.Value,
                    Field06 = f6!,
                    Field07 = f7,
                    Field08 = f8!,
                    Field09 = f9.Value,
                    Field10 = f10,
                    Field11 = f11.Value,
                    Field12 = f12!,
                    Field13 = f13,
                    Field14 = f14!,
                    Field15 = f15.Value,
                    Field16 = f16,
                    Field17 = f17.Value,
                    Field18 = f18!,
                    Field19 = f19,
                    Field20 = f20!,
                    Field21 = f21.Value,
                    Field22 = f22,
                    Field23 = f23.Value,
                    Field24 = f24!,
                    Field25 = f25,
                    Field26 = f26!,
                    Field27 = f27.Value,
                    Field28 = f28,
                    Field29 = f29.Value,
                    Field30 = f30!,
                    Field31 = f31,
                    Field32 = f32!,
                    Field33 = f33.Value,
                    Field34 = f34,
                    Field35 = f35.Value,
                    Field36 = f36!,
                    Field37 = f37,
                    Field38 = f38!,
                    Field39 = f39.Value,
                    Field40 = f40,
                    Field41 = f41.Value,
                    Field42 = f42!,
                    Field43 = f43,
                    Field44 = f44!,
                    Field45 = f45.Value,
                    Field46 = f46,
                    Field47 = f47.Value,
                    Field48 = f48!,
                    Field49 = f49,
                    Field50 = f50!,
                    Field51 = f51.Value,
                    Field52 = f52,
                    Field53 = f53.Value,
                    Field54 = f54!,
                    Field55 = f55,
                    Field56 = f56!,
                    Field57 = f57.Value,
                    Field58 = f58,
                    Field59 = f59.Value,
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
                if (reader.ValueTextEquals(_utf8Key18)) return 18;
                if (reader.ValueTextEquals(_utf8Key19)) return 19;
                if (reader.ValueTextEquals(_utf8Key20)) return 20;
                if (reader.ValueTextEquals(_utf8Key21)) return 21;
                if (reader.ValueTextEquals(_utf8Key22)) return 22;
                if (reader.ValueTextEquals(_utf8Key23)) return 23;
                if (reader.ValueTextEquals(_utf8Key24)) return 24;
                if (reader.ValueTextEquals(_utf8Key25)) return 25;
                if (reader.ValueTextEquals(_utf8Key26)) return 26;
                if (reader.ValueTextEquals(_utf8Key27)) return 27;
                if (reader.ValueTextEquals(_utf8Key28)) return 28;
                if (reader.ValueTextEquals(_utf8Key29)) return 29;
                if (reader.ValueTextEquals(_utf8Key30)) return 30;
                if (reader.ValueTextEquals(_utf8Key31)) return 31;
                if (reader.ValueTextEquals(_utf8Key32)) return 32;
                if (reader.ValueTextEquals(_utf8Key33)) return 33;
                if (reader.ValueTextEquals(_utf8Key34)) return 34;
                if (reader.ValueTextEquals(_utf8Key35)) return 35;
                if (reader.ValueTextEquals(_utf8Key36)) return 36;
                if (reader.ValueTextEquals(_utf8Key37)) return 37;
                if (reader.ValueTextEquals(_utf8Key38)) return 38;
                if (reader.ValueTextEquals(_utf8Key39)) return 39;
                if (reader.ValueTextEquals(_utf8Key40)) return 40;
                if (reader.ValueTextEquals(_utf8Key41)) return 41;
                if (reader.ValueTextEquals(_utf8Key42)) return 42;
                if (reader.ValueTextEquals(_utf8Key43)) return 43;
                if (reader.ValueTextEquals(_utf8Key44)) return 44;
                if (reader.ValueTextEquals(_utf8Key45)) return 45;
                if (reader.ValueTextEquals(_utf8Key46)) return 46;
                if (reader.ValueTextEquals(_utf8Key47)) return 47;
                if (reader.ValueTextEquals(_utf8Key48)) return 48;
                if (reader.ValueTextEquals(_utf8Key49)) return 49;
                if (reader.ValueTextEquals(_utf8Key50)) return 50;
                if (reader.ValueTextEquals(_utf8Key51)) return 51;
                if (reader.ValueTextEquals(_utf8Key52)) return 52;
                if (reader.ValueTextEquals(_utf8Key53)) return 53;
                if (reader.ValueTextEquals(_utf8Key54)) return 54;
                if (reader.ValueTextEquals(_utf8Key55)) return 55;
                if (reader.ValueTextEquals(_utf8Key56)) return 56;
                if (reader.ValueTextEquals(_utf8Key57)) return 57;
                if (reader.ValueTextEquals(_utf8Key58)) return 58;
                if (reader.ValueTextEquals(_utf8Key59)) return 59;
                if (reader.ValueTextEquals(_utf8Key60)) return 60;
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
                18 => global::System.MemoryExtensions.SequenceEqual(name, _utf8Key18),
                19 => global::System.MemoryExtensions.SequenceEqual(name, _utf8Key19),
                20 => global::System.MemoryExtensions.SequenceEqual(name, _utf8Key20),
                21 => global::System.MemoryExtensions.SequenceEqual(name, _utf8Key21),
                22 => global::System.MemoryExtensions.SequenceEqual(name, _utf8Key22),
                23 => global::System.MemoryExtensions.SequenceEqual(name, _utf8Key23),
                24 => global::System.MemoryExtensions.SequenceEqual(name, _utf8Key24),
                25 => global::System.MemoryExtensions.SequenceEqual(name, _utf8Key25),
                26 => global::System.MemoryExtensions.SequenceEqual(name, _utf8Key26),
                27 => global::System.MemoryExtensions.SequenceEqual(name, _utf8Key27),
                28 => global::System.MemoryExtensions.SequenceEqual(name, _utf8Key28),
                29 => global::System.MemoryExtensions.SequenceEqual(name, _utf8Key29),
                30 => global::System.MemoryExtensions.SequenceEqual(name, _utf8Key30),
                31 => global::System.MemoryExtensions.SequenceEqual(name, _utf8Key31),
                32 => global::System.MemoryExtensions.SequenceEqual(name, _utf8Key32),
                33 => global::System.MemoryExtensions.SequenceEqual(name, _utf8Key33),
                34 => global::System.MemoryExtensions.SequenceEqual(name, _utf8Key34),
                35 => global::System.MemoryExtensions.SequenceEqual(name, _utf8Key35),
                36 => global::System.MemoryExtensions.SequenceEqual(name, _utf8Key36),
                37 => global::System.MemoryExtensions.SequenceEqual(name, _utf8Key37),
                38 => global::System.MemoryExtensions.SequenceEqual(name, _utf8Key38),
                39 => global::System.MemoryExtensions.SequenceEqual(name, _utf8Key39),
                40 => global::System.MemoryExtensions.SequenceEqual(name, _utf8Key40),
                41 => global::System.MemoryExtensions.SequenceEqual(name, _utf8Key41),
                42 => global::System.MemoryExtensions.SequenceEqual(name, _utf8Key42),
                43 => global::System.MemoryExtensions.SequenceEqual(name, _utf8Key43),
                44 => global::System.MemoryExtensions.SequenceEqual(name, _utf8Key44),
                45 => global::System.MemoryExtensions.SequenceEqual(name, _utf8Key45),
                46 => global::System.MemoryExtensions.SequenceEqual(name, _utf8Key46),
                47 => global::System.MemoryExtensions.SequenceEqual(name, _utf8Key47),
                48 => global::System.MemoryExtensions.SequenceEqual(name, _utf8Key48),
                49 => global::System.MemoryExtensions.SequenceEqual(name, _utf8Key49),
                50 => global::System.MemoryExtensions.SequenceEqual(name, _utf8Key50),
                51 => global::System.MemoryExtensions.SequenceEqual(name, _utf8Key51),
                52 => global::System.MemoryExtensions.SequenceEqual(name, _utf8Key52),
                53 => global::System.MemoryExtensions.SequenceEqual(name, _utf8Key53),
                54 => global::System.MemoryExtensions.SequenceEqual(name, _utf8Key54),
                55 => global::System.MemoryExtensions.SequenceEqual(name, _utf8Key55),
                56 => global::System.MemoryExtensions.SequenceEqual(name, _utf8Key56),
                57 => global::System.MemoryExtensions.SequenceEqual(name, _utf8Key57),
                58 => global::System.MemoryExtensions.SequenceEqual(name, _utf8Key58),
                59 => global::System.MemoryExtensions.SequenceEqual(name, _utf8Key59),
                60 => global::System.MemoryExtensions.SequenceEqual(name, _utf8Key60),
                _ => false,
            };
            if (isExpected) return expected;

            switch (global::FlowTypes.Runtime.FlowKeyHash.Hash(name))
            {
                case 336103120u:
                {
                    if (global::System.MemoryExtensions.SequenceEqual(name, _utf8Key8)) return 8;
                    break;
                }
                case 352880739u:
                {
                    if (global::System.MemoryExtensions.SequenceEqual(name, _utf8Key9)) return 9;
                    break;
                }
                case 420138310u:
                {
                    if (global::System.MemoryExtensions.SequenceEqual(name, _utf8Key19)) return 19;
                    break;
                }
                case 436915929u:
                {
                    if (global::System.MemoryExtensions.SequenceEqual(name, _utf8Key18)) return 18;
                    break;
                }
                case 470324072u:
                {
                    if (global::System.MemoryExtensions.SequenceEqual(name, _utf8Key0)) return 0;
                    break;
                }
                case 487101691u:
                {
                    if (global::System.MemoryExtensions.SequenceEqual(name, _utf8Key1)) return 1;
                    break;
                }
                case 503879310u:
                {
                    if (global::System.MemoryExtensions.SequenceEqual(name, _utf8Key2)) return 2;
                    break;
                }
                case 520656929u:
                {
                    if (global::System.MemoryExtensions.SequenceEqual(name, _utf8Key3)) return 3;
                    break;
                }
                case 520804024u:
                {
                    if (global::System.MemoryExtensions.SequenceEqual(name, _utf8Key13)) return 13;
                    break;
                }
                case 537434548u:
                {
                    if (global::System.MemoryExtensions.SequenceEqual(name, _utf8Key4)) return 4;
                    break;
                }
                case 537581643u:
                {
                    if (global::System.MemoryExtensions.SequenceEqual(name, _utf8Key12)) return 12;
                    break;
                }
                case 537728738u:
                {
                    if (global::System.MemoryExtensions.SequenceEqual(name, _utf8Key28)) return 28;
                    break;
                }
                case 554212167u:
                {
                    if (global::System.MemoryExtensions.SequenceEqual(name, _utf8Key5)) return 5;
                    break;
                }
                case 554359262u:
                {
                    if (global::System.MemoryExtensions.SequenceEqual(name, _utf8Key11)) return 11;
                    break;
                }
                case 554506357u:
                {
                    if (global::System.MemoryExtensions.SequenceEqual(name, _utf8Key29)) return 29;
                    break;
                }
                case 570989786u:
                {
                    if (global::System.MemoryExtensions.SequenceEqual(name, _utf8Key6)) return 6;
                    break;
                }
                case 571136881u:
                {
                    if (global::System.MemoryExtensions.SequenceEqual(name, _utf8Key10)) return 10;
                    break;
                }
                case 571283976u:
                {
                    if (global::System.MemoryExtensions.SequenceEqual(name, _utf8Key26)) return 26;
                    break;
                }
                case 587767405u:
                {
                    if (global::System.MemoryExtensions.SequenceEqual(name, _utf8Key7)) return 7;
                    break;
                }
                case 587914500u:
                {
                    if (global::System.MemoryExtensions.SequenceEqual(name, _utf8Key17)) return 17;
                    break;
                }
                case 588061595u:
                {
                    if (global::System.MemoryExtensions.SequenceEqual(name, _utf8Key27)) return 27;
                    break;
                }
                case 604692119u:
                {
                    if (global::System.MemoryExtensions.SequenceEqual(name, _utf8Key16)) return 16;
                    break;
                }
                case 604839214u:
                {
                    if (global::System.MemoryExtensions.SequenceEqual(name, _utf8Key24)) return 24;
                    break;
                }
                case 621469738u:
                {
                    if (global::System.MemoryExtensions.SequenceEqual(name, _utf8Key15)) return 15;
                    break;
                }
                case 621616833u:
                {
                    if (global::System.MemoryExtensions.SequenceEqual(name, _utf8Key25)) return 25;
                    break;
                }
                case 638247357u:
                {
                    if (global::System.MemoryExtensions.SequenceEqual(name, _utf8Key14)) return 14;
                    break;
                }
                case 638394452u:
                {
                    if (global::System.MemoryExtensions.SequenceEqual(name, _utf8Key22)) return 22;
                    break;
                }
                case 655172071u:
                {
                    if (global::System.MemoryExtensions.SequenceEqual(name, _utf8Key23)) return 23;
                    break;
                }
                case 671949690u:
                {
                    if (global::System.MemoryExtensions.SequenceEqual(name, _utf8Key20)) return 20;
                    break;
                }
                case 688727309u:
                {
                    if (global::System.MemoryExtensions.SequenceEqual(name, _utf8Key21)) return 21;
                    break;
                }
                case 2366636304u:
                {
                    if (global::System.MemoryExtensions.SequenceEqual(name, _utf8Key31)) return 31;
                    break;
                }
                case 2383413923u:
                {
                    if (global::System.MemoryExtensions.SequenceEqual(name, _utf8Key30)) return 30;
                    break;
                }
                case 2400191542u:
                {
                    if (global::System.MemoryExtensions.SequenceEqual(name, _utf8Key33)) return 33;
                    break;
                }
                case 2416969161u:
                {
                    if (global::System.MemoryExtensions.SequenceEqual(name, _utf8Key32)) return 32;
                    break;
                }
                case 2417116256u:
                {
                    if (global::System.MemoryExtensions.SequenceEqual(name, _utf8Key44)) return 44;
                    break;
                }
                case 2433746780u:
                {
                    if (global::System.MemoryExtensions.SequenceEqual(name, _utf8Key35)) return 35;
                    break;
                }
                case 2433893875u:
                {
                    if (global::System.MemoryExtensions.SequenceEqual(name, _utf8Key45)) return 45;
                    break;
                }
                case 2450524399u:
                {
                    if (global::System.MemoryExtensions.SequenceEqual(name, _utf8Key34)) return 34;
                    break;
                }
                case 2450671494u:
                {
                    if (global::System.MemoryExtensions.SequenceEqual(name, _utf8Key46)) return 46;
                    break;
                }
                case 2467302018u:
                {
                    if (global::System.MemoryExtensions.SequenceEqual(name, _utf8Key37)) return 37;
                    break;
                }
                case 2467449113u:
                {
                    if (global::System.MemoryExtensions.SequenceEqual(name, _utf8Key47)) return 47;
                    break;
                }
                case 2467596208u:
                {
                    if (global::System.MemoryExtensions.SequenceEqual(name, _utf8Key57)) return 57;
                    break;
                }
                case 2484079637u:
                {
                    if (global::System.MemoryExtensions.SequenceEqual(name, _utf8Key36)) return 36;
                    break;
                }
                case 2484226732u:
                {
                    if (global::System.MemoryExtensions.SequenceEqual(name, _utf8Key40)) return 40;
                    break;
                }
                case 2484373827u:
                {
                    if (global::System.MemoryExtensions.SequenceEqual(name, _utf8Key56)) return 56;
                    break;
                }
                case 2500857256u:
                {
                    if (global::System.MemoryExtensions.SequenceEqual(name, _utf8Key39)) return 39;
                    break;
                }
                case 2501004351u:
                {
                    if (global::System.MemoryExtensions.SequenceEqual(name, _utf8Key41)) return 41;
                    break;
                }
                case 2501151446u:
                {
                    if (global::System.MemoryExtensions.SequenceEqual(name, _utf8Key55)) return 55;
                    break;
                }
                case 2517634875u:
                {
                    if (global::System.MemoryExtensions.SequenceEqual(name, _utf8Key38)) return 38;
                    break;
                }
                case 2517781970u:
                {
                    if (global::System.MemoryExtensions.SequenceEqual(name, _utf8Key42)) return 42;
                    break;
                }
                case 2517929065u:
                {
                    if (global::System.MemoryExtensions.SequenceEqual(name, _utf8Key54)) return 54;
                    break;
                }
                case 2534559589u:
                {
                    if (global::System.MemoryExtensions.SequenceEqual(name, _utf8Key43)) return 43;
                    break;
                }
                case 2534706684u:
                {
                    if (global::System.MemoryExtensions.SequenceEqual(name, _utf8Key53)) return 53;
                    break;
                }
                case 2551484303u:
                {
                    if (global::System.MemoryExtensions.SequenceEqual(name, _utf8Key52)) return 52;
                    break;
                }
                case 2568261922u:
                {
                    if (global::System.MemoryExtensions.SequenceEqual(name, _utf8Key51)) return 51;
                    break;
                }
                case 2585039541u:
                {
                    if (global::System.MemoryExtensions.SequenceEqual(name, _utf8Key50)) return 50;
                    break;
                }
                case 2618447684u:
                {
                    if (global::System.MemoryExtensions.SequenceEqual(name, _utf8Key48)) return 48;
                    break;
                }
                case 2635225303u:
                {
                    if (global::System.MemoryExtensions.SequenceEqual(name, _utf8Key49)) return 49;
                    break;
                }
                case 2702482874u:
                {
                    if (global::System.MemoryExtensions.SequenceEqual(name, _utf8Key59)) return 59;
                    break;
                }
                case 2719260493u:
                {
                    if (global::System.MemoryExtensions.SequenceEqual(name, _utf8Key58)) return 58;
                    break;
                }
                case 4018738219u:
                {
                    if (global::System.MemoryExtensions.SequenceEqual(name, _utf8Key60)) return 60;
                    break;
                }
            }

            return -1;
        }

        // "field_00" in UTF-8
        private static global::System.ReadOnlySpan<byte> _utf8Key0 => new byte[] { 102, 105, 101, 108, 100, 95, 48, 48 };
        // "field_01" in UTF-8
        private static global::System.ReadOnlySpan<byte> _utf8Key1 => new byte[] { 102, 105, 101, 108, 100, 95, 48, 49 };
        // "field_02" in UTF-8
        private static global::System.ReadOnlySpan<byte> _utf8Key2 => new byte[] { 102, 105, 101, 108, 100, 95, 48, 50 };
        // "field_03" in UTF-8
        private static global::System.ReadOnlySpan<byte> _utf8Key3 => new byte[] { 102, 105, 101, 108, 100, 95, 48, 51 };
        // "field_04" in UTF-8
        private static global::System.ReadOnlySpan<byte> _utf8Key4 => new byte[] { 102, 105, 101, 108, 100, 95, 48, 52 };
        // "field_05" in UTF-8
        private static global::System.ReadOnlySpan<byte> _utf8Key5 => new byte[] { 102, 105, 101, 108, 100, 95, 48, 53 };
        // "field_06" in UTF-8
        private static global::System.ReadOnlySpan<byte> _utf8Key6 => new byte[] { 102, 105, 101, 108, 100, 95, 48, 54 };
        // "field_07" in UTF-8
        private static global::System.ReadOnlySpan<byte> _utf8Key7 => new byte[] { 102, 105, 101, 108, 100, 95, 48, 55 };
        // "field_08" in UTF-8
        private static global::System.ReadOnlySpan<byte> _utf8Key8 => new byte[] { 102, 105, 101, 108, 100, 95, 48, 56 };
        // "field_09" in UTF-8
        private static global::System.ReadOnlySpan<byte> _utf8Key9 => new byte[] { 102, 105, 101, 108, 100, 95, 48, 57 };
        // "field_10" in UTF-8
        private static global::System.ReadOnlySpan<byte> _utf8Key10 => new byte[] { 102, 105, 101, 108, 100, 95, 49, 48 };
        // "field_11" in UTF-8
        private static global::System.ReadOnlySpan<byte> _utf8Key11 => new byte[] { 102, 105, 101, 108, 100, 95, 49, 49 };
        // "field_12" in UTF-8
        private static global::System.ReadOnlySpan<byte> _utf8Key12 => new byte[] { 102, 105, 101, 108, 100, 95, 49, 50 };
        // "field_13" in UTF-8
        private static global::System.ReadOnlySpan<byte> _utf8Key13 => new byte[] { 102, 105, 101, 108, 100, 95, 49, 51 };
        // "field_14" in UTF-8
        private static global::System.ReadOnlySpan<byte> _utf8Key14 => new byte[] { 102, 105, 101, 108, 100, 95, 49, 52 };
        // "field_15" in UTF-8
        private static global::System.ReadOnlySpan<byte> _utf8Key15 => new byte[] { 102, 105, 101, 108, 100, 95, 49, 53 };
        // "field_16" in UTF-8
        private static global::System.ReadOnlySpan<byte> _utf8Key16 => new byte[] { 102, 105, 101, 108, 100, 95, 49, 54 };
        // "field_17" in UTF-8
        private static global::System.ReadOnlySpan<byte> _utf8Key17 => new byte[] { 102, 105, 101, 108, 100, 95, 49, 55 };
        // "field_18" in UTF-8
        private static global::System.ReadOnlySpan<byte> _utf8Key18 => new byte[] { 102, 105, 101, 108, 100, 95, 49, 56 };
        // "field_19" in UTF-8
        private static global::System.ReadOnlySpan<byte> _utf8Key19 => new byte[] { 102, 105, 101, 108, 100, 95, 49, 57 };
        // "field_20" in UTF-8
        private static global::System.ReadOnlySpan<byte> _utf8Key20 => new byte[] { 102, 105, 101, 108, 100, 95, 50, 48 };
        // "field_21" in UTF-8
        private static global::System.ReadOnlySpan<byte> _utf8Key21 => new byte[] { 102, 105, 101, 108, 100, 95, 50, 49 };
        // "field_22" in UTF-8
        private static global::System.ReadOnlySpan<byte> _utf8Key22 => new byte[] { 102, 105, 101, 108, 100, 95, 50, 50 };
        // "field_23" in UTF-8
        private static global::System.ReadOnlySpan<byte> _utf8Key23 => new byte[] { 102, 105, 101, 108, 100, 95, 50, 51 };
        // "field_24" in UTF-8
        private static global::System.ReadOnlySpan<byte> _utf8Key24 => new byte[] { 102, 105, 101, 108, 100, 95, 50, 52 };
        // "field_25" in UTF-8
        private static global::System.ReadOnlySpan<byte> _utf8Key25 => new byte[] { 102, 105, 101, 108, 100, 95, 50, 53 };
        // "field_26" in UTF-8
        private static global::System.ReadOnlySpan<byte> _utf8Key26 => new byte[] { 102, 105, 101, 108, 100, 95, 50, 54 };
        // "field_27" in UTF-8
        private static global::System.ReadOnlySpan<byte> _utf8Key27 => new byte[] { 102, 105, 101, 108, 100, 95, 50, 55 };
        // "field_28" in UTF-8
        private static global::System.ReadOnlySpan<byte> _utf8Key28 => new byte[] { 102, 105, 101, 108, 100, 95, 50, 56 };
        // "field_29" in UTF-8
        private static global::System.ReadOnlySpan<byte> _utf8Key29 => new byte[] { 102, 105, 101, 108, 100, 95, 50, 57 };
        // "field_30" in UTF-8
        private static global::System.ReadOnlySpan<byte> _utf8Key30 => new byte[] { 102, 105, 101, 108, 100, 95, 51, 48 };
        // "field_31" in UTF-8
        private static global::System.ReadOnlySpan<byte> _utf8Key31 => new byte[] { 102, 105, 101, 108, 100, 95, 51, 49 };
        // "field_32" in UTF-8
        private static global::System.ReadOnlySpan<byte> _utf8Key32 => new byte[] { 102, 105, 101, 108, 100, 95, 51, 50 };
        // "field_33" in UTF-8
        private static global::System.ReadOnlySpan<byte> _utf8Key33 => new byte[] { 102, 105, 101, 108, 100, 95, 51, 51 };
        // "field_34" in UTF-8
        private static global::System.ReadOnlySpan<byte> _utf8Key34 => new byte[] { 102, 105, 101, 108, 100, 95, 51, 52 };
        // "field_35" in UTF-8
        private static global::System.ReadOnlySpan<byte> _utf8Key35 => new byte[] { 102, 105, 101, 108, 100, 95, 51, 53 };
        // "field_36" in UTF-8
        private static global::System.ReadOnlySpan<byte> _utf8Key36 => new byte[] { 102, 105, 101, 108, 100, 95, 51, 54 };
        // "field_37" in UTF-8
        private static global::System.ReadOnlySpan<byte> _utf8Key37 => new byte[] { 102, 105, 101, 108, 100, 95, 51, 55 };
        // "field_38" in UTF-8
        private static global::System.ReadOnlySpan<byte> _utf8Key38 => new byte[] { 102, 105, 101, 108, 100, 95, 51, 56 };
        // "field_39" in UTF-8
        private static global::System.ReadOnlySpan<byte> _utf8Key39 => new byte[] { 102, 105, 101, 108, 100, 95, 51, 57 };
        // "field_40" in UTF-8
        private static global::System.ReadOnlySpan<byte> _utf8Key40 => new byte[] { 102, 105, 101, 108, 100, 95, 52, 48 };
        // "field_41" in UTF-8
        private static global::System.ReadOnlySpan<byte> _utf8Key41 => new byte[] { 102, 105, 101, 108, 100, 95, 52, 49 };
        // "field_42" in UTF-8
        private static global::System.ReadOnlySpan<byte> _utf8Key42 => new byte[] { 102, 105, 101, 108, 100, 95, 52, 50 };
        // "field_43" in UTF-8
        private static global::System.ReadOnlySpan<byte> _utf8Key43 => new byte[] { 102, 105, 101, 108, 100, 95, 52, 51 };
        // "field_44" in UTF-8
        private static global::System.ReadOnlySpan<byte> _utf8Key44 => new byte[] { 102, 105, 101, 108, 100, 95, 52, 52 };
        // "field_45" in UTF-8
        private static global::System.ReadOnlySpan<byte> _utf8Key45 => new byte[] { 102, 105, 101, 108, 100, 95, 52, 53 };
        // "field_46" in UTF-8
        private static global::System.ReadOnlySpan<byte> _utf8Key46 => new byte[] { 102, 105, 101, 108, 100, 95, 52, 54 };
        // "field_47" in UTF-8
        private static global::System.ReadOnlySpan<byte> _utf8Key47 => new byte[] { 102, 105, 101, 108, 100, 95, 52, 55 };
        // "field_48" in UTF-8
        private static global::System.ReadOnlySpan<byte> _utf8Key48 => new byte[] { 102, 105, 101, 108, 100, 95, 52, 56 };
        // "field_49" in UTF-8
        private static global::System.ReadOnlySpan<byte> _utf8Key49 => new byte[] { 102, 105, 101, 108, 100, 95, 52, 57 };
        // "field_50" in UTF-8
        private static global::System.ReadOnlySpan<byte> _utf8Key50 => new byte[] { 102, 105, 101, 108, 100, 95, 53, 48 };
        // "field_51" in UTF-8
        private static global::System.ReadOnlySpan<byte> _utf8Key51 => new byte[] { 102, 105, 101, 108, 100, 95, 53, 49 };
        // "field_52" in UTF-8
        private static global::System.ReadOnlySpan<byte> _utf8Key52 => new byte[] { 102, 105, 101, 108, 100, 95, 53, 50 };
        // "field_53" in UTF-8
        private static global::System.ReadOnlySpan<byte> _utf8Key53 => new byte[] { 102, 105, 101, 108, 100, 95, 53, 51 };
        // "field_54" in UTF-8
        private static global::System.ReadOnlySpan<byte> _utf8Key54 => new byte[] { 102, 105, 101, 108, 100, 95, 53, 52 };
        // "field_55" in UTF-8
        private static global::System.ReadOnlySpan<byte> _utf8Key55 => new byte[] { 102, 105, 101, 108, 100, 95, 53, 53 };
        // "field_56" in UTF-8
        private static global::System.ReadOnlySpan<byte> _utf8Key56 => new byte[] { 102, 105, 101, 108, 100, 95, 53, 54 };
        // "field_57" in UTF-8
        private static global::System.ReadOnlySpan<byte> _utf8Key57 => new byte[] { 102, 105, 101, 108, 100, 95, 53, 55 };
        // "field_58" in UTF-8
        private static global::System.ReadOnlySpan<byte> _utf8Key58 => new byte[] { 102, 105, 101, 108, 100, 95, 53, 56 };
        // "field_59" in UTF-8
        private static global::System.ReadOnlySpan<byte> _utf8Key59 => new byte[] { 102, 105, 101, 108, 100, 95, 53, 57 };
        // "flow_token" in UTF-8
        private static global::System.ReadOnlySpan<byte> _utf8Key60 => new byte[] { 102, 108, 111, 119, 95, 116, 111, 107, 101, 110 };

        /// <summary>An option of the “Choice 3” Dropdown <c>field_03</c> on screen <c>PART_ONE</c>. The flow's ids are constants (usable in <c>switch</c> on <see cref="Id"/>); an id the flow does not list is kept, not rejected.</summary>
        public readonly struct Field03Option : global::System.IEquatable<Field03Option>
        {
            /// <summary>The option “Option 0” (id <c>opt_0</c>).</summary>
            public const string Opt0 = "opt_0";

            /// <summary>The option “Option 1” (id <c>opt_1</c>).</summary>
            public const string Opt1 = "opt_1";

            /// <summary>The option “Option 2” (id <c>opt_2</c>).</summary>
            public const string Opt2 = "opt_2";

            /// <summary>The option “Option 3” (id <c>opt_3</c>).</summary>
            public const string Opt3 = "opt_3";

            /// <summary>The option “Option 4” (id <c>opt_4</c>).</summary>
            public const string Opt4 = "opt_4";

            private readonly string? _id;

            /// <summary>Creates an option from its id.</summary>
            public Field03Option(string id) => _id = id ?? throw new global::System.ArgumentNullException(nameof(id));

            /// <summary>The id of the chosen option, exactly as the payload carried it.</summary>
            public string Id => _id ?? string.Empty;

            /// <summary>The option's title in the flow, or <see langword="null"/> for an id the flow does not list.</summary>
            public string? Title => Id switch
            {
                Opt0 => "Option 0",
                Opt1 => "Option 1",
                Opt2 => "Option 2",
                Opt3 => "Option 3",
                Opt4 => "Option 4",
                _ => null,
            };

            /// <summary>True when the flow lists this id.</summary>
            public bool IsKnown => Title is not null;

            /// <inheritdoc />
            public bool Equals(Field03Option other) => string.Equals(Id, other.Id, global::System.StringComparison.Ordinal);

            /// <inheritdoc />
            public override bool Equals(object? obj) => obj is Field03Option other && Equals(other);

            /// <inheritdoc />
            public override int GetHashCode() => global::System.StringComparer.Ordinal.GetHashCode(Id);

            /// <summary>The id.</summary>
            public override string ToString() => Id;

            /// <summary>Compares two options by id.</summary>
            public static bool operator ==(Field03Option left, Field03Option right) => left.Equals(right);

            /// <summary>Compares two options by id.</summary>
            public static bool operator !=(Field03Option left, Field03Option right) => !left.Equals(right);

            /// <summary>The id of the option.</summary>
            public static implicit operator string(Field03Option option) => option.Id;

            /// <summary>Finds the constant of a listed id from its UTF-8 bytes (null for any other id): a listed id in a payload allocates no string.</summary>
            internal static readonly global::FlowTypes.Runtime.OptionIdLookup _listed = _listedId;

            private static string? _listedId(global::System.ReadOnlySpan<byte> utf8)
            {
                switch (global::FlowTypes.Runtime.FlowKeyHash.Hash(utf8))
                {
                    case 2689165393u:
                    {
                        if (global::System.MemoryExtensions.SequenceEqual(utf8, _utf8Id4)) return Opt4;
                        break;
                    }
                    case 2705943012u:
                    {
                        if (global::System.MemoryExtensions.SequenceEqual(utf8, _utf8Id3)) return Opt3;
                        break;
                    }
                    case 2722720631u:
                    {
                        if (global::System.MemoryExtensions.SequenceEqual(utf8, _utf8Id2)) return Opt2;
                        break;
                    }
                    case 2739498250u:
                    {
                        if (global::System.MemoryExtensions.SequenceEqual(utf8, _utf8Id1)) return Opt1;
                        break;
                    }
                    case 2756275869u:
                    {
                        if (global::System.MemoryExtensions.SequenceEqual(utf8, _utf8Id0)) return Opt0;
                        break;
                    }
                }

                return null;
            }

            // "opt_0" in UTF-8
            private static global::System.ReadOnlySpan<byte> _utf8Id0 => new byte[] { 111, 112, 116, 95, 48 };
            // "opt_1" in UTF-8
            private static global::System.ReadOnlySpan<byte> _utf8Id1 => new byte[] { 111, 112, 116, 95, 49 };
            // "opt_2" in UTF-8
            private static global::System.ReadOnlySpan<byte> _utf8Id2 => new byte[] { 111, 112, 116, 95, 50 };
            // "opt_3" in UTF-8
            private static global::System.ReadOnlySpan<byte> _utf8Id3 => new byte[] { 111, 112, 116, 95, 51 };
            // "opt_4" in UTF-8
            private static global::System.ReadOnlySpan<byte> _utf8Id4 => new byte[] { 111, 112, 116, 95, 52 };
        }

        /// <summary>An option of the “Multi 4” CheckboxGroup <c>field_04</c> on screen <c>PART_ONE</c>. The flow's ids are constants (usable in <c>switch</c> on <see cref="Id"/>); an id the flow does not list is kept, not rejected.</summary>
        public readonly struct Field04Option : global::System.IEquatable<Field04Option>
        {
            /// <summary>The option “Option 0” (id <c>opt_0</c>).</summary>
            public const string Opt0 = "opt_0";

            /// <summary>The option “Option 1” (id <c>opt_1</c>).</summary>
            public const string Opt1 = "opt_1";

            /// <summary>The option “Option 2” (id <c>opt_2</c>).</summary>
            public const string Opt2 = "opt_2";

            /// <summary>The option “Option 3” (id <c>opt_3</c>).</summary>
            public const string Opt3 = "opt_3";

            private readonly string? _id;

            /// <summary>Creates an option from its id.</summary>
            public Field04Option(string id) => _id = id ?? throw new global::System.ArgumentNullException(nameof(id));

            /// <summary>The id of the chosen option, exactly as the payload carried it.</summary>
            public string Id => _id ?? string.Empty;

            /// <summary>The option's title in the flow, or <see langword="null"/> for an id the flow does not list.</summary>
            public string? Title => Id switch
            {
                Opt0 => "Option 0",
                Opt1 => "Option 1",
                Opt2 => "Option 2",
                Opt3 => "Option 3",
                _ => null,
            };

            /// <summary>True when the flow lists this id.</summary>
            public bool IsKnown => Title is not null;

            /// <inheritdoc />
            public bool Equals(Field04Option other) => string.Equals(Id, other.Id, global::System.StringComparison.Ordinal);

            /// <inheritdoc />
            public override bool Equals(object? obj) => obj is Field04Option other && Equals(other);

            /// <inheritdoc />
            public override int GetHashCode() => global::System.StringComparer.Ordinal.GetHashCode(Id);

            /// <summary>The id.</summary>
            public override string ToString() => Id;

            /// <summary>Compares two options by id.</summary>
            public static bool operator ==(Field04Option left, Field04Option right) => left.Equals(right);

            /// <summary>Compares two options by id.</summary>
            public static bool operator !=(Field04Option left, Field04Option right) => !left.Equals(right);

            /// <summary>The id of the option.</summary>
            public static implicit operator string(Field04Option option) => option.Id;

            /// <summary>Finds the constant of a listed id from its UTF-8 bytes (null for any other id): a listed id in a payload allocates no string.</summary>
            internal static readonly global::FlowTypes.Runtime.OptionIdLookup _listed = _listedId;

            /// <summary>Maps a payload id to an option (used by the deserializer).</summary>
            internal static readonly global::System.Func<string, Field04Option> _fromId = static id => new Field04Option(id);

            private static string? _listedId(global::System.ReadOnlySpan<byte> utf8)
            {
                switch (global::FlowTypes.Runtime.FlowKeyHash.Hash(utf8))
                {
                    case 2705943012u:
                    {
                        if (global::System.MemoryExtensions.SequenceEqual(utf8, _utf8Id3)) return Opt3;
                        break;
                    }
                    case 2722720631u:
                    {
                        if (global::System.MemoryExtensions.SequenceEqual(utf8, _utf8Id2)) return Opt2;
                        break;
                    }
                    case 2739498250u:
                    {
                        if (global::System.MemoryExtensions.SequenceEqual(utf8, _utf8Id1)) return Opt1;
                        break;
                    }
                    case 2756275869u:
                    {
                        if (global::System.MemoryExtensions.SequenceEqual(utf8, _utf8Id0)) return Opt0;
                        break;
                    }
                }

                return null;
            }

            // "opt_0" in UTF-8
            private static global::System.ReadOnlySpan<byte> _utf8Id0 => new byte[] { 111, 112, 116, 95, 48 };
            // "opt_1" in UTF-8
            private static global::System.ReadOnlySpan<byte> _utf8Id1 => new byte[] { 111, 112, 116, 95, 49 };
            // "opt_2" in UTF-8
            private static global::System.ReadOnlySpan<byte> _utf8Id2 => new byte[] { 111, 112, 116, 95, 50 };
            // "opt_3" in UTF-8
            private static global::System.ReadOnlySpan<byte> _utf8Id3 => new byte[] { 111, 112, 116, 95, 51 };
        }

        /// <summary>An option of the “Choice 9” Dropdown <c>field_09</c> on screen <c>PART_ONE</c>. The flow's ids are constants (usable in <c>switch</c> on <see cref="Id"/>); an id the flow does not list is kept, not rejected.</summary>
        public readonly struct Field09Option : global::System.IEquatable<Field09Option>
        {
            /// <summary>The option “Option 0” (id <c>opt_0</c>).</summary>
            public const string Opt0 = "opt_0";

            /// <summary>The option “Option 1” (id <c>opt_1</c>).</summary>
            public const string Opt1 = "opt_1";

            /// <summary>The option “Option 2” (id <c>opt_2</c>).</summary>
            public const string Opt2 = "opt_2";

            /// <summary>The option “Option 3” (id <c>opt_3</c>).</summary>
            public const string Opt3 = "opt_3";

            /// <summary>The option “Option 4” (id <c>opt_4</c>).</summary>
            public const string Opt4 = "opt_4";

            private readonly string? _id;

            /// <summary>Creates an option from its id.</summary>
            public Field09Option(string id) => _id = id ?? throw new global::System.ArgumentNullException(nameof(id));

            /// <summary>The id of the chosen option, exactly as the payload carried it.</summary>
            public string Id => _id ?? string.Empty;

            /// <summary>The option's title in the flow, or <see langword="null"/> for an id the flow does not list.</summary>
            public string? Title => Id switch
            {
                Opt0 => "Option 0",
                Opt1 => "Option 1",
                Opt2 => "Option 2",
                Opt3 => "Option 3",
                Opt4 => "Option 4",
                _ => null,
            };

            /// <summary>True when the flow lists this id.</summary>
            public bool IsKnown => Title is not null;

            /// <inheritdoc />
            public bool Equals(Field09Option other) => string.Equals(Id, other.Id, global::System.StringComparison.Ordinal);

            /// <inheritdoc />
            public override bool Equals(object? obj) => obj is Field09Option other && Equals(other);

            /// <inheritdoc />
            public override int GetHashCode() => global::System.StringComparer.Ordinal.GetHashCode(Id);

            /// <summary>The id.</summary>
            public override string ToString() => Id;

            /// <summary>Compares two options by id.</summary>
            public static bool operator ==(Field09Option left, Field09Option right) => left.Equals(right);

            /// <summary>Compares two options by id.</summary>
            public static bool operator !=(Field09Option left, Field09Option right) => !left.Equals(right);

            /// <summary>The id of the option.</summary>
            public static implicit operator string(Field09Option option) => option.Id;

            /// <summary>Finds the constant of a listed id from its UTF-8 bytes (null for any other id): a listed id in a payload allocates no string.</summary>
            internal static readonly global::FlowTypes.Runtime.OptionIdLookup _listed = _listedId;

            private static string? _listedId(global::System.ReadOnlySpan<byte> utf8)
            {
                switch (global::FlowTypes.Runtime.FlowKeyHash.Hash(utf8))
                {
                    case 2689165393u:
                    {
                        if (global::System.MemoryExtensions.SequenceEqual(utf8, _utf8Id4)) return Opt4;
                        break;
                    }
                    case 2705943012u:
                    {
                        if (global::System.MemoryExtensions.SequenceEqual(utf8, _utf8Id3)) return Opt3;
                        break;
                    }
                    case 2722720631u:
                    {
                        if (global::System.MemoryExtensions.SequenceEqual(utf8, _utf8Id2)) return Opt2;
                        break;
                    }
                    case 2739498250u:
                    {
                        if (global::System.MemoryExtensions.SequenceEqual(utf8, _utf8Id1)) return Opt1;
                        break;
                    }
                    case 2756275869u:
                    {
                        if (global::System.MemoryExtensions.SequenceEqual(utf8, _utf8Id0)) return Opt0;
                        break;
                    }
                }

                return null;
            }

            // "opt_0" in UTF-8
            private static global::System.ReadOnlySpan<byte> _utf8Id0 => new byte[] { 111, 112, 116, 95, 48 };
            // "opt_1" in UTF-8
            private static global::System.ReadOnlySpan<byte> _utf8Id1 => new byte[] { 111, 112, 116, 95, 49 };
            // "opt_2" in UTF-8
            private static global::System.ReadOnlySpan<byte> _utf8Id2 => new byte[] { 111, 112, 116, 95, 50 };
            // "opt_3" in UTF-8
            private static global::System.ReadOnlySpan<byte> _utf8Id3 => new byte[] { 111, 112, 116, 95, 51 };
            // "opt_4" in UTF-8
            private static global::System.ReadOnlySpan<byte> _utf8Id4 => new byte[] { 111, 112, 116, 95, 52 };
        }

        /// <summary>An option of the “Multi 10” CheckboxGroup <c>field_10</c> on screen <c>PART_ONE</c>. The flow's ids are constants (usable in <c>switch</c> on <see cref="Id"/>); an id the flow does not list is kept, not rejected.</summary>
        public readonly struct Field10Option : global::System.IEquatable<Field10Option>
        {
            /// <summary>The option “Option 0” (id <c>opt_0</c>).</summary>
            public const string Opt0 = "opt_0";

            /// <summary>The option “Option 1” (id <c>opt_1</c>).</summary>
            public const string Opt1 = "opt_1";

            /// <summary>The option “Option 2” (id <c>opt_2</c>).</summary>
            public const string Opt2 = "opt_2";

            /// <summary>The option “Option 3” (id <c>opt_3</c>).</summary>
            public const string Opt3 = "opt_3";

            private readonly string? _id;

            /// <summary>Creates an option from its id.</summary>
            public Field10Option(string id) => _id = id ?? throw new global::System.ArgumentNullException(nameof(id));

            /// <summary>The id of the chosen option, exactly as the payload carried it.</summary>
            public string Id => _id ?? string.Empty;

            /// <summary>The option's title in the flow, or <see langword="null"/> for an id the flow does not list.</summary>
            public string? Title => Id switch
            {
                Opt0 => "Option 0",
                Opt1 => "Option 1",
                Opt2 => "Option 2",
                Opt3 => "Option 3",
                _ => null,
            };

            /// <summary>True when the flow lists this id.</summary>
            public bool IsKnown => Title is not null;

            /// <inheritdoc />
            public bool Equals(Field10Option other) => string.Equals(Id, other.Id, global::System.StringComparison.Ordinal);

            /// <inheritdoc />
            public override bool Equals(object? obj) => obj is Field10Option other && Equals(other);

            /// <inheritdoc />
            public override int GetHashCode() => global::System.StringComparer.Ordinal.GetHashCode(Id);

            /// <summary>The id.</summary>
            public override string ToString() => Id;

            /// <summary>Compares two options by id.</summary>
            public static bool operator ==(Field10Option left, Field10Option right) => left.Equals(right);

            /// <summary>Compares two options by id.</summary>
            public static bool operator !=(Field10Option left, Field10Option right) => !left.Equals(right);

            /// <summary>The id of the option.</summary>
            public static implicit operator string(Field10Option option) => option.Id;

            /// <summary>Finds the constant of a listed id from its UTF-8 bytes (null for any other id): a listed id in a payload allocates no string.</summary>
            internal static readonly global::FlowTypes.Runtime.OptionIdLookup _listed = _listedId;

            /// <summary>Maps a payload id to an option (used by the deserializer).</summary>
            internal static readonly global::System.Func<string, Field10Option> _fromId = static id => new Field10Option(id);

            private static string? _listedId(global::System.ReadOnlySpan<byte> utf8)
            {
                switch (global::FlowTypes.Runtime.FlowKeyHash.Hash(utf8))
                {
                    case 2705943012u:
                    {
                        if (global::System.MemoryExtensions.SequenceEqual(utf8, _utf8Id3)) return Opt3;
                        break;
                    }
                    case 2722720631u:
                    {
                        if (global::System.MemoryExtensions.SequenceEqual(utf8, _utf8Id2)) return Opt2;
                        break;
                    }
                    case 2739498250u:
                    {
                        if (global::System.MemoryExtensions.SequenceEqual(utf8, _utf8Id1)) return Opt1;
                        break;
                    }
                    case 2756275869u:
                    {
                        if (global::System.MemoryExtensions.SequenceEqual(utf8, _utf8Id0)) return Opt0;
                        break;
                    }
                }

                return null;
            }

            // "opt_0" in UTF-8
            private static global::System.ReadOnlySpan<byte> _utf8Id0 => new byte[] { 111, 112, 116, 95, 48 };
            // "opt_1" in UTF-8
            private static global::System.ReadOnlySpan<byte> _utf8Id1 => new byte[] { 111, 112, 116, 95, 49 };
            // "opt_2" in UTF-8
            private static global::System.ReadOnlySpan<byte> _utf8Id2 => new byte[] { 111, 112, 116, 95, 50 };
            // "opt_3" in UTF-8
            private static global::System.ReadOnlySpan<byte> _utf8Id3 => new byte[] { 111, 112, 116, 95, 51 };
        }

        /// <summary>An option of the “Choice 15” Dropdown <c>field_15</c> on screen <c>PART_ONE</c>. The flow's ids are constants (usable in <c>switch</c> on <see cref="Id"/>); an id the flow does not list is kept, not rejected.</summary>
        public readonly struct Field15Option : global::System.IEquatable<Field15Option>
        {
            /// <summary>The option “Option 0” (id <c>opt_0</c>).</summary>
            public const string Opt0 = "opt_0";

            /// <summary>The option “Option 1” (id <c>opt_1</c>).</summary>
            public const string Opt1 = "opt_1";

            /// <summary>The option “Option 2” (id <c>opt_2</c>).</summary>
            public const string Opt2 = "opt_2";

            /// <summary>The option “Option 3” (id <c>opt_3</c>).</summary>
            public const string Opt3 = "opt_3";

            /// <summary>The option “Option 4” (id <c>opt_4</c>).</summary>
            public const string Opt4 = "opt_4";

            private readonly string? _id;

            /// <summary>Creates an option from its id.</summary>
            public Field15Option(string id) => _id = id ?? throw new global::System.ArgumentNullException(nameof(id));

            /// <summary>The id of the chosen option, exactly as the payload carried it.</summary>
            public string Id => _id ?? string.Empty;

            /// <summary>The option's title in the flow, or <see langword="null"/> for an id the flow does not list.</summary>
            public string? Title => Id switch
            {
                Opt0 => "Option 0",
                Opt1 => "Option 1",
                Opt2 => "Option 2",
                Opt3 => "Option 3",
                Opt4 => "Option 4",
                _ => null,
            };

            /// <summary>True when the flow lists this id.</summary>
            public bool IsKnown => Title is not null;

            /// <inheritdoc />
            public bool Equals(Field15Option other) => string.Equals(Id, other.Id, global::System.StringComparison.Ordinal);

            /// <inheritdoc />
            public override bool Equals(object? obj) => obj is Field15Option other && Equals(other);

            /// <inheritdoc />
            public override int GetHashCode() => global::System.StringComparer.Ordinal.GetHashCode(Id);

            /// <summary>The id.</summary>
            public override string ToString() => Id;

            /// <summary>Compares two options by id.</summary>
            public static bool operator ==(Field15Option left, Field15Option right) => left.Equals(right);

            /// <summary>Compares two options by id.</summary>
            public static bool operator !=(Field15Option left, Field15Option right) => !left.Equals(right);

            /// <summary>The id of the option.</summary>
            public static implicit operator string(Field15Option option) => option.Id;

            /// <summary>Finds the constant of a listed id from its UTF-8 bytes (null for any other id): a listed id in a payload allocates no string.</summary>
            internal static readonly global::FlowTypes.Runtime.OptionIdLookup _listed = _listedId;

            private static string? _listedId(global::System.ReadOnlySpan<byte> utf8)
            {
                switch (global::FlowTypes.Runtime.FlowKeyHash.Hash(utf8))
                {
                    case 2689165393u:
                    {
                        if (global::System.MemoryExtensions.SequenceEqual(utf8, _utf8Id4)) return Opt4;
                        break;
                    }
                    case 2705943012u:
                    {
                        if (global::System.MemoryExtensions.SequenceEqual(utf8, _utf8Id3)) return Opt3;
                        break;
                    }
                    case 2722720631u:
                    {
                        if (global::System.MemoryExtensions.SequenceEqual(utf8, _utf8Id2)) return Opt2;
                        break;
                    }
                    case 2739498250u:
                    {
                        if (global::System.MemoryExtensions.SequenceEqual(utf8, _utf8Id1)) return Opt1;
                        break;
                    }
                    case 2756275869u:
                    {
                        if (global::System.MemoryExtensions.SequenceEqual(utf8, _utf8Id0)) return Opt0;
                        break;
                    }
                }

                return null;
            }

            // "opt_0" in UTF-8
            private static global::System.ReadOnlySpan<byte> _utf8Id0 => new byte[] { 111, 112, 116, 95, 48 };
            // "opt_1" in UTF-8
            private static global::System.ReadOnlySpan<byte> _utf8Id1 => new byte[] { 111, 112, 116, 95, 49 };
            // "opt_2" in UTF-8
            private static global::System.ReadOnlySpan<byte> _utf8Id2 => new byte[] { 111, 112, 116, 95, 50 };
            // "opt_3" in UTF-8
            private static global::System.ReadOnlySpan<byte> _utf8Id3 => new byte[] { 111, 112, 116, 95, 51 };
            // "opt_4" in UTF-8
            private static global::System.ReadOnlySpan<byte> _utf8Id4 => new byte[] { 111, 112, 116, 95, 52 };
        }

        /// <summary>An option of the “Multi 16” CheckboxGroup <c>field_16</c> on screen <c>PART_ONE</c>. The flow's ids are constants (usable in <c>switch</c> on <see cref="Id"/>); an id the flow does not list is kept, not rejected.</summary>
        public readonly struct Field16Option : global::System.IEquatable<Field16Option>
        {
            /// <summary>The option “Option 0” (id <c>opt_0</c>).</summary>
            public const string Opt0 = "opt_0";

            /// <summary>The option “Option 1” (id <c>opt_1</c>).</summary>
            public const string Opt1 = "opt_1";

            /// <summary>The option “Option 2” (id <c>opt_2</c>).</summary>
            public const string Opt2 = "opt_2";

            /// <summary>The option “Option 3” (id <c>opt_3</c>).</summary>
            public const string Opt3 = "opt_3";

            private readonly string? _id;

            /// <summary>Creates an option from its id.</summary>
            public Field16Option(string id) => _id = id ?? throw new global::System.ArgumentNullException(nameof(id));

            /// <summary>The id of the chosen option, exactly as the payload carried it.</summary>
            public string Id => _id ?? string.Empty;

            /// <summary>The option's title in the flow, or <see langword="null"/> for an id the flow does not list.</summary>
            public string? Title => Id switch
            {
                Opt0 => "Option 0",
                Opt1 => "Option 1",
                Opt2 => "Option 2",
                Opt3 => "Option 3",
                _ => null,
            };

            /// <summary>True when the flow lists this id.</summary>
            public bool IsKnown => Title is not null;

            /// <inheritdoc />
            public bool Equals(Field16Option other) => string.Equals(Id, other.Id, global::System.StringComparison.Ordinal);

            /// <inheritdoc />
            public override bool Equals(object? obj) => obj is Field16Option other && Equals(other);

            /// <inheritdoc />
            public override int GetHashCode() => global::System.StringComparer.Ordinal.GetHashCode(Id);

            /// <summary>The id.</summary>
            public override string ToString() => Id;

            /// <summary>Compares two options by id.</summary>
            public static bool operator ==(Field16Option left, Field16Option right) => left.Equals(right);

            /// <summary>Compares two options by id.</summary>
            public static bool operator !=(Field16Option left, Field16Option right) => !left.Equals(right);

            /// <summary>The id of the option.</summary>
            public static implicit operator string(Field16Option option) => option.Id;

            /// <summary>Finds the constant of a listed id from its UTF-8 bytes (null for any other id): a listed id in a payload allocates no string.</summary>
            internal static readonly global::FlowTypes.Runtime.OptionIdLookup _listed = _listedId;

            /// <summary>Maps a payload id to an option (used by the deserializer).</summary>
            internal static readonly global::System.Func<string, Field16Option> _fromId = static id => new Field16Option(id);

            private static string? _listedId(global::System.ReadOnlySpan<byte> utf8)
            {
                switch (global::FlowTypes.Runtime.FlowKeyHash.Hash(utf8))
                {
                    case 2705943012u:
                    {
                        if (global::System.MemoryExtensions.SequenceEqual(utf8, _utf8Id3)) return Opt3;
                        break;
                    }
                    case 2722720631u:
                    {
                        if (global::System.MemoryExtensions.SequenceEqual(utf8, _utf8Id2)) return Opt2;
                        break;
                    }
                    case 2739498250u:
                    {
                        if (global::System.MemoryExtensions.SequenceEqual(utf8, _utf8Id1)) return Opt1;
                        break;
                    }
                    case 2756275869u:
                    {
                        if (global::System.MemoryExtensions.SequenceEqual(utf8, _utf8Id0)) return Opt0;
                        break;
                    }
                }

                return null;
            }

            // "opt_0" in UTF-8
            private static global::System.ReadOnlySpan<byte> _utf8Id0 => new byte[] { 111, 112, 116, 95, 48 };
            // "opt_1" in UTF-8
            private static global::System.ReadOnlySpan<byte> _utf8Id1 => new byte[] { 111, 112, 116, 95, 49 };
            // "opt_2" in UTF-8
            private static global::System.ReadOnlySpan<byte> _utf8Id2 => new byte[] { 111, 112, 116, 95, 50 };
            // "opt_3" in UTF-8
            private static global::System.ReadOnlySpan<byte> _utf8Id3 => new byte[] { 111, 112, 116, 95, 51 };
        }

        /// <summary>An option of the “Choice 21” Dropdown <c>field_21</c> on screen <c>PART_ONE</c>. The flow's ids are constants (usable in <c>switch</c> on <see cref="Id"/>); an id the flow does not list is kept, not rejected.</summary>
        public readonly struct Field21Option : global::System.IEquatable<Field21Option>
        {
            /// <summary>The option “Option 0” (id <c>opt_0</c>).</summary>
            public const string Opt0 = "opt_0";

            /// <summary>The option “Option 1” (id <c>opt_1</c>).</summary>
            public const string Opt1 = "opt_1";

            /// <summary>The option “Option 2” (id <c>opt_2</c>).</summary>
            public const string Opt2 = "opt_2";

            /// <summary>The option “Option 3” (id <c>opt_3</c>).</summary>
            public const string Opt3 = "opt_3";

            /// <summary>The option “Option 4” (id <c>opt_4</c>).</summary>
            public const string Opt4 = "opt_4";

            private readonly string? _id;

            /// <summary>Creates an option from its id.</summary>
            public Field21Option(string id) => _id = id ?? throw new global::System.ArgumentNullException(nameof(id));

            /// <summary>The id of the chosen option, exactly as the payload carried it.</summary>
            public string Id => _id ?? string.Empty;

            /// <summary>The option's title in the flow, or <see langword="null"/> for an id the flow does not list.</summary>
            public string? Title => Id switch
            {
                Opt0 => "Option 0",
                Opt1 => "Option 1",
                Opt2 => "Option 2",
                Opt3 => "Option 3",
                Opt4 => "Option 4",
                _ => null,
            };

            /// <summary>True when the flow lists this id.</summary>
            public bool IsKnown => Title is not null;

            /// <inheritdoc />
            public bool Equals(Field21Option other) => string.Equals(Id, other.Id, global::System.StringComparison.Ordinal);

            /// <inheritdoc />
            public override bool Equals(object? obj) => obj is Field21Option other && Equals(other);

            /// <inheritdoc />
            public override int GetHashCode() => global::System.StringComparer.Ordinal.GetHashCode(Id);

            /// <summary>The id.</summary>
            public override string ToString() => Id;

            /// <summary>Compares two options by id.</summary>
            public static bool operator ==(Field21Option left, Field21Option right) => left.Equals(right);

            /// <summary>Compares two options by id.</summary>
            public static bool operator !=(Field21Option left, Field21Option right) => !left.Equals(right);

            /// <summary>The id of the option.</summary>
            public static implicit operator string(Field21Option option) => option.Id;

            /// <summary>Finds the constant of a listed id from its UTF-8 bytes (null for any other id): a listed id in a payload allocates no string.</summary>
            internal static readonly global::FlowTypes.Runtime.OptionIdLookup _listed = _listedId;

            private static string? _listedId(global::System.ReadOnlySpan<byte> utf8)
            {
                switch (global::FlowTypes.Runtime.FlowKeyHash.Hash(utf8))
                {
                    case 2689165393u:
                    {
                        if (global::System.MemoryExtensions.SequenceEqual(utf8, _utf8Id4)) return Opt4;
                        break;
                    }
                    case 2705943012u:
                    {
                        if (global::System.MemoryExtensions.SequenceEqual(utf8, _utf8Id3)) return Opt3;
                        break;
                    }
                    case 2722720631u:
                    {
                        if (global::System.MemoryExtensions.SequenceEqual(utf8, _utf8Id2)) return Opt2;
                        break;
                    }
                    case 2739498250u:
                    {
                        if (global::System.MemoryExtensions.SequenceEqual(utf8, _utf8Id1)) return Opt1;
                        break;
                    }
                    case 2756275869u:
                    {
                        if (global::System.MemoryExtensions.SequenceEqual(utf8, _utf8Id0)) return Opt0;
                        break;
                    }
                }

                return null;
            }

            // "opt_0" in UTF-8
            private static global::System.ReadOnlySpan<byte> _utf8Id0 => new byte[] { 111, 112, 116, 95, 48 };
            // "opt_1" in UTF-8
            private static global::System.ReadOnlySpan<byte> _utf8Id1 => new byte[] { 111, 112, 116, 95, 49 };
            // "opt_2" in UTF-8
            private static global::System.ReadOnlySpan<byte> _utf8Id2 => new byte[] { 111, 112, 116, 95, 50 };
            // "opt_3" in UTF-8
            private static global::System.ReadOnlySpan<byte> _utf8Id3 => new byte[] { 111, 112, 116, 95, 51 };
            // "opt_4" in UTF-8
            private static global::System.ReadOnlySpan<byte> _utf8Id4 => new byte[] { 111, 112, 116, 95, 52 };
        }

        /// <summary>An option of the “Multi 22” CheckboxGroup <c>field_22</c> on screen <c>PART_ONE</c>. The flow's ids are constants (usable in <c>switch</c> on <see cref="Id"/>); an id the flow does not list is kept, not rejected.</summary>
        public readonly struct Field22Option : global::System.IEquatable<Field22Option>
        {
            /// <summary>The option “Option 0” (id <c>opt_0</c>).</summary>
            public const string Opt0 = "opt_0";

            /// <summary>The option “Option 1” (id <c>opt_1</c>).</summary>
            public const string Opt1 = "opt_1";

            /// <summary>The option “Option 2” (id <c>opt_2</c>).</summary>
            public const string Opt2 = "opt_2";

            /// <summary>The option “Option 3” (id <c>opt_3</c>).</summary>
            public const string Opt3 = "opt_3";

            private readonly string? _id;

            /// <summary>Creates an option from its id.</summary>
            public Field22Option(string id) => _id = id ?? throw new global::System.ArgumentNullException(nameof(id));

            /// <summary>The id of the chosen option, exactly as the payload carried it.</summary>
            public string Id => _id ?? string.Empty;

            /// <summary>The option's title in the flow, or <see langword="null"/> for an id the flow does not list.</summary>
            public string? Title => Id switch
            {
                Opt0 => "Option 0",
                Opt1 => "Option 1",
                Opt2 => "Option 2",
                Opt3 => "Option 3",
                _ => null,
            };

            /// <summary>True when the flow lists this id.</summary>
            public bool IsKnown => Title is not null;

            /// <inheritdoc />
            public bool Equals(Field22Option other) => string.Equals(Id, other.Id, global::System.StringComparison.Ordinal);

            /// <inheritdoc />
            public override bool Equals(object? obj) => obj is Field22Option other && Equals(other);

            /// <inheritdoc />
            public override int GetHashCode() => global::System.StringComparer.Ordinal.GetHashCode(Id);

            /// <summary>The id.</summary>
            public override string ToString() => Id;

            /// <summary>Compares two options by id.</summary>
            public static bool operator ==(Field22Option left, Field22Option right) => left.Equals(right);

            /// <summary>Compares two options by id.</summary>
            public static bool operator !=(Field22Option left, Field22Option right) => !left.Equals(right);

            /// <summary>The id of the option.</summary>
            public static implicit operator string(Field22Option option) => option.Id;

            /// <summary>Finds the constant of a listed id from its UTF-8 bytes (null for any other id): a listed id in a payload allocates no string.</summary>
            internal static readonly global::FlowTypes.Runtime.OptionIdLookup _listed = _listedId;

            /// <summary>Maps a payload id to an option (used by the deserializer).</summary>
            internal static readonly global::System.Func<string, Field22Option> _fromId = static id => new Field22Option(id);

            private static string? _listedId(global::System.ReadOnlySpan<byte> utf8)
            {
                switch (global::FlowTypes.Runtime.FlowKeyHash.Hash(utf8))
                {
                    case 2705943012u:
                    {
                        if (global::System.MemoryExtensions.SequenceEqual(utf8, _utf8Id3)) return Opt3;
                        break;
                    }
                    case 2722720631u:
                    {
                        if (global::System.MemoryExtensions.SequenceEqual(utf8, _utf8Id2)) return Opt2;
                        break;
                    }
                    case 2739498250u:
                    {
                        if (global::System.MemoryExtensions.SequenceEqual(utf8, _utf8Id1)) return Opt1;
                        break;
                    }
                    case 2756275869u:
                    {
                        if (global::System.MemoryExtensions.SequenceEqual(utf8, _utf8Id0)) return Opt0;
                        break;
                    }
                }

                return null;
            }

            // "opt_0" in UTF-8
            private static global::System.ReadOnlySpan<byte> _utf8Id0 => new byte[] { 111, 112, 116, 95, 48 };
            // "opt_1" in UTF-8
            private static global::System.ReadOnlySpan<byte> _utf8Id1 => new byte[] { 111, 112, 116, 95, 49 };
            // "opt_2" in UTF-8
            private static global::System.ReadOnlySpan<byte> _utf8Id2 => new byte[] { 111, 112, 116, 95, 50 };
            // "opt_3" in UTF-8
            private static global::System.ReadOnlySpan<byte> _utf8Id3 => new byte[] { 111, 112, 116, 95, 51 };
        }

        /// <summary>An option of the “Choice 27” Dropdown <c>field_27</c> on screen <c>PART_ONE</c>. The flow's ids are constants (usable in <c>switch</c> on <see cref="Id"/>); an id the flow does not list is kept, not rejected.</summary>
        public readonly struct Field27Option : global::System.IEquatable<Field27Option>
        {
            /// <summary>The option “Option 0” (id <c>opt_0</c>).</summary>
            public const string Opt0 = "opt_0";

            /// <summary>The option “Option 1” (id <c>opt_1</c>).</summary>
            public const string Opt1 = "opt_1";

            /// <summary>The option “Option 2” (id <c>opt_2</c>).</summary>
            public const string Opt2 = "opt_2";

            /// <summary>The option “Option 3” (id <c>opt_3</c>).</summary>
            public const string Opt3 = "opt_3";

            /// <summary>The option “Option 4” (id <c>opt_4</c>).</summary>
            public const string Opt4 = "opt_4";

            private readonly string? _id;

            /// <summary>Creates an option from its id.</summary>
            public Field27Option(string id) => _id = id ?? throw new global::System.ArgumentNullException(nameof(id));

            /// <summary>The id of the chosen option, exactly as the payload carried it.</summary>
            public string Id => _id ?? string.Empty;

            /// <summary>The option's title in the flow, or <see langword="null"/> for an id the flow does not list.</summary>
            public string? Title => Id switch
            {
                Opt0 => "Option 0",
                Opt1 => "Option 1",
                Opt2 => "Option 2",
                Opt3 => "Option 3",
                Opt4 => "Option 4",
                _ => null,
            };

            /// <summary>True when the flow lists this id.</summary>
            public bool IsKnown => Title is not null;

            /// <inheritdoc />
            public bool Equals(Field27Option other) => string.Equals(Id, other.Id, global::System.StringComparison.Ordinal);

            /// <inheritdoc />
            public override bool Equals(object? obj) => obj is Field27Option other && Equals(other);

            /// <inheritdoc />
            public override int GetHashCode() => global::System.StringComparer.Ordinal.GetHashCode(Id);

            /// <summary>The id.</summary>
            public override string ToString() => Id;

            /// <summary>Compares two options by id.</summary>
            public static bool operator ==(Field27Option left, Field27Option right) => left.Equals(right);

            /// <summary>Compares two options by id.</summary>
            public static bool operator !=(Field27Option left, Field27Option right) => !left.Equals(right);

            /// <summary>The id of the option.</summary>
            public static implicit operator string(Field27Option option) => option.Id;

            /// <summary>Finds the constant of a listed id from its UTF-8 bytes (null for any other id): a listed id in a payload allocates no string.</summary>
            internal static readonly global::FlowTypes.Runtime.OptionIdLookup _listed = _listedId;

            private static string? _listedId(global::System.ReadOnlySpan<byte> utf8)
            {
                switch (global::FlowTypes.Runtime.FlowKeyHash.Hash(utf8))
                {
                    case 2689165393u:
                    {
                        if (global::System.MemoryExtensions.SequenceEqual(utf8, _utf8Id4)) return Opt4;
                        break;
                    }
                    case 2705943012u:
                    {
                        if (global::System.MemoryExtensions.SequenceEqual(utf8, _utf8Id3)) return Opt3;
                        break;
                    }
                    case 2722720631u:
                    {
                        if (global::System.MemoryExtensions.SequenceEqual(utf8, _utf8Id2)) return Opt2;
                        break;
                    }
                    case 2739498250u:
                    {
                        if (global::System.MemoryExtensions.SequenceEqual(utf8, _utf8Id1)) return Opt1;
                        break;
                    }
                    case 2756275869u:
                    {
                        if (global::System.MemoryExtensions.SequenceEqual(utf8, _utf8Id0)) return Opt0;
                        break;
                    }
                }

                return null;
            }

            // "opt_0" in UTF-8
            private static global::System.ReadOnlySpan<byte> _utf8Id0 => new byte[] { 111, 112, 116, 95, 48 };
            // "opt_1" in UTF-8
            private static global::System.ReadOnlySpan<byte> _utf8Id1 => new byte[] { 111, 112, 116, 95, 49 };
            // "opt_2" in UTF-8
            private static global::System.ReadOnlySpan<byte> _utf8Id2 => new byte[] { 111, 112, 116, 95, 50 };
            // "opt_3" in UTF-8
            private static global::System.ReadOnlySpan<byte> _utf8Id3 => new byte[] { 111, 112, 116, 95, 51 };
            // "opt_4" in UTF-8
            private static global::System.ReadOnlySpan<byte> _utf8Id4 => new byte[] { 111, 112, 116, 95, 52 };
        }

        /// <summary>An option of the “Multi 28” CheckboxGroup <c>field_28</c> on screen <c>PART_ONE</c>. The flow's ids are constants (usable in <c>switch</c> on <see cref="Id"/>); an id the flow does not list is kept, not rejected.</summary>
        public readonly struct Field28Option : global::System.IEquatable<Field28Option>
        {
            /// <summary>The option “Option 0” (id <c>opt_0</c>).</summary>
            public const string Opt0 = "opt_0";

            /// <summary>The option “Option 1” (id <c>opt_1</c>).</summary>
            public const string Opt1 = "opt_1";

            /// <summary>The option “Option 2” (id <c>opt_2</c>).</summary>
            public const string Opt2 = "opt_2";

            /// <summary>The option “Option 3” (id <c>opt_3</c>).</summary>
            public const string Opt3 = "opt_3";

            private readonly string? _id;

            /// <summary>Creates an option from its id.</summary>
            public Field28Option(string id) => _id = id ?? throw new global::System.ArgumentNullException(nameof(id));

            /// <summary>The id of the chosen option, exactly as the payload carried it.</summary>
            public string Id => _id ?? string.Empty;

            /// <summary>The option's title in the flow, or <see langword="null"/> for an id the flow does not list.</summary>
            public string? Title => Id switch
            {
                Opt0 => "Option 0",
                Opt1 => "Option 1",
                Opt2 => "Option 2",
                Opt3 => "Option 3",
                _ => null,
            };

            /// <summary>True when the flow lists this id.</summary>
            public bool IsKnown => Title is not null;

            /// <inheritdoc />
            public bool Equals(Field28Option other) => string.Equals(Id, other.Id, global::System.StringComparison.Ordinal);

            /// <inheritdoc />
            public override bool Equals(object? obj) => obj is Field28Option other && Equals(other);

            /// <inheritdoc />
            public override int GetHashCode() => global::System.StringComparer.Ordinal.GetHashCode(Id);

            /// <summary>The id.</summary>
            public override string ToString() => Id;

            /// <summary>Compares two options by id.</summary>
            public static bool operator ==(Field28Option left, Field28Option right) => left.Equals(right);

            /// <summary>Compares two options by id.</summary>
            public static bool operator !=(Field28Option left, Field28Option right) => !left.Equals(right);

            /// <summary>The id of the option.</summary>
            public static implicit operator string(Field28Option option) => option.Id;

            /// <summary>Finds the constant of a listed id from its UTF-8 bytes (null for any other id): a listed id in a payload allocates no string.</summary>
            internal static readonly global::FlowTypes.Runtime.OptionIdLookup _listed = _listedId;

            /// <summary>Maps a payload id to an option (used by the deserializer).</summary>
            internal static readonly global::System.Func<string, Field28Option> _fromId = static id => new Field28Option(id);

            private static string? _listedId(global::System.ReadOnlySpan<byte> utf8)
            {
                switch (global::FlowTypes.Runtime.FlowKeyHash.Hash(utf8))
                {
                    case 2705943012u:
                    {
                        if (global::System.MemoryExtensions.SequenceEqual(utf8, _utf8Id3)) return Opt3;
                        break;
                    }
                    case 2722720631u:
                    {
                        if (global::System.MemoryExtensions.SequenceEqual(utf8, _utf8Id2)) return Opt2;
                        break;
                    }
                    case 2739498250u:
                    {
                        if (global::System.MemoryExtensions.SequenceEqual(utf8, _utf8Id1)) return Opt1;
                        break;
                    }
                    case 2756275869u:
                    {
                        if (global::System.MemoryExtensions.SequenceEqual(utf8, _utf8Id0)) return Opt0;
                        break;
                    }
                }

                return null;
            }

            // "opt_0" in UTF-8
            private static global::System.ReadOnlySpan<byte> _utf8Id0 => new byte[] { 111, 112, 116, 95, 48 };
            // "opt_1" in UTF-8
            private static global::System.ReadOnlySpan<byte> _utf8Id1 => new byte[] { 111, 112, 116, 95, 49 };
            // "opt_2" in UTF-8
            private static global::System.ReadOnlySpan<byte> _utf8Id2 => new byte[] { 111, 112, 116, 95, 50 };
            // "opt_3" in UTF-8
            private static global::System.ReadOnlySpan<byte> _utf8Id3 => new byte[] { 111, 112, 116, 95, 51 };
        }

        /// <summary>An option of the “Choice 33” Dropdown <c>field_33</c> on screen <c>PART_TWO</c>. The flow's ids are constants (usable in <c>switch</c> on <see cref="Id"/>); an id the flow does not list is kept, not rejected.</summary>
        public readonly struct Field33Option : global::System.IEquatable<Field33Option>
        {
            /// <summary>The option “Option 0” (id <c>opt_0</c>).</summary>
            public const string Opt0 = "opt_0";

            /// <summary>The option “Option 1” (id <c>opt_1</c>).</summary>
            public const string Opt1 = "opt_1";

            /// <summary>The option “Option 2” (id <c>opt_2</c>).</summary>
            public const string Opt2 = "opt_2";

            /// <summary>The option “Option 3” (id <c>opt_3</c>).</summary>
            public const string Opt3 = "opt_3";

            /// <summary>The option “Option 4” (id <c>opt_4</c>).</summary>
            public const string Opt4 = "opt_4";

            private readonly string? _id;

            /// <summary>Creates an option from its id.</summary>
            public Field33Option(string id) => _id = id ?? throw new global::System.ArgumentNullException(nameof(id));

            /// <summary>The id of the chosen option, exactly as the payload carried it.</summary>
            public string Id => _id ?? string.Empty;

            /// <summary>The option's title in the flow, or <see langword="null"/> for an id the flow does not list.</summary>
            public string? Title => Id switch
            {
                Opt0 => "Option 0",
                Opt1 => "Option 1",
                Opt2 => "Option 2",
                Opt3 => "Option 3",
                Opt4 => "Option 4",
                _ => null,
            };

            /// <summary>True when the flow lists this id.</summary>
            public bool IsKnown => Title is not null;

            /// <inheritdoc />
            public bool Equals(Field33Option other) => string.Equals(Id, other.Id, global::System.StringComparison.Ordinal);

            /// <inheritdoc />
            public override bool Equals(object? obj) => obj is Field33Option other && Equals(other);

            /// <inheritdoc />
            public override int GetHashCode() => global::System.StringComparer.Ordinal.GetHashCode(Id);

            /// <summary>The id.</summary>
            public override string ToString() => Id;

            /// <summary>Compares two options by id.</summary>
            public static bool operator ==(Field33Option left, Field33Option right) => left.Equals(right);

            /// <summary>Compares two options by id.</summary>
            public static bool operator !=(Field33Option left, Field33Option right) => !left.Equals(right);

            /// <summary>The id of the option.</summary>
            public static implicit operator string(Field33Option option) => option.Id;

            /// <summary>Finds the constant of a listed id from its UTF-8 bytes (null for any other id): a listed id in a payload allocates no string.</summary>
            internal static readonly global::FlowTypes.Runtime.OptionIdLookup _listed = _listedId;

            private static string? _listedId(global::System.ReadOnlySpan<byte> utf8)
            {
                switch (global::FlowTypes.Runtime.FlowKeyHash.Hash(utf8))
                {
                    case 2689165393u:
                    {
                        if (global::System.MemoryExtensions.SequenceEqual(utf8, _utf8Id4)) return Opt4;
                        break;
                    }
                    case 2705943012u:
                    {
                        if (global::System.MemoryExtensions.SequenceEqual(utf8, _utf8Id3)) return Opt3;
                        break;
                    }
                    case 2722720631u:
                    {
                        if (global::System.MemoryExtensions.SequenceEqual(utf8, _utf8Id2)) return Opt2;
                        break;
                    }
                    case 2739498250u:
                    {
                        if (global::System.MemoryExtensions.SequenceEqual(utf8, _utf8Id1)) return Opt1;
                        break;
                    }
                    case 2756275869u:
                    {
                        if (global::System.MemoryExtensions.SequenceEqual(utf8, _utf8Id0)) return Opt0;
                        break;
                    }
                }

                return null;
            }

            // "opt_0" in UTF-8
            private static global::System.ReadOnlySpan<byte> _utf8Id0 => new byte[] { 111, 112, 116, 95, 48 };
            // "opt_1" in UTF-8
            private static global::System.ReadOnlySpan<byte> _utf8Id1 => new byte[] { 111, 112, 116, 95, 49 };
            // "opt_2" in UTF-8
            private static global::System.ReadOnlySpan<byte> _utf8Id2 => new byte[] { 111, 112, 116, 95, 50 };
            // "opt_3" in UTF-8
            private static global::System.ReadOnlySpan<byte> _utf8Id3 => new byte[] { 111, 112, 116, 95, 51 };
            // "opt_4" in UTF-8
            private static global::System.ReadOnlySpan<byte> _utf8Id4 => new byte[] { 111, 112, 116, 95, 52 };
        }

        /// <summary>An option of the “Multi 34” CheckboxGroup <c>field_34</c> on screen <c>PART_TWO</c>. The flow's ids are constants (usable in <c>switch</c> on <see cref="Id"/>); an id the flow does not list is kept, not rejected.</summary>
        public readonly struct Field34Option : global::System.IEquatable<Field34Option>
        {
            /// <summary>The option “Option 0” (id <c>opt_0</c>).</summary>
            public const string Opt0 = "opt_0";

            /// <summary>The option “Option 1” (id <c>opt_1</c>).</summary>
            public const string Opt1 = "opt_1";

            /// <summary>The option “Option 2” (id <c>opt_2</c>).</summary>
            public const string Opt2 = "opt_2";

            /// <summary>The option “Option 3” (id <c>opt_3</c>).</summary>
            public const string Opt3 = "opt_3";

            private readonly string? _id;

            /// <summary>Creates an option from its id.</summary>
            public Field34Option(string id) => _id = id ?? throw new global::System.ArgumentNullException(nameof(id));

            /// <summary>The id of the chosen option, exactly as the payload carried it.</summary>
            public string Id => _id ?? string.Empty;

            /// <summary>The option's title in the flow, or <see langword="null"/> for an id the flow does not list.</summary>
            public string? Title => Id switch
            {
                Opt0 => "Option 0",
                Opt1 => "Option 1",
                Opt2 => "Option 2",
                Opt3 => "Option 3",
                _ => null,
            };

            /// <summary>True when the flow lists this id.</summary>
            public bool IsKnown => Title is not null;

            /// <inheritdoc />
            public bool Equals(Field34Option other) => string.Equals(Id, other.Id, global::System.StringComparison.Ordinal);

            /// <inheritdoc />
            public override bool Equals(object? obj) => obj is Field34Option other && Equals(other);

            /// <inheritdoc />
            public override int GetHashCode() => global::System.StringComparer.Ordinal.GetHashCode(Id);

            /// <summary>The id.</summary>
            public override string ToString() => Id;

            /// <summary>Compares two options by id.</summary>
            public static bool operator ==(Field34Option left, Field34Option right) => left.Equals(right);

            /// <summary>Compares two options by id.</summary>
            public static bool operator !=(Field34Option left, Field34Option right) => !left.Equals(right);

            /// <summary>The id of the option.</summary>
            public static implicit operator string(Field34Option option) => option.Id;

            /// <summary>Finds the constant of a listed id from its UTF-8 bytes (null for any other id): a listed id in a payload allocates no string.</summary>
            internal static readonly global::FlowTypes.Runtime.OptionIdLookup _listed = _listedId;

            /// <summary>Maps a payload id to an option (used by the deserializer).</summary>
            internal static readonly global::System.Func<string, Field34Option> _fromId = static id => new Field34Option(id);

            private static string? _listedId(global::System.ReadOnlySpan<byte> utf8)
            {
                switch (global::FlowTypes.Runtime.FlowKeyHash.Hash(utf8))
                {
                    case 2705943012u:
                    {
                        if (global::System.MemoryExtensions.SequenceEqual(utf8, _utf8Id3)) return Opt3;
                        break;
                    }
                    case 2722720631u:
                    {
                        if (global::System.MemoryExtensions.SequenceEqual(utf8, _utf8Id2)) return Opt2;
                        break;
                    }
                    case 2739498250u:
                    {
                        if (global::System.MemoryExtensions.SequenceEqual(utf8, _utf8Id1)) return Opt1;
                        break;
                    }
                    case 2756275869u:
                    {
                        if (global::System.MemoryExtensions.SequenceEqual(utf8, _utf8Id0)) return Opt0;
                        break;
                    }
                }

                return null;
            }

            // "opt_0" in UTF-8
            private static global::System.ReadOnlySpan<byte> _utf8Id0 => new byte[] { 111, 112, 116, 95, 48 };
            // "opt_1" in UTF-8
            private static global::System.ReadOnlySpan<byte> _utf8Id1 => new byte[] { 111, 112, 116, 95, 49 };
            // "opt_2" in UTF-8
            private static global::System.ReadOnlySpan<byte> _utf8Id2 => new byte[] { 111, 112, 116, 95, 50 };
            // "opt_3" in UTF-8
            private static global::System.ReadOnlySpan<byte> _utf8Id3 => new byte[] { 111, 112, 116, 95, 51 };
        }

        /// <summary>An option of the “Choice 39” Dropdown <c>field_39</c> on screen <c>PART_TWO</c>. The flow's ids are constants (usable in <c>switch</c> on <see cref="Id"/>); an id the flow does not list is kept, not rejected.</summary>
        public readonly struct Field39Option : global::System.IEquatable<Field39Option>
        {
            /// <summary>The option “Option 0” (id <c>opt_0</c>).</summary>
            public const string Opt0 = "opt_0";

            /// <summary>The option “Option 1” (id <c>opt_1</c>).</summary>
            public const string Opt1 = "opt_1";

            /// <summary>The option “Option 2” (id <c>opt_2</c>).</summary>
            public const string Opt2 = "opt_2";

            /// <summary>The option “Option 3” (id <c>opt_3</c>).</summary>
            public const string Opt3 = "opt_3";

            /// <summary>The option “Option 4” (id <c>opt_4</c>).</summary>
            public const string Opt4 = "opt_4";

            private readonly string? _id;

            /// <summary>Creates an option from its id.</summary>
            public Field39Option(string id) => _id = id ?? throw new global::System.ArgumentNullException(nameof(id));

            /// <summary>The id of the chosen option, exactly as the payload carried it.</summary>
            public string Id => _id ?? string.Empty;

            /// <summary>The option's title in the flow, or <see langword="null"/> for an id the flow does not list.</summary>
            public string? Title => Id switch
            {
                Opt0 => "Option 0",
                Opt1 => "Option 1",
                Opt2 => "Option 2",
                Opt3 => "Option 3",
                Opt4 => "Option 4",
                _ => null,
            };

            /// <summary>True when the flow lists this id.</summary>
            public bool IsKnown => Title is not null;

            /// <inheritdoc />
            public bool Equals(Field39Option other) => string.Equals(Id, other.Id, global::System.StringComparison.Ordinal);

            /// <inheritdoc />
            public override bool Equals(object? obj) => obj is Field39Option other && Equals(other);

            /// <inheritdoc />
            public override int GetHashCode() => global::System.StringComparer.Ordinal.GetHashCode(Id);

            /// <summary>The id.</summary>
            public override string ToString() => Id;

            /// <summary>Compares two options by id.</summary>
            public static bool operator ==(Field39Option left, Field39Option right) => left.Equals(right);

            /// <summary>Compares two options by id.</summary>
            public static bool operator !=(Field39Option left, Field39Option right) => !left.Equals(right);

            /// <summary>The id of the option.</summary>
            public static implicit operator string(Field39Option option) => option.Id;

            /// <summary>Finds the constant of a listed id from its UTF-8 bytes (null for any other id): a listed id in a payload allocates no string.</summary>
            internal static readonly global::FlowTypes.Runtime.OptionIdLookup _listed = _listedId;

            private static string? _listedId(global::System.ReadOnlySpan<byte> utf8)
            {
                switch (global::FlowTypes.Runtime.FlowKeyHash.Hash(utf8))
                {
                    case 2689165393u:
                    {
                        if (global::System.MemoryExtensions.SequenceEqual(utf8, _utf8Id4)) return Opt4;
                        break;
                    }
                    case 2705943012u:
                    {
                        if (global::System.MemoryExtensions.SequenceEqual(utf8, _utf8Id3)) return Opt3;
                        break;
                    }
                    case 2722720631u:
                    {
                        if (global::System.MemoryExtensions.SequenceEqual(utf8, _utf8Id2)) return Opt2;
                        break;
                    }
                    case 2739498250u:
                    {
                        if (global::System.MemoryExtensions.SequenceEqual(utf8, _utf8Id1)) return Opt1;
                        break;
                    }
                    case 2756275869u:
                    {
                        if (global::System.MemoryExtensions.SequenceEqual(utf8, _utf8Id0)) return Opt0;
                        break;
                    }
                }

                return null;
            }

            // "opt_0" in UTF-8
            private static global::System.ReadOnlySpan<byte> _utf8Id0 => new byte[] { 111, 112, 116, 95, 48 };
            // "opt_1" in UTF-8
            private static global::System.ReadOnlySpan<byte> _utf8Id1 => new byte[] { 111, 112, 116, 95, 49 };
            // "opt_2" in UTF-8
            private static global::System.ReadOnlySpan<byte> _utf8Id2 => new byte[] { 111, 112, 116, 95, 50 };
            // "opt_3" in UTF-8
            private static global::System.ReadOnlySpan<byte> _utf8Id3 => new byte[] { 111, 112, 116, 95, 51 };
            // "opt_4" in UTF-8
            private static global::System.ReadOnlySpan<byte> _utf8Id4 => new byte[] { 111, 112, 116, 95, 52 };
        }

        /// <summary>An option of the “Multi 40” CheckboxGroup <c>field_40</c> on screen <c>PART_TWO</c>. The flow's ids are constants (usable in <c>switch</c> on <see cref="Id"/>); an id the flow does not list is kept, not rejected.</summary>
        public readonly struct Field40Option : global::System.IEquatable<Field40Option>
        {
            /// <summary>The option “Option 0” (id <c>opt_0</c>).</summary>
            public const string Opt0 = "opt_0";

            /// <summary>The option “Option 1” (id <c>opt_1</c>).</summary>
            public const string Opt1 = "opt_1";

            /// <summary>The option “Option 2” (id <c>opt_2</c>).</summary>
            public const string Opt2 = "opt_2";

            /// <summary>The option “Option 3” (id <c>opt_3</c>).</summary>
            public const string Opt3 = "opt_3";

            private readonly string? _id;

            /// <summary>Creates an option from its id.</summary>
            public Field40Option(string id) => _id = id ?? throw new global::System.ArgumentNullException(nameof(id));

            /// <summary>The id of the chosen option, exactly as the payload carried it.</summary>
            public string Id => _id ?? string.Empty;

            /// <summary>The option's title in the flow, or <see langword="null"/> for an id the flow does not list.</summary>
            public string? Title => Id switch
            {
                Opt0 => "Option 0",
                Opt1 => "Option 1",
                Opt2 => "Option 2",
                Opt3 => "Option 3",
                _ => null,
            };

            /// <summary>True when the flow lists this id.</summary>
            public bool IsKnown => Title is not null;

            /// <inheritdoc />
            public bool Equals(Field40Option other) => string.Equals(Id, other.Id, global::System.StringComparison.Ordinal);

            /// <inheritdoc />
            public override bool Equals(object? obj) => obj is Field40Option other && Equals(other);

            /// <inheritdoc />
            public override int GetHashCode() => global::System.StringComparer.Ordinal.GetHashCode(Id);

            /// <summary>The id.</summary>
            public override string ToString() => Id;

            /// <summary>Compares two options by id.</summary>
            public static bool operator ==(Field40Option left, Field40Option right) => left.Equals(right);

            /// <summary>Compares two options by id.</summary>
            public static bool operator !=(Field40Option left, Field40Option right) => !left.Equals(right);

            /// <summary>The id of the option.</summary>
            public static implicit operator string(Field40Option option) => option.Id;

            /// <summary>Finds the constant of a listed id from its UTF-8 bytes (null for any other id): a listed id in a payload allocates no string.</summary>
            internal static readonly global::FlowTypes.Runtime.OptionIdLookup _listed = _listedId;

            /// <summary>Maps a payload id to an option (used by the deserializer).</summary>
            internal static readonly global::System.Func<string, Field40Option> _fromId = static id => new Field40Option(id);

            private static string? _listedId(global::System.ReadOnlySpan<byte> utf8)
            {
                switch (global::FlowTypes.Runtime.FlowKeyHash.Hash(utf8))
                {
                    case 2705943012u:
                    {
                        if (global::System.MemoryExtensions.SequenceEqual(utf8, _utf8Id3)) return Opt3;
                        break;
                    }
                    case 2722720631u:
                    {
                        if (global::System.MemoryExtensions.SequenceEqual(utf8, _utf8Id2)) return Opt2;
                        break;
                    }
                    case 2739498250u:
                    {
                        if (global::System.MemoryExtensions.SequenceEqual(utf8, _utf8Id1)) return Opt1;
                        break;
                    }
                    case 2756275869u:
                    {
                        if (global::System.MemoryExtensions.SequenceEqual(utf8, _utf8Id0)) return Opt0;
                        break;
                    }
                }

                return null;
            }

            // "opt_0" in UTF-8
            private static global::System.ReadOnlySpan<byte> _utf8Id0 => new byte[] { 111, 112, 116, 95, 48 };
            // "opt_1" in UTF-8
            private static global::System.ReadOnlySpan<byte> _utf8Id1 => new byte[] { 111, 112, 116, 95, 49 };
            // "opt_2" in UTF-8
            private static global::System.ReadOnlySpan<byte> _utf8Id2 => new byte[] { 111, 112, 116, 95, 50 };
            // "opt_3" in UTF-8
            private static global::System.ReadOnlySpan<byte> _utf8Id3 => new byte[] { 111, 112, 116, 95, 51 };
        }

        /// <summary>An option of the “Choice 45” Dropdown <c>field_45</c> on screen <c>PART_TWO</c>. The flow's ids are constants (usable in <c>switch</c> on <see cref="Id"/>); an id the flow does not list is kept, not rejected.</summary>
        public readonly struct Field45Option : global::System.IEquatable<Field45Option>
        {
            /// <summary>The option “Option 0” (id <c>opt_0</c>).</summary>
            public const string Opt0 = "opt_0";

            /// <summary>The option “Option 1” (id <c>opt_1</c>).</summary>
            public const string Opt1 = "opt_1";

            /// <summary>The option “Option 2” (id <c>opt_2</c>).</summary>
            public const string Opt2 = "opt_2";

            /// <summary>The option “Option 3” (id <c>opt_3</c>).</summary>
            public const string Opt3 = "opt_3";

            /// <summary>The option “Option 4” (id <c>opt_4</c>).</summary>
            public const string Opt4 = "opt_4";

            private readonly string? _id;

            /// <summary>Creates an option from its id.</summary>
            public Field45Option(string id) => _id = id ?? throw new global::System.ArgumentNullException(nameof(id));

            /// <summary>The id of the chosen option, exactly as the payload carried it.</summary>
            public string Id => _id ?? string.Empty;

            /// <summary>The option's title in the flow, or <see langword="null"/> for an id the flow does not list.</summary>
            public string? Title => Id switch
            {
                Opt0 => "Option 0",
                Opt1 => "Option 1",
                Opt2 => "Option 2",
                Opt3 => "Option 3",
                Opt4 => "Option 4",
                _ => null,
            };

            /// <summary>True when the flow lists this id.</summary>
            public bool IsKnown => Title is not null;

            /// <inheritdoc />
            public bool Equals(Field45Option other) => string.Equals(Id, other.Id, global::System.StringComparison.Ordinal);

            /// <inheritdoc />
            public override bool Equals(object? obj) => obj is Field45Option other && Equals(other);

            /// <inheritdoc />
            public override int GetHashCode() => global::System.StringComparer.Ordinal.GetHashCode(Id);

            /// <summary>The id.</summary>
            public override string ToString() => Id;

            /// <summary>Compares two options by id.</summary>
            public static bool operator ==(Field45Option left, Field45Option right) => left.Equals(right);

            /// <summary>Compares two options by id.</summary>
            public static bool operator !=(Field45Option left, Field45Option right) => !left.Equals(right);

            /// <summary>The id of the option.</summary>
            public static implicit operator string(Field45Option option) => option.Id;

            /// <summary>Finds the constant of a listed id from its UTF-8 bytes (null for any other id): a listed id in a payload allocates no string.</summary>
            internal static readonly global::FlowTypes.Runtime.OptionIdLookup _listed = _listedId;

            private static string? _listedId(global::System.ReadOnlySpan<byte> utf8)
            {
                switch (global::FlowTypes.Runtime.FlowKeyHash.Hash(utf8))
                {
                    case 2689165393u:
                    {
                        if (global::System.MemoryExtensions.SequenceEqual(utf8, _utf8Id4)) return Opt4;
                        break;
                    }
                    case 2705943012u:
                    {
                        if (global::System.MemoryExtensions.SequenceEqual(utf8, _utf8Id3)) return Opt3;
                        break;
                    }
                    case 2722720631u:
                    {
                        if (global::System.MemoryExtensions.SequenceEqual(utf8, _utf8Id2)) return Opt2;
                        break;
                    }
                    case 2739498250u:
                    {
                        if (global::System.MemoryExtensions.SequenceEqual(utf8, _utf8Id1)) return Opt1;
                        break;
                    }
                    case 2756275869u:
                    {
                        if (global::System.MemoryExtensions.SequenceEqual(utf8, _utf8Id0)) return Opt0;
                        break;
                    }
                }

                return null;
            }

            // "opt_0" in UTF-8
            private static global::System.ReadOnlySpan<byte> _utf8Id0 => new byte[] { 111, 112, 116, 95, 48 };
            // "opt_1" in UTF-8
            private static global::System.ReadOnlySpan<byte> _utf8Id1 => new byte[] { 111, 112, 116, 95, 49 };
            // "opt_2" in UTF-8
            private static global::System.ReadOnlySpan<byte> _utf8Id2 => new byte[] { 111, 112, 116, 95, 50 };
            // "opt_3" in UTF-8
            private static global::System.ReadOnlySpan<byte> _utf8Id3 => new byte[] { 111, 112, 116, 95, 51 };
            // "opt_4" in UTF-8
            private static global::System.ReadOnlySpan<byte> _utf8Id4 => new byte[] { 111, 112, 116, 95, 52 };
        }

        /// <summary>An option of the “Multi 46” CheckboxGroup <c>field_46</c> on screen <c>PART_TWO</c>. The flow's ids are constants (usable in <c>switch</c> on <see cref="Id"/>); an id the flow does not list is kept, not rejected.</summary>
        public readonly struct Field46Option : global::System.IEquatable<Field46Option>
        {
            /// <summary>The option “Option 0” (id <c>opt_0</c>).</summary>
            public const string Opt0 = "opt_0";

            /// <summary>The option “Option 1” (id <c>opt_1</c>).</summary>
            public const string Opt1 = "opt_1";

            /// <summary>The option “Option 2” (id <c>opt_2</c>).</summary>
            public const string Opt2 = "opt_2";

            /// <summary>The option “Option 3” (id <c>opt_3</c>).</summary>
            public const string Opt3 = "opt_3";

            private readonly string? _id;

            /// <summary>Creates an option from its id.</summary>
            public Field46Option(string id) => _id = id ?? throw new global::System.ArgumentNullException(nameof(id));

            /// <summary>The id of the chosen option, exactly as the payload carried it.</summary>
            public string Id => _id ?? string.Empty;

            /// <summary>The option's title in the flow, or <see langword="null"/> for an id the flow does not list.</summary>
            public string? Title => Id switch
            {
                Opt0 => "Option 0",
                Opt1 => "Option 1",
                Opt2 => "Option 2",
                Opt3 => "Option 3",
                _ => null,
            };

            /// <summary>True when the flow lists this id.</summary>
            public bool IsKnown => Title is not null;

            /// <inheritdoc />
            public bool Equals(Field46Option other) => string.Equals(Id, other.Id, global::System.StringComparison.Ordinal);

            /// <inheritdoc />
            public override bool Equals(object? obj) => obj is Field46Option other && Equals(other);

            /// <inheritdoc />
            public override int GetHashCode() => global::System.StringComparer.Ordinal.GetHashCode(Id);

            /// <summary>The id.</summary>
            public override string ToString() => Id;

            /// <summary>Compares two options by id.</summary>
            public static bool operator ==(Field46Option left, Field46Option right) => left.Equals(right);

            /// <summary>Compares two options by id.</summary>
            public static bool operator !=(Field46Option left, Field46Option right) => !left.Equals(right);

            /// <summary>The id of the option.</summary>
            public static implicit operator string(Field46Option option) => option.Id;

            /// <summary>Finds the constant of a listed id from its UTF-8 bytes (null for any other id): a listed id in a payload allocates no string.</summary>
            internal static readonly global::FlowTypes.Runtime.OptionIdLookup _listed = _listedId;

            /// <summary>Maps a payload id to an option (used by the deserializer).</summary>
            internal static readonly global::System.Func<string, Field46Option> _fromId = static id => new Field46Option(id);

            private static string? _listedId(global::System.ReadOnlySpan<byte> utf8)
            {
                switch (global::FlowTypes.Runtime.FlowKeyHash.Hash(utf8))
                {
                    case 2705943012u:
                    {
                        if (global::System.MemoryExtensions.SequenceEqual(utf8, _utf8Id3)) return Opt3;
                        break;
                    }
                    case 2722720631u:
                    {
                        if (global::System.MemoryExtensions.SequenceEqual(utf8, _utf8Id2)) return Opt2;
                        break;
                    }
                    case 2739498250u:
                    {
                        if (global::System.MemoryExtensions.SequenceEqual(utf8, _utf8Id1)) return Opt1;
                        break;
                    }
                    case 2756275869u:
                    {
                        if (global::System.MemoryExtensions.SequenceEqual(utf8, _utf8Id0)) return Opt0;
                        break;
                    }
                }

                return null;
            }

            // "opt_0" in UTF-8
            private static global::System.ReadOnlySpan<byte> _utf8Id0 => new byte[] { 111, 112, 116, 95, 48 };
            // "opt_1" in UTF-8
            private static global::System.ReadOnlySpan<byte> _utf8Id1 => new byte[] { 111, 112, 116, 95, 49 };
            // "opt_2" in UTF-8
            private static global::System.ReadOnlySpan<byte> _utf8Id2 => new byte[] { 111, 112, 116, 95, 50 };
            // "opt_3" in UTF-8
            private static global::System.ReadOnlySpan<byte> _utf8Id3 => new byte[] { 111, 112, 116, 95, 51 };
        }

        /// <summary>An option of the “Choice 51” Dropdown <c>field_51</c> on screen <c>PART_TWO</c>. The flow's ids are constants (usable in <c>switch</c> on <see cref="Id"/>); an id the flow does not list is kept, not rejected.</summary>
        public readonly struct Field51Option : global::System.IEquatable<Field51Option>
        {
            /// <summary>The option “Option 0” (id <c>opt_0</c>).</summary>
            public const string Opt0 = "opt_0";

            /// <summary>The option “Option 1” (id <c>opt_1</c>).</summary>
            public const string Opt1 = "opt_1";

            /// <summary>The option “Option 2” (id <c>opt_2</c>).</summary>
            public const string Opt2 = "opt_2";

            /// <summary>The option “Option 3” (id <c>opt_3</c>).</summary>
            public const string Opt3 = "opt_3";

            /// <summary>The option “Option 4” (id <c>opt_4</c>).</summary>
            public const string Opt4 = "opt_4";

            private readonly string? _id;

            /// <summary>Creates an option from its id.</summary>
            public Field51Option(string id) => _id = id ?? throw new global::System.ArgumentNullException(nameof(id));

            /// <summary>The id of the chosen option, exactly as the payload carried it.</summary>
            public string Id => _id ?? string.Empty;

            /// <summary>The option's title in the flow, or <see langword="null"/> for an id the flow does not list.</summary>
            public string? Title => Id switch
            {
                Opt0 => "Option 0",
                Opt1 => "Option 1",
                Opt2 => "Option 2",
                Opt3 => "Option 3",
                Opt4 => "Option 4",
                _ => null,
            };

            /// <summary>True when the flow lists this id.</summary>
            public bool IsKnown => Title is not null;

            /// <inheritdoc />
            public bool Equals(Field51Option other) => string.Equals(Id, other.Id, global::System.StringComparison.Ordinal);

            /// <inheritdoc />
            public override bool Equals(object? obj) => obj is Field51Option other && Equals(other);

            /// <inheritdoc />
            public override int GetHashCode() => global::System.StringComparer.Ordinal.GetHashCode(Id);

            /// <summary>The id.</summary>
            public override string ToString() => Id;

            /// <summary>Compares two options by id.</summary>
            public static bool operator ==(Field51Option left, Field51Option right) => left.Equals(right);

            /// <summary>Compares two options by id.</summary>
            public static bool operator !=(Field51Option left, Field51Option right) => !left.Equals(right);

            /// <summary>The id of the option.</summary>
            public static implicit operator string(Field51Option option) => option.Id;

            /// <summary>Finds the constant of a listed id from its UTF-8 bytes (null for any other id): a listed id in a payload allocates no string.</summary>
            internal static readonly global::FlowTypes.Runtime.OptionIdLookup _listed = _listedId;

            private static string? _listedId(global::System.ReadOnlySpan<byte> utf8)
            {
                switch (global::FlowTypes.Runtime.FlowKeyHash.Hash(utf8))
                {
                    case 2689165393u:
                    {
                        if (global::System.MemoryExtensions.SequenceEqual(utf8, _utf8Id4)) return Opt4;
                        break;
                    }
                    case 2705943012u:
                    {
                        if (global::System.MemoryExtensions.SequenceEqual(utf8, _utf8Id3)) return Opt3;
                        break;
                    }
                    case 2722720631u:
                    {
                        if (global::System.MemoryExtensions.SequenceEqual(utf8, _utf8Id2)) return Opt2;
                        break;
                    }
                    case 2739498250u:
                    {
                        if (global::System.MemoryExtensions.SequenceEqual(utf8, _utf8Id1)) return Opt1;
                        break;
                    }
                    case 2756275869u:
                    {
                        if (global::System.MemoryExtensions.SequenceEqual(utf8, _utf8Id0)) return Opt0;
                        break;
                    }
                }

                return null;
            }

            // "opt_0" in UTF-8
            private static global::System.ReadOnlySpan<byte> _utf8Id0 => new byte[] { 111, 112, 116, 95, 48 };
            // "opt_1" in UTF-8
            private static global::System.ReadOnlySpan<byte> _utf8Id1 => new byte[] { 111, 112, 116, 95, 49 };
            // "opt_2" in UTF-8
            private static global::System.ReadOnlySpan<byte> _utf8Id2 => new byte[] { 111, 112, 116, 95, 50 };
            // "opt_3" in UTF-8
            private static global::System.ReadOnlySpan<byte> _utf8Id3 => new byte[] { 111, 112, 116, 95, 51 };
            // "opt_4" in UTF-8
            private static global::System.ReadOnlySpan<byte> _utf8Id4 => new byte[] { 111, 112, 116, 95, 52 };
        }

        /// <summary>An option of the “Multi 52” CheckboxGroup <c>field_52</c> on screen <c>PART_TWO</c>. The flow's ids are constants (usable in <c>switch</c> on <see cref="Id"/>); an id the flow does not list is kept, not rejected.</summary>
        public readonly struct Field52Option : global::System.IEquatable<Field52Option>
        {
            /// <summary>The option “Option 0” (id <c>opt_0</c>).</summary>
            public const string Opt0 = "opt_0";

            /// <summary>The option “Option 1” (id <c>opt_1</c>).</summary>
            public const string Opt1 = "opt_1";

            /// <summary>The option “Option 2” (id <c>opt_2</c>).</summary>
            public const string Opt2 = "opt_2";

            /// <summary>The option “Option 3” (id <c>opt_3</c>).</summary>
            public const string Opt3 = "opt_3";

            private readonly string? _id;

            /// <summary>Creates an option from its id.</summary>
            public Field52Option(string id) => _id = id ?? throw new global::System.ArgumentNullException(nameof(id));

            /// <summary>The id of the chosen option, exactly as the payload carried it.</summary>
            public string Id => _id ?? string.Empty;

            /// <summary>The option's title in the flow, or <see langword="null"/> for an id the flow does not list.</summary>
            public string? Title => Id switch
            {
                Opt0 => "Option 0",
                Opt1 => "Option 1",
                Opt2 => "Option 2",
                Opt3 => "Option 3",
                _ => null,
            };

            /// <summary>True when the flow lists this id.</summary>
            public bool IsKnown => Title is not null;

            /// <inheritdoc />
            public bool Equals(Field52Option other) => string.Equals(Id, other.Id, global::System.StringComparison.Ordinal);

            /// <inheritdoc />
            public override bool Equals(object? obj) => obj is Field52Option other && Equals(other);

            /// <inheritdoc />
            public override int GetHashCode() => global::System.StringComparer.Ordinal.GetHashCode(Id);

            /// <summary>The id.</summary>
            public override string ToString() => Id;

            /// <summary>Compares two options by id.</summary>
            public static bool operator ==(Field52Option left, Field52Option right) => left.Equals(right);

            /// <summary>Compares two options by id.</summary>
            public static bool operator !=(Field52Option left, Field52Option right) => !left.Equals(right);

            /// <summary>The id of the option.</summary>
            public static implicit operator string(Field52Option option) => option.Id;

            /// <summary>Finds the constant of a listed id from its UTF-8 bytes (null for any other id): a listed id in a payload allocates no string.</summary>
            internal static readonly global::FlowTypes.Runtime.OptionIdLookup _listed = _listedId;

            /// <summary>Maps a payload id to an option (used by the deserializer).</summary>
            internal static readonly global::System.Func<string, Field52Option> _fromId = static id => new Field52Option(id);

            private static string? _listedId(global::System.ReadOnlySpan<byte> utf8)
            {
                switch (global::FlowTypes.Runtime.FlowKeyHash.Hash(utf8))
                {
                    case 2705943012u:
                    {
                        if (global::System.MemoryExtensions.SequenceEqual(utf8, _utf8Id3)) return Opt3;
                        break;
                    }
                    case 2722720631u:
                    {
                        if (global::System.MemoryExtensions.SequenceEqual(utf8, _utf8Id2)) return Opt2;
                        break;
                    }
                    case 2739498250u:
                    {
                        if (global::System.MemoryExtensions.SequenceEqual(utf8, _utf8Id1)) return Opt1;
                        break;
                    }
                    case 2756275869u:
                    {
                        if (global::System.MemoryExtensions.SequenceEqual(utf8, _utf8Id0)) return Opt0;
                        break;
                    }
                }

                return null;
            }

            // "opt_0" in UTF-8
            private static global::System.ReadOnlySpan<byte> _utf8Id0 => new byte[] { 111, 112, 116, 95, 48 };
            // "opt_1" in UTF-8
            private static global::System.ReadOnlySpan<byte> _utf8Id1 => new byte[] { 111, 112, 116, 95, 49 };
            // "opt_2" in UTF-8
            private static global::System.ReadOnlySpan<byte> _utf8Id2 => new byte[] { 111, 112, 116, 95, 50 };
            // "opt_3" in UTF-8
            private static global::System.ReadOnlySpan<byte> _utf8Id3 => new byte[] { 111, 112, 116, 95, 51 };
        }

        /// <summary>An option of the “Choice 57” Dropdown <c>field_57</c> on screen <c>PART_TWO</c>. The flow's ids are constants (usable in <c>switch</c> on <see cref="Id"/>); an id the flow does not list is kept, not rejected.</summary>
        public readonly struct Field57Option : global::System.IEquatable<Field57Option>
        {
            /// <summary>The option “Option 0” (id <c>opt_0</c>).</summary>
            public const string Opt0 = "opt_0";

            /// <summary>The option “Option 1” (id <c>opt_1</c>).</summary>
            public const string Opt1 = "opt_1";

            /// <summary>The option “Option 2” (id <c>opt_2</c>).</summary>
            public const string Opt2 = "opt_2";

            /// <summary>The option “Option 3” (id <c>opt_3</c>).</summary>
            public const string Opt3 = "opt_3";

            /// <summary>The option “Option 4” (id <c>opt_4</c>).</summary>
            public const string Opt4 = "opt_4";

            private readonly string? _id;

            /// <summary>Creates an option from its id.</summary>
            public Field57Option(string id) => _id = id ?? throw new global::System.ArgumentNullException(nameof(id));

            /// <summary>The id of the chosen option, exactly as the payload carried it.</summary>
            public string Id => _id ?? string.Empty;

            /// <summary>The option's title in the flow, or <see langword="null"/> for an id the flow does not list.</summary>
            public string? Title => Id switch
            {
                Opt0 => "Option 0",
                Opt1 => "Option 1",
                Opt2 => "Option 2",
                Opt3 => "Option 3",
                Opt4 => "Option 4",
                _ => null,
            };

            /// <summary>True when the flow lists this id.</summary>
            public bool IsKnown => Title is not null;

            /// <inheritdoc />
            public bool Equals(Field57Option other) => string.Equals(Id, other.Id, global::System.StringComparison.Ordinal);

            /// <inheritdoc />
            public override bool Equals(object? obj) => obj is Field57Option other && Equals(other);

            /// <inheritdoc />
            public override int GetHashCode() => global::System.StringComparer.Ordinal.GetHashCode(Id);

            /// <summary>The id.</summary>
            public override string ToString() => Id;

            /// <summary>Compares two options by id.</summary>
            public static bool operator ==(Field57Option left, Field57Option right) => left.Equals(right);

            /// <summary>Compares two options by id.</summary>
            public static bool operator !=(Field57Option left, Field57Option right) => !left.Equals(right);

            /// <summary>The id of the option.</summary>
            public static implicit operator string(Field57Option option) => option.Id;

            /// <summary>Finds the constant of a listed id from its UTF-8 bytes (null for any other id): a listed id in a payload allocates no string.</summary>
            internal static readonly global::FlowTypes.Runtime.OptionIdLookup _listed = _listedId;

            private static string? _listedId(global::System.ReadOnlySpan<byte> utf8)
            {
                switch (global::FlowTypes.Runtime.FlowKeyHash.Hash(utf8))
                {
                    case 2689165393u:
                    {
                        if (global::System.MemoryExtensions.SequenceEqual(utf8, _utf8Id4)) return Opt4;
                        break;
                    }
                    case 2705943012u:
                    {
                        if (global::System.MemoryExtensions.SequenceEqual(utf8, _utf8Id3)) return Opt3;
                        break;
                    }
                    case 2722720631u:
                    {
                        if (global::System.MemoryExtensions.SequenceEqual(utf8, _utf8Id2)) return Opt2;
                        break;
                    }
                    case 2739498250u:
                    {
                        if (global::System.MemoryExtensions.SequenceEqual(utf8, _utf8Id1)) return Opt1;
                        break;
                    }
                    case 2756275869u:
                    {
                        if (global::System.MemoryExtensions.SequenceEqual(utf8, _utf8Id0)) return Opt0;
                        break;
                    }
                }

                return null;
            }

            // "opt_0" in UTF-8
            private static global::System.ReadOnlySpan<byte> _utf8Id0 => new byte[] { 111, 112, 116, 95, 48 };
            // "opt_1" in UTF-8
            private static global::System.ReadOnlySpan<byte> _utf8Id1 => new byte[] { 111, 112, 116, 95, 49 };
            // "opt_2" in UTF-8
            private static global::System.ReadOnlySpan<byte> _utf8Id2 => new byte[] { 111, 112, 116, 95, 50 };
            // "opt_3" in UTF-8
            private static global::System.ReadOnlySpan<byte> _utf8Id3 => new byte[] { 111, 112, 116, 95, 51 };
            // "opt_4" in UTF-8
            private static global::System.ReadOnlySpan<byte> _utf8Id4 => new byte[] { 111, 112, 116, 95, 52 };
        }

        /// <summary>An option of the “Multi 58” CheckboxGroup <c>field_58</c> on screen <c>PART_TWO</c>. The flow's ids are constants (usable in <c>switch</c> on <see cref="Id"/>); an id the flow does not list is kept, not rejected.</summary>
        public readonly struct Field58Option : global::System.IEquatable<Field58Option>
        {
            /// <summary>The option “Option 0” (id <c>opt_0</c>).</summary>
            public const string Opt0 = "opt_0";

            /// <summary>The option “Option 1” (id <c>opt_1</c>).</summary>
            public const string Opt1 = "opt_1";

            /// <summary>The option “Option 2” (id <c>opt_2</c>).</summary>
            public const string Opt2 = "opt_2";

            /// <summary>The option “Option 3” (id <c>opt_3</c>).</summary>
            public const string Opt3 = "opt_3";

            private readonly string? _id;

            /// <summary>Creates an option from its id.</summary>
            public Field58Option(string id) => _id = id ?? throw new global::System.ArgumentNullException(nameof(id));

            /// <summary>The id of the chosen option, exactly as the payload carried it.</summary>
            public string Id => _id ?? string.Empty;

            /// <summary>The option's title in the flow, or <see langword="null"/> for an id the flow does not list.</summary>
            public string? Title => Id switch
            {
                Opt0 => "Option 0",
                Opt1 => "Option 1",
                Opt2 => "Option 2",
                Opt3 => "Option 3",
                _ => null,
            };

            /// <summary>True when the flow lists this id.</summary>
            public bool IsKnown => Title is not null;

            /// <inheritdoc />
            public bool Equals(Field58Option other) => string.Equals(Id, other.Id, global::System.StringComparison.Ordinal);

            /// <inheritdoc />
            public override bool Equals(object? obj) => obj is Field58Option other && Equals(other);

            /// <inheritdoc />
            public override int GetHashCode() => global::System.StringComparer.Ordinal.GetHashCode(Id);

            /// <summary>The id.</summary>
            public override string ToString() => Id;

            /// <summary>Compares two options by id.</summary>
            public static bool operator ==(Field58Option left, Field58Option right) => left.Equals(right);

            /// <summary>Compares two options by id.</summary>
            public static bool operator !=(Field58Option left, Field58Option right) => !left.Equals(right);

            /// <summary>The id of the option.</summary>
            public static implicit operator string(Field58Option option) => option.Id;

            /// <summary>Finds the constant of a listed id from its UTF-8 bytes (null for any other id): a listed id in a payload allocates no string.</summary>
            internal static readonly global::FlowTypes.Runtime.OptionIdLookup _listed = _listedId;

            /// <summary>Maps a payload id to an option (used by the deserializer).</summary>
            internal static readonly global::System.Func<string, Field58Option> _fromId = static id => new Field58Option(id);

            private static string? _listedId(global::System.ReadOnlySpan<byte> utf8)
            {
                switch (global::FlowTypes.Runtime.FlowKeyHash.Hash(utf8))
                {
                    case 2705943012u:
                    {
                        if (global::System.MemoryExtensions.SequenceEqual(utf8, _utf8Id3)) return Opt3;
                        break;
                    }
                    case 2722720631u:
                    {
                        if (global::System.MemoryExtensions.SequenceEqual(utf8, _utf8Id2)) return Opt2;
                        break;
                    }
                    case 2739498250u:
                    {
                        if (global::System.MemoryExtensions.SequenceEqual(utf8, _utf8Id1)) return Opt1;
                        break;
                    }
                    case 2756275869u:
                    {
                        if (global::System.MemoryExtensions.SequenceEqual(utf8, _utf8Id0)) return Opt0;
                        break;
                    }
                }

                return null;
            }

            // "opt_0" in UTF-8
            private static global::System.ReadOnlySpan<byte> _utf8Id0 => new byte[] { 111, 112, 116, 95, 48 };
            // "opt_1" in UTF-8
            private static global::System.ReadOnlySpan<byte> _utf8Id1 => new byte[] { 111, 112, 116, 95, 49 };
            // "opt_2" in UTF-8
            private static global::System.ReadOnlySpan<byte> _utf8Id2 => new byte[] { 111, 112, 116, 95, 50 };
            // "opt_3" in UTF-8
            private static global::System.ReadOnlySpan<byte> _utf8Id3 => new byte[] { 111, 112, 116, 95, 51 };
        }
    }
}
