namespace SocialWatch.Domain;

/// <summary>A gemeente, provincie or waterschap whose officials are watched.</summary>
public sealed record Organisation(string Name, OrganisationLayer Layer);
