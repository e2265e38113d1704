using System.Security.Cryptography;
using System.Text;

namespace CaseTrak.Web.Platform.Idempotency;

/// <summary>What makes two requests "the same": caller, method, path with query, and the exact body.</summary>
internal static class IdempotencyHash
{
    public static async Task<string> OfAsync(HttpRequest request, Guid userId)
    {
        request.EnableBuffering();
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(Encoding.UTF8.GetBytes($"{userId:N}\n{request.Method} {request.Path}{request.QueryString}\n"));
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, request.HttpContext.RequestAborted)) > 0)
            sha.AppendData(chunk, 0, read);
        request.Body.Position = 0;
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }
}
