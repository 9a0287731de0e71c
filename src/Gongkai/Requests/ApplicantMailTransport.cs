using Gongkai.Infrastructure;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace Gongkai.Requests;

/// <summary>
/// Where applicant e-mails go. With <c>Mail:SmtpHost</c> set: that SMTP server (MailKit; <c>Mail:SmtpPort</c> 25,
/// <c>Mail:Security</c> auto|none|ssl|starttls, <c>Mail:UserName</c>/<c>Mail:Password</c> when it needs a login).
/// Without it: a pickup directory of <c>.eml</c> files (<c>Mail:PickupDirectory</c>, default DATA/mail/pickup) that a
/// clerk can open in any mail program. Sender address: <c>Mail:From</c>. SMS would be one more implementation here.
/// </summary>
public sealed class ApplicantMailTransport(IConfiguration configuration, GongkaiOptions options)
{
    public string? SmtpHost => configuration["Mail:SmtpHost"] is { Length: > 0 } host ? host : null;

    public string PickupDirectory => configuration["Mail:PickupDirectory"] is { Length: > 0 } dir
        ? Path.GetFullPath(dir) : options.PathIn("mail", "pickup");

    public MimeMessage Compose(ApplicantMessage message)
    {
        var from = MailboxAddress.TryParse(configuration["Mail:From"] ?? "", out var configured)
            ? configured : new MailboxAddress("政府信息公开", "gongkai@localhost");
        var mail = new MimeMessage { Subject = message.Subject, Body = new TextPart("plain") { Text = message.Body } };
        mail.From.Add(from);
        mail.To.Add(MailboxAddress.Parse(message.To));
        mail.Date = new DateTimeOffset(DateTime.SpecifyKind(message.CreatedAt, DateTimeKind.Utc)).ToOffset(ChinaTime.Offset);
        mail.MessageId = $"gongkai-{message.Id}-{message.RequestNumber}@{from.Domain}";
        return mail;
    }

    public async Task SendAsync(MimeMessage mail, ApplicantMessage message, CancellationToken cancellationToken)
    {
        if (SmtpHost is not { } host)
        {
            Directory.CreateDirectory(PickupDirectory);
            var file = Path.Combine(PickupDirectory, $"{message.CreatedAt:yyyyMMddHHmmss}-{message.RequestNumber}-{message.Id}.eml");
            await mail.WriteToAsync(file, cancellationToken);
            return;
        }
        using var smtp = new SmtpClient { Timeout = 30_000 };
        var security = configuration["Mail:Security"]?.ToLowerInvariant() switch
        {
            "none" => SecureSocketOptions.None,
            "ssl" => SecureSocketOptions.SslOnConnect,
            "starttls" => SecureSocketOptions.StartTls,
            _ => SecureSocketOptions.Auto,
        };
        await smtp.ConnectAsync(host, configuration.GetValue("Mail:SmtpPort", 25), security, cancellationToken);
        if (configuration["Mail:UserName"] is { Length: > 0 } user)
        {
            await smtp.AuthenticateAsync(user, configuration["Mail:Password"] ?? "", cancellationToken);
        }
        await smtp.SendAsync(mail, cancellationToken);
        await smtp.DisconnectAsync(true, cancellationToken);
    }
}
