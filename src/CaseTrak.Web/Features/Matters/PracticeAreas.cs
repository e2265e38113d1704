using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;
using CaseTrak.Web.Platform.Audit;
using CaseTrak.Web.Platform.Data;
using CaseTrak.Web.Platform.Errors;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.Web.Features.Matters;

public sealed record CustomFieldDto(Guid Id, string Key, string Label, CustomFieldType Type, bool Required, IReadOnlyList<string> Choices, int Order)
{
    public static CustomFieldDto From(CustomFieldDefinition d) => new(d.Id, d.Key, d.Label, d.Type, d.Required, CustomFieldValues.Choices(d), d.Order);
}

public sealed record PracticeAreaDto(Guid Id, string Name, bool Active, IReadOnlyList<CustomFieldDto> Fields);

public sealed record CreatePracticeAreaRequest([property: Required(ErrorMessage = "Enter a name."), MaxLength(100)] string Name);

/// <param name="Type">text, number, date or choice.</param>
public sealed record AddCustomFieldRequest(
    [property: Required(ErrorMessage = "Enter a key."), MaxLength(50)] string Key,
    [property: Required(ErrorMessage = "Enter a label."), MaxLength(100)] string Label,
    [property: Required(ErrorMessage = "Choose a type.")] string Type,
    bool Required = false,
    string[]? Choices = null);

/// <summary>The firm's kinds of work and the custom fields each adds to its matters.</summary>
public sealed partial class PracticeAreasHandler(AppDbContext db, TenantGuard guard, AuditLog audit)
{
    public async Task<IReadOnlyList<PracticeAreaDto>> ListAsync(CancellationToken ct)
    {
        var areas = await db.Set<PracticeArea>().AsNoTracking().OrderBy(p => p.Name).ToListAsync(ct);
        var fields = (await db.Set<CustomFieldDefinition>().AsNoTracking().ToListAsync(ct)).ToLookup(f => f.PracticeAreaId);
        return areas.Select(a => ToDto(a, fields[a.Id])).ToList();
    }

    public async Task<PracticeAreaDto> GetAsync(Guid id, CancellationToken ct)
    {
        var area = await db.Set<PracticeArea>().AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, ct) ?? throw await guard.NotFoundAsync<PracticeArea>(id, ct);
        return ToDto(area, await db.Set<CustomFieldDefinition>().AsNoTracking().Where(f => f.PracticeAreaId == id).ToListAsync(ct));
    }

    public async Task<PracticeAreaDto> CreateAsync(CreatePracticeAreaRequest request, CancellationToken ct)
    {
        var name = request.Name?.Trim();
        if (string.IsNullOrEmpty(name))
            throw new RequestValidationException("name", "Enter a name.");
        var upper = name.ToUpperInvariant();
        if (await db.Set<PracticeArea>().AnyAsync(p => p.Name.ToUpper() == upper, ct))
            throw new ConflictException("practice_area.name_taken", "There is already a practice area with this name.");
        var area = new PracticeArea { Name = name };
        db.Add(area);
        audit.Record(AuditAction.PracticeAreaCreated, "PracticeArea", area.Id);
        await db.SaveChangesAsync(ct);
        return ToDto(area, []);
    }

    public async Task<CustomFieldDto> AddFieldAsync(Guid practiceAreaId, AddCustomFieldRequest request, CancellationToken ct)
    {
        if (!await db.Set<PracticeArea>().AnyAsync(p => p.Id == practiceAreaId, ct))
            throw await guard.NotFoundAsync<PracticeArea>(practiceAreaId, ct);
        var key = request.Key?.Trim() ?? "";
        if (!KeyFormat().IsMatch(key))
            throw new RequestValidationException("key", "A key starts with a small letter and has only letters and digits, like propertyAddress.");
        if (string.IsNullOrWhiteSpace(request.Label))
            throw new RequestValidationException("label", "Enter a label.");
        var type = ApiEnums.Parse<CustomFieldType>(request.Type, "type");
        var choices = (request.Choices ?? []).Select(c => c?.Trim() ?? "").Where(c => c.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (type == CustomFieldType.Choice && choices.Count == 0)
            throw new RequestValidationException("choices", "Enter at least one choice.");
        if (choices.Any(c => c.Length > 100 || c.Contains('\n', StringComparison.Ordinal)))
            throw new RequestValidationException("choices", "Each choice is one line of up to 100 characters.");
        var existing = await db.Set<CustomFieldDefinition>().Where(f => f.PracticeAreaId == practiceAreaId).Select(f => new { f.Key, f.Order }).ToListAsync(ct);
        if (existing.Any(f => f.Key == key))
            throw new ConflictException("practice_area.field_exists", "This practice area already has a field with this key.");

        var field = new CustomFieldDefinition
        {
            PracticeAreaId = practiceAreaId,
            Key = key,
            Label = request.Label.Trim(),
            Type = type,
            Required = request.Required,
            Choices = type == CustomFieldType.Choice ? string.Join('\n', choices) : null,
            Order = existing.Count == 0 ? 1 : existing.Max(f => f.Order) + 1,
        };
        db.Add(field);
        audit.Record(AuditAction.CustomFieldDefined, "PracticeArea", practiceAreaId, details: new { key, type = ApiEnums.Name(type), request.Required });
        await db.SaveChangesAsync(ct);
        return CustomFieldDto.From(field);
    }

    private static PracticeAreaDto ToDto(PracticeArea a, IEnumerable<CustomFieldDefinition> fields) =>
        new(a.Id, a.Name, a.Active, fields.OrderBy(f => f.Order).ThenBy(f => f.Key, StringComparer.Ordinal).Select(CustomFieldDto.From).ToList());

    [GeneratedRegex("^[a-z][A-Za-z0-9]{0,49}$")]
    private static partial Regex KeyFormat();
}
