using Microsoft.Extensions.Options;
using SocialWatch.Sources.Connectors;
using SocialWatch.Domain;
using SocialWatch.Sources.Bluesky;
using SocialWatch.Sources.Mastodon;
using SocialWatch.Sources.X;
using SocialWatch.Worker.Jobs;
using SocialWatch.Worker.Options;

namespace SocialWatch.Worker.Hosting;

/// <summary>Platform connectors built from the <c>Sources</c> section, their HTTP client and the poller.</summary>
public static class SourcesRegistration
{
    /// <summary>Registers the connectors.</summary>
    public static IServiceCollection AddSources(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddConnectorHttpClient("mastodon", new ConnectorHttpSettings());
        services.AddConnectorHttpClient("x", new ConnectorHttpSettings());
        services.AddConnectorHttpClient("bluesky", new ConnectorHttpSettings());
        services.AddSingleton<IReadBudget>(sp => (IReadBudget)sp.GetRequiredService<IIntakeStore>());
        services.AddSingleton<SourcePoller>();
        services.AddTransient<SourcesJob>();
        // Read once to know how many connectors to register; each connector reads its validated options when built.
        var configured = configuration.GetSection(SourcesOptions.Section).Get<SourcesOptions>() ?? new SourcesOptions();
        services.AddSingleton(Schedule(configured));
        var accounts = configured.Mastodon;
        for (var i = 0; i < accounts.Count; i++)
        {
            var index = i;
            services.AddTransient<ISourceConnector>(sp =>
            {
                var a = sp.GetRequiredService<IOptions<SourcesOptions>>().Value.Mastodon[index];
                return new MastodonConnector(
                    sp.GetRequiredService<IHttpClientFactory>().CreateClient("mastodon"),
                    new MastodonAccount(new Uri(a.BaseUrl), a.Acct, Environment.GetEnvironmentVariable(a.TokenVariable) ?? string.Empty),
                    sp.GetRequiredService<TimeProvider>());
            });
        }

        var blueskyAccounts = configured.Bluesky;
        for (var i = 0; i < blueskyAccounts.Count; i++)
        {
            var index = i;
            // One instance per account for the life of the service, so its session (tokens in memory) is reused.
            services.AddSingleton<ISourceConnector>(sp =>
            {
                var a = sp.GetRequiredService<IOptions<SourcesOptions>>().Value.Bluesky[index];
                return new BlueskyConnector(
                    sp.GetRequiredService<IHttpClientFactory>().CreateClient("bluesky"),
                    new BlueskyAccount(new Uri(a.Service), a.Handle, Environment.GetEnvironmentVariable(a.PasswordVariable) ?? string.Empty),
                    sp.GetRequiredService<TimeProvider>());
            });
        }

        var xAccounts = configured.X;
        for (var i = 0; i < xAccounts.Count; i++)
        {
            var index = i;
            services.AddTransient<ISourceConnector>(sp =>
            {
                var options = sp.GetRequiredService<IOptions<SourcesOptions>>().Value;
                var a = options.X[index];
                return new XConnector(
                    sp.GetRequiredService<IHttpClientFactory>().CreateClient("x"),
                    new XAccount(new Uri(options.XBaseUrl), a.UserId, a.Username, Environment.GetEnvironmentVariable(a.TokenVariable) ?? string.Empty, a.MonthlyReadBudget),
                    sp.GetRequiredService<IReadBudget>(),
                    sp.GetRequiredService<TimeProvider>());
            });
        }

        return services;
    }

    /// <summary>Each source's poll interval: its own <c>PollSeconds</c>, else <c>Sources:PollSeconds</c>.</summary>
    public static SourceSchedule Schedule(SourcesOptions options)
    {
        var intervals = new Dictionary<string, TimeSpan>(StringComparer.Ordinal);
        foreach (var a in options.Mastodon.Where(a => a.PollSeconds is not null))
        {
            intervals[$"mastodon:{a.Acct}"] = TimeSpan.FromSeconds(Math.Max(10, a.PollSeconds!.Value));
        }

        foreach (var a in options.Bluesky.Where(a => a.PollSeconds is not null))
        {
            intervals[$"bluesky:{a.Handle}"] = TimeSpan.FromSeconds(Math.Max(10, a.PollSeconds!.Value));
        }

        foreach (var a in options.X.Where(a => a.PollSeconds is not null))
        {
            intervals[$"x:{a.Username}"] = TimeSpan.FromSeconds(Math.Max(10, a.PollSeconds!.Value));
        }

        return new SourceSchedule(TimeSpan.FromSeconds(Math.Max(10, options.PollSeconds)), intervals);
    }
}
