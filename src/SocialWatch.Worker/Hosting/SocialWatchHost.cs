using SocialWatch.Worker.Endpoints;
using SocialWatch.Worker.Jobs;

namespace SocialWatch.Worker.Hosting;

/// <summary>Builds the service: Kestrel with the health and posts endpoints, plus the Quartz scheduler.</summary>
public static class SocialWatchHost
{
    /// <summary>Default address; the container sets <c>SOCIALWATCH__Server__Urls=http://0.0.0.0:8080</c>.</summary>
    public const string DefaultUrls = "http://127.0.0.1:8080";

    /// <summary>Builds the web application (not started).</summary>
    public static WebApplication Build(AppHome home, IEnumerable<KeyValuePair<string, string?>>? overrides = null, Action<IServiceCollection>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = home.Root });
        SocialWatchConfiguration.Apply(builder.Configuration, home, overrides);
        builder.WebHost.UseUrls(builder.Configuration["Server:Urls"] ?? DefaultUrls);
        builder.Services.AddSocialWatchCore(builder.Configuration, home);
        builder.Services.AddJobs(builder.Configuration);
        configure?.Invoke(builder.Services);

        var app = builder.Build();
        app.MapHealth();
        app.MapPosts();
        app.MapIntake();
        return app;
    }

    /// <summary>Builds a host without web server or scheduler, for the command-line verbs.</summary>
    public static IHost BuildTool(AppHome home, IEnumerable<KeyValuePair<string, string?>>? overrides = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = home.Root, DisableDefaults = true });
        SocialWatchConfiguration.Apply(builder.Configuration, home, overrides);
        builder.Services.AddSocialWatchCore(builder.Configuration, home);
        return builder.Build();
    }
}
