namespace Gongkai.Admin;

/// <summary>One labelled input of a back-office form; <c>_Field</c> renders it with its errors beside it.</summary>
public sealed record FormField(string Name, string Label, string? Value, string Type = "text", bool Required = false, string? Hint = null)
{
    public string Id => Name.Replace('.', '_');
}
