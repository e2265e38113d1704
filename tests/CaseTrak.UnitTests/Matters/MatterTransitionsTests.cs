using CaseTrak.Web.Features.Matters;

namespace CaseTrak.UnitTests.Matters;

public sealed class MatterTransitionsTests
{
    [Theory]
    [InlineData(MatterStatus.Enquiry, MatterStatus.Open)]
    [InlineData(MatterStatus.Enquiry, MatterStatus.Closed)]
    [InlineData(MatterStatus.Open, MatterStatus.OnHold)]
    [InlineData(MatterStatus.Open, MatterStatus.Closed)]
    [InlineData(MatterStatus.OnHold, MatterStatus.Open)]
    [InlineData(MatterStatus.OnHold, MatterStatus.Closed)]
    [InlineData(MatterStatus.Closed, MatterStatus.Archived)]
    [InlineData(MatterStatus.Closed, MatterStatus.Open)]
    public void These_changes_are_allowed(MatterStatus from, MatterStatus to) => Assert.True(MatterTransitions.IsAllowed(from, to));

    [Theory]
    [InlineData(MatterStatus.Open, MatterStatus.Enquiry)]
    [InlineData(MatterStatus.Open, MatterStatus.Archived)]
    [InlineData(MatterStatus.Enquiry, MatterStatus.OnHold)]
    [InlineData(MatterStatus.OnHold, MatterStatus.Archived)]
    [InlineData(MatterStatus.Closed, MatterStatus.OnHold)]
    public void These_changes_are_refused(MatterStatus from, MatterStatus to) => Assert.False(MatterTransitions.IsAllowed(from, to));

    [Fact]
    public void An_archived_matter_goes_nowhere() => Assert.Empty(MatterTransitions.From(MatterStatus.Archived));

    [Theory]
    [InlineData("onHold", MatterStatus.OnHold)]
    [InlineData("OPEN", MatterStatus.Open)]
    public void Statuses_parse_from_their_api_names(string text, MatterStatus expected) => Assert.Equal(expected, ApiEnums.Parse<MatterStatus>(text, "status"));

    [Theory]
    [InlineData("1")]
    [InlineData("open,closed")]
    [InlineData("")]
    [InlineData("pending")]
    public void Numbers_lists_and_unknown_names_are_not_statuses(string text) => Assert.False(ApiEnums.TryParse<MatterStatus>(text, out _));

    [Fact]
    public void Api_names_are_lower_camel_case() => Assert.Equal("otherSideSolicitor", ApiEnums.Name(PartyRole.OtherSideSolicitor));
}
