using CaseTrak.Web.Features.Firms;
using CaseTrak.Web.Platform.Security;

namespace CaseTrak.UnitTests;

public sealed class CommonPasswordValidatorTests
{
    private readonly CommonPasswordValidator _validator = new();
    private readonly AppUser _user = new() { Email = "jo.bloggs@example.test" };

    [Theory]
    [InlineData("")]
    [InlineData("a")]
    [InlineData("elevenchars")]
    public async Task Passwords_under_twelve_characters_are_too_short(string password)
    {
        var result = await _validator.ValidateAsync(null!, _user, password);

        Assert.Equal("PasswordTooShort", Assert.Single(result.Errors).Code);
    }

    [Theory]
    [InlineData("password1234")]
    [InlineData("PASSWORD1234")]
    [InlineData("PassWord1234")]
    [InlineData("  password1234  ")]
    [InlineData("1qaz2wsx3edc")]
    public async Task Common_passwords_are_refused_whatever_their_case(string password)
    {
        var result = await _validator.ValidateAsync(null!, _user, password);

        Assert.Equal("PasswordTooCommon", Assert.Single(result.Errors).Code);
    }

    [Fact]
    public async Task Twelve_uncommon_characters_are_enough_without_composition_rules()
    {
        Assert.True((await _validator.ValidateAsync(null!, _user, "correct horse")).Succeeded);
        Assert.True((await _validator.ValidateAsync(null!, _user, "zqxwvutsrpon")).Succeeded);
    }

    [Fact]
    public async Task A_password_containing_the_email_name_is_refused()
    {
        var result = await _validator.ValidateAsync(null!, _user, "my-JO.BLOGGS-secret");

        Assert.Equal("PasswordContainsEmail", Assert.Single(result.Errors).Code);
    }

    [Fact]
    public void The_shipped_list_holds_at_least_ten_thousand_passwords_and_every_one_is_refused()
    {
        using var stream = typeof(CommonPasswordValidator).Assembly.GetManifestResourceStream("CaseTrak.CommonPasswords");
        Assert.NotNull(stream);
        using var reader = new StreamReader(stream);
        var words = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
                words.Add(line);
        }

        Assert.True(words.Count >= 10_000, $"Only {words.Count} common passwords ship with the program.");
        Assert.All(words, w => Assert.True(CommonPasswordValidator.IsCommon(w), w));
        Assert.All(words.Take(200), w => Assert.True(CommonPasswordValidator.IsCommon(w.ToUpperInvariant()), w));
    }
}
