using System.Text.Json;
using CaseTrak.Web.Platform.Errors;

namespace CaseTrak.Web.Features.Matters;

/// <summary>Enumerations as the API spells them ("onHold", "otherSideSolicitor"), parsed with a message naming the field.</summary>
public static class ApiEnums
{
    public static string Name<T>(T value) where T : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    public static IReadOnlyList<string> Names<T>() where T : struct, Enum => Enum.GetValues<T>().Select(Name).ToList();

    public static bool TryParse<T>(string? text, out T value) where T : struct, Enum
    {
        value = default;
        // Enum.TryParse also takes numbers and comma lists; the API speaks names only.
        return !string.IsNullOrWhiteSpace(text) && text.All(char.IsAsciiLetter)
            && Enum.TryParse(text, ignoreCase: true, out value) && Enum.IsDefined(value);
    }

    public static T Parse<T>(string? text, string field) where T : struct, Enum =>
        TryParse<T>(text, out var value) ? value
            : throw new RequestValidationException(field, $"Choose one of: {string.Join(", ", Names<T>())}.");

    public static T? ParseOptional<T>(string? text, string field) where T : struct, Enum =>
        string.IsNullOrWhiteSpace(text) ? null : Parse<T>(text, field);
}
