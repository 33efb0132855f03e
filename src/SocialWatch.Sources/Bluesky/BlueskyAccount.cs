namespace SocialWatch.Sources.Bluesky;

/// <summary>An official's Bluesky account: the PDS (or entryway) address, the handle and an app password.</summary>
public sealed record BlueskyAccount(Uri Service, string Handle, string AppPassword)
{
    /// <summary>Never print the password.</summary>
    public override string ToString() => $"{Handle} via {Service}";
}
