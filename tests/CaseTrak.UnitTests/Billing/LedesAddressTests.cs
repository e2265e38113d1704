using CaseTrak.Web.Features.Billing;

namespace CaseTrak.UnitTests.Billing;

public sealed class LedesAddressTests
{
    [Fact]
    public void A_snapshot_that_still_matches_the_record_uses_the_records_fields()
    {
        var structured = new LedesParty("Old name", "1 High St", null, "York", "North Yorkshire", "YO1 7HH", "GB");
        Assert.Equal(structured with { Name = "Acme" }, LedesAddress.Party("Acme", "1 High St\nYork\nNorth Yorkshire\nYO1 7HH", "1 High St\nYork\nNorth Yorkshire\nYO1 7HH", structured));
    }

    [Fact]
    public void A_changed_snapshot_is_split_by_line_with_the_postcode_and_country_found()
    {
        var party = LedesAddress.Party("Acme", "1 High St\nFlat 2\nYork\nYO1 7HH\nUnited Kingdom", "somewhere else", null);
        Assert.Equal(new LedesParty("Acme", "1 High St", "Flat 2", "York", null, "YO1 7HH", "GB"), party);
        Assert.Equal(new LedesParty("Acme", "2 Rue X", null, "Paris", null, null, "GB"), LedesAddress.Party("Acme", "2 Rue X\nParis", null, null));
        Assert.Equal(new LedesParty("Acme", null, null, null, null, null, "GB"), LedesAddress.Party("Acme", null, "x", null));
    }

    [Theory]
    [InlineData(null, "GB")]
    [InlineData("England", "GB")]
    [InlineData("fr", "FR")]
    public void Countries_become_two_letter_codes(string? country, string expected) => Assert.Equal(expected, LedesAddress.CountryCode(country));

    [Theory]
    [InlineData(FeeEarnerGrade.A, "PT")]
    [InlineData(FeeEarnerGrade.B, "AS")]
    [InlineData(FeeEarnerGrade.C, "AS")]
    [InlineData(FeeEarnerGrade.D, "LA")]
    [InlineData(null, "OT")]
    public void Grades_map_to_LEDES_timekeeper_classes(FeeEarnerGrade? grade, string expected) =>
        Assert.Equal(expected, BillLedes.Classification(grade));

    [Theory]
    [InlineData(null, LedesFormat.Ledes1998B)]
    [InlineData("1998b", LedesFormat.Ledes1998B)]
    [InlineData("1998BI", LedesFormat.Ledes1998BI)]
    public void Ledes_formats_are_read_case_insensitively(string? format, LedesFormat expected) =>
        Assert.Equal(expected, DownloadBillHandler.ParseFormat(format));
}
