using CaseTrak.Web.Features.Contacts;
using CaseTrak.Web.Features.Matters;
using CaseTrak.Web.Platform.Audit;
using CaseTrak.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.Web.Features.ClientMoney;

public sealed record LedgerStatementFile(byte[] Content, string FileName);

/// <summary>The matter ledger statement PDF; every download is audited (LedgerStatementDownloaded). A barred matter is a 404.</summary>
public sealed class DownloadLedgerStatementHandler(MatterLedgerHandler ledgers, AppDbContext db, AuditLog audit, TimeProvider clock)
{
    public async Task<LedgerStatementFile> HandleAsync(Guid matterId, CancellationToken ct)
    {
        var ledger = await ledgers.FullHistoryAsync(matterId, ct);
        var firm = await db.Firms.AsNoTracking().Select(f => new { f.Name, f.SraNumber }).SingleAsync(ct);
        var client = await (from m in db.Set<Matter>().Where(m => m.Id == matterId)
                            join c in db.Set<Contact>() on m.ClientId equals c.Id
                            select c.DisplayName).FirstOrDefaultAsync(ct);
        var today = RegisterDates.Today(clock);
        var pdf = LedgerStatementPdf.Render(ledger, new(firm.Name, firm.SraNumber, client, today));
        audit.Record(AuditAction.LedgerStatementDownloaded, "Matter", matterId, details: new { entries = ledger.Entries.Count });
        await db.SaveChangesAsync(ct);
        return new(pdf, $"ledger-{ledger.MatterReference}-{RegisterDates.Iso(today)}.pdf");
    }
}
