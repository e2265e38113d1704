using CaseTrak.Web.Features.Contacts;
using CaseTrak.Web.Features.Firms;
using CaseTrak.Web.Features.Matters;
using CaseTrak.Web.Platform.Cli;
using CaseTrak.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.Web.Features.Billing;

internal sealed record DemoBillingMatter(Guid Id, string Reference, string Title, Guid ClientId, string ClientName, string? ClientAddress,
    bool Organisation, string Area, Guid Responsible, DateOnly OpenedOn);

/// <summary>What the demo's billing is built on: the firm, its people, and the live matters of clients whose due diligence is complete.</summary>
internal sealed record BillingDemoWorld(DemoFirm Firm, Firm FirmRow, DateOnly Today, IReadOnlyList<DemoBillingMatter> Matters)
{
    public Guid User(string local) => Firm.Users[local].Id;

    public static async Task<BillingDemoWorld> LoadAsync(AppDbContext db, DemoFirm firm, DateOnly today, CancellationToken ct)
    {
        var firmRow = await db.Firms.AsNoTracking().SingleAsync(ct);
        // Reads go through the barrier filter: the restricted demo matter is left to its own team.
        var rows = await db.Set<Matter>().AsNoTracking()
            .Where(m => m.Status == MatterStatus.Open || m.Status == MatterStatus.OnHold)
            .Join(db.Set<Contact>().Where(c => c.CddStatus == CddStatus.Complete), m => m.ClientId, c => c.Id, (m, c) => new
            {
                m.Id, m.Reference, m.Title, m.ClientId, c.DisplayName, c.Kind, c.AddressLine1, c.AddressLine2, c.Town, c.Postcode,
                Area = db.Set<PracticeArea>().Where(p => p.Id == m.PracticeAreaId).Select(p => p.Name).FirstOrDefault(),
                m.ResponsibleUserId, m.OpenedOn,
            })
            .ToListAsync(ct);
        var matters = rows
            .Select(r => new DemoBillingMatter(r.Id, r.Reference, r.Title, r.ClientId, r.DisplayName,
                Join(r.AddressLine1, r.AddressLine2, r.Town, r.Postcode), r.Kind == ContactKind.Organisation, r.Area ?? "", r.ResponsibleUserId, r.OpenedOn))
            .OrderBy(m => m.Reference, StringComparer.Ordinal)
            .ToList();
        return new(firm, firmRow, today, matters);
    }

    public static string? Join(params string?[] parts)
    {
        var text = string.Join("\n", parts.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p!.Trim()));
        return text.Length == 0 ? null : text;
    }
}
