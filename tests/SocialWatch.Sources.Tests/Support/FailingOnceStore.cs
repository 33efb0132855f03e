using SocialWatch.Domain;

namespace SocialWatch.Tests.Support;

/// <summary>The real store, but one commit (the first by default) crashes, as a process killed between fetch and commit would.</summary>
public sealed class FailingOnceStore(IIntakeStore inner, int failOnCall = 1) : IIntakeStore
{
    private int _calls;

    public Task<IntakeResult> StoreAsync(IntakeBatch batch, CancellationToken cancellationToken) =>
        Interlocked.Increment(ref _calls) == failOnCall
            ? throw new InvalidOperationException("injected crash before commit")
            : inner.StoreAsync(batch, cancellationToken);

    public Task<IReadOnlyDictionary<string, string>> FindOfficialPostsAsync(string platform, IReadOnlyCollection<string> externalIds, CancellationToken cancellationToken) =>
        inner.FindOfficialPostsAsync(platform, externalIds, cancellationToken);

    public Task<string?> GetCursorAsync(string source, CancellationToken cancellationToken) => inner.GetCursorAsync(source, cancellationToken);
}
