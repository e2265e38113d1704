using System.Globalization;
using CaseTrak.Web.Platform.Errors;
using CaseTrak.Web.Platform.Web;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CaseTrak.Web.Features.Contacts;

public static class ContactsModule
{
    public static IServiceCollection AddContacts(this IServiceCollection services) => services
        .AddScoped<ContactNameIndex>()
        .AddScoped<GetContactHandler>()
        .AddScoped<ListContactsHandler>()
        .AddScoped<FindDuplicateContactsHandler>()
        .AddScoped<CreateContactHandler>()
        .AddScoped<UpdateContactHandler>()
        .AddScoped<ArchiveContactHandler>()
        .AddScoped<DeleteContactHandler>()
        .AddScoped<ContactRelationshipsHandler>()
        .AddScoped<ContactNotesHandler>()
        .AddScoped<AddContactMethodHandler>()
        .AddScoped<RecordDueDiligenceHandler>()
        .AddScoped<ListDueDiligenceHandler>()
        .AddScoped<IClientDueDiligence, ClientDueDiligence>()
        .AddScoped<IContactDirectory, ContactDirectory>();

    public static void MapContactsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/contacts").WithTags("Contacts");
        api.MapGet("/", (string? q, string? kind, bool? archived, int? limit, string? cursor, ListContactsHandler h, CancellationToken ct) =>
            h.HandleAsync(new(q, KindOf(kind), archived, limit, cursor), ct));
        api.MapPost("/", async Task<Results<Created<ContactDto>, ProblemHttpResult>> (CreateContactRequest request, CreateContactHandler h, CancellationToken ct) =>
        {
            var result = await h.HandleAsync(request, ct);
            if (result.Contact is { } contact)
                return TypedResults.Created($"/api/v1/contacts/{contact.Id}", contact);
            return TypedResults.Problem(statusCode: 409, title: "Conflict",
                detail: "This may be a contact you already have. Check the candidates, or send confirmDuplicate: true to create it anyway.",
                extensions: new Dictionary<string, object?> { ["code"] = "contact.possible_duplicate", ["candidates"] = result.PossibleDuplicates });
        });
        api.MapGet("/{id:guid}", async (Guid id, GetContactHandler h, HttpContext http, CancellationToken ct) => Versioned(http, await h.HandleAsync(id, ct)));
        api.MapPatch("/{id:guid}", async (Guid id, UpdateContactRequest request, UpdateContactHandler h, HttpContext http, CancellationToken ct) =>
            Versioned(http, await h.HandleAsync(id, request, c => ETags.Require(http, Version(c.Version)), whole: false, ct)));
        api.MapDelete("/{id:guid}", async (Guid id, DeleteContactHandler h, CancellationToken ct) =>
        {
            await h.HandleAsync(id, ct);
            return TypedResults.NoContent();
        });
        api.MapPost("/{id:guid}/archive", async (Guid id, ArchiveContactHandler h, HttpContext http, CancellationToken ct) =>
            Versioned(http, await h.HandleAsync(id, archived: true, ct)));
        api.MapPost("/{id:guid}/unarchive", async (Guid id, ArchiveContactHandler h, HttpContext http, CancellationToken ct) =>
            Versioned(http, await h.HandleAsync(id, archived: false, ct)));

        api.MapGet("/{id:guid}/relationships", (Guid id, ContactRelationshipsHandler h, CancellationToken ct) => h.ListAsync(id, ct));
        api.MapPost("/{id:guid}/relationships", async (Guid id, AddRelationshipRequest request, ContactRelationshipsHandler h, CancellationToken ct) =>
        {
            var added = await h.AddAsync(id, request, ct);
            return TypedResults.Created($"/api/v1/contacts/{id}/relationships/{added.Id}", added);
        });
        api.MapDelete("/{id:guid}/relationships/{relationshipId:guid}", async (Guid id, Guid relationshipId, ContactRelationshipsHandler h, CancellationToken ct) =>
        {
            await h.RemoveAsync(id, relationshipId, ct);
            return TypedResults.NoContent();
        });
        api.MapGet("/{id:guid}/notes", (Guid id, ContactNotesHandler h, CancellationToken ct) => h.ListAsync(id, ct));
        api.MapPost("/{id:guid}/notes", async (Guid id, AddContactNoteRequest request, ContactNotesHandler h, CancellationToken ct) =>
        {
            var note = await h.AddAsync(id, request, ct);
            return TypedResults.Created($"/api/v1/contacts/{id}/notes/{note.Id}", note);
        });
        api.MapPost("/{id:guid}/methods", async (Guid id, AddContactMethodRequest request, AddContactMethodHandler h, CancellationToken ct) =>
        {
            var method = await h.HandleAsync(id, request, ct);
            return TypedResults.Created($"/api/v1/contacts/{id}", method);
        });

        api.MapGet("/{id:guid}/due-diligence", (Guid id, ListDueDiligenceHandler h, CancellationToken ct) => h.HistoryAsync(id, ct));
        api.MapPost("/{id:guid}/due-diligence", async (Guid id, RecordDueDiligenceRequest request, RecordDueDiligenceHandler h, CancellationToken ct) =>
        {
            var record = await h.HandleAsync(id, request, ct);
            return TypedResults.Created($"/api/v1/contacts/{id}/due-diligence", record);
        });
        app.MapGet("/api/v1/due-diligence/expiring", async (int? withinDays, ListDueDiligenceHandler h, CancellationToken ct) =>
            new { items = await h.ExpiringAsync(withinDays, ct) }).WithTags("Contacts");
    }

    private static ContactDto Versioned(HttpContext http, ContactDto contact)
    {
        ETags.Set(http, Version(contact.Version));
        return contact;
    }

    // Query strings bind enums case-sensitively by their C# names; the API spells them "person", "organisation".
    private static ContactKind? KindOf(string? kind) => kind switch
    {
        null or "" => null,
        "person" => ContactKind.Person,
        "organisation" => ContactKind.Organisation,
        _ => throw new RequestValidationException("kind", "Kind is person or organisation."),
    };

    private static string Version(int version) => version.ToString(CultureInfo.InvariantCulture);
}
