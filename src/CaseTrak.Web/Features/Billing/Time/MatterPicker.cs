using CaseTrak.Web.Features.Matters;
using CaseTrak.Web.Platform.Data;
using CaseTrak.Web.Platform.Errors;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.Web.Features.Billing;

public sealed record MatterChoice(Guid Id, string Reference, string Title)
{
    /// <summary>What the type-ahead shows and the form sends back: "SMIT01-0004 — Purchase of 1 High Street".</summary>
    public string Label => $"{Reference} — {Title}";
}

/// <summary>The matter type-ahead of the time forms: live matters the user can see, most recently active first.</summary>
public sealed class MatterPicker(AppDbContext db)
{
    public const int MaxChoices = 300;

    public async Task<IReadOnlyList<MatterChoice>> ChoicesAsync(CancellationToken ct) =>
        await db.Set<Matter>().AsNoTracking()
            .Where(m => m.Status == MatterStatus.Open || m.Status == MatterStatus.Enquiry || m.Status == MatterStatus.OnHold)
            .OrderByDescending(m => m.LastActivityAt).ThenByDescending(m => m.Id).Take(MaxChoices)
            .Select(m => new MatterChoice(m.Id, m.Reference, m.Title)).ToListAsync(ct);

    /// <summary>
    /// The matter a typed value names: its reference (what the type-ahead fills in, or typed alone), else the one
    /// matter whose reference or title contains the text. 400 on the given field otherwise.
    /// </summary>
    public async Task<Guid> ResolveAsync(string? text, string field, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(text))
            throw new RequestValidationException(field, "Choose the matter: type its reference or part of its title.");
        var typed = text.Split(" — ", 2)[0].Trim();
        var upper = typed.ToUpperInvariant();
        var exact = await db.Set<Matter>().AsNoTracking().Where(m => m.Reference.ToUpper() == upper).Select(m => (Guid?)m.Id).FirstOrDefaultAsync(ct);
        if (exact is { } id)
            return id;
        var lower = typed.ToLowerInvariant();
        var found = await db.Set<Matter>().AsNoTracking()
            .Where(m => m.Reference.ToLower().Contains(lower) || m.Title.ToLower().Contains(lower))
            .Select(m => m.Id).Take(2).ToListAsync(ct);
        return found.Count switch
        {
            1 => found[0],
            0 => throw new RequestValidationException(field, $"No matter matches \"{typed}\". Type its reference or part of its title."),
            _ => throw new RequestValidationException(field, $"More than one matter matches \"{typed}\". Choose one from the list or type its reference."),
        };
    }
}
