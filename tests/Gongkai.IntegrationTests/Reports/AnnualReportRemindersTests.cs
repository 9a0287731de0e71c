using System.Security.Claims;
using Gongkai.Admin;
using Gongkai.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.IntegrationTests.Reports;

public sealed class AnnualReportRemindersTests(TestApp app) : IClassFixture<TestApp>
{
    [Fact]
    public async Task Units_without_last_years_report_are_listed_by_deadline()
    {
        await using var scope = app.App.Services.CreateAsyncScope();
        var admin = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Role, "admin")], "test"));
        var sources = scope.ServiceProvider.GetServices<ITodoSource>();
        // One scope, one DbContext: the sources run one after another, as the to-do page runs them.
        var all = new List<TodoTask>();
        foreach (var source in sources)
        {
            all.AddRange(await source.TasksAsync(admin));
        }
        var tasks = all.Where(t => t.Href.StartsWith("/admin/reports", StringComparison.Ordinal)).ToList();
        // The demo published the county's 2023 report; 13 departments and 2 institutions owe theirs by 31 January, 8 townships by 31 March.
        Assert.Equal([("2023年度政府信息公开工作年度报告待发布（1月31日前）", 15), ("2023年度政府信息公开工作年度报告待发布（3月31日前）", 8)],
            tasks.Select(t => (t.Title, t.Count)));
    }
}
