using System.Text.RegularExpressions;
using CaseTrak.Web.Platform.Errors;

namespace CaseTrak.Web.Features.Contacts;

/// <summary>
/// Shape rules for a contact, checked together so a form shows every problem at once: trims, drops blanks,
/// normalises postcodes and company numbers, and keeps only the fields that belong to the kind.
/// </summary>
public static partial class ContactRules
{
    public const int MaxExtraNames = 20;

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$", RegexOptions.CultureInvariant)]
    private static partial Regex EmailPattern();

    // Companies House: 8 digits (England and Wales), or a two-letter prefix (SC, NI, OC, SO, NC, LP, …) and 6 digits.
    [GeneratedRegex(@"^([0-9]{8}|[A-Z]{2}[0-9]{6}|[A-Z]{2}[0-9]{5}[A-Z])$", RegexOptions.CultureInvariant)]
    private static partial Regex CompanyNumberPattern();

    [GeneratedRegex(@"^\+?[0-9][0-9 ()\-]{5,29}$", RegexOptions.CultureInvariant)]
    private static partial Regex PhonePattern();

    public static bool IsEmail(string? text) => text is not null && text.Length <= 256 && EmailPattern().IsMatch(text);

    public static bool IsPhone(string? text) => text is not null && PhonePattern().IsMatch(text);

    /// <summary>
    /// Spaces removed and upper case; a digits-only number is left-padded to 8 ("123456" → "00123456"), as
    /// people often drop the leading zeros. Throws <see cref="FormatException"/> when it is not a valid number.
    /// </summary>
    public static string? NormaliseCompanyNumber(string? text)
    {
        var compact = Blank(string.Concat((text ?? "").Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant());
        if (compact is null)
            return null;
        if (compact.All(char.IsAsciiDigit) && compact.Length is >= 6 and < 8)
            compact = compact.PadLeft(8, '0');
        return CompanyNumberPattern().IsMatch(compact) ? compact : throw new FormatException();
    }

    public static ContactFields Clean(ContactKind kind, ContactFields f, DateOnly today)
    {
        var errors = new Dictionary<string, string[]>();
        var person = kind == ContactKind.Person;
        var cleaned = new ContactFields(
            person ? Blank(f.Title) : null, person ? Blank(f.FirstName) : null, person ? Blank(f.MiddleNames) : null,
            person ? Blank(f.LastName) : null, Names(f.FormerNames, "formerNames"), person ? f.DateOfBirth : null,
            person ? null : Blank(f.Name), null, Names(f.TradingNames, "tradingNames"), Blank(f.Email), Blank(f.Phone),
            Address(f.Address), Blank(f.Notes));

        if (person && cleaned.FirstName is null && cleaned.LastName is null)
            Add("lastName", "Enter a first name or a last name.");
        if (!person && cleaned.Name is null)
            Add("name", "Enter the organisation's name.");
        if (cleaned.DateOfBirth is { } born && (born > today || born.Year < 1900))
            Add("dateOfBirth", "Enter a date of birth in the past, like 27 3 1980.");
        if (cleaned.Email is { } email && !IsEmail(email))
            Add("email", "Enter an email address in the right format, like name@example.co.uk.");
        if (cleaned.Phone is { } phone && !IsPhone(phone))
            Add("phone", "Enter a phone number, like 020 7946 0000 or +44 20 7946 0000.");
        if (!person)
        {
            try
            {
                cleaned = cleaned with { CompanyNumber = NormaliseCompanyNumber(f.CompanyNumber) };
            }
            catch (FormatException)
            {
                Add("companyNumber", "Enter a Companies House number of 8 characters, like 01234567 or SC123456.");
            }
        }
        if (errors.Count > 0)
            throw new RequestValidationException(errors);
        return cleaned;

        IReadOnlyList<string> Names(IReadOnlyList<string>? names, string field)
        {
            var list = (names ?? []).Select(Blank).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            if (list.Count > MaxExtraNames)
                Add(field, $"Enter no more than {MaxExtraNames} names.");
            if (list.Any(n => n.Length > 200))
                Add(field, "Each name must be 200 characters or fewer.");
            return list;
        }

        AddressDto Address(AddressDto? a)
        {
            if (a is null)
                return ContactFields.NoAddress;
            var country = Blank(a.Country);
            var postcode = Blank(a.Postcode);
            if (postcode is not null && UkPostcode.AppliesTo(country))
            {
                postcode = UkPostcode.Normalise(postcode);
                if (postcode is null)
                    Add("address.postcode", "Enter a real UK postcode, like SW1A 1AA.");
            }
            return new(Blank(a.Line1), Blank(a.Line2), Blank(a.Town), Blank(a.County), postcode ?? Blank(a.Postcode), country);
        }

        void Add(string field, string message) =>
            errors[field] = errors.TryGetValue(field, out var existing) ? [.. existing, message] : [message];
    }

    public static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
