using CaseTrak.Web.Features.Firms;
using CaseTrak.Web.Platform.Calendar;
using Microsoft.AspNetCore.Mvc;

namespace CaseTrak.Web.Features.Matters;

/// <summary>
/// Key dates: add one by hand, or compute the limitation date — first shown with its working, then recorded
/// on the user's say-so, after which it never moves by itself.
/// </summary>
public sealed class MatterKeyDatesTabModel(GetMatterHandler get, CurrentUser me, KeyDatesHandler keyDates, AddLimitationDateHandler limitation)
    : MatterPageModel(get, me)
{
    public override string Tab => "key-dates";

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public IReadOnlyList<KeyDateDto> KeyDates { get; private set; } = [];
    public LimitationResult? Preview { get; private set; }

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public Task<IActionResult> OnPostAsync(CancellationToken ct) => SubmitAsync(async () =>
    {
        if (string.IsNullOrEmpty(Input.Kind))
            ModelState.AddModelError("Input.Kind", "Choose what kind of date this is.");
        if (Input.Date is null)
            ModelState.AddModelError("Input.Date", "Enter the date.");
        if (string.IsNullOrWhiteSpace(Input.Description))
            ModelState.AddModelError("Input.Description", "Enter a description, for example “Trial window opens”.");
        EnsureValid();
        var added = await keyDates.AddAsync(Id, new AddKeyDateRequest(Input.Kind!, Input.Date!.Value, Input.Description!), ct);
        return BackToTab($"Key date {MatterDisplay.Date(added.Date)} added");
    }, () => LoadAsync(ct));

    /// <summary>"Compute" shows the working; "Record" saves it as a key date.</summary>
    public Task<IActionResult> OnPostLimitationAsync(string? record, CancellationToken ct) => SubmitAsync(async () =>
    {
        if (string.IsNullOrEmpty(Input.Basis))
            ModelState.AddModelError("Input.Basis", "Choose the kind of claim.");
        if (Input.AccrualDate is null)
            ModelState.AddModelError("Input.AccrualDate", "Enter the date the cause of action accrued.");
        EnsureValid();
        var request = new AddLimitationDateRequest(Input.Basis!, Input.AccrualDate!.Value, Input.KnowledgeDate, Input.ClaimantDateOfBirth,
            Input.AcasCertificateDays, Input.LimitationDescription);
        if (record is null)
        {
            Preview = AddLimitationDateHandler.Preview(request);
            await LoadAsync(ct);
            return Page();
        }
        var saved = await limitation.HandleAsync(Id, request, ct);
        return BackToTab($"Limitation date {MatterDisplay.Date(saved.Date)} recorded");
    }, () => LoadAsync(ct));

    private async Task LoadAsync(CancellationToken ct) => KeyDates = await keyDates.ListAsync(Id, ct);

    public sealed class InputModel
    {
        public string? Kind { get; set; }
        public DateOnly? Date { get; set; }
        public string? Description { get; set; }
        public string? Basis { get; set; }
        public DateOnly? AccrualDate { get; set; }
        public DateOnly? KnowledgeDate { get; set; }
        public DateOnly? ClaimantDateOfBirth { get; set; }
        public int? AcasCertificateDays { get; set; }
        public string? LimitationDescription { get; set; }
    }
}
