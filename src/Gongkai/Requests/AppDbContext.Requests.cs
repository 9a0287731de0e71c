using Gongkai.Requests;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Data;

public abstract partial class AppDbContext
{
    public DbSet<Request> Requests => Set<Request>();
    public DbSet<RequestStep> RequestSteps => Set<RequestStep>();
}

public abstract partial class AppDbContext
{
    public DbSet<ApplicantMessage> ApplicantMessages => Set<ApplicantMessage>();
}
