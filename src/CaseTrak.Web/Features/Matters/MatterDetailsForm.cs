using CaseTrak.Web.Features.Firms;

namespace CaseTrak.Web.Features.Matters;

/// <summary>The matter details both the new-matter flow and the edit page post (one set of fields, one partial).</summary>
public sealed class MatterDetailsInput
{
    public string? Title { get; set; }
    public Guid? PracticeAreaId { get; set; }
    public Guid? ResponsibleUserId { get; set; }
    public Guid? SupervisingUserId { get; set; }
    public string? CostEstimate { get; set; }
    public string? Status { get; set; }
    public Dictionary<string, string?> CustomFields { get; set; } = [];
    public string? Description { get; set; }
    public int Version { get; set; }
}

/// <param name="Statuses">The statuses the edit page may choose; null on the new-matter flow.</param>
public sealed record MatterDetailsForm(MatterDetailsInput Input, IReadOnlyList<PracticeAreaDto> Areas, IReadOnlyList<UserDto> Users,
    IReadOnlyList<CustomFieldDto> Fields, IReadOnlyList<MatterStatus>? Statuses, string SubmitText, string CancelUrl);

/// <summary>Loads the choices the details form offers, and turns its text into what the handlers take.</summary>
public static class MatterDetailsLookups
{
    public static async Task<(IReadOnlyList<PracticeAreaDto> Areas, IReadOnlyList<UserDto> Users)> LoadAsync(
        PracticeAreasHandler areas, ListUsersHandler users, CancellationToken ct) =>
        ((await areas.ListAsync(ct)).Where(a => a.Active).ToList(), (await users.HandleAsync(new(IncludeDisabled: false, Limit: 200), ct)).Items);

    /// <summary>The form's own checks (the handlers check the rest); answers the cost estimate in pence.</summary>
    public static long? Check(Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary state, MatterDetailsInput input)
    {
        if (string.IsNullOrWhiteSpace(input.Title))
            state.AddModelError("Input.Title", "Enter a title for the matter.");
        if (!MatterDisplay.TryParseMoney(input.CostEstimate, out var estimate))
            state.AddModelError("Input.CostEstimate", "Enter the estimate in pounds and pence, like 1500 or 1,500.00.");
        return estimate;
    }

    public static IReadOnlyList<CustomFieldDto> FieldsOf(IReadOnlyList<PracticeAreaDto> areas, Guid? areaId) =>
        areas.FirstOrDefault(a => a.Id == areaId)?.Fields ?? [];

    /// <summary>Only the chosen area's fields are sent: values typed for another area are dropped, not refused.</summary>
    public static Dictionary<string, System.Text.Json.JsonElement> CustomValues(MatterDetailsInput input, IReadOnlyList<CustomFieldDto> fields) =>
        CustomFieldValues.FromText(input.CustomFields.Where(v => fields.Any(f => f.Key == v.Key)));
}
