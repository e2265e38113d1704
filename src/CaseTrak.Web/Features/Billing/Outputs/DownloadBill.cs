using CaseTrak.Web.Platform.Audit;
using CaseTrak.Web.Platform.Data;
using CaseTrak.Web.Platform.Errors;

namespace CaseTrak.Web.Features.Billing;

/// <summary>A rendered output of a bill: its bytes, content type and file name.</summary>
public sealed record BillFile(byte[] Content, string ContentType, string FileName);

/// <summary>
/// A bill or credit note as PDF, or a final bill as LEDES. Each download is a read of a bill worth recording
/// (BillDownloaded), saved before the file leaves.
/// </summary>
public sealed class DownloadBillHandler(BillDocuments documents, AuditLog audit, AppDbContext db)
{
    public async Task<BillFile> PdfAsync(Guid invoiceId, CancellationToken ct)
    {
        var document = await documents.DocumentAsync(invoiceId, ct);
        var pdf = BillPdf.Render(document);
        await RecordAsync("Invoice", invoiceId, document.Number, "pdf", ct);
        return new(pdf, "application/pdf", $"{FileStem(document.Number, "draft-bill")}.pdf");
    }

    public async Task<BillFile> CreditNotePdfAsync(Guid creditNoteId, CancellationToken ct)
    {
        var document = await documents.CreditNoteAsync(creditNoteId, ct);
        var pdf = BillPdf.Render(document);
        await RecordAsync("CreditNote", creditNoteId, document.Number, "pdf", ct);
        return new(pdf, "application/pdf", $"{FileStem(document.Number, "credit-note")}.pdf");
    }

    public async Task<BillFile> LedesAsync(Guid invoiceId, string? format, CancellationToken ct)
    {
        var ledesFormat = ParseFormat(format);
        var source = await documents.LoadAsync(invoiceId, ct);
        var ledes = LedesExport.Write(BillLedes.From(source), ledesFormat);
        await RecordAsync("Invoice", invoiceId, source.Bill.Number ?? source.Bill.RequestNumber, ledesFormat.ToString(), ct);
        return new(System.Text.Encoding.UTF8.GetBytes(ledes), "text/plain; charset=utf-8",
            $"{FileStem(source.Bill.Number ?? source.Bill.RequestNumber, "bill")}.ledes.txt");
    }

    /// <summary>"1998B" (the default) or "1998BI"; anything else is a 400.</summary>
    public static LedesFormat ParseFormat(string? format) => format?.Trim().ToUpperInvariant() switch
    {
        null or "" or "1998B" or "LEDES1998B" => LedesFormat.Ledes1998B,
        "1998BI" or "LEDES1998BI" or "LEDES98BI" => LedesFormat.Ledes1998BI,
        _ => throw new RequestValidationException("format", "The LEDES format must be 1998B or 1998BI."),
    };

    private async Task RecordAsync(string type, Guid id, string? number, string format, CancellationToken ct)
    {
        audit.Record(AuditAction.BillDownloaded, type, id, details: new { number, format });
        await db.SaveChangesAsync(ct);
    }

    private static string FileStem(string? number, string fallback) =>
        string.Concat((number ?? fallback).Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '-'));
}
