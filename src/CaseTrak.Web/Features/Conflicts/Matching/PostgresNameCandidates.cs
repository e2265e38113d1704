using System.Linq.Expressions;
using CaseTrak.Web.Features.Contacts;
using CaseTrak.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.Web.Features.Conflicts.Matching;

/// <summary>
/// Candidates from pg_trgm over contact_names.normalised (GIN trigram index): the whole term by similarity
/// (<c>%</c>), and each word of three letters or more by word similarity (<c>&lt;%</c>), so a swapped or partial
/// name comes back too. The thresholds are lowered for this query only (SET LOCAL), for recall; the scorer
/// decides what is a hit.
/// </summary>
internal sealed class PostgresNameCandidates(AppDbContext db) : INameCandidateSource
{
    public const double SimilarityThreshold = 0.2;
    public const double WordSimilarityThreshold = 0.3;

    public async Task<IReadOnlyList<NameCandidate>> FindAsync(string normalisedTerm, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(normalisedTerm))
            return [];
        var words = normalisedTerm.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length >= 3).Distinct().Take(8).ToList();

        Expression<Func<ContactName, bool>> match = n => EF.Functions.TrigramsAreSimilar(n.Normalised, normalisedTerm);
        Expression<Func<ContactName, double>> rank = n => EF.Functions.TrigramsSimilarity(n.Normalised, normalisedTerm);
        foreach (var word in words)
        {
            match = Or(match, n => EF.Functions.TrigramsAreWordSimilar(word, n.Normalised));
            rank = Greatest(rank, n => EF.Functions.TrigramsWordSimilarity(word, n.Normalised));
        }

        var own = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        try
        {
            await db.Database.ExecuteSqlRawAsync(
                FormattableString.Invariant($"SET LOCAL pg_trgm.similarity_threshold = {SimilarityThreshold}; SET LOCAL pg_trgm.word_similarity_threshold = {WordSimilarityThreshold}"), ct);
            return await db.Set<ContactName>().AsNoTracking()
                .Where(match)
                .OrderByDescending(rank).ThenBy(n => n.Id)
                .Take(INameCandidateSource.MaxCandidates)
                .Select(n => new NameCandidate(n.Id, n.ContactId, n.Kind, n.Name, n.Normalised))
                .ToListAsync(ct);
        }
        finally
        {
            if (own is not null)
                await own.DisposeAsync(); // read only: rolling back just ends the SET LOCAL
        }
    }

    private static Expression<Func<ContactName, bool>> Or(Expression<Func<ContactName, bool>> a, Expression<Func<ContactName, bool>> b) =>
        Expression.Lambda<Func<ContactName, bool>>(Expression.OrElse(a.Body, Rebind(b, a.Parameters[0])), a.Parameters);

    private static Expression<Func<ContactName, double>> Greatest(Expression<Func<ContactName, double>> a, Expression<Func<ContactName, double>> b) =>
        Expression.Lambda<Func<ContactName, double>>(
            Expression.Call(typeof(Math).GetMethod(nameof(Math.Max), [typeof(double), typeof(double)])!, a.Body, Rebind(b, a.Parameters[0])),
            a.Parameters);

    private static Expression Rebind(LambdaExpression e, ParameterExpression to) => new Swap(e.Parameters[0], to).Visit(e.Body);

    private sealed class Swap(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }
}
