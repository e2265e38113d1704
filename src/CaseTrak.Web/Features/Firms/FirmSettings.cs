using System.ComponentModel.DataAnnotations;
using System.Globalization;
using CaseTrak.Web.Platform.Audit;
using CaseTrak.Web.Platform.Data;
using CaseTrak.Web.Platform.Errors;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.Web.Features.Firms;

public sealed record FirmDto(Guid Id, string Name, string? SraNumber, string? AddressLine1, string? AddressLine2, string? Town,
    string? Postcode, string? VatNumber, string Region, IReadOnlyList<string> TwoFactorRequiredFor, int Version)
{
    public static FirmDto From(Firm f) => new(f.Id, f.Name, f.SraNumber, f.AddressLine1, f.AddressLine2, f.Town, f.Postcode,
        f.VatNumber, f.Region, RoleNames.ToApi(f.TwoFactorRequiredFor), f.Version);
}

public sealed record UpdateFirmRequest(
    [property: Required(ErrorMessage = "Enter the firm's name."), MaxLength(200)] string Name,
    [property: MaxLength(20), RegularExpression(@"^\d{6}$", ErrorMessage = "An SRA number has 6 digits.")] string? SraNumber,
    [property: MaxLength(200)] string? AddressLine1,
    [property: MaxLength(200)] string? AddressLine2,
    [property: MaxLength(100)] string? Town,
    [property: MaxLength(10), RegularExpression(@"^[A-Za-z]{1,2}\d[A-Za-z\d]? ?\d[A-Za-z]{2}$", ErrorMessage = "Enter a UK postcode, like SW1A 1AA.")] string? Postcode,
    [property: MaxLength(20), RegularExpression(@"^(GB)?\d{9}(\d{3})?$", ErrorMessage = "A UK VAT number is GB followed by 9 or 12 digits.")] string? VatNumber,
    string[]? TwoFactorRequiredFor);

/// <summary>Reads and changes the signed-in user's own firm.</summary>
public sealed class FirmSettingsHandler(AppDbContext db, AuditLog audit)
{
    // Compiled for the read-only case (pages and GET /me read it often): the tenant filter narrows it to the
    // signed-in firm, and still applies because it reads the context it is given.
    private static readonly Func<AppDbContext, CancellationToken, Task<Firm?>> FindReadOnly =
        EF.CompileAsyncQuery((AppDbContext db, CancellationToken _) => db.Firms.AsNoTracking().SingleOrDefault());

    public async Task<Firm> LoadAsync(CancellationToken ct, bool tracked = false) =>
        await (tracked ? db.Firms.SingleOrDefaultAsync(ct) : FindReadOnly(db, ct)) ?? throw new NotFoundException("Firm");

    public async Task<FirmDto> GetAsync(CancellationToken ct) => FirmDto.From(await LoadAsync(ct));

    public async Task<FirmDto> UpdateAsync(UpdateFirmRequest request, int? expectedVersion, CancellationToken ct)
    {
        var firm = await LoadAsync(ct, tracked: true);
        if (expectedVersion is { } v && v != firm.Version)
            throw new PreconditionException(412, "The firm's settings were changed since you loaded them. Reload and try again.");
        if (!RoleNames.TryParse(request.TwoFactorRequiredFor ?? [], out UserRoles twoFactorRoles))
            throw new RequestValidationException("twoFactorRequiredFor", "Roles are owner, admin, partner, feeEarner, staff and cashier.");

        var changed = new List<string>();
        Set(firm.Name, request.Name.Trim(), v => firm.Name = v, "name");
        Set(firm.SraNumber, Blank(request.SraNumber), v => firm.SraNumber = v, "sraNumber");
        Set(firm.AddressLine1, Blank(request.AddressLine1), v => firm.AddressLine1 = v, "addressLine1");
        Set(firm.AddressLine2, Blank(request.AddressLine2), v => firm.AddressLine2 = v, "addressLine2");
        Set(firm.Town, Blank(request.Town), v => firm.Town = v, "town");
        Set(firm.Postcode, Blank(request.Postcode)?.ToUpper(CultureInfo.InvariantCulture), v => firm.Postcode = v, "postcode");
        Set(firm.VatNumber, Blank(request.VatNumber)?.ToUpper(CultureInfo.InvariantCulture), v => firm.VatNumber = v, "vatNumber");
        if (twoFactorRoles != firm.TwoFactorRequiredFor)
        {
            firm.TwoFactorRequiredFor = twoFactorRoles;
            changed.Add("twoFactorRequiredFor");
        }
        if (changed.Count == 0)
            return FirmDto.From(firm);

        firm.Version++;
        audit.Record(AuditAction.FirmSettingsChanged, "Firm", firm.Id, details: new { fields = changed });
        await db.SaveChangesAsync(ct);
        return FirmDto.From(firm);

        void Set(string? current, string? next, Action<string> apply, string field)
        {
            if (current == next)
                return;
            apply(next!);
            changed.Add(field);
        }
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
