using System;
using System.ComponentModel;

namespace FlowTypes.Runtime;

/// <summary>The shape of a generated UTF-8 parser, so the runtime can wrap it for strings and webhook bodies.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public delegate bool Utf8Parser<T>(ReadOnlySpan<byte> utf8Json, FlowParseOptions options, string pathPrefix, out T? value, out FlowParseError? error)
    where T : class;
