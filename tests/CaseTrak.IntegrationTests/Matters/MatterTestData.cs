using CaseTrak.Web.Features.Conflicts;
using CaseTrak.Web.Features.Firms;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.IntegrationTests.Matters;

/// <summary>Clients, conflict checks and matters for one test's own firm.</summary>
public static class MatterTestData
{
    /// <summary>A person contact made through the contacts API; returns its id.</summary>
    public static async Task<Guid> CreateClientAsync(this TestFirm firm, string lastName = "Smith", string firstName = "Jane", HttpClient? as_ = null)
    {
        var body = await (as_ ?? firm.Admin).PostAsJsonAsync("/api/v1/contacts",
            new { kind = "person", firstName, lastName = $"{lastName}", confirmDuplicate = true }).ExpectJsonAsync(201);
        return body.GetProperty("id").GetGuid();
    }

    /// <summary>A recorded conflict check with the given decision, written as the conflicts module would store it.</summary>
    public static Task<Guid> ConflictCheckAsync(this TestFirm firm, Guid? clientId, ConflictDecision decision = ConflictDecision.Clear) =>
        firm.WithDbAsync(async db =>
        {
            var check = new ConflictCheck
            {
                Terms = "Jane Smith", ClientId = clientId, RunByUserId = firm.Owner.Id, RunAt = DateTime.UtcNow, HitCount = 0,
                Decision = decision,
                DecisionReason = decision is ConflictDecision.Waived or ConflictDecision.Conflict ? "Recorded for a test." : null,
                DecidedByUserId = decision == ConflictDecision.Pending ? null : firm.Owner.Id,
                DecidedAt = decision == ConflictDecision.Pending ? null : DateTime.UtcNow,
            };
            db.Add(check);
            await db.SaveChangesAsync();
            return check.Id;
        });

    public static Task<HttpResponseMessage> PostMatterAsync(this HttpClient client, object body) => client.PostAsJsonAsync("/api/v1/matters", body);

    /// <summary>Opens a matter for a new client on a clear check; answers the matter as JSON.</summary>
    public static async Task<JsonElement> OpenMatterAsync(this TestFirm firm, HttpClient? as_ = null, Guid? clientId = null, string title = "Purchase of 1 High Street",
        object? extra = null)
    {
        var client = clientId ?? await firm.CreateClientAsync();
        var check = await firm.ConflictCheckAsync(client);
        var body = new Dictionary<string, object?> { ["clientId"] = client, ["conflictCheckId"] = check, ["title"] = title };
        if (extra is not null)
            foreach (var p in extra.GetType().GetProperties())
                body[p.Name] = p.GetValue(extra);
        return await (as_ ?? firm.Admin).PostMatterAsync(body).ExpectJsonAsync(201);
    }

    public static Task SetReferenceSchemeAsync(this TestFirm firm, MatterReferenceScheme scheme) =>
        firm.WithDbAsync(async db =>
        {
            var f = await db.Firms.SingleAsync();
            f.MatterReferenceScheme = scheme;
            return await db.SaveChangesAsync();
        });

    public static Guid Id(this JsonElement e) => e.GetProperty("id").GetGuid();

    public static string Str(this JsonElement e, string name) => e.GetProperty(name).GetString()!;
}
