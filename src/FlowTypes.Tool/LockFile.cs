using System;
using System.Collections.Generic;
using System.IO;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

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
            using var document = JsonDocument.Parse(File.ReadAllBytes(file.Path));
            if (document.RootElement.TryGetProperty("flows", out var flows))
            {
                foreach (var flow in flows.EnumerateObject())
                {
                    var id = flow.Value.GetProperty("flowId").GetString()!;
                    var hash = flow.Value.TryGetProperty("sha256", out var h) && h.ValueKind == JsonValueKind.String ? h.GetString() : null;
                    file._flows[flow.Name] = new LockEntry(id, hash);
                }
            }
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
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
        var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, NewLine = "\n" }))
        {
            writer.WriteStartObject();
            writer.WriteString("comment", "Written by 'flowtypes flows push': the 8x8 flow id of each flow file. Commit this file.");
            writer.WriteNumber("version", 1);
            writer.WriteStartObject("flows");
            foreach (var (path, entry) in _flows)
            {
                writer.WriteStartObject(path);
                writer.WriteString("flowId", entry.FlowId);
                if (entry.Sha256 is null)
                {
                    writer.WriteNull("sha256");
                }
                else
                {
                    writer.WriteString("sha256", entry.Sha256);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        buffer.WriteByte((byte)'\n');
        AtomicFile.Write(Path, buffer.ToArray());
    }
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
