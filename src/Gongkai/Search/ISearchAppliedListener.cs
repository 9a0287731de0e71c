namespace Gongkai.Search;

/// <summary>
/// Told by <see cref="SearchSync"/> which documents it has just applied to this node's index (after their change was
/// committed): the place for per-node follow-ups such as evicting cached pages. Resolved from a scope, any number.
/// </summary>
public interface ISearchAppliedListener
{
    Task AppliedAsync(IReadOnlyCollection<long> ids, CancellationToken cancellationToken);

    /// <summary>Units whose own pages changed (<see cref="SearchOutbox.EnqueueUnitPages"/>), seen by every node.</summary>
    Task UnitPagesChangedAsync(IReadOnlyCollection<int> unitIds, CancellationToken cancellationToken) => Task.CompletedTask;
}
