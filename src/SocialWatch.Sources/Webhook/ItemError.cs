namespace SocialWatch.Sources.Webhook;

/// <summary>Why an item of a webhook body was refused; <paramref name="Item"/> is null for the body as a whole.</summary>
public sealed record ItemError(int? Item, string Reason);
