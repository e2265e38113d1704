using System.Diagnostics;
using System.Reflection;
using CaseTrak.Web.Platform.Audit;
using CaseTrak.Web.Platform.Data;
using CaseTrak.Web.Platform.Security.Tokens;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace CaseTrak.Bench.Seeding;

/// <summary>
/// Copies every row of one database into another through the app's EF model, so each value is converted for
/// the target provider exactly as the app converts it (Guids, UTC DateTimes, DateOnly, enums). Tables go in
/// foreign-key order, streamed from the source without tracking and saved in batches with the change tracker
/// cleared in between.
/// </summary>
public static class ModelCopier
{
    private const int BatchSize = 5_000;

    /// <summary>Node state rather than the firm's data: API sessions and the app's data-protection key ring.</summary>
    private static readonly Type[] NotCopied = [typeof(AuthSession), typeof(DataProtectionKey)];

    private static readonly MethodInfo CopyTable = typeof(ModelCopier).GetMethod(nameof(CopyTableAsync), BindingFlags.NonPublic | BindingFlags.Static)!;

    public static async Task CopyAsync(AppDbContext source, AppDbContext target, TextWriter log, CancellationToken ct)
    {
        // Saving an audit event re-seals it onto the target's chain: new seq and hash, not a copy.
        if (await source.AuditEvents.IgnoreQueryFilters().AnyAsync(ct))
            throw new NotSupportedException("The source holds audit events; copying them through the model would re-chain them.");
        target.ChangeTracker.AutoDetectChangesEnabled = false;
        foreach (var type in InsertionOrder(target.Model).Where(t => !NotCopied.Contains(t.ClrType)))
        {
            var started = Stopwatch.StartNew();
            var rows = await (Task<long>)CopyTable.MakeGenericMethod(type.ClrType).Invoke(null, [source, target, ct])!;
            if (rows > 0)
                log.WriteLine($"    {type.GetTableName()}: {rows:N0} rows in {started.Elapsed.TotalSeconds:0.0} s");
        }
    }

    private static async Task<long> CopyTableAsync<T>(AppDbContext source, AppDbContext target, CancellationToken ct) where T : class
    {
        long copied = 0;
        var batch = new List<T>(BatchSize);
        var rows = source.Set<T>().IgnoreQueryFilters().IgnoreAutoIncludes().AsNoTracking().AsAsyncEnumerable();
        await foreach (var row in rows.WithCancellation(ct))
        {
            batch.Add(row);
            if (batch.Count == BatchSize)
                copied += await SaveAsync(target, batch, ct);
        }
        return copied + await SaveAsync(target, batch, ct);
    }

    private static async Task<int> SaveAsync<T>(AppDbContext target, List<T> batch, CancellationToken ct) where T : class
    {
        if (batch.Count == 0)
            return 0;
        target.Set<T>().AddRange(batch);
        await target.SaveChangesAsync(ct);
        target.ChangeTracker.Clear();
        var saved = batch.Count;
        batch.Clear();
        return saved;
    }

    /// <summary>Principals before dependents. Owned types travel with their owner, derived types with their base.</summary>
    private static List<IEntityType> InsertionOrder(IModel model)
    {
        static IEntityType Root(IEntityType e)
        {
            while (e.FindOwnership() is { } owner)
                e = owner.PrincipalEntityType;
            return e.GetRootType();
        }
        var needs = model.GetEntityTypes().Where(e => !e.IsOwned() && e.BaseType is null && !e.HasSharedClrType)
            .ToDictionary(e => e, _ => new HashSet<IEntityType>());
        foreach (var fk in model.GetEntityTypes().SelectMany(e => e.GetForeignKeys()).Where(fk => !fk.IsOwnership))
        {
            var (dependent, principal) = (Root(fk.DeclaringEntityType), Root(fk.PrincipalEntityType));
            if (dependent != principal && needs.TryGetValue(dependent, out var set))
                set.Add(principal);
        }
        var order = new List<IEntityType>();
        while (needs.Count > 0)
        {
            var ready = needs.Where(n => n.Value.All(order.Contains)).Select(n => n.Key).OrderBy(e => e.Name, StringComparer.Ordinal).ToList();
            if (ready.Count == 0)
                throw new InvalidOperationException("Foreign keys form a cycle: " + string.Join(", ", needs.Keys.Select(e => e.ClrType.Name)));
            foreach (var e in ready)
            {
                order.Add(e);
                needs.Remove(e);
            }
        }
        return order;
    }
}
