using CaseTrak.Web.Features.Firms;
using CaseTrak.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace CaseTrak.IntegrationTests.Tenancy;

/// <summary>
/// Pooled contexts keep their properties between uses (STACK.md): requests of two firms served by the same
/// pool must each see only their own rows, and no context may write into another firm.
/// </summary>
public sealed class PooledContextTests(TestApp app)
{
    private const int RequestsPerFirm = 50;

    [Fact]
    public async Task Alternating_requests_of_two_firms_each_see_only_their_own_users()
    {
        var (a, aIds) = await FirmWithUsersAsync();
        var (b, bIds) = await FirmWithUsersAsync();
        for (var i = 0; i < RequestsPerFirm; i++)
        {
            Assert.Equal(aIds, await UserIdsAsync(a));
            Assert.Equal(bIds, await UserIdsAsync(b));
        }
    }

    [Fact]
    public async Task Parallel_requests_of_two_firms_each_see_only_their_own_users()
    {
        var (a, aIds) = await FirmWithUsersAsync();
        var (b, bIds) = await FirmWithUsersAsync();
        var calls = Enumerable.Range(0, RequestsPerFirm * 2)
            .Select(async i =>
            {
                var (firm, expected) = i % 2 == 0 ? (a, aIds) : (b, bIds);
                return (Expected: expected, Seen: await UserIdsAsync(firm));
            });
        foreach (var (expected, seen) in await Task.WhenAll(calls))
            Assert.Equal(expected, seen);
    }

    [Fact]
    public async Task The_save_guard_refuses_a_write_to_another_firms_row()
    {
        var a = await TestFirm.CreateAsync(app);
        var b = await TestFirm.CreateAsync(app);

        var (hidden, refused) = await b.WithDbAsync(async db =>
        {
            var hidden = !await db.Users.AnyAsync(u => u.Id == a.Owner.Id);
            // Only Platform code could get hold of another firm's row like this; the guard is the last line.
            var foreign = await db.Users.IgnoreQueryFilters([AppDbContext.TenantFilter]).SingleAsync(u => u.Id == a.Owner.Id);
            foreign.DisplayName = "Changed by another firm";
            var refused = await Record.ExceptionAsync(() => db.SaveChangesAsync());
            return (hidden, refused);
        });

        Assert.True(hidden, "Firm B's context could see firm A's owner.");
        Assert.IsType<CrossFirmWriteException>(refused);
        var owner = await a.Admin.GetAsync($"/api/v1/users/{a.Owner.Id}").ExpectJsonAsync(200);
        Assert.Equal(a.Owner.DisplayName, owner.GetProperty("displayName").GetString());
    }

    [Fact]
    public async Task The_save_guard_refuses_a_new_row_stamped_with_another_firm()
    {
        var a = await TestFirm.CreateAsync(app);
        var b = await TestFirm.CreateAsync(app);
        var email = $"planted-{b.Tag}@{a.Tag}.example.test";

        var refused = await b.WithDbAsync(async db =>
        {
            db.Users.Add(new AppUser { FirmId = a.Id, Email = email, UserName = email, DisplayName = "Planted" });
            return await Record.ExceptionAsync(() => db.SaveChangesAsync());
        });

        Assert.IsType<CrossFirmWriteException>(refused);
        Assert.False(await a.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == email)));
    }

    private async Task<(TestFirm Firm, List<Guid> UserIds)> FirmWithUsersAsync()
    {
        var firm = await TestFirm.CreateAsync(app);
        var one = await firm.AddUserAsync("staff");
        var two = await firm.AddUserAsync("feeEarner");
        return (firm, new[] { firm.Owner.Id, one.Id, two.Id }.Order().ToList());
    }

    private static async Task<List<Guid>> UserIdsAsync(TestFirm firm)
    {
        var page = await firm.Admin.GetAsync("/api/v1/users?limit=200").ExpectJsonAsync(200);
        return page.Items().Select(u => u.GetProperty("id").GetGuid()).Order().ToList();
    }
}
