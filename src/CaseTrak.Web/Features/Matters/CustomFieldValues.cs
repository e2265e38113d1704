using System.Globalization;
using System.Text.Json;
using CaseTrak.Web.Platform.Data;
using CaseTrak.Web.Platform.Errors;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.Web.Features.Matters;

/// <summary>
/// A matter's custom field values, checked on every save against its practice area's definitions: unknown
/// key, wrong type, missing required value or a choice not on the list is a 400 on `customFields.&lt;key&gt;`.
/// </summary>
public sealed class CustomFieldValues(AppDbContext db)
{
    public static IReadOnlyDictionary<string, JsonElement> Read(string? json) =>
        string.IsNullOrEmpty(json) ? new Dictionary<string, JsonElement>()
            : JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(json) ?? [];

    /// <summary>Form posts carry text; this gives the same values as JSON strings (numbers in text are accepted).</summary>
    public static Dictionary<string, JsonElement> FromText(IEnumerable<KeyValuePair<string, string?>> values) =>
        values.ToDictionary(v => v.Key, v => JsonSerializer.SerializeToElement(v.Value));

    public Task<List<CustomFieldDefinition>> DefinitionsAsync(Guid? practiceAreaId, CancellationToken ct) =>
        practiceAreaId is { } id
            ? db.Set<CustomFieldDefinition>().AsNoTracking().Where(d => d.PracticeAreaId == id).OrderBy(d => d.Order).ThenBy(d => d.Key).ToListAsync(ct)
            : Task.FromResult(new List<CustomFieldDefinition>());

    /// <summary>The values to store (JSON, in definition order), or null when there are none.</summary>
    public async Task<string?> NormaliseAsync(Guid? practiceAreaId, IReadOnlyDictionary<string, JsonElement>? values, CancellationToken ct)
    {
        var definitions = await DefinitionsAsync(practiceAreaId, ct);
        var given = values ?? new Dictionary<string, JsonElement>();
        var errors = new Dictionary<string, string[]>();
        foreach (var key in given.Keys.Where(k => !definitions.Any(d => d.Key == k)))
            errors[$"customFields.{key}"] = [practiceAreaId is null
                ? "Choose a practice area before filling in its fields."
                : $"There is no field '{key}' for this practice area."];

        var stored = new Dictionary<string, object>();
        foreach (var d in definitions)
        {
            var value = given.TryGetValue(d.Key, out var v) && !IsBlank(v) ? v : (JsonElement?)null;
            if (value is null)
            {
                if (d.Required)
                    errors[$"customFields.{d.Key}"] = [$"Enter {d.Label}."];
                continue;
            }
            var (ok, normalised, message) = Check(d, value.Value);
            if (ok)
                stored[d.Key] = normalised!;
            else
                errors[$"customFields.{d.Key}"] = [message!];
        }
        if (errors.Count > 0)
            throw new RequestValidationException(errors);
        return stored.Count == 0 ? null : JsonSerializer.Serialize(stored);
    }

    private static bool IsBlank(JsonElement v) =>
        v.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined
        || (v.ValueKind == JsonValueKind.String && string.IsNullOrWhiteSpace(v.GetString()));

    private static (bool Ok, object? Value, string? Message) Check(CustomFieldDefinition d, JsonElement v)
    {
        switch (d.Type)
        {
            case CustomFieldType.Text:
                if (v.ValueKind != JsonValueKind.String)
                    return (false, null, $"{d.Label} must be text.");
                var text = v.GetString()!.Trim();
                return text.Length > 1000 ? (false, null, $"{d.Label} must be 1,000 characters or fewer.") : (true, text, null);
            case CustomFieldType.Number:
                if (v.ValueKind == JsonValueKind.Number && v.TryGetDecimal(out var n))
                    return (true, n, null);
                if (v.ValueKind == JsonValueKind.String && decimal.TryParse(v.GetString()!.Trim().Replace(",", "", StringComparison.Ordinal),
                        NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var parsed))
                    return (true, parsed, null);
                return (false, null, $"{d.Label} must be a number.");
            case CustomFieldType.Date:
                return v.ValueKind == JsonValueKind.String
                    && DateOnly.TryParseExact(v.GetString()!.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                    ? (true, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), null)
                    : (false, null, $"{d.Label} must be a date as YYYY-MM-DD.");
            case CustomFieldType.Choice:
                var choices = Choices(d);
                var match = v.ValueKind == JsonValueKind.String
                    ? choices.FirstOrDefault(c => string.Equals(c, v.GetString()!.Trim(), StringComparison.OrdinalIgnoreCase))
                    : null;
                return match is not null ? (true, match, null) : (false, null, $"{d.Label} must be one of: {string.Join(", ", choices)}.");
            default:
                return (false, null, $"{d.Label} has an unknown type.");
        }
    }

    public static IReadOnlyList<string> Choices(CustomFieldDefinition d) =>
        (d.Choices ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
