using Quartz;
using SocialWatch.Register.Sources;
using SocialWatch.Sources.FileDrop;

namespace SocialWatch.Worker.Jobs;

/// <summary>Imports settled files from the inbox. Catches and logs everything: a bad file never stops the scheduler.</summary>
[DisallowConcurrentExecution]
public sealed class InboxJob(InboxScanner scanner, SourceStateRepository states, ILogger<InboxJob> logger) : IJob
{
    /// <inheritdoc />
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        try
        {
            foreach (var report in await scanner.ScanAsync(cancellationToken))
            {
                logger.LogInformation(
                    "Imported {File}: {Lines} lines, {Inserted} new, {Duplicates} already known, {Untargeted} not aimed at an official, {BadLines} bad, {Alerts} threat alerts",
                    Path.GetFileName(report.File), report.Lines, report.Inserted, report.Duplicates, report.Untargeted, report.BadLines, report.Alerts);
                if (report.ErrorsFile is not null)
                {
                    logger.LogWarning("Bad lines of {File} kept in {ErrorsFile}", Path.GetFileName(report.File), report.ErrorsFile);
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            logger.LogInformation("Inbox scan stopped by shutdown; the unfinished file stays in the inbox and is resumed next start");
        }
        catch (Exception e)
        {
            logger.LogError(e, "Inbox scan of {Inbox} failed", scanner.Inbox);
            await states.RecordErrorAsync("file", e.Message, CancellationToken.None);
        }
    }
}
