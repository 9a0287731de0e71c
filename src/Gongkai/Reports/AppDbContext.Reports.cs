using Gongkai.Reports;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Data;

public abstract partial class AppDbContext
{
    public DbSet<ProactiveStatistics> ProactiveStatistics => Set<ProactiveStatistics>();
    public DbSet<PublishedReport> PublishedReports => Set<PublishedReport>();
    public DbSet<NarrativeDraft> NarrativeDrafts => Set<NarrativeDraft>();
}
