using Gongkai.Catalog;
using Gongkai.Data;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Supervision;

/// <summary>Demo content: the default assessment scheme for 2023 and 2024, and citizens' ratings dated March–September 2024.</summary>
internal static class DemoSupervision
{
    public static async Task SeedAsync(AppDbContext db)
    {
        var at = new DateTime(2024, 1, 5, 2, 0, 0, DateTimeKind.Utc);
        foreach (var year in new[] { 2023, 2024 })
        {
            var scheme = new AssessmentScheme { Year = year };
            scheme.Configure(Scorecard.DefaultRules, at, "demo");
            db.AssessmentSchemes.Add(scheme);
        }
        var items = await db.Items.AsNoTracking().Where(i => i.Status == ItemStatus.Published && i.PublishedAt < at)
            .OrderBy(i => i.Id).Select(i => new { i.Id, i.UnitId }).Take(40).ToListAsync();
        var random = new Random(2024);
        for (var n = 0; n < items.Count; n++)
        {
            var level = random.Next(10) switch { < 6 => RatingLevel.Satisfied, < 9 => RatingLevel.FairlySatisfied, _ => RatingLevel.Unsatisfied };
            var comment = n == 0 ? "信息很实用，希望及时更新，有问题可打13800001111联系我" : null;
            var day = new DateTime(2024, 3 + n % 7, 1 + n % 27, 3, 0, 0, DateTimeKind.Utc);
            db.Ratings.Add(Rating.Create(items[n].UnitId, items[n].Id, null, level, SubmitRating.Mask(comment), day));
        }
        await db.SaveBulkAsync("demoSeed", "Supervision", new { schemes = 2, ratings = items.Count });
    }
}
