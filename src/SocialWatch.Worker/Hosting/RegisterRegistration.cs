using Microsoft.Extensions.Options;
using SocialWatch.Domain;
using SocialWatch.Register;
using SocialWatch.Register.Intake;
using SocialWatch.Register.Migrations;
using SocialWatch.Register.Queries;
using SocialWatch.Register.Retention;
using SocialWatch.Register.Sources;
using SocialWatch.Register.Watchlist;
using SocialWatch.Worker.Options;

namespace SocialWatch.Worker.Hosting;

/// <summary>The SQLite register and its repositories.</summary>
public static class RegisterRegistration
{
    /// <summary>Registers the register.</summary>
    public static IServiceCollection AddRegister(this IServiceCollection services)
    {
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<DatabaseOptions>>().Value;
            return new SqliteConnectionFactory(sp.GetRequiredService<AppHome>().Resolve(options.Path), options.BusyTimeoutMs);
        });
        services.AddSingleton(sp => new Migrator(sp.GetRequiredService<SqliteConnectionFactory>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<IIntakeStore, SqliteIntakeStore>();
        services.AddSingleton<PostQueries>();
        services.AddSingleton<SourceStateRepository>();
        services.AddSingleton<RetentionRepository>();
        services.AddSingleton<WatchlistRepository>();
        return services;
    }
}
