using Microsoft.Extensions.Options;
using Quartz;
using SocialWatch.Register.Retention;
using SocialWatch.Worker.Options;

namespace SocialWatch.Worker.Jobs;

/// <summary>Purges the content of unflagged posts older than the retention period.</summary>
[DisallowConcurrentExecution]
public sealed class RetentionJob(RetentionRepository retention, IOptions<RetentionOptions> options, ILogger<RetentionJob> logger) : IJob
{
    /// <inheritdoc />
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        try
        {
            var purged = await retention.PurgeUnflaggedAsync(options.Value.UnflaggedDays, cancellationToken);
            logger.LogInformation("Retention: purged {Purged} unflagged posts older than {Days} days", purged, options.Value.UnflaggedDays);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Retention purge failed");
        }
    }
}
