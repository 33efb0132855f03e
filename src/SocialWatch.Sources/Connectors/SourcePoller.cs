using SocialWatch.Domain;
using SocialWatch.Sources.Intake;

namespace SocialWatch.Sources.Connectors;

/// <summary>
/// Pulls pages from a connector and commits each page with its classification and new cursor in one transaction.
/// A crash between fetch and commit repeats the page; a repeated page inserts nothing twice.
/// </summary>
public sealed class SourcePoller(IntakePipeline pipeline, IIntakeStore store)
{
    /// <summary>Pages read at most per run, so one busy source cannot hold the scheduler.</summary>
    public const int MaxPagesPerRun = 20;

    /// <summary>Polls until the source has nothing more (or the page cap), returning totals and the last page problem.</summary>
    public async Task<(IntakeResult Result, string? Problem)> PollAsync(ISourceConnector connector, CancellationToken cancellationToken)
    {
        var (result, problem, _) = await PollCountingAsync(connector, cancellationToken);
        return (result, problem);
    }

    /// <summary>As <see cref="PollAsync"/>, also counting the items put in quarantine.</summary>
    public async Task<(IntakeResult Result, string? Problem, int Quarantined)> PollCountingAsync(ISourceConnector connector, CancellationToken cancellationToken)
    {
        var total = IntakeResult.Empty;
        string? problem = null;
        var quarantined = 0;
        for (var i = 0; i < MaxPagesPerRun; i++)
        {
            var cursor = await store.GetCursorAsync(connector.Name, cancellationToken);
            var page = await connector.FetchAsync(cursor, cancellationToken);
            total = total.Plus(await pipeline.ProcessAsync(connector.Name, page.Posts, page.NextCursor ?? cursor, cancellationToken, page.Quarantined, page.BilledReads));
            problem = page.Problem ?? problem;
            quarantined += page.Quarantined.Count;
            if (!page.HasMore || page.Problem is not null)
            {
                break;
            }
        }

        return (total, problem, quarantined);
    }
}
