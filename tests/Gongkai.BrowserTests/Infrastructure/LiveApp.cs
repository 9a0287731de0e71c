using Gongkai.Data;
using Gongkai.Demo;
using Gongkai.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Gongkai.BrowserTests.Infrastructure;

/// <summary>
/// The real app on Kestrel (a free port on 127.0.0.1), composed as <c>gongkai serve</c> composes it, with the demo
/// county in its own data folder, and Debian's Chromium driven by Playwright. Chromium missing is a failure, never a skip.
/// </summary>
public sealed class LiveApp : IAsyncLifetime
{
    public const string Password = "Browser-2026-pass";
    private static readonly string[] ChromiumArgs =
        ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"];

    private WebApplication? app;
    private IPlaywright? playwright;

    public string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), "gongkai-browser-tests", Guid.NewGuid().ToString("N"));
    public string Url { get; private set; } = "";
    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var chromium = FindChromium() ?? throw new InvalidOperationException(
            "Chromium was not found (looked for `chromium` on PATH and /usr/bin/chromium). The browser tests need Debian's " +
            "Chromium: run `bash scripts/services` as root (apt-get install chromium fonts-noto-cjk). Never `playwright install`.");
        var builder = GongkaiHost.CreateBuilder(new Dictionary<string, string?>
        {
            ["Data"] = DataDirectory,
            ["Db"] = "sqlite",
            ["Urls"] = "http://127.0.0.1:0",
            ["RateLimits:PublicFormsPerMinute"] = "1000",
        });
        app = GongkaiHost.Build(builder);
        await DataSetup.MigrateAsync(app.Services);
        await DemoSeeder.SeedAsync(app.Services, Password);
        await app.StartAsync();
        await app.Services.GetRequiredService<Gongkai.Search.SearchSync>().StartupReconciled;
        Url = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }
        playwright?.Dispose();
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // Left for the temp cleaner; nothing reads it again.
        }
    }

    /// <summary>A fresh browser context (own cookies) at a desktop size, addressed relative to the app.</summary>
    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Url,
            ViewportSize = new ViewportSize { Width = 1280, Height = 800 },
            Locale = "zh-CN",
        });
        return await context.NewPageAsync();
    }

    public async Task<IPage> LoginAsync(string userName)
    {
        var page = await NewPageAsync();
        await page.GotoAsync("/admin/login");
        await page.GetByLabel("用户名").FillAsync(userName);
        await page.GetByLabel("密码").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await page.WaitForURLAsync(Url + "/admin");
        return page;
    }

    /// <summary>The repository's root (where Gongkai.slnx is), for screenshots that the README shows.</summary>
    public static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Gongkai.slnx")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? throw new InvalidOperationException("Gongkai.slnx not found above " + AppContext.BaseDirectory);
    }

    private static string? FindChromium()
    {
        var path = Environment.GetEnvironmentVariable("PATH")?.Split(':') ?? [];
        return path.Select(p => Path.Combine(p, "chromium")).Append("/usr/bin/chromium").FirstOrDefault(File.Exists);
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<LiveApp>
{
    public const string Name = "browser";
}
