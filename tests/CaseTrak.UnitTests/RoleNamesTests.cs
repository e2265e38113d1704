using CaseTrak.Web.Features.Firms;

namespace CaseTrak.UnitTests;

public sealed class RoleNamesTests
{
    [Fact]
    public void Roles_are_read_by_name_in_any_case_and_combined()
    {
        Assert.True(RoleNames.TryParse(["owner", "FeeEarner", "CASHIER"], out UserRoles roles));
        Assert.Equal(UserRoles.Owner | UserRoles.FeeEarner | UserRoles.Cashier, roles);
        Assert.True(RoleNames.TryParse([], out UserRoles none));
        Assert.Equal(UserRoles.None, none);
    }

    [Theory]
    [InlineData("root")]
    [InlineData("none")]
    [InlineData("1")]
    [InlineData("32")]
    [InlineData("owner,admin")]
    [InlineData("")]
    public void Anything_but_a_role_name_is_refused(string name) => Assert.False(RoleNames.TryParse([name], out UserRoles _));

    [Theory]
    [InlineData("colp", ComplianceDuties.Colp)]
    [InlineData("COFA", ComplianceDuties.Cofa)]
    [InlineData("mlro", ComplianceDuties.Mlro)]
    [InlineData("Dpo", ComplianceDuties.Dpo)]
    public void Duties_are_read_by_name(string name, ComplianceDuties expected)
    {
        Assert.True(RoleNames.TryParse([name], out ComplianceDuties duties));
        Assert.Equal(expected, duties);
    }

    [Theory]
    [InlineData("2")]
    [InlineData("none")]
    [InlineData("sheriff")]
    public void Unknown_duties_are_refused(string name) => Assert.False(RoleNames.TryParse([name], out ComplianceDuties _));

    [Fact]
    public void The_api_spells_roles_and_duties_in_lower_camel_case_in_a_fixed_order()
    {
        Assert.Equal(["owner", "admin", "feeEarner"], RoleNames.ToApi(UserRoles.FeeEarner | UserRoles.Admin | UserRoles.Owner));
        Assert.Equal(["colp", "mlro"], RoleNames.ToApi(ComplianceDuties.Mlro | ComplianceDuties.Colp));
        Assert.Empty(RoleNames.ToApi(UserRoles.None));
    }

    [Fact]
    public void Every_role_survives_the_round_trip_through_its_api_name()
    {
        foreach (var role in RoleNames.All)
        {
            Assert.True(RoleNames.TryParse(RoleNames.ToApi(role), out UserRoles parsed));
            Assert.Equal(role, parsed);
        }
    }
}
