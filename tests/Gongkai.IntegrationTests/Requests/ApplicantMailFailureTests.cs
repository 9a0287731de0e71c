using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using Gongkai.IntegrationTests.Infrastructure;
using Gongkai.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Gongkai.IntegrationTests.Requests.RequestClient;

namespace Gongkai.IntegrationTests.Requests;

/// <summary>An SMTP server that refuses connections: the officer's step still succeeds, the e-mail waits and is retried.</summary>
public sealed class ApplicantMailFailureTests(ApplicantMailFailureTests.DeadSmtpApp app) : IClassFixture<ApplicantMailFailureTests.DeadSmtpApp>
{
    public sealed class DeadSmtpApp : TestApp
    {
        protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
        {
            ["Mail:SmtpHost"] = "127.0.0.1", ["Mail:SmtpPort"] = ClosedPort().ToString(), ["Mail:Security"] = "none",
        };

        /// <summary>A port nobody listens on: bound for a moment, then released.</summary>
        private static int ClosedPort()
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }
    }

    [Fact]
    public async Task A_failed_send_does_not_break_the_step_and_is_retried_later()
    {
        var officer = await app.LoginAsync("officer");
        var response = await officer.PostAsJsonAsync("/api/v1/requests", new
        {
            unit = "230124", channel = "letter", receivedAt = "2024-10-08",
            applicant = new { type = "natural", name = "王五", idType = "residentId", idNumber = ValidId, email = "wang.wu@example.cn" },
            subject = "2024年农机购置补贴名单", delivery = "email",
        });
        var filed = await HttpAssert.OkAsync<Filed>(response, HttpStatusCode.Created);
        var accepted = await ActAsync(officer, filed.Number, new { type = "accept", at = "2024-10-08" });
        Assert.Equal("accepted", accepted.GetProperty("status").GetString());

        var sender = app.App.Services.GetRequiredService<ApplicantMailSender>();
        Assert.Equal(0, await sender.DrainAsync());
        var row = await app.WithDbAsync(db => db.ApplicantMessages.AsNoTracking().SingleAsync(m => m.RequestNumber == filed.Number));
        Assert.Null(row.SentAt);
        Assert.Null(row.GaveUpAt);
        Assert.True(row.Attempts >= 1);
        Assert.False(string.IsNullOrEmpty(row.LastError));
        Assert.True(row.NextAttemptAt > app.Clock.GetUtcNow().UtcDateTime);
        Assert.False(Directory.Exists(Path.Combine(app.DataDirectory, "mail", "pickup")));

        app.Clock.Advance(TimeSpan.FromMinutes(5));
        await sender.DrainAsync();
        var retried = await app.WithDbAsync(db => db.ApplicantMessages.AsNoTracking().SingleAsync(m => m.RequestNumber == filed.Number));
        Assert.True(retried.Attempts > row.Attempts);
        Assert.Null(retried.SentAt);
    }
}
