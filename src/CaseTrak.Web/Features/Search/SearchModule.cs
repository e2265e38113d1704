namespace CaseTrak.Web.Features.Search;

public static class SearchModule
{
    public static IServiceCollection AddSearch(this IServiceCollection services) => services
        .AddScoped<GlobalSearchHandler>();

    public static void MapSearchApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/search").WithTags("Search");
        api.MapGet("/", (string? q, GlobalSearchHandler h, CancellationToken ct) => h.HandleAsync(q, ct));
    }
}
