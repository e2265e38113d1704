using System.Diagnostics;
using CaseTrak.Web.Features.Contacts;
using CaseTrak.Web.Platform.Cli;
using CaseTrak.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.Web.Features.Matters.Demo;

/// <summary>
/// The demo firm's clients and matters (issue 3): about 200 contacts and 80 matters across five practice
/// areas, some closed, one behind a barrier, undertakings (some overdue, some discharged), key dates with a
/// computed limitation date, and clients with and without due diligence. Deterministic: a fixed seed, and
/// dates relative to today so overdue items stay overdue. Written in one transaction, references from the
/// firm's scheme so later openings continue the same sequences.
/// </summary>
internal sealed class MattersDemoContributor(AppDbContext db, ContactNameIndex names, MatterReferences references,
    FirmCounters counters, TimeProvider clock, ILogger<MattersDemoContributor> log) : IDemoContributor
{
    public const int Seed = 20_260_301;

    public int Order => 300;

    public async Task SeedAsync(DemoFirm firm, CancellationToken ct)
    {
        var started = Stopwatch.GetTimestamp();
        var rng = new Random(Seed);
        var now = clock.GetUtcNow().UtcDateTime;
        var contacts = new DemoContacts(rng, now).Build();

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var areas = await PracticeAreasAsync(ct);
        foreach (var c in contacts.All)
        {
            db.Add(c.Contact);
            await names.ReplaceAsync(c.Contact, c.FormerNames, c.TradingNames, isNew: true, ct);
        }
        AddDueDiligence(rng, firm, contacts, DateOnly.FromDateTime(now));
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();

        var builder = new DemoMatterBuilder(db, rng, firm, contacts, areas, now);
        foreach (var plan in builder.Plan())
        {
            await counters.NextAsync("matter", ct);
            var reference = await references.NextAsync(plan.Client.Id, ct);
            builder.Add(plan, reference);
        }
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        db.ChangeTracker.Clear();
        log.LogInformation("Demo matters seeded: {Contacts} contacts, {Matters} matters in {Ms} ms",
            contacts.All.Count, builder.Count, (int)Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }

    /// <summary>The five demo practice areas with their custom fields, reusing any the firm already has.</summary>
    private async Task<Dictionary<string, (PracticeArea Area, DemoArea Demo)>> PracticeAreasAsync(CancellationToken ct)
    {
        var existing = await db.Set<PracticeArea>().ToDictionaryAsync(p => p.Name, ct);
        var fields = await db.Set<CustomFieldDefinition>().Select(f => new { f.PracticeAreaId, f.Key }).ToListAsync(ct);
        var result = new Dictionary<string, (PracticeArea, DemoArea)>();
        foreach (var demo in DemoPracticeAreas.All)
        {
            if (!existing.TryGetValue(demo.Name, out var area))
                db.Add(area = new PracticeArea { Name = demo.Name });
            var order = 0;
            foreach (var f in demo.Fields)
            {
                order++;
                if (fields.Any(x => x.PracticeAreaId == area.Id && x.Key == f.Key))
                    continue;
                db.Add(new CustomFieldDefinition
                {
                    PracticeAreaId = area.Id, Key = f.Key, Label = f.Label, Type = f.Type, Required = f.Required, Choices = f.Choices, Order = order,
                });
            }
            result[demo.Name] = (area, demo);
        }
        return result;
    }

    /// <summary>Most clients verified, some in progress, some not started (the MLR gates need both); one PEP.</summary>
    private void AddDueDiligence(Random rng, DemoFirm firm, DemoContacts contacts, DateOnly today)
    {
        var partner = firm.Users["partner"].Id;
        var clients = contacts.PersonClients.Concat(contacts.OrganisationClients).ToList();
        for (var i = 0; i < clients.Count; i++)
        {
            var c = clients[i];
            var roll = rng.Next(100);
            var status = roll < 62 ? CddStatus.Complete : roll < 78 ? CddStatus.InProgress : CddStatus.NotStarted;
            if (status == CddStatus.NotStarted)
                continue;
            var pep = i == 7;
            var verified = today.AddDays(-rng.Next(10, 500));
            var expires = c.Kind == ContactKind.Person ? today.AddDays(rng.Next(-40, 2500)) : (DateOnly?)null;
            var risk = pep ? RiskLevel.High : rng.Next(6) == 0 ? RiskLevel.Medium : RiskLevel.Low;
            var complete = status == CddStatus.Complete;
            db.Add(new DueDiligenceRecord
            {
                ContactId = c.Id, Status = status,
                Method = c.Kind == ContactKind.Person ? "Electronic identity check and passport seen" : "Companies House search and director ID",
                EvidenceType = c.Kind == ContactKind.Person ? (rng.Next(2) == 0 ? "Passport" : "Driving licence") : "Certificate of incorporation",
                EvidenceNumberMasked = $"••••{rng.Next(1000, 9999)}", EvidenceExpiresOn = expires,
                VerifiedOn = complete ? verified : null, VerifiedByUserId = complete ? firm.Users["solicitor"].Id : null,
                RiskLevel = risk, RiskReasons = pep ? "Politically exposed person: a serving local councillor." : "Standard risk: UK resident, known source of funds.",
                Pep = pep, SourceOfFunds = pep ? "Salary and sale of previous home" : null, SourceOfWealth = pep ? "Employment income and inheritance" : null,
                SeniorApprovalByUserId = pep ? partner : null, SeniorApprovalOn = pep ? verified : null,
                RecordedByUserId = firm.Users["solicitor"].Id, RecordedAt = c.CreatedAt.AddDays(1),
            });
            c.CddStatus = status;
            c.CddRiskLevel = risk;
            c.CddIdExpiresOn = expires;
        }
    }
}
