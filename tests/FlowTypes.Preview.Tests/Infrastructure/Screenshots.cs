using System;
using System.IO;
using System.Threading.Tasks;
using PuppeteerSharp;
using Xunit;

namespace FlowTypes.Preview.Tests.Infrastructure;

/// <summary>
/// The committed pictures of docs/images/preview, compared with what the browser draws now. Regenerate them with
/// FLOWTYPES_UPDATE_SCREENSHOTS=1 and review the images before committing.
/// </summary>
/// <remarks>
/// Pixel-exact comparison breaks across machines (anti-aliasing and glyph rasterisation differ between Chromium and
/// FreeType builds even with the same fonts), so the comparison is: the same size exactly (any layout change moves a
/// boundary and changes the size or many pixels), and at most <see cref="MaxDifferentShare"/> of the pixels differing
/// by more than <see cref="ChannelTolerance"/> in any colour channel. A changed label, colour or layout changes
/// thousands of pixels by far more than that; rasterisation noise changes edge pixels by a little. The pixels are
/// compared in the browser itself (canvas), so no image library is needed.
/// </remarks>
internal static class Screenshots
{
    public const string UpdateVariable = "FLOWTYPES_UPDATE_SCREENSHOTS";

    public const int ChannelTolerance = 48;

    public const double MaxDifferentShare = 0.005;

    public static string Directory { get; } = Path.Combine(TestFiles.RepoRoot, "docs", "images", "preview");

    public static bool Updating => Environment.GetEnvironmentVariable(UpdateVariable) == "1";

    /// <summary>Compares <paramref name="png"/> with the committed picture (or writes it when updating); returns a description of any difference.</summary>
    public static async Task<string?> CompareAsync(IPage page, string relativePath, byte[] png)
    {
        var path = Path.Combine(Directory, relativePath);
        if (Updating)
        {
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await File.WriteAllBytesAsync(path, png);
            return null;
        }

        if (!File.Exists(path))
        {
            return $"{relativePath}: no committed picture; run the tests with {UpdateVariable}=1 and commit docs/images/preview";
        }

        var committed = await File.ReadAllBytesAsync(path);
        var result = await page.EvaluateFunctionAsync<int[]>(
            """
            async (a, b, tolerance) => {
              const load = src => new Promise((resolve, reject) => { const i = new Image(); i.onload = () => resolve(i); i.onerror = reject; i.src = src; });
              const [x, y] = await Promise.all([load(a), load(b)]);
              if (x.width !== y.width || x.height !== y.height) { return [x.width, x.height, y.width, y.height, -1]; }
              const pixels = image => { const c = document.createElement('canvas'); c.width = image.width; c.height = image.height; const g = c.getContext('2d'); g.drawImage(image, 0, 0); return g.getImageData(0, 0, c.width, c.height).data; };
              const p = pixels(x), q = pixels(y);
              let different = 0;
              for (let i = 0; i < p.length; i += 4) {
                if (Math.abs(p[i] - q[i]) > tolerance || Math.abs(p[i + 1] - q[i + 1]) > tolerance || Math.abs(p[i + 2] - q[i + 2]) > tolerance) { different++; }
              }
              return [x.width, x.height, y.width, y.height, different];
            }
            """,
            "data:image/png;base64," + Convert.ToBase64String(committed),
            "data:image/png;base64," + Convert.ToBase64String(png),
            ChannelTolerance);
        if (result[4] < 0)
        {
            return $"{relativePath}: the committed picture is {result[0]}x{result[1]}, the page now draws {result[2]}x{result[3]}";
        }

        var share = result[4] / (double)(result[0] * result[1]);
        return share > MaxDifferentShare
            ? $"{relativePath}: {result[4]} of {result[0] * result[1]} pixels ({share:P2}) differ from the committed picture (at most {MaxDifferentShare:P1} may)"
            : null;
    }
}
