namespace CaseTrak.Web.Platform.Errors;

/// <summary>A business rule said no. Answers 422 with a stable <see cref="Code"/> (API.md).</summary>
public class DomainRuleException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}

/// <summary>Missing, another firm's, or behind a barrier: all answer the same 404.</summary>
public sealed class NotFoundException(string what) : Exception($"{what} was not found.");

/// <summary>A state conflict such as a duplicate: 409.</summary>
public sealed class ConflictException(string code, string message) : DomainRuleException(code, message);

/// <summary>Signed in, but this role may not do this within its own firm: 403.</summary>
public sealed class ForbiddenException(string message, string? code = null) : Exception(message)
{
    /// <summary>A stable code when the refusal is a rule rather than the role (e.g. "payment.own_request").</summary>
    public string? Code { get; } = code;
}
