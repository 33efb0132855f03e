using Microsoft.Extensions.Options;
using SocialWatch.Worker.Hosting;
using SocialWatch.Worker.Startup;

namespace SocialWatch.Worker.Cli;

/// <summary><c>run</c>: the service. Refuses to start, with a message naming the setting or file, when anything is wrong.</summary>
public static class RunVerb
{
    /// <summary>Runs until shutdown.</summary>
    public static Task<int> RunAsync(AppHome home, IEnumerable<KeyValuePair<string, string?>>? overrides, TextWriter stderr, CancellationToken cancellationToken) =>
        FatalErrors.GuardAsync(stderr, async () =>
        {
            await using var app = SocialWatchHost.Build(home, overrides);
            app.Services.GetService<IStartupValidator>()?.Validate();
            await app.Services.GetRequiredService<StartupTasks>().RunAsync(cancellationToken);
            await app.RunAsync(cancellationToken);
            return ExitCodes.Ok;
        });
}
