namespace Gongkai.Catalog;

/// <summary>What the annual report needs to know about one published item; the first channel is its primary one.</summary>
public sealed record DocumentFact(string UnitCode, string Kind, DateOnly? PublishedOn, DateOnly? RepealedOn, IReadOnlyList<string> Channels);
