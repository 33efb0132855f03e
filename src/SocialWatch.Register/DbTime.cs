namespace SocialWatch.Register;

/// <summary>
/// Dapper passes DateTime parameters straight to the provider (type handlers only apply when reading), so every
/// time is turned into its storage text explicitly: ISO 8601 UTC with a trailing Z.
/// </summary>
public static class DbTime
{
    /// <summary>The storage text of a time.</summary>
    public static string ToDb(this DateTime value) => UtcDateTimeHandler.Format(value);
}
