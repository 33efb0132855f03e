using SocialWatch.Domain;

namespace SocialWatch.Register.Tests.Support;

/// <summary>Builders for judged posts.</summary>
public static class Posts
{
    public static JudgedPost Judged(string id, Label label, DateTime capturedUtc, string text = "een bericht", string official = "wethouder-a") =>
        new(
            new Post
            {
                Platform = "x",
                ExternalId = id,
                Url = $"https://x.example/status/{id}",
                AuthorHandle = "burger" + id,
                AuthorId = "9" + id,
                Text = text,
                CreatedAtUtc = capturedUtc.AddMinutes(-5),
                CapturedAtUtc = capturedUtc,
                RawPayload = $"{{\"id\":\"{id}\"}}",
                PayloadSha256 = new string('a', 64),
            },
            [new PostTarget(official, MatchKind.Handle)],
            new Verdict(label, Scores(label), "test-model", capturedUtc, [new EvidenceSpan(0, 3, "een", 0.1f)]));

    public static LabelScores Scores(Label label) => label switch
    {
        Label.None => new(0.9f, 0.05f, 0.03f, 0.02f),
        Label.Grey => new(0.2f, 0.6f, 0.1f, 0.1f),
        Label.Abusive => new(0.1f, 0.1f, 0.7f, 0.1f),
        _ => new(0.05f, 0.05f, 0.1f, 0.8f),
    };

    public static IntakeBatch Batch(params JudgedPost[] posts) => new("test", posts, [], 0, null);
}
