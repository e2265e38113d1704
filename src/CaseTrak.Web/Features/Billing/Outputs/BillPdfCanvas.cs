using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace CaseTrak.Web.Features.Billing;

/// <summary>A4 pages written top to bottom: wraps text, breaks pages and remembers every page for the footers.</summary>
internal sealed class BillPdfCanvas : IDisposable
{
    public const double Margin = 40;
    public const double FooterTop = 842 - 78;

    // First: the fonts below resolve through the DejaVu resolver, which must be installed before any font exists.
    private static readonly bool FontsReady = DejaVuFontResolver.EnsureInstalled();

    public static readonly XFont Regular = new(DejaVuFontResolver.Family, 9, XFontStyleEx.Regular);
    public static readonly XFont Small = new(DejaVuFontResolver.Family, 8, XFontStyleEx.Regular);
    public static readonly XFont SmallBold = new(DejaVuFontResolver.Family, 8, XFontStyleEx.Bold);
    public static readonly XFont Bold = new(DejaVuFontResolver.Family, 9, XFontStyleEx.Bold);
    public static readonly XFont Heading = new(DejaVuFontResolver.Family, 15, XFontStyleEx.Bold);
    public static readonly XFont Title = new(DejaVuFontResolver.Family, 12, XFontStyleEx.Bold);

    private readonly PdfDocument document;
    private XGraphics? graphics;

    public BillPdfCanvas(PdfDocument document) => this.document = document;

    public double Y { get; set; }
    public double Width => Page.Width.Point - 2 * Margin;
    public List<PdfPage> Pages { get; } = [];
    public PdfPage Page => Pages[^1];
    public XGraphics G => graphics ?? throw new InvalidOperationException("No page yet.");

    /// <summary>Called after each page break, e.g. to repeat the table's header row.</summary>
    public Action? OnNewPage { get; set; }

    public void NewPage()
    {
        graphics?.Dispose();
        var page = document.AddPage();
        page.Size = PageSize.A4;
        Pages.Add(page);
        graphics = XGraphics.FromPdfPage(page);
        Y = Margin;
        OnNewPage?.Invoke();
    }

    /// <summary>Starts a new page unless the height still fits above the footer.</summary>
    public void Ensure(double height)
    {
        if (Y + height > FooterTop)
            NewPage();
    }

    /// <summary>Draws wrapped text in a box at the current Y and returns its height (Y does not move).</summary>
    public double Text(string? text, XFont font, double x, double width, bool right = false, bool measureOnly = false)
    {
        var lines = Wrap(text ?? "", font, width);
        var lineHeight = font.Size * 1.25;
        if (!measureOnly)
            for (var i = 0; i < lines.Count; i++)
                G.DrawString(lines[i], font, XBrushes.Black, new XRect(Margin + x, Y + i * lineHeight, width, lineHeight),
                    right ? XStringFormats.TopRight : XStringFormats.TopLeft);
        return lines.Count * lineHeight;
    }

    /// <summary>Writes a paragraph across the page (with a page break first if it would not fit) and moves down.</summary>
    public void Paragraph(string? text, XFont font, double x = 0, double? width = null, double after = 2)
    {
        var w = width ?? Width - x;
        Ensure(Text(text, font, x, w, measureOnly: true));
        Y += Text(text, font, x, w) + after;
    }

    public List<string> Wrap(string text, XFont font, double width)
    {
        var result = new List<string>();
        foreach (var paragraph in text.ReplaceLineEndings("\n").Split('\n'))
        {
            var line = "";
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = line.Length == 0 ? word : line + " " + word;
                if (line.Length > 0 && Measure(candidate, font) > width)
                {
                    result.Add(line);
                    line = word;
                }
                else
                    line = candidate;
                while (Measure(line, font) > width && line.Length > 1) // a word longer than the box is cut
                {
                    var cut = line.Length - 1;
                    while (cut > 1 && Measure(line[..cut], font) > width) cut--;
                    result.Add(line[..cut]);
                    line = line[cut..];
                }
            }
            result.Add(line);
        }
        return result;
    }

    private double Measure(string s, XFont font) => G.MeasureString(s, font).Width;

    public void Dispose()
    {
        graphics?.Dispose();
        graphics = null;
    }

    public static bool Ready => FontsReady;
}
