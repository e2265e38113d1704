using CaseTrak.Web.Features.Firms;
using Microsoft.AspNetCore.Mvc;

namespace CaseTrak.Web.Features.Matters;

/// <summary>
/// Edit a matter's details. The form carries the version it was loaded at (the page's If-Match), so saving
/// over someone else's change is refused instead of lost.
/// </summary>
public sealed class MatterEditModel(GetMatterHandler get, CurrentUser me, UpdateMatterHandler update, PracticeAreasHandler areas,
    ListUsersHandler users) : MatterPageModel(get, me)
{
    public override string Tab => "overview";

    [BindProperty]
    public MatterDetailsInput Input { get; set; } = new();

    public MatterDetailsForm Form { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        var m = Matter;
        Input = new()
        {
            Title = m.Title, Description = m.Description, PracticeAreaId = m.PracticeAreaId, ResponsibleUserId = m.ResponsibleUserId,
            SupervisingUserId = m.SupervisingUserId, Status = ApiEnums.Name(m.Status), Version = m.Version,
            CostEstimate = m.CostEstimateMinor is { } minor ? (minor / 100m).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture) : null,
            CustomFields = m.CustomFields.ToDictionary(f => f.Key, f => (string?)(f.Value.ValueKind == System.Text.Json.JsonValueKind.String ? f.Value.GetString() : f.Value.ToString())),
        };
        await LoadAsync(ct);
    }

    public Task<IActionResult> OnPostAsync(string? refresh, CancellationToken ct) => SubmitAsync(async () =>
    {
        await LoadAsync(ct);
        if (refresh is not null)
            return Page();
        var estimate = MatterDetailsLookups.Check(ModelState, Input);
        EnsureValid();
        var clear = new List<string>();
        if (Input.PracticeAreaId is null) clear.Add("practiceAreaId");
        if (Input.SupervisingUserId is null) clear.Add("supervisingUserId");
        if (estimate is null) clear.Add("costEstimateMinor");
        if (string.IsNullOrWhiteSpace(Input.Description)) clear.Add("description");
        var request = new UpdateMatterRequest(Input.Title, Input.Description, Input.ResponsibleUserId, Input.SupervisingUserId, Input.PracticeAreaId,
            null, estimate, null, MatterDetailsLookups.CustomValues(Input, Form.Fields), Input.Status, [.. clear]);
        Check(request);
        EnsureValid();
        var saved = await update.HandleAsync(Id, request, Input.Version, ct);
        Flash($"Changes to {saved.Reference} saved");
        return Redirect($"/matters/{Id}");
    }, () => LoadAsync(ct));

    private async Task LoadAsync(CancellationToken ct)
    {
        var (areaList, userList) = await MatterDetailsLookups.LoadAsync(areas, users, ct);
        var statuses = MatterTransitions.From(Matter.Status).Where(s => s != MatterStatus.Closed).Prepend(Matter.Status).ToList();
        Form = new(Input, areaList, userList, MatterDetailsLookups.FieldsOf(areaList, Input.PracticeAreaId), statuses, "Save changes", $"/matters/{Id}");
    }
}
