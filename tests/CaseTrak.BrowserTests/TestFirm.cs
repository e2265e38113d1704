namespace CaseTrak.BrowserTests;

/// <summary>A firm created for one test, with its Owner + Admin whose password the test knows.</summary>
public sealed record TestFirm(Guid Id, string Name, string AdminEmail, string AdminPassword, string AdminName);
