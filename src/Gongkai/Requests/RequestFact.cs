namespace Gongkai.Requests;

/// <summary>What the annual report needs to know about one disclosure request (依申请公开), nothing more.</summary>
public sealed record RequestFact(string UnitCode, string ApplicantType, DateOnly ReceivedOn, DateOnly? ClosedOn, string? Outcome);
