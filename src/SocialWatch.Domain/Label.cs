namespace SocialWatch.Domain;

/// <summary>The four classes of ../shared/LABELING.md, ordered by severity.</summary>
public enum Label
{
    /// <summary>Normal or critical speech (geen).</summary>
    None = 0,

    /// <summary>Borderline (grijs gebied).</summary>
    Grey = 1,

    /// <summary>Verbal aggression aimed at the person (kwetsend).</summary>
    Abusive = 2,

    /// <summary>Threat or intimidation (bedreigend).</summary>
    Threat = 3,
}
