using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace CaseTrak.Web.Platform.Audit;

/// <summary>hash = SHA-256(previous hash ‖ canonical event), hex encoded (DESIGN.md §4).</summary>
public static class AuditHasher
{
    public static readonly string Genesis = new('0', 64);

    /// <summary>PostgreSQL keeps microseconds: hash exactly what the database will give back.</summary>
    public static DateTime Truncate(DateTime at) =>
        new(at.Ticks - at.Ticks % (TimeSpan.TicksPerMillisecond / 1000), DateTimeKind.Utc);

    public static string Canonical(AuditEvent e) => string.Join('\u001f',
        e.FirmId.ToString("D"),
        e.Seq.ToString(CultureInfo.InvariantCulture),
        e.At.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture),
        e.ActorId?.ToString("D") ?? "",
        ((int)e.Action).ToString(CultureInfo.InvariantCulture),
        e.TargetType ?? "",
        e.TargetId?.ToString("D") ?? "",
        ((int)e.Outcome).ToString(CultureInfo.InvariantCulture),
        e.IpAddress ?? "",
        e.Details ?? "");

    public static string Hash(string previousHash, AuditEvent e)
    {
        var bytes = Encoding.UTF8.GetBytes(previousHash + Canonical(e));
        return Convert.ToHexStringLower(SHA256.HashData(bytes));
    }
}
