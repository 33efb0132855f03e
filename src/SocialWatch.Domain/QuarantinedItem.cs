namespace SocialWatch.Domain;

/// <summary>A payload (or part of one) that a source delivered but that could not be used, kept for inspection.</summary>
/// <param name="Reason">What was wrong, in plain words.</param>
/// <param name="Payload">The payload as received, capped in size by the connector.</param>
public sealed record QuarantinedItem(string Reason, string Payload);
