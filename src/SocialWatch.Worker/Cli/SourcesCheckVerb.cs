using SocialWatch.Sources.Connectors;
using SocialWatch.Worker.Hosting;

namespace SocialWatch.Worker.Cli;

/// <summary><c>sources check</c>: tests every configured source's credentials and reachability and says what is wrong.</summary>
public static class SourcesCheckVerb
{
    /// <summary>Runs the verb; exit 1 when any source fails.</summary>
    public static Task<int> RunAsync(AppHome home, IEnumerable<KeyValuePair<string, string?>>? overrides, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken) =>
        FatalErrors.GuardAsync(stderr, async () =>
        {
            await using var host = ToolHost.Create(home, overrides);
            var connectors = host.Services.GetServices<ISourceConnector>().ToList();
            if (connectors.Count == 0)
            {
                await stdout.WriteLineAsync("No platform sources are configured (Sources:Mastodon, Sources:X). The file drop and webhook need no check.");
                return ExitCodes.Ok;
            }

            var failed = 0;
            foreach (var connector in connectors)
            {
                var check = await connector.CheckAsync(cancellationToken);
                await stdout.WriteLineAsync($"{connector.Name}: {(check.Ok ? "OK" : "FAILED")}: {check.Message}");
                failed += check.Ok ? 0 : 1;
            }

            return failed == 0 ? ExitCodes.Ok : ExitCodes.Failure;
        });
}
