using System.Net;
using System.Net.Http.Json;

namespace CaseTrak.Bench.Load;

/// <summary>HTTP operations for the runners: one pooled client per target, 127.0.0.1 only.</summary>
public sealed class HttpLoad : IDisposable
{
    private readonly HttpClient _client;

    public HttpLoad(Uri baseAddress, int connections, string? bearerToken = null)
    {
        if (!IPAddress.TryParse(baseAddress.Host, out var ip) || !IPAddress.IsLoopback(ip))
            throw new ArgumentException($"Load is only ever sent to the loopback address, not {baseAddress.Host}.");
        _client = new HttpClient(new SocketsHttpHandler
        {
            MaxConnectionsPerServer = connections,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            UseCookies = false,
            AutomaticDecompression = DecompressionMethods.None,
        }) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
        if (bearerToken is not null)
            _client.DefaultRequestHeaders.Authorization = new("Bearer", bearerToken);
    }

    public HttpClient Client => _client;

    /// <summary>GET the path and read the whole body; true on 2xx.</summary>
    public LoadOperation Get(Func<string> path) => async ct =>
    {
        using var response = await _client.GetAsync(path(), HttpCompletionOption.ResponseContentRead, ct);
        return response.IsSuccessStatusCode;
    };

    /// <summary>POST a JSON body (made afresh per request) and read the whole answer; true on 2xx.</summary>
    public LoadOperation PostJson(string path, Func<object> body) => async ct =>
    {
        using var response = await _client.PostAsJsonAsync(path, body(), ct);
        await response.Content.ReadAsByteArrayAsync(ct);
        return response.IsSuccessStatusCode;
    };

    public void Dispose() => _client.Dispose();
}
