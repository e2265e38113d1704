using CaseTrak.Web.Platform.Data;

namespace CaseTrak.Web.Platform.Idempotency;

/// <summary>
/// One use of an Idempotency-Key in a firm (SECURITY.md): the request it was first sent with (a hash of user,
/// method, path and body), whether that request is still running, and the response to replay. Kept 24 hours.
/// </summary>
public sealed class IdempotencyRecord : FirmOwnedEntity
{
    public required string Key { get; init; }
    public required string RequestHash { get; init; }
    public Guid UserId { get; init; }
    public bool Completed { get; set; }
    public int StatusCode { get; set; }
    public string? ContentType { get; set; }
    public string? Location { get; set; }
    public byte[]? Body { get; set; }
    public DateTime CreatedAt { get; init; }
    public DateTime? CompletedAt { get; set; }
}
