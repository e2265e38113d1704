using CaseTrak.Web.Features.Conflicts.Matching;
using CaseTrak.Web.Features.Contacts;
using CaseTrak.Web.Features.Matters;
using CaseTrak.Web.Platform.Access;
using CaseTrak.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.Web.Features.Conflicts;

/// <summary>A name that scored as a hit for one term, before it is spread over the contact's matters.</summary>
internal sealed record NameHit(string Term, Guid ContactId, ContactNameKind Kind, string Name, int Score);

/// <summary>One hit as found, before it is stored on its check.</summary>
public sealed record FoundHit(string Term, string Name, Guid? ContactId, Guid? MatterId, string? MatterReference, string Role, int Score, bool Restricted)
{
    public ConflictHit ToEntity(Guid checkId) => new()
    {
        CheckId = checkId,
        Term = Term,
        MatchedName = Name,
        ContactId = ContactId,
        MatterId = MatterId,
        MatterReference = MatterReference,
        Role = Role,
        Score = Score,
        Restricted = Restricted,
    };
}

/// <summary>
/// Runs the terms of a check against every indexed contact name, then reports each hit contact on every
/// matter it is a party to (open or closed, barriers included, for redaction later) and the matters of
/// contacts one relationship away. A fixed number of set-based queries, however many hits.
/// </summary>
public sealed class ConflictSearch(AppDbContext db, INameCandidateSource candidates)
{
    /// <summary>At most this many hits are kept per term, best first.</summary>
    public const int MaxHitsPerTerm = 100;

    public async Task<List<FoundHit>> RunAsync(IReadOnlyList<string> terms, CancellationToken ct)
    {
        var named = new List<NameHit>();
        foreach (var term in terms)
        {
            var normalised = NameNormaliser.Normalise(term);
            foreach (var c in await candidates.FindAsync(normalised, ct))
            {
                var score = NameScorer.Score(normalised, c.Normalised);
                if (NameScorer.IsHit(score))
                    named.Add(new(term, c.ContactId, c.Kind, c.Name, score));
            }
        }
        // One hit per contact and term: its best-scoring name.
        named = named.GroupBy(h => (h.Term, h.ContactId))
            .Select(g => g.OrderByDescending(h => h.Score).ThenBy(h => h.Kind).First()).ToList();
        // Each contact brings at least one hit at its score, so a term's best contacts hold its best hits: the
        // matters of the rest are never looked up (a common surname alone can match thousands of names).
        named = named.GroupBy(h => h.Term)
            .SelectMany(g => g.OrderByDescending(h => h.Score).ThenBy(h => h.Name, StringComparer.Ordinal).ThenBy(h => h.ContactId).Take(MaxHitsPerTerm))
            .ToList();
        if (named.Count == 0)
            return [];

        var hitIds = named.Select(h => h.ContactId).Distinct().ToList();
        var relations = await db.Set<ContactRelationship>().AsNoTracking()
            .Where(r => hitIds.Contains(r.FromContactId) || hitIds.Contains(r.ToContactId))
            .Select(r => new { r.FromContactId, r.ToContactId, r.Kind }).ToListAsync(ct);
        var contactIds = hitIds.Concat(relations.Select(r => r.FromContactId)).Concat(relations.Select(r => r.ToContactId)).Distinct().ToList();
        var names = await db.Set<Contact>().AsNoTracking().Where(c => contactIds.Contains(c.Id))
            .Select(c => new { c.Id, c.DisplayName }).ToDictionaryAsync(c => c.Id, c => c.DisplayName, ct);
        var involvements = await InvolvementsAsync(contactIds, ct);

        var hits = new List<FoundHit>();
        foreach (var hit in named)
        {
            var label = Label(hit, names);
            var direct = involvements[hit.ContactId].ToList();
            if (direct.Count == 0)
                hits.Add(New(hit, label, hit.ContactId, null, "contact"));
            foreach (var m in direct)
                hits.Add(New(hit, label, hit.ContactId, m, ApiEnums.Name(m.Role)));

            var seen = direct.Select(m => m.MatterId).ToHashSet();
            foreach (var r in relations.Where(r => r.FromContactId == hit.ContactId || r.ToContactId == hit.ContactId))
            {
                var forward = r.FromContactId == hit.ContactId;
                var otherId = forward ? r.ToContactId : r.FromContactId;
                var text = $"{label} — related: {Relationships.Phrase(r.Kind, forward)} {names.GetValueOrDefault(otherId, "another contact")}";
                foreach (var m in involvements[otherId].Where(m => seen.Add(m.MatterId)))
                    hits.Add(New(hit, text, otherId, m, ApiEnums.Name(m.Role)));
            }
        }
        return hits.GroupBy(h => h.Term)
            .SelectMany(g => g.OrderByDescending(h => h.Score).ThenBy(h => h.MatterReference, StringComparer.Ordinal).Take(MaxHitsPerTerm))
            .ToList();
    }

    private sealed record Involvement(Guid ContactId, Guid MatterId, string Reference, PartyRole Role, bool Restricted);

    /// <summary>Every matter each contact is a party to or the client of, including matters behind a barrier.</summary>
    private async Task<ILookup<Guid, Involvement>> InvolvementsAsync(List<Guid> contactIds, CancellationToken ct)
    {
        var matters = db.IncludingBarredForRedaction<Matter>();
        var parties = await db.IncludingBarredForRedaction<MatterParty>().AsNoTracking()
            .Where(p => contactIds.Contains(p.ContactId))
            .Join(matters, p => p.MatterId, m => m.Id, (p, m) => new { p.ContactId, MatterId = m.Id, m.Reference, p.Role })
            .ToListAsync(ct);
        var clients = await matters.AsNoTracking().Where(m => contactIds.Contains(m.ClientId))
            .Select(m => new { ContactId = m.ClientId, MatterId = m.Id, m.Reference }).ToListAsync(ct);
        var all = parties.Select(p => (p.ContactId, p.MatterId, p.Reference, p.Role))
            .Concat(clients.Select(c => (c.ContactId, c.MatterId, c.Reference, Role: PartyRole.Client)))
            .DistinctBy(x => (x.ContactId, x.MatterId, x.Role))
            .ToList();
        var matterIds = all.Select(x => x.MatterId).Distinct().ToList();
        var barred = (await db.MatterBarriers.AsNoTracking().Where(b => matterIds.Contains(b.MatterId)).Select(b => b.MatterId).ToListAsync(ct)).ToHashSet();
        return all.Select(x => new Involvement(x.ContactId, x.MatterId, x.Reference, x.Role, barred.Contains(x.MatterId)))
            .ToLookup(x => x.ContactId);
    }

    private static string Label(NameHit hit, Dictionary<Guid, string> names)
    {
        var of = names.GetValueOrDefault(hit.ContactId, hit.Name);
        return hit.Kind switch
        {
            ContactNameKind.Former => $"{hit.Name} (former name of {of})",
            ContactNameKind.Trading => $"{hit.Name} (trading name of {of})",
            _ => hit.Name,
        };
    }

    private static FoundHit New(NameHit hit, string name, Guid contactId, Involvement? matter, string role) =>
        new(hit.Term, name.Length <= 200 ? name : name[..199] + "…", contactId, matter?.MatterId, matter?.Reference, role, hit.Score,
            matter?.Restricted ?? false);
}
