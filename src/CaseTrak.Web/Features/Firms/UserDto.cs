namespace CaseTrak.Web.Features.Firms;

public sealed record UserDto(Guid Id, string Email, string DisplayName, IReadOnlyList<string> Roles,
    IReadOnlyList<string> Duties, bool Disabled, bool TwoFactorEnabled, bool InvitationPending, DateTime? LastSignInAt)
{
    public static UserDto From(AppUser u) => new(u.Id, u.Email ?? "", u.DisplayName, RoleNames.ToApi(u.Roles),
        RoleNames.ToApi(u.Duties), u.Disabled, u.TwoFactorEnabled, u.InvitationPending, u.LastSignInAt);
}
