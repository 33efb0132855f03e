namespace SocialWatch.Domain;

/// <summary>The post a reply answered (one level up), kept so reviewers see what was answered.</summary>
public sealed record ParentPost(string ExternalId, string? AuthorHandle, string Text, string? Url, string RawPayload);
