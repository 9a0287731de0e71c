using Gongkai.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gongkai.Accounts;

internal static class AccountsApi
{
    public static void MapAccountsApi(this WebApplication app)
    {
        app.MapPost("/api/v1/auth/token", async Task<Results<Ok<TokenResponse>, ProblemHttpResult>> (TokenRequest request, IssueToken issue) =>
        {
            var (token, refusal) = await issue.RunAsync(request);
            return token is not null
                ? TypedResults.Ok(token)
                : TypedResults.Problem(title: refusal, statusCode: StatusCodes.Status401Unauthorized);
        }).AllowAnonymous().WithTags("Auth").DisableAntiforgery();

        var users = app.MapGroup("/api/v1/users").WithTags("Staff").RequireAuthorization().DisableAntiforgery();
        users.MapPost("/", async (CreateUserRequest request, CreateUser create, HttpContext http) =>
        {
            var created = await create.RunAsync(request, http.User);
            return TypedResults.Created($"/api/v1/users/{created.UserName}", created);
        });
        users.MapGet("/", async (ListUsers list, HttpContext http) => TypedResults.Ok(await list.RunAsync(http.User)));
        users.MapPost("/{userName}/unlock", async (string userName, UnlockUser unlock, HttpContext http) =>
        {
            await unlock.RunAsync(userName, http.User);
            return TypedResults.NoContent();
        });
        users.MapPost("/{userName}/password", async (string userName, ResetPasswordRequest request, ResetPassword reset, HttpContext http) =>
        {
            await reset.RunAsync(userName, request.NewPassword, http.User);
            return TypedResults.NoContent();
        });
    }
}
