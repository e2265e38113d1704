namespace CaseTrak.Web.Features.Firms;

/// <summary>The tenant. Its Id is the FirmId of every row the firm owns.</summary>
public sealed class Firm
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public required string Name { get; set; }
    public string? SraNumber { get; set; }
    public string? AddressLine1 { get; set; }
    public string? AddressLine2 { get; set; }
    public string? Town { get; set; }
    public string? Postcode { get; set; }
    public string? VatNumber { get; set; }
    /// <summary>Data residency: where this firm's database and bucket live; fixed at creation.</summary>
    public string Region { get; init; } = "uk-south";
    public DateTime CreatedAt { get; init; }
    /// <summary>Roles whose users must set up two-factor sign-in before they can use CaseTrak.</summary>
    public UserRoles TwoFactorRequiredFor { get; set; } = UserRoles.Owner | UserRoles.Admin | UserRoles.Cashier;
    /// <summary>How matter references are made: "SMIT01-0004" (client code + sequence) or "2026-0123" (year + sequence).</summary>
    public MatterReferenceScheme MatterReferenceScheme { get; set; } = MatterReferenceScheme.ClientCodeSequence;
    public int Version { get; set; }
}

public enum MatterReferenceScheme { ClientCodeSequence, YearSequence }
