using CaseTrak.Web.Platform.Audit;
using CaseTrak.Web.Platform.Data;
using CaseTrak.Web.Platform.Errors;
using CaseTrak.Web.Platform.Security;
using CaseTrak.Web.Platform.Tenancy;
using Microsoft.AspNetCore.Identity;

namespace CaseTrak.Web.Features.Firms;

public sealed record NewFirm(string Name, string AdminEmail, string AdminPassword, string AdminName, string? SraNumber = null);

/// <summary>
/// Creates a firm with its audit chain and first Owner, all in one transaction. Used by the operator's
/// `firm create`, the demo seed and the tests. Runs in a scope of its own: it sets that scope's tenant.
/// </summary>
public sealed class FirmProvisioner(AppDbContext db, TenantContext tenant, UserManager<AppUser> users,
    UserDirectory directory, AuditLog audit, TimeProvider clock)
{
    public async Task<(Firm Firm, AppUser Owner)> CreateAsync(NewFirm request, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request.Name))
            throw new RequestValidationException("name", "Enter the firm's name.");
        if (await directory.EmailInUseAsync(request.AdminEmail, ct))
            throw new ConflictException("user.email_taken", "A user with this email already exists.");

        var now = clock.GetUtcNow().UtcDateTime;
        var firm = new Firm { Name = request.Name.Trim(), SraNumber = request.SraNumber, CreatedAt = now };
        tenant.Set(firm.Id);

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.Firms.Add(firm);
        db.AuditChainHeads.Add(new AuditChainHead { FirmId = firm.Id });
        await db.SaveChangesAsync(ct);

        var owner = new AppUser
        {
            FirmId = firm.Id,
            Email = request.AdminEmail.Trim(),
            UserName = request.AdminEmail.Trim(),
            DisplayName = request.AdminName,
            Roles = UserRoles.Owner | UserRoles.Admin,
            CreatedAt = now,
        };
        UserAccounts.ThrowIfFailed(await users.CreateAsync(owner, request.AdminPassword));
        audit.Record(AuditAction.FirmCreated, "Firm", firm.Id);
        audit.Record(AuditAction.UserCreated, "User", owner.Id, details: new { roles = RoleNames.ToApi(owner.Roles) });
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return (firm, owner);
    }
}
