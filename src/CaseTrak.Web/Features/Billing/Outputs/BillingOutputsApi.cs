namespace CaseTrak.Web.Features.Billing;

/// <summary>Bill outputs: PDF bills and credit notes, LEDES 1998B/1998BI, and the bills register as CSV or XLSX.</summary>
internal static class BillingOutputsApi
{
    public static IServiceCollection AddBillingOutputs(this IServiceCollection services) => services
        .AddScoped<BillDocuments>()
        .AddScoped<DownloadBillHandler>()
        .AddScoped<RegisterExport>();

    public static void MapBillingOutputsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/invoices/{id:guid}/pdf", async (Guid id, DownloadBillHandler h, HttpContext http, CancellationToken ct) =>
            Send(http, await h.PdfAsync(id, ct), inline: true)).WithTags("Bills");
        app.MapGet("/api/v1/invoices/{id:guid}/ledes", async (Guid id, string? format, DownloadBillHandler h, HttpContext http, CancellationToken ct) =>
            Send(http, await h.LedesAsync(id, format, ct), inline: false)).WithTags("Bills");
        app.MapGet("/api/v1/credit-notes/{id:guid}/pdf", async (Guid id, DownloadBillHandler h, HttpContext http, CancellationToken ct) =>
            Send(http, await h.CreditNotePdfAsync(id, ct), inline: true)).WithTags("Bills");
        app.MapGet("/api/v1/bills-register/export", async (string? format, DateOnly? from, DateOnly? to, RegisterExport h, HttpContext http,
            CancellationToken ct) => Send(http, await h.HandleAsync(format, from, to, ct), inline: false)).WithTags("Bills");
    }

    private static IResult Send(HttpContext http, BillFile file, bool inline)
    {
        http.Response.Headers.ContentDisposition = $"{(inline ? "inline" : "attachment")}; filename=\"{file.FileName}\"";
        http.Response.Headers.CacheControl = "private, no-store";
        return TypedResults.File(file.Content, file.ContentType);
    }
}
