using Gongkai.Accounts;
using Gongkai.Infrastructure;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Gongkai.Search;

internal static class SearchSetup
{
    public static IServiceCollection AddSearch(this IServiceCollection services)
    {
        services.AddSingleton(sp => new LuceneSearchIndex(
            SearchFolder.Root(sp.GetRequiredService<GongkaiOptions>()), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<ISearchIndex>(sp => sp.GetRequiredService<LuceneSearchIndex>());
        services.AddSingleton<SearchSignal>();
        services.AddSingleton<SynonymCache>();
        services.AddSingleton<SearchSync>();
        services.AddHostedService(sp => sp.GetRequiredService<SearchSync>());
        services.TryAddScoped<ISearchSource, ItemSearchSource>();
        services.AddScoped<SearchOutbox>();
        services.AddScoped<SearchPublished>();
        services.AddScoped<EditSynonyms>();
        services.AddScoped<RebuildSearchIndex>();
        return services;
    }

    public static void MapSearchApi(this WebApplication app)
    {
        app.MapGet("/api/v1/public/search", PublicSearchApi.HandleAsync).WithTags("Public").AllowAnonymous();

        var admin = app.MapGroup("/api/v1/search/synonyms").WithTags("Search")
            .RequireAuthorization(p => p.RequireRole(Roles.Admin)).DisableAntiforgery();
        admin.MapGet("/", async (EditSynonyms edit) => TypedResults.Ok(await edit.ListAsync()));
        admin.MapPost("/", async (SynonymInput input, EditSynonyms edit) =>
        {
            var view = await edit.CreateAsync(input);
            return TypedResults.Created($"/api/v1/search/synonyms/{view.Id}", view);
        });
        admin.MapPut("/{id:int}", async (int id, SynonymInput input, EditSynonyms edit) => TypedResults.Ok(await edit.UpdateAsync(id, input)));
        admin.MapDelete("/{id:int}", async (int id, EditSynonyms edit) =>
        {
            await edit.DeleteAsync(id);
            return TypedResults.NoContent();
        });
    }
}
