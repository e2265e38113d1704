namespace CaseTrak.Web.Platform.Security;

public static class FirmClaims
{
    public const string FirmId = "casetrak:firm";
    public const string Duty = "casetrak:duty";
}
