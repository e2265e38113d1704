namespace CaseTrak.Web.Features.Matters;

/// <summary>
/// Something that stops a matter closing, with a stable code (e.g. "matter.open_undertakings"); a warning
/// (e.g. unpaid bills) does not stop it but is shown and returned with the closed matter.
/// </summary>
public sealed record CloseBlocker(string Code, string Message, bool Warning = false);

/// <summary>
/// An extension point: each module that can stop a matter closing (undertakings now; unbilled time, client
/// money and open bills later) registers one. Closing answers 422 with every blocker's code.
/// </summary>
public interface IMatterCloseCheck
{
    Task<IReadOnlyList<CloseBlocker>> CheckAsync(Guid matterId, CancellationToken ct);
}
