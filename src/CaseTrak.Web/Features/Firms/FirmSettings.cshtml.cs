using CaseTrak.Web.Features.Shared;
using CaseTrak.Web.Platform.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CaseTrak.Web.Features.Firms;

/// <summary>The firm's details and its two-factor policy; the Version field refuses saving over someone else's change.</summary>
[Authorize(Policy = Policies.FirmAdmin)]
public sealed class FirmSettingsModel(FirmSettingsHandler firms) : AppPageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public FirmDto Firm { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        Input = new()
        {
            Name = Firm.Name,
            SraNumber = Firm.SraNumber,
            AddressLine1 = Firm.AddressLine1,
            AddressLine2 = Firm.AddressLine2,
            Town = Firm.Town,
            Postcode = Firm.Postcode,
            VatNumber = Firm.VatNumber,
            TwoFactorRequiredFor = [.. Firm.TwoFactorRequiredFor],
            Version = Firm.Version,
        };
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct) => SubmitAsync(async () =>
    {
        var request = new UpdateFirmRequest(Input.Name?.Trim() ?? "", Input.SraNumber?.Trim(), Input.AddressLine1, Input.AddressLine2,
            Input.Town, Input.Postcode?.Trim(), Input.VatNumber?.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant(), Input.TwoFactorRequiredFor);
        Check(request);
        EnsureValid();
        await firms.UpdateAsync(request, Input.Version, ct);
        Flash("Firm settings saved");
        return RedirectToPage();
    }, () => LoadAsync(ct));

    private async Task LoadAsync(CancellationToken ct) => Firm = await firms.GetAsync(ct);

    public sealed class InputModel
    {
        public string? Name { get; set; }
        public string? SraNumber { get; set; }
        public string? AddressLine1 { get; set; }
        public string? AddressLine2 { get; set; }
        public string? Town { get; set; }
        public string? Postcode { get; set; }
        public string? VatNumber { get; set; }
        public string[] TwoFactorRequiredFor { get; set; } = [];
        public int? Version { get; set; }
    }
}
