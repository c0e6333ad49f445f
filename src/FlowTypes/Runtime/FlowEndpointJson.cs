using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.IO;
using System.Text.Json;
using FlowTypes.Endpoints;

namespace FlowTypes.Runtime;

/// <summary>
/// Writes the plaintext responses of generated endpoint handlers (<c>{"screen": ..., "data": {...}}</c> and the final
/// <c>SUCCESS</c> response). Not intended to be called directly: the members may change between versions together
/// with the generator that emits calls to them.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class FlowEndpointJson
{
    private static readonly byte[] EmptyObject = { (byte)'{', (byte)'}' };

    /// <summary>Writes the data of a screen.</summary>
    /// <typeparam name="T">The generated data type of the screen.</typeparam>
    /// <param name="writer">The writer, positioned where the <c>data</c> object goes.</param>
    /// <param name="data">The data.</param>
    public delegate void DataWriter<in T>(Utf8JsonWriter writer, T data);

    /// <summary>The request's <c>data</c> as UTF-8 JSON, or <c>{}</c> when the request has none.</summary>
    /// <param name="request">The decrypted request.</param>
    public static ReadOnlySpan<byte> DataOf(FlowEndpointRequest request) =>
        request.Data.IsEmpty ? EmptyObject : request.Data.Span;

    /// <summary>Serializes <c>{"screen": screen, "data": {...}}</c>.</summary>
    /// <param name="screen">The id of the screen to show.</param>
    /// <param name="data">The screen's data; <see langword="null"/> writes an empty object.</param>
    /// <param name="write">Writes the members of <paramref name="data"/> (the braces are written here).</param>
    public static FlowEndpointResponse Screen<T>(string screen, T? data, DataWriter<T>? write)
        where T : class
    {
        var buffer = new MemoryStream(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("screen", screen);
            writer.WriteStartObject("data");
            if (data is not null && write is not null)
            {
                write(writer, data);
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        return new FlowEndpointResponse(new ReadOnlyMemory<byte>(buffer.GetBuffer(), 0, checked((int)buffer.Length)));
    }

    /// <summary>
    /// Serializes the final response
    /// <c>{"screen": "SUCCESS", "data": {"extension_message_response": {"params": {"flow_token": ..., ...}}}}</c>.
    /// </summary>
    /// <param name="flowToken">The flow token; written first as <c>flow_token</c>.</param>
    /// <param name="parameters">The other parameters.</param>
    /// <param name="write">Writes the members of <paramref name="parameters"/> after <c>flow_token</c>.</param>
    public static FlowEndpointResponse Success<T>(string flowToken, T? parameters, DataWriter<T>? write)
        where T : class
    {
        if (flowToken is null)
        {
            throw new ArgumentNullException(nameof(flowToken));
        }

        var buffer = new MemoryStream(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("screen", "SUCCESS");
            writer.WriteStartObject("data");
            writer.WriteStartObject("extension_message_response");
            writer.WriteStartObject("params");
            writer.WriteString("flow_token", flowToken);
            if (parameters is not null && write is not null)
            {
                write(writer, parameters);
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        return new FlowEndpointResponse(new ReadOnlyMemory<byte>(buffer.GetBuffer(), 0, checked((int)buffer.Length)));
    }

    /// <summary>
    /// Serializes the final response with a completion payload as its params: <c>flow_token</c> from its
    /// <see cref="IFlowSubmission.FlowToken"/>, then what <paramref name="write"/> writes.
    /// </summary>
    /// <param name="parameters">The completion payload; its <c>FlowToken</c> is required.</param>
    /// <param name="write">Writes the members of <paramref name="parameters"/> after <c>flow_token</c>.</param>
    /// <exception cref="ArgumentException">The payload has no <c>FlowToken</c>.</exception>
    public static FlowEndpointResponse Success<T>(T parameters, DataWriter<T> write)
        where T : class, IFlowSubmission
    {
        if (parameters is null)
        {
            throw new ArgumentNullException(nameof(parameters));
        }

        var flowToken = parameters.FlowToken ?? throw new ArgumentException("The completion payload needs its FlowToken.", nameof(parameters));
        return Success(flowToken, parameters, write ?? throw new ArgumentNullException(nameof(write)));
    }

    /// <summary>Writes the extension data of a completion payload (keys the flow does not declare, kept as they were read).</summary>
    /// <param name="writer">The writer, inside the <c>params</c> object.</param>
    /// <param name="extensionData">The keys and their JSON values.</param>
    public static void WriteExtensionData(Utf8JsonWriter writer, IReadOnlyDictionary<string, JsonElement> extensionData)
    {
        foreach (var pair in extensionData)
        {
            writer.WritePropertyName(pair.Key);
            pair.Value.WriteTo(writer);
        }
    }

    /// <summary>Writes string parameters (the untyped finish of a flow whose file does not say what it completes with).</summary>
    /// <param name="writer">The writer, inside the <c>params</c> object.</param>
    /// <param name="parameters">The parameters, in their enumeration order.</param>
    public static void WriteStrings(Utf8JsonWriter writer, IReadOnlyDictionary<string, string> parameters)
    {
        foreach (var pair in parameters)
        {
            if (pair.Key == "flow_token")
            {
                throw new ArgumentException("flow_token is written from the flowToken argument; do not pass it again in the parameters.", nameof(parameters));
            }

            writer.WriteString(pair.Key, pair.Value);
        }
    }

    /// <summary>
    /// Writes a string property. Generated code calls this rather than <see cref="Utf8JsonWriter"/>'s overloaded
    /// <c>WriteString</c>: one candidate is cheaper for the compiler to bind on every keystroke in an editor.
    /// </summary>
    /// <param name="writer">The writer.</param>
    /// <param name="name">The property name.</param>
    /// <param name="value">The value.</param>
    public static void WriteString(Utf8JsonWriter writer, string name, string value) => writer.WriteString(name, value);

    /// <summary>Writes a number property (see <see cref="WriteString"/> for why generated code calls this).</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="name">The property name.</param>
    /// <param name="value">The value.</param>
    public static void WriteNumber(Utf8JsonWriter writer, string name, decimal value) => writer.WriteNumber(name, value);

    /// <summary>Writes an integer property (see <see cref="WriteString"/> for why generated code calls this).</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="name">The property name.</param>
    /// <param name="value">The value.</param>
    public static void WriteInteger(Utf8JsonWriter writer, string name, long value) => writer.WriteNumber(name, value);

    /// <summary>Writes a Boolean property (see <see cref="WriteString"/> for why generated code calls this).</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="name">The property name.</param>
    /// <param name="value">The value.</param>
    public static void WriteBoolean(Utf8JsonWriter writer, string name, bool value) => writer.WriteBoolean(name, value);

    /// <summary>Writes a list of strings as a JSON array.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="name">The property name.</param>
    /// <param name="values">The values.</param>
    public static void WriteStringArray(Utf8JsonWriter writer, string name, IEnumerable<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }

    /// <summary>Writes a list of numbers as a JSON array.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="name">The property name.</param>
    /// <param name="values">The values.</param>
    public static void WriteNumberArray(Utf8JsonWriter writer, string name, IEnumerable<decimal> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteNumberValue(value);
        }

        writer.WriteEndArray();
    }

    /// <summary>Writes a list of integers as a JSON array.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="name">The property name.</param>
    /// <param name="values">The values.</param>
    public static void WriteIntegerArray(Utf8JsonWriter writer, string name, IEnumerable<long> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteNumberValue(value);
        }

        writer.WriteEndArray();
    }

    /// <summary>Writes a list of booleans as a JSON array.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="name">The property name.</param>
    /// <param name="values">The values.</param>
    public static void WriteBooleanArray(Utf8JsonWriter writer, string name, IEnumerable<bool> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteBooleanValue(value);
        }

        writer.WriteEndArray();
    }

    /// <summary>Writes a list of generated items as a JSON array of objects.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="name">The property name.</param>
    /// <param name="items">The items.</param>
    /// <param name="write">Writes the members of one item (the braces are written here).</param>
    public static void WriteObjectArray<T>(Utf8JsonWriter writer, string name, IEnumerable<T> items, DataWriter<T> write)
    {
        writer.WriteStartArray(name);
        foreach (var item in items)
        {
            if (item is null)
            {
                throw new ArgumentException($"The list '{name}' contains null; every item of a screen data list is an object.", nameof(items));
            }

            writer.WriteStartObject();
            write(writer, item);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    /// <summary>An error for a request the flow file does not produce (an unknown screen, action or payload).</summary>
    /// <param name="request">The request.</param>
    /// <param name="fileName">The flow file the handler was generated from.</param>
    public static FlowParseException UnknownRequest(FlowEndpointRequest request, string fileName) =>
        new(new FlowParseError(
            FlowParseErrorKind.UnexpectedType,
            "$",
            $"Flow '{fileName}' sends no '{request.Action}' request from screen '{request.Screen ?? "(none)"}' with this data."));
}
