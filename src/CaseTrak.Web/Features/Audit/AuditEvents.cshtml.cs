using System.Globalization;
using CaseTrak.Web.Features.Shared;
using CaseTrak.Web.Platform.Audit;
using CaseTrak.Web.Platform.Data;
using CaseTrak.Web.Platform.Errors;
using CaseTrak.Web.Platform.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.Web.Features.Audit;

/// <summary>
/// The firm's audit log: filters in the URL (the same names the API and the CSV export take), keyset
/// paging, and the hash-chain check.
/// </summary>
[Authorize(Policy = Policies.AuditReader)]
public sealed class AuditEventsModel(ListAuditHandler list, AppDbContext db) : AppPageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true, Name = "actorId")]
    public Guid? ActorId { get; set; }

    [BindProperty(SupportsGet = true, Name = "action")]
    public string? AuditAction { get; set; }

    [BindProperty(SupportsGet = true, Name = "from")]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true, Name = "to")]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true, Name = "cursor")]
    public string? Cursor { get; set; }

    public IReadOnlyList<AuditEventDto> Events { get; private set; } = [];
    public string? NextCursor { get; private set; }
    public IReadOnlyList<(Guid Id, string Name)> People { get; private set; } = [];
    public AuditVerification Chain { get; private set; } = null!;

    public bool Filtered => ActorId is not null || !string.IsNullOrEmpty(AuditAction) || From is not null || To is not null;

    public async Task OnGetAsync(CancellationToken ct)
    {
        People = (await db.Users.AsNoTracking().OrderBy(u => u.DisplayName).Select(u => new { u.Id, u.DisplayName }).ToListAsync(ct))
            .Select(u => (u.Id, u.DisplayName)).ToList();
        Chain = await AuditChainVerifier.VerifyAsync(db, db.CurrentFirmId, ct);
        if (!ModelState.IsValid)
        {
            // Say which filter is wrong instead of showing a list that quietly ignores it.
            foreach (var key in ModelState.Keys.Where(k => ModelState[k]!.Errors.Count > 0).ToList())
            {
                ModelState[key]!.Errors.Clear();
                ModelState.AddModelError(key, key is "from" or "to" ? "Enter a real date." : "Choose from the list.");
            }
            return;
        }
        try
        {
            var page = await list.HandleAsync(new(From, To, ActorId, AuditAction, Cursor, PageSize), ct);
            (Events, NextCursor) = (page.Items, page.NextCursor);
        }
        catch (RequestValidationException e)
        {
            foreach (var (field, messages) in e.Errors)
                foreach (var message in messages)
                    ModelState.AddModelError(field is "from" or "to" or "action" ? field : "", message);
        }
    }

    /// <summary>The filters as query-string values, for "Older events" and the CSV export.</summary>
    public Dictionary<string, string?> Filters() => new()
    {
        ["actorId"] = ActorId?.ToString(),
        ["action"] = string.IsNullOrEmpty(AuditAction) ? null : AuditAction,
        ["from"] = From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["to"] = To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };

    public string? NameOf(Guid? id) => id is { } value ? People.FirstOrDefault(p => p.Id == value).Name : null;
}
