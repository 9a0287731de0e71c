using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gongkai.Requests;

internal sealed class RequestConfiguration : IEntityTypeConfiguration<Request>
{
    public void Configure(EntityTypeBuilder<Request> builder)
    {
        builder.HasIndex(r => r.Number).IsUnique();
        builder.HasIndex(r => r.IdempotencyKey).IsUnique();
        builder.HasIndex(r => new { r.UnitId, r.Status, r.DueDate });
        builder.HasIndex(r => r.ContentHash);
        builder.Property(r => r.Number).HasMaxLength(32);
        builder.Property(r => r.QueryCode).HasMaxLength(32);
        builder.Property(r => r.Channel).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.ApplicantType).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.IdType).HasConversion<string>().HasMaxLength(32);
        builder.Property(r => r.Delivery).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(24);
        builder.Property(r => r.ApplicantName).HasMaxLength(200);
        builder.Property(r => r.IdNumber).HasMaxLength(64);
        builder.Property(r => r.Organization).HasMaxLength(200);
        builder.Property(r => r.CreditCode).HasMaxLength(18);
        builder.Property(r => r.Phone).HasMaxLength(64);
        builder.Property(r => r.Email).HasMaxLength(200);
        builder.Property(r => r.Address).HasMaxLength(500);
        builder.Property(r => r.Subject).HasMaxLength(500);
        builder.Property(r => r.Description).HasMaxLength(4000);
        builder.Property(r => r.IdempotencyKey).HasMaxLength(100);
        builder.Property(r => r.ContentHash).HasMaxLength(64);
        builder.Property(r => r.PossibleRepeatOf).HasMaxLength(32);
        builder.Property(r => r.Outcome).HasMaxLength(8);
        builder.HasOne(r => r.Unit).WithMany().HasForeignKey(r => r.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(r => r.Steps).WithOne().HasForeignKey(s => s.RequestId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class RequestStepConfiguration : IEntityTypeConfiguration<RequestStep>
{
    public void Configure(EntityTypeBuilder<RequestStep> builder)
    {
        builder.HasIndex(s => new { s.RequestId, s.Sequence }).IsUnique();
        builder.Property(s => s.Type).HasConversion<string>().HasMaxLength(24);
        builder.Property(s => s.FeeBasis).HasConversion<string>().HasMaxLength(16);
        builder.Property(s => s.Outcome).HasMaxLength(8);
        builder.Property(s => s.Note).HasMaxLength(2000);
        builder.Property(s => s.Actor).HasMaxLength(100);
    }
}
