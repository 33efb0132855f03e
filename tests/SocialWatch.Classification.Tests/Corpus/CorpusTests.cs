using SocialWatch.Classification.Corpus;
using SocialWatch.Tests.Support;

namespace SocialWatch.Classification.Tests.Corpus;

public class CorpusTests
{
    private static readonly IReadOnlyList<CorpusExample> Train = CorpusReader.Read(Path.Combine(RepoPaths.Corpus, CorpusReader.TrainFile));
    private static readonly IReadOnlyList<CorpusExample> Validation = CorpusReader.Read(Path.Combine(RepoPaths.Corpus, CorpusReader.ValidationFile));
    private static readonly IReadOnlyList<CorpusExample> Test = CorpusReader.Read(Path.Combine(RepoPaths.Corpus, CorpusReader.TestFile));
    private static readonly IReadOnlyList<CorpusExample> All = [.. Train, .. Validation, .. Test];

    private static string Fold(string text) => string.Join(' ', text.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static HashSet<string> Trigrams(string text)
    {
        var t = Fold(text);
        var set = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + 3 <= t.Length; i++)
        {
            set.Add(t.Substring(i, 3));
        }

        return set;
    }

    [Fact]
    public void Holds_at_least_6000_examples_and_1200_of_each_label()
    {
        Assert.True(All.Count >= 6000, $"{All.Count} examples");
        foreach (var label in new[] { "none", "grey", "abusive", "threat" })
        {
            Assert.True(All.Count(e => e.Label == label) >= 1200, $"{label}: {All.Count(e => e.Label == label)}");
        }
    }

    [Fact]
    public void The_test_split_holds_at_least_1200_examples() => Assert.True(Test.Count >= 1200, $"{Test.Count}");

    [Fact]
    public void Every_example_has_role_platform_and_functionality()
    {
        Assert.All(All, e =>
        {
            Assert.False(string.IsNullOrWhiteSpace(e.TargetRole));
            Assert.False(string.IsNullOrWhiteSpace(e.Platform));
            Assert.False(string.IsNullOrWhiteSpace(e.Functionality));
        });
    }

    [Fact]
    public void Has_no_exact_duplicates()
    {
        var duplicates = All.GroupBy(e => Fold(e.Text)).Where(g => g.Count() > 1).Select(g => g.Key).ToList();

        Assert.True(duplicates.Count == 0, string.Join("\n", duplicates.Take(5)));
    }

    [Fact]
    public void No_test_example_has_a_near_duplicate_in_train_or_validation()
    {
        var fitted = Train.Concat(Validation).Select(e => (Text: e.Text, Grams: Trigrams(e.Text))).ToList();
        var offenders = new List<string>();
        foreach (var example in Test)
        {
            var grams = Trigrams(example.Text);
            foreach (var other in fitted)
            {
                if (other.Grams.Count * 0.9 > grams.Count || grams.Count * 0.9 > other.Grams.Count)
                {
                    continue;
                }

                var shared = grams.Count(other.Grams.Contains);
                if (shared / (double)(grams.Count + other.Grams.Count - shared) > 0.9)
                {
                    offenders.Add($"{example.Text} ~ {other.Text}");
                }
            }
        }

        Assert.True(offenders.Count == 0, string.Join("\n", offenders.Take(5)));
    }

    [Fact]
    public void At_least_40_percent_of_none_examples_are_hard_negatives()
    {
        string[] hard =
        [
            "quoted", "news", "question", "metaphor", "negation", "counter", "group_positive", "everyday", "sport", "support",
            "self_deprecating", "swearing", "anger", "criticism", "resign", "satire", "protest", "petition", "vote_out",
        ];
        var none = All.Where(e => e.Label == "none").ToList();
        var hardCount = none.Count(e => hard.Any(h => e.Functionality!.Contains(h, StringComparison.Ordinal)));

        Assert.True(hardCount >= none.Count * 0.4, $"{hardCount} of {none.Count}");
    }

    [Fact]
    public void At_least_5_percent_are_long_posts()
    {
        Assert.True(All.Count(e => e.Text.Length >= 300) >= All.Count * 0.05);
    }

    [Fact]
    public void At_least_5_percent_are_english_or_mixed()
    {
        string[] english = ["the", "you", "your", "and", "are", "this", "that", "will", "what", "with", "they", "about", "people", "just", "hope", "get"];
        var count = All.Count(e => e.Text.ToLowerInvariant().Split([' ', ',', '.', '!', '?'], StringSplitOptions.RemoveEmptyEntries).Intersect(english).Count() >= 2);

        Assert.True(count >= All.Count * 0.05, $"{count} of {All.Count}");
    }

    [Fact]
    public void Covers_every_role_and_several_platforms()
    {
        string[] roles = ["burgemeester", "wethouder", "raadslid", "cdk", "gedeputeerde", "statenlid", "dijkgraaf", "waterschapsbestuurder", "heemraad"];
        foreach (var label in new[] { "none", "grey", "abusive", "threat" })
        {
            var seen = All.Where(e => e.Label == label).Select(e => e.TargetRole).ToHashSet();
            Assert.All(roles, r => Assert.Contains(r, seen));
        }

        Assert.True(All.Select(e => e.Platform).Distinct().Count() >= 5);
    }
}
