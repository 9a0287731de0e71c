using Microsoft.AspNetCore.Mvc.ApplicationParts;

namespace Gongkai.Requests;

/// <summary>
/// Makes sure the pages compiled into this assembly are found when the entry assembly is another one
/// (the integration tests' host): MVC only scans the entry assembly by default. Idempotent.
/// TODO(lead): belongs in Infrastructure (or set WebApplicationOptions.ApplicationName); here until merged.
/// </summary>
internal static class PagesAssemblyPart
{
    public static void Ensure(ApplicationPartManager manager)
    {
        var assembly = typeof(PagesAssemblyPart).Assembly;
        if (manager.ApplicationParts.Any(p => p is AssemblyPart a && a.Assembly == assembly))
        {
            return;
        }
        foreach (var part in ApplicationPartFactory.GetApplicationPartFactory(assembly).GetApplicationParts(assembly))
        {
            manager.ApplicationParts.Add(part);
        }
    }
}
