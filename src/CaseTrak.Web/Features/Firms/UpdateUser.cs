using System.ComponentModel.DataAnnotations;
using CaseTrak.Web.Platform.Audit;
using CaseTrak.Web.Platform.Data;
using CaseTrak.Web.Platform.Errors;
using CaseTrak.Web.Platform.Security.Tokens;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.Web.Features.Firms;

/// <summary>Only the fields present change.</summary>
public sealed record UpdateUserRequest([property: MaxLength(200)] string? DisplayName, string[]? Roles, string[]? Duties, bool? Disabled);

public sealed class UpdateUserHandler(AppDbContext db, GetUserHandler get, UserManager<AppUser> users, TokenService tokens, AuditLog audit)
{
    public async Task<UserDto> HandleAsync(Guid id, UpdateUserRequest request, AppUser actor, Func<AppUser, Task>? checkVersion, CancellationToken ct)
    {
        var user = await get.LoadAsync(id, ct, tracked: true);
        if (checkVersion is not null)
            await checkVersion(user);

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (request.DisplayName is { } name && name.Trim() != user.DisplayName)
        {
            if (string.IsNullOrWhiteSpace(name))
                throw new RequestValidationException("displayName", "Enter the person's name.");
            user.DisplayName = name.Trim();
            audit.Record(AuditAction.UserProfileChanged, "User", user.Id, details: new { fields = new[] { "displayName" } });
        }
        if (request.Roles is not null || request.Duties is not null)
            await ChangeRolesAsync(user, actor, request, ct);
        if (request.Disabled is { } disabled && disabled != user.Disabled)
            await SetDisabledAsync(user, actor, disabled, ct);

        UserAccounts.ThrowIfFailed(await users.UpdateAsync(user));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return UserDto.From(user);
    }

    private async Task ChangeRolesAsync(AppUser user, AppUser actor, UpdateUserRequest request, CancellationToken ct)
    {
        var (roles, duties) = UserRules.ParseRoles(request.Roles ?? RoleNames.ToApi(user.Roles).ToArray(), request.Duties ?? RoleNames.ToApi(user.Duties).ToArray());
        if (roles == user.Roles && duties == user.Duties)
            return;
        UserRules.EnsureMayGrant(actor, roles);
        if (user.Roles.HasFlag(UserRoles.Owner) && !roles.HasFlag(UserRoles.Owner))
        {
            if (!actor.Roles.HasFlag(UserRoles.Owner))
                throw new ForbiddenException("Only an Owner can remove the Owner role.");
            await EnsureAnotherOwnerAsync(user, ct);
        }
        if (user.Id == actor.Id && !roles.HasFlag(UserRoles.Admin) && !roles.HasFlag(UserRoles.Owner))
            throw new DomainRuleException("user.self_demotion", "You cannot remove your own admin access. Ask another admin.");

        audit.Record(AuditAction.UserRolesChanged, "User", user.Id, details: new
        {
            from = RoleNames.ToApi(user.Roles).Concat(RoleNames.ToApi(user.Duties)),
            to = RoleNames.ToApi(roles).Concat(RoleNames.ToApi(duties)),
        });
        user.Roles = roles;
        user.Duties = duties;
        await users.UpdateSecurityStampAsync(user); // old cookies and tokens carry the old roles
    }

    private async Task SetDisabledAsync(AppUser user, AppUser actor, bool disabled, CancellationToken ct)
    {
        if (disabled && user.Id == actor.Id)
            throw new DomainRuleException("user.self_disable", "You cannot disable your own account.");
        if (disabled && user.Roles.HasFlag(UserRoles.Owner))
            await EnsureAnotherOwnerAsync(user, ct);
        user.Disabled = disabled;
        audit.Record(disabled ? AuditAction.UserDisabled : AuditAction.UserEnabled, "User", user.Id);
        if (disabled)
        {
            await users.UpdateSecurityStampAsync(user);
            await tokens.RevokeAllAsync(user.Id, ct);
        }
    }

    private async Task EnsureAnotherOwnerAsync(AppUser user, CancellationToken ct)
    {
        var others = await db.Users.CountAsync(u => u.Id != user.Id && !u.Disabled && ((int)u.Roles & (int)UserRoles.Owner) != 0, ct);
        if (others == 0)
            throw new DomainRuleException("user.last_owner", "The firm must keep at least one active Owner.");
    }
}
