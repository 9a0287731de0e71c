namespace Gongkai.Infrastructure;

/// <summary>A failure the user can fix or must be told about; mapped to problem details by <see cref="ProblemMapper"/>.</summary>
public abstract class DomainException(string message) : Exception(message);

public sealed class NotFoundException(string message) : DomainException(message);

/// <summary>The request conflicts with the current state (a workflow step out of order, a duplicate code): 409.</summary>
public sealed class ConflictException(string message) : DomainException(message);

/// <summary>The caller's copy is stale (If-Match did not match): 412.</summary>
public sealed class PreconditionFailedException(string message) : DomainException(message);

public sealed class ForbiddenException(string message) : DomainException(message);

/// <summary>Input that fails validation: 400 with an <c>errors</c> map keyed by field (camelCase).</summary>
public sealed class ValidationException(IReadOnlyDictionary<string, string[]> errors)
    : DomainException(string.Join("；", errors.SelectMany(e => e.Value)))
{
    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors;

    public static ValidationException For(string field, string message) =>
        new(new Dictionary<string, string[]> { [field] = [message] });
}
