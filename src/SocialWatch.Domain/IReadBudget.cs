namespace SocialWatch.Domain;

/// <summary>How many billed reads a source has used this calendar month (UTC).</summary>
public interface IReadBudget
{
    /// <summary>Reads committed for the source in the current month.</summary>
    Task<long> ReadsThisMonthAsync(string source, CancellationToken cancellationToken);
}
