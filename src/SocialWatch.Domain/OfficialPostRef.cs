namespace SocialWatch.Domain;

/// <summary>A post written by an official, remembered by id only so that replies to it can be matched.</summary>
public sealed record OfficialPostRef(string Platform, string ExternalId, string OfficialKey);
