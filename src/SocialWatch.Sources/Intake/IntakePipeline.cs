using SocialWatch.Domain;

namespace SocialWatch.Sources.Intake;

/// <summary>
/// The heart of intake: for a page of posts, matches targets, classifies the targeted ones and hands
/// everything to the register as one batch (one transaction) together with the source's new cursor.
/// Posts that target no official are counted and dropped (data minimisation).
/// </summary>
public sealed class IntakePipeline(ITextClassifier classifier, IIntakeStore store, TargetMatcher matcher)
{
    /// <summary>Judges and stores one page.</summary>
    public async Task<IntakeResult> ProcessAsync(
        string source, IReadOnlyList<Post> posts, string? newCursor, CancellationToken cancellationToken, IReadOnlyList<QuarantinedItem>? quarantined = null, int billedReads = 0)
    {
        var judged = new List<JudgedPost>(posts.Count);
        var officialPosts = new List<OfficialPostRef>();
        var untargeted = 0;
        var repliedTo = await RepliedToOfficialsAsync(posts, cancellationToken);

        foreach (var post in posts)
        {
            if (matcher.AuthorOfficial(post) is { } authorKey)
            {
                officialPosts.Add(new OfficialPostRef(post.Platform, post.ExternalId, authorKey));
                continue;
            }

            var parentOfficial = post.InReplyTo is { } parent
                ? repliedTo.GetValueOrDefault((post.Platform, parent))
                : null;
            var targets = matcher.Match(post, parentOfficial);
            if (targets.Count == 0)
            {
                untargeted++;
                continue;
            }

            judged.Add(new JudgedPost(post, targets, classifier.Classify(post.Text, explain: true)));
        }

        var batch = new IntakeBatch(source, judged, officialPosts, untargeted, newCursor) { Quarantined = quarantined ?? [], BilledReads = billedReads };
        return await store.StoreAsync(batch, cancellationToken);
    }

    // Replies to officials' posts seen earlier (in the register) or earlier in this same page.
    private async Task<Dictionary<(string, string), string>> RepliedToOfficialsAsync(IReadOnlyList<Post> posts, CancellationToken cancellationToken)
    {
        var result = new Dictionary<(string, string), string>();
        foreach (var post in posts)
        {
            if (matcher.AuthorOfficial(post) is { } key)
            {
                result.TryAdd((post.Platform, post.ExternalId), key);
            }
        }

        foreach (var group in posts.Where(p => p.InReplyTo is not null).GroupBy(p => p.Platform))
        {
            var ids = group.Select(p => p.InReplyTo!).Distinct(StringComparer.Ordinal).ToList();
            foreach (var (id, official) in await store.FindOfficialPostsAsync(group.Key, ids, cancellationToken))
            {
                result.TryAdd((group.Key, id), official);
            }
        }

        return result;
    }
}
