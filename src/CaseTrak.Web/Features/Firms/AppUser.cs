using Microsoft.AspNetCore.Identity;

namespace CaseTrak.Web.Features.Firms;

/// <summary>
/// A person who signs in. Each belongs to one firm. Keyed by Id alone (ASP.NET Core Identity needs it);
/// the alternate key (FirmId, Id) lets firm-owned rows reference users without crossing firms.
/// </summary>
public sealed class AppUser : IdentityUser<Guid>
{
    public AppUser()
    {
        Id = Guid.CreateVersion7();
        SecurityStamp = Guid.NewGuid().ToString("N");
    }

    public Guid FirmId { get; init; }
    public string DisplayName { get; set; } = "";
    public UserRoles Roles { get; set; }
    public ComplianceDuties Duties { get; set; }
    public bool Disabled { get; set; }
    public DateTime CreatedAt { get; init; }
    public DateTime? LastSignInAt { get; set; }
    /// <summary>Set until an invited user chooses a password.</summary>
    public bool InvitationPending { get; set; }

    public bool HasAnyRole(UserRoles roles) => (Roles & roles) != 0;
}
