namespace CaseTrak.IntegrationTests.Contacts;

/// <summary>Small helpers the contact tests share: create a person or an organisation through the API.</summary>
internal static class ContactApi
{
    public static async Task<JsonElement> CreatePersonAsync(this HttpClient client, string firstName, string lastName, object? extra = null)
    {
        var body = Merge(new Dictionary<string, object?> { ["kind"] = "person", ["firstName"] = firstName, ["lastName"] = lastName, ["confirmDuplicate"] = true }, extra);
        return await client.PostAsJsonAsync("/api/v1/contacts", body).ExpectJsonAsync(201);
    }

    public static async Task<JsonElement> CreateOrganisationAsync(this HttpClient client, string name, object? extra = null)
    {
        var body = Merge(new Dictionary<string, object?> { ["kind"] = "organisation", ["name"] = name, ["confirmDuplicate"] = true }, extra);
        return await client.PostAsJsonAsync("/api/v1/contacts", body).ExpectJsonAsync(201);
    }

    public static Guid Id(this JsonElement e) => e.GetProperty("id").GetGuid();

    private static Dictionary<string, object?> Merge(Dictionary<string, object?> body, object? extra)
    {
        if (extra is null)
            return body;
        foreach (var p in JsonSerializer.SerializeToElement(extra, JsonSerializerOptions.Web).EnumerateObject())
            body[p.Name] = p.Value;
        return body;
    }
}
