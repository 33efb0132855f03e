using System.Text.Json;
using SocialWatch.Domain;
using SocialWatch.Sources.Intake;

namespace SocialWatch.Sources.Webhook;

/// <summary>
/// Reads a webhook body: one post object or an array of them, each in the file-drop schema. All or nothing:
/// when any item is bad, the reasons per item are returned and no post is.
/// </summary>
public sealed class WebhookBatchParser(PostLineParser parser)
{
    /// <summary>Most items in one request.</summary>
    public const int MaxItems = 1000;

    /// <summary>The posts, or the reasons (item index and message) why the body was refused.</summary>
    public (IReadOnlyList<Post> Posts, IReadOnlyList<ItemError> Errors) Parse(ReadOnlySpan<byte> body)
    {
        JsonDocument document;
        try
        {
            var reader = new Utf8JsonReader(body);
            document = JsonDocument.ParseValue(ref reader);
        }
        catch (JsonException e)
        {
            return ([], [new ItemError(null, $"body is not valid JSON: {e.Message}")]);
        }

        using (document)
        {
            var root = document.RootElement;
            var items = root.ValueKind switch
            {
                JsonValueKind.Array => root.EnumerateArray().ToList(),
                JsonValueKind.Object => [root],
                _ => null,
            };
            if (items is null)
            {
                return ([], [new ItemError(null, "body must be a post object or an array of posts")]);
            }

            if (items.Count > MaxItems)
            {
                return ([], [new ItemError(null, $"at most {MaxItems} posts per request")]);
            }

            var posts = new List<Post>(items.Count);
            var errors = new List<ItemError>();
            for (var i = 0; i < items.Count; i++)
            {
                var parsed = parser.Parse(items[i].GetRawText());
                if (parsed.Post is null)
                {
                    errors.Add(new ItemError(i, parsed.Error!));
                }
                else
                {
                    posts.Add(parsed.Post);
                }
            }

            return errors.Count > 0 ? ([], errors) : (posts, []);
        }
    }
}
