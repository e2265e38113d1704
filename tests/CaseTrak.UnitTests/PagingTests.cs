using CaseTrak.Web.Platform.Web;

namespace CaseTrak.UnitTests;

public sealed class PagingTests
{
    [Fact]
    public void A_short_page_has_no_next_cursor()
    {
        var page = Paging.From([1, 2, 3], limit: 3, i => $"c{i}");

        Assert.Equal([1, 2, 3], page.Items);
        Assert.Null(page.NextCursor);
    }

    [Fact]
    public void The_extra_row_is_dropped_and_the_cursor_points_at_the_last_row_shown()
    {
        var page = Paging.From([1, 2, 3, 4], limit: 3, i => $"c{i}");

        Assert.Equal([1, 2, 3], page.Items);
        Assert.Equal("c3", page.NextCursor);
    }

    [Fact]
    public void An_empty_page_is_empty()
    {
        var page = Paging.From(new List<int>(), limit: 50, i => $"c{i}");

        Assert.Empty(page.Items);
        Assert.Null(page.NextCursor);
    }

    [Theory]
    [InlineData(null, 50)]
    [InlineData(0, 1)]
    [InlineData(-5, 1)]
    [InlineData(10, 10)]
    [InlineData(200, 200)]
    [InlineData(10_000, 200)]
    public void The_limit_defaults_to_50_and_stays_between_1_and_200(int? asked, int used) => Assert.Equal(used, Paging.Clamp(asked));
}
