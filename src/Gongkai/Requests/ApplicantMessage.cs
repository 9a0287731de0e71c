using Gongkai.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gongkai.Requests;

/// <summary>
/// One e-mail to an applicant waiting in the outbox (通知申请人): written in the same transaction as the step it reports,
/// sent afterwards by <see cref="ApplicantMailSender"/>, retried with a growing pause, given up after
/// <see cref="MaxAttempts"/>. The step itself is audited; this plumbing row is not.
/// </summary>
[NotAudited]
public sealed class ApplicantMessage
{
    public const int MaxAttempts = 8;

    public long Id { get; private set; }
    public int RequestId { get; init; }
    public required string RequestNumber { get; init; }
    public RequestActionType Reason { get; init; }
    [PersonalData] public required string To { get; init; }
    public required string Subject { get; init; }
    public required string Body { get; init; }
    public DateTime CreatedAt { get; init; }
    public DateTime NextAttemptAt { get; private set; }
    public DateTime? SentAt { get; private set; }
    public DateTime? GaveUpAt { get; private set; }
    public int Attempts { get; private set; }
    public string? LastError { get; private set; }

    public static ApplicantMessage Create(Request r, RequestActionType reason, string subject, string body, DateTime now) => new()
    {
        RequestId = r.Id, RequestNumber = r.Number, Reason = reason, To = r.Email!.Trim(), Subject = subject, Body = body,
        CreatedAt = now, NextAttemptAt = now,
    };

    public void Sent(DateTime now)
    {
        Attempts++;
        SentAt = now;
        LastError = null;
    }

    /// <summary>A failed attempt: retry after 1, 2, 4 … minutes (at most 6 hours), or give up when the address itself is wrong.</summary>
    public void Failed(DateTime now, string error, bool permanent)
    {
        Attempts++;
        LastError = error.Length > 500 ? error[..500] : error;
        if (permanent || Attempts >= MaxAttempts)
        {
            GaveUpAt = now;
            return;
        }
        NextAttemptAt = now + TimeSpan.FromMinutes(Math.Min(360, Math.Pow(2, Attempts - 1)));
    }
}

internal sealed class ApplicantMessageConfiguration : IEntityTypeConfiguration<ApplicantMessage>
{
    public void Configure(EntityTypeBuilder<ApplicantMessage> builder)
    {
        builder.ToTable("ApplicantMessages");
        builder.HasIndex(m => new { m.SentAt, m.GaveUpAt, m.NextAttemptAt });
        builder.HasIndex(m => m.RequestId);
        builder.Property(m => m.RequestNumber).HasMaxLength(32);
        builder.Property(m => m.Reason).HasConversion<string>().HasMaxLength(24);
        builder.Property(m => m.To).HasMaxLength(200);
        builder.Property(m => m.Subject).HasMaxLength(200);
        builder.Property(m => m.LastError).HasMaxLength(500);
    }
}
