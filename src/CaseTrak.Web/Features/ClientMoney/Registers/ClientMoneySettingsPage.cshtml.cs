using CaseTrak.Web.Features.Billing;
using CaseTrak.Web.Platform.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CaseTrak.Web.Features.ClientMoney;

/// <summary>The firm's client-money settings; the Version field refuses saving over someone else's change.</summary>
[Authorize(Policy = Policies.FirmAdmin)]
public sealed class ClientMoneySettingsPageModel(ClientMoneySettingsHandler settings) : RegisterPageModel
{
    [BindProperty] public InputModel Input { get; set; } = new();

    public async Task OnGetAsync(CancellationToken ct)
    {
        var s = await settings.GetAsync(ct);
        Input = new()
        {
            SecondApprovalAbove = BillingInput.Pounds(s.SecondApprovalAboveMinor), DormantAfterDays = s.DormantAfterDays,
            MatchWindowDays = s.MatchWindowDays, Version = s.Version,
        };
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct) => SubmitAsync(async () =>
    {
        var threshold = BillingInput.Pence(Input.SecondApprovalAbove);
        if (threshold is null)
            ModelState.AddModelError("Input.SecondApprovalAbove", "Enter the threshold in pounds, for example 10000.00.");
        var request = new UpdateClientMoneySettingsRequest(threshold, Input.DormantAfterDays, Input.MatchWindowDays);
        Check(request);
        EnsureValid();
        await settings.UpdateAsync(request, Input.Version, ct);
        Flash("Client-money settings saved");
        return RedirectToPage();
    });

    public sealed class InputModel
    {
        public string? SecondApprovalAbove { get; set; }
        public int? DormantAfterDays { get; set; }
        public int? MatchWindowDays { get; set; }
        public int? Version { get; set; }
    }
}
