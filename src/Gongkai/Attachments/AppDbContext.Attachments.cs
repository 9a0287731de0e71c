using Gongkai.Attachments;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Data;

public abstract partial class AppDbContext
{
    public DbSet<Attachment> Attachments => Set<Attachment>();
    public DbSet<AttachmentContent> AttachmentContents => Set<AttachmentContent>();
}
