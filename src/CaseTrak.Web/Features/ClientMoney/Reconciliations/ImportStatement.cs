using System.Text;
using CaseTrak.Web.Features.Firms;
using CaseTrak.Web.Platform.Audit;
using CaseTrak.Web.Platform.Data;
using CaseTrak.Web.Platform.Errors;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.Web.Features.ClientMoney;

public sealed record ImportStatementResult(int Imported, int Skipped, int Matched, ReconciliationDto Reconciliation);

/// <summary>
/// Imports a bank statement (CSV with a column mapping, or OFX) into a reconciliation: every line or none; none
/// dated after the statement date; lines the account already holds are skipped and counted. A CSV mapping sent
/// with the file is saved on the account and used when the next import sends none. Auto-match runs straight after.
/// </summary>
public sealed class ImportStatementHandler(AppDbContext db, GetReconciliationHandler get, AutoMatchStatementHandler autoMatch,
    CurrentUser me, AuditLog audit)
{
    public const int MaxBytes = 5 * 1024 * 1024;

    public async Task<ImportStatementResult> HandleAsync(Guid id, string fileName, Stream file, StatementCsvMapping? mapping, CancellationToken ct)
    {
        var reconciliation = await get.LoadOpenAsync(id, ct);
        ClientMoneyAccess.EnsureBookkeeper(await me.LoadAsync(ct), "import a bank statement");
        var text = await ReadAsync(file, ct);
        var account = await db.Set<BankAccount>().SingleAsync(a => a.Id == reconciliation.BankAccountId, ct);
        var isOfx = StatementOfxReader.LooksLikeOfx(fileName, text);
        if (!isOfx)
        {
            mapping ??= StatementCsvMapping.FromJson(account.StatementCsvMapping)
                ?? throw new RequestValidationException("dateColumn", "Say which columns hold the date, description and amount: this account has no saved mapping yet.");
        }
        var parsed = isOfx ? StatementOfxReader.Read(text) : StatementCsvReader.Read(text, mapping!);
        var what = isOfx ? "Transaction" : "Row";
        if (parsed.FirstOrDefault(l => l.Date > reconciliation.StatementDate) is { } late)
            throw StatementAmounts.BadRow(what, late.Row, $"it is dated {RegisterDates.Text(late.Date)}, after the statement date " +
                $"({RegisterDates.Text(reconciliation.StatementDate)}). Import the statement that ends on the statement date.");

        var ids = parsed.Select(l => l.ExternalId).Distinct().ToList();
        var held = (await db.Set<StatementLine>().AsNoTracking().Where(l => l.BankAccountId == account.Id && ids.Contains(l.ExternalId))
            .Select(l => l.ExternalId).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        var fresh = parsed.Where(l => held.Add(l.ExternalId)).ToList();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.AddRange(fresh.Select(l => new StatementLine
        {
            ReconciliationId = id, BankAccountId = account.Id, Date = l.Date, Description = l.Description, Reference = l.Reference,
            AmountMinor = l.AmountMinor, ExternalId = l.ExternalId,
        }));
        if (!isOfx)
            account.StatementCsvMapping = mapping!.ToJson();
        reconciliation.Version++;
        audit.Record(AuditAction.StatementImported, nameof(Reconciliation), id, details: new
        {
            fileName = Path.GetFileName(fileName), format = isOfx ? "ofx" : "csv", imported = fresh.Count, skipped = parsed.Count - fresh.Count,
        });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            throw new ConflictException("statement.import_in_progress", "Someone imported lines of this statement a moment ago. Reload and import again.");
        }
        var matched = await autoMatch.MatchAsync(reconciliation, ct);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new(fresh.Count, parsed.Count - fresh.Count, matched.Matched, await get.ToDtoAsync(reconciliation, ct));
    }

    private static async Task<string> ReadAsync(Stream file, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, ct);
        if (buffer.Length == 0)
            throw new RequestValidationException("file", "Choose the statement file to import.");
        if (buffer.Length > MaxBytes)
            throw new RequestValidationException("file", "The statement file is larger than 5 MB. Import a shorter period.");
        buffer.Position = 0;
        using var reader = new StreamReader(buffer, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return await reader.ReadToEndAsync(ct);
    }
}
