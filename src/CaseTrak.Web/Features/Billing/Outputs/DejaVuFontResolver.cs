using PdfSharp.Fonts;

namespace CaseTrak.Web.Features.Billing;

/// <summary>
/// Serves the DejaVu Sans faces to PDFsharp, which has no system fonts on Linux. Installed once per process
/// (PDFsharp allows the resolver to be set only before first use, or again with the same instance).
/// </summary>
public sealed class DejaVuFontResolver : IFontResolver
{
    public const string Family = "DejaVu Sans";

    private static readonly string[] Folders =
    [
        "/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/dejavu", "/usr/share/fonts/TTF",
        "/usr/local/share/fonts", "/usr/share/fonts/truetype",
    ];

    private static readonly Lock Gate = new();
    private static DejaVuFontResolver? installed;

    private readonly Dictionary<string, byte[]> faces;

    private DejaVuFontResolver(Dictionary<string, byte[]> faces) => this.faces = faces;

    /// <summary>Sets GlobalFontSettings.FontResolver once, thread-safe; throws a clear message if DejaVu is missing.</summary>
    public static void Install()
    {
        if (Volatile.Read(ref installed) is not null)
            return;
        lock (Gate)
        {
            if (installed is not null)
                return;
            var resolver = new DejaVuFontResolver(new Dictionary<string, byte[]>
            {
                ["DejaVuSans"] = Load("DejaVuSans.ttf"),
                ["DejaVuSans-Bold"] = Load("DejaVuSans-Bold.ttf"),
                ["DejaVuSans-Oblique"] = Load("DejaVuSans-Oblique.ttf"),
                ["DejaVuSans-BoldOblique"] = Load("DejaVuSans-BoldOblique.ttf"),
            });
            GlobalFontSettings.FontResolver = resolver;
            Volatile.Write(ref installed, resolver);
        }
    }

    internal static bool EnsureInstalled()
    {
        Install();
        return true;
    }

    private static byte[] Load(string file)
    {
        var configured = Environment.GetEnvironmentVariable("CASETRAK_FONTS_DIR");
        foreach (var folder in configured is { Length: > 0 } ? [configured, .. Folders] : Folders)
        {
            var path = Path.Combine(folder, file);
            if (File.Exists(path))
                return File.ReadAllBytes(path);
        }
        throw new InvalidOperationException(
            $"The DejaVu font '{file}' was not found in {string.Join(", ", Folders)} (or CASETRAK_FONTS_DIR). "
            + "Install it (Debian: apt-get install fonts-dejavu-core) to render PDF bills.");
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        new((bold, italic) switch
        {
            (true, true) => "DejaVuSans-BoldOblique",
            (true, false) => "DejaVuSans-Bold",
            (false, true) => "DejaVuSans-Oblique",
            _ => "DejaVuSans",
        });

    public byte[]? GetFont(string faceName) => faces.GetValueOrDefault(faceName);
}
