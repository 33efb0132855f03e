namespace SocialWatch.Reporting;

/// <summary>Storage is UTC; everything shown to people is in Europe/Amsterdam (CET/CEST).</summary>
public static class AmsterdamTime
{
    /// <summary>The Europe/Amsterdam zone.</summary>
    public static TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    /// <summary>Converts a UTC time to Amsterdam local time with its offset.</summary>
    public static DateTimeOffset FromUtc(DateTime utc)
    {
        var asUtc = utc.Kind == DateTimeKind.Utc ? utc : DateTime.SpecifyKind(utc, DateTimeKind.Utc);
        return TimeZoneInfo.ConvertTime(new DateTimeOffset(asUtc), Zone);
    }
}
