using CaseTrak.Web.Features.Billing;
using CaseTrak.Web.Features.Contacts;
using CaseTrak.Web.Features.Matters;
using CaseTrak.Web.Platform.Audit;
using CaseTrak.Web.Platform.Data;
using CaseTrak.Web.Platform.Errors;
using CaseTrak.Web.Platform.Money;
using Microsoft.EntityFrameworkCore;
using PdfSharp.Pdf;

namespace CaseTrak.Web.Features.ClientMoney;

public sealed record BalanceReturnLetterFile(byte[] Content, string FileName);

/// <summary>
/// The letter to the client that goes with a balance return (AR 2.5–2.6): on the firm's letterhead, dated today,
/// stating the amount still held, why it is held and how it will be returned. Drawn with billing's PDF canvas and
/// DejaVu fonts; each download is audited.
/// </summary>
public sealed class BalanceReturnLetterHandler(AppDbContext db, TenantGuard guard, AuditLog audit, TimeProvider clock)
{
    public async Task<BalanceReturnLetterFile> HandleAsync(Guid id, CancellationToken ct)
    {
        var task = await db.Set<BalanceReturn>().AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, ct)
            ?? throw await guard.NotFoundAsync<BalanceReturn>(id, ct);
        var matter = await db.Set<Matter>().AsNoTracking().SingleAsync(m => m.Id == task.MatterId, ct);
        var client = await db.Set<Contact>().AsNoTracking().SingleOrDefaultAsync(c => c.Id == matter.ClientId, ct);
        var firm = await db.Firms.AsNoTracking().SingleAsync(ct);
        var statement = BillingText.Blank((await db.Set<BillingSettings>().AsNoTracking().FirstOrDefaultAsync(ct))?.RegulatoryStatement);
        var held = await db.Set<MatterClientBalance>().AsNoTracking().Where(b => b.MatterId == matter.Id).SumAsync(b => (long?)b.BalanceMinor, ct) ?? 0;
        var amount = task.Status == BalanceReturnStatus.Open && held > 0 ? held : task.AmountMinor;
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

        DejaVuFontResolver.Install();
        using var document = new PdfDocument();
        document.Info.Title = $"Client money held on matter {matter.Reference}";
        document.Info.Author = firm.Name;
        using (var c = new BillPdfCanvas(document))
        {
            c.NewPage();
            c.Paragraph(firm.Name, BillPdfCanvas.Heading, after: 2);
            c.Paragraph(BillingText.FirmAddress(firm), BillPdfCanvas.Regular, after: 2);
            if (BillingText.Blank(firm.SraNumber) is { } sra)
                c.Paragraph($"SRA number {sra}", BillPdfCanvas.Small, after: 2);
            if (statement is not null)
                c.Paragraph(statement, BillPdfCanvas.Small, after: 2);
            c.Y += 18;
            c.Paragraph(client?.DisplayName ?? "The client", BillPdfCanvas.Regular, after: 0);
            c.Paragraph(BillingText.ClientAddress(client), BillPdfCanvas.Regular, after: 14);
            c.Paragraph(ContactDisplay.Date(today), BillPdfCanvas.Regular, after: 14);
            c.Paragraph($"Our reference: {matter.Reference}", BillPdfCanvas.Regular, after: 10);
            c.Paragraph($"Dear {client?.DisplayName ?? "client"},", BillPdfCanvas.Regular, after: 8);
            c.Paragraph($"Money we hold for you: matter {matter.Reference}, {matter.Title}", BillPdfCanvas.Bold, after: 8);
            foreach (var paragraph in Body(amount, today.AddDays(ClientBalanceCloseCheck.ReturnWithinDays)))
                c.Paragraph(paragraph, BillPdfCanvas.Regular, after: 8);
            c.Paragraph("Yours sincerely,", BillPdfCanvas.Regular, after: 24);
            c.Paragraph(firm.Name, BillPdfCanvas.Bold);
        }
        using var stream = new MemoryStream();
        document.Save(stream, false);
        audit.Record(AuditAction.ClientMoneyExported, "BalanceReturn", task.Id, details: new { what = "balanceReturnLetter", matterId = matter.Id, amountMinor = amount });
        await db.SaveChangesAsync(ct);
        return new(stream.ToArray(), $"client-money-letter-{FileStem(matter.Reference)}.pdf");
    }

    private static IEnumerable<string> Body(long amount, DateOnly returnBy)
    {
        yield return $"We are writing about the work on this matter, which has now come to an end. Our client account still holds {MoneyText.Pounds(amount)} for you.";
        yield return "Why we hold it: this is the balance of money paid to us for this matter that was not needed once the work was finished and our bills "
            + "were settled. The rules of the Solicitors Regulation Authority (SRA Accounts Rules 2.5) require us to return client money promptly once "
            + "there is no longer a proper reason to hold it.";
        yield return $"How we will return it: we will pay the full amount to you by bank transfer by {ContactDisplay.Date(returnBy)}. Please confirm the "
            + "account it should be paid to by telephoning us on a number you already hold for us, not one given in an email: we never change payment "
            + "details by email alone. If you would prefer a cheque, or believe the money should go to someone else, please tell us.";
        yield return "If you have any questions about this balance, please contact us quoting the reference above.";
    }

    private static string FileStem(string reference) => string.Concat(reference.Select(ch => char.IsAsciiLetterOrDigit(ch) || ch is '-' or '_' ? ch : '-'));
}
