using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Gongkai.IntegrationTests.Infrastructure;

namespace Gongkai.IntegrationTests.Requests;

/// <summary>Shortcuts for the request API used by several test classes.</summary>
internal static class RequestClient
{
    public const string ValidId = "11010519491231002X";

    public static object Body(string? receivedAt = null, string unit = "230124", string idNumber = ValidId, string subject = "2024年县级财政预算执行情况",
        string channel = "letter", string name = "张三", string phone = "13800000000") => new
    {
        unit, channel, receivedAt,
        applicant = new { type = "natural", name, idType = "residentId", idNumber, phone, address = "黑龙江省方正县" },
        subject, description = "请提供电子版", delivery = "email",
    };

    public static async Task<Filed> FileAsync(HttpClient staff, string receivedAt, string subject = "2024年县级财政预算执行情况", string unit = "230124")
    {
        var response = await staff.PostAsJsonAsync("/api/v1/requests", Body(receivedAt, unit, subject: subject + Guid.NewGuid().ToString("N")[..4],
            name: "申请人" + Guid.NewGuid().ToString("N")[..4], phone: "139" + Random.Shared.Next(10000000, 99999999)));
        return await HttpAssert.OkAsync<Filed>(response, HttpStatusCode.Created);
    }

    public static async Task<JsonElement> ActAsync(HttpClient staff, string number, object action)
    {
        var response = await staff.PostAsJsonAsync($"/api/v1/requests/{number}/actions", action);
        return await HttpAssert.OkAsync<JsonElement>(response);
    }

    public static string Due(this JsonElement view) => view.GetProperty("dueDate").GetString()!;

    public sealed record Filed(string Number, string QueryCode, DateTimeOffset ReceivedAt, string? DueDate, string Status);
}
