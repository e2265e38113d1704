namespace CaseTrak.BrowserTests;

public sealed class TotpTests
{
    [Fact]
    public void The_code_generator_matches_the_RFC_6238_test_vector()
    {
        // RFC 6238 appendix B, SHA-1 seed "12345678901234567890" at T = 59 s gives 94287082 (last 6 digits here).
        Assert.Equal("287082", Totp.Code("gezd gnbv gy3t qojq gezd gnbv gy3t qojq", DateTimeOffset.FromUnixTimeSeconds(59)));
    }
}
