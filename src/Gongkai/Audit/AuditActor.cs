using System.Security.Claims;

namespace Gongkai.Audit;

/// <summary>Who is acting in this scope: the signed-in member of staff, or the system (CLI, jobs).</summary>
public sealed class AuditActor
{
    public string Name { get; set; } = "system";
    public string? UnitCode { get; set; }

    public static AuditActor From(ClaimsPrincipal? user) =>
        user?.Identity?.IsAuthenticated == true
            ? new AuditActor { Name = user.Identity.Name ?? "unknown", UnitCode = user.FindFirstValue(GongkaiClaims.UnitCode) }
            : new AuditActor();
}

public static class GongkaiClaims
{
    public const string UnitCode = "gongkai:unit";
}
