using Gongkai.Channels;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Data;

public abstract partial class AppDbContext
{
    public DbSet<ChannelTarget> ChannelTargets => Set<ChannelTarget>();
    public DbSet<ChannelDelivery> ChannelDeliveries => Set<ChannelDelivery>();
    public DbSet<ItemChannelText> ItemChannelTexts => Set<ItemChannelText>();
    public DbSet<OfflineRecord> OfflineRecords => Set<OfflineRecord>();
    public DbSet<ItemScreen> ItemScreens => Set<ItemScreen>();
}
