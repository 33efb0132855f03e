using Microsoft.Extensions.Time.Testing;
using SocialWatch.Sources.Intake;
using SocialWatch.Tests.Support;

namespace SocialWatch.Sources.Tests.Intake;

public class PostLineParserTests
{
    private readonly PostLineParser _parser = new(new FakeTimeProvider(new DateTimeOffset(2026, 11, 20, 10, 0, 0, TimeSpan.Zero)));

    [Fact]
    public void Reads_every_field_and_keeps_the_raw_line_with_its_hash()
    {
        var line = Lines.Post("123", "Hallo @PJansenWeth", mentions: ["PJansenWeth"], inReplyTo: "99", inReplyToAuthor: "@PJansenWeth");

        var post = _parser.Parse(line).Post!;

        Assert.Equal(("x", "123", "burger42", "u-burger42"), (post.Platform, post.ExternalId, post.AuthorHandle, post.AuthorId));
        Assert.Equal(new DateTime(2026, 11, 20, 7, 30, 0, DateTimeKind.Utc), post.CreatedAtUtc);
        Assert.Equal(DateTimeKind.Utc, post.CreatedAtUtc.Kind);
        Assert.Equal(("99", "PJansenWeth"), (post.InReplyTo, post.InReplyToAuthor));
        Assert.Equal(["PJansenWeth"], post.Mentions);
        Assert.Equal(line, post.RawPayload);
        Assert.Equal(PostLineParser.Sha256(line), post.PayloadSha256);
        Assert.Equal(64, post.PayloadSha256.Length);
    }

    [Theory]
    [InlineData("{not json", "not valid JSON")]
    [InlineData("[1,2]", "not a JSON object")]
    [InlineData("{\"platform\":\"x\",\"text\":\"hoi\",\"created_at\":\"2026-11-20T08:00:00Z\"}", "'id' is missing")]
    [InlineData("{\"platform\":\"x\",\"id\":\"1\",\"created_at\":\"2026-11-20T08:00:00Z\"}", "'text' is missing")]
    [InlineData("{\"platform\":\"x\",\"id\":\"1\",\"text\":\"  \",\"created_at\":\"2026-11-20T08:00:00Z\"}", "'text' is missing or empty")]
    [InlineData("{\"platform\":\"x\",\"id\":\"1\",\"text\":\"hoi\",\"created_at\":\"gisteren\"}", "not an ISO 8601 time")]
    [InlineData("{\"platform\":\"x\",\"id\":\"1\",\"text\":\"hoi\",\"created_at\":\"2026-11-20T08:00:00Z\",\"mentions\":\"@a\"}", "'mentions' must be an array")]
    [InlineData("{\"platform\":\"x\",\"id\":{\"a\":1},\"text\":\"hoi\",\"created_at\":\"2026-11-20T08:00:00Z\"}", "'id' must be a string")]
    public void Refuses_bad_lines_with_a_reason(string line, string reason)
    {
        var parsed = _parser.Parse(line);

        Assert.Null(parsed.Post);
        Assert.Contains(reason, parsed.Error);
    }

    [Fact]
    public void Refuses_an_enormous_line()
    {
        var parsed = _parser.Parse(Lines.Post("1", new string('a', PostLineParser.MaxLineBytes)));

        Assert.Contains("longer than", parsed.Error);
    }

    [Fact]
    public void Refuses_an_overlong_text()
    {
        var parsed = _parser.Parse(Lines.Post("1", new string('a', PostLineParser.MaxTextChars + 1)));

        Assert.Contains("'text' longer than", parsed.Error);
    }

    [Fact]
    public void Accepts_numeric_ids()
    {
        var post = _parser.Parse("{\"platform\":\"X\",\"id\":1865000000000000001,\"text\":\"hoi\",\"created_at\":\"2026-11-20T08:00:00Z\"}").Post!;

        Assert.Equal(("x", "1865000000000000001"), (post.Platform, post.ExternalId));
    }
}
