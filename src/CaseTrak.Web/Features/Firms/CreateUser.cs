using System.ComponentModel.DataAnnotations;
using System.Text;
using CaseTrak.Web.Platform.Audit;
using CaseTrak.Web.Platform.Data;
using CaseTrak.Web.Platform.Errors;
using CaseTrak.Web.Platform.Mail;
using CaseTrak.Web.Platform.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;

namespace CaseTrak.Web.Features.Firms;

/// <summary>Without a password the new user gets an invitation link to choose one.</summary>
public sealed record CreateUserRequest(
    [property: Required(ErrorMessage = "Enter an email address."), EmailAddress(ErrorMessage = "Enter an email address in the right format, like name@example.co.uk."), MaxLength(256)] string Email,
    [property: Required(ErrorMessage = "Enter the person's name."), MaxLength(200)] string DisplayName,
    string[]? Roles,
    string[]? Duties = null,
    string? Password = null);

public sealed record CreatedUser(UserDto User, string? InvitationUrl);

public sealed class CreateUserHandler(AppDbContext db, UserManager<AppUser> users, UserDirectory directory,
    AuditLog audit, IMailSender mail, TimeProvider clock)
{
    public async Task<CreatedUser> HandleAsync(CreateUserRequest request, AppUser actor, string baseUrl, CancellationToken ct)
    {
        var (roles, duties) = UserRules.ParseRoles(request.Roles, request.Duties);
        UserRules.EnsureMayGrant(actor, roles);
        if (await directory.EmailInUseAsync(request.Email, ct))
            throw new ConflictException("user.email_taken", "A user with this email already exists.");

        var user = new AppUser
        {
            FirmId = db.CurrentFirmId,
            Email = request.Email.Trim(),
            UserName = request.Email.Trim(),
            DisplayName = request.DisplayName.Trim(),
            Roles = roles,
            Duties = duties,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            InvitationPending = string.IsNullOrEmpty(request.Password),
        };

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        UserAccounts.ThrowIfFailed(user.InvitationPending ? await users.CreateAsync(user) : await users.CreateAsync(user, request.Password!));
        audit.Record(AuditAction.UserCreated, "User", user.Id, details: new { roles = RoleNames.ToApi(roles), duties = RoleNames.ToApi(duties) });
        string? invitationUrl = null;
        if (user.InvitationPending)
        {
            var token = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(await users.GeneratePasswordResetTokenAsync(user)));
            invitationUrl = $"{baseUrl.TrimEnd('/')}/account/accept-invitation?user={user.Id}&token={token}";
            audit.Record(AuditAction.UserInvited, "User", user.Id);
        }
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);

        if (invitationUrl is not null)
            await mail.SendAsync(new(user.Email!, $"You have been invited to CaseTrak by {actor.DisplayName}",
                $"Hello {user.DisplayName},\n\n{actor.DisplayName} has added you to CaseTrak. Choose your password here within 3 days:\n\n{invitationUrl}\n"), ct);
        return new(UserDto.From(user), invitationUrl);
    }
}
