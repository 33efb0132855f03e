using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using SocialWatch.Worker.Hosting;
using SocialWatch.Worker.Startup;

namespace SocialWatch.Tests.Support;

/// <summary>The real service started on a random loopback port, with an HTTP client pointed at it.</summary>
public sealed class RunningService : IAsyncDisposable
{
    private RunningService(WebApplication app, Uri address)
    {
        App = app;
        Http = new HttpClient { BaseAddress = address };
    }

    public WebApplication App { get; }

    public HttpClient Http { get; }

    public static async Task<RunningService> StartAsync(TestHome home)
    {
        var app = SocialWatchHost.Build(home.Home, home.Overrides);
        await app.Services.GetRequiredService<StartupTasks>().RunAsync(CancellationToken.None);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new RunningService(app, new Uri(address));
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await App.DisposeAsync();
    }
}
