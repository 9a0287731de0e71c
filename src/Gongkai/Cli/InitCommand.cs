using Gongkai.Accounts;
using Gongkai.Data;
using Gongkai.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Cli;

/// <summary><c>init</c>: an empty instance with one administrator.</summary>
internal sealed class InitCommand : ICliCommand
{
    public string Verb => "init";
    public string Usage => "init --data DIR --admin-password P [--db sqlite|postgres] [--connection STRING]";
    public IReadOnlySet<string> Accepts { get; } = new HashSet<string>([.. Commands.InstanceOptions, "admin-password"], StringComparer.OrdinalIgnoreCase);

    public async Task<int> RunAsync(CliArgs args, IReadOnlyList<string> positionals)
    {
        var password = args.Option("admin-password") ?? throw new UsageException("--admin-password is required");
        if (args.Option("data") is null && args.Option("db") is null)
        {
            throw new UsageException("--data is required");
        }
        await using var app = await GongkaiHost.StartAsync(args.Settings());
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        if (await db.Users.AnyAsync())
        {
            throw new UsageException($"the instance in {app.Services.GetRequiredService<GongkaiOptions>().DataPath} already has staff; nothing was changed");
        }
        await EnsureRolesAndAdmin.RunAsync(scope.ServiceProvider, "admin", password, "系统管理员");
        Console.WriteLine($"Created an empty instance in {app.Services.GetRequiredService<GongkaiOptions>().DataPath}; log in as admin.");
        return 0;
    }
}

/// <summary>The roles of the contract, and an administrator account, on an empty instance.</summary>
internal static class EnsureRolesAndAdmin
{
    public static async Task RunAsync(IServiceProvider services, string userName, string password, string displayName)
    {
        var roles = services.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }
        var users = services.GetRequiredService<UserManager<StaffUser>>();
        var admin = new StaffUser { UserName = userName, DisplayName = displayName };
        var created = await users.CreateAsync(admin, password);
        if (!created.Succeeded)
        {
            throw new UsageException(string.Join("; ", created.Errors.Select(e => e.Description)));
        }
        await users.AddToRoleAsync(admin, Roles.Admin);
    }
}
