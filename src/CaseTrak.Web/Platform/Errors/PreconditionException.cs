namespace CaseTrak.Web.Platform.Errors;

/// <summary>If-Match missing (428) or stale (412).</summary>
public sealed class PreconditionException(int status, string message) : Exception(message)
{
    public int Status { get; } = status;
}
