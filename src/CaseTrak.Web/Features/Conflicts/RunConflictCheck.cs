using System.ComponentModel.DataAnnotations;
using CaseTrak.Web.Features.Conflicts.Matching;
using CaseTrak.Web.Features.Contacts;
using CaseTrak.Web.Platform.Audit;
using CaseTrak.Web.Platform.Data;
using CaseTrak.Web.Platform.Errors;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.Web.Features.Conflicts;

/// <param name="Terms">Names to search for: 1–10, each 2–200 characters.</param>
/// <param name="ClientId">The prospective client, when the check is for a new matter.</param>
public sealed record RunConflictCheckRequest(string[]? Terms, [property: MaxLength(4000)] string? Notes = null, Guid? ClientId = null);

/// <summary>
/// Runs a conflict search and records it, hits and all, as a pending check (SRA Code 6.2). The hits are
/// frozen: a later change to a contact or matter does not rewrite what the search found.
/// </summary>
public sealed class RunConflictCheckHandler(AppDbContext db, ConflictSearch search, GetConflictCheckHandler get, AuditLog audit, TimeProvider clock)
{
    public const int MaxTerms = 10;
    public const int MinTermLength = 2;
    public const int MaxTermLength = 200;

    public async Task<ConflictCheckDto> HandleAsync(RunConflictCheckRequest request, Guid userId, CancellationToken ct)
    {
        var terms = CleanTerms(request.Terms);
        if (request.Notes is { Length: > 4000 })
            throw new RequestValidationException("notes", "Notes must be 4,000 characters or fewer.");
        if (request.ClientId is { } clientId && !await db.Set<Contact>().AnyAsync(c => c.Id == clientId, ct))
            throw new RequestValidationException("clientId", "Choose a client from your contacts.");

        var found = await search.RunAsync(terms, ct);
        var check = new ConflictCheck
        {
            Terms = string.Join('\n', terms),
            Notes = string.IsNullOrWhiteSpace(request.Notes) ? null : request.Notes.Trim(),
            ClientId = request.ClientId,
            RunByUserId = userId,
            RunAt = clock.GetUtcNow().UtcDateTime,
            HitCount = found.Count,
            Decision = ConflictDecision.Pending,
        };
        db.Add(check);
        db.AddRange(found.Select(h => h.ToEntity(check.Id)));
        // Ids and counts only: the terms themselves are personal data.
        audit.Record(AuditAction.ConflictCheckRun, "ConflictCheck", check.Id,
            details: new { terms = terms.Count, hits = found.Count, restrictedHits = found.Count(h => h.Restricted), clientId = request.ClientId });
        await db.SaveChangesAsync(ct);
        return await get.HandleAsync(check.Id, ct);
    }

    /// <summary>Trimmed, blank lines dropped, repeats removed; 400 naming the rule otherwise.</summary>
    public static List<string> CleanTerms(IEnumerable<string?>? raw)
    {
        var terms = (raw ?? []).Select(t => t?.Trim() ?? "").ToList();
        if (terms.Count == 0 || terms.All(t => t.Length == 0))
            throw new RequestValidationException("terms", "Enter at least one name to search for.");
        if (terms.Any(t => t.Length == 0))
            throw new RequestValidationException("terms", "A search term is empty. Remove it or enter a name.");
        if (terms.Any(t => t.Contains('\n') || t.Contains('\r')))
            throw new RequestValidationException("terms", "Enter each name as a separate term.");
        if (terms.Any(t => t.Length > MaxTermLength))
            throw new RequestValidationException("terms", $"Each name must be {MaxTermLength} characters or fewer.");
        if (terms.Any(t => t.Length < MinTermLength || NameNormaliser.Normalise(t).Length < MinTermLength))
            throw new RequestValidationException("terms", $"Each name must have at least {MinTermLength} letters or digits.");
        terms = terms.DistinctBy(t => t.ToUpperInvariant()).ToList();
        if (terms.Count > MaxTerms)
            throw new RequestValidationException("terms", $"Search for at most {MaxTerms} names at once.");
        return terms;
    }
}
