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
        var retention = configuration.GetSection(RetentionOptions.Section).Get<RetentionOptions>() ?? new RetentionOptions();
        services.AddQuartz(q =>
        {
            q.ScheduleJob<InboxJob>(t => t
                .WithIdentity("inbox")
                .StartNow()
                .WithSimpleSchedule(s => s.WithInterval(TimeSpan.FromSeconds(Math.Max(1, intake.PollSeconds))).RepeatForever()));
            if (CronCheck.IsValid(retention.Cron))
            {
                q.ScheduleJob<RetentionJob>(t => t.WithIdentity("retention").WithCronSchedule(retention.Cron));
            }
        });
        services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        return services;
    }
}
