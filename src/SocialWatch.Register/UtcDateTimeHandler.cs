using System.Data;
using System.Globalization;
using Dapper;

namespace SocialWatch.Register;

/// <summary>Stores every DateTime as ISO 8601 UTC text ("...Z") and reads it back with <see cref="DateTimeKind.Utc"/>.</summary>
public sealed class UtcDateTimeHandler : SqlMapper.TypeHandler<DateTime>
{
    private static int _registered;

    /// <summary>Registers the handler with Dapper once per process.</summary>
    public static void Register()
    {
        if (Interlocked.Exchange(ref _registered, 1) == 0)
        {
            SqlMapper.AddTypeHandler(new UtcDateTimeHandler());
        }
    }

    /// <inheritdoc />
    public override void SetValue(IDbDataParameter parameter, DateTime value)
    {
        parameter.DbType = DbType.String;
        parameter.Value = Format(value);
    }

    /// <inheritdoc />
    public override DateTime Parse(object value) => value switch
    {
        string s => DateTime.Parse(s, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal),
        DateTime d => ToUtc(d),
        _ => throw new DataException($"Cannot read a date from a {value.GetType().Name}."),
    };

    /// <summary>The storage form of a time.</summary>
    public static string Format(DateTime value) =>
        ToUtc(value).ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    private static DateTime ToUtc(DateTime d) => d.Kind switch
    {
        DateTimeKind.Utc => d,
        DateTimeKind.Local => d.ToUniversalTime(),
        _ => DateTime.SpecifyKind(d, DateTimeKind.Utc),
    };
}
