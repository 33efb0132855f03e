using Microsoft.Extensions.DependencyInjection.Extensions;
using Serilog;
using SocialWatch.Worker.Startup;

namespace SocialWatch.Worker.Hosting;

/// <summary>Everything both the service and the command-line verbs need.</summary>
public static class CoreRegistration
{
    /// <summary>Registers time, logging, options, register, classifier and intake.</summary>
    public static IServiceCollection AddSocialWatchCore(this IServiceCollection services, IConfiguration configuration, AppHome home)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSerilog((_, logger) => logger.ReadFrom.Configuration(configuration));
        services.AddSocialWatchOptions(home);
        services.AddRegister();
        services.AddClassifier();
        services.AddIntake();
        services.AddSources(configuration);
        services.AddSingleton<StartupTasks>();
        return services;
    }
}
