using Microsoft.AspNetCore.Mvc;

namespace CaseTrak.Web.Features.ClientMoney;

/// <summary>Records when and how a breach was put right; the Version field refuses saving over someone else's change.</summary>
public sealed class CorrectBreachPageModel(BreachesHandler breaches, TimeProvider clock) : RegisterPageModel
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    [BindProperty] public InputModel Input { get; set; } = new();

    public BreachDto Breach { get; private set; } = null!;

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => ShowAsync(async () =>
    {
        Breach = await breaches.GetAsync(Id, ct);
        Input = new() { CorrectedOn = RegisterDates.Today(clock), Version = Breach.Version };
    });

    public Task<IActionResult> OnPostAsync(CancellationToken ct) => SubmitAsync(async () =>
    {
        var request = new CorrectBreachRequest(Input.CorrectedOn, Input.Correction ?? "");
        Check(request);
        EnsureValid();
        var saved = await breaches.CorrectAsync(Id, request, Input.Version, ct);
        Flash($"Breach of {saved.Rule} recorded as put right");
        return Redirect("/client-money/breaches");
    }, async () => Breach = await breaches.GetAsync(Id, ct));

    public sealed class InputModel
    {
        public DateOnly? CorrectedOn { get; set; }
        public string? Correction { get; set; }
        public int? Version { get; set; }
    }
}
