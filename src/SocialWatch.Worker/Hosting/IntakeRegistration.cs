using Microsoft.Extensions.Options;
using SocialWatch.Sources.FileDrop;
using SocialWatch.Sources.Intake;
using SocialWatch.Sources.Watchlist;
using SocialWatch.Sources.Webhook;
using SocialWatch.Worker.Options;

namespace SocialWatch.Worker.Hosting;

/// <summary>Watchlist, target matching, the intake pipeline and the file drop.</summary>
public static class IntakeRegistration
{
    /// <summary>Registers intake.</summary>
    public static IServiceCollection AddIntake(this IServiceCollection services)
    {
        services.AddSingleton(sp => WatchlistFile.Read(
            sp.GetRequiredService<AppHome>().Resolve(sp.GetRequiredService<IOptions<WatchlistOptions>>().Value.Path)));
        services.AddSingleton(sp => new TargetMatcher(sp.GetRequiredService<WatchlistFile>().Officials));
        services.AddSingleton<PostLineParser>();
        services.AddSingleton<IntakePipeline>();
        services.AddSingleton<JsonlFileImporter>();
        services.AddSingleton<WebhookBatchParser>();
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<WebhookOptions>>().Value;
            return new WebhookSignature(
                System.Text.Encoding.UTF8.GetBytes(options.Secret ?? string.Empty),
                TimeSpan.FromSeconds(options.MaxSkewSeconds),
                sp.GetRequiredService<TimeProvider>());
        });
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<IntakeOptions>>().Value;
            return new InboxScanner(
                sp.GetRequiredService<JsonlFileImporter>(),
                sp.GetRequiredService<TimeProvider>(),
                sp.GetRequiredService<AppHome>().Resolve(options.Inbox),
                TimeSpan.FromSeconds(options.SettleSeconds));
        });
        return services;
    }
}
