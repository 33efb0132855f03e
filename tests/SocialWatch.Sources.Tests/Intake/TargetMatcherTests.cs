using SocialWatch.Domain;
using SocialWatch.Sources.Intake;
using SocialWatch.Tests.Support;

namespace SocialWatch.Sources.Tests.Intake;

public class TargetMatcherTests
{
    private readonly TargetMatcher _matcher = new(IntakeRig.Officials);

    private static Post Post(string text, string[]? mentions = null, string? author = "burger", string? replyAuthor = null) => new()
    {
        Platform = "x",
        ExternalId = "1",
        Text = text,
        AuthorHandle = author,
        Mentions = mentions ?? [],
        InReplyToAuthor = replyAuthor,
        CreatedAtUtc = DateTime.UnixEpoch,
        CapturedAtUtc = DateTime.UnixEpoch,
        RawPayload = "{}",
        PayloadSha256 = "",
    };

    [Fact]
    public void Matches_a_mentioned_handle_case_insensitively()
    {
        var targets = _matcher.Match(Post("schandalig", mentions: ["@pjansenweth"]));

        Assert.Equal(new PostTarget("wethouder-jansen", MatchKind.Handle), Assert.Single(targets));
    }

    [Fact]
    public void Matches_a_handle_written_in_the_text_including_a_fediverse_address()
    {
        Assert.Equal(MatchKind.Handle, Assert.Single(_matcher.Match(Post("hoi @pjansen@social.testdorp.nl"))).How);
        Assert.Equal("burgemeester-oz", Assert.Single(_matcher.Match(Post("@ayseozturk.bsky.social wat nu?"))).OfficialKey);
    }

    [Fact]
    public void Matches_a_reply_by_the_parent_author_or_a_known_parent_post()
    {
        Assert.Equal(new PostTarget("wethouder-jansen", MatchKind.Reply), Assert.Single(_matcher.Match(Post("nee", replyAuthor: "PJansenWeth"))));
        Assert.Equal(new PostTarget("burgemeester-oz", MatchKind.Reply), Assert.Single(_matcher.Match(Post("nee"), repliedToOfficial: "burgemeester-oz")));
    }

    [Theory]
    [InlineData("Pieter Jansen moet aftreden", "wethouder-jansen")]
    [InlineData("die WETHOUDER JANSEN weer", "wethouder-jansen")]
    [InlineData("burgemeester Ozturk doet niks", "burgemeester-oz")]
    [InlineData("Ayşe Öztürk, luister eens", "burgemeester-oz")]
    public void Matches_a_name_or_alias_ignoring_case_and_diacritics(string text, string key)
    {
        var target = Assert.Single(_matcher.Match(Post(text)));

        Assert.Equal((key, MatchKind.Name), (target.OfficialKey, target.How));
    }

    [Theory]
    [InlineData("Jansen de bakker heeft lekker brood")]
    [InlineData("Pieter Jansenius is een andere man")]
    [InlineData("gewoon een bericht over de kermis")]
    public void Does_not_match_a_bare_surname_or_part_of_a_word(string text) => Assert.Empty(_matcher.Match(Post(text)));

    [Fact]
    public void An_officials_own_post_targets_nobody_but_is_recognised_as_theirs()
    {
        var own = Post("Vandaag besluit over het azc. @ayseozturk.bsky.social", author: "PJansenWeth");

        Assert.Equal("wethouder-jansen", _matcher.AuthorOfficial(own));
        Assert.DoesNotContain(_matcher.Match(own), t => t.OfficialKey == "wethouder-jansen");
    }
}
