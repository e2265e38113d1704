using CaseTrak.Web.Platform.Access;
using CaseTrak.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.Web.Features.ClientMoney;

/// <summary>
/// The client side of a matter's ledger: its client-ledger entries in <see cref="LedgerKey"/> order. Pages and sums
/// range over the (firm, matter, account, posted_on) index, so a page reads a few rows however long the ledger is.
/// </summary>
internal static class MatterClientSide
{
    public static async Task<List<LedgerLine>> AllAsync(AppDbContext db, Guid matterId, CancellationToken ct) =>
        Lines(await Rows(db, matterId).ToListAsync(ct));

    /// <summary>The newest <paramref name="take"/> lines older than the key (all lines without one), newest first.</summary>
    public static async Task<List<LedgerLine>> OlderAsync(AppDbContext db, Guid matterId, LedgerKey? before, int take, CancellationToken ct)
    {
        var rows = Rows(db, matterId);
        if (before is { } k)
        {
            var (day, at, number, id) = (k.Date, k.EnteredAt, k.Number, k.Id);
            rows = k.Client
                ? rows.Where(r => r.PostedOn <= day && (r.PostedOn < day || r.EnteredAt < at
                    || (r.EnteredAt == at && (r.Number < number || (r.Number == number && r.Id.CompareTo(id) < 0)))))
                : rows.Where(r => r.PostedOn <= day && (r.PostedOn < day || r.EnteredAt < at));
        }
        return Lines(await rows.OrderByDescending(r => r.PostedOn).ThenByDescending(r => r.EnteredAt).ThenByDescending(r => r.Number)
            .ThenByDescending(r => r.Id).Take(take).ToListAsync(ct));
    }

    /// <summary>
    /// The sum of the amounts at or after the key, in one statement: the days after the key's day read from the index
    /// alone, and the key's own day (a few rows) compared in full with the journal number. The caller has found the
    /// matter through the barrier filter, so the days after skip it rather than probe the barriers for every row.
    /// </summary>
    public static Task<long> SumFromAsync(AppDbContext db, Guid matterId, LedgerKey key, CancellationToken ct)
    {
        var (day, at, number, id) = (key.Date, key.EnteredAt, key.Number, key.Id);
        var later = db.IncludingBarredForTotals<LedgerEntry>().Where(e => e.MatterId == matterId && e.Account == LedgerAccountKind.ClientLedger && e.PostedOn > day)
            .Select(e => e.AmountMinor);
        var sameDay = Rows(db, matterId).Where(r => r.PostedOn == day);
        sameDay = key.Client
            ? sameDay.Where(r => r.EnteredAt > at || (r.EnteredAt == at && (r.Number > number || (r.Number == number && r.Id.CompareTo(id) >= 0))))
            : sameDay.Where(r => r.EnteredAt >= at);
        return later.Concat(sameDay.Select(r => r.AmountMinor)).SumAsync(ct);
    }

    private static IQueryable<Row> Rows(AppDbContext db, Guid matterId) =>
        from e in db.Set<LedgerEntry>().AsNoTracking()
        join j in db.Set<LedgerJournal>() on e.JournalId equals j.Id
        where e.MatterId == matterId && e.Account == LedgerAccountKind.ClientLedger
        select new Row
        {
            Id = e.Id, PostedOn = e.PostedOn, EnteredAt = e.EnteredAt, EnteredByUserId = j.EnteredByUserId, JournalId = j.Id, Number = j.Number,
            Kind = j.Kind, Description = e.Description, Reference = j.Reference, AmountMinor = e.AmountMinor,
        };

    private static List<LedgerLine> Lines(List<Row> rows) => rows.Select(r => new LedgerLine(r.PostedOn, r.EnteredAt, r.EnteredByUserId, r.JournalId,
        r.Number, Matters.ApiEnums.Name(r.Kind), true, r.Description, r.Reference, r.AmountMinor, r.Id)).ToList();

    private sealed class Row
    {
        public Guid Id { get; init; }
        public DateOnly PostedOn { get; init; }
        public DateTime EnteredAt { get; init; }
        public Guid EnteredByUserId { get; init; }
        public Guid JournalId { get; init; }
        public long Number { get; init; }
        public JournalKind Kind { get; init; }
        public required string Description { get; init; }
        public string? Reference { get; init; }
        public long AmountMinor { get; init; }
    }
}
