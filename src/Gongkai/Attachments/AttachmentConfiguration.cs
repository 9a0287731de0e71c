using Gongkai.Catalog;
using Gongkai.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gongkai.Attachments;

internal sealed class AttachmentConfiguration : IEntityTypeConfiguration<Attachment>
{
    public void Configure(EntityTypeBuilder<Attachment> attachment)
    {
        attachment.HasIndex(a => a.ItemId);
        attachment.HasIndex(a => a.RequestId);
        attachment.HasOne<Item>().WithMany().HasForeignKey(a => a.ItemId).OnDelete(DeleteBehavior.Cascade);
        attachment.HasOne<Request>().WithMany().HasForeignKey(a => a.RequestId).OnDelete(DeleteBehavior.Cascade);
        attachment.HasOne(a => a.Content).WithOne().HasForeignKey<AttachmentContent>(c => c.AttachmentId).OnDelete(DeleteBehavior.Cascade);
        attachment.Property(a => a.Purpose).HasConversion<string>().HasMaxLength(16);
        attachment.Property(a => a.FileName).HasMaxLength(200);
        attachment.Property(a => a.ContentType).HasMaxLength(100);
        attachment.Property(a => a.Sha256).HasMaxLength(64);
        attachment.Property(a => a.UploadedBy).HasMaxLength(100);
        attachment.ToTable(t => t.HasCheckConstraint("CK_Attachments_Owner", "(\"ItemId\" IS NULL) <> (\"RequestId\" IS NULL)"));
    }
}

internal sealed class AttachmentContentConfiguration : IEntityTypeConfiguration<AttachmentContent>
{
    public void Configure(EntityTypeBuilder<AttachmentContent> content) => content.HasKey(c => c.AttachmentId);
}
