using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace CaseTrak.Web.Platform.Errors;

/// <summary>
/// The one place exceptions become ProblemDetails. A 500 says only that something went wrong and gives
/// the trace id to quote; the detail goes to the log.
/// </summary>
internal sealed class ProblemExceptionHandler(IProblemDetailsService problems, ILogger<ProblemExceptionHandler> log) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken ct)
    {
        if (exception is RequestValidationException invalid)
        {
            http.Response.StatusCode = 400;
            return await problems.TryWriteAsync(new()
            {
                HttpContext = http,
                ProblemDetails = new HttpValidationProblemDetails(invalid.Errors) { Status = 400, Title = "Check the highlighted fields" },
                Exception = exception,
            });
        }

        var problem = exception switch
        {
            ConflictException c => Problem(409, "Conflict", c.Message, c.Code),
            DomainRuleException d => Problem(422, "A rule prevents this", d.Message, d.Code),
            NotFoundException n => Problem(404, "Not found", n.Message, null),
            ForbiddenException f => Problem(403, "Not allowed", f.Message, f.Code),
            BadHttpRequestException b when b.StatusCode == 413 => Problem(413, "Request too large", "The request body is larger than allowed.", null),
            BadHttpRequestException b => Problem(b.StatusCode, "Bad request", BadRequestMessage(b), null),
            PreconditionException p => Problem(p.Status, p.Status == 428 ? "If-Match required" : "Changed by someone else", p.Message, null),
            Microsoft.EntityFrameworkCore.DbUpdateConcurrencyException => Problem(412, "Changed by someone else",
                "This record was changed since you loaded it. Reload and try again.", "concurrency.stale"),
            _ => null,
        };
        if (problem is null)
        {
            log.LogError(exception, "Unhandled exception on {Method} {Path}", http.Request.Method, http.Request.Path);
            problem = Problem(500, "Something went wrong", "The request failed. Quote the trace id if you report it.", null);
        }

        http.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new() { HttpContext = http, ProblemDetails = problem, Exception = exception });
    }

    private static string BadRequestMessage(BadHttpRequestException b) =>
        b.InnerException is System.Text.Json.JsonException ? "The request body is not valid JSON." : b.Message;

    private static ProblemDetails Problem(int status, string title, string detail, string? code)
    {
        var problem = new ProblemDetails { Status = status, Title = title, Detail = detail };
        if (code is not null)
            problem.Extensions["code"] = code;
        return problem;
    }
}
