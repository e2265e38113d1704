namespace CaseTrak.Web.Platform.Idempotency;

/// <summary>Marks an endpoint whose POSTs honour the Idempotency-Key header.</summary>
public sealed class IdempotentPostMetadata
{
    public static readonly IdempotentPostMetadata Instance = new();
}

public static class IdempotencyEndpoints
{
    public const string Header = "Idempotency-Key";

    /// <summary>Honours the Idempotency-Key header on the POSTs of this group or endpoint (SECURITY.md).</summary>
    public static TBuilder WithIdempotency<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(IdempotentPostMetadata.Instance);

    public static IServiceCollection AddIdempotencyKeys(this IServiceCollection services) => services.AddScoped<IdempotencyStore>();

    /// <summary>After authentication, so the key is scoped to the caller's firm and user.</summary>
    public static IApplicationBuilder UseIdempotencyKeys(this IApplicationBuilder app) => app.UseMiddleware<IdempotencyMiddleware>();
}
