namespace CaseTrak.Web.Platform.Errors;

/// <summary>Bad shape found after binding (e.g. a password Identity refused): 400 with field messages.</summary>
public sealed class RequestValidationException(IDictionary<string, string[]> errors)
    : Exception("The request has errors.")
{
    public IDictionary<string, string[]> Errors { get; } = errors;

    public RequestValidationException(string field, string message) : this(new Dictionary<string, string[]> { [field] = [message] }) { }
}
