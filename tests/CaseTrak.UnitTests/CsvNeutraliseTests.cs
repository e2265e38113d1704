using CaseTrak.Web.Features.Audit;

namespace CaseTrak.UnitTests;

/// <summary>OWASP CSV injection: a cell a spreadsheet would evaluate starts with an apostrophe instead.</summary>
public sealed class CsvNeutraliseTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://evil.example\",\"click\")")]
    [InlineData("+SUM(1,2)")]
    [InlineData("-2+3")]
    [InlineData("@cmd")]
    [InlineData("\tTAB")]
    [InlineData("\rCR")]
    public void Cells_a_spreadsheet_would_evaluate_get_an_apostrophe(string cell) =>
        Assert.Equal("'" + cell, ExportAuditHandler.Neutralise(cell));

    [Theory]
    [InlineData("Olive Owner")]
    [InlineData("{\"roles\":[\"staff\"]}")]
    [InlineData("a=b")]
    [InlineData("203.0.113.9")]
    [InlineData("'already quoted")]
    public void Ordinary_cells_are_left_alone(string cell) => Assert.Equal(cell, ExportAuditHandler.Neutralise(cell));

    [Fact]
    public void Empty_and_missing_cells_stay_as_they_are()
    {
        Assert.Null(ExportAuditHandler.Neutralise(null));
        Assert.Equal("", ExportAuditHandler.Neutralise(""));
    }
}
