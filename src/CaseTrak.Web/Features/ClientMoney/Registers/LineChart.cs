using System.Text.Json;

namespace CaseTrak.Web.Features.ClientMoney;

/// <summary>A money line chart for client-money-charts.js: pounds per label, with an optional limit line (e.g. the AR 12 £10,000 average).</summary>
public sealed record LineChart(string Id, string Title, string Series, string XAxis, string YAxis, IReadOnlyList<string> Labels,
    IReadOnlyList<decimal> Values, bool Stepped = false, decimal? Limit = null, string? LimitLabel = null)
{
    /// <summary>For a &lt;script type="application/json"&gt; block: "&lt;" escaped so the text cannot close the tag.</summary>
    public string Json() => JsonSerializer.Serialize(this, JsonSerializerOptions.Web).Replace("<", "\\u003c", StringComparison.Ordinal);

    public static decimal Pounds(long minor) => minor / 100m;
}
