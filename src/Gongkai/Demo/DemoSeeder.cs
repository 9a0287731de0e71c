using Gongkai.Data;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Demo;

/// <summary>Builds the demo county into an empty instance; each feature adds its content as one more step.</summary>
internal static class DemoSeeder
{
    public const string DefaultPassword = "Gongkai2026";

    /// <summary>Returns false when the instance already has data (nothing is changed).</summary>
    public static async Task<bool> SeedAsync(IServiceProvider root, string password)
    {
        await using var scope = root.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<AppDbContext>();
        if (await db.Units.AnyAsync() || await db.Users.AnyAsync())
        {
            return false;
        }
        await DemoCounty.SeedAsync(db);
        await DemoStaff.SeedAsync(services, password);
        await Gongkai.Catalog.DemoItems.SeedAsync(db);
        await Gongkai.Requests.DemoRequests.SeedAsync(services);
        await Gongkai.Reports.DemoReports.SeedAsync(services);
        await Gongkai.Channels.DemoChannels.SeedAsync(db);
        await Gongkai.Supervision.DemoSupervision.SeedAsync(db);
        await Gongkai.Attachments.DemoAttachments.SeedAsync(db, services.GetRequiredService<TimeProvider>());
        return true;
    }
}
