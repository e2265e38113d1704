using System.Text.Json;
using CaseTrak.Web.Features.Firms;

namespace CaseTrak.Web.Features.Matters;

/// <summary>The matter at a glance: what is due, what is promised, what was last noted.</summary>
public sealed class MatterOverviewModel(GetMatterHandler get, CurrentUser me, KeyDatesHandler keyDates, UndertakingsHandler undertakings,
    MatterNotesHandler notes, CustomFieldValues customFields) : MatterPageModel(get, me)
{
    public override string Tab => "overview";

    public IReadOnlyList<KeyDateDto> KeyDates { get; private set; } = [];
    public IReadOnlyList<UndertakingDto> OpenUndertakings { get; private set; } = [];
    public IReadOnlyList<MatterNoteDto> RecentNotes { get; private set; } = [];
    public IReadOnlyList<(string Label, string Value)> Fields { get; private set; } = [];
    public DateOnly Today => undertakings.Today;

    public async Task OnGetAsync(CancellationToken ct)
    {
        KeyDates = (await keyDates.ListAsync(Id, ct)).Where(k => !k.Done).Take(8).ToList();
        OpenUndertakings = (await undertakings.ListAsync(new(Status: "open", MatterId: Id), ct)).Items;
        RecentNotes = (await notes.ListAsync(Id, 3, null, ct)).Items;
        var definitions = await customFields.DefinitionsAsync(Matter.PracticeAreaId, ct);
        Fields = definitions.Where(d => Matter.CustomFields.ContainsKey(d.Key))
            .Select(d => (d.Label, Show(d, Matter.CustomFields[d.Key]))).ToList();
    }

    private static string Show(CustomFieldDefinition d, JsonElement value) => d.Type switch
    {
        CustomFieldType.Date when DateOnly.TryParse(value.GetString(), System.Globalization.CultureInfo.InvariantCulture, out var date) => MatterDisplay.Date(date),
        _ => value.ValueKind == JsonValueKind.String ? value.GetString() ?? "" : value.ToString(),
    };
}
