namespace Gongkai.Supervision;

/// <summary>
/// The model of the rating partial: an item, or a request number (the citizen types the query code). <see cref="Cached"/>
/// for pages served from the output cache: the form then carries no token of its own (see <see cref="RatingFormToken"/>).
/// </summary>
public sealed record RatingFormView(long? ItemId, string? RequestNumber, bool Cached = false);
