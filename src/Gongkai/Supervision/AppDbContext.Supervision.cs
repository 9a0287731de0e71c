using Gongkai.Supervision;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Data;

public abstract partial class AppDbContext
{
    public DbSet<AssessmentScheme> AssessmentSchemes => Set<AssessmentScheme>();
    public DbSet<ScoreAdjustment> ScoreAdjustments => Set<ScoreAdjustment>();
    public DbSet<Rating> Ratings => Set<Rating>();
    public DbSet<Circular> Circulars => Set<Circular>();
    public DbSet<Rectification> Rectifications => Set<Rectification>();
}
