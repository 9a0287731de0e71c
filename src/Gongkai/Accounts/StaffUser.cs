using Microsoft.AspNetCore.Identity;

namespace Gongkai.Accounts;

/// <summary>A member of staff. Roles come from Identity; the units they act for from <see cref="StaffUnit"/>.</summary>
public sealed class StaffUser : IdentityUser
{
    public string? DisplayName { get; set; }
    public List<StaffUnit> Units { get; } = [];
}

/// <summary>A unit a member of staff may act for; the scope covers the unit's whole subtree.</summary>
public sealed class StaffUnit
{
    public required string UserId { get; init; }
    public int UnitId { get; init; }
}
