using System.Net;
using Quartz;
using SocialWatch.Register.Sources;
using SocialWatch.Sources.Connectors;

namespace SocialWatch.Worker.Jobs;

/// <summary>
/// Polls every configured connector. One failing source never stops the others; a source that asked to wait is
/// skipped until its back-off ends; every outcome lands in <c>source_state</c> (and so in <c>/health</c>) and the log.
/// </summary>
[DisallowConcurrentExecution]
public sealed class SourcesJob(
    IEnumerable<ISourceConnector> connectors, SourcePoller poller, SourceStateRepository states, SourceSchedule schedule, TimeProvider time, ILogger<SourcesJob> logger) : IJob
{
    /// <summary>Rest after an outage that survived the retries.</summary>
    public static readonly TimeSpan OutageBackoff = TimeSpan.FromMinutes(5);

    /// <inheritdoc />
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) => await RunAsync(cancellationToken, force: false);

    /// <summary>One round over the sources that are due (<paramref name="force"/>: all of them).</summary>
    public async Task RunAsync(CancellationToken cancellationToken, bool force = true)
    {
        var known = (await states.ListAsync(cancellationToken)).ToDictionary(s => s.Source, StringComparer.Ordinal);
        foreach (var connector in connectors)
        {
            if (known.TryGetValue(connector.Name, out var state) && state.BackoffUntil > time.GetUtcNow().UtcDateTime)
            {
                logger.LogInformation("Source {Source} backing off until {Until:o}", connector.Name, state.BackoffUntil);
                continue;
            }

            if (!force && !schedule.IsDue(connector.Name, state?.LastRunAt, time.GetUtcNow().UtcDateTime))
            {
                continue;
            }

            try
            {
                var (result, problem, quarantined) = await poller.PollCountingAsync(connector, cancellationToken);
                logger.LogInformation("Source {Source}: {Inserted} new, {Duplicates} known, {Untargeted} not aimed at an official, {Alerts} threat alerts",
                    connector.Name, result.Inserted, result.Duplicates, result.Untargeted, result.Alerts);
                if (quarantined > 0)
                {
                    logger.LogWarning("Source {Source}: {Quarantined} unusable items kept in the quarantine table", connector.Name, quarantined);
                }

                if (problem is not null)
                {
                    logger.LogWarning("Source {Source} delivered an unusable page, kept in quarantine: {Problem}", connector.Name, problem);
                    await states.RecordErrorAsync(connector.Name, problem, CancellationToken.None);
                }
            }
            catch (SourceBackoffException e)
            {
                logger.LogWarning("Source {Source} rate limited; backing off until {Until:o}", connector.Name, e.Until);
                await states.RecordErrorAsync(connector.Name, e.Message, CancellationToken.None, e.Until.UtcDateTime);
            }
            catch (Exception e) when (ConnectorHttp.IsOutage(e))
            {
                var until = time.GetUtcNow().UtcDateTime + OutageBackoff;
                logger.LogWarning("Source {Source} unreachable ({Error}); backing off until {Until:o}", connector.Name, e.Message, until);
                await states.RecordErrorAsync(connector.Name, $"unreachable: {e.Message}", CancellationToken.None, until);
            }
            catch (HttpRequestException e) when (e.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
            {
                logger.LogError("Source {Source}: credentials refused ({Status}); run 'sources check'", connector.Name, (int)e.StatusCode!);
                await states.RecordErrorAsync(connector.Name, $"credentials refused (HTTP {(int)e.StatusCode!}); run 'sources check'", CancellationToken.None);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                logger.LogError(e, "Source {Source} failed", connector.Name);
                await states.RecordErrorAsync(connector.Name, e.Message, CancellationToken.None);
            }
        }
    }
}
