using Gongkai.Appeals;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Data;

public abstract partial class AppDbContext
{
    public DbSet<Appeal> Appeals => Set<Appeal>();
}
