using System.Net.Http.Headers;

namespace CaseTrak.IntegrationTests.Infrastructure;

public static class HttpExtensions
{
    /// <summary>Fails with the method, path and body when the status is not the expected one.</summary>
    public static async Task<HttpResponseMessage> ExpectAsync(this HttpResponseMessage response, int status)
    {
        if ((int)response.StatusCode != status)
        {
            var body = await response.Content.ReadAsStringAsync();
            Assert.Fail($"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri?.PathAndQuery}: " +
                $"expected {status} but got {(int)response.StatusCode}. Body: {body}");
        }
        return response;
    }

    public static async Task<JsonElement> ExpectJsonAsync(this HttpResponseMessage response, int status)
    {
        await response.ExpectAsync(status);
        return await response.JsonAsync();
    }

    public static async Task<JsonElement> ExpectJsonAsync(this Task<HttpResponseMessage> call, int status) =>
        await (await call).ExpectJsonAsync(status);

    public static async Task<HttpResponseMessage> ExpectAsync(this Task<HttpResponseMessage> call, int status) =>
        await (await call).ExpectAsync(status);

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        using var document = JsonDocument.Parse(text.Length == 0 ? "null" : text);
        return document.RootElement.Clone();
    }

    /// <summary>A ProblemDetails' stable `code`, or null.</summary>
    public static string? Code(this JsonElement problem) =>
        problem.ValueKind == JsonValueKind.Object && problem.TryGetProperty("code", out var code) ? code.GetString() : null;

    public static Task<HttpResponseMessage> SendJsonAsync(this HttpClient client, HttpMethod method, string url, object? body, string? ifMatch = null)
    {
        var request = new HttpRequestMessage(method, url) { Content = body is null ? null : JsonContent.Create(body) };
        if (ifMatch is not null)
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return client.SendAsync(request);
    }

    public static Task<HttpResponseMessage> PatchJsonAsync(this HttpClient client, string url, object body, string? ifMatch) =>
        client.SendJsonAsync(HttpMethod.Patch, url, body, ifMatch);

    public static string? ETag(this HttpResponseMessage response) => response.Headers.ETag?.ToString();

    public static Task<HttpResponseMessage> PostRawAsync(this HttpClient client, string url, string body, string contentType = "application/json")
    {
        var content = new StringContent(body);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        return client.PostAsync(url, content);
    }

    public static IEnumerable<string> Strings(this JsonElement array) => array.EnumerateArray().Select(e => e.GetString()!);

    public static IReadOnlyList<JsonElement> Items(this JsonElement page) => page.GetProperty("items").EnumerateArray().ToList();
}
