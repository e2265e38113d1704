namespace CaseTrak.Web.Features.Firms;

/// <summary>What a user may do in their firm (DESIGN.md §3). Stored as flags; a user may hold several.</summary>
[Flags]
public enum UserRoles
{
    None = 0,
    Owner = 1,
    Admin = 2,
    Partner = 4,
    FeeEarner = 8,
    Staff = 16,
    Cashier = 32,
}

/// <summary>Regulatory duties held on top of a role.</summary>
[Flags]
public enum ComplianceDuties
{
    None = 0,
    Colp = 1,
    Cofa = 2,
    Mlro = 4,
    Dpo = 8,
}

public static class RoleNames
{
    public const string Owner = nameof(UserRoles.Owner);
    public const string Admin = nameof(UserRoles.Admin);
    public const string Partner = nameof(UserRoles.Partner);
    public const string FeeEarner = nameof(UserRoles.FeeEarner);
    public const string Staff = nameof(UserRoles.Staff);
    public const string Cashier = nameof(UserRoles.Cashier);

    public static readonly UserRoles[] All = [UserRoles.Owner, UserRoles.Admin, UserRoles.Partner, UserRoles.FeeEarner, UserRoles.Staff, UserRoles.Cashier];
    public static readonly ComplianceDuties[] AllDuties = [ComplianceDuties.Colp, ComplianceDuties.Cofa, ComplianceDuties.Mlro, ComplianceDuties.Dpo];

    /// <summary>API spelling: lowerCamelCase ("feeEarner", "colp").</summary>
    public static string ApiName<T>(T value) where T : Enum => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    public static IReadOnlyList<string> ToApi(UserRoles roles) => All.Where(r => roles.HasFlag(r)).Select(r => ApiName(r)).ToList();
    public static IReadOnlyList<string> ToApi(ComplianceDuties duties) => AllDuties.Where(d => duties.HasFlag(d)).Select(d => ApiName(d)).ToList();

    // Enum.TryParse also takes numbers ("1" is Owner) and comma lists; the API speaks names only.
    private static bool IsName(string? name) => !string.IsNullOrEmpty(name) && name.All(char.IsAsciiLetter);

    public static bool TryParse(IEnumerable<string> names, out UserRoles roles)
    {
        roles = UserRoles.None;
        foreach (var name in names)
        {
            if (!IsName(name) || !Enum.TryParse<UserRoles>(name, ignoreCase: true, out var r) || r == UserRoles.None || !Enum.IsDefined(r))
                return false;
            roles |= r;
        }
        return true;
    }

    public static bool TryParse(IEnumerable<string> names, out ComplianceDuties duties)
    {
        duties = ComplianceDuties.None;
        foreach (var name in names)
        {
            if (!IsName(name) || !Enum.TryParse<ComplianceDuties>(name, ignoreCase: true, out var d) || d == ComplianceDuties.None || !Enum.IsDefined(d))
                return false;
            duties |= d;
        }
        return true;
    }
}
