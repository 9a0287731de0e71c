namespace Gongkai.Appeals;

/// <summary>What the annual report needs to know about one administrative review or lawsuit (行政复议、行政诉讼).</summary>
public sealed record AppealFact(string UnitCode, string Kind, DateOnly FiledOn, DateOnly? ClosedOn, string Result);
