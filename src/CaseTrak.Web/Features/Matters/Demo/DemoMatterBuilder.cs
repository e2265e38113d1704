using System.Globalization;
using System.Text.Json;
using CaseTrak.Web.Features.Conflicts;
using CaseTrak.Web.Features.Contacts;
using CaseTrak.Web.Platform.Access;
using CaseTrak.Web.Platform.Cli;
using CaseTrak.Web.Platform.Data;
using static CaseTrak.Web.Features.Matters.Demo.DemoNames;

namespace CaseTrak.Web.Features.Matters.Demo;

internal sealed record DemoMatterPlan(int Index, Contact Client, DemoArea Area, PracticeArea PracticeArea, MatterStatus Status,
    Guid Responsible, DateOnly OpenedOn, string Title, bool Barred);

/// <summary>Plans the 80 demo matters, then adds each with its conflict check, parties, dates, undertakings and notes.</summary>
internal sealed class DemoMatterBuilder(AppDbContext db, Random rng, DemoFirm firm, DemoContacts contacts,
    Dictionary<string, (PracticeArea Area, DemoArea Demo)> areas, DateTime now)
{
    public const int Matters = 80;
    public const string BarredTitle = "Project Kestrel — confidential shareholder dispute";

    private readonly DateOnly today = DateOnly.FromDateTime(now);
    private readonly Guid partner = firm.Users["partner"].Id;
    private readonly Guid solicitor = firm.Users["solicitor"].Id;
    private readonly Guid paralegal = firm.Users["paralegal"].Id;

    public int Count { get; private set; }

    public IEnumerable<DemoMatterPlan> Plan()
    {
        var names = areas.Keys.ToArray();
        var clients = contacts.PersonClients.Take(50).Concat(contacts.OrganisationClients.Take(12)).ToList();
        for (var i = 0; i < Matters; i++)
        {
            // The first clients come back: some have two or three matters, so references run -0001, -0002, ….
            var client = i < clients.Count ? clients[i] : clients[rng.Next(0, 20)];
            var barred = i == 41;
            var name = barred ? DemoPracticeAreas.Litigation
                // Companies bring commercial disputes and buy property; employment, family and wills are for people.
                : client.Kind == ContactKind.Organisation ? rng.Pick([DemoPracticeAreas.Litigation, DemoPracticeAreas.Conveyancing])
                : names[i % names.Length];
            var (area, demo) = areas[name];
            var status = barred ? MatterStatus.Open : (i % 10) switch
            {
                3 => MatterStatus.Closed,
                7 when i % 20 == 7 => MatterStatus.OnHold,
                9 when i < 20 => MatterStatus.Enquiry,
                _ => MatterStatus.Open,
            };
            var responsible = barred || rng.Next(3) == 0 ? partner : solicitor;
            var opened = today.AddDays(-(status == MatterStatus.Closed ? rng.Next(200, 900) : rng.Next(2, 420)));
            var title = barred ? BarredTitle : Fill(rng.Pick(demo.Titles));
            yield return new(i, client, demo, area, status, responsible, opened, title, barred);
        }
    }

    public void Add(DemoMatterPlan p, string reference)
    {
        var opened = p.OpenedOn.ToDateTime(new TimeOnly(9, 0), DateTimeKind.Utc).AddMinutes(rng.Next(0, 480));
        var check = new ConflictCheck
        {
            Terms = p.Client.DisplayName, ClientId = p.Client.Id, RunByUserId = p.Responsible, RunAt = opened.AddMinutes(-20),
            Decision = ConflictDecision.Clear, DecisionReason = "No matches on current or former clients or parties.",
            DecidedByUserId = p.Responsible, DecidedAt = opened.AddMinutes(-10),
        };
        var closedAt = p.Status == MatterStatus.Closed ? opened.AddDays(rng.Next(40, 180)) : (DateTime?)null;
        var lastActivity = closedAt ?? Min(now.AddHours(-rng.Next(1, 24 * 60)), now);
        var matter = new Matter
        {
            Reference = reference, ClientId = p.Client.Id, Title = p.Title, PracticeAreaId = p.PracticeArea.Id, Status = p.Status,
            ResponsibleUserId = p.Responsible, SupervisingUserId = p.Responsible == partner ? null : partner, ConflictCheckId = check.Id,
            CostEstimateMinor = rng.Next(3) == 0 ? null : rng.Next(6, 120) * 25_000L,
            Description = rng.Next(3) == 0 ? "Instructions taken at the first meeting; client care letter and terms of business sent." : null,
            CustomFields = CustomFields(p), OpenedOn = p.OpenedOn, ClosedAt = closedAt, CreatedAt = opened,
            LastActivityAt = lastActivity < opened ? opened : lastActivity,
        };
        db.AddRange(check, matter);
        db.Add(new MatterTeamMember { MatterId = matter.Id, UserId = p.Responsible });
        if (matter.SupervisingUserId is { } supervisor)
            db.Add(new MatterTeamMember { MatterId = matter.Id, UserId = supervisor });
        if (!p.Barred && rng.Next(3) == 0)
            db.Add(new MatterTeamMember { MatterId = matter.Id, UserId = paralegal });
        if (p.Barred)
        {
            // Only partner@ and solicitor@ (and the COLP, who is partner@) may see it; paralegal@ must not.
            db.Add(new MatterBarrier { FirmId = firm.FirmId, MatterId = matter.Id, CreatedAt = opened, CreatedByUserId = partner });
            db.Add(new MatterBarrierMember { MatterId = matter.Id, UserId = partner });
            db.Add(new MatterBarrierMember { MatterId = matter.Id, UserId = solicitor });
        }
        new DemoMatterDetails(db, rng, contacts, today, partner).Add(p, matter);
        Count++;
    }

    private string? CustomFields(DemoMatterPlan p)
    {
        var values = new Dictionary<string, object>();
        foreach (var f in p.Area.Fields)
        {
            if (!f.Required && rng.Next(3) == 0)
                continue;
            values[f.Key] = f.Type switch
            {
                CustomFieldType.Choice => rng.Pick(f.Choices!.Split('\n')),
                CustomFieldType.Number => (decimal)(rng.Next(8, 120) * 5_000),
                CustomFieldType.Date => p.OpenedOn.AddDays(-rng.Next(10, 60)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                _ => f.Key switch
                {
                    "propertyAddress" => $"{rng.Next(1, 180)} {rng.Pick(Streets)}, {rng.Pick(Places).Town}",
                    "claimNumber" => $"K{rng.Next(10, 99)}YX{rng.Next(100, 999)}",
                    "courtCaseNumber" => $"BV{rng.Next(10, 30)}D{rng.Next(10000, 99999)}",
                    "employer" => rng.Pick(contacts.OrganisationClients).DisplayName,
                    "acasCertificate" => $"R{rng.Next(100000, 999999)}/{rng.Next(23, 26)}/{rng.Next(10, 99)}",
                    _ => "See file",
                },
            };
        }
        return values.Count == 0 ? null : JsonSerializer.Serialize(values);
    }

    private string Fill(string template) => template
        .Replace("{street}", $"{rng.Next(1, 180)} {rng.Pick(Streets)}, {rng.Pick(Places).Town}", StringComparison.Ordinal)
        .Replace("{company}", rng.Pick(contacts.OtherSide.Where(c => c.Kind == ContactKind.Organisation).ToList()).DisplayName, StringComparison.Ordinal)
        .Replace("{person}", $"{rng.Pick(FirstNames)} {rng.Pick(Surnames)}", StringComparison.Ordinal);

    private static DateTime Min(DateTime a, DateTime b) => a < b ? a : b;
}
