using Microsoft.Extensions.Options;
using SocialWatch.Worker.Options;

namespace SocialWatch.Worker.Hosting;

/// <summary>Binds and validates every options section at start.</summary>
public static class OptionsRegistration
{
    /// <summary>Registers the options sections.</summary>
    public static IServiceCollection AddSocialWatchOptions(this IServiceCollection services, AppHome home)
    {
        services.AddSingleton(home);
        services.AddSection<DatabaseOptions>(DatabaseOptions.Section, home);
        services.AddSection<ModelOptions>(ModelOptions.Section, home);
        services.AddSection<IntakeOptions>(IntakeOptions.Section, home);
        services.AddSection<RetentionOptions>(RetentionOptions.Section, home);
        services.AddSection<DemoOptions>(DemoOptions.Section, home);
        services.AddSection<WatchlistOptions>(WatchlistOptions.Section, home);
        services.AddSection<WebhookOptions>(WebhookOptions.Section, home);
        services.AddSection<SourcesOptions>(SourcesOptions.Section, home);
        return services;
    }

    private static void AddSection<T>(this IServiceCollection services, string section, AppHome home)
        where T : class
    {
        services.AddOptions<T>().BindConfiguration(section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<T>>(new SettingsValidator<T>(section, home.Settings));
    }
}
