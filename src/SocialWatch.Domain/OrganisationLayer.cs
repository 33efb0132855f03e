namespace SocialWatch.Domain;

/// <summary>The layer of Dutch government an organisation belongs to.</summary>
public enum OrganisationLayer
{
    /// <summary>Municipality.</summary>
    Gemeente,

    /// <summary>Province.</summary>
    Provincie,

    /// <summary>Water authority.</summary>
    Waterschap,
}
