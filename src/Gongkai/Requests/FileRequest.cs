using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Gongkai.Accounts;
using Gongkai.Calendar;
using Gongkai.Data;
using Gongkai.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Requests;

/// <summary>Registers a request: from the portal (anonymous, received now) or entered by a request officer (past receipt allowed).</summary>
public sealed class FileRequest(AppDbContext db, TimeProvider time, CalendarService calendars, UnitAccess access)
{
    public static readonly TimeSpan DoubleSubmitWindow = TimeSpan.FromMinutes(10);
    private const string QueryAlphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    /// <summary>Returns the request and whether it was created now (false: a double submission answered with the first one).</summary>
    public async Task<(Request Request, bool Created)> FileAsync(RequestInput input, ClaimsPrincipal? staff, string? idempotencyKey)
    {
        var calendar = await calendars.GetAsync(db);
        var errors = new ValidationErrors().Require("unit", input.Unit, "受理单位");
        var unitId = string.IsNullOrWhiteSpace(input.Unit) ? null
            : await db.Units.Where(u => u.Code == input.Unit).Select(u => (int?)u.Id).SingleOrDefaultAsync();
        if (unitId is null && !string.IsNullOrWhiteSpace(input.Unit))
        {
            errors.Add("unit", $"受理单位“{input.Unit}”不存在");
        }
        var channel = staff is null ? RequestChannel.Online
            : RequestInput.ParseEnum<RequestChannel>(input.Channel, "channel", "申请方式", errors) ?? RequestChannel.Letter;
        var receivedAt = staff is null ? time.GetUtcNow().UtcDateTime : ChinaTime.ParsePast(input.ReceivedAt, "receivedAt", "收到申请时间", time, errors);
        var applicantType = input.ValidateApplicant(errors);
        var delivery = input.ValidateDelivery(errors);
        errors.MaxLength("idempotencyKey", idempotencyKey, 100, "Idempotency-Key");
        errors.ThrowIfAny();
        if (staff is not null)
        {
            await access.EnsureAsync(staff, unitId!.Value, Roles.RequestOfficer);
        }
        var a = input.Applicant!;
        var hash = ContentHash(input);
        if (await FindDuplicateAsync(idempotencyKey, hash) is { } existing)
        {
            return (existing, false);
        }
        var receivedOn = ChinaTime.DayOf(receivedAt);
        var request = new Request
        {
            Number = await NextNumberAsync(receivedOn.Year),
            QueryCode = RandomNumberGenerator.GetString(QueryAlphabet, 12),
            UnitId = unitId!.Value, Channel = channel, ReceivedAt = receivedAt, ReceivedOn = receivedOn,
            ApplicantType = applicantType, ApplicantName = a.Name!.Trim(),
            IdType = applicantType == ApplicantType.Natural ? RequestInput.ParseEnum<IdType>(a.IdType, "", "", new ValidationErrors()) : null,
            IdNumber = Trim(a.IdNumber)?.ToUpperInvariant(), Organization = Trim(a.Organization), CreditCode = Trim(a.CreditCode)?.ToUpperInvariant(),
            Phone = Trim(a.Phone), Email = Trim(a.Email), Address = Trim(a.Address),
            Subject = input.Subject!.Trim(), Description = Trim(input.Description), Delivery = delivery,
            IdempotencyKey = Trim(idempotencyKey), ContentHash = hash, CreatedAt = time.GetUtcNow().UtcDateTime,
            PossibleRepeatOf = await FindRepeatAsync(unitId.Value, a, input.Subject!),
        };
        request.Follow(RequestClock.Start(receivedOn, calendar));
        db.Requests.Add(request);
        db.RecordAction("file", nameof(Request), request.Number, new { channel, receivedOn, staff = staff is not null });
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await db.SaveChangesAsync();
                return (request, true);
            }
            catch (DbUpdateException) when (attempt < 5)
            {
                if (request.IdempotencyKey is not null
                    && await db.Requests.AsNoTracking().SingleOrDefaultAsync(r => r.IdempotencyKey == request.IdempotencyKey) is { } winner)
                {
                    // Two submissions with the same key raced: the other one won; answer with it.
                    db.ChangeTracker.Clear();
                    return (winner, false);
                }
                // Another request took the same number at the same moment: take the next one.
                request.Number = await NextNumberAsync(receivedOn.Year);
            }
        }
    }

    private async Task<Request?> FindDuplicateAsync(string? key, string hash)
    {
        if (!string.IsNullOrWhiteSpace(key))
        {
            return await db.Requests.AsNoTracking().SingleOrDefaultAsync(r => r.IdempotencyKey == key.Trim());
        }
        var since = time.GetUtcNow().UtcDateTime - DoubleSubmitWindow;
        return await db.Requests.AsNoTracking().Where(r => r.ContentHash == hash && r.CreatedAt >= since)
            .OrderBy(r => r.Id).FirstOrDefaultAsync();
    }

    private async Task<string> NextNumberAsync(int year)
    {
        var prefix = $"YSQ-{year}-";
        var last = await db.Requests.Where(r => r.Number.StartsWith(prefix)).OrderByDescending(r => r.Number)
            .Select(r => r.Number).FirstOrDefaultAsync();
        var next = last is null ? 1 : int.Parse(last[prefix.Length..]) + 1;
        return $"{prefix}{next:D6}";
    }

    private async Task<string?> FindRepeatAsync(int unitId, ApplicantInput a, string subject)
    {
        var idNumber = Trim(a.IdNumber)?.ToUpperInvariant();
        var phone = Trim(a.Phone);
        var earlier = await db.Requests.AsNoTracking().Where(r => r.UnitId == unitId
                && ((idNumber != null && r.IdNumber == idNumber) || (phone != null && r.Phone == phone)))
            .OrderBy(r => r.Id)
            .Select(r => new RepeatDetector.Candidate(r.Number, r.IdNumber, r.ApplicantName, r.Phone, r.Subject)).ToListAsync();
        return RepeatDetector.FindRepeat(idNumber, a.Name!.Trim(), phone, subject.Trim(), earlier);
    }

    private static string? Trim(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private static string ContentHash(RequestInput i)
    {
        var a = i.Applicant!;
        var text = string.Join('\u001f', i.Unit, a.Type, a.Name, a.IdNumber, a.Organization, a.Phone, a.Email, i.Subject, i.Description, i.ReceivedAt);
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}
