using Gongkai.Calendar;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Data;

public abstract partial class AppDbContext
{
    public DbSet<CalendarYear> CalendarYears => Set<CalendarYear>();
}
