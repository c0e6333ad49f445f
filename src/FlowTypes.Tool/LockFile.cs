using System;
using System.Collections.Generic;
using System.IO;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace FlowTypes.Tool;

/// <summary>What the tool knows about one pushed flow file.</summary>
/// <param name="FlowId">The 8x8/Meta flow id.</param>
/// <param name="Sha256">The content hash of the last clean push (file text and endPointUri); null when 8x8 reported
/// validation errors, so that the next push sends the file again.</param>
internal sealed record LockEntry(string FlowId, string? Sha256);

/// <summary>
/// <c>flowtypes.lock.json</c> beside the project file: one entry per flow file (path relative to the project, with
/// <c>/</c>) giving its flow id and the hash of what was last pushed. Committed, sorted, indented, rewritten atomically
/// (temporary file in the same folder, then a rename) after every file, so an interrupted push never leaves a
/// half-written lock and every flow created before the interruption stays recorded.
/// </summary>
internal sealed class LockFile
{
    public const string FileName = "flowtypes.lock.json";

    private readonly SortedDictionary<string, LockEntry> _flows = new(StringComparer.Ordinal);

    private LockFile(string path) => Path = path;

    public string Path { get; }

    public IReadOnlyDictionary<string, LockEntry> Flows => _flows;

    public static LockFile Load(string projectDirectory)
    {
        var file = new LockFile(System.IO.Path.Combine(projectDirectory, FileName));
        if (!File.Exists(file.Path))
        {
            return file;
        }

        try
        {
            var document = JsonSerializer.Deserialize(File.ReadAllBytes(file.Path), LockJsonContext.Default.LockDocument)
                ?? throw new JsonException("the file is null");
            foreach (var (path, entry) in document.Flows ?? new Dictionary<string, LockDocumentEntry?>())
            {
                file._flows[path] = new LockEntry(
                    entry?.FlowId ?? throw new JsonException($"$.flows['{path}'].flowId is null"),
                    entry.Sha256);
            }
        }
        catch (JsonException e)
        {
            throw new ToolException($"{file.Path}: not a flowtypes lock file ({e.Message}); fix or delete it.");
        }

        return file;
    }

    public LockEntry? Get(string relativePath) => _flows.TryGetValue(relativePath, out var entry) ? entry : null;

    public void Set(string relativePath, LockEntry entry)
    {
        _flows[relativePath] = entry;
        Save();
    }

    public void Remove(string relativePath)
    {
        if (_flows.Remove(relativePath))
        {
            Save();
        }
    }

    /// <summary>The hash recorded for a clean push: the exact file bytes and the endPointUri sent with them.</summary>
    public static string Hash(byte[] content, string? endPointUri)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(content);
        sha.AppendData(Encoding.UTF8.GetBytes("\n" + (endPointUri ?? string.Empty)));
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    private void Save()
    {
        var flows = new SortedDictionary<string, LockDocumentEntry?>(StringComparer.Ordinal);
        foreach (var (path, entry) in _flows)
        {
            flows[path] = new LockDocumentEntry { FlowId = entry.FlowId, Sha256 = entry.Sha256 };
        }

        var document = new LockDocument { Flows = flows };
        var content = JsonSerializer.SerializeToUtf8Bytes(document, LockJsonContext.Indented.LockDocument);
        AtomicFile.Write(Path, [.. content, (byte)'\n']);
    }
}

/// <summary>The JSON shape of <c>flowtypes.lock.json</c> (docs/cli.md).</summary>
internal sealed class LockDocument
{
    [JsonPropertyName("comment")]
    public string Comment { get; init; } = "Written by 'flowtypes flows push': the 8x8 flow id of each flow file. Commit this file.";

    [JsonPropertyName("version")]
    public int Version { get; init; } = 1;

    [JsonPropertyName("flows")]
    public IDictionary<string, LockDocumentEntry?>? Flows { get; init; }
}

/// <summary>One flow file's entry in <see cref="LockDocument"/>.</summary>
internal sealed class LockDocumentEntry
{
    [JsonPropertyName("flowId")]
    [JsonRequired]
    public string? FlowId { get; init; }

    [JsonPropertyName("sha256")]
    public string? Sha256 { get; init; }
}

/// <summary>Source-generated System.Text.Json for the lock file (<c>Default</c> reads it).</summary>
[JsonSerializable(typeof(LockDocument))]
internal sealed partial class LockJsonContext : JsonSerializerContext
{
    /// <summary>Writes it: indented with LF line ends, paths with non-ASCII letters as they are, as a reviewer reads them in a diff.</summary>
    public static LockJsonContext Indented { get; } = new(new JsonSerializerOptions { WriteIndented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
}

/// <summary>Writes a file so that readers see the old or the new content, never a part.</summary>
internal static class AtomicFile
{
    public static void Write(string path, byte[] content)
    {
        var directory = System.IO.Path.GetDirectoryName(path)!;
        Directory.CreateDirectory(directory);
        var temporary = System.IO.Path.Combine(directory, "." + System.IO.Path.GetFileName(path) + "." + Guid.NewGuid().ToString("N") + ".tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write))
            {
                stream.Write(content);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }
}
