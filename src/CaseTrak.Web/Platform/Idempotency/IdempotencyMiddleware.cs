using CaseTrak.Web.Platform.Data;
using CaseTrak.Web.Platform.Errors;

namespace CaseTrak.Web.Platform.Idempotency;

/// <summary>
/// Idempotency-Key on money-moving POSTs (SECURITY.md). The first request with a key claims it (a row inserted
/// before the work runs, unique per firm and key) and, when it succeeds, stores its response. A retry with the
/// same request gets that response again without running the work; the same key with another request → 422; a
/// retry while the first is still running → 409. A failed request frees its key so a corrected retry can use it.
/// If the process dies between committing the work and storing the response, the key stays "in flight" (409)
/// until it expires: a retry can never post twice.
/// </summary>
internal sealed class IdempotencyMiddleware(RequestDelegate next)
{
    private const int MaxKeyLength = 255;
    private const int MaxStoredBody = 1 << 20;

    public async Task InvokeAsync(HttpContext http)
    {
        if (!HttpMethods.IsPost(http.Request.Method)
            || http.GetEndpoint()?.Metadata.GetMetadata<IdempotentPostMetadata>() is null
            || !http.Request.Headers.TryGetValue(IdempotencyEndpoints.Header, out var values))
        {
            await next(http);
            return;
        }
        // Resolved here rather than as a parameter: every other request would build the store (and rent a context) for nothing.
        var store = http.RequestServices.GetRequiredService<IdempotencyStore>();
        var key = values.ToString();
        if (key.Length is 0 or > MaxKeyLength)
            throw new RequestValidationException(new Dictionary<string, string[]>
            {
                [IdempotencyEndpoints.Header] = [$"An Idempotency-Key is 1 to {MaxKeyLength} characters."],
            });
        if (!store.KnowsCaller)
        {
            await next(http); // not signed in: the endpoint answers 401 itself
            return;
        }

        var hash = await IdempotencyHash.OfAsync(http.Request, store.UserId);
        var claim = await store.ClaimAsync(key, hash, http.RequestAborted);
        if (claim is not null)
        {
            if (claim.RequestHash != hash)
                throw new DomainRuleException("idempotency.key_reused", "This Idempotency-Key was used for a different request. Use a new key for a new request.");
            if (!claim.Completed)
                throw new ConflictException("idempotency.in_flight", "A request with this Idempotency-Key is still being processed. Try again shortly.");
            await ReplayAsync(http, claim);
            return;
        }
        await RunAndStoreAsync(http, store, key);
    }

    private async Task RunAndStoreAsync(HttpContext http, IdempotencyStore store, string key)
    {
        var original = http.Response.Body;
        await using var buffer = new MemoryStream();
        http.Response.Body = buffer;
        var succeeded = false;
        try
        {
            await next(http);
            succeeded = http.Response.StatusCode is >= 200 and < 300 && buffer.Length <= MaxStoredBody;
        }
        finally
        {
            http.Response.Body = original;
            // The work is committed or rolled back by now; store or free the key without the request's token.
            if (succeeded)
                await store.CompleteAsync(key, http.Response.StatusCode, http.Response.ContentType, http.Response.Headers.Location.ToString(), buffer.ToArray());
            else
                await store.ReleaseAsync(key);
        }
        buffer.Position = 0;
        await buffer.CopyToAsync(original, http.RequestAborted);
    }

    private static async Task ReplayAsync(HttpContext http, IdempotencyRecord record)
    {
        http.Response.StatusCode = record.StatusCode;
        if (record.ContentType is not null)
            http.Response.ContentType = record.ContentType;
        if (!string.IsNullOrEmpty(record.Location))
            http.Response.Headers.Location = record.Location;
        http.Response.Headers["Idempotent-Replayed"] = "true";
        if (record.Body is { Length: > 0 })
            await http.Response.Body.WriteAsync(record.Body, http.RequestAborted);
    }
}
