namespace CaseTrak.Web.Features.Billing;

/// <summary>Routes for how matters and clients are charged: fee arrangements, client billing terms.</summary>
internal static class ArrangementsApi
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var matters = app.MapGroup("/api/v1/matters").WithTags("Fee arrangements");
        matters.MapGet("/{id:guid}/fee-arrangement", async (Guid id, FeeArrangementHandler h, HttpContext http, CancellationToken ct) =>
        {
            var dto = await h.GetAsync(id, ct);
            BillingVersions.Set(http, dto.Version);
            return dto;
        });
        matters.MapPut("/{id:guid}/fee-arrangement", async (Guid id, SetFeeArrangementRequest request, FeeArrangementHandler h, HttpContext http, CancellationToken ct) =>
        {
            var dto = await h.SetAsync(id, request, BillingVersions.FromIfMatch(http), ct);
            BillingVersions.Set(http, dto.Version);
            return dto;
        });

        var contacts = app.MapGroup("/api/v1/contacts").WithTags("Client billing terms");
        contacts.MapGet("/{id:guid}/billing-terms", async (Guid id, ClientBillingTermsHandler h, HttpContext http, CancellationToken ct) =>
        {
            var dto = await h.GetAsync(id, ct);
            BillingVersions.Set(http, dto.Version);
            return dto;
        });
        contacts.MapPut("/{id:guid}/billing-terms", async (Guid id, SetClientBillingTermsRequest request, ClientBillingTermsHandler h, HttpContext http, CancellationToken ct) =>
        {
            var dto = await h.SetAsync(id, request, BillingVersions.FromIfMatch(http), ct);
            BillingVersions.Set(http, dto.Version);
            return dto;
        });
    }
}
