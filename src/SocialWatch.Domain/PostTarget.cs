namespace SocialWatch.Domain;

/// <summary>A link between a post and the official it is directed at.</summary>
public sealed record PostTarget(string OfficialKey, MatchKind How);
