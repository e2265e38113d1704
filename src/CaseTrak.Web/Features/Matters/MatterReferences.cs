using System.Globalization;
using CaseTrak.Web.Features.Contacts;
using CaseTrak.Web.Features.Firms;
using CaseTrak.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.Web.Features.Matters;

/// <summary>
/// The next matter reference in the firm's scheme: "SMIT01-0004" (the client's code and that client's
/// sequence) or "2026-0123" (the year and the firm's sequence that year). Numbers come from FirmCounters in
/// the opening transaction, so a failed opening gives its number back and there are no gaps.
/// </summary>
public sealed class MatterReferences(AppDbContext db, FirmCounters counters, IContactDirectory contacts, TimeProvider clock)
{
    public async Task<string> NextAsync(Guid clientId, CancellationToken ct)
    {
        var scheme = await db.Firms.Select(f => f.MatterReferenceScheme).SingleAsync(ct);
        if (scheme == MatterReferenceScheme.YearSequence)
        {
            var year = clock.GetUtcNow().Year.ToString(CultureInfo.InvariantCulture);
            var n = await counters.NextAsync($"matter-year:{year}", ct);
            return $"{year}-{n.ToString("D4", CultureInfo.InvariantCulture)}";
        }
        var code = await contacts.EnsureClientCodeAsync(clientId, ct);
        var next = await counters.NextAsync($"matter:{code}", ct);
        return $"{code}-{next.ToString("D4", CultureInfo.InvariantCulture)}";
    }
}
