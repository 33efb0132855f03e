using Quartz;
using SocialWatch.Worker.Options;

namespace SocialWatch.Worker.Jobs;

/// <summary>The Quartz scheduler and its jobs (in-memory store).</summary>
public static class JobsRegistration
{
    /// <summary>Registers Quartz with the inbox and retention jobs.</summary>
    public static IServiceCollection AddJobs(this IServiceCollection services, IConfiguration configuration)
    {
        var intake = configuration.GetSection(IntakeOptions.Section).Get<IntakeOptions>() ?? new IntakeOptions();
        var sources = configuration.GetSection(SourcesOptions.Section).Get<SourcesOptions>() ?? new SourcesOptions();
        var retention = configuration.GetSection(RetentionOptions.Section).Get<RetentionOptions>() ?? new RetentionOptions();
        services.AddQuartz(q =>
        {
            q.ScheduleJob<InboxJob>(t => t
                .WithIdentity("inbox")
                .StartNow()
                .WithSimpleSchedule(s => s.WithInterval(TimeSpan.FromSeconds(Math.Max(1, intake.PollSeconds))).RepeatForever()));
            // The first poll waits half a minute (or the interval, when shorter), so a restart loop cannot hammer the platforms.
            q.ScheduleJob<SourcesJob>(t => t
                .WithIdentity("sources")
                .StartAt(DateTimeOffset.UtcNow.AddSeconds(Math.Min(30, Math.Max(10, sources.PollSeconds))))
                .WithSimpleSchedule(s => s.WithInterval(Hosting.SourcesRegistration.Schedule(sources).Shortest).RepeatForever()));
            if (CronCheck.IsValid(retention.Cron))
            {
                q.ScheduleJob<RetentionJob>(t => t.WithIdentity("retention").WithCronSchedule(retention.Cron));
            }
        });
        services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        return services;
    }
}
