namespace SocialWatch.Worker.Jobs;

/// <summary>How often each source is polled; the job runs at the shortest interval and skips sources not yet due.</summary>
public sealed class SourceSchedule(TimeSpan defaultInterval, IReadOnlyDictionary<string, TimeSpan> intervals)
{
    /// <summary>The interval of one source.</summary>
    public TimeSpan IntervalOf(string source) => intervals.GetValueOrDefault(source, defaultInterval);

    /// <summary>The shortest interval of all sources (how often the job must run).</summary>
    public TimeSpan Shortest => intervals.Values.Append(defaultInterval).Min();

    /// <summary>Whether a source last run at <paramref name="lastRun"/> is due at <paramref name="now"/>.</summary>
    public bool IsDue(string source, DateTime? lastRun, DateTime now) =>
        lastRun is null || now - lastRun.Value >= IntervalOf(source) - TimeSpan.FromSeconds(1);
}
