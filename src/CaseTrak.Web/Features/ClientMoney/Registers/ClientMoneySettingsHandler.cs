using System.ComponentModel.DataAnnotations;
using CaseTrak.Web.Features.Firms;
using CaseTrak.Web.Platform.Audit;
using CaseTrak.Web.Platform.Data;
using CaseTrak.Web.Platform.Errors;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.Web.Features.ClientMoney;

public sealed record ClientMoneySettingsDto(long SecondApprovalAboveMinor, int DormantAfterDays, int MatchWindowDays, int Version, string Currency = "GBP")
{
    public static ClientMoneySettingsDto From(ClientMoneySettings s) => new(s.SecondApprovalAboveMinor, s.DormantAfterDays, s.MatchWindowDays, s.Version);
}

/// <summary>Only the fields present change.</summary>
public sealed record UpdateClientMoneySettingsRequest(
    [property: Range(0, 100_000_000_000, ErrorMessage = "Enter a threshold of £0.00 or more.")] long? SecondApprovalAboveMinor = null,
    [property: Range(30, 3650, ErrorMessage = "A balance becomes dormant after between 30 and 3650 days.")] int? DormantAfterDays = null,
    [property: Range(0, 31, ErrorMessage = "The matching window is between 0 and 31 days.")] int? MatchWindowDays = null);

/// <summary>The firm's client-money settings: the second-approval threshold, dormancy and the statement matching window.</summary>
public sealed class ClientMoneySettingsHandler(AppDbContext db, CurrentUser me, AuditLog audit, ClientMoneySettingsReader reader)
{
    private const UserRoles Administrators = UserRoles.Owner | UserRoles.Admin;

    public async Task<ClientMoneySettingsDto> GetAsync(CancellationToken ct)
    {
        ClientMoneyAccess.EnsureBookkeeper(await me.LoadAsync(ct), "see the client-money settings");
        return ClientMoneySettingsDto.From(await reader.GetAsync(ct));
    }

    /// <param name="expectedVersion">From If-Match; null for "*".</param>
    public async Task<ClientMoneySettingsDto> UpdateAsync(UpdateClientMoneySettingsRequest request, int? expectedVersion, CancellationToken ct)
    {
        if (!(await me.LoadAsync(ct)).HasAnyRole(Administrators))
            throw new ForbiddenException("Only an administrator may change the client-money settings.");
        var s = await db.Set<ClientMoneySettings>().FirstOrDefaultAsync(ct);
        if (s is null)
        {
            s = new ClientMoneySettings();
            db.Add(s);
        }
        if (expectedVersion is { } v && v != s.Version)
            throw new PreconditionException(412, "The client-money settings were changed since you loaded them. Reload and try again.");
        var changed = new List<object>();
        Set(s.SecondApprovalAboveMinor, request.SecondApprovalAboveMinor, x => s.SecondApprovalAboveMinor = x, "secondApprovalAboveMinor");
        Set(s.DormantAfterDays, request.DormantAfterDays, x => s.DormantAfterDays = x, "dormantAfterDays");
        Set(s.MatchWindowDays, request.MatchWindowDays, x => s.MatchWindowDays = x, "matchWindowDays");
        if (changed.Count > 0)
        {
            s.Version++;
            audit.Record(AuditAction.ClientMoneySettingsChanged, "ClientMoneySettings", s.Id, details: new { changes = changed });
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException)
            {
                throw new PreconditionException(412, "The client-money settings were changed since you loaded them. Reload and try again.");
            }
        }
        return ClientMoneySettingsDto.From(s);

        void Set<T>(T current, T? next, Action<T> apply, string field) where T : struct
        {
            if (next is not { } value || EqualityComparer<T>.Default.Equals(current, value))
                return;
            apply(value);
            changed.Add(new { field, from = current, to = value });
        }
    }
}
