namespace Gongkai.Supervision;

/// <summary>The model of the rating partial: an item, or a request number (the citizen types the query code).</summary>
public sealed record RatingFormView(long? ItemId, string? RequestNumber);
