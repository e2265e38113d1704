using System.ComponentModel.DataAnnotations;
using CaseTrak.Web.Features.Contacts;
using CaseTrak.Web.Features.Firms;
using CaseTrak.Web.Platform.Audit;
using CaseTrak.Web.Platform.Data;
using CaseTrak.Web.Platform.Errors;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.Web.Features.Billing;

public sealed record ClientBillingTermsDto(Guid ClientId, int? TimeUnitMinutes, string? LedesClientId, int Version);

/// <summary>Replaces the terms: a field left out is cleared (the firm's unit applies again).</summary>
public sealed record SetClientBillingTermsRequest(
    [property: Range(1, 60, ErrorMessage = "The time unit is between 1 and 60 minutes.")] int? TimeUnitMinutes = null,
    [property: MaxLength(20)] string? LedesClientId = null);

/// <summary>A client's own time unit and LEDES client id.</summary>
public sealed class ClientBillingTermsHandler(AppDbContext db, TenantGuard guard, CurrentUser me, AuditLog audit)
{
    public async Task<ClientBillingTermsDto> GetAsync(Guid clientId, CancellationToken ct)
    {
        await EnsureContactAsync(clientId, ct);
        var terms = await db.Set<ClientBillingTerms>().AsNoTracking().SingleOrDefaultAsync(t => t.ClientId == clientId, ct);
        return terms is null ? new(clientId, null, null, 0) : ToDto(terms);
    }

    public async Task<ClientBillingTermsDto> SetAsync(Guid clientId, SetClientBillingTermsRequest request, int? expectedVersion, CancellationToken ct)
    {
        BillingAccess.EnsureManager(await me.LoadAsync(ct), "set a client's billing terms");
        await EnsureContactAsync(clientId, ct);
        if (request.TimeUnitMinutes is < 1 or > 60)
            throw new RequestValidationException("timeUnitMinutes", "The time unit is between 1 and 60 minutes.");
        var terms = await db.Set<ClientBillingTerms>().SingleOrDefaultAsync(t => t.ClientId == clientId, ct);
        if (expectedVersion is { } v && v != (terms?.Version ?? 0))
            throw new PreconditionException(412, "These billing terms were changed since you loaded them. Reload and try again.");
        if (terms is null)
        {
            terms = new ClientBillingTerms { ClientId = clientId };
            db.Add(terms);
        }
        terms.TimeUnitMinutes = request.TimeUnitMinutes;
        terms.LedesClientId = string.IsNullOrWhiteSpace(request.LedesClientId) ? null : request.LedesClientId.Trim();
        terms.Version++;
        audit.Record(AuditAction.ClientBillingTermsSet, "Contact", clientId, details: new { terms.TimeUnitMinutes, terms.LedesClientId });
        await db.SaveChangesAsync(ct);
        return ToDto(terms);
    }

    private async Task EnsureContactAsync(Guid clientId, CancellationToken ct)
    {
        if (!await db.Set<Contact>().AnyAsync(c => c.Id == clientId, ct))
            throw await guard.NotFoundAsync<Contact>(clientId, ct);
    }

    private static ClientBillingTermsDto ToDto(ClientBillingTerms t) => new(t.ClientId, t.TimeUnitMinutes, t.LedesClientId, t.Version);
}
