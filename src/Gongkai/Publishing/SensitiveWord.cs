namespace Gongkai.Publishing;

/// <summary>An entry of the editable sensitive-word list (敏感词) the confidentiality scan looks for.</summary>
public sealed class SensitiveWord
{
    public int Id { get; private set; }
    public required string Word { get; init; }
    public string? Note { get; set; }
}
