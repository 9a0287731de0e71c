using Gongkai.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gongkai.Supervision;

/// <summary>A circular (通报) for a period: generated from the scores as an editable draft, then issued (and rendered as DOCX).</summary>
public sealed class Circular
{
    public int Id { get; private set; }
    public required string Period { get; init; }
    public string Title { get; private set; } = "";
    /// <summary>Paragraphs separated by new lines; a line starting with 【 is a heading.</summary>
    public string Text { get; private set; } = "";
    public DateTime CreatedAt { get; init; }
    public DateTime UpdatedAt { get; private set; }
    public DateTime? IssuedAt { get; private set; }
    public int Version { get; set; }

    public bool Issued => IssuedAt is not null;

    public void Edit(string title, string text, DateTime at)
    {
        if (Issued)
        {
            throw new ConflictException("通报已印发，不能再修改");
        }
        new ValidationErrors().Require("title", title, "标题").Require("text", text, "正文")
            .MaxLength("title", title, 200, "标题").MaxLength("text", text, 20000, "正文").ThrowIfAny();
        Title = title.Trim();
        Text = text.Trim();
        UpdatedAt = at;
    }

    public void Issue(DateTime at)
    {
        if (Issued)
        {
            throw new ConflictException("通报已印发");
        }
        IssuedAt = at;
    }
}

public enum RectificationStatus
{
    Open,
    Closed,
}

/// <summary>A rectification task (整改任务) assigned to a unit with a due day, tracked to closure.</summary>
public sealed class Rectification
{
    public int Id { get; private set; }
    public int UnitId { get; init; }
    public int? CircularId { get; init; }
    public required string Problem { get; init; }
    public DateOnly DueOn { get; init; }
    public RectificationStatus Status { get; private set; }
    public DateOnly? ClosedOn { get; private set; }
    public string? ClosingNote { get; private set; }
    public DateTime CreatedAt { get; init; }
    public int Version { get; set; }

    public bool IsOverdue(DateOnly today) => Status == RectificationStatus.Open && DueOn < today;

    public void Close(string? note, DateOnly on)
    {
        if (Status == RectificationStatus.Closed)
        {
            throw new ConflictException("整改任务已销号");
        }
        if (string.IsNullOrWhiteSpace(note))
        {
            throw ValidationException.For("note", "销号须说明整改情况");
        }
        Status = RectificationStatus.Closed;
        ClosedOn = on;
        ClosingNote = note.Trim();
    }
}

internal sealed class CircularConfiguration : IEntityTypeConfiguration<Circular>
{
    public void Configure(EntityTypeBuilder<Circular> b)
    {
        b.Property(c => c.Period).HasMaxLength(16);
        b.Property(c => c.Title).HasMaxLength(200);
        b.Property(c => c.Text).HasMaxLength(20000);
        b.Ignore(c => c.Issued);
    }
}

internal sealed class RectificationConfiguration : IEntityTypeConfiguration<Rectification>
{
    public void Configure(EntityTypeBuilder<Rectification> b)
    {
        b.Property(r => r.Problem).HasMaxLength(2000);
        b.Property(r => r.ClosingNote).HasMaxLength(2000);
        b.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
        b.HasIndex(r => new { r.UnitId, r.Status });
        b.HasOne<Gongkai.Units.Unit>().WithMany().HasForeignKey(r => r.UnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Circular>().WithMany().HasForeignKey(r => r.CircularId).OnDelete(DeleteBehavior.Restrict);
    }
}
